/** Parsers of real debugfs and dump.erofs output, and the native partition-table reader on garbage. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guidFromBytes, readPartitionTable } from '../../../src/ami/disk-image.js';
import { linearChecksum } from '../../../src/ami/blocks.js';
import { Debugfs } from '../../../src/tools/debugfs.js';
import { DumpErofs } from '../../../src/tools/dump-erofs.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'osimg-ami-parse-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('debugfs output', () => {
  // debugfs 1.47.0 -f - with "ls -p", "cat" and a missing path (its error goes to stderr).
  const stdout = [
    'debugfs: ls -p "/usr/lib/modules"',
    '/14/040755/0/0/.//',
    '/13/040755/0/0/..//',
    '/15/040755/0/0/6.1.0-test//',
    '',
    'debugfs: cat "/usr/lib/modules/6.1.0-test/modules.builtin"',
    'kernel/drivers/nvme/host/nvme-core.ko',
    'debugfs: ls -p "/nonexist"',
  ].join('\n');

  it('splits the answers per request and parses listings', () => {
    const [list, cat, missing] = Debugfs.splitOutput(stdout, 3);
    expect(Debugfs.parseList(list!)).toEqual([{ name: '6.1.0-test', mode: '040755' }]);
    expect(cat).toBe('kernel/drivers/nvme/host/nvme-core.ko');
    expect(missing).toBe('');
    expect(Debugfs.parseList('/22/100644/0/0/ena.ko.xz/2048/\n')).toEqual([
      { name: 'ena.ko.xz', mode: '100644' },
    ]);
  });

  it('puts the partition offset in the device name', () => {
    expect(Debugfs.args('d.raw', 9437184)).toEqual(['-f', '-', 'd.raw?offset=9437184']);
  });
});

describe('dump.erofs output', () => {
  it('parses directory tables and extents (erofs-utils 1.5)', () => {
    const ls = `File : /usr/lib/modules/6.1.0-test\nSize: 72  On-disk size: 72  directory\nNID: 52   Links: 3   Layout: 2   Compression ratio: 100.00%\n\n       NID TYPE  FILENAME\n        52    2  .\n        48    2  ..\n        57    2  kernel\n        91    1  modules.builtin\n`;
    expect(DumpErofs.parseList(ls)).toEqual([
      { name: 'kernel', type: 2 },
      { name: 'modules.builtin', type: 1 },
    ]);
    const extents = `File : /usr/lib/modules/6.1.0-test/modules.builtin\nSize: 38  On-disk size: 38  regular file\nNID: 91   Links: 1   Layout: 2   Compression ratio: 100.00%\n\n Ext:   logical offset   |  length :     physical offset    |  length\n   0:        0..      38 |      38 :       2976..      3014 |      38\n`;
    expect(DumpErofs.parseExtents(extents)).toEqual({
      size: 38,
      layout: 2,
      extents: [{ logical: 0, length: 38, physical: 2976 }],
    });
    expect(DumpErofs.found('')).toBe(false);
  });
});

describe('partition tables', () => {
  it('reads GUIDs in their mixed-endian on-disk form', () => {
    const esp = Buffer.from('28732ac11ff8d211ba4b00a0c93ec93b', 'hex');
    expect(guidFromBytes(esp)).toBe('C12A7328-F81F-11D2-BA4B-00A0C93EC93B');
  });

  it('never crashes on garbage: no table, or a sentence about what is wrong', async () => {
    const path = join(dir, 'garbage.raw');
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 0, maxLength: 4096 }),
        fc.boolean(),
        async (bytes, gptSignature) => {
          const data = Buffer.alloc(8192);
          Buffer.from(bytes).copy(data);
          if (gptSignature) data.write('EFI PART', 512, 'latin1');
          await writeFile(path, data);
          const table = await readPartitionTable(path, { start: 0, length: data.length });
          expect(['gpt', 'mbr', 'none']).toContain(table.kind);
          if (gptSignature && table.kind === 'none') expect(table.problem).toMatch(/GPT/);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('the LINEAR aggregate checksum', () => {
  it('hashes the raw block digests in block order, whatever order they finished in', () => {
    const a = Buffer.alloc(32, 1);
    const b = Buffer.alloc(32, 2);
    expect(
      linearChecksum(
        new Map([
          [9, b],
          [2, a],
        ]),
      ),
    ).toBe(
      linearChecksum(
        new Map([
          [2, a],
          [9, b],
        ]),
      ),
    );
    expect(linearChecksum(new Map())).toBe('47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });
});
