/**
 * What a process entry point (the CLI, each action) does first: sweep what killed runs left, and turn
 * SIGTERM/SIGINT into "stop the children, remove the leftovers, exit 143/130" within two seconds.
 */
import { liveGroups, removeLeftovers, signalGroups } from './registry.js';
import { sweepDeadRuns } from './journal.js';

/** How long the work gets to unwind (its own cleanup: `buildah rm`, temp dirs) before a forced exit. */
const UNWIND_MS = 1200;
/** Children still running this long after SIGTERM get SIGKILL. */
const CHILD_GRACE_MS = 500;

export interface Interruption {
  signal: NodeJS.Signals;
  exitCode: number;
}

let interruption: Interruption | undefined;
let guarded = false;

/** Set once a SIGTERM/SIGINT has arrived: front doors report it instead of the errors it causes. */
export function interrupted(): Interruption | undefined {
  return interruption;
}

/** Sweeps dead runs' leftovers and installs the signal handlers. Call once, at process start. */
export function guardProcess(announce: (line: string) => void): void {
  if (guarded) return;
  guarded = true;
  try {
    sweepDeadRuns();
  } catch {
    // A sweep that cannot read the journal must not stop today's work.
  }
  for (const [signal, exitCode] of [
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const) {
    process.on(signal, () => onSignal(signal, exitCode, announce));
  }
  // Whatever path the process takes out once interrupted (the work finishing its unwind first included),
  // it reports the signal.
  process.on('exit', () => {
    if (interruption) process.exitCode = interruption.exitCode;
  });
}

function onSignal(signal: NodeJS.Signals, exitCode: number, announce: (line: string) => void): void {
  if (interruption) {
    // A second signal: no more waiting.
    removeLeftovers();
    process.exit(interruption.exitCode);
  }
  interruption = { signal, exitCode };
  process.exitCode = exitCode;
  announce(`osimg: interrupted by ${signal}: stopping and cleaning up`);
  signalGroups('SIGTERM');
  const started = Date.now();
  let quietSince: number | undefined;
  // The work's own finally blocks run while its children die; exit once no child has run for a moment.
  const poll = setInterval(() => {
    const elapsed = Date.now() - started;
    if (elapsed >= CHILD_GRACE_MS) signalGroups('SIGKILL');
    const idle = liveGroups().length === 0;
    quietSince = idle ? (quietSince ?? Date.now()) : undefined;
    if (elapsed >= UNWIND_MS || (quietSince !== undefined && Date.now() - quietSince >= 200)) {
      clearInterval(poll);
      removeLeftovers();
      process.exit(exitCode);
    }
  }, 50);
}
