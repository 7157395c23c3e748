/** The real tools the disk builder uses, in one place for the action, the CLI, tests and the bench. */
import { BuildahContainers } from '../tools/buildah-containers.js';
import type { StorageOptions } from '../tools/buildah.js';
import { Mkfs, MkfsErofs } from '../tools/mkfs.js';
import { Mtools } from '../tools/mtools.js';
import { QemuImg } from '../tools/qemu-img.js';
import { Sfdisk } from '../tools/sfdisk.js';
import type { DiskDeps } from './builder.js';
import { SYSTEMD_BOOT_X64 } from './esp.js';

export function defaultDiskTools(storage: StorageOptions): Omit<DiskDeps, 'log' | 'tempDir' | 'uid'> {
  return {
    buildah: new BuildahContainers(storage),
    sfdisk: new Sfdisk(),
    mtools: new Mtools(),
    mkfs: new Mkfs(),
    erofs: new MkfsErofs(),
    qemuImg: new QemuImg(),
    bootloader: SYSTEMD_BOOT_X64,
  };
}
