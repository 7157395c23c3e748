/**
 * qemu-system: boots a disk in a throwaway VM (the boot test) and runs the tiny KVM probe guest. Argument
 * building is pure; running goes through exec (qemu is one long-lived child, ended by abort).
 */
import type { Exec, ExecOptions, ExecResult } from './exec.js';
import { Tool, extractSemver } from './tool.js';

export type Accelerator = 'kvm' | 'tcg';

export interface PortForward {
  hostPort: number;
  guestPort: number;
}

export interface VmSpec {
  accel: Accelerator;
  memoryMiB: number;
  cpus: number;
  /** UEFI: OVMF code (read-only) and a private copy of its variable store; absent = BIOS (SeaBIOS). */
  uefi?: { code: string; vars: string };
  /** The disk the guest boots from (the first virtio disk, vda). */
  disk: { path: string; format: string };
  /** A read-only raw disk attached second (vdb): the guest facts script. */
  factsDrive?: string;
  /** Unix sockets osimg listens on; qemu connects to each as a client at start. */
  sockets: { console: string; qmp: string; facts?: string };
  forwards: readonly PortForward[];
}

/** The name of the virtio-serial port the guest reports its facts on (/dev/virtio-ports/<name>). */
export const FACTS_PORT_NAME = 'org.osimg.facts';
/** isa-debug-exit turns the probe guest's `out 0xf4, 0x2a` into this exit status: (0x2a << 1) | 1. */
export const PROBE_EXIT_CODE = 85;

/** qemu's option syntax: commas inside a value are doubled. */
export function qemuValue(text: string): string {
  return text.replace(/,/g, ',,');
}

export class QemuSystem extends Tool {
  protected readonly installHint =
    'install qemu-system-x86 and ovmf (Debian/Ubuntu: apt-get install qemu-system-x86 ovmf)';

  constructor(architecture = 'x86_64', exec?: Exec) {
    super(`qemu-system-${architecture}`, exec);
  }

  protected parseVersion(output: string): string {
    return extractSemver(output, this.binary);
  }

  static vmArgs(spec: VmSpec): string[] {
    const args = [
      '-nodefaults',
      '-no-user-config',
      '-machine',
      `q35,accel=${spec.accel}`,
      ...(spec.accel === 'kvm' ? ['-cpu', 'host'] : []),
      '-m',
      String(spec.memoryMiB),
      '-smp',
      String(spec.cpus),
      '-display',
      'none',
      // One boot per test: a guest that reboots (panic=N, a reboot loop) ends qemu instead.
      '-no-reboot',
      '-chardev',
      `socket,id=console,path=${qemuValue(spec.sockets.console)}`,
      '-serial',
      'chardev:console',
      '-chardev',
      `socket,id=qmp,path=${qemuValue(spec.sockets.qmp)}`,
      '-mon',
      'chardev=qmp,mode=control',
    ];
    if (spec.uefi) {
      args.push(
        '-drive',
        `if=pflash,format=raw,unit=0,readonly=on,file=${qemuValue(spec.uefi.code)}`,
        '-drive',
        `if=pflash,format=raw,unit=1,file=${qemuValue(spec.uefi.vars)}`,
      );
    }
    // The boot disk comes first so the guest names it vda and the facts drive vdb.
    args.push(
      '-drive',
      `if=none,id=disk0,file=${qemuValue(spec.disk.path)},format=${spec.disk.format},cache=unsafe,discard=unmap`,
      '-device',
      'virtio-blk-pci,drive=disk0,bootindex=1',
    );
    if (spec.factsDrive) {
      args.push(
        '-drive',
        `if=none,id=facts,file=${qemuValue(spec.factsDrive)},format=raw,readonly=on`,
        '-device',
        'virtio-blk-pci,drive=facts,serial=osimg-facts',
      );
    }
    if (spec.sockets.facts) {
      args.push(
        '-device',
        'virtio-serial-pci,id=vser0',
        '-chardev',
        `socket,id=facts,path=${qemuValue(spec.sockets.facts)}`,
        '-device',
        `virtserialport,bus=vser0.0,chardev=facts,name=${FACTS_PORT_NAME}`,
      );
    }
    const forwards = spec.forwards.map((f) => `,hostfwd=tcp:127.0.0.1:${f.hostPort}-:${f.guestPort}`);
    args.push(
      '-netdev',
      `user,id=net0${forwards.join('')}`,
      // romfile= drops the NIC's iPXE ROM: a disk that does not boot must not turn into a network boot.
      '-device',
      'virtio-net-pci,netdev=net0,romfile=',
    );
    return args;
  }

  /** The KVM probe: a 64 KiB "BIOS" that initialises the FPU and exits through isa-debug-exit. */
  static probeArgs(accel: Accelerator, bios: string): string[] {
    return [
      '-nodefaults',
      '-no-user-config',
      '-machine',
      `pc,accel=${accel}`,
      ...(accel === 'kvm' ? ['-cpu', 'host'] : []),
      '-m',
      '16',
      '-display',
      'none',
      '-bios',
      bios,
      '-device',
      'isa-debug-exit,iobase=0xf4,iosize=0x04',
    ];
  }

  /**
   * The probe guest's firmware image. At the reset vector (real mode, top of the 64 KiB image):
   * fwait; fninit (an FPU instruction: what nested KVM hosts fail to run); mov al, 0x2a; out 0xf4, al
   * (qemu exits with PROBE_EXIT_CODE); then hlt in a loop.
   */
  static probeBios(): Buffer {
    const image = Buffer.alloc(64 * 1024, 0xf4);
    Buffer.from([0x9b, 0xdb, 0xe3, 0xb0, 0x2a, 0xe6, 0xf4, 0xf4, 0xeb, 0xfd]).copy(image, 0xfff0);
    return image;
  }

  /** Runs qemu until it exits (or `options.signal` ends it). */
  launch(args: readonly string[], options: ExecOptions = {}): Promise<ExecResult> {
    return this.run(args, { maxStdoutBytes: 1024 * 1024, ...options });
  }
}
