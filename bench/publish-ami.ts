/**
 * publish-ami benchmarks (issue 8), on the example OS image's real sparse raw disk (built with the disk
 * module) and the fake EBS direct endpoint on 127.0.0.1 (real SDK requests over HTTP):
 * - bytes sent by the EBS direct upload / the disk's data (its non-zero 4 KiB blocks): what skipping
 *   zero 512 KiB blocks costs over an ideal 4 KiB-granular uploader (target <= 1.02);
 * - upload throughput against the fake endpoint, side by side with only reading and hashing the same blocks;
 * - SHA-256 time per GiB of 512 KiB blocks, against one-shot hashing of the same bytes; and the scan of a
 *   1 GiB hole (what an empty part of a sparse disk costs).
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EBSClient } from '@aws-sdk/client-ebs';
import { dataBlocks, EBS_BLOCK } from '../src/ami/blocks.js';
import { uploadEbsDirect } from '../src/ami/ebs-direct.js';
import { buildDisk } from '../src/disk/builder.js';
import { MemoryLogger } from '../src/log.js';
import { startEbsHttpFake } from '../test/harness/ebs-http-fake.js';
import { createTestStorage } from '../test/harness/storage.js';
import { buildExample, diskDeps, diskRequest } from '../test/integration/disk-example.js';
import { median, ms, type Row } from './lib.js';

const MIB = 1024 * 1024;
const GIB = 1024 * MIB;

/** Bytes in 4 KiB blocks that hold a non-zero byte: the data any block-level uploader must send. */
async function dataBytes(path: string): Promise<number> {
  const file = await open(path, 'r');
  const buffer = Buffer.alloc(16 * MIB);
  const zero = Buffer.alloc(4096);
  let bytes = 0;
  try {
    for (let position = 0; ; position += buffer.length) {
      const { bytesRead } = await file.read(buffer, 0, buffer.length, position);
      if (bytesRead === 0) break;
      for (let at = 0; at < bytesRead; at += 4096)
        if (
          !buffer
            .subarray(at, Math.min(at + 4096, bytesRead))
            .equals(zero.subarray(0, Math.min(4096, bytesRead - at)))
        )
          bytes += Math.min(4096, bytesRead - at);
    }
  } finally {
    await file.close();
  }
  return bytes;
}

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = process.hrtime.bigint();
  const result = await work();
  return [Number(process.hrtime.bigint() - started) / 1e6, result];
}

export async function publishAmiBench(): Promise<Row[]> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const storage = await createTestStorage();
  const scratch = await mkdtemp(join(tmpdir(), 'osimg-bench-ami-'));
  const server = await startEbsHttpFake();
  try {
    const image = await buildExample(storage, scratch);
    const disk = await buildDisk(diskRequest(image, join(scratch, 'out')), diskDeps(storage, scratch));
    const raw = disk.files[0]!;
    const ebs = new EBSClient({
      region: 'us-east-1',
      endpoint: server.endpoint,
      credentials: { accessKeyId: 'AKIAFAKE', secretAccessKey: 'fake' },
      maxAttempts: 1,
    });
    const upload = () =>
      uploadEbsDirect(
        ebs,
        {
          path: raw.path,
          range: { start: 0, length: raw.bytes },
          tags: [],
          description: 'bench',
          clientToken: randomBytes(8).toString('hex'),
          concurrency: 32,
          onStarted: () => undefined,
          sleep: async () => undefined,
        },
        new MemoryLogger(),
      );
    const scan = async () => {
      let count = 0;
      for await (const block of dataBlocks(raw.path)) count += block.data.length > 0 ? 1 : 0;
      return count;
    };
    const data = await dataBytes(raw.path);
    await scan(); // warm the page cache
    const uploads: number[] = [];
    const scans: number[] = [];
    let sent = 0;
    for (let i = 0; i < 3; i++) {
      const [uploadMs, result] = await timed(upload);
      uploads.push(uploadMs);
      sent = result.bytesSent;
      scans.push((await timed(scan))[0]);
    }
    const uploadMs = median(uploads);
    const scanMs = median(scans);
    const sentRatio = sent / data;

    // Hashing: 2048 blocks of 512 KiB (1 GiB) one by one, as the uploader does, vs one streaming hash.
    const block = randomBytes(EBS_BLOCK);
    const perBlock = async () => {
      for (let i = 0; i < GIB / EBS_BLOCK; i++) createHash('sha256').update(block).digest();
      return 0;
    };
    const chunk = Buffer.concat(Array.from({ length: 128 }, () => block)); // 64 MiB
    const streaming = async () => {
      const hash = createHash('sha256');
      for (let i = 0; i < GIB / chunk.length; i++) hash.update(chunk);
      hash.digest();
      return 0;
    };
    const blockHash: number[] = [];
    const streamHash: number[] = [];
    for (let i = 0; i < 3; i++) {
      blockHash.push((await timed(perBlock))[0]);
      streamHash.push((await timed(streaming))[0]);
    }
    // A 1 GiB hole: read and recognised as zero, never hashed or sent.
    const hole = join(scratch, 'hole.raw');
    const handle = await open(hole, 'w');
    await handle.truncate(GIB);
    await handle.close();
    const holeScans: number[] = [];
    for (let i = 0; i < 3; i++)
      holeScans.push(
        (
          await timed(async () => {
            for await (const _ of dataBlocks(hole)) throw new Error('a hole has no data');
          })
        )[0],
      );

    const mibps = (bytes: number, time: number) => `${((bytes / MIB) * 1000) / time} MiB/s`;
    const fmt = (text: string) => text.replace(/(\d+\.\d)\d+/, '$1');
    return [
      {
        measure: 'publish-ami: bytes sent (EBS direct) / data in the raw disk',
        osimg: `${(sent / MIB).toFixed(1)} MiB (${sent / EBS_BLOCK} blocks of a ${Math.round(raw.bytes / MIB)} MiB disk)`,
        baseline: `non-zero 4 KiB blocks ${(data / MIB).toFixed(1)} MiB`,
        ratio: sentRatio.toFixed(3),
        target: '<= 1.02',
        verdict: sentRatio <= 1.02 ? 'ok' : 'MISSED',
      },
      {
        measure: 'publish-ami: upload to the fake EBS endpoint (HTTP, 32 in flight)',
        osimg: `${ms(uploadMs)} (${fmt(mibps(sent, uploadMs))})`,
        baseline: `read+hash only ${ms(scanMs)} (${fmt(mibps(sent, scanMs))})`,
        ratio: (uploadMs / scanMs).toFixed(2),
        target: 'report',
        verdict: '-',
      },
      {
        measure: 'publish-ami: SHA-256 per GiB in 512 KiB blocks',
        osimg: ms(median(blockHash)),
        baseline: `one stream ${ms(median(streamHash))}`,
        ratio: (median(blockHash) / median(streamHash)).toFixed(2),
        target: 'report',
        verdict: '-',
      },
      {
        measure: 'publish-ami: scan of a 1 GiB hole (zero blocks skipped)',
        osimg: ms(median(holeScans)),
        baseline: '-',
        ratio: '-',
        target: 'report',
        verdict: '-',
      },
    ];
  } finally {
    await server.close();
    await storage.cleanup();
    await rm(scratch, { recursive: true, force: true });
  }
}
