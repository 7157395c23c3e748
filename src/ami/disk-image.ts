/**
 * What kind of disk file publish-ami was given, and its partition table, read natively: format by magic
 * bytes (raw, fixed or dynamic VHD, VMDK, qcow2, VHDX), the protective/legacy MBR, and the GPT header and
 * entries with their CRC32s checked.
 */
import { open, stat } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { ConfigurationError } from '../errors.js';

export type DiskFormat = 'raw' | 'vhd-fixed' | 'vhd-dynamic' | 'vmdk' | 'qcow2' | 'vhdx';

export interface DiskFile {
  path: string;
  format: DiskFormat;
  /** Bytes of the file. */
  size: number;
  /** For raw and fixed VHD: where the raw disk bytes are inside the file. */
  raw?: { start: number; length: number };
}

async function readAt(path: string, position: number, length: number): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await file.read(buffer, 0, length, position);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

/** Identifies `path`; a missing or empty file is the user's to fix. */
export async function inspectDiskFile(path: string, name = 'disk'): Promise<DiskFile> {
  const info = await stat(path).catch(() => undefined);
  if (!info)
    throw new ConfigurationError(`${name}: ${path} does not exist; pass the raw disk osimg disk wrote`);
  if (!info.isFile() && !info.isBlockDevice())
    throw new ConfigurationError(`${name}: ${path} is not a file; pass a raw, vmdk or vhd disk file`);
  const tooSmall = () =>
    new ConfigurationError(`${name}: ${path} is ${info.size} bytes, too small to be a bootable disk`);
  if (info.size < 1024) throw tooSmall();
  const head = await readAt(path, 0, 512);
  const tail = await readAt(path, info.size - 512, 512);
  const ascii = (buffer: Buffer, end: number) => buffer.subarray(0, end).toString('latin1');
  let format: DiskFormat = 'raw';
  if (ascii(head, 4) === 'QFI\xfb') format = 'qcow2';
  else if (ascii(head, 4) === 'KDMV' || ascii(head, 21) === '# Disk DescriptorFile') format = 'vmdk';
  else if (ascii(head, 8) === 'vhdxfile') format = 'vhdx';
  else if (ascii(head, 8) === 'conectix') format = 'vhd-dynamic';
  else if (ascii(tail, 8) === 'conectix') format = tail.readUInt32BE(60) === 2 ? 'vhd-fixed' : 'vhd-dynamic';
  // A compressed vmdk can be small; a raw disk cannot hold a partition table and a root in under 1 MiB.
  if (format === 'raw' && info.size < 1024 * 1024) throw tooSmall();
  const raw =
    format === 'raw'
      ? { start: 0, length: info.size }
      : format === 'vhd-fixed'
        ? { start: 0, length: info.size - 512 }
        : undefined;
  return { path, format, size: info.size, raw };
}

/** GPT partition type GUIDs osimg cares about (UEFI spec; Discoverable Partitions Specification). */
export const GPT_TYPES = {
  esp: 'C12A7328-F81F-11D2-BA4B-00A0C93EC93B',
  biosBoot: '21686148-6449-6E6F-744E-656564454649',
  linuxData: '0FC63DAF-8483-4772-8E79-3D69D8477DE4',
  rootX86_64: '4F68BCE3-E8CD-4DB1-96E7-FBCAF984B709',
  rootArm64: 'B921B045-1DF0-41C3-AF44-4C6F280D3FAE',
  usrX86_64: '8484680C-9521-48C6-9C11-B0720656F69E',
  usrArm64: 'B0E01050-EE5F-4390-949A-9101B17104E9',
  var: '4D21B016-B534-45C2-A9FB-5C16E091FD2D',
} as const;

export interface Partition {
  number: number;
  type: string;
  name: string;
  /** Byte offset and length. */
  offset: number;
  bytes: number;
}

export interface PartitionTable {
  kind: 'gpt' | 'mbr' | 'none';
  partitions: Partition[];
  /** The MBR's first 440 bytes hold code (a BIOS boot loader is installed). */
  biosBootCode: boolean;
  /** Why a GPT-looking disk was not accepted (bad CRC, truncated), for the error message. */
  problem?: string;
}

const SECTOR = 512;

/** A GUID as stored on disk (first three fields little-endian) → canonical upper-case text. */
export function guidFromBytes(bytes: Buffer): string {
  const hex = (buffer: Buffer) => buffer.toString('hex');
  const le = (start: number, end: number) => hex(Buffer.from(bytes.subarray(start, end)).reverse());
  return `${le(0, 4)}-${le(4, 6)}-${le(6, 8)}-${hex(bytes.subarray(8, 10))}-${hex(bytes.subarray(10, 16))}`.toUpperCase();
}

/** Reads the partition table of the raw disk bytes at `range` of `path`. */
export async function readPartitionTable(
  path: string,
  range: { start: number; length: number },
): Promise<PartitionTable> {
  const mbr = await readAt(path, range.start, SECTOR);
  const biosBootCode = mbr.subarray(0, 440).some((byte) => byte !== 0);
  const hasSignature = mbr.length === SECTOR && mbr.readUInt16LE(510) === 0xaa55;
  const mbrEntries = hasSignature
    ? [0, 1, 2, 3].map((i) => {
        const entry = mbr.subarray(446 + i * 16, 462 + i * 16);
        return { type: entry[4]!, lba: entry.readUInt32LE(8), sectors: entry.readUInt32LE(12) };
      })
    : [];
  const protective = mbrEntries.some((entry) => entry.type === 0xee);
  const header = await readAt(path, range.start + SECTOR, SECTOR);
  if (header.subarray(0, 8).toString('latin1') === 'EFI PART') {
    const gpt = await parseGpt(path, range, header);
    if (typeof gpt !== 'string') return { kind: 'gpt', partitions: gpt, biosBootCode };
    return { kind: 'none', partitions: [], biosBootCode, problem: gpt };
  }
  if (hasSignature && !protective) {
    const partitions = mbrEntries
      .map((entry, i) => ({
        number: i + 1,
        type: entry.type.toString(16).padStart(2, '0'),
        name: '',
        offset: entry.lba * SECTOR,
        bytes: entry.sectors * SECTOR,
      }))
      .filter((part) => part.type !== '00' && part.bytes > 0);
    if (partitions.length > 0) return { kind: 'mbr', partitions, biosBootCode };
  }
  return {
    kind: 'none',
    partitions: [],
    biosBootCode,
    problem: protective ? 'a protective MBR but no GPT header' : undefined,
  };
}

/** The partitions of a GPT, or a sentence saying why the header or the entries are not valid. */
async function parseGpt(
  path: string,
  range: { start: number; length: number },
  header: Buffer,
): Promise<Partition[] | string> {
  const headerSize = header.readUInt32LE(12);
  if (headerSize < 92 || headerSize > SECTOR) return `a GPT header of impossible size ${headerSize}`;
  const copy = Buffer.from(header.subarray(0, headerSize));
  const storedCrc = copy.readUInt32LE(16);
  copy.writeUInt32LE(0, 16);
  if (crc32(copy) !== storedCrc) return 'a GPT header whose CRC32 does not match (a damaged table)';
  const entriesLba = Number(header.readBigUInt64LE(72));
  const count = header.readUInt32LE(80);
  const entrySize = header.readUInt32LE(84);
  if (entrySize < 128 || count > 1024) return 'a GPT header with impossible entry sizes';
  const entries = await readAt(path, range.start + entriesLba * SECTOR, count * entrySize);
  if (entries.length < count * entrySize)
    return 'a GPT whose partition entries lie beyond the end of the disk';
  if (crc32(entries) !== header.readUInt32LE(88)) return 'GPT partition entries whose CRC32 does not match';
  const partitions: Partition[] = [];
  for (let i = 0; i < count; i++) {
    const entry = entries.subarray(i * entrySize, (i + 1) * entrySize);
    if (entry.subarray(0, 16).every((byte) => byte === 0)) continue;
    const first = Number(entry.readBigUInt64LE(32));
    const last = Number(entry.readBigUInt64LE(40));
    const name = entry.subarray(56, 128).toString('utf16le').replace(/\0.*$/s, '');
    partitions.push({
      number: i + 1,
      type: guidFromBytes(entry.subarray(0, 16)),
      name,
      offset: first * SECTOR,
      bytes: (last - first + 1) * SECTOR,
    });
  }
  return partitions;
}

export type FilesystemKind = 'ext4' | 'erofs' | 'xfs' | 'btrfs' | 'squashfs' | 'vfat' | 'unknown';

/** The filesystem at `offset` of `path`, by its superblock magic. */
export async function detectFilesystem(path: string, offset: number): Promise<FilesystemKind> {
  const head = await readAt(path, offset, 2048);
  if (head.length >= 1082 && head.readUInt16LE(1080) === 0xef53) return 'ext4';
  if (head.length >= 1028 && head.readUInt32LE(1024) === 0xe0f5e1e2) return 'erofs';
  if (head.subarray(0, 4).toString('latin1') === 'XFSB') return 'xfs';
  if (head.subarray(0, 4).toString('latin1') === 'hsqs') return 'squashfs';
  if (head.length >= 512 && /FAT(12|16|32)/.test(head.subarray(0, 90).toString('latin1'))) return 'vfat';
  const btrfs = await readAt(path, offset + 0x10040, 8);
  if (btrfs.toString('latin1') === '_BHRfS_M') return 'btrfs';
  return 'unknown';
}
