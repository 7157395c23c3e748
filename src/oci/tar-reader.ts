/**
 * A streaming tar reader for image layers: chunks in, entries out, one at a time, with the data of only the
 * entries the caller asks for; the rest is counted past, never held, so a 500 MB layer costs no memory.
 * Reads ustar and GNU headers (base-256 sizes, `L`/`K` long names and link names, old sparse headers),
 * pax extended headers (`path`, `linkpath`, `size`; sparse files flagged), and stops at the end-of-archive
 * blocks (what follows is ignored, as tar does).
 */
import { OsimgError } from '../errors.js';

export type TarEntryType = 'file' | 'hardlink' | 'symlink' | 'directory' | 'other';

export interface TarEntry {
  /** The name in the archive, after pax and GNU long names (e.g. "./etc/os-release", "usr/"). */
  path: string;
  type: TarEntryType;
  /** Bytes of data in the archive. */
  size: number;
  mode: number;
  /** The target of a symbolic or hard link ('' otherwise). */
  linkTarget: string;
  /** A GNU sparse file: its archived data is not the file's bytes, so it cannot be read here. */
  sparse: boolean;
}

/** Given an entry, return a receiver for its whole data, or undefined to skip it. */
export type TarEntryHandler = (entry: TarEntry) => ((data: Buffer) => void) | undefined;

const BLOCK = 512;
/** pax and GNU long-name bodies are names and numbers: anything bigger is not a sane archive. */
const MAX_META = 1024 * 1024;

const TYPES: Record<string, TarEntryType> = {
  '0': 'file',
  '\0': 'file',
  '7': 'file',
  '1': 'hardlink',
  '2': 'symlink',
  '5': 'directory',
  '3': 'other',
  '4': 'other',
  '6': 'other',
  D: 'directory', // GNU dumpdir: a directory with a listing as data
};

interface Pending {
  path?: string;
  linkTarget?: string;
  size?: number;
  sparse?: boolean;
}

export class TarReader {
  private readonly header = Buffer.alloc(BLOCK);
  private headerFill = 0;
  /** Data bytes still to come for the current entry, then the padding to the next block. */
  private remaining = 0;
  private padding = 0;
  private chunks: Buffer[] | undefined;
  private receive: ((data: Buffer) => void) | undefined;
  /** Old GNU sparse extension blocks still to come before the current entry's data. */
  private sparseBlocks = false;
  private pending: Pending = {};
  private zeroBlocks = 0;
  private done = false;
  /** Bytes of the archive read so far, for error messages. */
  private offset = 0;

  constructor(private readonly onEntry: TarEntryHandler) {}

  /** Whether the end-of-archive blocks have been read. */
  get finished(): boolean {
    return this.done;
  }

  write(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length && !this.done) {
      if (this.remaining > 0) {
        const take = Math.min(this.remaining, chunk.length - at);
        this.chunks?.push(chunk.subarray(at, at + take));
        at += take;
        this.remaining -= take;
        this.offset += take;
        if (this.remaining === 0) this.endData();
        continue;
      }
      if (this.padding > 0) {
        const take = Math.min(this.padding, chunk.length - at);
        at += take;
        this.padding -= take;
        this.offset += take;
        continue;
      }
      if (this.headerFill === 0 && chunk.length - at >= BLOCK) {
        this.block(chunk.subarray(at, at + BLOCK));
        at += BLOCK;
        continue;
      }
      const take = Math.min(BLOCK - this.headerFill, chunk.length - at);
      chunk.copy(this.header, this.headerFill, at, at + take);
      this.headerFill += take;
      at += take;
      if (this.headerFill === BLOCK) {
        this.headerFill = 0;
        this.block(this.header);
      }
    }
  }

  /** The input ended: an archive cut in the middle of an entry is an error. */
  end(): void {
    if (this.done) return;
    if (this.remaining > 0 || this.headerFill > 0 || this.sparseBlocks || hasPending(this.pending)) {
      throw this.error('the archive ends in the middle of an entry (truncated layer?)');
    }
    // No end-of-archive blocks after whole entries (or an empty input): accepted, as GNU tar does.
    this.done = true;
  }

  private error(message: string): OsimgError {
    return new OsimgError(`not a valid tar archive at byte ${this.offset}: ${message}`, {
      code: 'REGISTRY',
    });
  }

  private block(block: Buffer): void {
    this.offset += BLOCK;
    if (this.sparseBlocks) {
      // An old GNU sparse extension block (21 map entries); byte 504 says whether another follows.
      this.sparseBlocks = block[504] !== 0;
      if (!this.sparseBlocks) this.startData(this.sparseData);
      return;
    }
    if (isZero(block)) {
      if (++this.zeroBlocks >= 2) this.done = true;
      return;
    }
    this.zeroBlocks = 0;
    if (!checksumMatches(block)) {
      throw this.error(
        this.offset === BLOCK
          ? 'the first header has a wrong checksum (not a tar stream, or still compressed)'
          : 'header checksum mismatch',
      );
    }
    const flag = String.fromCharCode(block[156]!);
    const headerSize = this.number(block, 124, 12);
    if (flag === 'x' || flag === 'g' || flag === 'L' || flag === 'K') {
      this.meta(flag, headerSize);
      return;
    }
    if (flag === 'V') {
      // A volume label: not a file.
      this.startData(headerSize);
      return;
    }
    let path = this.pending.path;
    if (path === undefined) {
      const name = text(block, 0, 100);
      // Only POSIX ustar has a prefix field; GNU headers keep other data there.
      const prefix = block.toString('latin1', 257, 263) === 'ustar\0' ? text(block, 345, 155) : '';
      path = prefix ? `${prefix}/${name}` : name;
    }
    const entry: TarEntry = {
      path,
      type: flag === 'S' ? 'file' : (TYPES[flag] ?? 'file'),
      size: this.pending.size ?? headerSize,
      mode: this.number(block, 100, 8),
      linkTarget: this.pending.linkTarget ?? text(block, 157, 100),
      sparse: flag === 'S' || this.pending.sparse === true,
    };
    this.pending = {};
    this.receive = this.onEntry(entry);
    if (this.receive && entry.sparse) {
      throw new OsimgError(
        `${entry.path} is stored as a GNU sparse file in the layer, which osimg cannot read`,
        { code: 'REGISTRY' },
      );
    }
    this.chunks = this.receive ? [] : undefined;
    if (flag === 'S' && block[482] !== 0) {
      // Old GNU sparse with extension blocks: the data comes after them.
      this.sparseBlocks = true;
      this.sparseData = entry.size;
      return;
    }
    this.startData(entry.size);
  }

  /** Old GNU sparse: the size of the data that follows the extension blocks. */
  private sparseData = 0;

  private startData(size: number): void {
    this.remaining = size;
    this.padding = padding(size);
    if (size === 0) this.endData();
  }

  private endData(): void {
    const receive = this.receive;
    const chunks = this.chunks;
    this.receive = undefined;
    this.chunks = undefined;
    if (receive && chunks) receive(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
  }

  /** A pax or GNU long-name header: its data describes the next entry (a pax global header: ignored). */
  private meta(flag: string, size: number): void {
    if (size > MAX_META) throw this.error(`a "${flag}" header of ${size} bytes`);
    this.chunks = [];
    this.receive = (data) => {
      if (flag === 'L') this.pending.path = cString(data);
      else if (flag === 'K') this.pending.linkTarget = cString(data);
      else if (flag === 'x') this.pax(data);
    };
    this.startData(size);
  }

  private pax(data: Buffer): void {
    for (const [key, value] of paxRecords(data, (message) => this.error(message))) {
      if (key === 'path') this.pending.path = value;
      else if (key === 'linkpath') this.pending.linkTarget = value;
      else if (key === 'size') {
        if (!/^\d+$/.test(value)) throw this.error(`pax size "${value}" is not a number`);
        this.pending.size = Number(value);
      } else if (key.startsWith('GNU.sparse.')) {
        this.pending.sparse = true;
        if (key === 'GNU.sparse.name') this.pending.path = value;
      }
    }
  }

  /** An octal field, or GNU's base-256 form (high bit of the first byte set) for large values. */
  private number(block: Buffer, start: number, length: number): number {
    const field = block.subarray(start, start + length);
    if (field[0]! & 0x80) {
      if (field[0] === 0xff) throw this.error('a negative number in a header');
      let value = field[0]! & 0x7f;
      for (let i = 1; i < field.length; i++) value = value * 256 + field[i]!;
      if (!Number.isSafeInteger(value)) throw this.error('a number too large in a header');
      return value;
    }
    const digits = field
      .toString('latin1')
      .replace(/[\0 ]+$/, '')
      .trim();
    if (digits === '') return 0;
    if (!/^[0-7]+$/.test(digits)) throw this.error(`"${digits}" is not an octal number`);
    return parseInt(digits, 8);
  }
}

function hasPending(pending: Pending): boolean {
  return Object.keys(pending).length > 0;
}

function padding(size: number): number {
  return (BLOCK - (size % BLOCK)) % BLOCK;
}

function isZero(block: Buffer): boolean {
  for (let i = 0; i < BLOCK; i++) if (block[i] !== 0) return false;
  return true;
}

/** The header sum with the checksum field read as spaces; old tars summed signed bytes. */
function checksumMatches(header: Buffer): boolean {
  const field = header
    .toString('latin1', 148, 156)
    .replace(/[\0 ]+$/, '')
    .trim();
  if (!/^[0-7]+$/.test(field)) return false;
  const stored = parseInt(field, 8);
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const byte = i >= 148 && i < 156 ? 0x20 : header[i]!;
    unsigned += byte;
    signed += byte > 127 ? byte - 256 : byte;
  }
  return stored === unsigned || stored === signed;
}

/** A NUL-terminated (or full-width) header field. */
function text(header: Buffer, start: number, length: number): string {
  const field = header.subarray(start, start + length);
  const nul = field.indexOf(0);
  return field.toString('utf8', 0, nul === -1 ? length : nul);
}

function cString(data: Buffer): string {
  const nul = data.indexOf(0);
  return data.toString('utf8', 0, nul === -1 ? data.length : nul);
}

/** pax records: "<length> <key>=<value>\n", the length in bytes counting the whole record. */
export function paxRecords(data: Buffer, error: (message: string) => Error): Array<[string, string]> {
  const records: Array<[string, string]> = [];
  let at = 0;
  while (at < data.length) {
    if (data[at] === 0) break; // NUL padding after the last record
    const space = data.indexOf(0x20, at);
    const length = space === -1 ? NaN : Number(data.toString('latin1', at, space));
    if (!Number.isInteger(length) || length <= space - at + 1 || at + length > data.length) {
      throw error('a malformed pax record');
    }
    const record = data.toString('utf8', space + 1, at + length - 1);
    const equals = record.indexOf('=');
    if (equals <= 0 || data[at + length - 1] !== 0x0a) throw error('a malformed pax record');
    records.push([record.slice(0, equals), record.slice(equals + 1)]);
    at += length;
  }
  return records;
}
