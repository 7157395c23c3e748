/** Mkfs: argument builders and parsers, against real outputs in test/fixtures/disk. */
import { describe, expect, it } from 'vitest';
import type { Exec } from '../../../src/tools/exec.js';
import { Mkfs, MkfsErofs } from '../../../src/tools/mkfs.js';

const UUID = '11111111-2222-4333-8444-555555555555';

describe('Mkfs', () => {
  const ext4 = {
    image: '/out/disk.raw',
    offset: 135266304,
    size: 1073741824,
    source: '/rootfs',
    uuid: UUID,
    hashSeed: '66666666-2222-4333-8444-555555555555',
    label: 'root',
    epoch: 1_700_000_000,
  };

  it('makes ext4 in place at the offset, populated from the directory, with fixed UUID and hash seed', () => {
    expect(Mkfs.ext4Args(ext4)).toEqual([
      '-q',
      '-F',
      '-t',
      'ext4',
      '-b',
      '4096',
      '-d',
      '/rootfs',
      '-U',
      UUID,
      '-L',
      'root',
      '-E',
      'hash_seed=66666666-2222-4333-8444-555555555555,root_owner=0:0,offset=135266304,nodiscard',
      '/out/disk.raw',
      '1048576k',
    ]);
    expect(Mkfs.ext4Env(1_700_000_000)).toEqual({ E2FSPROGS_FAKE_TIME: '1700000000' });
  });

  it('refuses a size that is not whole 4 KiB blocks', () => {
    expect(() => Mkfs.ext4Args({ ...ext4, size: 4097 })).toThrow(/multiple of 4096/);
  });

  it('reads its version from stderr', async () => {
    const exec: Exec = async () => ({
      exitCode: 0,
      stdout: '',
      stderr: 'mke2fs 1.47.0 (5-Feb-2023)\n\tUsing EXT2FS Library version 1.47.0\n',
      durationMs: 0,
    });
    expect(await new Mkfs(exec).version()).toBe('1.47.0');
  });

  it('makes erofs with a fixed time and UUID, optionally compressed and without /var content', () => {
    const base = { output: '/w/root.erofs', source: '/rootfs', uuid: UUID, epoch: 1 };
    expect(MkfsErofs.args(base)).toEqual(['-T1', `-U${UUID}`, '--quiet', '/w/root.erofs', '/rootfs']);
    expect(MkfsErofs.args({ ...base, compress: true, excludeVarContent: true })).toEqual([
      '-T1',
      `-U${UUID}`,
      '--quiet',
      '-zlz4hc',
      '--exclude-regex=^var/.',
      '/w/root.erofs',
      '/rootfs',
    ]);
  });
});
