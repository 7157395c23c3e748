/**
 * auto|kvm|tcg. /dev/kvm can exist while guests never run (nested virtualisation without full support:
 * the first FPU instruction ends in "KVM internal error"), so `auto` runs a tiny guest under KVM with a
 * short deadline and falls back to TCG, saying why, when it does not finish.
 */
import { constants } from 'node:fs';
import { access, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError, OsimgError } from '../errors.js';
import { PROBE_EXIT_CODE, QemuSystem, type Accelerator } from '../tools/qemu-system.js';

export type AccelMode = 'auto' | Accelerator;

export interface AccelDecision {
  accel: Accelerator;
  /** One sentence for the log and the summary. */
  reason: string;
  /** Time spent deciding (the probe guest), ms. */
  probeMs: number;
}

export interface AccelProbeOptions {
  qemu: QemuSystem;
  /** Scratch directory for the probe's firmware image. */
  work: string;
  kvmDevice?: string;
  deadlineMs?: number;
  signal?: AbortSignal;
}

export const PROBE_DEADLINE_MS = 3000;

/** Why KVM cannot be used at all, before any guest runs; undefined when /dev/kvm is there and usable. */
async function kvmDeviceProblem(device: string): Promise<string | undefined> {
  try {
    await access(device, constants.R_OK | constants.W_OK);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return `${device} does not exist (no hardware virtualisation on this host)`;
    if (code === 'EACCES' || code === 'EPERM')
      return `this user cannot open ${device} (add it to the kvm group; on GitHub runners see docs/boot-test.md)`;
    return `${device} cannot be opened: ${(error as Error).message}`;
  }
}

/** Runs the probe guest under KVM; undefined when it ran, else why not. */
export async function probeKvm(options: AccelProbeOptions): Promise<string | undefined> {
  const deadline = options.deadlineMs ?? PROBE_DEADLINE_MS;
  const bios = join(options.work, 'kvm-probe.bin');
  await writeFile(bios, QemuSystem.probeBios());
  const stop = new AbortController();
  let internalError: string | undefined;
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
  try {
    await options.qemu.launch(QemuSystem.probeArgs('kvm', bios), {
      okExitCodes: [PROBE_EXIT_CODE],
      timeoutMs: deadline,
      signal,
      killGraceMs: 1000,
      onStderrLine: (line) => {
        // qemu pauses the guest after a KVM internal error and waits forever: stop at once.
        if (!internalError && /KVM internal error|emulation failure/i.test(line)) {
          internalError = line.trim();
          stop.abort();
        }
      },
    });
    return undefined;
  } catch (error) {
    if (options.signal?.aborted) throw error;
    if (internalError) return `a KVM test guest failed at its first FPU instruction (${internalError})`;
    if (error instanceof OsimgError && error.code === 'TIMEOUT')
      return `a KVM test guest did not finish within ${deadline / 1000} s`;
    return `a KVM test guest failed: ${(error as Error).message}`;
  }
}

export async function chooseAccelerator(mode: AccelMode, options: AccelProbeOptions): Promise<AccelDecision> {
  const started = Date.now();
  if (mode === 'tcg') return { accel: 'tcg', reason: 'TCG as requested', probeMs: 0 };
  const device = options.kvmDevice ?? '/dev/kvm';
  const problem = (await kvmDeviceProblem(device)) ?? (await probeKvm(options));
  const probeMs = Date.now() - started;
  if (!problem) return { accel: 'kvm', reason: `KVM: a test guest ran in ${probeMs} ms`, probeMs };
  if (mode === 'kvm')
    throw new ConfigurationError(`accel kvm cannot be used: ${problem}; use accel auto or tcg`);
  return { accel: 'tcg', reason: `TCG (software emulation, slower): ${problem}`, probeMs };
}
