/**
 * The ISO output: a hybrid ISO 9660 image made by xorriso from the parts of the raw disk.
 *
 * - EFI El Torito boot: the boot image is the disk's EFI system partition (systemd-boot, the entry, the
 *   kernel and initramfs) as a file in the ISO 9660 tree, so firmware booting the file as a CD starts the
 *   same loader;
 * - a GPT in which that ESP file is a partition and the read-only (erofs) root, appended after the ISO
 *   volume, another one whose PARTUUID is the raw disk's root PARTUUID: the ESP's entry
 *   (`root=PARTUUID=…`) finds it unchanged when the ISO is written to a USB stick or attached as a disk.
 *   xorriso derives partition GUIDs from the disk GUID by flipping byte 9 with the GPT entry number, and
 *   the entry number depends on the gaps it fills: osimg writes with the usual number, reads the table,
 *   and writes once more with the right disk GUID when the root landed elsewhere.
 *
 * Attached as a CD-ROM (sr0), firmware boots the ESP from El Torito and the kernel starts, but Linux does
 * not read partition tables on CD-ROM drives: the root is not found there (docs/disk.md, "ISO").
 */
import { mkdir, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OsimgError } from '../errors.js';
import type { ReadTable, Sfdisk } from '../tools/sfdisk.js';
import type { Xorriso } from '../tools/xorriso.js';
import { copyRangeOut } from './files.js';
import { PARTITION_TYPES, type PartitionPlan } from './layout.js';

/** The GPT entry xorriso gives the appended root in osimg's layout: Gap0, ESP, Gap1, root, Gap2. */
export const ISO_ROOT_ENTRY = 4;

/** The GPT disk GUID for which xorriso gives GPT entry `partition` the GUID `partUuid`. */
export function isoDiskGuid(partUuid: string, partition = ISO_ROOT_ENTRY): string {
  const hex = partUuid.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error(`not a GUID: ${partUuid}`);
  // Text form byte 9 (the second byte of the fourth group) is stored as is: no endianness to undo.
  const byte9 = (parseInt(hex.slice(18, 20), 16) ^ partition).toString(16).padStart(2, '0');
  const out = `${hex.slice(0, 18)}${byte9}${hex.slice(20)}`;
  return `${out.slice(0, 8)}-${out.slice(8, 12)}-${out.slice(12, 16)}-${out.slice(16, 20)}-${out.slice(20)}`;
}

/** ISO 9660 volume label from the image title: upper case, digits and _, at most 32 characters. */
export function isoLabel(title: string): string {
  const label = title
    .toUpperCase()
    .replace(/[^A-Z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 32);
  return label || 'OSIMG';
}

export interface IsoParts {
  /** The complete raw disk (its ESP is copied out). */
  raw: string;
  esp: PartitionPlan;
  /** The erofs root image. */
  rootImage: string;
  rootPartUuid: string;
  label: string;
  readme: string;
  epoch: number;
  work: string;
}

export async function writeIso(
  target: string,
  parts: IsoParts,
  tools: { xorriso: Xorriso; sfdisk: Sfdisk },
  onPercent?: (percent: number) => void,
): Promise<void> {
  const tree = join(parts.work, 'iso-tree');
  await mkdir(join(tree, 'boot'), { recursive: true });
  await copyRangeOut(parts.raw, parts.esp.offset, parts.esp.bytes, join(tree, ESP_PATH));
  await writeFile(join(tree, 'README.TXT'), parts.readme);
  for (const path of [ESP_PATH, 'README.TXT', 'boot', '.'])
    await utimes(join(tree, path), parts.epoch, parts.epoch);
  const write = async (entry: number) => {
    await rm(target, { force: true });
    await tools.xorriso.writeHybrid(
      {
        output: target,
        tree,
        label: parts.label,
        espPath: ESP_PATH,
        root: parts.rootImage,
        rootType: PARTITION_TYPES.rootX86_64,
        diskGuid: isoDiskGuid(parts.rootPartUuid, entry),
        epoch: parts.epoch,
      },
      onPercent,
    );
    return rootEntry(await tools.sfdisk.read(target));
  };
  let root = await write(ISO_ROOT_ENTRY);
  if (root.uuid !== parts.rootPartUuid.toLowerCase() && root.entry !== ISO_ROOT_ENTRY)
    root = await write(root.entry);
  if (root.uuid !== parts.rootPartUuid.toLowerCase()) {
    throw new OsimgError(
      `xorriso gave the ISO's root partition the GUID ${root.uuid || '(none)'} instead of ${parts.rootPartUuid}: this xorriso derives partition GUIDs differently; please report it with \`xorriso -version\``,
    );
  }
}

/** The ESP image inside the ISO 9660 tree. */
export const ESP_PATH = 'boot/efi.img';

function rootEntry(table: ReadTable): { entry: number; uuid: string } {
  const root = table.partitions.find((part) => part.type.toUpperCase() === PARTITION_TYPES.rootX86_64);
  if (!root) return { entry: 0, uuid: '' };
  return { entry: Number(/(\d+)$/.exec(root.node)?.[1] ?? 0), uuid: root.uuid.toLowerCase() };
}
