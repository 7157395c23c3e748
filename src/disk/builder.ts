/**
 * OS image → bootable GPT disk, from files only: no root-owned loop devices, no mounts of the disk. The ESP
 * is written with mtools, the root with `mkfs.ext4 -d` in place (or mkfs.erofs, copied in sparsely), the
 * table with sfdisk. Every identifier and time comes from the image digest and the options, so the same
 * image gives the same raw disk byte for byte. Outputs are written under temporary names and renamed;
 * on any failure nothing of this run is left in the output directory.
 */
import { mkdir, mkdtemp, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError } from '../errors.js';
import type { Logger } from '../log.js';
import type { BuildahContainers } from '../tools/buildah-containers.js';
import type { Mkfs, MkfsErofs } from '../tools/mkfs.js';
import type { Mtools } from '../tools/mtools.js';
import type { ImageFormat, QemuImg } from '../tools/qemu-img.js';
import type { Sfdisk } from '../tools/sfdisk.js';
import { selectBackend } from './backend.js';
import { findBootFiles, type BootFiles } from './boot-files.js';
import { autoExt4Bytes, measureContent, type ContentSize } from './content.js';
import { ENTRY_PATH, checkBootloader, espFiles, writeEsp } from './esp.js';
import { normaliseExt4Times } from './ext4-times.js';
import { checkFreeSpace, copyInto, createSparse, fileSizes, sha256File, writeAtomically } from './files.js';
import { deriveIdentity, type DiskIdentity } from './identity.js';
import { MIB, alignUp, formatMiB, planDisk, type DiskPlan, type PartitionPlan } from './layout.js';
import { openRootfs, type ImageSource, type Rootfs } from './rootfs.js';

export const DISK_FORMATS = ['raw', 'qcow2', 'vmdk', 'vhd'] as const;
export type DiskFormat = (typeof DISK_FORMATS)[number];
export type RootFilesystem = 'ext4' | 'erofs';
/** Where a read-only (erofs) root keeps writable state: tmpfs (lost at reboot) or its own ext4 partition. */
export type StateMode = 'tmpfs' | 'partition';

export interface DiskRequest {
  source: ImageSource;
  outputDir: string;
  /** File name without extension. */
  name: string;
  formats: readonly DiskFormat[];
  rootFilesystem: RootFilesystem;
  state: StateMode;
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
  /** auto refuses bootc images (image-builder's job); builtin makes them anyway. */
  backend: 'auto' | 'builtin';
}

export interface DiskDeps {
  buildah: BuildahContainers;
  sfdisk: Sfdisk;
  mtools: Mtools;
  mkfs: Mkfs;
  erofs: MkfsErofs;
  qemuImg: QemuImg;
  log: Logger;
  /** Where scratch files go (RUNNER_TEMP in the action). */
  tempDir: string;
  uid: number;
  /** systemd-boot's EFI binary on this machine. */
  bootloader: string;
}

export interface DiskFile {
  path: string;
  format: DiskFormat;
  /** Apparent size (the virtual size for raw). */
  bytes: number;
  /** Blocks actually allocated (raw is sparse). */
  allocated: number;
  sha256: string;
}

export interface DiskResult {
  image: string;
  digest: string;
  kernelVersion: string;
  cmdline: string;
  rootFilesystem: RootFilesystem;
  contentBytes: number;
  files: DiskFile[];
  partitions: Array<Pick<PartitionPlan, 'role' | 'uuid' | 'bytes'>>;
}

const QEMU_FORMAT: Record<Exclude<DiskFormat, 'raw'>, ImageFormat> = {
  qcow2: 'qcow2',
  vmdk: 'vmdk',
  vhd: 'vpc',
};
const EXTENSION: Record<DiskFormat, string> = { raw: 'raw', qcow2: 'qcow2', vmdk: 'vmdk', vhd: 'vhd' };

export async function buildDisk(request: DiskRequest, deps: DiskDeps): Promise<DiskResult> {
  const { log } = deps;
  await checkBootloader(deps.bootloader);
  await mkdir(request.outputDir, { recursive: true });
  const work = await mkdtemp(join(deps.tempDir, 'osimg-disk-'));
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
    const boot = await findBootFiles(rootfs.dir);
    if (!boot.initrd)
      log.warning(
        `kernel ${boot.kernelVersion} has no initramfs: the root partition must be mountable by the kernel alone`,
      );
    const epoch = request.sourceDateEpoch ?? rootfs.created ?? 0;
    const id = deriveIdentity(
      JSON.stringify([
        rootfs.digest,
        request.rootFilesystem,
        request.state,
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
    await log.group(`Write ${rawPath} (${formatMiB(layout.plan.totalBytes)})`, () =>
      writeAtomically(rawPath, (partial) => writeRaw(partial, layout, context)),
    );
    finished.push(rawPath);

    // Each file is hashed as soon as it is complete, while qemu-img converts the next (two processes).
    const describe = (path: string, format: DiskFormat) => {
      const file = (async (): Promise<DiskFile> => ({
        path,
        format,
        ...(await fileSizes(path)),
        sha256: await sha256File(path),
      }))();
      file.catch(() => undefined); // awaited below; a failed conversion must not leave it unhandled
      described.push(file);
    };
    if (request.formats.includes('raw')) describe(rawPath, 'raw');
    for (const format of request.formats) {
      if (format === 'raw') continue;
      const path = join(request.outputDir, `${request.name}.${EXTENSION[format]}`);
      await log.group(`Convert to ${format}`, () =>
        writeAtomically(path, (partial) => deps.qemuImg.convert(rawPath, partial, QEMU_FORMAT[format])),
      );
      finished.push(path);
      describe(path, format);
    }
    const files = await Promise.all(described);
    for (const file of files) log.info(`${file.path}: sha256 ${file.sha256}`);
    if (!request.formats.includes('raw')) {
      await rm(rawPath, { force: true });
      finished.splice(finished.indexOf(rawPath), 1);
    }
    return {
      image: rootfs.name,
      digest: rootfs.digest,
      kernelVersion: boot.kernelVersion,
      cmdline,
      rootFilesystem: request.rootFilesystem,
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
  if (backend === 'auto' && selectBackend('auto', rootfs.labels) === 'image-builder') {
    throw new ConfigurationError(
      `${rootfs.name} is a bootc image: its disks are made by osbuild's image-builder (see docs/disk.md); set backend to builtin to use osimg's builder anyway`,
    );
  }
}

export function kernelCommandLine(
  request: Pick<DiskRequest, 'rootFilesystem' | 'kernelArgs'>,
  id: DiskIdentity,
): string {
  const mode = request.rootFilesystem === 'erofs' ? 'ro' : 'rw';
  return [
    `root=PARTUUID=${id.rootPartUuid}`,
    mode,
    `rootfstype=${request.rootFilesystem}`,
    ...request.kernelArgs,
  ].join(' ');
}

interface Layout {
  plan: DiskPlan;
  content: ContentSize;
  /** The erofs image, made before the disk because its size decides the partition's. */
  erofsFile?: string;
  neededBytes: number;
}

interface WriteContext {
  request: DiskRequest;
  deps: DiskDeps;
  rootfs: Rootfs;
  boot: BootFiles;
  id: DiskIdentity;
  cmdline: string;
  work: string;
  epoch: number;
}

/** Measures the content, makes the erofs root when asked (its size decides the partition's), plans the disk. */
async function prepareLayout(context: WriteContext): Promise<Layout> {
  const { request, deps, rootfs, boot, id, cmdline, work, epoch } = context;
  const content = measureContent(rootfs.dir);
  deps.log.info(`content: ${formatMiB(content.bytes)} in ${content.inodes} files`);
  const esp = espFiles({ boot, cmdline, title: '', bootloader: deps.bootloader }, work);
  let espContent = 0;
  for (const file of esp) espContent += (await stat(file.source).catch(() => ({ size: 4096 }))).size;
  const espBytes = Math.max(128 * MIB, alignUp(espContent * 1.25 + 16 * MIB));

  let rootBytes: number;
  let varBytes: number | undefined;
  let erofsFile: string | undefined;
  if (request.rootFilesystem === 'erofs') {
    if (request.state === 'partition') {
      await writeFstab(
        rootfs.dir,
        [`PARTUUID=${id.varPartUuid} /var ext4 defaults 0 2`, 'tmpfs /tmp tmpfs mode=1777,nosuid,nodev 0 0'],
        epoch,
      );
      const varContent = measureContent(join(rootfs.dir, 'var'));
      varBytes = request.stateSize ?? autoExt4Bytes(varContent, Math.max(request.headroom, 1));
    } else {
      await writeFstab(
        rootfs.dir,
        ['tmpfs /var tmpfs mode=0755,nosuid,nodev 0 0', 'tmpfs /tmp tmpfs mode=1777,nosuid,nodev 0 0'],
        epoch,
      );
    }
    erofsFile = join(work, 'root.erofs');
    await checkFreeSpace(work, content.blockBytes);
    await deps.erofs.make({
      output: erofsFile,
      source: rootfs.dir,
      uuid: id.rootFsUuid,
      epoch,
      excludeVarContent: request.state === 'partition',
    });
    rootBytes = (await stat(erofsFile)).size;
  } else {
    rootBytes = autoExt4Bytes(content, request.headroom);
  }
  const plan = planDisk({
    espBytes,
    rootBytes,
    varBytes,
    totalBytes: request.size,
    uuids: { esp: id.espPartUuid, root: id.rootPartUuid, var: id.varPartUuid },
  });
  // Allocated raw ≈ content + ESP files; each converted format is about as large again.
  const rawAllocated = content.blockBytes + espContent + 64 * MIB;
  const converted = request.formats.filter((format) => format !== 'raw').length;
  return { plan, content, erofsFile, neededBytes: rawAllocated * (1 + converted) };
}

/** /etc/fstab for a read-only root; /etc keeps its own times so the content stays reproducible. */
async function writeFstab(root: string, lines: readonly string[], epoch: number): Promise<void> {
  const etc = join(root, 'etc');
  const before = await stat(etc);
  const fstab = join(etc, 'fstab');
  await writeFile(fstab, `# written by osimg disk: the root is read-only\n${lines.join('\n')}\n`);
  await utimes(fstab, epoch, epoch);
  await utimes(etc, before.atime, before.mtime);
}

async function writeRaw(path: string, layout: Layout, context: WriteContext): Promise<void> {
  const { deps, id, epoch, request, rootfs } = context;
  const partition = (role: PartitionPlan['role']) =>
    layout.plan.partitions.find((part) => part.role === role)!;
  await createSparse(path, layout.plan.totalBytes);
  await deps.sfdisk.write(path, { diskId: id.diskGuid, partitions: layout.plan.partitions });
  const esp = partition('esp');
  await writeEsp(
    deps.mtools,
    { image: path, offset: esp.offset, bytes: esp.bytes, serial: id.espSerial },
    {
      boot: context.boot,
      cmdline: context.cmdline,
      title: bootTitle(rootfs, context.boot),
      bootloader: deps.bootloader,
    },
    context.work,
    epoch,
  );
  deps.log.info(`ESP: systemd-boot, ${ENTRY_PATH}, kernel ${context.boot.kernelVersion}`);
  const root = partition('root');
  if (layout.erofsFile) {
    await copyInto(layout.erofsFile, path, root.offset);
  } else {
    await makeExt4(deps, path, root, rootfs.dir, id.rootFsUuid, id.ext4HashSeed, 'root', epoch);
  }
  if (request.rootFilesystem === 'erofs' && request.state === 'partition') {
    await makeExt4(
      deps,
      path,
      partition('var'),
      join(rootfs.dir, 'var'),
      id.varFsUuid,
      id.ext4HashSeed,
      'var',
      epoch,
    );
  }
}

async function makeExt4(
  deps: DiskDeps,
  image: string,
  part: PartitionPlan,
  source: string,
  uuid: string,
  hashSeed: string,
  label: string,
  epoch: number,
): Promise<void> {
  try {
    await deps.mkfs.ext4({
      image,
      offset: part.offset,
      size: part.bytes,
      source,
      uuid,
      hashSeed,
      label,
      epoch,
    });
  } catch (error) {
    if (
      /Could not allocate block|No space left/i.test(
        String((error as { stderrTail?: string[] }).stderrTail?.join('\n') ?? ''),
      )
    ) {
      throw new ConfigurationError(
        `the ${label} filesystem does not fit in ${formatMiB(part.bytes)}: raise size (or leave it at auto)`,
        { cause: error },
      );
    }
    throw error;
  }
  const stamped = await normaliseExt4Times(image, part.offset, epoch);
  deps.log.info(`${label}: ext4, ${formatMiB(part.bytes)}, ${stamped} inodes stamped with time ${epoch}`);
}

function bootTitle(rootfs: Rootfs, boot: BootFiles): string {
  const title = rootfs.labels['org.opencontainers.image.title'] ?? 'osimg';
  return `${title} (${boot.kernelVersion})`;
}
