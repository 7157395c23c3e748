/**
 * A boot test's time, accounted for: the host's work (making the disk, choosing the accelerator, the
 * throwaway overlay, starting qemu, stopping it, cleaning up) and the guest's phases as the console showed
 * them, as spans that tile the whole run, so the parts add up to the `seconds` the report gives.
 */
import type { GuestBootTimes } from './facts.js';
import { phaseSpans, type BootMilestone } from './milestones.js';

export interface TimedSpan {
  name: string;
  /** host: osimg's own work; guest: a boot phase seen on the console; checks: after the first expect. */
  kind: 'host' | 'guest' | 'checks';
  /** Seconds from the boot test's start. */
  start: number;
  end: number;
}

export interface BootTiming {
  /** Spans in order, tiling 0 → the run's end. */
  spans: TimedSpan[];
  /** systemd's own figures, when the guest reported them. */
  guest?: GuestBootTimes;
}

/** Host-side moments (Date.now() values) the boot test records on its way. */
export interface HostMarks {
  began: number;
  /** Each host step's end, in order: [name, time]. The first starts at `began`. */
  steps: Array<[string, number]>;
  /** qemu's start as the VM runner saw it; undefined when it never started. */
  qemuStarted?: number;
  /** The verdict, the VM stopped, the scratch files removed. */
  decided?: number;
  stopped?: number;
  ended: number;
}

const round = (seconds: number) => Math.round(seconds * 10) / 10;

export function bootTiming(
  marks: HostMarks,
  milestones: readonly BootMilestone[],
  firstExpect: number | undefined,
  guest?: GuestBootTimes,
): BootTiming {
  const at = (time: number) => round((time - marks.began) / 1000);
  const spans: TimedSpan[] = [];
  let cursor = 0;
  const push = (name: string, kind: TimedSpan['kind'], end: number) => {
    if (end <= cursor) return;
    spans.push({ name, kind, start: cursor, end: Math.max(cursor, end) });
    cursor = Math.max(cursor, end);
  };
  for (const [name, time] of marks.steps) push(name, 'host', at(time));
  if (marks.qemuStarted !== undefined) {
    push('qemu start', 'host', at(marks.qemuStarted));
    const zero = cursor;
    const decided = marks.decided === undefined ? at(marks.ended) : at(marks.decided);
    const guestEnd = firstExpect === undefined ? decided - zero : Math.min(firstExpect, decided - zero);
    for (const span of phaseSpans(milestones, guestEnd)) push(span.name, 'guest', round(zero + span.end));
    if (firstExpect !== undefined) push('checks', 'checks', decided);
    if (marks.stopped !== undefined) push('stop', 'host', at(marks.stopped));
  }
  push('clean up', 'host', at(marks.ended));
  return { spans, ...(guest ? { guest } : {}) };
}

/**
 * The same timing with the process' own start-up in front (node starting, modules loading, the request
 * read), for a command whose `startedAt` is the process start: every span moves right by it.
 */
export function withStartUp(timing: BootTiming, startUpSeconds: number): BootTiming {
  const offset = round(Math.max(0, startUpSeconds));
  if (offset === 0) return timing;
  return {
    ...timing,
    spans: [
      { name: 'start-up', kind: 'host', start: 0, end: offset },
      ...timing.spans.map((span) => ({
        ...span,
        start: round(span.start + offset),
        end: round(span.end + offset),
      })),
    ],
  };
}

/** One line for a log or a table: "firmware 2.1 s · loader 0.3 s · …". */
export function describeTiming(timing: BootTiming): string {
  const parts = timing.spans.map((span) => `${span.name} ${(span.end - span.start).toFixed(1)} s`);
  const guest = timing.guest
    ? `; systemd in the guest: ${Object.entries(timing.guest)
        .map(([name, seconds]) => `${name} ${(seconds as number).toFixed(1)} s`)
        .join(' · ')}`
    : '';
  return `${parts.join(' · ')}${guest}`;
}
