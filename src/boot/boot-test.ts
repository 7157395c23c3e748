/**
 * bootTest: a disk (or an OS image, made into a disk first) booted in a throwaway qemu VM and asserted on
 * from the outside. Everything it makes lives in one scratch directory that is removed at the end, and the
 * VM is stopped on every path out — success, failure, error or cancellation (the `signal`).
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { buildDisk, type DiskRequest } from '../disk/builder.js';
import { DEFAULT_KERNEL_ARGS } from '../disk/request.js';
import { defaultDiskTools } from '../disk/tools.js';
import { ConfigurationError, OsimgError } from '../errors.js';
import type { Logger } from '../log.js';
import { Mtools } from '../tools/mtools.js';
import { QemuImg } from '../tools/qemu-img.js';
import { QemuSystem, type Accelerator, type PortForward } from '../tools/qemu-system.js';
import { chooseAccelerator, type AccelDecision } from './accel.js';
import { FACTS_KERNEL_ARGS, factsDriveContent, type GuestFacts } from './facts.js';
import { BootMilestones, consoleExcerpt } from './milestones.js';
import { bootTiming, describeTiming, type BootTiming, type HostMarks } from './timing.js';
import { findUefiFirmware, type UefiFirmware } from './firmware.js';
import { prepareDisk, type ThrowawayDisk } from './overlay.js';
import { freePort } from '../net.js';
import { httpProbeName, probeHttp, probeTcp } from './probes.js';
import type { BootTarget, BootTestRequest } from './request.js';
import { BootSession, type AssertionResult, type SessionOptions } from './session.js';
import { startVm, type Vm } from './vm.js';
import { checkWritable, makeScratch } from '../scratch/files.js';

export interface BootTestReport {
  passed: boolean;
  /** qemu start → first expect matched, seconds. */
  bootSeconds?: number;
  consoleLog: string;
  /** The disk that was booted (for an image: the disk made from it, removed afterwards). */
  disk: string;
  accel: Accelerator;
  accelReason: string;
  /** Kernel command line of the boot entry as booted (when osimg edited it). */
  cmdline?: string;
  results: AssertionResult[];
  /** The first failure, one sentence. */
  failure?: string;
  facts?: GuestFacts;
  /** The last console lines (ANSI stripped). */
  lastLines: string[];
  /** Whole run, seconds. */
  seconds: number;
  /** Where those seconds went: host steps and the guest's boot phases, adding up to `seconds`. */
  timing: BootTiming;
}

export interface BootDeps {
  qemu: QemuSystem;
  qemuImg: QemuImg;
  mtools: Mtools;
  chooseAccelerator: typeof chooseAccelerator;
  findUefiFirmware: () => Promise<UefiFirmware>;
  prepareDisk: typeof prepareDisk;
  startVm: typeof startVm;
  makeDisk: (target: Extract<BootTarget, { kind: 'image' }>, work: string, log: Logger) => Promise<string>;
  /** How long a passing guest gets to power off cleanly, and a failed one. */
  powerdownMs: { passed: number; failed: number };
}

/** The OS image → a raw disk in the scratch directory, with the disk module's defaults. */
async function makeDiskFromImage(
  target: Extract<BootTarget, { kind: 'image' }>,
  work: string,
  log: Logger,
): Promise<string> {
  const result = await log.group('Make a disk from the image', () =>
    buildDisk(
      // A literal with the disk module's defaults; `as` keeps it valid while that module grows options.
      {
        source: target.source,
        outputDir: join(work, 'disk'),
        name: 'disk',
        formats: ['raw'],
        rootFilesystem: 'ext4',
        state: 'tmpfs',
        headroom: 0.25,
        kernelArgs: DEFAULT_KERNEL_ARGS.split(' '),
        tlsVerify: target.tlsVerify,
        backend: 'auto',
        etc: 'overlay',
      } as DiskRequest,
      { ...defaultDiskTools(target.storage), log, tempDir: work, uid: process.getuid?.() ?? -1 },
    ),
  );
  return result.files[0]!.path;
}

export function defaultBootDeps(): BootDeps {
  return {
    qemu: new QemuSystem(),
    qemuImg: new QemuImg(),
    mtools: new Mtools(),
    chooseAccelerator,
    findUefiFirmware: () => findUefiFirmware(),
    prepareDisk,
    startVm,
    makeDisk: makeDiskFromImage,
    powerdownMs: { passed: 15_000, failed: 3_000 },
  };
}

function cancelled(): OsimgError {
  return new OsimgError('the boot test was cancelled: the VM was stopped and its scratch files removed', {
    code: 'TIMEOUT',
  });
}

export async function bootTest(
  request: BootTestRequest,
  log: Logger,
  signal?: AbortSignal,
  overrides: Partial<BootDeps> = {},
): Promise<BootTestReport> {
  const deps = { ...defaultBootDeps(), ...overrides };
  const marks: HostMarks = { began: Date.now(), steps: [], ended: 0 };
  const step = (name: string) => marks.steps.push([name, Date.now()]);
  const milestones = new BootMilestones();
  let report: BootTestReport;
  await mkdir(request.tempDir, { recursive: true });
  const work = (await makeScratch(request.tempDir, 'osimg-boot-')).path;
  let vm: Vm | undefined;
  let consoleLog: WriteStream | undefined;
  try {
    const check = () => {
      if (signal?.aborted) throw cancelled();
    };
    const disk =
      request.target.kind === 'disk' ? request.target.path : await deps.makeDisk(request.target, work, log);
    step('make disk');
    check();
    const accel = await deps.chooseAccelerator(request.accel, { qemu: deps.qemu, work, signal });
    log.info(`accelerator: ${accel.reason}`);
    step('accelerator');
    check();
    const firmware = request.firmware === 'uefi' ? await deps.findUefiFirmware() : undefined;

    const explicitFacts = request.units.length > 0 || request.readOnlyRoot !== undefined;
    const wantFacts = explicitFacts || request.noFailedUnits || request.tcp.length > 0;
    const addArgs = [...(wantFacts ? FACTS_KERNEL_ARGS : []), ...request.kernelArgs];
    const throwaway = await deps.prepareDisk(disk, addArgs, work, deps, log);
    const factsProblem = checkEntry(request, throwaway, explicitFacts);
    const factsOn = wantFacts && !factsProblem;
    if (wantFacts && factsProblem) log.warning(`guest facts are not collected: ${factsProblem}`);
    check();

    let factsDrive: string | undefined;
    if (factsOn) {
      factsDrive = join(work, 'facts.img');
      await writeFile(factsDrive, factsDriveContent());
    }
    let vars: string | undefined;
    if (firmware) {
      vars = join(work, 'OVMF_VARS.fd');
      await copyFile(firmware.varsTemplate, vars);
    }
    const forwards = await portForwards(request);

    await mkdir(dirname(request.consoleLog), { recursive: true });
    await checkWritable(request.consoleLog, 'console log');
    consoleLog = createWriteStream(request.consoleLog);
    // A write that fails later (a full disk) is a warning: the verdict does not depend on the copy.
    consoleLog.once('error', (error) => log.warning(`the console log stopped: ${error.message}`));
    const stream = consoleLog;
    const probes = [
      ...request.http.map((probe) => ({
        name: httpProbeName(probe),
        kind: 'http' as const,
        withinMs: probe.withinMs,
      })),
      ...request.tcp.map((tcp) => ({
        name: `tcp ${tcp.guestPort}`,
        kind: 'tcp' as const,
        withinMs: tcp.withinMs,
      })),
    ];
    const sessionOptions: SessionOptions = {
      expect: request.expect,
      failOn: request.failOn,
      timeoutMs: request.timeoutMs,
      hangTimeoutMs: request.hangTimeoutMs,
      facts: factsOn
        ? {
            units: request.units,
            readOnlyRoot: request.readOnlyRoot,
            noFailedUnits: request.noFailedUnits,
            tcpPorts: request.tcp.map((tcp) => tcp.guestPort),
          }
        : undefined,
      probes,
      onLine: (line) => {
        (log.console ?? log.info).call(log, line);
        const milestone = milestones.observe(line, (Date.now() - (vm?.startedAt ?? Date.now())) / 1000);
        if (milestone)
          log.info(
            `boot: ${milestone.phase} at ${milestone.at.toFixed(1)} s (${milestone.line?.slice(0, 72)})`,
          );
      },
    };
    const session = new BootSession(sessionOptions);
    const probeStop = new AbortController();

    const outcome = await log.group(
      `Boot ${basename(disk)} (${accel.accel}, console in ${request.consoleLog})`,
      async () => {
        step('disk overlay');
        vm = await deps.startVm(
          {
            accel: accel.accel,
            memoryMiB: request.memoryMiB,
            cpus: request.cpus,
            uefi: firmware && vars ? { code: firmware.code, vars } : undefined,
            disk: { path: throwaway.path, format: throwaway.format },
            factsDrive,
            forwards,
          },
          work,
          deps.qemu,
          {
            onConsole: (chunk) => {
              stream.write(chunk);
              session.console(chunk);
            },
            onFactsLine: (line) => session.factsLine(line),
          },
        );
        const running = vm;
        marks.qemuStarted = running.startedAt;
        session.start(running.startedAt);
        void running.exited.then((exit) => session.vmExited(exit));
        startProbes(request, forwards, running.startedAt, session, probeStop.signal);
        const stopped = new Promise<'cancelled'>((resolve) => {
          if (signal?.aborted) resolve('cancelled');
          signal?.addEventListener('abort', () => resolve('cancelled'), { once: true });
        });
        const result = await Promise.race([session.finished, stopped]);
        marks.decided = Date.now();
        probeStop.abort();
        session.stop();
        if (result === 'cancelled') {
          await running.stop(0);
          throw cancelled();
        }
        if (!result.passed) log.info(`boot test failed: ${result.failure ?? 'an assertion failed'}`);
        if (result.bootSeconds !== undefined)
          log.info(`boot: first expect at ${result.bootSeconds.toFixed(1)} s after qemu started`);
        const grace = result.passed ? deps.powerdownMs.passed : deps.powerdownMs.failed;
        const stopping = Date.now();
        const exit = await running.stop(grace);
        marks.stopped = Date.now();
        const took = ((Date.now() - stopping) / 1000).toFixed(1);
        log.info(
          exit.poweredOff
            ? `the guest powered off in ${took} s`
            : `the guest did not power off within ${grace / 1000} s; qemu was stopped`,
        );
        // The lines that came after the decision (a panic's explanation, a shell prompt) are worth showing.
        if (!result.passed) {
          log.info(`the console lines that matter (all of it is in ${request.consoleLog}):`);
          for (const line of consoleExcerpt(session.lastLines)) log.info(`  | ${line}`);
        }
        return { ...result, lastLines: session.lastLines };
      },
    );

    report = {
      passed: outcome.passed,
      bootSeconds: outcome.bootSeconds,
      consoleLog: request.consoleLog,
      disk,
      accel: accel.accel,
      accelReason: accel.reason,
      cmdline: throwaway.cmdline,
      results: outcome.results.concat(skippedFacts(request, wantFacts, factsProblem)),
      failure: outcome.failure,
      facts: outcome.facts,
      lastLines: outcome.lastLines,
      seconds: 0,
      timing: { spans: [] },
    };
  } finally {
    // On every way out: the VM ends before its files go.
    if (vm && !vm.hasExited) await vm.stop(0).catch(() => undefined);
    if (consoleLog) await new Promise<void>((resolve) => consoleLog!.end(resolve));
    await rm(work, { recursive: true, force: true });
  }
  // Counted after the clean-up, so the parts add up to all of the command's own time.
  marks.ended = Date.now();
  report.seconds = Math.round((marks.ended - marks.began) / 100) / 10;
  report.timing = bootTiming(marks, milestones.milestones, report.bootSeconds, report.facts?.boot);
  log.info(`boot-test time: ${describeTiming(report.timing)}`);
  return report;
}

/**
 * Whether the boot entry could take the kernel arguments: a ConfigurationError when the user asked for
 * something that needs them; the reason facts are skipped when only the default check wanted them.
 */
function checkEntry(
  request: BootTestRequest,
  disk: ThrowawayDisk,
  explicitFacts: boolean,
): string | undefined {
  if (!disk.entryProblem) return undefined;
  if (request.kernelArgs.length > 0)
    throw new ConfigurationError(
      `kernel-args cannot be added to this disk: ${disk.entryProblem}; remove kernel-args or boot a disk made by osimg disk`,
    );
  if (explicitFacts)
    throw new ConfigurationError(
      `units and read-only-root are reported by the guest through its boot entry, and ${disk.entryProblem}; remove them or boot a disk made by osimg disk`,
    );
  return disk.entryProblem;
}

function skippedFacts(
  request: BootTestRequest,
  wanted: boolean,
  problem: string | undefined,
): AssertionResult[] {
  if (!wanted || !problem || !request.noFailedUnits) return [];
  return [
    { name: 'no failed units', kind: 'no-failed-units', passed: true, detail: `not checked: ${problem}` },
  ];
}

/** One free host port per guest port probed. */
async function portForwards(request: BootTestRequest): Promise<PortForward[]> {
  const guestPorts = [
    ...new Set([...request.http.map((p) => p.guestPort), ...request.tcp.map((t) => t.guestPort)]),
  ];
  const forwards: PortForward[] = [];
  for (const guestPort of guestPorts) forwards.push({ hostPort: await freePort(), guestPort });
  return forwards;
}

function startProbes(
  request: BootTestRequest,
  forwards: readonly PortForward[],
  startedAt: number,
  session: BootSession,
  signal: AbortSignal,
): void {
  const hostPort = (guestPort: number) => forwards.find((f) => f.guestPort === guestPort)!.hostPort;
  // Probes may start at once; their own within= deadline counts from the moment the boot is done.
  const end = startedAt + request.timeoutMs;
  const deadline = (withinMs?: number) => () => {
    const ready = session.readyAt;
    return withinMs === undefined || ready === undefined ? end : Math.min(end, ready + withinMs);
  };
  for (const probe of request.http) {
    const name = httpProbeName(probe);
    void probeHttp(probe, hostPort(probe.guestPort), deadline(probe.withinMs), signal).then((outcome) => {
      if (!signal.aborted) session.probeSettled(name, 'http', outcome);
    });
  }
  for (const tcp of request.tcp) {
    void probeTcp(hostPort(tcp.guestPort), deadline(tcp.withinMs), signal).then((outcome) => {
      if (!signal.aborted) session.probeSettled(`tcp ${tcp.guestPort}`, 'tcp', outcome, tcp.guestPort);
    });
  }
}

export type { AccelDecision };
