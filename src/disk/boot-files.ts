/**
 * Finds the kernel and initramfs inside an image's root filesystem, where Debian/Ubuntu (`/boot/vmlinuz-*`,
 * `/boot/initrd.img-*`), Fedora (`/boot/initramfs-*.img`) and bootc images (`/usr/lib/modules/<kver>/vmlinuz`
 * and `initramfs.img`) put them. Symlinks are not followed: in an unpacked image an absolute link points
 * at the host.
 */
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError } from '../errors.js';

export interface BootFiles {
  kernelVersion: string;
  /** Host paths of the files inside the unpacked root. */
  kernel: string;
  initrd?: string;
  /** A second initrd osimg adds (a filesystem driver the image's initramfs lacks), loaded after the first. */
  extraInitrd?: string;
}

async function isFile(path: string): Promise<boolean> {
  return (await lstat(path).catch(() => undefined))?.isFile() ?? false;
}

async function list(dir: string): Promise<string[]> {
  return readdir(dir).catch(() => []);
}

/** Orders kernel versions the way humans do: 6.1.0-10 before 6.1.0-9 is wrong, so compare number runs. */
export function compareKernelVersions(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

async function candidates(root: string): Promise<BootFiles[]> {
  const found: BootFiles[] = [];
  const modules = join(root, 'usr/lib/modules');
  for (const version of await list(modules)) {
    const kernel = join(modules, version, 'vmlinuz');
    if (!(await isFile(kernel))) continue;
    const initrd = join(modules, version, 'initramfs.img');
    found.push({ kernelVersion: version, kernel, initrd: (await isFile(initrd)) ? initrd : undefined });
  }
  if (found.length > 0) return found; // the bootc layout wins: /boot may be stale or empty there
  const boot = join(root, 'boot');
  const names = await list(boot);
  for (const name of names) {
    const match = /^vmlinuz-(.+)$/.exec(name);
    if (!match || !(await isFile(join(boot, name)))) continue;
    const version = match[1]!;
    let initrd: string | undefined;
    for (const candidate of [`initrd.img-${version}`, `initramfs-${version}.img`, `initrd-${version}`]) {
      if (names.includes(candidate) && (await isFile(join(boot, candidate)))) initrd = join(boot, candidate);
    }
    found.push({ kernelVersion: version, kernel: join(boot, name), initrd });
  }
  return found;
}

/** The newest kernel in the image (and its initramfs), or a ConfigurationError saying how to get one. */
export async function findBootFiles(root: string): Promise<BootFiles> {
  const found = await candidates(root);
  if (found.length === 0) {
    throw new ConfigurationError(
      'this image is not bootable: no kernel found in /boot (vmlinuz-*) or /usr/lib/modules/<version>/vmlinuz; install a kernel in the Containerfile (e.g. linux-image-amd64 on Debian, kernel on Fedora)',
    );
  }
  return found.sort((a, b) => compareKernelVersions(b.kernelVersion, a.kernelVersion))[0]!;
}
