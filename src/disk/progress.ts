/**
 * Progress of long writes, as events: the disk builder says what it is doing and how far it is; the CLI
 * draws it (src/cli/progress.ts), the action and tests ignore it.
 */
import { stat } from 'node:fs/promises';

export interface ProgressEvent {
  /** What is being written, e.g. "write disk.raw", "disk.qcow2", "sha256 disk.raw"; "done" at the end. */
  phase: string;
  done: number;
  /** 0 when the total is unknown (then `done` is bytes so far). */
  total: number;
}

export type ProgressSink = (event: ProgressEvent) => void;

/**
 * Reports how much of `path` is allocated against `total` every half second while `work` runs: for
 * writers that say nothing about their progress (mkfs, qemu-img). An estimate, capped below 100%.
 */
export async function watchAllocated<T>(
  path: string,
  total: number,
  phase: string,
  sink: ProgressSink | undefined,
  work: () => Promise<T>,
): Promise<T> {
  if (!sink || total <= 0) return work();
  const timer = setInterval(() => {
    stat(path).then(
      (info) => sink({ phase, done: Math.min(info.blocks * 512, total * 0.99), total }),
      () => undefined,
    );
  }, 500);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}
