/** Mtools: argument builders and parsers, against real outputs in test/fixtures/disk. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Exec } from '../../../src/tools/exec.js';
import { Mtools } from '../../../src/tools/mtools.js';

const fixture = (name: string) => readFileSync(`test/fixtures/disk/${name}`, 'utf8');

describe('Mtools', () => {
  const target = { image: '/out/disk.raw', offset: 1048576 };

  it('formats FAT32 at the partition offset with a fixed serial and geometry', () => {
    expect(Mtools.mformatArgs({ ...target, sectors: 262144, serial: '0a1b2c3d', label: 'ESP' })).toEqual([
      '-c',
      'mformat',
      '-i',
      '/out/disk.raw@@1048576',
      '-T',
      '262144',
      '-h',
      '64',
      '-s',
      '32',
      '-F',
      '-N',
      '0a1b2c3d',
      '-v',
      'ESP',
      '::',
    ]);
  });

  it.each(['', '123', 'xyzxyzxy', '0a1b2c3d4'])('refuses the serial %j', (serial) => {
    expect(() => Mtools.mformatArgs({ ...target, sectors: 1, serial, label: 'ESP' })).toThrow();
  });

  it('makes directories, copies and reads files on the image, never a mounted drive', () => {
    expect(Mtools.mmdArgs(target, ['/EFI', '/EFI/BOOT'])).toEqual([
      '-c',
      'mmd',
      '-i',
      '/out/disk.raw@@1048576',
      '::/EFI',
      '::/EFI/BOOT',
    ]);
    expect(Mtools.mcopyArgs(target, '/k/vmlinuz', '/osimg/6.1/vmlinuz')).toEqual([
      '-c',
      'mcopy',
      '-o',
      '-i',
      '/out/disk.raw@@1048576',
      '/k/vmlinuz',
      '::/osimg/6.1/vmlinuz',
    ]);
    expect(Mtools.mdirArgs(target, '/EFI')).toEqual([
      '-c',
      'mdir',
      '-b',
      '-i',
      '/out/disk.raw@@1048576',
      '::/EFI',
    ]);
    expect(Mtools.mtypeArgs(target, '/loader/loader.conf')).toEqual([
      '-c',
      'mtype',
      '-i',
      '/out/disk.raw@@1048576',
      '::/loader/loader.conf',
    ]);
  });

  it('parses real mdir -b output into paths', () => {
    expect(Mtools.parseMdir(fixture('mdir-b.txt'))).toEqual(['/EFI/F']);
    expect(Mtools.parseMdir('::/EFI/\n::/loader/\n\n')).toEqual(['/EFI/', '/loader/']);
  });

  it('stamps every FAT time with the epoch through SOURCE_DATE_EPOCH', async () => {
    const envs: Array<Record<string, string | undefined> | undefined> = [];
    const exec: Exec = async (_file, _args, options) => {
      envs.push(options?.env);
      return { exitCode: 0, stdout: '', stderr: '', durationMs: 0 };
    };
    await new Mtools(exec).copy(target, '/a', '/b', 1_700_000_000);
    expect(envs[0]).toEqual({ MTOOLS_SKIP_CHECK: '1', SOURCE_DATE_EPOCH: '1700000000' });
  });
});
