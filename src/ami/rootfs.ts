/**
 * Reading a few files of the disk's root filesystem without mounting it: ext4 through debugfs at the
 * partition's offset, erofs through dump.erofs on a sparse copy of the partition (erofs-utils 1.5 takes no
 * offset) with uncompressed file content read straight from the extents' byte ranges.
 */
import { open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Debugfs } from '../tools/debugfs.js';
import { DumpErofs } from '../tools/dump-erofs.js';
import type { FilesystemKind } from './disk-image.js';
import { makeScratch } from '../scratch/files.js';

export interface RootfsReader {
  /** Names in a directory, or undefined when it does not exist. */
  list(path: string): Promise<string[] | undefined>;
  /** Many directories in one go (one debugfs process for ext4). */
  listMany(paths: readonly string[]): Promise<Array<string[] | undefined>>;
  /** A small text file, or undefined when absent or unreadable. */
  read(path: string): Promise<string | undefined>;
  close(): Promise<void>;
}

export interface RootfsTools {
  debugfs: Debugfs;
  dumpErofs: DumpErofs;
}

export function defaultRootfsTools(): RootfsTools {
  return { debugfs: new Debugfs(), dumpErofs: new DumpErofs() };
}

/** A reader for the filesystem `kind` at `offset` (length `bytes`) of `disk`, or undefined when unsupported. */
export async function openRootfs(
  disk: string,
  partition: { offset: number; bytes: number },
  kind: FilesystemKind,
  tools: RootfsTools,
  tempDir: string,
): Promise<RootfsReader | undefined> {
  if (kind === 'ext4') return ext4Reader(disk, partition.offset, tools.debugfs);
  if (kind === 'erofs') {
    const dir = (await makeScratch(tempDir, 'osimg-ami-erofs-')).path;
    const image = join(dir, 'root.erofs');
    try {
      await copyRange(disk, partition.offset, partition.bytes, image);
    } catch (error) {
      await rm(dir, { recursive: true, force: true });
      throw error;
    }
    return erofsReader(image, tools.dumpErofs, () => rm(dir, { recursive: true, force: true }));
  }
  return undefined;
}

function ext4Reader(disk: string, offset: number, debugfs: Debugfs): RootfsReader {
  const quote = (path: string) => `"${path.replace(/"/g, '')}"`;
  const listMany = async (paths: readonly string[]) => {
    const sections = await debugfs.requests(
      disk,
      offset,
      paths.map((path) => `ls -p ${quote(path)}`),
    );
    return sections.map((text) => {
      const entries = Debugfs.parseList(text);
      // An existing directory always lists "." — nothing at all means it is not there.
      return /^\/\d+\/\d+\/\d+\/\d+\/\.\//m.test(text) ? entries.map((entry) => entry.name) : undefined;
    });
  };
  return {
    list: async (path) => (await listMany([path]))[0],
    listMany,
    read: async (path) => {
      const [text] = await debugfs.requests(disk, offset, [`cat ${quote(path)}`]);
      return text ? text : undefined;
    },
    close: async () => undefined,
  };
}

function erofsReader(image: string, dump: DumpErofs, cleanup: () => Promise<void>): RootfsReader {
  const list = async (path: string) => (await dump.list(image, path))?.map((entry) => entry.name);
  return {
    list,
    listMany: (paths) => Promise.all(paths.map(list)),
    read: async (path) => {
      const file = await dump.extents(image, path);
      // Compressed layouts (1, 3) would need decompression: report them as unreadable.
      if (!file || (file.layout !== 0 && file.layout !== 2) || file.size > 16 * 1024 * 1024) return undefined;
      const content = Buffer.alloc(file.size);
      const handle = await open(image, 'r');
      try {
        for (const extent of file.extents) {
          const length = Math.min(extent.length, file.size - extent.logical);
          if (length > 0) await handle.read(content, extent.logical, length, extent.physical);
        }
      } finally {
        await handle.close();
      }
      return content.toString('utf8');
    },
    close: cleanup,
  };
}

/** Copies bytes [offset, offset+length) of `source` into a new sparse file (zero 1 MiB chunks skipped). */
async function copyRange(source: string, offset: number, length: number, target: string): Promise<void> {
  const input = await open(source, 'r');
  const output = await open(target, 'wx');
  try {
    await output.truncate(length);
    const chunk = Buffer.alloc(1024 * 1024);
    const zero = Buffer.alloc(chunk.length);
    for (let at = 0; at < length; at += chunk.length) {
      const want = Math.min(chunk.length, length - at);
      const { bytesRead } = await input.read(chunk, 0, want, offset + at);
      if (bytesRead === 0) break;
      if (!chunk.subarray(0, bytesRead).equals(zero.subarray(0, bytesRead)))
        await output.write(chunk, 0, bytesRead, at);
    }
  } finally {
    await input.close();
    await output.close();
  }
}
