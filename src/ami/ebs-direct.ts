/**
 * Upload with the EBS direct APIs: StartSnapshot, one PutSnapshotBlock per non-zero 512 KiB block (SHA-256
 * checksum, a bounded number in flight, each retried on its own), CompleteSnapshot with the LINEAR
 * aggregate checksum. No bucket and no vmimport role; a sparse disk costs only its data.
 */
import {
  CompleteSnapshotCommand,
  PutSnapshotBlockCommand,
  StartSnapshotCommand,
  type EBSClient,
  type Tag,
} from '@aws-sdk/client-ebs';
import { OsimgError } from '../errors.js';
import type { Logger } from '../log.js';
import { call, DEFAULT_RETRY, type RetryPolicy } from './aws.js';
import { dataBlocks, EBS_BLOCK, linearChecksum, volumeSizeGiB } from './blocks.js';

export interface EbsUploadOptions {
  /** The raw disk bytes: the file and where they are in it. */
  path: string;
  range: { start: number; length: number };
  tags: Tag[];
  description: string;
  clientToken: string;
  /** PutSnapshotBlock requests in flight. */
  concurrency: number;
  /** Called with the snapshot ID as soon as it exists, so a failure later can clean it up. */
  onStarted(snapshotId: string): void;
  sleep(ms: number): Promise<void>;
  /** Per-block retries: throttling under many parallel writers is normal, so more patience than elsewhere. */
  blockRetry?: RetryPolicy;
}

export interface EbsUploadResult {
  snapshotId: string;
  volumeSizeGiB: number;
  blocksTotal: number;
  blocksSent: number;
  bytesSent: number;
  /** PutSnapshotBlock attempts that were retried (throttling, 5xx). */
  retries: number;
  seconds: number;
}

export async function uploadEbsDirect(
  ebs: EBSClient,
  options: EbsUploadOptions,
  log: Logger,
): Promise<EbsUploadResult> {
  const started = Date.now();
  const size = volumeSizeGiB(options.range.length);
  const start = await call(
    'ebs:StartSnapshot',
    () =>
      ebs.send(
        new StartSnapshotCommand({
          VolumeSize: size,
          Tags: options.tags,
          Description: options.description,
          ClientToken: options.clientToken,
          // Cancelled by EBS if nothing is written for this long: an abandoned run leaves no pending snapshot.
          Timeout: 60,
        }),
      ),
    options.sleep,
  );
  const snapshotId = start.SnapshotId;
  if (!snapshotId) throw new OsimgError('StartSnapshot answered without a snapshot ID');
  options.onStarted(snapshotId);
  if (start.BlockSize !== undefined && start.BlockSize !== EBS_BLOCK)
    throw new OsimgError(
      `EBS answered with block size ${start.BlockSize}; osimg writes ${EBS_BLOCK}-byte blocks`,
    );
  log.info(`snapshot ${snapshotId} started (${size} GiB)`);

  const blocksTotal = Math.ceil(options.range.length / EBS_BLOCK);
  const digests = new Map<number, Buffer>();
  const inFlight = new Set<Promise<void>>();
  let failure: unknown;
  let retries = 0;
  let bytesSent = 0;
  let lastReported = 0;
  const policy = options.blockRetry ?? { ...DEFAULT_RETRY, attempts: 10 };
  const countingSleep = (ms: number) => {
    retries++;
    return options.sleep(ms);
  };

  for await (const block of dataBlocks(options.path, options.range)) {
    if (failure) break;
    const progress = Math.floor((block.index * 100) / blocksTotal);
    const put = call(
      `ebs:PutSnapshotBlock (block ${block.index})`,
      () =>
        ebs.send(
          new PutSnapshotBlockCommand({
            SnapshotId: snapshotId,
            BlockIndex: block.index,
            BlockData: block.data,
            DataLength: EBS_BLOCK,
            Checksum: block.sha256.toString('base64'),
            ChecksumAlgorithm: 'SHA256',
            Progress: progress,
          }),
        ),
      countingSleep,
      policy,
    ).then(
      () => {
        digests.set(block.index, block.sha256);
        bytesSent += EBS_BLOCK;
      },
      (error: unknown) => {
        failure ??= error;
      },
    );
    const tracked = put.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
    if (inFlight.size >= options.concurrency) await Promise.race(inFlight);
    if (progress >= lastReported + 10) {
      lastReported = progress - (progress % 10);
      log.info(`  ${lastReported}% scanned, ${formatBytes(bytesSent)} sent`);
    }
  }
  await Promise.all(inFlight);
  if (failure) throw failure;

  await call(
    'ebs:CompleteSnapshot',
    () =>
      ebs.send(
        new CompleteSnapshotCommand({
          SnapshotId: snapshotId,
          ChangedBlocksCount: digests.size,
          Checksum: linearChecksum(digests),
          ChecksumAlgorithm: 'SHA256',
          ChecksumAggregationMethod: 'LINEAR',
        }),
      ),
    options.sleep,
  );
  const seconds = (Date.now() - started) / 1000;
  log.info(
    `snapshot ${snapshotId}: ${digests.size} of ${blocksTotal} blocks sent (${formatBytes(bytesSent)}), ${retries} retries, ${seconds.toFixed(1)} s`,
  );
  return {
    snapshotId,
    volumeSizeGiB: size,
    blocksTotal,
    blocksSent: digests.size,
    bytesSent,
    retries,
    seconds,
  };
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
  return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
}
