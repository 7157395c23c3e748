/**
 * The accelerator decision. qemu is replaced by a fake child: a real /bin/sh process that behaves as qemu
 * does in each case (exits 85 after the probe guest's `out`, prints a KVM internal error and hangs, or
 * just hangs), started through the real exec so timeouts and kills are the real ones.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseAccelerator } from '../../../src/boot/accel.js';
import { ConfigurationError } from '../../../src/errors.js';
import { exec, type Exec } from '../../../src/tools/exec.js';
import { QemuSystem } from '../../../src/tools/qemu-system.js';

let work: string;
let kvm: string;
const seen: string[][] = [];

/** A QemuSystem whose process is the given shell script (qemu's argv passed to it). */
function fakeQemu(script: string): QemuSystem {
  const fake: Exec = (_file, args, options) => {
    seen.push([...args]);
    return exec('/bin/sh', ['-c', script, 'qemu-system-x86_64', ...args], options);
  };
  return new QemuSystem('x86_64', fake);
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'osimg-accel-'));
  kvm = join(work, 'kvm');
  await writeFile(kvm, ''); // stands in for a readable, writable /dev/kvm
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('chooseAccelerator', () => {
  it('tcg: no probe', async () => {
    const decision = await chooseAccelerator('tcg', { qemu: fakeQemu('exit 1'), work });
    expect(decision).toEqual({ accel: 'tcg', reason: 'TCG as requested', probeMs: 0 });
  });

  it('auto without /dev/kvm: TCG at once, saying why', async () => {
    const decision = await chooseAccelerator('auto', {
      qemu: fakeQemu('exit 85'),
      work,
      kvmDevice: join(work, 'no-kvm'),
    });
    expect(decision.accel).toBe('tcg');
    expect(decision.reason).toMatch(/no-kvm does not exist/);
  });

  it('auto with a KVM that runs the probe guest: KVM', async () => {
    seen.length = 0;
    const decision = await chooseAccelerator('auto', { qemu: fakeQemu('exit 85'), work, kvmDevice: kvm });
    expect(decision.accel).toBe('kvm');
    expect(decision.reason).toMatch(/^KVM: a test guest ran in \d+ ms$/);
    expect(seen[0]).toEqual(QemuSystem.probeArgs('kvm', join(work, 'kvm-probe.bin')));
  });

  it('auto with a nested KVM that fails the FPU instruction: TCG as soon as qemu says so', async () => {
    const started = Date.now();
    const decision = await chooseAccelerator('auto', {
      qemu: fakeQemu(
        'echo "KVM internal error. Suberror: 1" >&2; echo "emulation failure" >&2; exec sleep 30',
      ),
      work,
      kvmDevice: kvm,
      deadlineMs: 20_000,
    });
    expect(decision.accel).toBe('tcg');
    expect(decision.reason).toMatch(
      /failed at its first FPU instruction \(KVM internal error. Suberror: 1\)/,
    );
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('auto with a guest that never finishes: TCG at the deadline', async () => {
    const decision = await chooseAccelerator('auto', {
      qemu: fakeQemu('exec sleep 30'),
      work,
      kvmDevice: kvm,
      deadlineMs: 300,
    });
    expect(decision.accel).toBe('tcg');
    expect(decision.reason).toMatch(/did not finish within 0.3 s/);
    expect(decision.probeMs).toBeLessThan(3000);
  });

  it('kvm asked for but unusable: a configuration error that says what to do', async () => {
    const error = await chooseAccelerator('kvm', { qemu: fakeQemu('exit 1'), work, kvmDevice: kvm }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(
      /^accel kvm cannot be used: a KVM test guest failed: .*; use accel auto or tcg$/,
    );
  });
});
