/**
 * @actions/tool-cache and @actions/cache talk through @actions/core, which writes straight to
 * process.stdout: workflow commands (`::debug::…`) and plain lines ("Waiting 3 seconds before trying
 * again"). In the CLI, stdout carries results (JSON, reports), so while a command runs, whatever else
 * reaches process.stdout is turned into log lines on that command's own stderr: workflow commands become
 * `warning:` lines or disappear (debug, masks, groups; shown with --verbose), plain lines pass through.
 * An AsyncLocalStorage keeps commands running side by side (the pipeline's stages) apart, so each line
 * goes to the stage that caused it, with its prefix.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

interface Sink {
  stderr: (text: string) => void;
  verbose: boolean;
  pending: string;
}

const current = new AsyncLocalStorage<Sink>();
let installed = false;

/** One line written to stdout by a library → what the CLI shows on stderr (undefined: nothing). */
export function translateLibraryLine(line: string, verbose: boolean): string | undefined {
  const command = /^::([a-z-]+)(?: [^:]*)?::(.*)$/.exec(line);
  if (!command) return line.trim() ? line : undefined;
  const [, name, message] = command;
  if (name === 'warning' || name === 'error') return `${name}: ${message}`;
  return verbose && name === 'debug' ? `debug: ${message}` : undefined;
}

function install(): void {
  if (installed) return;
  installed = true;
  const original = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    const sink = current.getStore();
    if (!sink) return (original as (...args: unknown[]) => boolean)(chunk, ...rest);
    const text = sink.pending + (typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const lines = text.split(/\r?\n/);
    sink.pending = lines.pop() ?? '';
    for (const line of lines) {
      const shown = translateLibraryLine(line, sink.verbose);
      if (shown !== undefined) sink.stderr(`${shown}\n`);
    }
    const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  }) as typeof process.stdout.write;
}

/**
 * Runs a command with library output on process.stdout routed to `stderr`; `stdout` returned is the
 * command's own result channel, which bypasses the routing.
 */
export async function withLibraryOutput<T>(
  stderr: (text: string) => void,
  verbose: boolean,
  work: (stdout: (write: () => void) => void) => Promise<T>,
): Promise<T> {
  install();
  // Outside the routing: a stderr that itself writes to process.stdout (an action's core.info) must not
  // be routed back into itself.
  const sink: Sink = { stderr: (text) => current.exit(() => stderr(text)), verbose, pending: '' };
  try {
    return await current.run(sink, () => work((write) => current.exit(write)));
  } finally {
    if (sink.pending.trim()) {
      const shown = translateLibraryLine(sink.pending, verbose);
      if (shown !== undefined) sink.stderr(`${shown}\n`);
    }
  }
}
