/**
 * The raw disk itself: measure the content, make the erofs root when asked, plan the partitions (the
 * layout), then write GPT, ESP and root filesystem(s) into one sparse file.
 */
import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError } from '../errors.js';
import type { BootFiles } from './boot-files.js';
import type { DiskDeps, DiskRequest } from './builder.js';
import { autoExt4Bytes, measureContent, type ContentSize } from './content.js';
import { ENTRY_PATH, EXTRA_INITRD, espFiles, writeEsp } from './esp.js';
import { normaliseExt4Times } from './ext4-times.js';
import { FileHasher, checkFreeSpace, copyInto, createSparse } from './files.js';
import type { DiskIdentity } from './identity.js';
import { initramfsRoot } from './initramfs-root.js';
import { filesystemModuleInitrd } from './initrd-modules.js';
import { MIB, alignUp, formatMiB, planDisk, type DiskPlan, type PartitionPlan } from './layout.js';
import { watchAllocated } from './progress.js';
import { prepareReadOnlyRoot } from './read-only-root.js';
import type { Rootfs } from './rootfs.js';

export interface Layout {
  plan: DiskPlan;
  content: ContentSize;
  /** The erofs image, made before the disk because its size decides the partition's. */
  erofsFile?: string;
  /** What the raw disk will allocate, about (for the free-space check and progress). */
  rawAllocated: number;
  neededBytes: number;
}

export interface WriteContext {
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
export async function prepareLayout(context: WriteContext): Promise<Layout> {
  const { request, deps, rootfs, boot, id, cmdline, work, epoch } = context;
  const content = measureContent(rootfs.dir);
  deps.log.info(`content: ${formatMiB(content.bytes)} in ${content.inodes} files`);
  if (request.rootFilesystem === 'initramfs') {
    const root = await initramfsRoot(rootfs.dir, epoch);
    boot.initrd = join(work, 'root.cpio.gz');
    boot.extraInitrd = undefined;
    await writeFile(boot.initrd, root.archive);
    deps.log.info(`root: initramfs, ${formatMiB(root.archive.length)} (gzip'd cpio of the whole root)`);
    if (root.skipped.length > 0) deps.log.info(`left out of the initramfs: ${root.skipped.join(', ')}`);
  }
  if (request.rootFilesystem === 'erofs') {
    // The root's driver must be in the initramfs: osimg adds it as a second initrd where it is missing.
    const initrd = await filesystemModuleInitrd(rootfs.dir, boot.kernelVersion, 'erofs', epoch);
    if (initrd && !boot.initrd)
      throw new ConfigurationError(
        `kernel ${boot.kernelVersion} has erofs as a module and the image has no initramfs to load it from: install an initramfs generator (initramfs-tools, dracut) in the image, or use root-filesystem ext4`,
      );
    if (initrd) {
      boot.extraInitrd = join(work, EXTRA_INITRD);
      await writeFile(boot.extraInitrd, initrd);
      deps.log.info(`initramfs: erofs driver added as a second initrd (${formatMiB(initrd.length)})`);
    }
  }
  const esp = espFiles({ boot, cmdline, title: '', bootloader: deps.bootloader }, work);
  let espContent = 0;
  for (const file of esp) espContent += (await stat(file.source).catch(() => ({ size: 4096 }))).size;
  const espBytes = Math.max(128 * MIB, alignUp(espContent * 1.25 + 16 * MIB));

  let rootBytes: number;
  let varBytes: number | undefined;
  let erofsFile: string | undefined;
  if (request.rootFilesystem === 'erofs') {
    await prepareReadOnlyRoot(
      rootfs.dir,
      { state: request.state, etc: request.etc, varPartUuid: id.varPartUuid },
      epoch,
    );
    if (request.state === 'partition') {
      const varContent = measureContent(join(rootfs.dir, 'var'));
      varBytes = request.stateSize ?? autoExt4Bytes(varContent, Math.max(request.headroom, 1));
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
  } else if (request.rootFilesystem === 'initramfs') {
    rootBytes = 0; // the root is on the ESP, inside the initramfs
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
  // An ISO holds the ESP (with its zeros: xorriso writes it whole) and the root again.
  const converted = request.formats.filter((format) => format !== 'raw').length;
  const iso = request.formats.includes('iso') ? espBytes : 0;
  return { plan, content, erofsFile, rawAllocated, neededBytes: rawAllocated * (1 + converted) + iso };
}

export async function writeRaw(
  path: string,
  layout: Layout,
  context: WriteContext,
  hasher: FileHasher | undefined,
): Promise<void> {
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
  const root = layout.plan.partitions.find((part) => part.role === 'root');
  if (!root) return; // initramfs root: the ESP is the whole disk
  // GPT and ESP are final: hash them while the root is written (mkfs writes only inside its partition).
  const hashedHead = hasher?.advance(root.offset);
  hashedHead?.catch(() => undefined); // awaited below
  const phase = `write ${request.name}.raw`;
  const progress = deps.progress ?? (() => undefined);
  if (layout.erofsFile) {
    await copyInto(layout.erofsFile, path, root.offset, (done) =>
      progress({ phase, done, total: root.bytes }),
    );
  } else {
    // mkfs says nothing while it writes: the disk's allocated blocks against the content tell how far it is.
    await watchAllocated(path, layout.rawAllocated, phase, deps.progress, () =>
      makeExt4(deps, path, root, rootfs.dir, id.rootFsUuid, id.ext4HashSeed, 'root', epoch),
    );
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
  await hashedHead;
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

export function bootTitle(rootfs: Rootfs, boot: BootFiles): string {
  const title = rootfs.labels['org.opencontainers.image.title'] ?? 'osimg';
  return `${title} (${boot.kernelVersion})`;
}
