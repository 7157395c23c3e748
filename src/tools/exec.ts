/**
 * The only place in osimg that starts processes. Always an argv array, never a shell; output captured and
 * capped; a timeout and an AbortSignal that end the process (TERM, then KILL); failures as CommandError.
 * Each child leads its own process group (registered, so signals and exit kill all of it), dies with
 * osimg even on SIGKILL (a parent-death signal), and sees only an allow-listed environment.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { CommandError, OsimgError } from '../errors.js';
import { killGroup } from '../scratch/journal.js';
import { trackGroup } from '../scratch/registry.js';
import { childEnvironment } from './child-env.js';
import { launcher } from './launcher.js';

export interface ExecOptions {
  cwd?: string;
  /**
   * Added to the allow-listed part of osimg's environment (see child-env.ts); `undefined` removes a
   * variable. Whatever a tool needs beyond the allow-list (credentials, its settings) goes here.
   */
  env?: Record<string, string | undefined>;
  /** Written to stdin, then stdin is closed. Secrets go here or in env, never in args. */
  input?: string | Buffer;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Called for each complete line as it arrives (for streaming logs). */
  onStdoutLine?: (line: string) => void;
  onStderrLine?: (line: string) => void;
  /** Exit codes that count as success (default [0]). */
  okExitCodes?: number[];
  /** Cap on captured stdout (default 64 MiB); stderr keeps its last 256 KiB. */
  maxStdoutBytes?: number;
  /** Grace period between TERM and KILL (default 5 s). */
  killGraceMs?: number;
  /** Runs beside the work (a local registry, the pipeline's own side work): not counted in toolTimeMs. */
  background?: boolean;
}

export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  durationMs: number;
}

export type Exec = (file: string, args: readonly string[], options?: ExecOptions) => Promise<ExecResult>;

const STDERR_KEEP = 256 * 1024;
const TAIL_LINES = 15;

/** The last non-empty lines of some output, for error messages. */
export function tailLines(text: string, count = TAIL_LINES): string[] {
  if (count <= 0) return [];
  return text
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .filter((line) => line.length > 0)
    .slice(-count);
}

/** Splits a byte stream into lines for a callback, keeping a partial last line until more arrives. */
function lineSplitter(onLine?: (line: string) => void): { push(chunk: string): void; flush(): void } {
  let pending = '';
  return {
    push(chunk) {
      if (!onLine) return;
      pending += chunk;
      const lines = pending.split(/\r?\n/);
      pending = lines.pop() ?? '';
      for (const line of lines) onLine(line);
    },
    flush() {
      if (onLine && pending.length > 0) onLine(pending);
      pending = '';
    },
  };
}

/**
 * Wall time during which at least one child process ran (overlaps counted once): what the wrapped tools
 * cost, so a pipeline can tell its own overhead from theirs. One clock for the whole process, and one per
 * unit of work that asks for its own (`withToolClock`: a pipeline stage running beside another).
 */
export class ToolClock {
  private running = 0;
  private busySince = 0;
  private busyMs = 0;

  ms(): number {
    return this.busyMs + (this.running > 0 ? Date.now() - this.busySince : 0);
  }

  started(): void {
    if (this.running++ === 0) this.busySince = Date.now();
  }

  ended(): void {
    if (--this.running === 0) this.busyMs += Date.now() - this.busySince;
  }
}

const processClock = new ToolClock();
const workClock = new AsyncLocalStorage<ToolClock>();

export function toolTimeMs(): number {
  return processClock.ms();
}

/** Runs `work` with its own tool clock: the children it (and only it) starts are counted there too. */
export function withToolClock<T>(clock: ToolClock, work: () => Promise<T>): Promise<T> {
  return workClock.run(clock, work);
}

function childStarted(): () => void {
  const clocks = [processClock, workClock.getStore()].filter((clock) => clock !== undefined);
  for (const clock of clocks) clock.started();
  return () => clocks.forEach((clock) => clock.ended());
}

function setprivHelp(setpriv: string): string {
  return spawnSync(setpriv, ['--help'], { encoding: 'utf8', timeout: 5000, env: {} }).stdout ?? '';
}

export const exec: Exec = (file, args, options = {}) => {
  const started = Date.now();
  const command = [file, ...args].join(' ');
  return new Promise<ExecResult>((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(new OsimgError(`${file} was not started: the operation was cancelled`, { code: 'TIMEOUT' }));
      return;
    }
    const env = childEnvironment(process.env, options.env);
    const start = launcher(file, args, env.PATH ?? '', options.cwd ?? '.', setprivHelp);
    if (!start || 'notExecutable' in start) {
      reject(
        start
          ? new OsimgError(`${file} could not be started: it is not an executable file`, {
              code: 'COMMAND_FAILED',
            })
          : new OsimgError(`${file} is not installed or not on PATH`, { code: 'TOOL_NOT_FOUND' }),
      );
      return;
    }
    const child = spawn(start.file, start.args, {
      cwd: options.cwd,
      env,
      shell: false,
      // Its own process group (setsid): a signal to osimg's terminal group does not reach it half-way,
      // and osimg can end the child together with everything it started.
      detached: true,
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const group = child.pid;
    const untrack = group === undefined ? () => undefined : trackGroup(group);
    // A background server (a local registry) is not work done for the caller: not tool time.
    let stopClocks: (() => void) | undefined = options.background ? undefined : childStarted();
    const end = () => {
      stopClocks?.();
      stopClocks = undefined;
    };

    const maxStdout = options.maxStdoutBytes ?? 64 * 1024 * 1024;
    let stdout = '';
    let stdoutBytes = 0;
    let stdoutTruncated = false;
    let stderr = '';
    const outLines = lineSplitter(options.onStdoutLine);
    const errLines = lineSplitter(options.onStderrLine);
    const childStdout = child.stdout!;
    const childStderr = child.stderr!;
    const stdoutDecoder = new StringDecoder('utf8');
    const lineDecoder = new StringDecoder('utf8');
    childStderr.setEncoding('utf8');
    childStdout.on('data', (chunk: Buffer) => {
      // The cap is in bytes; decoding keeps multi-byte characters whole across chunks.
      const kept = chunk.subarray(0, Math.max(0, maxStdout - stdoutBytes));
      if (kept.length < chunk.length) stdoutTruncated = true;
      stdoutBytes += kept.length;
      stdout += stdoutDecoder.write(kept);
      outLines.push(lineDecoder.write(chunk));
    });
    childStderr.on('data', (chunk: string) => {
      errLines.push(chunk);
      stderr += chunk;
      if (stderr.length > STDERR_KEEP * 2) stderr = stderr.slice(-STDERR_KEEP);
    });

    const signalChild = (name: NodeJS.Signals) => {
      if (group === undefined || !killGroup(group, name)) child.kill(name);
    };
    let stopReason: string | undefined;
    let killTimer: NodeJS.Timeout | undefined;
    const stop = (reason: string) => {
      if (stopReason) return;
      stopReason = reason;
      signalChild('SIGTERM');
      killTimer = setTimeout(() => signalChild('SIGKILL'), options.killGraceMs ?? 5000);
      killTimer.unref();
    };
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => stop(`timed out after ${formatSeconds(options.timeoutMs!)}`), options.timeoutMs);
    const onAbort = () => stop('was cancelled');
    options.signal?.addEventListener('abort', onAbort, { once: true });

    const cleanup = () => {
      untrack();
      if (timer) clearTimeout(timer);
      if (killTimer) clearTimeout(killTimer);
      options.signal?.removeEventListener('abort', onAbort);
    };

    child.on('error', (error: NodeJS.ErrnoException) => {
      cleanup();
      end();
      if (error.code === 'ENOENT' && options.cwd !== undefined && !existsSync(options.cwd)) {
        reject(
          new OsimgError(`${file} was not started: its working directory ${options.cwd} does not exist`, {
            code: 'COMMAND_FAILED',
            cause: error,
          }),
        );
      } else if (error.code === 'ENOENT') {
        reject(
          new OsimgError(`${file} is not installed or not on PATH`, { code: 'TOOL_NOT_FOUND', cause: error }),
        );
      } else {
        reject(
          new OsimgError(`${file} could not be started: ${error.message}`, {
            code: 'COMMAND_FAILED',
            cause: error,
          }),
        );
      }
    });

    if (options.input !== undefined && child.stdin) {
      // A child that exits without reading stdin must not crash us with EPIPE.
      child.stdin.on('error', () => undefined);
      child.stdin.end(options.input);
    }

    child.on('close', (code, signal) => {
      cleanup();
      end();
      outLines.push(lineDecoder.end());
      outLines.flush();
      errLines.flush();
      const durationMs = Date.now() - started;
      const exitCode = code ?? -1;
      if (stopReason) {
        reject(
          new CommandError(`${file} ${stopReason}`, {
            command,
            exitCode: code,
            stderrTail: tailLines(stderr),
            code: 'TIMEOUT',
          }),
        );
        return;
      }
      stdout += stdoutDecoder.end();
      if (stdoutTruncated) stdout += '\n[output truncated]';
      if (!(options.okExitCodes ?? [0]).includes(exitCode)) {
        const how = signal ? `was killed by ${signal}` : `exited with code ${exitCode}`;
        const tail = tailLines(stderr);
        const last = tail.at(-1);
        reject(
          new CommandError(`${file} ${args[0] ?? ''} ${how}${last ? `: ${last}` : ''}`.replace(/\s+/g, ' '), {
            command,
            exitCode: code,
            stderrTail: tail,
          }),
        );
        return;
      }
      resolve({ exitCode, stdout, stderr, durationMs });
    });
  });
};

function formatSeconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}
