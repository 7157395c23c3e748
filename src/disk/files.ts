/**
 * File plumbing for disk images: sparse creation, sparse copies into a disk at an offset (zero blocks are
 * skipped, so holes stay holes), SHA-256, allocated size and free space.
 */
import { createHash } from 'node:crypto';
import { open, stat, statfs } from 'node:fs/promises';
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
export async function copyInto(
  source: string,
  target: string,
  offset: number,
  onBytes?: (done: number) => void,
): Promise<void> {
  const input = await open(source, 'r');
  const output = await open(target, 'r+');
  try {
    const buffer = Buffer.alloc(CHUNK);
    for (let position = 0; ; position += CHUNK) {
      const { bytesRead } = await input.read(buffer, 0, CHUNK, position);
      if (bytesRead === 0) break;
      if (!isZero(buffer, bytesRead)) await output.write(buffer, 0, bytesRead, offset + position);
      onBytes?.(position + bytesRead);
    }
  } finally {
    await input.close();
    await output.close();
  }
}

/**
 * SHA-256 of a file, read in order and hashed while the next chunk is read (two buffers): the read of
 * chunk N+1 runs in libuv's pool while chunk N is hashed here. `advance(to)` hashes up to byte `to` and can
 * run while a later part of the file is still being written (the builder hashes the GPT and the ESP while
 * mkfs writes the root); SHA-256 itself (~1.3 GB/s with SHA-NI) is what remains, holes included: a hash
 * cannot skip bytes, and reading a hole costs the kernel a zeroed page, nothing from the disk.
 */
export class FileHasher {
  private readonly hash = createHash('sha256');
  private position = 0;
  private readonly buffers = [Buffer.alloc(CHUNK * 2), Buffer.alloc(CHUNK * 2)];

  constructor(
    private path: string,
    private readonly onBytes?: (done: number) => void,
  ) {}

  get hashed(): number {
    return this.position;
  }

  /** The file was renamed (a partial name made final): read on from its new name. */
  moveTo(path: string): void {
    this.path = path;
  }

  /** Hashes from where the last call stopped up to byte `to` (or the end of the file). */
  async advance(to = Number.POSITIVE_INFINITY): Promise<void> {
    const file = await open(this.path, 'r');
    try {
      const end = Math.min(to, (await file.stat()).size);
      let which = 0;
      const readAt = (position: number) => {
        const buffer = this.buffers[which]!;
        return file
          .read(buffer, 0, Math.min(buffer.length, end - position), position)
          .then(({ bytesRead }) => buffer.subarray(0, bytesRead));
      };
      let pending = this.position < end ? readAt(this.position) : undefined;
      while (pending) {
        const chunk = await pending;
        if (chunk.length === 0) break;
        this.position += chunk.length;
        which ^= 1;
        pending = this.position < end ? readAt(this.position) : undefined;
        this.hash.update(chunk);
        this.onBytes?.(this.position);
      }
    } finally {
      await file.close();
    }
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

/** SHA-256 of a whole file. */
export async function sha256File(path: string, onBytes?: (done: number) => void): Promise<string> {
  const hasher = new FileHasher(path, onBytes);
  await hasher.advance();
  return hasher.digest();
}

/** Copies `bytes` of `source` from `offset` into a new sparse file `target` (zero chunks stay holes). */
export async function copyRangeOut(
  source: string,
  offset: number,
  bytes: number,
  target: string,
): Promise<void> {
  const input = await open(source, 'r');
  const output = await open(target, 'wx');
  try {
    await output.truncate(bytes);
    const buffer = Buffer.alloc(CHUNK);
    for (let done = 0; done < bytes;) {
      const { bytesRead } = await input.read(buffer, 0, Math.min(CHUNK, bytes - done), offset + done);
      if (bytesRead === 0) break;
      if (!isZero(buffer, bytesRead)) await output.write(buffer, 0, bytesRead, done);
      done += bytesRead;
    }
  } finally {
    await input.close();
    await output.close();
  }
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
