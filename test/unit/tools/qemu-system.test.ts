/** QemuSystem: the VM's argv (what the boot test relies on) and the KVM probe guest. */
import { describe, expect, it } from 'vitest';
import { PROBE_EXIT_CODE, QemuSystem, qemuValue, type VmSpec } from '../../../src/tools/qemu-system.js';

const spec: VmSpec = {
  accel: 'tcg',
  memoryMiB: 1024,
  cpus: 2,
  uefi: { code: '/usr/share/OVMF/OVMF_CODE_4M.fd', vars: '/w/OVMF_VARS.fd' },
  disk: { path: '/w/overlay.qcow2', format: 'qcow2' },
  factsDrive: '/w/facts.img',
  sockets: { console: '/w/console.sock', qmp: '/w/qmp.sock', facts: '/w/facts.sock' },
  forwards: [
    { hostPort: 40001, guestPort: 8080 },
    { hostPort: 40002, guestPort: 22 },
  ],
};

/** The value after each occurrence of a flag. */
const values = (args: string[], flag: string) =>
  args.flatMap((arg, i) => (arg === flag ? [args[i + 1]!] : []));

describe('QemuSystem.vmArgs', () => {
  it('boots UEFI from the overlay as vda, the facts drive as vdb, with sockets, QMP and forwards', () => {
    const args = QemuSystem.vmArgs(spec);
    expect(args.slice(0, 4)).toEqual(['-nodefaults', '-no-user-config', '-machine', 'q35,accel=tcg']);
    expect(args).not.toContain('-cpu');
    expect(args).toContain('-no-reboot');
    expect(values(args, '-chardev')).toEqual([
      'socket,id=console,path=/w/console.sock',
      'socket,id=qmp,path=/w/qmp.sock',
      'socket,id=facts,path=/w/facts.sock',
    ]);
    expect(values(args, '-serial')).toEqual(['chardev:console']);
    expect(values(args, '-mon')).toEqual(['chardev=qmp,mode=control']);
    expect(values(args, '-drive')).toEqual([
      'if=pflash,format=raw,unit=0,readonly=on,file=/usr/share/OVMF/OVMF_CODE_4M.fd',
      'if=pflash,format=raw,unit=1,file=/w/OVMF_VARS.fd',
      'if=none,id=disk0,file=/w/overlay.qcow2,format=qcow2,cache=unsafe,discard=unmap',
      'if=none,id=facts,file=/w/facts.img,format=raw,readonly=on',
    ]);
    expect(values(args, '-device')).toEqual([
      'virtio-blk-pci,drive=disk0,bootindex=1',
      'virtio-blk-pci,drive=facts,serial=osimg-facts',
      'virtio-serial-pci,id=vser0',
      'virtserialport,bus=vser0.0,chardev=facts,name=org.osimg.facts',
      'virtio-net-pci,netdev=net0,romfile=',
    ]);
    expect(values(args, '-netdev')).toEqual([
      'user,id=net0,hostfwd=tcp:127.0.0.1:40001-:8080,hostfwd=tcp:127.0.0.1:40002-:22',
    ]);
  });

  it('uses the host CPU under KVM; BIOS without pflash; no facts channel when not asked', () => {
    const args = QemuSystem.vmArgs({
      ...spec,
      accel: 'kvm',
      uefi: undefined,
      factsDrive: undefined,
      sockets: { console: '/c', qmp: '/q' },
      forwards: [],
    });
    expect(values(args, '-machine')).toEqual(['q35,accel=kvm']);
    expect(values(args, '-cpu')).toEqual(['host']);
    expect(args.join(' ')).not.toMatch(/pflash|facts|virtio-serial/);
    expect(values(args, '-netdev')).toEqual(['user,id=net0']);
  });

  it('doubles commas in paths (qemu option syntax)', () => {
    expect(qemuValue('/a,b/c.raw')).toBe('/a,,b/c.raw');
    expect(QemuSystem.vmArgs({ ...spec, disk: { path: '/x,y.raw', format: 'raw' } })).toContain(
      'if=none,id=disk0,file=/x,,y.raw,format=raw,cache=unsafe,discard=unmap',
    );
  });
});

describe('the KVM probe guest', () => {
  it('is a 64 KiB image whose reset vector runs fninit, then writes 0x2a to the debug-exit port', () => {
    const bios = QemuSystem.probeBios();
    expect(bios.length).toBe(65536);
    expect([...bios.subarray(0xfff0, 0xfffa)]).toEqual([
      0x9b, 0xdb, 0xe3, 0xb0, 0x2a, 0xe6, 0xf4, 0xf4, 0xeb, 0xfd,
    ]);
    expect(PROBE_EXIT_CODE).toBe((0x2a << 1) | 1);
    expect(QemuSystem.probeArgs('kvm', '/w/probe.bin')).toEqual([
      '-nodefaults',
      '-no-user-config',
      '-machine',
      'pc,accel=kvm',
      '-cpu',
      'host',
      '-m',
      '16',
      '-display',
      'none',
      '-bios',
      '/w/probe.bin',
      '-device',
      'isa-debug-exit,iobase=0xf4,iosize=0x04',
    ]);
  });
});
