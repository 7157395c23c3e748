/** The pure parts of read-only roots and ISOs: fstab, the /etc pre-init, the module initrd, GUIDs, reports. */
import { mkdir, mkdtemp, readFile, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpioNewc } from '../../../src/disk/cpio.js';
import { filesystemModuleInitrd, parseModulesDep } from '../../../src/disk/initrd-modules.js';
import { isoDiskGuid, isoLabel } from '../../../src/disk/iso.js';
import {
  PRE_INIT,
  fstabLines,
  preInitScript,
  prepareReadOnlyRoot,
  readOnlyRootArgs,
} from '../../../src/disk/read-only-root.js';
import { ConfigurationError } from '../../../src/errors.js';
import { Xorriso, guidFromHex, parseIsoReport } from '../../../src/tools/xorriso.js';

describe('read-only root', () => {
  const partition = { state: 'partition', etc: 'overlay', varPartUuid: 'v-1' } as const;

  it('mounts /var from its partition without an fsck pass when the pre-init mounts it', () => {
    expect(fstabLines(partition)).toEqual([
      'PARTUUID=v-1 /var ext4 defaults 0 0',
      'tmpfs /tmp tmpfs mode=1777,nosuid,nodev 0 0',
    ]);
    expect(fstabLines({ ...partition, etc: 'readonly' })[0]).toBe('PARTUUID=v-1 /var ext4 defaults 0 2');
    expect(fstabLines({ ...partition, state: 'tmpfs' })[0]).toBe(
      'tmpfs /var tmpfs mode=0755,nosuid,nodev 0 0',
    );
  });

  it('starts systemd through a pre-init that mounts /var and the /etc overlay, and never blocks the boot', () => {
    const script = preInitScript(partition);
    expect(script.startsWith('#!/bin/sh\n')).toBe(true);
    expect(script).toContain('mount -t ext4 PARTUUID=v-1 /var || say "could not mount /var"');
    expect(script).toContain(
      'mount -t overlay -o lowerdir=/etc,upperdir=/var/lib/osimg/etc/upper,workdir=/var/lib/osimg/etc/work overlay /etc',
    );
    expect(script.trimEnd().split('\n').at(-1)).toBe('exec /sbin/init "$@"');
    expect(script).not.toContain('set -e');
    expect(preInitScript({ ...partition, state: 'tmpfs' })).toContain(
      'mount -t tmpfs -o mode=0755,nosuid,nodev tmpfs /var',
    );
    expect(readOnlyRootArgs({ etc: 'overlay' })).toEqual([`init=${PRE_INIT}`]);
    expect(readOnlyRootArgs({ etc: 'readonly' })).toEqual([]);
  });

  describe('in an unpacked root', () => {
    let root: string;
    beforeEach(async () => {
      root = await mkdtemp(join(tmpdir(), 'osimg-ro-'));
      await mkdir(join(root, 'etc'));
      await mkdir(join(root, 'usr/lib'), { recursive: true });
      await utimes(join(root, 'etc'), 1000, 1000);
      await utimes(join(root, 'usr/lib'), 2000, 2000);
    });
    afterEach(() => rm(root, { recursive: true, force: true }));

    it('writes fstab and the pre-init with the disk time, keeping their directories own times', async () => {
      await prepareReadOnlyRoot(root, partition, 1_700_000_000);
      expect(await readFile(join(root, 'etc/fstab'), 'utf8')).toContain('/var ext4');
      const init = await stat(join(root, PRE_INIT));
      expect(init.mode & 0o7777).toBe(0o755);
      expect(init.mtimeMs).toBe(1_700_000_000_000);
      expect((await stat(join(root, 'usr/lib/osimg'))).mtimeMs).toBe(1_700_000_000_000);
      expect((await stat(join(root, 'etc'))).mtimeMs).toBe(1_000_000);
      expect((await stat(join(root, 'usr/lib'))).mtimeMs).toBe(2_000_000);
    });

    it('writes no pre-init for a read-only /etc', async () => {
      await prepareReadOnlyRoot(root, { ...partition, etc: 'readonly' }, 1);
      await expect(stat(join(root, PRE_INIT))).rejects.toThrow();
    });
  });
});

/** Reads a newc archive back: name → { mode, data }. */
function readCpio(archive: Buffer): Map<string, { mode: number; data: Buffer }> {
  const entries = new Map<string, { mode: number; data: Buffer }>();
  let offset = 0;
  const align = (n: number) => Math.ceil(n / 4) * 4;
  for (;;) {
    expect(archive.toString('ascii', offset, offset + 6)).toBe('070701');
    const field = (i: number) =>
      parseInt(archive.toString('ascii', offset + 6 + i * 8, offset + 14 + i * 8), 16);
    const mode = field(1);
    const size = field(6);
    const nameSize = field(11);
    const name = archive.toString('utf8', offset + 110, offset + 110 + nameSize - 1);
    const dataStart = align(offset + 110 + nameSize);
    if (name === 'TRAILER!!!') break;
    entries.set(name, { mode, data: archive.subarray(dataStart, dataStart + size) });
    offset = align(dataStart + size);
  }
  return entries;
}

describe('the filesystem module initrd', () => {
  let root: string;
  const kver = '6.1.0-50-amd64';
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'osimg-initrd-'));
    const dir = join(root, 'usr/lib/modules', kver);
    await mkdir(join(dir, 'kernel/fs/erofs'), { recursive: true });
    await mkdir(join(dir, 'kernel/lib'), { recursive: true });
    await writeFile(join(dir, 'kernel/fs/erofs/erofs.ko'), 'erofs module');
    await writeFile(join(dir, 'kernel/lib/libcrc32c.ko'), 'crc module');
    await writeFile(
      join(dir, 'modules.dep'),
      'kernel/fs/erofs/erofs.ko: kernel/lib/libcrc32c.ko\nkernel/lib/libcrc32c.ko:\n',
    );
    await writeFile(join(dir, 'modules.alias'), 'alias fs-erofs erofs\n');
    await writeFile(join(dir, 'modules.builtin'), 'kernel/fs/ext4/ext4.ko\n');
    await symlink('usr/lib', join(root, 'lib'));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('carries the driver, its dependencies and the module index, reproducibly', async () => {
    const initrd = (await filesystemModuleInitrd(root, kver, 'erofs', 1_700_000_000))!;
    expect(initrd.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    expect(await filesystemModuleInitrd(root, kver, 'erofs', 1_700_000_000)).toEqual(initrd);
    const entries = readCpio(gunzipSync(initrd));
    const base = `usr/lib/modules/${kver}`;
    expect(entries.get(`${base}/kernel/fs/erofs/erofs.ko`)?.data.toString()).toBe('erofs module');
    expect(entries.get(`${base}/kernel/lib/libcrc32c.ko`)?.data.toString()).toBe('crc module');
    expect(entries.get(`${base}/modules.alias`)?.data.toString()).toContain('fs-erofs');
    expect(entries.get(`${base}/kernel/fs/erofs`)?.mode).toBe(0o040755);
    expect(entries.get(`${base}/modules.dep`)?.mode).toBe(0o100644);
  });

  it('adds nothing for a built-in driver and refuses a kernel without one', async () => {
    expect(await filesystemModuleInitrd(root, kver, 'ext4', 1)).toBeUndefined();
    const error = await filesystemModuleInitrd(root, kver, 'squashfs', 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/^kernel 6\.1\.0-50-amd64 in this image has no squashfs driver/);
  });

  it('parses modules.dep and writes entries cpio-aligned', () => {
    expect(parseModulesDep('a.ko: b.ko c.ko\nb.ko:\n')).toEqual(
      new Map([
        ['a.ko', ['b.ko', 'c.ko']],
        ['b.ko', []],
      ]),
    );
    const archive = cpioNewc([{ name: 'x', type: 'symlink', mode: 0o777, data: Buffer.from('y') }], 5);
    expect(archive.length % 4).toBe(0);
    expect(readCpio(archive).get('x')).toEqual({ mode: 0o120777, data: Buffer.from('y') });
    expect(() => cpioNewc([{ name: '/abs', type: 'dir', mode: 0o755 }], 0)).toThrow(/relative/);
  });
});

describe('ISO helpers', () => {
  it('picks the disk GUID whose derived entry GUID is the root PARTUUID', () => {
    // xorriso flips byte 9 with the entry number: disk ...-b08d-... gives entry 3 ...-b08e-....
    expect(isoDiskGuid('9ec3a5f2-a89f-4295-b08e-8d16fb040309', 3)).toBe(
      '9ec3a5f2-a89f-4295-b08d-8d16fb040309',
    );
    expect(isoDiskGuid('9ec3a5f2-a89f-4295-b08e-8d16fb040309', 4)).toBe(
      '9ec3a5f2-a89f-4295-b08a-8d16fb040309',
    );
    expect(isoLabel('My App: v1.2')).toBe('MY_APP_V1_2');
    expect(isoLabel('---')).toBe('OSIMG');
  });

  it('reads xorriso reports', () => {
    const report = parseIsoReport(
      [
        'El Torito boot img :   1  UEFI  y   none  0x0000  0x00      0          32',
        'El Torito img blks :   1  65536',
        'System area summary: MBR protective-msdos-label cyl-align-off GPT',
        'GPT type GUID      :   2  28732ac11ff8d211ba4b00a0c93ec93b',
        'GPT start and size :   2  128  262144',
      ].join('\n'),
    );
    expect(report).toEqual({
      bootImages: [{ platform: 'UEFI', emulation: 'none', lba: 32, blocks: 65536 }],
      systemArea: 'MBR protective-msdos-label cyl-align-off GPT',
      gptPartitions: [
        { number: 2, typeGuid: 'C12A7328-F81F-11D2-BA4B-00A0C93EC93B', start: 128, size: 262144 },
      ],
    });
    expect(guidFromHex('a2a0d0ebe5b9334487c068b6b72699c7')).toBe('EBD0A0A2-B9E5-4433-87C0-68B6B72699C7');
  });

  it('builds a reproducible xorriso command with the ESP inside the volume', () => {
    const args = Xorriso.hybridArgs({
      output: '/o/d.iso',
      tree: '/w/tree',
      label: 'OSIMG',
      espPath: 'boot/efi.img',
      root: '/w/root.erofs',
      rootType: '4F68BCE3-E8CD-4DB1-96E7-FBCAF984B709',
      diskGuid: 'g',
      epoch: 5,
    });
    expect(args[0]).toBe('-no_rc');
    expect(args.join(' ')).toContain(
      '-e boot/efi.img -no-emul-boot -efi-boot-part --efi-boot-image -append_partition 2 4F68BCE3-E8CD-4DB1-96E7-FBCAF984B709 /w/root.erofs -appended_part_as_gpt --gpt_disk_guid g /w/tree',
    );
    expect(Xorriso.env(5)).toEqual({ SOURCE_DATE_EPOCH: '5' });
  });
});
