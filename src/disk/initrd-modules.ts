/**
 * A read-only root needs its filesystem driver before the root is mounted, and distribution initramfs
 * images do not always carry it (Debian's initramfs-tools leaves erofs out). osimg adds a second, small
 * initramfs — the kernel unpacks every initrd the boot loader passes over the first — with the driver,
 * its dependencies and the image's own module index, so the kernel's request for "fs-erofs" at mount time
 * finds it. Nothing in the image's own initramfs is replaced except the module index, which is the full
 * version of the one it has.
 */
import { lstat, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ConfigurationError } from '../errors.js';
import { cpioNewc, type CpioEntry } from './cpio.js';

const INDEX_FILES = [
  'modules.dep',
  'modules.dep.bin',
  'modules.alias',
  'modules.alias.bin',
  'modules.symbols',
  'modules.symbols.bin',
  'modules.builtin',
  'modules.builtin.bin',
  'modules.builtin.alias.bin',
  'modules.builtin.modinfo',
  'modules.softdep',
  'modules.devname',
  'modules.order',
];

/** `kernel/fs/erofs/erofs.ko: kernel/lib/libcrc32c.ko` lines → module path → its dependencies. */
export function parseModulesDep(text: string): Map<string, string[]> {
  const deps = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    deps.set(
      line.slice(0, colon),
      line
        .slice(colon + 1)
        .trim()
        .split(/\s+/)
        .filter(Boolean),
    );
  }
  return deps;
}

/** The module file whose name is `name` (erofs.ko, erofs.ko.xz, erofs.ko.zst) in a modules.dep map. */
function findModule(deps: Map<string, string[]>, name: string): string | undefined {
  const pattern = new RegExp(`(^|/)${name}\\.ko(\\.[a-z]+)?$`);
  return [...deps.keys()].find((path) => pattern.test(path));
}

async function exists(path: string): Promise<boolean> {
  return (await lstat(path).catch(() => undefined)) !== undefined;
}

/**
 * The gzip'd cpio adding filesystem module `fs` (e.g. "erofs") for `kernelVersion`, or undefined when the
 * kernel has the driver built in. Module paths follow the image: usr/lib/modules on merged-/usr roots.
 */
export async function filesystemModuleInitrd(
  root: string,
  kernelVersion: string,
  fs: string,
  epoch: number,
): Promise<Buffer | undefined> {
  const mergedUsr = (await lstat(join(root, 'lib')).catch(() => undefined))?.isSymbolicLink() ?? false;
  const prefix = mergedUsr || !(await exists(join(root, 'lib/modules'))) ? 'usr/lib/modules' : 'lib/modules';
  const dir = join(root, prefix, kernelVersion);
  const builtin = await readFile(join(dir, 'modules.builtin'), 'utf8').catch(() => '');
  if (new RegExp(`(^|/)${fs}\\.ko$`, 'm').test(builtin)) return undefined;
  const depText = await readFile(join(dir, 'modules.dep'), 'utf8').catch(() => undefined);
  const deps = depText === undefined ? undefined : parseModulesDep(depText);
  const module = deps && findModule(deps, fs);
  if (!deps || !module) {
    throw new ConfigurationError(
      `kernel ${kernelVersion} in this image has no ${fs} driver (not built in, no ${fs}.ko in /${prefix}/${kernelVersion}/modules.dep): install the kernel's modules, or use root-filesystem ext4`,
    );
  }
  const files = [module, ...(deps.get(module) ?? [])];
  const entries: CpioEntry[] = [];
  const dirs = new Set<string>();
  const addDirs = (path: string) => {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const parent = parts.slice(0, i).join('/');
      // Directories the image's initramfs already has keep their mode: 0755, root-owned, as everywhere.
      if (!dirs.has(parent)) entries.push({ name: parent, type: 'dir', mode: 0o755 });
      dirs.add(parent);
    }
  };
  for (const file of files) {
    const name = `${prefix}/${kernelVersion}/${file}`;
    addDirs(name);
    entries.push({ name, type: 'file', mode: 0o644, data: await readFile(join(dir, file)) });
  }
  for (const index of INDEX_FILES) {
    const data = await readFile(join(dir, index)).catch(() => undefined);
    if (data) entries.push({ name: `${prefix}/${kernelVersion}/${index}`, type: 'file', mode: 0o644, data });
  }
  // gzip: a compressed archive may start at any offset after the first initrd (uncompressed ones must be
  // 4-byte aligned); level 9 and no name or time in the header keep it reproducible.
  return gzipSync(cpioNewc(entries, epoch), { level: 9 });
}
