/** The pure parts of the disk builder: identifiers, geometry, sizes, boot entries and inputs. */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INPUT_NAMES } from '../../../src/actions/disk/inputs.js';
import { findBootFiles } from '../../../src/disk/boot-files.js';
import { kernelCommandLine } from '../../../src/disk/builder.js';
import { autoExt4Bytes } from '../../../src/disk/content.js';
import { loaderConf, loaderEntry } from '../../../src/disk/esp.js';
import { deriveIdentity, uuidFrom } from '../../../src/disk/identity.js';
import { MIB, PARTITION_TYPES, parseSize, planDisk } from '../../../src/disk/layout.js';
import { parseFormats, parseKernelArgs, toDiskRequest, type DiskInputs } from '../../../src/disk/request.js';
import { openRootfs, parseImageSource } from '../../../src/disk/rootfs.js';
import { ConfigurationError } from '../../../src/errors.js';
import { MemoryLogger } from '../../../src/log.js';
import { BuildahContainers } from '../../../src/tools/buildah-containers.js';
import type { Exec } from '../../../src/tools/exec.js';

describe('deriveIdentity', () => {
  it('gives the same identifiers for the same seed and different ones otherwise', () => {
    expect(deriveIdentity('sha256:aa')).toEqual(deriveIdentity('sha256:aa'));
    expect(deriveIdentity('sha256:aa').rootPartUuid).not.toBe(deriveIdentity('sha256:ab').rootPartUuid);
    const id = deriveIdentity('sha256:aa');
    expect(new Set(Object.values(id)).size).toBe(Object.values(id).length);
  });

  it('makes well-formed version 4 UUIDs and an 8-digit FAT serial', () => {
    expect(uuidFrom('x', 'y')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(deriveIdentity('x').espSerial).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe('planDisk', () => {
  const uuids = { esp: 'e', root: 'r', var: 'v' };

  it('aligns every partition to 1 MiB and leaves 1 MiB at each end for the GPTs', () => {
    const plan = planDisk({ espBytes: 100 * MIB + 1, rootBytes: 700 * MIB, uuids });
    expect(plan.partitions.map(({ role, start, size, type }) => ({ role, start, size, type }))).toEqual([
      { role: 'esp', start: 2048, size: 101 * 2048, type: PARTITION_TYPES.esp },
      { role: 'root', start: 2048 + 101 * 2048, size: 700 * 2048, type: PARTITION_TYPES.rootX86_64 },
    ]);
    expect(plan.totalBytes).toBe((1 + 101 + 700 + 1) * MIB);
  });

  it('adds a /var partition after the root when asked', () => {
    const plan = planDisk({ espBytes: MIB, rootBytes: MIB, varBytes: 3 * MIB, uuids });
    expect(plan.partitions.at(-1)).toMatchObject({
      role: 'var',
      offset: 3 * MIB,
      bytes: 3 * MIB,
      type: PARTITION_TYPES.var,
    });
  });

  it('grows the root to fill a fixed size, and refuses a size that is too small', () => {
    const plan = planDisk({ espBytes: 128 * MIB, rootBytes: 500 * MIB, totalBytes: 2048 * MIB, uuids });
    expect(plan.totalBytes).toBe(2048 * MIB);
    expect(plan.partitions[1]!.bytes).toBe((2048 - 1 - 128 - 1) * MIB);
    expect(() =>
      planDisk({ espBytes: 128 * MIB, rootBytes: 500 * MIB, totalBytes: 600 * MIB, uuids }),
    ).toThrow(/too small for this image: it needs at least 630 MiB/);
  });
});

describe('sizes', () => {
  it.each([
    ['8G', 8 * 1024 * MIB],
    ['512M', 512 * MIB],
    ['1.5GiB', 1536 * MIB],
    ['4096', 4096],
    ['10k', 10240],
  ])('parses %s', (text, bytes) => {
    expect(parseSize(text, 'size')).toBe(bytes);
  });

  it.each(['', 'big', '-1G', '8X'])('refuses %j', (text) => {
    expect(() => parseSize(text, 'input "size"')).toThrow(ConfigurationError);
  });

  it('leaves room for metadata and the headroom on an automatic ext4 root', () => {
    const content = { bytes: 600 * MIB, blockBytes: 640 * MIB, inodes: 30_000 };
    const bare = autoExt4Bytes(content, 0);
    expect(bare).toBeGreaterThan(640 * MIB + 96 * MIB);
    expect(autoExt4Bytes(content, 0.25) - bare).toBeCloseTo(160 * MIB, -3);
  });
});

describe('findBootFiles', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'osimg-boot-'));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('finds the newest Debian kernel and its initrd in /boot', async () => {
    await mkdir(join(root, 'boot'));
    for (const name of ['vmlinuz-6.1.0-9-amd64', 'vmlinuz-6.1.0-10-amd64', 'initrd.img-6.1.0-10-amd64'])
      await writeFile(join(root, 'boot', name), 'x');
    await symlink('/boot/vmlinuz-6.1.0-9-amd64', join(root, 'boot', 'vmlinuz-9.9-host-link'));
    expect(await findBootFiles(root)).toEqual({
      kernelVersion: '6.1.0-10-amd64',
      kernel: join(root, 'boot/vmlinuz-6.1.0-10-amd64'),
      initrd: join(root, 'boot/initrd.img-6.1.0-10-amd64'),
    });
  });

  it('prefers the bootc layout in /usr/lib/modules', async () => {
    const dir = join(root, 'usr/lib/modules/6.11.0-0.fc41.x86_64');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'vmlinuz'), 'x');
    await writeFile(join(dir, 'initramfs.img'), 'x');
    expect(await findBootFiles(root)).toEqual({
      kernelVersion: '6.11.0-0.fc41.x86_64',
      kernel: join(dir, 'vmlinuz'),
      initrd: join(dir, 'initramfs.img'),
    });
  });

  it('says the image is not bootable when there is no kernel', async () => {
    await mkdir(join(root, 'bin'));
    await expect(findBootFiles(root)).rejects.toThrow(/^this image is not bootable: no kernel found/);
    await expect(findBootFiles(root)).rejects.toBeInstanceOf(ConfigurationError);
  });
});

describe('boot entry', () => {
  const boot = { kernelVersion: '6.1.0-10-amd64', kernel: '/k', initrd: '/i' };

  it('puts root= and the user arguments on the command line', () => {
    const id = deriveIdentity('x');
    expect(kernelCommandLine({ rootFilesystem: 'ext4', kernelArgs: ['console=ttyS0'] }, id)).toBe(
      `root=PARTUUID=${id.rootPartUuid} rw rootfstype=ext4 console=ttyS0`,
    );
    expect(kernelCommandLine({ rootFilesystem: 'erofs', kernelArgs: [] }, id)).toBe(
      `root=PARTUUID=${id.rootPartUuid} ro rootfstype=erofs init=/usr/lib/osimg/init`,
    );
    expect(kernelCommandLine({ rootFilesystem: 'erofs', etc: 'readonly', kernelArgs: [] }, id)).toBe(
      `root=PARTUUID=${id.rootPartUuid} ro rootfstype=erofs`,
    );
  });

  it('writes a Boot Loader Specification entry and a loader.conf that boots it at once', () => {
    expect(loaderEntry({ boot, cmdline: 'root=x rw', title: 'app (6.1)', bootloader: '/b' })).toBe(
      'title app (6.1)\nversion 6.1.0-10-amd64\nlinux /osimg/6.1.0-10-amd64/vmlinuz\ninitrd /osimg/6.1.0-10-amd64/initrd.img\noptions root=x rw\n',
    );
    expect(
      loaderEntry({ boot: { ...boot, initrd: undefined }, cmdline: 'x', title: 't', bootloader: '/b' }),
    ).not.toContain('initrd');
    expect(loaderConf()).toContain('default osimg.conf\ntimeout 0\n');
  });
});

describe('disk inputs', () => {
  const names = INPUT_NAMES;
  const inputs: DiskInputs = {
    image: 'localhost/app:1',
    formats: '',
    outputDir: '',
    name: '',
    rootFilesystem: '',
    state: '',
    etc: '',
    stateSize: '',
    size: 'auto',
    headroom: '',
    kernelArgs: '',
    sourceDateEpoch: '',
    tlsVerify: true,
    backend: '',
  };

  it('has defaults for everything but the image', async () => {
    expect(await toDiskRequest(inputs, { cwd: '/ws', names })).toEqual({
      source: { kind: 'storage', name: 'localhost/app:1' },
      outputDir: '/ws/osimg-disk',
      name: 'disk',
      formats: ['raw'],
      rootFilesystem: 'ext4',
      state: 'tmpfs',
      etc: 'overlay',
      stateSize: undefined,
      size: undefined,
      headroom: 0.25,
      kernelArgs: ['console=tty0', 'console=ttyS0,115200'],
      sourceDateEpoch: undefined,
      tlsVerify: true,
      backend: 'auto',
      authfile: undefined,
    });
  });

  it('takes registry credentials only as a file named by REGISTRY_AUTH_FILE', async () => {
    const request = await toDiskRequest(inputs, { cwd: '/ws', names, authfileEnv: '/run/auth.json' });
    expect(request.authfile).toBe('/run/auth.json');
  });

  it('accepts an ISO from an erofs root, and image-builder with its own formats', async () => {
    const iso = await toDiskRequest(
      { ...inputs, formats: 'raw,iso', rootFilesystem: 'erofs' },
      { cwd: '/ws', names },
    );
    expect(iso.formats).toEqual(['raw', 'iso']);
    const bootc = await toDiskRequest(
      { ...inputs, formats: 'qcow2,ami,anaconda-iso', backend: 'image-builder' },
      { cwd: '/ws', names },
    );
    expect(bootc).toMatchObject({ backend: 'image-builder', formats: ['qcow2', 'ami', 'anaconda-iso'] });
  });

  it('takes SOURCE_DATE_EPOCH when the input is empty', async () => {
    const request = await toDiskRequest(inputs, { cwd: '/ws', names, sourceDateEpochEnv: '1700000000' });
    expect(request.sourceDateEpoch).toBe(1_700_000_000);
  });

  it.each([
    [
      { formats: 'raw,floppy' },
      /^input "formats": unknown disk format "floppy"; use raw, qcow2, vmdk, vhd, iso \(or, for bootc images through image-builder, ami, anaconda-iso\)$/,
    ],
    [
      { formats: 'iso' },
      /^input "formats": iso needs root-filesystem erofs .*set input "root-filesystem" to erofs$/,
    ],
    [
      { formats: 'iso', rootFilesystem: 'erofs', state: 'partition' },
      /^input "formats": an ISO has no writable partition for state: set input "state" to tmpfs/,
    ],
    [
      { formats: 'ami', backend: 'builtin' },
      /^input "formats": ami is made by image-builder for bootc images/,
    ],
    [
      { formats: 'iso', backend: 'image-builder' },
      /^input "formats": image-builder makes .*, not iso \(a bootc image gets the installer ISO, anaconda-iso\)$/,
    ],
    [
      { rootFilesystem: 'erofs', backend: 'image-builder' },
      /^input "root-filesystem": erofs is the built-in/,
    ],
    [{ etc: 'overlay' }, /^input "etc" applies only to root-filesystem erofs/],
    [{ etc: 'tmpfs', rootFilesystem: 'erofs' }, /^input "etc" must be one of overlay, readonly/],
    [
      { rootFilesystem: 'erofs', kernelArgs: 'init=/bin/sh' },
      /^input "kernel-args": "init=\/bin\/sh" would skip the \/etc overlay's pre-init/,
    ],
    [{ rootFilesystem: 'btrfs' }, /^input "root-filesystem" must be one of ext4, erofs/],
    [{ stateSize: '2G' }, /^input "state-size" applies only to root-filesystem erofs with state partition$/],
    [{ name: '../x' }, /^input "name" must be a plain file name/],
    [{ kernelArgs: 'quiet root=/dev/sda1' }, /^input "kernel-args": "root=\/dev\/sda1" is set by osimg/],
    [{ size: 'huge' }, /^input "size" must be auto or a size such as 8G/],
    [{ image: ' ' }, /^input "image" is required/],
  ])('refuses %j with a sentence that names the input', async (change, message) => {
    await expect(toDiskRequest({ ...inputs, ...change }, { cwd: '/ws', names })).rejects.toThrow(message);
  });

  it('parses formats and kernel arguments', () => {
    expect(parseFormats('qcow2\nraw, qcow2', 'f')).toEqual(['qcow2', 'raw']);
    expect(parseKernelArgs(' quiet\n console=ttyS0 ', 'k')).toEqual(['quiet', 'console=ttyS0']);
  });

  it.each([
    ['oci-archive:img.tar', { kind: 'oci-archive', path: '/ws/img.tar' }],
    ['oci:/l:v1', { kind: 'oci-layout', path: '/l', tag: 'v1' }],
    ['oci:/l', { kind: 'oci-layout', path: '/l' }],
    ['docker://ghcr.io/o/a:1', { kind: 'registry', ref: 'ghcr.io/o/a:1' }],
    ['containers-storage:localhost/a', { kind: 'storage', name: 'localhost/a' }],
    ['localhost/a:1', { kind: 'storage', name: 'localhost/a:1' }],
  ])('reads the source %s', async (text, source) => {
    expect(await parseImageSource(text, '/ws')).toEqual(source);
  });
});

describe('openRootfs', () => {
  it('asks for uid 0 (root or buildah unshare) before running anything', async () => {
    const calls: string[] = [];
    const exec: Exec = async (file) => {
      calls.push(file);
      return { exitCode: 0, stdout: '', stderr: '', durationMs: 0 };
    };
    await expect(
      openRootfs(
        { kind: 'storage', name: 'localhost/a' },
        {
          buildah: new BuildahContainers({}, exec),
          log: new MemoryLogger(),
          workDir: '/w',
          uid: 1000,
          tlsVerify: true,
        },
      ),
    ).rejects.toThrow(/^osimg disk must run as uid 0 .* `buildah unshare osimg disk \.\.\.`$/);
    expect(calls).toEqual([]);
  });
});
