import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initramfsRoot } from '../../../src/disk/initramfs-root.js';
import { kernelCommandLine } from '../../../src/disk/builder.js';
import { deriveIdentity } from '../../../src/disk/identity.js';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'osimg-initramfs-'));
  await mkdir(join(root, 'sbin'));
  await mkdir(join(root, 'bin'));
  await writeFile(join(root, 'bin/busybox'), 'binary');
  await chmod(join(root, 'bin/busybox'), 0o4755);
  await symlink('../bin/busybox', join(root, 'sbin/init'));
  await mkdir(join(root, 'boot'));
  await writeFile(join(root, 'boot/vmlinuz-6.1.0-1-amd64'), 'kernel');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** newc entries: name → mode, from the uncompressed archive. */
function entries(archive: Buffer): Map<string, number> {
  const data = gunzipSync(archive);
  const found = new Map<string, number>();
  let at = 0;
  for (;;) {
    const field = (index: number) =>
      parseInt(data.subarray(at + 6 + index * 8, at + 14 + index * 8).toString(), 16);
    const nameSize = field(11);
    const fileSize = field(6);
    const name = data.subarray(at + 110, at + 110 + nameSize - 1).toString();
    if (name === 'TRAILER!!!') return found;
    found.set(name, field(1));
    at += Math.ceil((110 + nameSize) / 4) * 4;
    at += Math.ceil(fileSize / 4) * 4;
  }
}

describe('initramfsRoot', () => {
  it('packs the whole root with its modes (setuid kept), the same bytes every time', async () => {
    const first = await initramfsRoot(root, 1_700_000_000);
    const second = await initramfsRoot(root, 1_700_000_000);
    expect(first.archive.equals(second.archive)).toBe(true);
    const modes = entries(first.archive);
    // /boot is there but empty: the kernel is loaded from the ESP.
    expect([...modes.keys()]).toEqual(['bin', 'bin/busybox', 'boot', 'sbin', 'sbin/init']);
    expect(modes.get('bin/busybox')).toBe(0o104755);
    expect(modes.get('sbin/init')! & 0o170000).toBe(0o120000);
    expect(first.contentBytes).toBe(6);
  });

  it('needs /sbin/init, and says so', async () => {
    await rm(join(root, 'sbin/init'));
    await expect(initramfsRoot(root, 0)).rejects.toThrow(/has none: add an init .* at \/sbin\/init/);
  });

  it('boots with rdinit and no root=', () => {
    const id = deriveIdentity('x');
    expect(kernelCommandLine({ rootFilesystem: 'initramfs', kernelArgs: ['console=ttyS0'] }, id)).toBe(
      'rdinit=/sbin/init console=ttyS0',
    );
  });
});
