/** How much a root filesystem holds, measured the way ext4 will store it (4 KiB blocks, one inode each). */
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface ContentSize {
  /** Sum of regular file sizes (what `du --apparent-size` would say). */
  bytes: number;
  /** The same rounded to 4 KiB blocks, plus one block per directory and long symlink. */
  blockBytes: number;
  inodes: number;
}

const BLOCK = 4096;

/**
 * Synchronous on purpose: nothing else runs while the disk is planned, and lstatSync is ~10 times faster
 * than 15,000 awaited lstat calls (0.05 s instead of 0.5 s for a Debian root).
 */
export function measureContent(root: string): ContentSize {
  const size: ContentSize = { bytes: 0, blockBytes: BLOCK, inodes: 1 };
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      size.inodes++;
      if (entry.isDirectory()) {
        size.blockBytes += BLOCK;
        pending.push(path);
      } else if (entry.isFile()) {
        const bytes = lstatSync(path).size;
        size.bytes += bytes;
        size.blockBytes += Math.ceil(bytes / BLOCK) * BLOCK;
      } else if (entry.isSymbolicLink()) {
        size.blockBytes += BLOCK; // an upper bound: short targets live inside the inode
      }
    }
  }
  return size;
}

/**
 * An ext4 size that fits the content with room to spare: blocks + inode tables (256 bytes per 16 KiB)
 * + journal and metadata, then `headroom` (a fraction of the content) for what the machine writes at run time.
 */
export function autoExt4Bytes(content: ContentSize, headroom: number): number {
  const metadata = 96 * 1024 * 1024 + content.inodes * 256;
  const sized = (content.blockBytes + metadata) * (1 + 256 / 16384) * 1.05;
  return Math.ceil(sized + content.blockBytes * headroom);
}
