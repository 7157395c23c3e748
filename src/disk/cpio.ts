/**
 * A minimal writer for the "newc" cpio format the Linux kernel unpacks as an initramfs: directories,
 * regular files and symlinks, root-owned, one fixed time, inode numbers in order — so the same input
 * gives the same bytes.
 */

export interface CpioEntry {
  /** Path inside the archive, without a leading slash. */
  name: string;
  type: 'dir' | 'file' | 'symlink';
  /** Permission bits (e.g. 0o755). */
  mode: number;
  /** File content, or the link target. */
  data?: Buffer;
}

const TYPE_BITS = { dir: 0o040000, file: 0o100000, symlink: 0o120000 } as const;

function pad4(length: number): Buffer {
  return Buffer.alloc((4 - (length % 4)) % 4);
}

function header(fields: number[], name: string): Buffer {
  const hex = fields.map((value) => value.toString(16).padStart(8, '0')).join('');
  const nameBytes = Buffer.from(`${name}\0`);
  const head = Buffer.from(`070701${hex}`);
  return Buffer.concat([head, nameBytes, pad4(head.length + nameBytes.length)]);
}

export function cpioNewc(entries: readonly CpioEntry[], mtime: number): Buffer {
  const parts: Buffer[] = [];
  let inode = 1;
  const add = (name: string, mode: number, data: Buffer, nlink: number) => {
    const nameSize = Buffer.byteLength(name) + 1;
    // ino mode uid gid nlink mtime filesize devmajor devminor rdevmajor rdevminor namesize check
    parts.push(header([inode++, mode, 0, 0, nlink, mtime, data.length, 0, 0, 0, 0, nameSize, 0], name));
    parts.push(data, pad4(data.length));
  };
  for (const entry of entries) {
    if (entry.name.startsWith('/') || entry.name.length === 0)
      throw new Error(`cpio entry names are relative: "${entry.name}"`);
    const data = entry.type === 'dir' ? Buffer.alloc(0) : (entry.data ?? Buffer.alloc(0));
    add(entry.name, TYPE_BITS[entry.type] | (entry.mode & 0o7777), data, entry.type === 'dir' ? 2 : 1);
  }
  inode = 0;
  add('TRAILER!!!', 0, Buffer.alloc(0), 1);
  return Buffer.concat(parts);
}
