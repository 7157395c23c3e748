/**
 * Where a boot's time went, as the serial console shows it: each phase (firmware, loader, kernel, initrd,
 * userspace) starts when its first recognisable line arrives on the host. Times are seconds after qemu
 * started, so they include what the guest's own clocks cannot see (the firmware before the kernel runs).
 */

export const BOOT_PHASES = ['firmware', 'loader', 'kernel', 'initrd', 'userspace'] as const;
export type BootPhase = (typeof BOOT_PHASES)[number];

/** The lines that start a phase; the firmware starts with qemu itself. */
const STARTS: ReadonlyArray<{ phase: Exclude<BootPhase, 'firmware'>; pattern: RegExp }> = [
  // OVMF hands over to a boot entry (systemd-boot, GRUB, or the kernel's own EFI stub).
  {
    phase: 'loader',
    pattern: /^BdsDxe: starting |^Booting `|^Welcome to GRUB|systemd-boot \d|^Loading Linux |^ISOLINUX /,
  },
  { phase: 'kernel', pattern: /^EFI stub: |^(?:\[\s*\d+\.\d+\] )?Linux version \d/ },
  // The kernel runs the initramfs' /init; without an initramfs it runs the system's init directly.
  { phase: 'initrd', pattern: /Run \/init as init process/ },
  {
    phase: 'userspace',
    pattern:
      /Run \/(?:sbin\/init|lib\/systemd\/systemd|usr\/lib\/systemd\/systemd|etc\/init|bin\/init) as init process|systemd\[1\]: Switching root|^Welcome to .+!$|systemd \d+[.\w~-]* running in system mode/,
  },
];

export interface BootMilestone {
  phase: BootPhase;
  /** Seconds after qemu started when the phase began. */
  at: number;
  /** The console line that marked it (the firmware: none). */
  line?: string;
}

/**
 * Watches console lines (already free of escape sequences) and records the first line of each phase.
 * Phases only move forward: a kernel line seen after userspace began is not a new kernel.
 */
export class BootMilestones {
  private readonly seen: BootMilestone[] = [{ phase: 'firmware', at: 0 }];

  /** A console line at `at` seconds; returns the milestone it marks, if it is a new one. */
  observe(line: string, at: number): BootMilestone | undefined {
    const text = line.trim();
    const current = BOOT_PHASES.indexOf(this.seen.at(-1)!.phase);
    for (const { phase, pattern } of STARTS) {
      if (BOOT_PHASES.indexOf(phase) <= current || !pattern.test(text)) continue;
      const milestone = { phase, at, line: text };
      this.seen.push(milestone);
      return milestone;
    }
    return undefined;
  }

  get milestones(): readonly BootMilestone[] {
    return this.seen;
  }
}

export interface PhaseSpan {
  name: string;
  /** Seconds after qemu started. */
  start: number;
  end: number;
}

/**
 * The phases as spans that tile qemu start → `endAt` (normally the first expect): each runs until the
 * next one starts, and the last until `endAt`. Phases not seen on the console are absent.
 */
export function phaseSpans(milestones: readonly BootMilestone[], endAt: number): PhaseSpan[] {
  return milestones
    .filter((milestone) => milestone.at <= endAt)
    .map((milestone, index, seen) => ({
      name: milestone.phase,
      start: milestone.at,
      end: Math.min(seen[index + 1]?.at ?? endAt, endAt),
    }));
}

/** Lines worth showing when a boot fails: failures anywhere in the kept tail, then the last lines. */
const TROUBLE =
  /\b(?:error|errors|fail(?:ed|ure|s)?|panic|oops|bug:|call trace|emergency|timed out|gave up|does not exist|not found|cannot|can't|unable|segfault|killed|denied|dependency)\b/i;

export function consoleExcerpt(lines: readonly string[], last = 20, matching = 15): string[] {
  const cut = Math.max(0, lines.length - last);
  const picked = lines
    .slice(0, cut)
    .filter((line) => TROUBLE.test(line))
    .slice(-matching);
  return picked.length > 0 ? [...picked, '…', ...lines.slice(cut)] : lines.slice(cut);
}
