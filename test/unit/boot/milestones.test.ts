/** Boot milestones from real consoles, the failure excerpt, and the time accounting of one boot test. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConsoleText } from '../../../src/boot/console.js';
import { guestBootTimes } from '../../../src/boot/facts.js';
import { BootMilestones, consoleExcerpt, phaseSpans } from '../../../src/boot/milestones.js';
import { bootTiming, describeTiming } from '../../../src/boot/timing.js';

/** The fixture's clean lines; line N arrives at N × 50 ms (the log file keeps no host times). */
function replay(file: string): { milestones: BootMilestones; lines: string[] } {
  const milestones = new BootMilestones();
  const lines: string[] = [];
  const text = new ConsoleText({
    onLine: (line) => {
      milestones.observe(line, lines.length * 0.05);
      lines.push(line);
    },
    onPartial: () => undefined,
  });
  text.push(readFileSync(file));
  text.end();
  return { milestones, lines };
}

describe('boot milestones', () => {
  it('finds firmware, loader, kernel, initrd and userspace in a real UEFI boot', () => {
    const { milestones, lines } = replay('test/fixtures/boot/console-example-boot.log');
    const seen = milestones.milestones.map(({ phase, line }) => [phase, line?.slice(0, 40)]);
    expect(seen).toEqual([
      ['firmware', undefined],
      ['loader', 'BdsDxe: starting Boot0001 "UEFI Misc Dev'],
      ['kernel', 'EFI stub: Loaded initrd from LINUX_EFI_I'],
      ['initrd', '[    7.356485] Run /init as init process'],
      ['userspace', '[   21.568331] systemd[1]: systemd 252.3'],
    ]);
    // The marks carry the time the line arrived, and no escape sequence reaches a log line.
    expect(milestones.milestones[3]!.at).toBeCloseTo(lines.findIndex((l) => l.includes('Run /init')) * 0.05);
    expect(lines.join('\n')).not.toContain('\x1b');
  });

  it('stops at the initrd when the root never comes', () => {
    const { milestones } = replay('test/fixtures/boot/console-wrong-root.log');
    expect(milestones.milestones.map((m) => m.phase)).toEqual(['firmware', 'loader', 'kernel', 'initrd']);
  });

  it('only moves forward, and knows a boot without an initramfs', () => {
    const milestones = new BootMilestones();
    expect(milestones.observe('[    0.000000] Linux version 6.1.0-50-amd64 (x)', 1)?.phase).toBe('kernel');
    expect(milestones.observe('[    2.1] Run /sbin/init as init process', 3)?.phase).toBe('userspace');
    expect(milestones.observe('[    5.0] Linux version 6.1.0 again', 4)).toBeUndefined();
    expect(milestones.observe('[    5.1] Run /init as init process', 5)).toBeUndefined();
  });

  it('turns milestones into spans that tile qemu start → the first expect', () => {
    const { milestones } = replay('test/fixtures/boot/console-example-boot.log');
    const spans = phaseSpans(milestones.milestones, 40);
    expect(spans.map((span) => span.name)).toEqual(['firmware', 'loader', 'kernel', 'initrd', 'userspace']);
    expect(spans[0]!.start).toBe(0);
    expect(spans.at(-1)!.end).toBe(40);
    spans.slice(1).forEach((span, index) => expect(span.start).toBe(spans[index]!.end));
  });
});

describe('console excerpt on failure', () => {
  it('keeps the last lines and earlier lines that name a problem', () => {
    const lines = [
      'normal 1',
      '[FAILED] Failed to start hello.service',
      ...Array.from({ length: 30 }, (_, i) => `noise ${i}`),
      'Gave up waiting for root file system device.',
      ...Array.from({ length: 20 }, (_, i) => `tail ${i}`),
    ];
    const excerpt = consoleExcerpt(lines);
    expect(excerpt).toEqual([
      '[FAILED] Failed to start hello.service',
      'Gave up waiting for root file system device.',
      '…',
      ...lines.slice(-20),
    ]);
    expect(consoleExcerpt(['a', 'b'])).toEqual(['a', 'b']);
  });
});

describe('boot timing', () => {
  it('accounts for every second of the boot test: host steps, guest phases, checks, stop', () => {
    const s = (seconds: number) => 1_000_000 + seconds * 1000;
    const milestones = new BootMilestones();
    milestones.observe('BdsDxe: starting Boot0001 "UEFI Misc Device"', 2.1);
    milestones.observe('EFI stub: Loaded initrd from LINUX_EFI_INITRD_MEDIA_GUID device path', 2.6);
    milestones.observe('[    7.356485] Run /init as init process', 11.2);
    milestones.observe(
      '[   21.568331] systemd[1]: systemd 252.39-1~deb12u2 running in system mode (+PAM)',
      25.9,
    );
    const timing = bootTiming(
      {
        began: s(0),
        steps: [
          ['make disk', s(0)],
          ['accelerator', s(0.4)],
          ['disk overlay', s(0.9)],
        ],
        qemuStarted: s(1.2),
        decided: s(41.2),
        stopped: s(42.5),
        ended: s(42.8),
      },
      milestones.milestones,
      38,
      { kernel: 7.4, userspace: 18.6 },
    );
    const names = timing.spans.map((span) => span.name);
    expect(names).toEqual([
      'accelerator',
      'disk overlay',
      'qemu start',
      'firmware',
      'loader',
      'kernel',
      'initrd',
      'userspace',
      'checks',
      'stop',
      'clean up',
    ]);
    expect(timing.spans[0]!.start).toBe(0);
    expect(timing.spans.at(-1)!.end).toBe(42.8);
    timing.spans
      .slice(1)
      .forEach((span, index) => expect(span.start).toBeCloseTo(timing.spans[index]!.end, 6));
    expect(timing.spans.find((span) => span.name === 'userspace')!.end).toBeCloseTo(39.2, 6);
    expect(describeTiming(timing)).toMatch(
      /^accelerator 0\.4 s · disk overlay 0\.5 s · qemu start 0\.3 s · firmware/,
    );
    expect(describeTiming(timing)).toContain('systemd in the guest: kernel 7.4 s · userspace 18.6 s');
  });

  it('uses systemd-analyze’s arithmetic for the guest’s own figures', () => {
    expect(
      guestBootTimes({
        FirmwareTimestampMonotonic: 3_000_000,
        LoaderTimestampMonotonic: 1_000_000,
        InitRDTimestampMonotonic: 0,
        UserspaceTimestampMonotonic: 5_500_000,
        FinishTimestampMonotonic: 9_000_000,
      }),
    ).toEqual({ firmware: 2, loader: 1, kernel: 5.5, userspace: 3.5 });
    expect(guestBootTimes({ UserspaceTimestampMonotonic: 'x' })).toBeUndefined();
  });
});
