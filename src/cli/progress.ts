/**
 * Draws the disk builder's progress on stderr (stdout carries the result, e.g. --json): on a terminal one
 * line redrawn in place ("write disk.raw  42%"); otherwise a plain line when a phase starts and then at
 * most every `intervalMs`, so CI logs show that something is happening without a flood.
 */
import type { ProgressEvent, ProgressSink } from '../disk/progress.js';

export interface ProgressOptions {
  write: (text: string) => void;
  isTTY: boolean;
  intervalMs?: number;
  now?: () => number;
}

function describe(event: ProgressEvent): string {
  if (event.total > 0)
    return `${event.phase} ${Math.min(100, Math.floor((event.done / event.total) * 100))}%`;
  return event.done > 0 ? `${event.phase} ${Math.floor(event.done / (1024 * 1024))} MiB` : event.phase;
}

export function progressRenderer(options: ProgressOptions): ProgressSink {
  const now = options.now ?? Date.now;
  const interval = options.intervalMs ?? 10_000;
  let phase = '';
  let lastLine = 0;
  let drawn = '';
  return (event) => {
    if (event.phase === 'done') {
      if (options.isTTY && drawn) options.write('\r\x1b[K');
      drawn = '';
      phase = '';
      return;
    }
    const text = describe(event);
    if (options.isTTY) {
      if (text !== drawn) options.write(`\r\x1b[K${text}`);
      drawn = text;
      return;
    }
    const time = now();
    if (event.phase !== phase || time - lastLine >= interval) {
      options.write(`progress: ${text}\n`);
      phase = event.phase;
      lastLine = time;
    }
  };
}
