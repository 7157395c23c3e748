/**
 * bootTest and the VM lifecycle around a FAKE qemu (test/unit/boot/fake-qemu.mjs: a real child process
 * that connects to the sockets and speaks QMP as qemu does). What is checked: the report, the console
 * log, power-off then quit then kill, and that neither the process nor a scratch file survives — also
 * when the run is cancelled.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BootDeps } from '../../../src/boot/boot-test.js';
import { bootTest } from '../../../src/boot/boot-test.js';
import { toBootTestRequest, type BootTestInputs } from '../../../src/boot/request.js';
import { startVm } from '../../../src/boot/vm.js';
import { INPUT_NAMES } from '../../../src/actions/boot-test/inputs.js';
import { OsimgError } from '../../../src/errors.js';
import { MemoryLogger } from '../../../src/log.js';
import { exec, type Exec } from '../../../src/tools/exec.js';
import { QemuSystem } from '../../../src/tools/qemu-system.js';

const FAKE = join(process.cwd(), 'test/unit/boot/fake-qemu.mjs');
const BOOT_LOG = join(process.cwd(), 'test/fixtures/boot/console-example-boot.log');
const FACTS = readFileSync('test/fixtures/boot/facts-line.txt', 'utf8').trim();

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'osimg-boot-unit-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function fakeQemu(env: Record<string, string>): { qemu: QemuSystem; argv: string[][] } {
  const argv: string[][] = [];
  const run: Exec = (_file, args, options) => {
    argv.push([...args]);
    return exec(process.execPath, [FAKE, ...args], { ...options, env: { ...options?.env, ...env } });
  };
  return { qemu: new QemuSystem('x86_64', run), argv };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const inputs: BootTestInputs = {
  disk: '/images/disk.raw',
  image: '',
  expect: '',
  failOn: '',
  defaultFailOn: '',
  http: '',
  tcp: '',
  units: '',
  readOnlyRoot: '',
  noFailedUnits: '',
  accel: 'tcg',
  memory: '',
  cpus: '',
  firmware: '',
  kernelArgs: '',
  timeout: '60',
  hangTimeout: '',
  consoleLog: '',
};

async function run(change: Partial<BootTestInputs>, env: Record<string, string>, signal?: AbortSignal) {
  const temp = await mkdtemp(join(dir, 'temp-'));
  const request = await toBootTestRequest(
    { ...inputs, ...change },
    { cwd: dir, names: INPUT_NAMES, tempDir: temp, defaultConsoleLog: join(dir, 'logs', 'console.log') },
  );
  const pidfile = join(dir, `pid-${Math.random()}`);
  const { qemu, argv } = fakeQemu({ FAKE_QEMU_PIDFILE: pidfile, ...env });
  const firmwareCode = join(dir, 'CODE.fd');
  await writeFile(firmwareCode, '');
  await writeFile(join(dir, 'VARS.fd'), 'vars');
  const added: string[][] = [];
  const overrides: Partial<BootDeps> = {
    qemu,
    findUefiFirmware: async () => ({ code: firmwareCode, varsTemplate: join(dir, 'VARS.fd') }),
    prepareDisk: async (_disk, addArgs, work) => {
      added.push([...addArgs]);
      await writeFile(join(work, 'overlay.qcow2'), '');
      return { path: join(work, 'overlay.qcow2'), format: 'qcow2', sourceFormat: 'raw', cmdline: 'root=x' };
    },
    powerdownMs: { passed: 2000, failed: 500 },
  };
  const log = new MemoryLogger();
  const result = bootTest(request, log, signal, overrides);
  return { result, temp, pidfile, argv, added, log, request };
}

describe('bootTest with a fake qemu', () => {
  it('passes a replayed boot, writes the console log, powers off, and leaves nothing behind', async () => {
    const { result, temp, pidfile, argv, added, log } = await run(
      { units: 'hello' },
      { FAKE_QEMU_CONSOLE: BOOT_LOG, FAKE_QEMU_FACTS: FACTS, FAKE_QEMU_MODE: 'obey' },
    );
    const report = await result;
    expect(report.passed).toBe(true);
    expect(report.accel).toBe('tcg');
    expect(report.results.map((r) => r.name)).toEqual([
      'expect /Reached target .*Multi-User System|^\\S+ login: ?$/',
      'fail-on patterns',
      'unit hello.service active',
      'no failed units',
    ]);
    expect(readFileSync(report.consoleLog)).toEqual(
      Buffer.concat([
        readFileSync(BOOT_LOG),
        Buffer.from('[  OK  ] Reached target poweroff.target - System Power Off.\r\nreboot: Power down\r\n'),
      ]),
    );
    expect(log.lines).toContain('osimg-example: ready on port 8080');
    // Lines after the decision (here: the power-off) are in the report's last lines.
    expect(report.lastLines.at(-1)).toBe('reboot: Power down');
    expect(log.lines.some((line) => /^the guest powered off in \d+\.\d s$/.test(line))).toBe(true);
    // The boot's milestones are logged as they come, and its time adds up to the seconds reported.
    for (const phase of ['loader', 'kernel', 'initrd', 'userspace'])
      expect(log.lines.some((line) => line.startsWith(`boot: ${phase} at `))).toBe(true);
    const spans = report.timing.spans;
    // The fake replays the console at once, so most spans round to nothing; what is there tiles.
    expect(spans[0]!.start).toBe(0);
    expect(spans.at(-1)!.end).toBeCloseTo(report.seconds, 0);
    spans.slice(1).forEach((span, index) => expect(span.start).toBeCloseTo(spans[index]!.end, 6));
    expect(added[0]).toContain('"systemd.run=/bin/sh /dev/vdb"');
    const args = argv[0]!;
    expect(args).toContain('-no-reboot');
    expect(args.some((arg) => arg.includes('facts.img'))).toBe(true);
    expect(alive(Number(await readFile(pidfile, 'utf8')))).toBe(false);
    expect(await readdir(temp)).toEqual([]);
  });

  it('without facts checks: no facts drive, no kernel arguments', async () => {
    const { result, argv, added } = await run(
      { noFailedUnits: 'false' },
      { FAKE_QEMU_CONSOLE: BOOT_LOG, FAKE_QEMU_MODE: 'obey' },
    );
    expect((await result).passed).toBe(true);
    expect(added[0]).toEqual([]);
    expect(argv[0]!.join(' ')).not.toContain('facts.img');
  });

  it('asks over the facts port when ACPI is ignored (no logind in the image)', async () => {
    const { result, log } = await run(
      {},
      { FAKE_QEMU_CONSOLE: BOOT_LOG, FAKE_QEMU_FACTS: FACTS, FAKE_QEMU_MODE: 'port' },
    );
    expect((await result).passed).toBe(true);
    expect(log.lines.some((line) => /^the guest powered off in/.test(line))).toBe(true);
  });

  it('kills a qemu that ignores power-off and quit', async () => {
    const { result, pidfile, temp, log } = await run(
      { expect: 'never seen', timeout: '1' },
      { FAKE_QEMU_CONSOLE: BOOT_LOG, FAKE_QEMU_MODE: 'stubborn' },
    );
    const report = await result;
    expect(report.passed).toBe(false);
    expect(report.failure).toMatch(/^the boot test timed out: 1 s passed while waiting for \/never seen\//);
    expect(log.lines).toContain('the guest did not power off within 0.5 s; qemu was stopped');
    expect(alive(Number(await readFile(pidfile, 'utf8')))).toBe(false);
    expect(await readdir(temp)).toEqual([]);
  }, 15_000);

  it('on cancellation: stops the VM, removes scratch files, and says so', async () => {
    const controller = new AbortController();
    const { result, pidfile, temp } = await run(
      { expect: 'never seen' },
      { FAKE_QEMU_MODE: 'stubborn' },
      controller.signal,
    );
    while (!existsSync(pidfile)) await new Promise((resolve) => setTimeout(resolve, 20));
    const pid = Number(await readFile(pidfile, 'utf8'));
    expect(alive(pid)).toBe(true);
    controller.abort();
    const error = await result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OsimgError);
    expect((error as Error).message).toBe(
      'the boot test was cancelled: the VM was stopped and its scratch files removed',
    );
    expect(alive(pid)).toBe(false);
    expect(await readdir(temp)).toEqual([]);
  }, 15_000);
});

describe('startVm', () => {
  it('says why when qemu exits before connecting', async () => {
    const failing = new QemuSystem('x86_64', (_file, _args, options) =>
      exec(
        '/bin/sh',
        ['-c', 'echo "qemu-system-x86_64: -drive file=x: Could not open x" >&2; exit 1'],
        options,
      ),
    );
    const socketDir = await mkdtemp(join(dir, 's-'));
    const error = await startVm(
      { accel: 'tcg', memoryMiB: 128, cpus: 1, disk: { path: 'x', format: 'raw' }, forwards: [] },
      socketDir,
      failing,
      { onConsole: () => undefined, onFactsLine: () => undefined },
    ).catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      'qemu exited before the VM started (status 1): qemu-system-x86_64: -drive file=x: Could not open x',
    );
  });
});
