/** Reads a GPT partition table from the first bytes of a disk, to find the EFI system partition. */

export const ESP_TYPE = 'C12A7328-F81F-11D2-BA4B-00A0C93EC93B';
const SECTOR = 512;

export interface GptPartition {
  type: string;
  uuid: string;
  /** Byte offset and size. */
  offset: number;
  bytes: number;
  name: string;
}

/** Mixed-endian GUID bytes → the canonical upper-case text form. */
export function guidText(bytes: Buffer): string {
  const hex = (b: Buffer) => b.toString('hex').toUpperCase();
  const le = (start: number, end: number) => hex(Buffer.from(bytes.subarray(start, end)).reverse());
  return `${le(0, 4)}-${le(4, 6)}-${le(6, 8)}-${hex(bytes.subarray(8, 10))}-${hex(bytes.subarray(10, 16))}`;
}

/**
 * Partitions of the GPT in `head` (the disk's first bytes, enough to hold the entry array). Returns undefined
 * when there is no GPT ("EFI PART" signature at LBA 1) or the entries lie beyond `head`.
 */
export function readGpt(head: Buffer): GptPartition[] | undefined {
  if (head.length < 2 * SECTOR) return undefined;
  const header = head.subarray(SECTOR, 2 * SECTOR);
  if (header.toString('latin1', 0, 8) !== 'EFI PART') return undefined;
  const entriesLba = Number(header.readBigUInt64LE(72));
  const count = header.readUInt32LE(80);
  const size = header.readUInt32LE(84);
  if (size < 128 || count > 4096) return undefined;
  const start = entriesLba * SECTOR;
  if (start + count * size > head.length) return undefined;
  const partitions: GptPartition[] = [];
  for (let i = 0; i < count; i++) {
    const entry = head.subarray(start + i * size, start + (i + 1) * size);
    if (entry.subarray(0, 16).every((byte) => byte === 0)) continue;
    const first = Number(entry.readBigUInt64LE(32));
    const last = Number(entry.readBigUInt64LE(40));
    partitions.push({
      type: guidText(entry.subarray(0, 16)),
      uuid: guidText(entry.subarray(16, 32)),
      offset: first * SECTOR,
      bytes: (last - first + 1) * SECTOR,
      name: entry.toString('utf16le', 56, 128).replace(/\0+$/, ''),
    });
  }
  return partitions;
}
