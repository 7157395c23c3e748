/**
 * root-filesystem initramfs: the whole image root carried as the initramfs, for images with no systemd and
 * no initramfs generator (a kernel, a small init and one service). The kernel unpacks the archive into RAM
 * and starts the image's init (`rdinit=`), so nothing has to be mounted and no driver has to be loaded
 * before the init runs — Debian's kernel has virtio-blk and every filesystem as modules, which a kernel
 * alone cannot mount a root partition with. The disk then holds only the ESP (loader, kernel, archive).
 *
 * Owners are root (cpio.ts writes uid/gid 0); permission bits, setuid included, are the image's. Device
 * nodes, FIFOs and sockets are left out: the kernel's own initramfs already gives /dev/console, and the
 * init mounts devtmpfs. /boot stays empty: the boot loader has the kernel from the ESP.
 */
import { lstat, readFile, readdir, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ConfigurationError } from '../errors.js';
import { cpioNewc, type CpioEntry } from './cpio.js';
import { formatMiB, MIB } from './layout.js';

/** The image's init, started by the kernel from the archive; kernel-args may name another (rdinit=). */
export const INITRAMFS_INIT = '/sbin/init';
/** The whole root sits in the guest's RAM: past this, an ext4 or erofs root is the better choice. */
export const MAX_INITRAMFS_CONTENT = 512 * MIB;

export interface InitramfsRoot {
  archive: Buffer;
  /** Bytes of file content packed, before compression. */
  contentBytes: number;
  /** Paths left out (device nodes, FIFOs, sockets). */
  skipped: string[];
}

async function walk(root: string, relative: string, entries: CpioEntry[], out: InitramfsRoot): Promise<void> {
  const names = (await readdir(join(root, relative))).sort();
  for (const name of names) {
    const path = relative ? `${relative}/${name}` : name;
    const full = join(root, path);
    const info = await lstat(full);
    const mode = info.mode & 0o7777;
    if (info.isDirectory()) {
      entries.push({ name: path, type: 'dir', mode });
      // The kernel is on the ESP already: a second copy in the archive would be loaded and unpacked for nothing.
      if (path === 'boot') continue;
      await walk(root, path, entries, out);
    } else if (info.isSymbolicLink()) {
      entries.push({ name: path, type: 'symlink', mode: 0o777, data: Buffer.from(await readlink(full)) });
    } else if (info.isFile()) {
      out.contentBytes += info.size;
      if (out.contentBytes > MAX_INITRAMFS_CONTENT) {
        throw new ConfigurationError(
          `root-filesystem initramfs holds the whole root in the guest's memory and this image has more than ${formatMiB(MAX_INITRAMFS_CONTENT)} of files: use root-filesystem ext4 or erofs`,
        );
      }
      entries.push({ name: path, type: 'file', mode, data: await readFile(full) });
    } else {
      out.skipped.push(`/${path}`);
    }
  }
}

/** The image root as a gzip'd newc cpio; same root and epoch → same bytes. */
export async function initramfsRoot(rootDir: string, epoch: number): Promise<InitramfsRoot> {
  const out: InitramfsRoot = { archive: Buffer.alloc(0), contentBytes: 0, skipped: [] };
  const entries: CpioEntry[] = [];
  await walk(rootDir, '', entries, out);
  const init = entries.find((entry) => entry.name === INITRAMFS_INIT.slice(1));
  if (!init) {
    throw new ConfigurationError(
      `root-filesystem initramfs starts ${INITRAMFS_INIT}, and this image has none: add an init (a static binary or a script) at ${INITRAMFS_INIT}`,
    );
  }
  // gzip level 6: a few seconds less than 9 for a minimal root, and the kernel unpacks either.
  out.archive = gzipSync(cpioNewc(entries, epoch), { level: 6 });
  return out;
}

/** The kernel command line of an initramfs root: no root= (there is no root partition), the image's init. */
export function initramfsKernelArgs(): string[] {
  return [`rdinit=${INITRAMFS_INIT}`];
}
