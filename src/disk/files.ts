/**
 * File plumbing for disk images: sparse creation, sparse copies into a disk at an offset (zero blocks are
 * skipped, so holes stay holes), SHA-256, allocated size, free space, and writing through a temp name.
 */
import { createHash } from 'node:crypto';
import { open, rename, rm, stat, statfs } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { formatMiB } from './layout.js';

const CHUNK = 4 * 1024 * 1024;

/** A sparse file of `bytes` (nothing allocated until written). */
export async function createSparse(path: string, bytes: number): Promise<void> {
  const file = await open(path, 'wx');
  try {
    await file.truncate(bytes);
  } finally {
    await file.close();
  }
}

function isZero(buffer: Buffer, length: number): boolean {
  for (let i = 0; i < length; i += 8) {
    if (length - i >= 8 ? buffer.readBigUInt64LE(i) !== 0n : buffer.subarray(i, length).some((b) => b !== 0))
      return false;
  }
  return true;
}

/** Copies `source` into `target` at byte `offset`, leaving zero 4 MiB chunks unwritten (sparse). */
export async function copyInto(source: string, target: string, offset: number): Promise<void> {
  const input = await open(source, 'r');
  const output = await open(target, 'r+');
  try {
    const buffer = Buffer.alloc(CHUNK);
    for (let position = 0; ; position += CHUNK) {
      const { bytesRead } = await input.read(buffer, 0, CHUNK, position);
      if (bytesRead === 0) break;
      if (!isZero(buffer, bytesRead)) await output.write(buffer, 0, bytesRead, offset + position);
    }
  } finally {
    await input.close();
    await output.close();
  }
}

/** SHA-256 of a whole file: one reused 16 MiB buffer (a stream is ~15% slower on a 1 GiB sparse disk). */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(4 * CHUNK);
    for (let position = 0; ;) {
      const { bytesRead } = await file.read(buffer, 0, buffer.length, position);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
      position += bytesRead;
    }
  } finally {
    await file.close();
  }
  return hash.digest('hex');
}

export async function fileSizes(path: string): Promise<{ bytes: number; allocated: number }> {
  const info = await stat(path);
  return { bytes: info.size, allocated: info.blocks * 512 };
}

/** Fails before any writing when `dir`'s filesystem has less than `needed` bytes free. */
export async function checkFreeSpace(dir: string, needed: number): Promise<void> {
  const info = await statfs(dir);
  const free = info.bavail * info.bsize;
  if (free < needed) {
    throw new ConfigurationError(
      `not enough disk space in ${dir}: the disk images need about ${formatMiB(needed)} and ${formatMiB(free)} is free; free some space or choose an output directory on a larger filesystem`,
    );
  }
}

/** A hidden sibling name for writing `path`, renamed into place only when complete. */
export function partialName(path: string): string {
  return join(dirname(path), `.${basename(path)}.partial-${process.pid}`);
}

/** Writes `path` through its partial name: whole, or absent (the partial is removed on any failure). */
export async function writeAtomically(
  path: string,
  write: (partial: string) => Promise<void>,
): Promise<void> {
  const partial = partialName(path);
  try {
    await write(partial);
    await rename(partial, path);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}
