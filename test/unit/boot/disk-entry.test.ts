/** The GPT of a real osimg disk, and the systemd-boot entry: which one boots, and adding kernel arguments. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { appendOptions, entryOptions, loaderDefault, pickEntry } from '../../../src/boot/boot-entry.js';
import { ESP_TYPE, readGpt } from '../../../src/boot/gpt.js';
import { changedRanges } from '../../../src/boot/overlay.js';

const head = gunzipSync(readFileSync('test/fixtures/boot/gpt-head.bin.gz'));

describe('readGpt', () => {
  it('reads the partitions of a disk made by osimg disk (what sfdisk --json says)', () => {
    expect(readGpt(head)).toEqual([
      {
        type: ESP_TYPE,
        uuid: 'A5E624D0-080F-4001-ACB1-4C92C7C37E32',
        offset: 2048 * 512,
        bytes: 262144 * 512,
        name: 'ESP',
      },
      {
        type: '4F68BCE3-E8CD-4DB1-96E7-FBCAF984B709',
        uuid: 'E9E791C9-153A-431F-A06E-89C6E4B4A957',
        offset: 264192 * 512,
        bytes: 2039808 * 512,
        name: 'root',
      },
    ]);
  });

  it('says "no GPT" for zeros, an MBR-only disk or a cut-off table', () => {
    expect(readGpt(Buffer.alloc(17408))).toBeUndefined();
    expect(readGpt(head.subarray(0, 512))).toBeUndefined();
    expect(readGpt(head.subarray(0, 4096))).toBeUndefined();
  });
});

const ENTRY = `title osimg (6.1.0-50-amd64)
version 6.1.0-50-amd64
linux /osimg/6.1.0-50-amd64/vmlinuz
initrd /osimg/6.1.0-50-amd64/initrd.img
options root=PARTUUID=e9e791c9 rw rootfstype=ext4 console=ttyS0,115200
`;

describe('boot entries', () => {
  it('pick loader.conf default (name or glob), else the only entry', () => {
    expect(pickEntry(['osimg.conf'], 'default osimg.conf\ntimeout 0\n')).toBe('osimg.conf');
    expect(pickEntry(['a.conf', 'b.conf'], 'timeout 3\ndefault b\n')).toBe('b.conf');
    expect(pickEntry(['fedora-6.1.conf', 'fedora-6.2.conf', 'rescue.conf'], 'default fedora-*')).toBe(
      'fedora-6.2.conf',
    );
    expect(pickEntry(['only.conf', 'README'], undefined)).toBe('only.conf');
    expect(pickEntry(['a.conf', 'b.conf'], undefined)).toBeUndefined();
    expect(pickEntry([], 'default x')).toBeUndefined();
    expect(loaderDefault('timeout 0\n')).toBeUndefined();
  });

  it('matches a hostile loader.conf default in linear time (fuzz finding: the RegExp backtracked forever)', () => {
    const name = `${'a'.repeat(60)}.conf`;
    expect(pickEntry([name, 'b.conf'], `default ${'a*'.repeat(40)}b`)).toBeUndefined();
    expect(pickEntry(['x{1}.conf', 'b.conf'], 'default x{1}')).toBe('x{1}.conf');
    expect(pickEntry(['a.conf', 'b.conf'], `default ${'*'.repeat(5000)}`)).toBeUndefined();
  });

  it('append kernel arguments to the options line, keeping everything else', () => {
    const edited = appendOptions(ENTRY, ['quiet', '"systemd.run=/bin/sh /dev/vdb"']);
    expect(edited).toBe(
      ENTRY.replace('console=ttyS0,115200', 'console=ttyS0,115200 quiet "systemd.run=/bin/sh /dev/vdb"'),
    );
    expect(entryOptions(edited)).toBe(
      'root=PARTUUID=e9e791c9 rw rootfstype=ext4 console=ttyS0,115200 quiet "systemd.run=/bin/sh /dev/vdb"',
    );
    expect(appendOptions(ENTRY, [])).toBe(ENTRY);
  });

  it('add an options line to an entry without one; join several as systemd-boot does', () => {
    expect(appendOptions('title x\nlinux /vmlinuz', ['quiet'])).toBe(
      'title x\nlinux /vmlinuz\noptions quiet\n',
    );
    expect(entryOptions('options a b\ntitle x\noptions c\n')).toBe('a b c');
  });
});

describe('changedRanges', () => {
  it('finds the 64 KiB blocks that differ and merges neighbours', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'osimg-ranges-'));
    try {
      const size = 40 * 65536 + 1000; // a partial last block
      const a = Buffer.alloc(size);
      const b = Buffer.from(a);
      b[5] = 1; // block 0
      b[65536 * 3 + 9] = 1; // blocks 3 and 4 (adjacent: merged)
      b[65536 * 4] = 1;
      b[size - 1] = 1; // the partial block 40
      await writeFile(join(dir, 'a'), a);
      await writeFile(join(dir, 'b'), b);
      expect(await changedRanges(join(dir, 'a'), join(dir, 'b'), size)).toEqual([
        { offset: 0, bytes: 65536 },
        { offset: 3 * 65536, bytes: 2 * 65536 },
        { offset: 40 * 65536, bytes: 1000 },
      ]);
      expect(await changedRanges(join(dir, 'a'), join(dir, 'a'), size)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
