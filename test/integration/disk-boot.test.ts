/**
 * Boots the raw disk the built-in builder makes: qemu (TCG: KVM hangs on this host), OVMF firmware with
 * a private copy of its variables, the disk as a snapshot, the serial console to a file — and waits for the
 * example service's marker. Until the boot-test action exists, this is the proof that the disks boot.
 */
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDisk } from '../../src/disk/builder.js';
import { exec } from '../../src/tools/exec.js';
import { createTestStorage, type TestStorage } from '../harness/storage.js';
import { buildExample, diskDeps, diskRequest, EXAMPLE_IMAGE } from './disk-example.js';

const OVMF_CODE = '/usr/share/OVMF/OVMF_CODE_4M.fd';
const OVMF_VARS = '/usr/share/OVMF/OVMF_VARS_4M.fd';
const MARKER = 'osimg-example: ready';
const BOOT_TIMEOUT_MS = 6 * 60_000;

let storage: TestStorage;
let work: string;

beforeAll(async () => {
  storage = await createTestStorage();
  work = await mkdtemp(join(tmpdir(), 'osimg-disk-boot-'));
  await buildExample(storage, work);
});

afterAll(async () => {
  await storage?.cleanup();
  if (work) await rm(work, { recursive: true, force: true });
});

/** Polls `path` until it contains `text` or `ms` pass; true when found. */
async function waitForText(path: string, text: string, ms: number, stopped: () => boolean): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline && !stopped()) {
    const content = await readFile(path, 'utf8').catch(() => '');
    if (content.includes(text)) return true;
    await new Promise((done) => setTimeout(done, 1000));
  }
  return (await readFile(path, 'utf8').catch(() => '')).includes(text);
}

describe('a disk made by osimg disk', () => {
  it('boots under UEFI with systemd-boot and runs the example service', async () => {
    const result = await buildDisk(
      diskRequest(EXAMPLE_IMAGE, join(work, 'out'), { kernelArgs: ['console=ttyS0,115200'] }),
      diskDeps(storage, work),
    );
    const vars = join(work, 'OVMF_VARS.fd');
    await copyFile(OVMF_VARS, vars);
    const serial = join(work, 'serial.log');
    const controller = new AbortController();
    let exited = false;
    const qemu = exec(
      'qemu-system-x86_64',
      [
        '-machine',
        'q35',
        '-accel',
        'tcg',
        '-m',
        '1024',
        '-smp',
        '2',
        '-display',
        'none',
        '-monitor',
        'none',
        '-serial',
        `file:${serial}`,
        '-net',
        'none',
        '-snapshot',
        '-drive',
        `if=pflash,format=raw,unit=0,readonly=on,file=${OVMF_CODE}`,
        '-drive',
        `if=pflash,format=raw,unit=1,file=${vars}`,
        '-drive',
        `if=virtio,format=raw,file=${result.files[0]!.path}`,
      ],
      { signal: controller.signal, killGraceMs: 2000 },
    ).then(
      () => (exited = true),
      () => (exited = true),
    );
    try {
      const booted = await waitForText(serial, MARKER, BOOT_TIMEOUT_MS, () => exited);
      const log = await readFile(serial, 'utf8').catch(() => '');
      expect(booted, `no "${MARKER}" on the serial console; last output:\n${log.slice(-3000)}`).toBe(true);
      expect(log).toContain(`root=PARTUUID=${result.partitions[1]!.uuid}`);
    } finally {
      controller.abort();
      await qemu;
    }
  });
});
