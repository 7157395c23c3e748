/**
 * The disk's geometry, as pure arithmetic: a GPT with an EFI system partition, a root partition and an
 * optional /var partition, every partition aligned to 1 MiB, and room for the backup GPT at the end.
 */
import { ConfigurationError } from '../errors.js';
import type { GptPartition } from '../tools/sfdisk.js';

export const MIB = 1024 * 1024;
export const SECTOR = 512;

/** Partition type GUIDs (UEFI spec; Discoverable Partitions Specification for root and /var on x86-64). */
export const PARTITION_TYPES = {
  esp: 'C12A7328-F81F-11D2-BA4B-00A0C93EC93B',
  rootX86_64: '4F68BCE3-E8CD-4DB1-96E7-FBCAF984B709',
  var: '4D21B016-B534-45C2-A9FB-5C16E091FD2D',
} as const;

export interface PartitionPlan extends GptPartition {
  role: 'esp' | 'root' | 'var';
  /** Byte offset and length, for the filesystem makers. */
  offset: number;
  bytes: number;
}

export interface DiskPlan {
  totalBytes: number;
  partitions: PartitionPlan[];
}

export function alignUp(bytes: number, to = MIB): number {
  return Math.ceil(bytes / to) * to;
}

export interface PlanInput {
  espBytes: number;
  rootBytes: number;
  varBytes?: number;
  /** A fixed total size; the root partition grows to fill it. */
  totalBytes?: number;
  uuids: { esp: string; root: string; var: string };
}

/** 1 MiB before the first partition (primary GPT), 1 MiB after the last (backup GPT). */
export function planDisk(input: PlanInput): DiskPlan {
  const esp = alignUp(input.espBytes);
  const vars = input.varBytes === undefined ? 0 : alignUp(input.varBytes);
  let root = alignUp(input.rootBytes);
  const minimum = MIB + esp + root + vars + MIB;
  let total = minimum;
  if (input.totalBytes !== undefined) {
    total = Math.floor(input.totalBytes / MIB) * MIB;
    if (total < minimum) {
      throw new ConfigurationError(
        `the disk size ${formatMiB(input.totalBytes)} is too small for this image: it needs at least ${formatMiB(minimum)}; raise size or use size: auto`,
      );
    }
    root = total - MIB - esp - vars - MIB;
  }
  const partitions: PartitionPlan[] = [];
  let offset = MIB;
  const add = (role: PartitionPlan['role'], bytes: number, type: string, uuid: string, name: string) => {
    partitions.push({ role, offset, bytes, start: offset / SECTOR, size: bytes / SECTOR, type, uuid, name });
    offset += bytes;
  };
  add('esp', esp, PARTITION_TYPES.esp, input.uuids.esp, 'ESP');
  // No root partition when the root travels in the initramfs on the ESP.
  if (root > 0) add('root', root, PARTITION_TYPES.rootX86_64, input.uuids.root, 'root');
  if (vars > 0) add('var', vars, PARTITION_TYPES.var, input.uuids.var, 'var');
  return { totalBytes: total, partitions };
}

export function formatMiB(bytes: number): string {
  return bytes >= 1024 * MIB ? `${(bytes / (1024 * MIB)).toFixed(1)} GiB` : `${Math.ceil(bytes / MIB)} MiB`;
}

/** "8G", "512M", "1073741824" → bytes. */
export function parseSize(text: string, name: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([KMGT]i?B?)?$/i.exec(text.trim());
  if (!match)
    throw new ConfigurationError(`${name} must be auto or a size such as 8G or 512M, not "${text}"`);
  const unit = (match[2] ?? '').toUpperCase().charAt(0);
  const factor = { '': 1, K: 1024, M: MIB, G: 1024 * MIB, T: 1024 * 1024 * MIB }[unit] ?? 1;
  return Math.floor(Number(match[1]) * factor);
}
