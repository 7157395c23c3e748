/**
 * Makes an ext4 filesystem made by `mkfs.ext4 -d` reproducible. mke2fs copies every file's atime and ctime
 * from the source directory, and a ctime is whenever the file was unpacked: never the same twice. This
 * pass rewrites atime and ctime of every inode in use to one fixed time (mtime, the image's own, is kept)
 * and recomputes the inode checksums. Only inode tables are touched; `e2fsck -f` checks the result in tests.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { OsimgError } from '../errors.js';
import { crc32cRaw } from './crc32c.js';

const SUPERBLOCK = 1024;
const EXT4_MAGIC = 0xef53;
const INCOMPAT_64BIT = 0x80;
const INCOMPAT_CSUM_SEED = 0x2000;
const RO_COMPAT_GDT_CSUM = 0x10;
const RO_COMPAT_METADATA_CSUM = 0x400;
const BG_INODE_UNINIT = 0x1;

interface Geometry {
  blockSize: number;
  groups: number;
  inodesPerGroup: number;
  inodeSize: number;
  descSize: number;
  descTable: number;
  is64: boolean;
  /** Uninitialised inode table tails are marked per group (gdt_csum or metadata_csum). */
  itableUnused: boolean;
  csumSeed?: number;
}

async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await file.read(buffer, 0, length, position);
  if (bytesRead !== length) throw new OsimgError(`the ext4 filesystem is truncated at byte ${position}`);
  return buffer;
}

function geometry(sb: Buffer): Geometry {
  if (sb.readUInt16LE(0x38) !== EXT4_MAGIC)
    throw new OsimgError('not an ext4 filesystem (bad superblock magic)');
  const blockSize = 1024 << sb.readUInt32LE(0x18);
  const incompat = sb.readUInt32LE(0x60);
  const roCompat = sb.readUInt32LE(0x64);
  const is64 = (incompat & INCOMPAT_64BIT) !== 0;
  const blocks = sb.readUInt32LE(0x04) + (is64 ? sb.readUInt32LE(0x150) * 2 ** 32 : 0);
  const firstDataBlock = sb.readUInt32LE(0x14);
  const blocksPerGroup = sb.readUInt32LE(0x20);
  const metadataCsum = (roCompat & RO_COMPAT_METADATA_CSUM) !== 0;
  let csumSeed: number | undefined;
  if (metadataCsum) {
    csumSeed =
      incompat & INCOMPAT_CSUM_SEED ? sb.readUInt32LE(0x270) : crc32cRaw(0xffffffff, sb.subarray(0x68, 0x78));
  }
  return {
    blockSize,
    groups: Math.ceil((blocks - firstDataBlock) / blocksPerGroup),
    inodesPerGroup: sb.readUInt32LE(0x28),
    inodeSize: sb.readUInt16LE(0x58),
    descSize: is64 ? sb.readUInt16LE(0xfe) : 32,
    descTable: (firstDataBlock + 1) * blockSize,
    is64,
    itableUnused: metadataCsum || (roCompat & RO_COMPAT_GDT_CSUM) !== 0,
    csumSeed,
  };
}

/** Sets atime and ctime of one inode and refreshes its checksum. */
function stampInode(inode: Buffer, inodeNumber: number, epoch: number, geo: Geometry): void {
  inode.writeUInt32LE(epoch, 0x08); // i_atime
  inode.writeUInt32LE(epoch, 0x0c); // i_ctime
  const extra = geo.inodeSize > 128 ? inode.readUInt16LE(0x80) : 0;
  if (extra >= 8) inode.writeUInt32LE(0, 0x84); // i_ctime_extra
  if (extra >= 16) inode.writeUInt32LE(0, 0x8c); // i_atime_extra
  if (geo.csumSeed === undefined) return;
  const hasHi = extra >= 4;
  inode.writeUInt16LE(0, 0x7c);
  if (hasHi) inode.writeUInt16LE(0, 0x82);
  const numbers = Buffer.alloc(8);
  numbers.writeUInt32LE(inodeNumber, 0);
  numbers.writeUInt32LE(inode.readUInt32LE(0x64), 4); // i_generation
  const crc = crc32cRaw(geo.csumSeed, numbers.subarray(0, 4));
  const csum = crc32cRaw(crc32cRaw(crc, numbers.subarray(4, 8)), inode);
  inode.writeUInt16LE(csum & 0xffff, 0x7c);
  if (hasHi) inode.writeUInt16LE(csum >>> 16, 0x82);
}

/**
 * Rewrites atime and ctime of every inode in use in the ext4 filesystem at `offset` in `image`.
 * Returns how many inodes it stamped.
 */
export async function normaliseExt4Times(image: string, offset: number, epoch: number): Promise<number> {
  const file = await open(image, 'r+');
  try {
    const geo = geometry(await readAt(file, offset + SUPERBLOCK, 1024));
    const descriptors = await readAt(file, offset + geo.descTable, geo.groups * geo.descSize);
    let stamped = 0;
    for (let group = 0; group < geo.groups; group++) {
      const desc = descriptors.subarray(group * geo.descSize, (group + 1) * geo.descSize);
      if (geo.itableUnused && desc.readUInt16LE(0x12) & BG_INODE_UNINIT) continue;
      const unused = geo.itableUnused
        ? desc.readUInt16LE(0x1c) + (geo.is64 && geo.descSize >= 64 ? desc.readUInt16LE(0x32) * 65536 : 0)
        : 0;
      const count = geo.inodesPerGroup - unused;
      if (count <= 0) continue;
      const tableBlock =
        desc.readUInt32LE(0x08) + (geo.is64 && geo.descSize >= 64 ? desc.readUInt32LE(0x28) * 2 ** 32 : 0);
      const position = offset + tableBlock * geo.blockSize;
      const table = await readAt(file, position, count * geo.inodeSize);
      let changed = false;
      for (let index = 0; index < count; index++) {
        const inode = table.subarray(index * geo.inodeSize, (index + 1) * geo.inodeSize);
        if (inode.readUInt16LE(0x00) === 0 && inode.readUInt16LE(0x1a) === 0) continue; // never used
        stampInode(inode, group * geo.inodesPerGroup + index + 1, epoch, geo);
        stamped++;
        changed = true;
      }
      if (changed) await file.write(table, 0, table.length, position);
    }
    return stamped;
  } finally {
    await file.close();
  }
}
