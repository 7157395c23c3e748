/**
 * The boot test against real qemu (TCG here: /dev/kvm exists on this machine but guests fail on it, which
 * the KVM probe must find out), real OVMF and the example image made into ext4 and erofs disks once for
 * the whole file. Each boot checks as much as one boot can; each failure mode gets its own boot.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INPUT_NAMES } from '../../src/actions/boot-test/inputs.js';
import { chooseAccelerator } from '../../src/boot/accel.js';
import { bootTest, type BootTestReport } from '../../src/boot/boot-test.js';
import { toBootTestRequest, type BootTestInputs } from '../../src/boot/request.js';
import { buildDisk } from '../../src/disk/builder.js';
import { sha256File } from '../../src/disk/files.js';
import { MemoryLogger } from '../../src/log.js';
import { exec } from '../../src/tools/exec.js';
import { QemuSystem } from '../../src/tools/qemu-system.js';
import { createTestStorage, type TestStorage } from '../harness/storage.js';
import { buildExample, diskDeps, diskRequest, EXAMPLE_IMAGE } from './disk-example.js';

const MARKER = 'osimg-example: ready on port 8080';

let storage: TestStorage;
let work: string;
let ext4Disk: string;
let erofsDisk: string;

beforeAll(async () => {
  storage = await createTestStorage();
  work = await mkdtemp(join(tmpdir(), 'osimg-boot-test-'));
  await buildExample(storage, work);
  const kernelArgs = ['console=tty0', 'console=ttyS0,115200'];
  ext4Disk = (
    await buildDisk(diskRequest(EXAMPLE_IMAGE, join(work, 'ext4'), { kernelArgs }), diskDeps(storage, work))
  ).files[0]!.path;
  erofsDisk = (
    await buildDisk(
      diskRequest(EXAMPLE_IMAGE, join(work, 'erofs'), { kernelArgs, rootFilesystem: 'erofs' }),
      diskDeps(storage, work),
    )
  ).files[0]!.path;
});

afterAll(async () => {
  await storage?.cleanup();
  if (work) await rm(work, { recursive: true, force: true });
});

const none: BootTestInputs = {
  disk: '',
  image: '',
  expect: '',
  failOn: '',
  defaultFailOn: '',
  http: '',
  tcp: '',
  units: '',
  readOnlyRoot: '',
  noFailedUnits: '',
  accel: 'auto',
  memory: '',
  cpus: '',
  firmware: '',
  kernelArgs: '',
  timeout: '600',
  hangTimeout: '',
  consoleLog: '',
};

/** One boot with its own scratch directory; the report and whatever that directory still holds after. */
async function boot(name: string, inputs: Partial<BootTestInputs>) {
  const temp = await mkdtemp(join(work, `${name}-temp-`));
  const request = await toBootTestRequest(
    { ...none, ...inputs },
    { cwd: work, names: INPUT_NAMES, tempDir: temp, defaultConsoleLog: join(work, `${name}.console.log`) },
  );
  const log = new MemoryLogger();
  const report = await bootTest(request, log);
  return { report, left: await readdir(temp), log };
}

function explain(report: BootTestReport): string {
  return `${report.failure ?? 'passed'}\n${report.results.map((r) => `${r.passed ? 'pass' : 'FAIL'} ${r.name}: ${r.detail}`).join('\n')}\n--- last console lines:\n${report.lastLines.slice(-30).join('\n')}`;
}

/** qemu processes whose command line mentions `text` (from /proc, so nothing is missed). */
async function qemuProcesses(text: string): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.startsWith('qemu-system') && cmdline.includes(text)) pids.push(Number(entry));
  }
  return pids;
}

describe('boot-test on the example', () => {
  it('boots the ext4 disk and passes console, HTTP, TCP, units and writable-root checks; the disk is untouched', async () => {
    const before = await sha256File(ext4Disk);
    const { report, left, log } = await boot('ext4', {
      disk: ext4Disk,
      // In order: hello.service starts (and prints the marker) before multi-user.target is reached.
      expect: `${MARKER}\nReached target .*Multi-User System`,
      http: '8080 / 200 Hello from an immutable',
      tcp: '8080',
      units: 'hello\nsystemd-networkd',
      readOnlyRoot: 'false',
    });
    expect(report.passed, explain(report)).toBe(true);
    expect(report.results.map((r) => r.name)).toEqual([
      `expect /${MARKER}/`,
      'expect /Reached target .*Multi-User System/',
      'fail-on patterns',
      'http 8080 / → 200 /Hello from an immutable/',
      'tcp 8080',
      'root filesystem writable',
      'unit hello.service active',
      'unit systemd-networkd.service active',
      'no failed units',
    ]);
    expect(report.results.find((r) => r.kind === 'read-only-root')!.detail).toMatch(/^\/ is mounted ext4 rw/);
    expect(report.bootSeconds).toBeGreaterThan(0);
    expect(report.cmdline).toContain('"systemd.run=/bin/sh /dev/vdb"');
    // The KVM probe's verdict on this machine is part of every report.
    expect(report.accelReason).toMatch(/^(KVM: a test guest ran|TCG \(software emulation, slower\): )/);
    const console = readFileSync(report.consoleLog, 'utf8');
    expect(console).toContain(MARKER);
    expect(console).toContain('Reached target');
    expect(log.lines).toContain(MARKER); // streamed to the log as it came
    expect(await sha256File(ext4Disk)).toBe(before);
    expect(left).toEqual([]);
  });

  it('reports the erofs root as read-only', async () => {
    const { report, left } = await boot('erofs', {
      disk: erofsDisk,
      expect: MARKER,
      units: 'hello',
      readOnlyRoot: 'true',
    });
    expect(report.passed, explain(report)).toBe(true);
    expect(report.results.find((r) => r.kind === 'read-only-root')).toMatchObject({
      name: 'root filesystem read-only',
      passed: true,
      detail: expect.stringMatching(/^\/ is mounted erofs ro/),
    });
    expect(left).toEqual([]);
  });

  it('fails a wrong expected HTTP status with the answer it got', async () => {
    const { report, left } = await boot('http-status', {
      disk: ext4Disk,
      http: 'within=20 8080 / 404',
      noFailedUnits: 'false',
    });
    expect(report.passed).toBe(false);
    expect(report.failure).toMatch(/^http 8080 \/ → 404 failed: HTTP 200, body ".*": expected 404$/);
    expect(left).toEqual([]);
  });

  it('fails a wrong root= on the console pattern, long before the overall timeout', async () => {
    const started = Date.now();
    const { report, left } = await boot('wrong-root', {
      disk: ext4Disk,
      // The last root= wins; rootdelay shortens the initramfs's wait for the device (default 30 s).
      kernelArgs: 'root=PARTUUID=00000000-0000-0000-0000-000000000000 rootdelay=5',
    });
    expect(report.passed).toBe(false);
    const failOn = report.results.find((r) => r.kind === 'fail-on')!;
    expect(failOn.passed).toBe(false);
    expect(failOn.detail).toMatch(
      /^matched: (Gave up waiting for root file system device|ALERT! .* Dropping to a shell)/,
    );
    expect(report.results.find((r) => r.kind === 'expect')!.detail).toMatch(/^not reached/);
    expect(report.lastLines.join('\n'), explain(report)).toMatch(
      /ALERT! +PARTUUID=0{8}-0{4}-0{4}-0{4}-0{12} does not exist/,
    );
    expect(Date.now() - started).toBeLessThan(300_000);
    expect(left).toEqual([]);
  });

  it('catches a guest that prints nothing (no bootable content) with the hang timeout', async () => {
    const empty = join(work, 'empty.raw');
    await writeFile(empty, '');
    await truncate(empty, 64 * 1024 * 1024);
    const started = Date.now();
    const { report, left, log } = await boot('hang', { disk: empty, hangTimeout: '15', timeout: '600' });
    expect(report.passed).toBe(false);
    expect(report.failure).toMatch(/^the guest hung: no console output for 1[5-9] s while waiting for/);
    expect(report.results.find((r) => r.kind === 'hang')).toMatchObject({ passed: false });
    // No GPT, so no guest facts: the default check says it was not made instead of failing.
    expect(report.results.find((r) => r.kind === 'no-failed-units')).toMatchObject({
      passed: true,
      detail: 'not checked: the disk has no GPT partition table',
    });
    expect(log.lines).toContain(
      'warning: guest facts are not collected: the disk has no GPT partition table',
    );
    expect(Date.now() - started).toBeLessThan(120_000);
    expect(left).toEqual([]);
  });
});

/** An independent oracle: does real firmware print anything under KVM within 10 s? */
async function firmwareRunsUnderKvm(scratch: string): Promise<boolean> {
  if (!existsSync('/dev/kvm')) return false;
  const serial = join(scratch, 'kvm-serial.log');
  await copyFile('/usr/share/OVMF/OVMF_VARS_4M.fd', join(scratch, 'vars.fd'));
  await exec(
    'qemu-system-x86_64',
    [
      ...['-nodefaults', '-machine', 'q35,accel=kvm', '-cpu', 'host', '-m', '256', '-display', 'none'],
      ...['-serial', `file:${serial}`],
      ...['-drive', 'if=pflash,format=raw,unit=0,readonly=on,file=/usr/share/OVMF/OVMF_CODE_4M.fd'],
      ...['-drive', `if=pflash,format=raw,unit=1,file=${join(scratch, 'vars.fd')}`],
    ],
    { timeoutMs: 10_000, killGraceMs: 1000 },
  ).catch(() => undefined);
  return (await readFile(serial, 'utf8').catch(() => '')).length > 0;
}

describe('the KVM probe', () => {
  it('decides within 5 s and agrees with firmware run under KVM (here: falls back to TCG, saying why)', async () => {
    const scratch = await mkdtemp(join(work, 'probe-'));
    const decision = await chooseAccelerator('auto', { qemu: new QemuSystem(), work: scratch });
    expect(decision.probeMs).toBeLessThan(5000);
    const kvmWorks = await firmwareRunsUnderKvm(scratch);
    expect(decision.accel).toBe(kvmWorks ? 'kvm' : 'tcg');
    if (kvmWorks) expect(decision.reason).toMatch(/^KVM: a test guest ran in \d+ ms$/);
    else if (existsSync('/dev/kvm'))
      // This development machine: /dev/kvm is there, guests fail at their first FPU instruction.
      expect(decision.reason).toMatch(
        /^TCG \(software emulation, slower\): a KVM test guest (failed|did not finish)/,
      );
  });
});

describe('osimg boot-test interrupted', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('by %s: stops qemu and leaves no scratch file', async (signal) => {
    const temp = await mkdtemp(join(work, `interrupt-${signal}-`));
    // The default console log is in a fresh private directory: osimg-boot-test-XXXXXX.
    const consoleDir = async () =>
      (await readdir(temp).catch(() => [])).find((name) => name.startsWith('osimg-boot-test-')) ?? 'none';
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/index.ts', 'boot-test', ext4Disk, '--accel', 'tcg', '-q'],
      { env: { ...process.env, TMPDIR: temp }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Wait until the guest is really running: qemu is up and the console has output.
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      const size = await readFile(join(temp, await consoleDir(), 'console.log')).then(
        (data) => data.length,
        () => 0,
      );
      if (size > 0 && (await qemuProcesses(temp)).length > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(await qemuProcesses(temp), stderr).toHaveLength(1);
    child.kill(signal);
    const code = await exited;
    expect(code, stderr).toBe(signal === 'SIGINT' ? 130 : 143);
    expect(stderr).toContain(`osimg: interrupted by ${signal}: stopping and cleaning up`);
    expect(await qemuProcesses(temp)).toEqual([]);
    // Only the console log (the artifact) stays (and tsx's own cache: the test runs the CLI from source).
    expect((await readdir(temp)).filter((name) => !name.startsWith('tsx-'))).toEqual([await consoleDir()]);
    expect(await readdir(join(temp, await consoleDir()))).toEqual(['console.log']);
  });
});
