/**
 * Boots what the read-only root and the ISO promise, under qemu (TCG, OVMF):
 * - an erofs root with /var on its own partition and the writable /etc overlay: the example's marker
 *   appears, a test unit writes /etc, and after power-off the write is in the overlay's upper directory on
 *   the /var partition (so it outlives the boot);
 * - the hybrid ISO, checked with xorriso's reports, attached as a disk: it boots to the marker;
 * - the same ISO as a CD-ROM: firmware boots its El Torito EFI image and starts the kernel with the
 *   disk's command line (Linux reads no partition table on a CD-ROM, so the root is not found there:
 *   docs/disk.md says so).
 * The small boot-and-wait logic is copied here until src/boot offers it.
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDisk, type DiskRequest, type DiskResult } from '../../src/disk/builder.js';
import { copyRangeOut, sha256File } from '../../src/disk/files.js';
import { PARTITION_TYPES } from '../../src/disk/layout.js';
import { ETC_UPPER } from '../../src/disk/read-only-root.js';
import { Buildah } from '../../src/tools/buildah.js';
import { exec } from '../../src/tools/exec.js';
import { Sfdisk } from '../../src/tools/sfdisk.js';
import { Xorriso } from '../../src/tools/xorriso.js';
import { createTestStorage, type TestStorage } from '../harness/storage.js';
import { buildExample, diskDeps, diskRequest, EXAMPLE_IMAGE } from './disk-example.js';

const OVMF_CODE = '/usr/share/OVMF/OVMF_CODE_4M.fd';
const OVMF_VARS = '/usr/share/OVMF/OVMF_VARS_4M.fd';
const MARKER = 'osimg-example: ready';
const ETC_MARKER = 'osimg-etc-check: writable';
const BOOT_TIMEOUT_MS = 6 * 60_000;
const CHECK_IMAGE = 'localhost/osimg/example-etc-check:test';

let storage: TestStorage;
let work: string;

/** The example plus a unit that writes /etc, says whether it could, and powers the machine off. */
async function buildCheckImage(): Promise<void> {
  const global = Buildah.globalArgs(storage);
  const unit = join(work, 'osimg-etc-check.service');
  await writeFile(
    unit,
    `[Unit]
Description=osimg test: is /etc writable
After=hello.service

[Service]
Type=oneshot
ExecStart=/bin/sh -c 'if echo written > /etc/osimg-etc-check; then echo "osimg-etc-check: writable" > /dev/console; else echo "osimg-etc-check: read-only" > /dev/console; fi; sync'
ExecStartPost=/bin/systemctl --no-block poweroff

[Install]
WantedBy=multi-user.target
`,
  );
  const container = (await exec('buildah', [...global, 'from', '--pull=never', EXAMPLE_IMAGE])).stdout.trim();
  try {
    await exec('buildah', [
      ...global,
      'copy',
      container,
      unit,
      '/etc/systemd/system/osimg-etc-check.service',
    ]);
    await exec('buildah', [
      ...global,
      'run',
      '--isolation=chroot',
      container,
      '--',
      'systemctl',
      'enable',
      'osimg-etc-check.service',
    ]);
    await exec('buildah', [...global, 'commit', '--quiet', '--timestamp=1700000000', container, CHECK_IMAGE]);
  } finally {
    await exec('buildah', [...global, 'rm', container]);
  }
}

beforeAll(async () => {
  storage = await createTestStorage();
  work = await mkdtemp(join(tmpdir(), 'osimg-disk-boot-ro-'));
  await buildExample(storage, work);
  await buildCheckImage();
});

afterAll(async () => {
  await storage?.cleanup();
  if (work) await rm(work, { recursive: true, force: true });
});

function makeDisk(outputDir: string, change: Partial<DiskRequest>): Promise<DiskResult> {
  return buildDisk(
    diskRequest(CHECK_IMAGE, outputDir, { kernelArgs: ['console=ttyS0,115200'], ...change }),
    diskDeps(storage, work),
  );
}

/** Polls `path` until it contains every text, qemu exits, or `ms` pass; the texts not found. */
async function waitForTexts(path: string, texts: string[], ms: number, stopped: () => boolean) {
  const missing = async () => {
    const content = await readFile(path, 'utf8').catch(() => '');
    return texts.filter((text) => !content.includes(text));
  };
  const deadline = Date.now() + ms;
  while (Date.now() < deadline && !stopped() && (await missing()).length > 0)
    await new Promise((done) => setTimeout(done, 1000));
  return missing();
}

interface Boot {
  serial: string;
  exited: () => boolean;
  /** Resolves when qemu has exited (by itself or stopped). */
  done: Promise<unknown>;
  stop(): Promise<void>;
}

function boot(name: string, drive: string[]): Boot {
  const serial = join(work, `${name}.serial`);
  const vars = join(work, `${name}.vars`);
  const controller = new AbortController();
  let exited = false;
  const done = copyFile(OVMF_VARS, vars)
    .then(() =>
      exec(
        'qemu-system-x86_64',
        [
          ...['-machine', 'q35', '-accel', 'tcg', '-m', '1024', '-smp', '2'],
          ...['-display', 'none', '-monitor', 'none', '-serial', `file:${serial}`, '-net', 'none'],
          ...['-drive', `if=pflash,format=raw,unit=0,readonly=on,file=${OVMF_CODE}`],
          ...['-drive', `if=pflash,format=raw,unit=1,file=${vars}`],
          ...drive,
        ],
        { signal: controller.signal, killGraceMs: 2000 },
      ),
    )
    .finally(() => (exited = true));
  done.catch(() => undefined);
  return {
    serial,
    exited: () => exited,
    done,
    stop: async () => {
      controller.abort();
      await done.catch(() => undefined);
    },
  };
}

async function tail(path: string): Promise<string> {
  return (await readFile(path, 'utf8').catch(() => '')).slice(-3000);
}

describe('an erofs root with /var on a partition and the /etc overlay', () => {
  it('boots, has a writable /etc, and keeps what was written on the /var partition', async () => {
    const out = join(work, 'erofs');
    const result = await makeDisk(out, { rootFilesystem: 'erofs', state: 'partition' });
    expect(result.cmdline).toContain(' ro rootfstype=erofs init=/usr/lib/osimg/init ');
    const disk = result.files[0]!.path;
    const vm = boot('erofs', ['-drive', `if=virtio,format=raw,file=${disk}`]);
    try {
      const missing = await waitForTexts(vm.serial, [MARKER, ETC_MARKER], BOOT_TIMEOUT_MS, vm.exited);
      expect(missing, `not on the serial console; last output:\n${await tail(vm.serial)}`).toEqual([]);
      // The check unit powers the machine off: a clean shutdown, so the /var filesystem is consistent.
      await Promise.race([vm.done, new Promise((done) => setTimeout(done, 120_000))]);
      expect(vm.exited(), 'the machine did not power off').toBe(true);
    } finally {
      await vm.stop();
    }
    const table = await new Sfdisk().read(disk);
    const vars = table.partitions.find((part) => part.type === PARTITION_TYPES.var)!;
    const varFile = join(work, 'var.ext4');
    await copyRangeOut(disk, vars.start * 512, vars.size * 512, varFile);
    try {
      await exec('e2fsck', ['-fn', varFile]);
      const path = `${ETC_UPPER.replace(/^\/var/, '')}/osimg-etc-check`;
      expect((await exec('debugfs', ['-R', `cat ${path}`, varFile])).stdout).toBe('written\n');
    } finally {
      await rm(varFile, { force: true });
    }
  });
});

describe('the hybrid ISO', () => {
  let iso: string;
  let result: DiskResult;

  beforeAll(async () => {
    result = await makeDisk(join(work, 'iso'), { rootFilesystem: 'erofs', formats: ['iso'] });
    iso = result.files[0]!.path;
  });

  it('has an EFI El Torito boot image and a GPT with the ESP and the root at the disk PARTUUID', async () => {
    expect(result.files.map((file) => file.format)).toEqual(['iso']);
    expect(result.files[0]!.sha256).toBe(await sha256File(iso));
    const report = await new Xorriso().report(iso);
    expect(report.bootImages).toHaveLength(1);
    expect(report.bootImages[0]).toMatchObject({ platform: 'UEFI', emulation: 'none' });
    expect(report.systemArea).toMatch(/GPT/);
    const esp = report.gptPartitions.find((part) => part.typeGuid === PARTITION_TYPES.esp)!;
    // The El Torito image is the ESP partition itself (LBA in 2 KiB blocks, GPT in 512-byte sectors).
    expect(report.bootImages[0]!.lba * 4).toBe(esp.start);
    const table = await new Sfdisk().read(iso);
    const root = table.partitions.find((part) => part.type === PARTITION_TYPES.rootX86_64)!;
    expect(root.uuid.toLowerCase()).toBe(result.partitions.find((part) => part.role === 'root')!.uuid);
    expect(result.cmdline).toContain(`root=PARTUUID=${root.uuid.toLowerCase()} ro rootfstype=erofs`);
  });

  it('boots attached as a disk (a USB stick, a VM disk) to the example service', async () => {
    const vm = boot('iso-disk', ['-drive', `if=virtio,format=raw,readonly=on,file=${iso}`]);
    try {
      const missing = await waitForTexts(vm.serial, [MARKER, ETC_MARKER], BOOT_TIMEOUT_MS, vm.exited);
      expect(missing, `not on the serial console; last output:\n${await tail(vm.serial)}`).toEqual([]);
    } finally {
      await vm.stop();
    }
  });

  it('starts the kernel from El Torito as a CD-ROM', async () => {
    const vm = boot('iso-cd', [
      '-drive',
      `if=none,id=cd,media=cdrom,readonly=on,file=${iso}`,
      '-device',
      'ide-cd,drive=cd,bootindex=0',
    ]);
    try {
      const missing = await waitForTexts(
        vm.serial,
        [`Command line: ${'initrd='}`],
        BOOT_TIMEOUT_MS,
        vm.exited,
      );
      const log = await tail(vm.serial);
      expect(missing, `the kernel did not start; last output:\n${log}`).toEqual([]);
      expect(await readFile(vm.serial, 'utf8')).toContain(result.cmdline);
    } finally {
      await vm.stop();
    }
  });
});
