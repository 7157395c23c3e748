/**
 * The EFI system partition, written with mtools straight into the disk image: systemd-boot as the default
 * loader (EFI/BOOT/BOOTX64.EFI) and under its own name, a loader.conf, one boot entry, the kernel and the
 * initramfs. Every FAT timestamp is the disk's epoch (mtools honours SOURCE_DATE_EPOCH).
 */
import { access, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError } from '../errors.js';
import type { Mtools } from '../tools/mtools.js';
import type { BootFiles } from './boot-files.js';

export const SYSTEMD_BOOT_X64 = '/usr/lib/systemd/boot/efi/systemd-bootx64.efi';
export const ENTRY_PATH = '/loader/entries/osimg.conf';
/** The second initrd osimg adds next to the image's own (see initrd-modules.ts). */
export const EXTRA_INITRD = 'osimg-modules.img';

export interface EspContent {
  boot: BootFiles;
  cmdline: string;
  title: string;
  bootloader: string;
}

/** Fails early, with the package to install, when systemd-boot is not on this machine. */
export async function checkBootloader(path: string): Promise<void> {
  await access(path).catch((error: unknown) => {
    throw new ConfigurationError(
      `systemd-boot is not installed (no ${path}): install it (Debian/Ubuntu: apt-get install systemd-boot-efi)`,
      { cause: error },
    );
  });
}

/** The loader entry (Boot Loader Specification type #1). */
export function loaderEntry(content: EspContent): string {
  const dir = `/osimg/${content.boot.kernelVersion}`;
  const lines = [
    `title ${content.title}`,
    `version ${content.boot.kernelVersion}`,
    `linux ${dir}/vmlinuz`,
    ...(content.boot.initrd ? [`initrd ${dir}/initrd.img`] : []),
    ...(content.boot.extraInitrd ? [`initrd ${dir}/${EXTRA_INITRD}`] : []),
    `options ${content.cmdline}`,
  ];
  return `${lines.join('\n')}\n`;
}

/** Boot the one entry at once; no editor (the command line is part of the image's contract). */
export function loaderConf(): string {
  return 'default osimg.conf\ntimeout 0\neditor no\nconsole-mode keep\n';
}

/** Every file the ESP holds and its size, for sizing the partition. */
export function espFiles(content: EspContent, workDir: string): Array<{ source: string; target: string }> {
  const dir = `/osimg/${content.boot.kernelVersion}`;
  return [
    { source: content.bootloader, target: '/EFI/BOOT/BOOTX64.EFI' },
    { source: content.bootloader, target: '/EFI/systemd/systemd-bootx64.efi' },
    { source: join(workDir, 'loader.conf'), target: '/loader/loader.conf' },
    { source: join(workDir, 'osimg.conf'), target: ENTRY_PATH },
    { source: content.boot.kernel, target: `${dir}/vmlinuz` },
    ...(content.boot.initrd ? [{ source: content.boot.initrd, target: `${dir}/initrd.img` }] : []),
    ...(content.boot.extraInitrd
      ? [{ source: content.boot.extraInitrd, target: `${dir}/${EXTRA_INITRD}` }]
      : []),
  ];
}

export async function writeEsp(
  mtools: Mtools,
  target: { image: string; offset: number; bytes: number; serial: string },
  content: EspContent,
  workDir: string,
  epoch: number,
): Promise<void> {
  await writeFile(join(workDir, 'loader.conf'), loaderConf());
  await writeFile(join(workDir, 'osimg.conf'), loaderEntry(content));
  const fat = { image: target.image, offset: target.offset };
  await mtools.format({ ...fat, sectors: target.bytes / 512, serial: target.serial, label: 'ESP' }, epoch);
  await mtools.makeDirs(
    fat,
    [
      '/EFI',
      '/EFI/BOOT',
      '/EFI/systemd',
      '/loader',
      '/loader/entries',
      '/osimg',
      `/osimg/${content.boot.kernelVersion}`,
    ],
    epoch,
  );
  for (const file of espFiles(content, workDir)) await mtools.copy(fat, file.source, file.target, epoch);
}
