/**
 * The streaming tar reader on archives GNU tar writes (gnu, pax and ustar formats: long names, long link
 * targets, symbolic and hard links, whiteout names, directories, sparse files), fed in chunks of every
 * awkward size, against what `tar --list` says is in them; and malformed input, which must fail with one
 * clear OsimgError, never a crash.
 */
import fc from 'fast-check';
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { OsimgError } from '../../../src/errors.js';
import { TarReader, type TarEntry } from '../../../src/oci/tar-reader.js';
import { exec } from '../../../src/tools/exec.js';
import { inChunks, tarOf, type TreeSpec } from './tar-files.js';

const LONG_DIR = `usr/share/doc/${'a-package-with-a-long-name-'.repeat(5)}x`;
const LONGER_DIR = `${LONG_DIR}/${'sub-directory-'.repeat(12)}y`; // > 255 bytes: beyond ustar's prefix
const BIG = Buffer.alloc(300_000, 'big file ');

const SPEC: TreeSpec = {
  'etc/os-release': { symlink: '../usr/lib/os-release' },
  'usr/lib/os-release': 'ID=debian\nVERSION_ID="12"\n',
  [`${LONG_DIR}/copyright`]: 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n',
  [`${LONG_DIR}/link-to-copyright`]: { hardlink: `${LONG_DIR}/copyright` },
  [`${LONGER_DIR}/status`]: 'Package: deep\n',
  [`usr/share/doc/short/${'l'.repeat(120)}`]: { symlink: `${LONGER_DIR}/status` },
  'var/lib/dpkg/.wh.status-old': '',
  'var/lib/apt/lists/.wh..wh..opq': '',
  'var/cache/empty': { directory: true },
  'big.bin': BIG,
};

interface Read {
  entry: TarEntry;
  data?: Buffer;
}

/** Every entry of `archive`, fed in `chunk`-byte pieces, with the data of those `want` picks. */
function readAll(archive: Buffer, chunk: number, want: (entry: TarEntry) => boolean = () => true): Read[] {
  const read: Read[] = [];
  const reader = new TarReader((entry) => {
    const item: Read = { entry };
    read.push(item);
    return want(entry) ? (data) => (item.data = data) : undefined;
  });
  inChunks(archive, chunk, (piece) => reader.write(piece));
  reader.end();
  expect(reader.finished).toBe(true);
  return read;
}

/** `tar --list --verbose` of an archive: "type path[ -> target | link to target]" as GNU tar sees it. */
async function listed(archive: Buffer): Promise<string[]> {
  const { stdout } = await exec('tar', ['--list', '--verbose', '--numeric-owner', '--file=-'], {
    input: archive,
  });
  return stdout
    .trim()
    .split('\n')
    .map((line) => {
      const match = /^(\S)\S+\s+\S+\s+\d+\s+\S+\s+\S+\s+(.*)$/.exec(line)!;
      const kind = match[1]!;
      const rest = match[2]!;
      if (kind === 'l') return `symlink ${rest.replace(' -> ', ' → ')}`;
      if (rest.includes(' link to ')) return `hardlink ${rest.replace(' link to ', ' → ')}`;
      return `${kind === 'd' ? 'directory' : 'file'} ${rest}`;
    })
    .sort();
}

const describeEntry = ({ entry }: Read) =>
  entry.type === 'symlink' || entry.type === 'hardlink'
    ? `${entry.type} ${entry.path} → ${entry.linkTarget}`
    : `${entry.type} ${entry.path}`;

describe('TarReader on GNU tar archives', () => {
  for (const format of ['gnu', 'pax'] as const) {
    it(`reads every entry of a ${format} archive as tar lists them, in any chunking`, async () => {
      const archive = await tarOf(SPEC, { format });
      const expected = await listed(archive);
      expect(expected.some((line) => line.includes(LONGER_DIR))).toBe(true);
      for (const chunk of [1, 7, 511, 512, 513, 4096, 65_536, archive.length]) {
        const read = readAll(archive, chunk);
        expect(read.map(describeEntry).sort(), `chunks of ${chunk}`).toEqual(expected);
        expect(read.find((item) => item.entry.path === './big.bin')?.data?.equals(BIG)).toBe(true);
        expect(read.find((item) => item.entry.path === './usr/lib/os-release')?.data?.toString()).toBe(
          'ID=debian\nVERSION_ID="12"\n',
        );
      }
    });
  }

  it('reads ustar names split into prefix and name', async () => {
    // Over 100 bytes, in components short enough for ustar to split the path at a slash.
    const spec: TreeSpec = {
      [`usr/share/doc/${'segment-0123456789/'.repeat(8)}copyright`]: 'text',
      'a/b': 'b',
    };
    const archive = await tarOf(spec, { format: 'ustar' });
    const read = readAll(archive, 100);
    expect(read.map(describeEntry).sort()).toEqual(await listed(archive));
    expect(read.find((item) => item.entry.path.endsWith('/copyright'))?.data?.toString()).toBe('text');
  });

  it('hands out only the data asked for, and hard links and symlinks with their targets', async () => {
    const archive = await tarOf(SPEC, { format: 'gnu' });
    const read = readAll(archive, 1000, (entry) => entry.path.endsWith('os-release'));
    expect(read.filter((item) => item.data).map((item) => item.entry.path)).toEqual([
      './etc/os-release',
      './usr/lib/os-release',
    ]);
    expect(read.find((item) => item.entry.path === './etc/os-release')?.data?.length).toBe(0);
    const hardlink = read.find((item) => item.entry.type === 'hardlink')!.entry;
    expect(hardlink.path).toBe(`./${LONG_DIR}/link-to-copyright`);
    expect(hardlink.linkTarget).toBe(`./${LONG_DIR}/copyright`);
  });

  it('skips GNU sparse files (old and pax formats) and refuses to read one', async () => {
    const spec: TreeSpec = {
      'a/sparse.img': { sparse: 2 * 1024 * 1024, data: { 0: 'start', [2 * 1024 * 1024 - 3]: 'end' } },
      'z/after': 'after',
    };
    for (const options of [
      { format: 'gnu' as const, args: ['--sparse'] },
      { format: 'pax' as const, args: ['--sparse'] },
    ]) {
      const archive = await tarOf(spec, options);
      const read = readAll(archive, 333, (entry) => entry.path.endsWith('after'));
      expect(read.find((item) => item.entry.path.endsWith('sparse.img'))?.entry.sparse).toBe(true);
      expect(read.find((item) => item.entry.path === './z/after')?.data?.toString()).toBe('after');
      expect(() => readAll(archive, 4096, (entry) => entry.path.endsWith('sparse.img'))).toThrow(
        /sparse file/,
      );
    }
  });

  it('reads a base-256 size field (GNU, for files of 8 GiB and more)', async () => {
    const archive = Buffer.from(await tarOf({ f: 'hello' }, { format: 'gnu' }));
    const header = archive.indexOf('./f\0') === -1 ? 512 : archive.indexOf('./f\0');
    // The size as 12 bytes of base-256: 0x80 then the value big-endian.
    archive.fill(0, header + 124, header + 136);
    archive[header + 124] = 0x80;
    archive[header + 135] = 5;
    rewriteChecksum(archive, header);
    expect(
      readAll(archive, 512)
        .find((item) => item.entry.path === './f')
        ?.data?.toString(),
    ).toBe('hello');
  });
});

function rewriteChecksum(archive: Buffer, header: number): void {
  archive.fill(0x20, header + 148, header + 156);
  let sum = 0;
  for (let i = header; i < header + 512; i++) sum += archive[i]!;
  archive.write(`${sum.toString(8).padStart(6, '0')}\0 `, header + 148, 'latin1');
}

describe('TarReader on malformed input', () => {
  const expectError = (archive: Buffer, message: RegExp) => {
    const reader = new TarReader(() => undefined);
    expect(() => {
      reader.write(archive);
      reader.end();
    }).toThrow(message);
  };

  it('says so when it is given compressed data', async () => {
    const archive = await tarOf({ f: randomBytes(4096) });
    expectError(gzipSync(archive), /not a tar stream, or still compressed/);
  });

  it('fails on a truncated archive and on a corrupted header', async () => {
    const archive = await tarOf({ 'a/f': 'x'.repeat(2000), 'b/g': 'y' });
    expectError(archive.subarray(0, 512 * 3), /ends in the middle of an entry/);
    const corrupted = Buffer.from(archive);
    corrupted[1024 + 10] = corrupted[1024 + 10]! ^ 0xff; // in the third header's name ("./a/", "./a/f")
    expectError(corrupted, /at byte 1536: header checksum mismatch/);
  });

  it('ignores what follows the end-of-archive blocks, and accepts an empty stream', async () => {
    const archive = await tarOf({ f: 'x' });
    const read: string[] = [];
    const reader = new TarReader((entry) => void read.push(entry.path));
    reader.write(Buffer.concat([archive, Buffer.from('garbage after the end')]));
    reader.end();
    expect(read).toEqual(['./', './f']);
    expect(() => new TarReader(() => undefined).end()).not.toThrow();
  });

  it('never crashes on arbitrary bytes: it reads them or throws an OsimgError', async () => {
    const archive = await tarOf({ 'x/y': 'z'.repeat(700), 'x/l': { symlink: 'y' } }, { format: 'pax' });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(archive.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        fc.integer({ min: 1, max: 2000 }),
        (flips, chunk) => {
          const mutated = Buffer.from(archive);
          for (const [at, value] of flips) mutated[at] = value;
          try {
            readAll(mutated, chunk);
          } catch (error) {
            if (!(error instanceof OsimgError)) throw error;
          }
        },
      ),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        const reader = new TarReader(() => (data) => void data.length);
        try {
          reader.write(Buffer.from(bytes));
          reader.end();
        } catch (error) {
          if (!(error instanceof OsimgError)) throw error;
        }
      }),
      { numRuns: 300 },
    );
  });
});
