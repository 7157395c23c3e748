/** The real tools the disk builders use, in one place for the action, the CLI, tests and the bench. */
import type { Logger } from '../log.js';
import { BuildahContainers } from '../tools/buildah-containers.js';
import type { StorageOptions } from '../tools/buildah.js';
import { Chown } from '../tools/chown.js';
import { exec } from '../tools/exec.js';
import { BootcImageBuilder, ImageBuilder } from '../tools/image-builder.js';
import { Mkfs, MkfsErofs } from '../tools/mkfs.js';
import { Mtools } from '../tools/mtools.js';
import { QemuImg } from '../tools/qemu-img.js';
import { Sfdisk } from '../tools/sfdisk.js';
import { asRoot } from '../tools/sudo.js';
import { Sysctl } from '../tools/sysctl.js';
import { Xorriso } from '../tools/xorriso.js';
import type { DiskDeps } from './builder.js';
import { SYSTEMD_BOOT_X64 } from './esp.js';
import { prepareImageBuilderHost } from './image-builder-host.js';
import type { MakeDisksDeps } from './make-disks.js';

export function defaultDiskTools(storage: StorageOptions): Omit<DiskDeps, 'log' | 'tempDir' | 'uid'> {
  return {
    buildah: new BuildahContainers(storage),
    sfdisk: new Sfdisk(),
    mtools: new Mtools(),
    mkfs: new Mkfs(),
    erofs: new MkfsErofs(),
    qemuImg: new QemuImg(),
    xorriso: new Xorriso(),
    bootloader: SYSTEMD_BOOT_X64,
  };
}

/** `root's container storage`: where image-builder and bootc-image-builder read bootc images. */
export const ROOT_CONTAINER_STORAGE = '/var/lib/containers';

/** image-builder and what it needs, run as root (through sudo when `uid` is not 0). */
export function defaultImageBuilderTools(options: {
  uid: number;
  gid: number;
  /** On a GitHub-hosted runner osimg may change the machine (the AppArmor sysctl); elsewhere it only says what to do. */
  githubHosted: boolean;
  log: Logger;
}): Pick<MakeDisksDeps, 'imageBuilder' | 'bootcImageBuilder' | 'chown' | 'gid' | 'prepareHost'> {
  const root = asRoot(exec, options.uid);
  return {
    imageBuilder: new ImageBuilder(root),
    bootcImageBuilder: new BootcImageBuilder(undefined, root),
    chown: new Chown(root),
    gid: options.gid,
    prepareHost: (outputDir) =>
      prepareImageBuilderHost({
        githubHosted: options.githubHosted,
        sysctl: new Sysctl(root),
        log: options.log,
        spaceDirs: [outputDir, ROOT_CONTAINER_STORAGE],
      }),
  };
}
