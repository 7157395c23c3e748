/**
 * The disk as EBS sees it: 512 KiB blocks. Reads the file in large sequential chunks and yields only the
 * blocks that hold a non-zero byte, each with its SHA-256: a sparse raw disk costs what its data costs.
 * Holes read as zeros (the kernel does not touch a disk for them), and a zero block is recognised with one
 * memcmp against a zero buffer, so skipping is cheap even without SEEK_DATA (which Node does not expose).
 */
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';

export const EBS_BLOCK = 512 * 1024;
export const GIB = 1024 * 1024 * 1024;
const ZERO = Buffer.alloc(EBS_BLOCK);
/** 16 blocks per read: few syscalls, little memory. */
const BLOCKS_PER_READ = 16;

export interface DataBlock {
  index: number;
  data: Buffer;
  /** Raw SHA-256 of `data` (32 bytes). */
  sha256: Buffer;
}

export interface BlockScan {
  /** Bytes of the source (the last block is zero-padded up to 512 KiB). */
  bytes: number;
  blocks: number;
}

/** Size of the snapshot for `bytes` of disk: whole GiB, at least 1. */
export function volumeSizeGiB(bytes: number): number {
  return Math.max(1, Math.ceil(bytes / GIB));
}

/**
 * Yields the non-zero blocks of `path` (from byte `start`, `length` bytes: a fixed VHD's data without its
 * footer) in index order. Each yielded buffer is the caller's to keep.
 */
export async function* dataBlocks(
  path: string,
  range: { start?: number; length?: number } = {},
): AsyncGenerator<DataBlock> {
  const file = await open(path, 'r');
  try {
    const start = range.start ?? 0;
    const length = range.length ?? (await file.stat()).size - start;
    const chunk = Buffer.alloc(EBS_BLOCK * BLOCKS_PER_READ);
    for (let offset = 0; offset < length; offset += chunk.length) {
      const want = Math.min(chunk.length, length - offset);
      let got = 0;
      while (got < want) {
        const { bytesRead } = await file.read(chunk, got, want - got, start + offset + got);
        if (bytesRead === 0) break;
        got += bytesRead;
      }
      // A short last block is padded with zeros: EBS takes whole blocks only.
      chunk.fill(0, got);
      for (let at = 0; at < got; at += EBS_BLOCK) {
        const block = chunk.subarray(at, at + EBS_BLOCK);
        if (block.equals(ZERO)) continue;
        const data = Buffer.from(block);
        yield {
          index: (offset + at) / EBS_BLOCK,
          data,
          sha256: createHash('sha256').update(data).digest(),
        };
      }
    }
  } finally {
    await file.close();
  }
}

/** The aggregated checksum CompleteSnapshot takes (LINEAR): SHA-256 over the blocks' raw digests in index order. */
export function linearChecksum(digests: ReadonlyMap<number, Buffer>): string {
  const hash = createHash('sha256');
  for (const index of [...digests.keys()].sort((a, b) => a - b)) hash.update(digests.get(index)!);
  return hash.digest('base64');
}
