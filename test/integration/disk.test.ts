/**
 * The built-in disk builder against real tools: the example OS image (Debian, systemd, kernel) built into a
 * private storage, made into raw + qcow2 and an erofs variant, then checked from the outside with sfdisk,
 * mtools, debugfs, e2fsck, fsck.erofs and qemu-img; byte-identical output for two builds of one digest;
 * and bad input (no kernel, another architecture, not enough space) failing with nothing left behind.
 */
import { mkdir, mkdtemp, open, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDisk, type DiskRequest, type DiskResult } from '../../src/disk/builder.js';
import { sha256File } from '../../src/disk/files.js';
import { PARTITION_TYPES } from '../../src/disk/layout.js';
import { CommandError, ConfigurationError } from '../../src/errors.js';
import { Buildah } from '../../src/tools/buildah.js';
import { exec, type Exec } from '../../src/tools/exec.js';
import { Mtools } from '../../src/tools/mtools.js';
import { QemuImg } from '../../src/tools/qemu-img.js';
import { Sfdisk } from '../../src/tools/sfdisk.js';
import { importTinyBase, TINY_BASE } from '../harness/bases.js';
import { createTestStorage, type TestStorage } from '../harness/storage.js';
import { buildExample, diskDeps, diskRequest, EXAMPLE_IMAGE } from './disk-example.js';

let storage: TestStorage;
let work: string;

beforeAll(async () => {
  storage = await createTestStorage();
  work = await mkdtemp(join(tmpdir(), 'osimg-disk-test-'));
  await buildExample(storage, work);
  await importTinyBase(storage);
});

afterAll(async () => {
  await storage?.cleanup();
  if (work) await rm(work, { recursive: true, force: true });
});

function makeDisk(image: string, outputDir: string, change: Partial<DiskRequest> = {}): Promise<DiskResult> {
  return buildDisk(diskRequest(image, outputDir, change), diskDeps(storage, work));
}

/** Copies one partition out of a disk into its own (sparse) file, for tools that take no offset. */
async function extractPartition(disk: string, offset: number, bytes: number, target: string): Promise<void> {
  const input = await open(disk, 'r');
  const output = await open(target, 'w');
  try {
    await output.truncate(bytes);
    const buffer = Buffer.alloc(4 * 1024 * 1024);
    for (let done = 0; done < bytes; done += buffer.length) {
      const { bytesRead } = await input.read(buffer, 0, Math.min(buffer.length, bytes - done), offset + done);
      if (buffer.subarray(0, bytesRead).some((byte) => byte !== 0))
        await output.write(buffer, 0, bytesRead, done);
    }
  } finally {
    await input.close();
    await output.close();
  }
}

const FAKE_KERNEL_IMAGE = 'localhost/osimg/fake-kernel:test';
const MIB = 1024 * 1024;

/** A small image with a stand-in kernel and a file owned by 1234:5678 (made once). */
async function fakeKernelImage(): Promise<void> {
  const global = Buildah.globalArgs(storage);
  if (await storage.buildah.inspectImage(FAKE_KERNEL_IMAGE)) return;
  const container = (await exec('buildah', [...global, 'from', TINY_BASE.name])).stdout.trim();
  try {
    await exec('buildah', [...global, 'copy', container, resolve('package.json'), '/boot/vmlinuz-1.0-test']);
    await exec('buildah', [
      ...global,
      'copy',
      '--chown=1234:5678',
      container,
      resolve('package.json'),
      '/srv/owned',
    ]);
    await exec('buildah', [...global, 'commit', '--quiet', container, FAKE_KERNEL_IMAGE]);
  } finally {
    await exec('buildah', [...global, 'rm', container]);
  }
}

/** A file's owner and mode inside an image, read through a buildah mount. */
async function statInImage(image: string, path: string): Promise<{ uid: number; gid: number; mode: number }> {
  const global = Buildah.globalArgs(storage);
  const container = (await exec('buildah', [...global, 'from', '--pull=never', image])).stdout.trim();
  try {
    const root = (await exec('buildah', [...global, 'mount', container])).stdout.trim();
    const { uid, gid, mode } = await stat(join(root, path));
    return { uid, gid, mode };
  } finally {
    await exec('buildah', [...global, 'rm', container]);
  }
}

async function containers(): Promise<string> {
  return (await exec('buildah', [...Buildah.globalArgs(storage), 'containers', '--quiet'])).stdout.trim();
}

describe('osimg disk, built-in builder', () => {
  let result: DiskResult;
  let out: string;

  beforeAll(async () => {
    out = join(work, 'ext4');
    result = await makeDisk(EXAMPLE_IMAGE, out, { formats: ['raw', 'qcow2'] });
  });

  it('writes a GPT with an ESP and an x86-64 root partition, sparse, with its SHA-256', async () => {
    const raw = result.files.find((file) => file.format === 'raw')!;
    expect(raw.path).toBe(join(out, 'disk.raw'));
    const table = await new Sfdisk().read(raw.path);
    expect(table.label).toBe('gpt');
    expect(table.partitions.map((part) => part.type)).toEqual([
      PARTITION_TYPES.esp,
      PARTITION_TYPES.rootX86_64,
    ]);
    expect(table.partitions.map((part) => part.uuid.toLowerCase())).toEqual(
      result.partitions.map((part) => part.uuid),
    );
    expect(table.partitions.map((part) => part.size * 512)).toEqual(
      result.partitions.map((part) => part.bytes),
    );
    expect(table.partitions[0]!.start).toBe(2048);
    expect(raw.allocated).toBeLessThan(raw.bytes * 0.9);
    expect(raw.sha256).toBe(await sha256File(raw.path));
    expect(await readdir(out)).toEqual(['disk.qcow2', 'disk.raw']);
  });

  it('puts systemd-boot, the entry with the kernel arguments, the kernel and the initrd on the ESP', async () => {
    const esp = { image: join(out, 'disk.raw'), offset: 1024 * 1024 };
    const mtools = new Mtools();
    const files = [
      ...(await mtools.list(esp, '/EFI/BOOT')),
      ...(await mtools.list(esp, '/EFI/systemd')),
      ...(await mtools.list(esp, '/loader/entries')),
      ...(await mtools.list(esp, `/osimg/${result.kernelVersion}`)),
    ];
    expect(files.sort()).toEqual([
      '/EFI/BOOT/BOOTX64.EFI',
      '/EFI/systemd/systemd-bootx64.efi',
      '/loader/entries/osimg.conf',
      `/osimg/${result.kernelVersion}/initrd.img`,
      `/osimg/${result.kernelVersion}/vmlinuz`,
    ]);
    const entry = await mtools.readFile(esp, '/loader/entries/osimg.conf');
    expect(entry).toContain(`linux /osimg/${result.kernelVersion}/vmlinuz\n`);
    expect(entry).toContain(
      `options root=PARTUUID=${result.partitions[1]!.uuid} rw rootfstype=ext4 console=ttyS0\n`,
    );
    expect(result.cmdline).toBe(
      `root=PARTUUID=${result.partitions[1]!.uuid} rw rootfstype=ext4 console=ttyS0`,
    );
    expect(await mtools.readFile(esp, '/loader/loader.conf')).toContain('default osimg.conf');
    expect(result.kernelVersion).toMatch(/^\d+\.\d+\.\d+-\d+-amd64$/);
  });

  it('holds the image content in a clean ext4 root', async () => {
    const root = result.partitions[1]!;
    const part = join(work, 'root.ext4');
    await extractPartition(join(out, 'disk.raw'), MIB + result.partitions[0]!.bytes, root.bytes, part);
    try {
      await exec('e2fsck', ['-fn', part]);
      const ls = (await exec('debugfs', ['-R', 'ls -l /', part])).stdout;
      for (const name of ['etc', 'usr', 'boot', 'srv', 'var'])
        expect(ls).toMatch(new RegExp(`\\s${name}\\s*$`, 'm'));
      const service = (await exec('debugfs', ['-R', 'cat /etc/systemd/system/hello.service', part])).stdout;
      expect(service).toContain('ExecStartPre=/usr/local/bin/osimg-hello-ready');
      const wants = (
        await exec('debugfs', ['-R', 'stat /etc/systemd/system/multi-user.target.wants/hello.service', part])
      ).stdout;
      expect(wants).toContain('Type: symlink');
      // Owner, group and mode as in the image itself.
      const inImage = await statInImage(EXAMPLE_IMAGE, 'etc/shadow');
      const shadow = (await exec('debugfs', ['-R', 'stat /etc/shadow', part])).stdout;
      expect(shadow).toMatch(new RegExp(`User:\\s+${inImage.uid}\\s+Group:\\s+${inImage.gid}\\s`));
      expect(shadow).toMatch(new RegExp(`Mode:\\s+0${(inImage.mode & 0o7777).toString(8)}\\s`));
    } finally {
      await rm(part, { force: true });
    }
  });

  it('converts to qcow2 with the raw disk as its virtual size', async () => {
    const qcow2 = result.files.find((file) => file.format === 'qcow2')!;
    const info = await new QemuImg().info(qcow2.path, 'qcow2');
    expect(info.format).toBe('qcow2');
    expect(info.virtualSize).toBe(result.files[0]!.bytes);
    expect(qcow2.sha256).toBe(await sha256File(qcow2.path));
  });

  it('makes a byte-identical raw disk from the same digest', async () => {
    const again = await makeDisk(EXAMPLE_IMAGE, join(work, 'again'));
    expect(again.digest).toBe(result.digest);
    expect(again.files[0]!.sha256).toBe(result.files[0]!.sha256);
    await rm(join(work, 'again'), { recursive: true, force: true });
  });

  it('leaves no working container behind', async () => {
    expect(await containers()).toBe('');
  });
});

describe('osimg disk, read-only root', () => {
  it('makes an erofs root with /var on its own ext4 partition', async () => {
    const out = join(work, 'erofs');
    const result = await makeDisk(EXAMPLE_IMAGE, out, { rootFilesystem: 'erofs', state: 'partition' });
    const raw = join(out, 'disk.raw');
    const table = await new Sfdisk().read(raw);
    expect(table.partitions.map((part) => part.type)).toEqual([
      PARTITION_TYPES.esp,
      PARTITION_TYPES.rootX86_64,
      PARTITION_TYPES.var,
    ]);
    expect(result.cmdline).toMatch(/ ro rootfstype=erofs init=\/usr\/lib\/osimg\/init /);
    expect(result.readOnlyRoot).toEqual({ state: 'partition', etc: 'overlay' });
    // The erofs driver rides along as a second initrd (Debian's initramfs has none).
    const esp = { image: raw, offset: MIB };
    const mtools = new Mtools();
    expect(await mtools.list(esp, `/osimg/${result.kernelVersion}`)).toContain(
      `/osimg/${result.kernelVersion}/osimg-modules.img`,
    );
    expect(await mtools.readFile(esp, '/loader/entries/osimg.conf')).toContain(
      `initrd /osimg/${result.kernelVersion}/initrd.img\ninitrd /osimg/${result.kernelVersion}/osimg-modules.img\n`,
    );
    const [, root, vars] = table.partitions;
    const rootFile = join(work, 'root.erofs');
    const varFile = join(work, 'var.ext4');
    try {
      await extractPartition(raw, root!.start * 512, root!.size * 512, rootFile);
      await exec('fsck.erofs', [rootFile]);
      // The pre-init that mounts /var and the /etc overlay, and the fstab, are in the read-only root.
      const init = (await exec('dump.erofs', ['--path=/usr/lib/osimg/init', rootFile])).stdout;
      expect(init).toMatch(/Access: 0755\/rwxr-xr-x/);
      expect(init).toMatch(/Uid: 0 +Gid: 0/);
      expect((await exec('dump.erofs', ['--path=/etc/fstab', rootFile])).stdout).toMatch(/regular file/);
      await extractPartition(raw, vars!.start * 512, vars!.size * 512, varFile);
      await exec('e2fsck', ['-fn', varFile]);
      expect((await exec('debugfs', ['-R', 'ls -l /', varFile])).stdout).toMatch(/\slib\s*$/m);
    } finally {
      await rm(rootFile, { force: true });
      await rm(varFile, { force: true });
    }
  });
});

describe('osimg disk: owners, other sources, bad input', () => {
  it('refuses an image without a kernel, leaving no file and no container behind', async () => {
    const out = join(work, 'tiny');
    const error = await makeDisk(TINY_BASE.name, out, { formats: ['raw', 'qcow2'] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/^this image is not bootable: no kernel found/);
    expect(await readdir(out)).toEqual([]);
    expect(await containers()).toBe('');
  });

  it('refuses an image for another architecture', async () => {
    const global = Buildah.globalArgs(storage);
    const container = (await exec('buildah', [...global, 'from', TINY_BASE.name])).stdout.trim();
    try {
      await exec('buildah', [...global, 'config', '--arch=arm64', container]);
      await exec('buildah', [...global, 'commit', '--quiet', container, 'localhost/osimg/arm64:test']);
    } finally {
      await exec('buildah', [...global, 'rm', container]);
    }
    const out = join(work, 'arm64');
    await expect(makeDisk('localhost/osimg/arm64:test', out)).rejects.toThrow(
      /is an image for arm64: the built-in disk builder makes x86-64 UEFI disks/,
    );
    expect(await readdir(out)).toEqual([]);
  });

  it('refuses a disk that does not fit the output filesystem before writing, saying how much it needs', async () => {
    // A real small filesystem: a 64 MiB tmpfs (the example's disk allocates ~730 MiB).
    const small = join(work, 'small');
    await mkdir(small);
    await exec('mount', ['-t', 'tmpfs', '-o', 'size=64m', 'tmpfs', small]);
    try {
      const error = await makeDisk(EXAMPLE_IMAGE, join(small, 'out')).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toMatch(
        /^not enough disk space in .*\/small\/out: the disk images need about \d+ MiB and 64 MiB is free; free some space or choose an output directory on a larger filesystem$/,
      );
      expect(await readdir(join(small, 'out'))).toEqual([]);
      expect(await containers()).toBe('');
    } finally {
      await exec('umount', [small]);
    }
  });

  it('keeps owners that are not root', async () => {
    const out = join(work, 'owners');
    await fakeKernelImage();
    const result = await makeDisk(FAKE_KERNEL_IMAGE, out);
    const root = result.partitions[1]!;
    const part = join(work, 'owners.ext4');
    try {
      await extractPartition(result.files[0]!.path, MIB + result.partitions[0]!.bytes, root.bytes, part);
      const owned = (await exec('debugfs', ['-R', 'stat /srv/owned', part])).stdout;
      expect(owned).toMatch(/User:\s+1234\s+Group:\s+5678\s/);
    } finally {
      await rm(part, { force: true });
      await rm(out, { recursive: true, force: true });
    }
  });

  it('removes every file it wrote when a later step fails', async () => {
    // The disk is real, the qcow2 conversion fails.
    await fakeKernelImage();
    const out = join(work, 'failing');
    const failing: Exec = async (file) => {
      throw new CommandError(`${file} convert exited with code 1: disk full`, {
        command: file,
        exitCode: 1,
        stderrTail: ['disk full'],
      });
    };
    const error = await buildDisk(diskRequest(FAKE_KERNEL_IMAGE, out, { formats: ['raw', 'qcow2'] }), {
      ...diskDeps(storage, work),
      qemuImg: new QemuImg(failing),
    }).catch((e: unknown) => e);
    expect((error as Error).message).toBe('qemu-img convert exited with code 1: disk full');
    expect(await readdir(out)).toEqual([]);
    expect(await containers()).toBe('');
  });

  it('reads an OCI archive through a private storage', async () => {
    const archive = resolve(work, 'example.tar');
    await exec('buildah', [
      ...Buildah.globalArgs(storage),
      'push',
      '--quiet',
      EXAMPLE_IMAGE,
      `oci-archive:${archive}`,
    ]);
    const out = join(work, 'archive');
    const result = await makeDisk('', out, {
      source: { kind: 'oci-archive', path: archive },
      formats: ['raw'],
    });
    expect(result.image).toBe(`oci-archive:${archive}`);
    expect(result.kernelVersion).toMatch(/-amd64$/);
    expect(await readdir(out)).toEqual(['disk.raw']);
    await rm(out, { recursive: true, force: true });
    await rm(archive, { force: true });
  });
});
