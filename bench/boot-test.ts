/**
 * Boot-test benchmarks (issue 7), side by side in one run:
 * - time to the example's marker: `osimg boot-test` (node start, KVM probe, overlay and boot-entry edit,
 *   OVMF + systemd-boot, the guest) against a bare qemu direct-kernel boot (-kernel/-initrd/-append) of
 *   the same kernel, initramfs, command line and root filesystem, with the same accelerator, memory and
 *   CPUs; and against bare qemu booting the same disk through the same OVMF (so firmware and bootloader
 *   are on both sides). All are timed from their process start to the marker in their serial log, in
 *   alternation.
 * - the KVM probe's decision time (auto).
 */
import { spawn } from 'node:child_process';
import { copyFile, mkdtemp, open, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chooseAccelerator } from '../src/boot/accel.js';
import { findUefiFirmware } from '../src/boot/firmware.js';
import { ESP_TYPE, readGpt } from '../src/boot/gpt.js';
import { buildDisk } from '../src/disk/builder.js';
import { exec } from '../src/tools/exec.js';
import { QemuSystem } from '../src/tools/qemu-system.js';
import { buildExample, diskDeps, diskRequest } from '../test/integration/disk-example.js';
import { createTestStorage } from '../test/harness/storage.js';
import { bootTestAccounting } from './accounting.js';
import { comparison, median, ms, type Row } from './lib.js';

const MARKER = 'osimg-example: ready';
const RUNS = Number(process.env.BOOT_BENCH_RUNS ?? 2);

/** Starts a process, polls `log` until it holds MARKER, then ends the process; the time to the marker. */
async function timeToMarker(
  command: string,
  args: string[],
  log: string,
  env?: NodeJS.ProcessEnv,
): Promise<number> {
  const started = process.hrtime.bigint();
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], env: env ?? process.env });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  let done = false;
  void exited.then(() => (done = true));
  try {
    for (;;) {
      const text = await readFile(log, 'utf8').catch(() => '');
      if (text.includes(MARKER)) return Number(process.hrtime.bigint() - started) / 1e6;
      if (done) throw new Error(`${command} ended before "${MARKER}": ${stderr.slice(-2000)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    // osimg stops its VM and removes its files on SIGTERM; bare qemu quits on it.
    child.kill('SIGTERM');
    await exited;
  }
}

/** The kernel and initramfs as the ESP holds them (what systemd-boot loads). */
async function bootFilesFromEsp(disk: string, kernelVersion: string, dir: string): Promise<[string, string]> {
  const handle = await open(disk, 'r');
  const head = Buffer.alloc(1024 * 1024);
  await handle.read(head, 0, head.length, 0);
  await handle.close();
  const esp = readGpt(head)!.find((part) => part.type === ESP_TYPE)!;
  const drive = `${disk}@@${esp.offset}`;
  const kernel = join(dir, 'vmlinuz');
  const initrd = join(dir, 'initrd.img');
  const env = { MTOOLS_SKIP_CHECK: '1' };
  await exec('mcopy', ['-i', drive, `::/osimg/${kernelVersion}/vmlinuz`, kernel], { env });
  await exec('mcopy', ['-i', drive, `::/osimg/${kernelVersion}/initrd.img`, initrd], { env });
  return [kernel, initrd];
}

export async function bootTestBench(): Promise<Row[]> {
  const storage = await createTestStorage();
  const scratch = await mkdtemp(join(tmpdir(), 'osimg-bench-boot-'));
  try {
    const image = await buildExample(storage, scratch);
    const result = await buildDisk(
      diskRequest(image, join(scratch, 'disk'), { kernelArgs: ['console=tty0', 'console=ttyS0,115200'] }),
      diskDeps(storage, scratch),
    );
    const disk = result.files[0]!.path;
    const [kernel, initrd] = await bootFilesFromEsp(disk, result.kernelVersion, scratch);

    // The KVM probe: how long `auto` takes to decide, and what it decides (the bare boot uses the same).
    const probes: number[] = [];
    let accel: 'kvm' | 'tcg' = 'tcg';
    let reason = '';
    for (let i = 0; i < 5; i++) {
      const decision = await chooseAccelerator('auto', { qemu: new QemuSystem(), work: scratch });
      probes.push(decision.probeMs);
      accel = decision.accel;
      reason = decision.reason;
    }
    console.error(`bench: boot-test: accelerator ${reason}`);

    // The bundled CLI when dist/ has the command (as users run it), else the sources through tsx.
    const bundled = (await readFile('dist/cli/index.js', 'utf8').catch(() => '')).includes('osimg boot-test');
    const cli = bundled ? ['dist/cli/index.js'] : ['--import', 'tsx', 'src/cli/index.ts'];
    console.error(`bench: boot-test: osimg from ${bundled ? 'dist/cli' : 'src through tsx'}`);
    let run = 0;
    const osimg = async () => {
      const temp = await mkdtemp(join(scratch, 'osimg-'));
      const log = join(temp, 'console.log');
      const args = [...cli, 'boot-test', disk, '--expect', MARKER];
      args.push('--console-log', log, '--accel', 'auto', '-q');
      const took = await timeToMarker(process.execPath, args, log, { ...process.env, TMPDIR: temp });
      await rm(temp, { recursive: true, force: true });
      return took;
    };
    const bare = async () => {
      const temp = await mkdtemp(join(scratch, `bare-${run++}-`));
      const log = join(temp, 'serial.log');
      const took = await timeToMarker(
        'qemu-system-x86_64',
        [
          ...['-nodefaults', '-machine', `q35,accel=${accel}`, ...(accel === 'kvm' ? ['-cpu', 'host'] : [])],
          ...['-m', '1024', '-smp', '2', '-display', 'none', '-serial', `file:${log}`],
          ...['-kernel', kernel, '-initrd', initrd, '-append', result.cmdline],
          ...['-drive', `if=virtio,format=raw,snapshot=on,file=${disk}`],
          ...['-netdev', 'user,id=net0', '-device', 'virtio-net-pci,netdev=net0,romfile='],
        ],
        log,
      );
      await rm(temp, { recursive: true, force: true });
      return took;
    };
    // The same disk through the same firmware, without osimg: what the firmware and bootloader cost is
    // then on both sides, and the ratio is osimg's own overhead.
    const bareUefi = async () => {
      const temp = await mkdtemp(join(scratch, `uefi-${run++}-`));
      const log = join(temp, 'serial.log');
      const vars = join(temp, 'vars.fd');
      const firmware = await findUefiFirmware();
      await copyFile(firmware.varsTemplate, vars);
      const took = await timeToMarker(
        'qemu-system-x86_64',
        [
          ...['-nodefaults', '-machine', `q35,accel=${accel}`, ...(accel === 'kvm' ? ['-cpu', 'host'] : [])],
          ...['-m', '1024', '-smp', '2', '-display', 'none', '-serial', `file:${log}`],
          ...['-drive', `if=pflash,format=raw,unit=0,readonly=on,file=${firmware.code}`],
          ...['-drive', `if=pflash,format=raw,unit=1,file=${vars}`],
          ...['-drive', `if=virtio,format=raw,snapshot=on,file=${disk}`],
          ...['-netdev', 'user,id=net0', '-device', 'virtio-net-pci,netdev=net0,romfile='],
        ],
        log,
      );
      await rm(temp, { recursive: true, force: true });
      return took;
    };
    const osimgRuns: number[] = [];
    const bareRuns: number[] = [];
    const uefiRuns: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      osimgRuns.push(await osimg());
      bareRuns.push(await bare());
      uefiRuns.push(await bareUefi());
    }
    const [osimgMs, bareMs, uefiMs] = [median(osimgRuns), median(bareRuns), median(uefiRuns)];
    const accountingTemp = await mkdtemp(join(scratch, 'accounting-'));
    const accounting = await bootTestAccounting(cli, disk, MARKER, {
      ...process.env,
      TMPDIR: accountingTemp,
    });
    const probeMs = median(probes);
    return [
      comparison(
        `boot-test: time to the example's marker (${accel}, UEFI)`,
        osimgMs,
        { label: 'qemu -kernel/-initrd', ms: bareMs },
        { ratio: 1.15 },
      ),
      comparison(
        `boot-test: time to the example's marker (${accel}, UEFI), same firmware`,
        osimgMs,
        { label: 'qemu + OVMF, same disk', ms: uefiMs },
        { ratio: 1.15 },
      ),
      {
        measure: 'boot-test: KVM probe decision (auto)',
        osimg: ms(probeMs),
        baseline: reason.length > 60 ? `${reason.slice(0, 57)}...` : reason,
        ratio: '',
        target: '<= 5000 ms',
        verdict: probeMs <= 5000 ? 'ok' : 'MISSED',
      },
      ...accounting,
    ];
  } finally {
    await storage.cleanup();
    await rm(scratch, { recursive: true, force: true });
  }
}
