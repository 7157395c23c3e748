/**
 * examples/minimal-app end to end with real buildah and qemu (TCG here): built from the harness's Debian
 * base, made into a disk whose root is the initramfs (no systemd, no initramfs generator in the image),
 * booted under UEFI with systemd-boot to the service's marker and an HTTP answer from the outside.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INPUT_NAMES } from '../../src/actions/boot-test/inputs.js';
import { bootTest } from '../../src/boot/boot-test.js';
import { toBootTestRequest } from '../../src/boot/request.js';
import { buildDisk } from '../../src/disk/builder.js';
import { MemoryLogger } from '../../src/log.js';
import { importDebianBase } from '../harness/bases.js';
import { createTestStorage, type TestStorage } from '../harness/storage.js';
import { bootInputs, diskDeps, diskRequest } from './disk-example.js';

const IMAGE = 'localhost/osimg/minimal-app:test';
const MARKER = 'osimg-minimal: ready on port 8080';

let storage: TestStorage;
let work: string;

beforeAll(async () => {
  storage = await createTestStorage();
  work = await mkdtemp(join(tmpdir(), 'osimg-minimal-'));
  await importDebianBase(storage);
  await storage.buildah.build({
    containerfile: 'examples/minimal-app/Containerfile',
    context: 'examples/minimal-app',
    tags: [IMAGE],
    buildArgs: {},
    labels: {},
    iidfile: join(work, 'iid'),
    isolation: 'chroot',
    layers: true,
    timestamp: 1_700_000_000,
    pull: 'never',
  });
});

afterAll(async () => {
  await storage?.cleanup();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the minimal example', () => {
  it('becomes a disk of a few MiB whose root is the initramfs, and boots to its service', async () => {
    const result = await buildDisk(
      diskRequest(IMAGE, join(work, 'out'), {
        rootFilesystem: 'initramfs',
        kernelArgs: ['console=ttyS0,115200'],
      }),
      diskDeps(storage, work),
    );
    expect(result.cmdline).toBe('rdinit=/sbin/init console=ttyS0,115200');
    expect(result.partitions.map((part) => part.role)).toEqual(['esp']);
    expect(result.files[0]!.allocated).toBeLessThan(64 * 2 ** 20);

    const request = await toBootTestRequest(
      bootInputs(result.files[0]!.path, join(work, 'console.log'), {
        expect: MARKER,
        http: '8080 / 200 Hello from a bootable app',
      }),
      { cwd: work, names: INPUT_NAMES, tempDir: work, defaultConsoleLog: join(work, 'console.log') },
    );
    const report = await bootTest(request, new MemoryLogger());
    expect(report.passed, `${report.failure}; last output:\n${report.lastLines.join('\n')}`).toBe(true);
    expect(await readFile(report.consoleLog, 'utf8')).toContain('rdinit=/sbin/init');
  });
});
