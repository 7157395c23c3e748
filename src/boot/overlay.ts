/**
 * The disk the VM boots: a qcow2 overlay over the artifact, so the artifact is never written (qemu opens a
 * backing file read-only). When kernel arguments must be added (the user's, and the guest facts command),
 * the boot entry is edited inside the overlay: the ESP is copied out of it, the entry rewritten with
 * mtools, and only the 64 KiB blocks that changed are written back.
 */
import { copyFile, open, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ConfigurationError } from '../errors.js';
import type { Logger } from '../log.js';
import type { Mtools } from '../tools/mtools.js';
import type { QemuImg } from '../tools/qemu-img.js';
import { ENTRIES_DIR, appendOptions, entryOptions, pickEntry } from './boot-entry.js';
import { ESP_TYPE, readGpt } from './gpt.js';

const HEAD_BYTES = 1024 * 1024;
const BLOCK = 64 * 1024;

export interface OverlayTools {
  qemuImg: QemuImg;
  mtools: Mtools;
}

export interface ThrowawayDisk {
  /** The qcow2 overlay qemu boots. */
  path: string;
  format: 'qcow2';
  /** The artifact's own format (raw, qcow2, vmdk, vpc). */
  sourceFormat: string;
  /** The boot entry's kernel command line after the edit; unset when nothing was added. */
  cmdline?: string;
  /** Why the kernel arguments could not be added (no GPT, no ESP, no single boot entry). */
  entryProblem?: string;
}

export async function prepareDisk(
  disk: string,
  addArgs: readonly string[],
  work: string,
  tools: OverlayTools,
  log: Logger,
): Promise<ThrowawayDisk> {
  const source = resolve(disk);
  const info = await tools.qemuImg.info(source).catch((error: unknown) => {
    throw new ConfigurationError(
      `cannot read the disk ${disk} (${(error as Error).message}): give a raw, qcow2, vmdk or vhd disk image`,
      { cause: error },
    );
  });
  const overlay = join(work, 'overlay.qcow2');
  await tools.qemuImg.createOverlay(source, info.format, overlay);
  const result: ThrowawayDisk = { path: overlay, format: 'qcow2', sourceFormat: info.format };
  if (addArgs.length === 0) return result;

  const headFile = join(work, 'head.raw');
  await tools.qemuImg.readRegion(overlay, 'qcow2', 0, Math.min(HEAD_BYTES, info.virtualSize), headFile);
  const partitions = readGpt(await readFile(headFile));
  if (!partitions) return { ...result, entryProblem: 'the disk has no GPT partition table' };
  const esp = partitions.find((part) => part.type === ESP_TYPE);
  if (!esp) return { ...result, entryProblem: 'the disk has no EFI system partition' };

  const espFile = join(work, 'esp.raw');
  const before = join(work, 'esp.before.raw');
  await tools.qemuImg.readRegion(overlay, 'qcow2', esp.offset, esp.bytes, espFile);
  await copyFile(espFile, before);
  const fat = { image: espFile, offset: 0 };
  const entries = await tools.mtools.list(fat, ENTRIES_DIR).catch(() => [] as string[]);
  const loaderConf = await tools.mtools.readFile(fat, '/loader/loader.conf').catch(() => undefined);
  const names = entries.map((path) => path.split('/').pop()!).filter((name) => name.length > 0);
  const entryName = pickEntry(names, loaderConf);
  if (!entryName) {
    return {
      ...result,
      entryProblem:
        names.length === 0
          ? `the ESP has no boot entries in ${ENTRIES_DIR} (only systemd-boot entries can be given kernel arguments)`
          : `the ESP has ${names.length} boot entries and loader.conf names none of them as the default`,
    };
  }
  const entryPath = `${ENTRIES_DIR}/${entryName}`;
  const edited = appendOptions(await tools.mtools.readFile(fat, entryPath), addArgs);
  const local = join(work, 'entry.conf');
  await writeFile(local, edited);
  await tools.mtools.copy(fat, local, entryPath, Math.floor(Date.now() / 1000));
  const ranges = await changedRanges(before, espFile, esp.bytes);
  for (const range of ranges) {
    await tools.qemuImg.writeRegion(
      espFile,
      range.offset,
      overlay,
      'qcow2',
      esp.offset + range.offset,
      range.bytes,
    );
  }
  log.debug(`boot entry ${entryPath}: ${ranges.length} changed block range(s) written to the overlay`);
  return { ...result, cmdline: entryOptions(edited) };
}

/** Byte ranges (in whole 64 KiB blocks, adjacent ones merged) where two files of `size` bytes differ. */
export async function changedRanges(
  a: string,
  b: string,
  size: number,
): Promise<Array<{ offset: number; bytes: number }>> {
  const ranges: Array<{ offset: number; bytes: number }> = [];
  const [fa, fb] = await Promise.all([open(a, 'r'), open(b, 'r')]);
  try {
    const chunk = 16 * BLOCK;
    const bufA = Buffer.alloc(chunk);
    const bufB = Buffer.alloc(chunk);
    for (let offset = 0; offset < size; offset += chunk) {
      const length = Math.min(chunk, size - offset);
      await Promise.all([fa.read(bufA, 0, length, offset), fb.read(bufB, 0, length, offset)]);
      for (let block = 0; block < length; block += BLOCK) {
        const end = Math.min(block + BLOCK, length);
        if (bufA.subarray(block, end).equals(bufB.subarray(block, end))) continue;
        const at = offset + block;
        const previous = ranges.at(-1);
        if (previous && previous.offset + previous.bytes === at) previous.bytes += end - block;
        else ranges.push({ offset: at, bytes: end - block });
      }
    }
  } finally {
    await Promise.all([fa.close(), fb.close()]);
  }
  return ranges;
}
