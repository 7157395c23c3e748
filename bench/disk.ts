/**
 * Disk benchmarks (issue 6): the built-in disk builder against the I/O floor on the same content — the same
 * rootfs read out of storage (buildah from + mount) and `mkfs.ext4 -d` run directly into a file of the
 * same size — side by side; osimg's SHA-256 of the raw disk against `openssl dgst -sha256` on the same file
(both use the CPU's SHA instructions; coreutils' sha256sum does not, and is 3-6 times slower here);
 * and the raw disk's allocated size against its content.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDisk, type DiskResult } from '../src/disk/builder.js';
import { sha256File } from '../src/disk/files.js';
import { MemoryLogger, type Logger } from '../src/log.js';
import { Buildah } from '../src/tools/buildah.js';
import { exec } from '../src/tools/exec.js';
import { buildExample, diskDeps, diskRequest } from '../test/integration/disk-example.js';
import { createTestStorage } from '../test/harness/storage.js';
import { comparison, median, sideBySide, type Row } from './lib.js';

const MIB = 1024 * 1024;

/** A logger that notes when the raw disk is complete (before its SHA-256 is computed). */
function phaseLogger(started: bigint, marks: { written?: number }): Logger {
  const log = new MemoryLogger();
  return {
    info: (message) => log.info(message),
    warning: (message) => log.warning(message),
    debug: (message) => log.debug(message),
    group: async (name, work) => {
      const result = await work();
      if (name.startsWith('Write ')) marks.written = Number(process.hrtime.bigint() - started) / 1e6;
      return result;
    },
  };
}

export async function diskBench(): Promise<Row[]> {
  const storage = await createTestStorage();
  const scratch = await mkdtemp(join(tmpdir(), 'osimg-bench-disk-'));
  try {
    const image = await buildExample(storage, scratch);
    const global = Buildah.globalArgs(storage);
    let last: DiskResult | undefined;

    const untilWritten: number[] = [];
    const osimg = async () => {
      const out = join(scratch, 'osimg');
      const started = process.hrtime.bigint();
      const marks: { written?: number } = {};
      last = await buildDisk(diskRequest(image, out), {
        ...diskDeps(storage, scratch),
        log: phaseLogger(started, marks),
      });
      const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
      untilWritten.push(marks.written ?? elapsed);
      await rm(out, { recursive: true, force: true });
      return elapsed;
    };

    // The floor: the same extraction and one mkfs.ext4 -d of the same size, nothing else.
    const floor = async () => {
      const target = join(scratch, 'floor.ext4');
      const rootBytes = last?.partitions.find((part) => part.role === 'root')?.bytes ?? 2048 * MIB;
      const started = process.hrtime.bigint();
      const container = (
        await exec('buildah', [...global, 'from', '--pull=never', '--quiet', image])
      ).stdout.trim();
      try {
        const dir = (await exec('buildah', [...global, 'mount', container])).stdout.trim();
        await exec('truncate', [`--size=${rootBytes}`, target]);
        await exec('mkfs.ext4', ['-q', '-F', '-b', '4096', '-d', dir, target]);
      } finally {
        await exec('buildah', [...global, 'rm', container]);
      }
      const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
      await rm(target, { force: true });
      return elapsed;
    };

    await osimg(); // warm the page cache and learn the root size for the floor
    const [osimgMs, floorMs] = await sideBySide(3, osimg, floor);
    const raw = last!.files[0]!;
    untilWritten.shift(); // the warm-up run

    // Hashing alone, on a disk that stays: osimg's reader against openssl's.
    const kept = join(scratch, 'kept');
    const keptRaw = (await buildDisk(diskRequest(image, kept), diskDeps(storage, scratch))).files[0]!.path;
    const timed = async (work: () => Promise<unknown>) => {
      const started = process.hrtime.bigint();
      await work();
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    const [hashMs, opensslMs] = await sideBySide(
      3,
      () => timed(() => sha256File(keptRaw)),
      () => timed(() => exec('openssl', ['dgst', '-sha256', keptRaw])),
    );
    const sizeRatio = raw.allocated / last!.contentBytes;
    return [
      comparison(
        'disk: raw ext4 disk written (before its SHA-256)',
        median(untilWritten),
        { label: 'from+mount+mkfs.ext4 -d', ms: floorMs },
        { ratio: 1.3 },
      ),
      comparison(
        'disk: raw ext4 disk from the example image',
        osimgMs,
        { label: 'from+mount+mkfs.ext4 -d', ms: floorMs },
        { ratio: 1.3 },
      ),
      comparison(
        `disk: SHA-256 of the ${Math.round(raw.bytes / MIB)} MiB raw disk`,
        hashMs,
        { label: 'openssl dgst -sha256', ms: opensslMs },
        { ratio: 1.1 },
      ),
      {
        measure: 'disk: raw allocated (sparse) / image content',
        osimg: `${Math.round(raw.allocated / MIB)} MiB (virtual ${Math.round(raw.bytes / MIB)} MiB)`,
        baseline: `content ${Math.round(last!.contentBytes / MIB)} MiB`,
        ratio: sizeRatio.toFixed(2),
        target: '<= 1.25',
        verdict: sizeRatio <= 1.25 ? 'ok' : 'MISSED',
      },
    ];
  } finally {
    await storage.cleanup();
    await rm(scratch, { recursive: true, force: true });
  }
}
