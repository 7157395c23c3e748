/**
 * Every identifier a disk carries (disk GUID, PARTUUIDs, filesystem UUIDs, the ext4 hash seed, the FAT
 * serial) derived from the image digest and the disk options by hashing: the same image and options give
 * the same disk, byte for byte, and different ones never collide by accident.
 */
import { createHash } from 'node:crypto';

export interface DiskIdentity {
  diskGuid: string;
  espPartUuid: string;
  rootPartUuid: string;
  varPartUuid: string;
  rootFsUuid: string;
  varFsUuid: string;
  ext4HashSeed: string;
  /** FAT volume serial, 8 hex digits. */
  espSerial: string;
}

function digestOf(seed: string, purpose: string): Buffer {
  return createHash('sha256').update(`osimg-disk\0${seed}\0${purpose}`).digest();
}

/** A version-4-shaped UUID (RFC 9562 bits set) from hashed bytes, lower case. */
export function uuidFrom(seed: string, purpose: string): string {
  const bytes = digestOf(seed, purpose).subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** `seed` names the content: the image digest plus everything that changes the disk (see builder). */
export function deriveIdentity(seed: string): DiskIdentity {
  return {
    diskGuid: uuidFrom(seed, 'disk'),
    espPartUuid: uuidFrom(seed, 'esp-partition'),
    rootPartUuid: uuidFrom(seed, 'root-partition'),
    varPartUuid: uuidFrom(seed, 'var-partition'),
    rootFsUuid: uuidFrom(seed, 'root-filesystem'),
    varFsUuid: uuidFrom(seed, 'var-filesystem'),
    ext4HashSeed: uuidFrom(seed, 'ext4-hash-seed'),
    espSerial: digestOf(seed, 'esp-serial').subarray(0, 4).toString('hex'),
  };
}
