/**
 * OS image → bootable GPT disk, from files only: no root-owned loop devices, no mounts of the disk. The ESP
 * is written with mtools, the root with `mkfs.ext4 -d` in place (or mkfs.erofs, copied in sparsely), the
 * table with sfdisk. Every identifier and time comes from the image digest and the options, so the same
 * image gives the same raw disk byte for byte. Outputs are written under temporary names and renamed;
 * on any failure nothing of this run is left in the output directory.
 */
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError } from '../errors.js';
import type { Logger } from '../log.js';
import type { BuildahContainers } from '../tools/buildah-containers.js';
import type { Mkfs, MkfsErofs } from '../tools/mkfs.js';
import type { Mtools } from '../tools/mtools.js';
import type { ImageFormat, QemuImg } from '../tools/qemu-img.js';
import type { Sfdisk } from '../tools/sfdisk.js';
import type { Xorriso } from '../tools/xorriso.js';
import { BootcImageError, isBootcImage } from './backend.js';
import { findBootFiles, type BootFiles } from './boot-files.js';
import { checkBootloader } from './esp.js';
import { writeAtomically } from '../scratch/files.js';
import { FileHasher, checkFreeSpace, fileSizes, sha256File } from './files.js';
import { deriveIdentity, type DiskIdentity } from './identity.js';
import { initramfsKernelArgs } from './initramfs-root.js';
import { isoLabel, writeIso } from './iso.js';
import { formatMiB, type PartitionPlan } from './layout.js';
import { watchAllocated, type ProgressSink } from './progress.js';
import { readOnlyRootArgs, type EtcMode, type StateMode } from './read-only-root.js';
import { bootTitle, prepareLayout, writeRaw, type WriteContext } from './raw-disk.js';
import { openRootfs, type ImageSource, type Rootfs } from './rootfs.js';
import { makeScratch } from '../scratch/files.js';

/** What the built-in builder writes. */
export const DISK_FORMATS = ['raw', 'qcow2', 'vmdk', 'vhd', 'iso'] as const;
/** What only image-builder makes (bootc images): cloud AMI raw disks and the Anaconda installer ISO. */
export const BOOTC_ONLY_FORMATS = ['ami', 'anaconda-iso'] as const;
export type DiskFormat = (typeof DISK_FORMATS)[number];
export type OutputFormat = DiskFormat | (typeof BOOTC_ONLY_FORMATS)[number];
/** initramfs: the whole root in RAM, for images with no systemd and no initramfs generator. */
export type RootFilesystem = 'ext4' | 'erofs' | 'initramfs';
export type { EtcMode, StateMode };

export interface DiskRequest {
  source: ImageSource;
  outputDir: string;
  /** File name without extension. */
  name: string;
  formats: readonly OutputFormat[];
  rootFilesystem: RootFilesystem;
  state: StateMode;
  /** erofs only: a writable /etc overlay (default) or the image's /etc read-only. */
  etc: EtcMode;
  /** Bytes for the /var partition (state: partition); unset = automatic. */
  stateSize?: number;
  /** Whole disk size in bytes; unset = automatic (content + headroom). */
  size?: number;
  /** Free space left on an automatic ext4 root, as a fraction of the content. */
  headroom: number;
  kernelArgs: readonly string[];
  /** Epoch seconds for every timestamp; unset = the image's creation time. */
  sourceDateEpoch?: number;
  tlsVerify: boolean;
  /** auto hands bootc images to image-builder (a BootcImageError); builtin makes them anyway. */
  backend: 'auto' | 'builtin' | 'image-builder';
  /** Registry credentials file for image-builder (REGISTRY_AUTH_FILE); never on argv. */
  authfile?: string;
}

export interface DiskDeps {
  buildah: BuildahContainers;
  sfdisk: Sfdisk;
  mtools: Mtools;
  mkfs: Mkfs;
  erofs: MkfsErofs;
  qemuImg: QemuImg;
  xorriso: Xorriso;
  log: Logger;
  /** Progress of long writes (the CLI draws it); none by default. */
  progress?: ProgressSink;
  /** Where scratch files go (RUNNER_TEMP in the action). */
  tempDir: string;
  uid: number;
  /** systemd-boot's EFI binary on this machine. */
  bootloader: string;
}

export interface DiskFile {
  path: string;
  format: OutputFormat;
  /** Apparent size (the virtual size for raw). */
  bytes: number;
  /** Blocks actually allocated (raw is sparse). */
  allocated: number;
  sha256: string;
}

export interface DiskResult {
  image: string;
  digest: string;
  backend: 'builtin' | 'image-builder';
  kernelVersion: string;
  cmdline: string;
  rootFilesystem: RootFilesystem;
  /** Read-only roots: where state lives and whether /etc is an overlay. */
  readOnlyRoot?: { state: StateMode; etc: EtcMode };
  contentBytes: number;
  files: DiskFile[];
  partitions: Array<Pick<PartitionPlan, 'role' | 'uuid' | 'bytes'>>;
}

const QEMU_FORMAT: Record<Exclude<DiskFormat, 'raw' | 'iso'>, ImageFormat> = {
  qcow2: 'qcow2',
  vmdk: 'vmdk',
  vhd: 'vpc',
};
const EXTENSION: Record<DiskFormat, string> = {
  raw: 'raw',
  qcow2: 'qcow2',
  vmdk: 'vmdk',
  vhd: 'vhd',
  iso: 'iso',
};

export async function buildDisk(request: DiskRequest, deps: DiskDeps): Promise<DiskResult> {
  const { log } = deps;
  if (request.backend === 'image-builder')
    throw new Error('buildDisk is the built-in builder: image-builder requests go through makeDisks');
  await checkBootloader(deps.bootloader);
  await mkdir(request.outputDir, { recursive: true });
  const work = (await makeScratch(deps.tempDir, 'osimg-disk-')).path;
  const finished: string[] = [];
  const described: Array<Promise<DiskFile>> = [];
  let rootfs: Rootfs | undefined;
  try {
    rootfs = await log.group('Read image', () =>
      openRootfs(request.source, {
        buildah: deps.buildah,
        log,
        workDir: work,
        uid: deps.uid,
        tlsVerify: request.tlsVerify,
      }),
    );
    checkImage(rootfs, request.backend);
    const formats = builtinFormats(request.formats);
    const boot: BootFiles = await findBootFiles(rootfs.dir);
    if (!boot.initrd && request.rootFilesystem !== 'initramfs')
      log.warning(
        `kernel ${boot.kernelVersion} has no initramfs: the root partition must be mountable by the kernel alone`,
      );
    const epoch = request.sourceDateEpoch ?? rootfs.created ?? 0;
    const id = deriveIdentity(
      JSON.stringify([
        rootfs.digest,
        request.rootFilesystem,
        request.state,
        request.etc,
        request.stateSize ?? null,
        request.size ?? null,
        request.headroom,
        request.kernelArgs,
        epoch,
      ]),
    );
    const cmdline = kernelCommandLine(request, id);
    log.info(`image ${rootfs.name} (${rootfs.digest}), kernel ${boot.kernelVersion}`);
    log.info(`kernel command line: ${cmdline}`);

    const context: WriteContext = { request, deps, rootfs, boot, id, cmdline, work, epoch };
    const layout = await log.group('Plan the disk', () => prepareLayout(context));
    await checkFreeSpace(request.outputDir, layout.neededBytes);

    const rawPath = join(request.outputDir, `${request.name}.raw`);
    const progress = deps.progress ?? (() => undefined);
    // The raw disk's hash starts while it is written (see writeRaw) and finishes right after.
    const hashing: { raw?: FileHasher } = {};
    await log.group(`Write ${rawPath} (${formatMiB(layout.plan.totalBytes)})`, () =>
      writeAtomically(rawPath, (partial) => {
        if (formats.includes('raw')) {
          hashing.raw = new FileHasher(partial, (done) =>
            progress({ phase: `sha256 ${request.name}.raw`, done, total: layout.plan.totalBytes }),
          );
        }
        return writeRaw(partial, layout, context, hashing.raw);
      }),
    );
    const rawHasher = hashing.raw;
    finished.push(rawPath);

    // Each file is hashed as soon as it is complete, while the next is converted (two processes).
    const describe = (path: string, format: DiskFormat, hash: () => Promise<string>) => {
      const file = (async (): Promise<DiskFile> => ({
        path,
        format,
        ...(await fileSizes(path)),
        sha256: await hash(),
      }))();
      file.catch(() => undefined); // awaited below; a failed conversion must not leave it unhandled
      described.push(file);
    };
    const hashOf = (path: string, format: DiskFormat) => () =>
      sha256File(path, (done) =>
        progress({ phase: `sha256 ${request.name}.${EXTENSION[format]}`, done, total: 0 }),
      );
    if (rawHasher) {
      rawHasher.moveTo(rawPath);
      describe(rawPath, 'raw', async () => {
        await rawHasher.advance();
        return rawHasher.digest();
      });
    }
    for (const format of formats) {
      if (format === 'raw') continue;
      const path = join(request.outputDir, `${request.name}.${EXTENSION[format]}`);
      const phase = `${request.name}.${EXTENSION[format]}`;
      if (format === 'iso') {
        await log.group(`Write ${path} (hybrid ISO: El Torito EFI + GPT)`, () =>
          writeAtomically(path, (partial) =>
            writeIso(
              partial,
              {
                raw: rawPath,
                esp: layout.plan.partitions.find((part) => part.role === 'esp')!,
                rootImage: layout.erofsFile!,
                rootPartUuid: id.rootPartUuid,
                label: isoLabel(context.rootfs.labels['org.opencontainers.image.title'] ?? 'osimg'),
                readme: isoReadme(context.rootfs, boot, cmdline),
                epoch,
                work,
              },
              deps,
              (percent) => progress({ phase, done: percent, total: 100 }),
            ),
          ),
        );
      } else {
        await log.group(`Convert to ${format}`, () =>
          writeAtomically(path, (partial) =>
            watchAllocated(partial, layout.rawAllocated, phase, deps.progress, () =>
              deps.qemuImg.convert(rawPath, partial, QEMU_FORMAT[format]),
            ),
          ),
        );
      }
      finished.push(path);
      describe(path, format, hashOf(path, format));
    }
    const files = await Promise.all(described);
    progress({ phase: 'done', done: 1, total: 1 });
    for (const file of files) log.info(`${file.path}: sha256 ${file.sha256}`);
    if (!formats.includes('raw')) {
      await rm(rawPath, { force: true });
      finished.splice(finished.indexOf(rawPath), 1);
    }
    return {
      image: rootfs.name,
      digest: rootfs.digest,
      backend: 'builtin',
      kernelVersion: boot.kernelVersion,
      cmdline,
      rootFilesystem: request.rootFilesystem,
      ...(request.rootFilesystem === 'erofs'
        ? { readOnlyRoot: { state: request.state, etc: request.etc } }
        : {}),
      contentBytes: layout.content.bytes,
      files,
      partitions: layout.plan.partitions.map(({ role, uuid, bytes }) => ({ role, uuid, bytes })),
    };
  } catch (error) {
    await Promise.allSettled(described);
    for (const path of finished) await rm(path, { force: true });
    throw error;
  } finally {
    await rootfs
      ?.close()
      .catch((error: unknown) => log.warning(`could not remove the working container: ${String(error)}`));
    await rm(work, { recursive: true, force: true });
  }
}

/** The formats the built-in builder makes; the others name image-builder. */
function builtinFormats(formats: readonly OutputFormat[]): DiskFormat[] {
  const other = formats.find((format) => !(DISK_FORMATS as readonly string[]).includes(format));
  if (other)
    throw new ConfigurationError(
      `${other} disks are made by image-builder, for bootc images only; the built-in builder makes ${DISK_FORMATS.join(', ')}`,
    );
  return formats as DiskFormat[];
}

/** Linux, x86-64, and not a bootc image unless the built-in builder was asked for explicitly. */
function checkImage(rootfs: Rootfs, backend: DiskRequest['backend']): void {
  if (rootfs.os && rootfs.os !== 'linux')
    throw new ConfigurationError(
      `${rootfs.name} is a ${rootfs.os} image: only Linux images can be made into disks`,
    );
  if (rootfs.architecture !== 'amd64') {
    throw new ConfigurationError(
      `${rootfs.name} is an image for ${rootfs.architecture || 'an unknown architecture'}: the built-in disk builder makes x86-64 UEFI disks; build the image for linux/amd64 (or use backend: image-builder for other architectures)`,
    );
  }
  if (backend === 'auto' && isBootcImage(rootfs.labels))
    throw new BootcImageError(rootfs.name, rootfs.digest, rootfs.labels);
}

export function kernelCommandLine(
  request: Pick<DiskRequest, 'rootFilesystem' | 'kernelArgs'> & Partial<Pick<DiskRequest, 'etc'>>,
  id: DiskIdentity,
): string {
  if (request.rootFilesystem === 'initramfs')
    return [...initramfsKernelArgs(), ...request.kernelArgs].join(' ');
  const readOnly = request.rootFilesystem === 'erofs';
  return [
    `root=PARTUUID=${id.rootPartUuid}`,
    readOnly ? 'ro' : 'rw',
    `rootfstype=${request.rootFilesystem}`,
    ...(readOnly ? readOnlyRootArgs({ etc: request.etc ?? 'overlay' }) : []),
    ...request.kernelArgs,
  ].join(' ');
}

function isoReadme(rootfs: Rootfs, boot: BootFiles, cmdline: string): string {
  return [
    `${bootTitle(rootfs, boot)}: made by osimg disk from ${rootfs.name} (${rootfs.digest}).`,
    '',
    'Boot with UEFI. Written to a USB stick or attached to a machine as a disk, it boots like the raw disk:',
    'GPT partition 2 is the EFI system partition, partition 3 the read-only root.',
    'As a CD-ROM the firmware starts the same loader and kernel, but Linux reads no partitions on a CD-ROM,',
    'so the root is found only when the image is attached as a disk.',
    '',
    `kernel command line: ${cmdline}`,
    '',
  ].join('\n');
}
