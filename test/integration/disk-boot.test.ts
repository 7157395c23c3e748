/**
 * The proof that the raw disks the built-in builder makes boot: the boot-test module (qemu, OVMF, the
 * disk behind a throwaway overlay) boots one under UEFI with systemd-boot to the example service's marker.
 * test/integration/boot-test.test.ts covers the boot test itself.
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
import { createTestStorage, type TestStorage } from '../harness/storage.js';
import { bootInputs, buildExample, diskDeps, diskRequest, EXAMPLE_IMAGE } from './disk-example.js';

const MARKER = 'osimg-example: ready';

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

describe('a disk made by osimg disk', () => {
  it('boots under UEFI with systemd-boot and runs the example service', async () => {
    const result = await buildDisk(
      diskRequest(EXAMPLE_IMAGE, join(work, 'out'), { kernelArgs: ['console=ttyS0,115200'] }),
      diskDeps(storage, work),
    );
    const request = await toBootTestRequest(
      bootInputs(result.files[0]!.path, join(work, 'console.log'), {
        expect: MARKER,
        noFailedUnits: 'false',
      }),
      { cwd: work, names: INPUT_NAMES, tempDir: work, defaultConsoleLog: join(work, 'console.log') },
    );
    const report = await bootTest(request, new MemoryLogger());
    expect(report.passed, `${report.failure}; last output:\n${report.lastLines.join('\n')}`).toBe(true);
    // The kernel was started by the disk's own entry (nothing was added to it here).
    expect(report.cmdline).toBeUndefined();
    expect(await readFile(report.consoleLog, 'utf8')).toContain(
      `root=PARTUUID=${result.partitions[1]!.uuid}`,
    );
  });
});
