/**
 * Real tar archives for the layer tests, written by GNU tar from a directory tree made on disk (files,
 * links, whiteout names), deterministic (sorted, mtime 0, root owner).
 */
import { link, mkdir, mkdtemp, open, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { exec } from '../../../src/tools/exec.js';

/**
 * A tree: path → file contents, `{ symlink }`, `{ hardlink: path }`, `{ directory: true }`, or a sparse
 * file of `sparse` bytes with `data` written at the given offsets and holes elsewhere.
 */
export type TreeSpec = Record<
  string,
  | string
  | Buffer
  | { symlink: string }
  | { hardlink: string }
  | { directory: true }
  | { sparse: number; data: Record<number, string> }
>;

export async function makeTree(dir: string, spec: TreeSpec): Promise<void> {
  // Hard links last: their targets must exist first.
  const entries = Object.entries(spec).sort(([, a], [, b]) => Number(isLink(a)) - Number(isLink(b)));
  for (const [path, content] of entries) {
    const full = join(dir, path);
    await mkdir(dirname(full), { recursive: true });
    if (typeof content === 'string' || Buffer.isBuffer(content)) await writeFile(full, content);
    else if ('symlink' in content) await symlink(content.symlink, full);
    else if ('hardlink' in content) await link(join(dir, content.hardlink), full);
    else if ('sparse' in content) {
      const file = await open(full, 'w');
      try {
        await file.truncate(content.sparse);
        for (const [offset, text] of Object.entries(content.data)) await file.write(text, Number(offset));
      } finally {
        await file.close();
      }
    } else await mkdir(full, { recursive: true });
  }
}

function isLink(content: TreeSpec[string]): boolean {
  return typeof content === 'object' && !Buffer.isBuffer(content) && 'hardlink' in content;
}

interface TarOptions {
  format?: 'gnu' | 'pax' | 'ustar';
  args?: string[];
  members?: string[];
}

/** GNU tar's archive of `spec` (members named as tar names them with `-C dir .`: "./etc/..."). */
export async function tarOf(spec: TreeSpec, options: TarOptions = {}): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'osimg-tar-'));
  try {
    await makeTree(dir, spec);
    return await tarDirectory(dir, options);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** GNU tar's archive of a directory (a tree made by a test, or a fixture root filesystem). */
export async function tarDirectory(root: string, options: TarOptions = {}): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'osimg-tar-'));
  try {
    const file = join(dir, 'layer.tar');
    await exec('tar', [
      '--create',
      `--file=${file}`,
      `--format=${options.format ?? 'gnu'}`,
      '--sort=name',
      '--mtime=@0',
      '--owner=0',
      '--group=0',
      '--numeric-owner',
      ...(options.args ?? []),
      `--directory=${root}`,
      ...(options.members ?? ['.']),
    ]);
    return await readFile(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** `data` compressed by a command-line tool (gzip -n, zstd), as registries serve layers. */
export async function compress(data: Buffer, tool: 'gzip' | 'zstd'): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'osimg-compress-'));
  try {
    await writeFile(join(dir, 'layer.tar'), data);
    if (tool === 'gzip') await exec('gzip', ['-n', '-k', join(dir, 'layer.tar')]);
    else await exec('zstd', ['-q', '-k', join(dir, 'layer.tar')]);
    return await readFile(join(dir, tool === 'gzip' ? 'layer.tar.gz' : 'layer.tar.zst'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Feeds `data` to `write` in chunks of `size` bytes (odd sizes split headers and padding). */
export function inChunks(data: Buffer, size: number, write: (chunk: Buffer) => void): void {
  for (let at = 0; at < data.length; at += size) write(data.subarray(at, at + size));
}
