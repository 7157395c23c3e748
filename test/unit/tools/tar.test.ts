import { describe, expect, it } from 'vitest';
import type { Exec } from '../../../src/tools/exec.js';
import { Tar } from '../../../src/tools/tar.js';

describe('Tar.createArgs', () => {
  it('creates a reproducible posix archive of the entries', () => {
    expect(
      Tar.createArgs('/out/image.tar', '/tmp/layout', ['oci-layout', 'index.json', 'blobs'], 1_700_000_000),
    ).toEqual([
      '--create',
      '--file=/out/image.tar',
      '--directory=/tmp/layout',
      '--sort=name',
      '--owner=0',
      '--group=0',
      '--numeric-owner',
      '--mtime=@1700000000',
      '--format=posix',
      '--pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime',
      '--',
      'oci-layout',
      'index.json',
      'blobs',
    ]);
  });

  it.each([
    [['-rf'], '-rf'],
    [['--to-command=sh'], '--to-command=sh'],
  ])('keeps entries %j after -- so none can pose as an option', (entries, entry) => {
    const args = Tar.createArgs('/a.tar', '/d', entries, 0);
    expect(args.indexOf(entry)).toBeGreaterThan(args.indexOf('--'));
    expect(args.indexOf('--')).toBe(args.length - entries.length - 1);
  });

  it.each([
    [0, '--mtime=@0'],
    [86_400, '--mtime=@86400'],
  ])('mtime %i → %s', (mtime, flag) => {
    expect(Tar.createArgs('/a.tar', '/d', [], mtime)).toContain(flag);
  });

  it('create runs tar with those arguments', async () => {
    const calls: string[][] = [];
    const exec: Exec = async (file, args) => {
      calls.push([file, ...args]);
      return { exitCode: 0, stdout: '', stderr: '', durationMs: 1 };
    };
    await new Tar(exec).create('/a.tar', '/d', ['x'], 5);
    expect(calls).toEqual([['tar', ...Tar.createArgs('/a.tar', '/d', ['x'], 5)]]);
  });
});
