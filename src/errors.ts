/**
 * The error taxonomy. Every failure that reaches a user is one of these, so the front doors (actions, CLI)
 * can print one clear line and pick the exit code without guessing.
 */

export type ErrorCode =
  | 'CONFIGURATION' // the user must change an input, a file or the environment
  | 'TOOL_NOT_FOUND' // an external binary is missing
  | 'COMMAND_FAILED' // an external binary exited non-zero
  | 'TIMEOUT' // an external binary or request ran out of time
  | 'BUILD_FAILED' // a Containerfile step failed
  | 'REGISTRY' // a registry answered with an error or could not be reached
  | 'AWS' // an AWS API answered with an error (other than credentials or permissions)
  | 'AUTH' // a registry rejected or required credentials
  | 'NOT_FOUND' // an image, blob or manifest does not exist
  | 'DIGEST_MISMATCH' // content read back differs from what was written
  | 'INTERNAL';

export class OsimgError extends Error {
  readonly code: ErrorCode;

  constructor(message: string, options: { code?: ErrorCode; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = options.code ?? 'INTERNAL';
  }
}

/** The user must act: the message says what is wrong and how to fix it. Exit code 2 in the CLI. */
export class ConfigurationError extends OsimgError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { code: 'CONFIGURATION', cause: options.cause });
  }
}

/** An external command failed: carries the exit code and the last lines it wrote to stderr. */
export class CommandError extends OsimgError {
  readonly command: string;
  readonly exitCode: number | null;
  readonly stderrTail: string[];

  constructor(
    message: string,
    details: {
      command: string;
      exitCode: number | null;
      stderrTail: string[];
      code?: ErrorCode;
      cause?: unknown;
    },
  ) {
    super(message, { code: details.code ?? 'COMMAND_FAILED', cause: details.cause });
    this.command = details.command;
    this.exitCode = details.exitCode;
    this.stderrTail = details.stderrTail;
  }
}

/** Anything thrown, as an Error (libraries and tools sometimes throw strings or objects). */
export function toError(value: unknown): Error {
  if (value instanceof Error) return value;
  if (typeof value === 'string') return new Error(value);
  try {
    return new Error(JSON.stringify(value) ?? String(value));
  } catch {
    return new Error(String(value));
  }
}

/** How much of an input a message may echo, and how long a whole message may grow (docs/limits.md). */
export const MESSAGE_LIMITS = { quoted: 200, message: 2000 };

/** C0/C1 control characters and the Unicode line separators: each would break or forge a log line. */
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

function escapeControl(text: string, keep: RegExp | undefined): string {
  return text.replace(CONTROL, (c) =>
    keep?.test(c)
      ? c
      : c === '\n'
        ? '\\n'
        : c === '\r'
          ? '\\r'
          : c === '\t'
            ? '\\t'
            : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length - max} more characters)`;
}

/**
 * Input echoed in an error message, in double quotes: at most `max` characters, with newlines and every
 * other control character escaped, so a hostile value can neither flood nor forge the log. Every message
 * that repeats what a user or a file gave goes through this.
 */
export function quoteInput(text: string, max = MESSAGE_LIMITS.quoted): string {
  return `"${escapeControl(truncate(text, max), undefined).replace(/"/g, '\\"')}"`;
}

/**
 * The last guard before a message reaches the log: bounded in length, control characters escaped. Line
 * breaks our own messages put in (lists of findings) stay; tabs too.
 */
export function boundMessage(message: string): string {
  return escapeControl(truncate(message, MESSAGE_LIMITS.message), /[\n\t]/);
}

/** One line for the user: our own errors speak for themselves, anything else is marked as unexpected. */
export function describeError(value: unknown): string {
  const error = toError(value);
  if (error instanceof OsimgError) return boundMessage(error.message);
  return boundMessage(
    `unexpected error: ${error.message} (this is a bug in osimg; please report it with the log)`,
  );
}

/** CLI exit codes: 2 for usage and configuration errors, 1 for everything else. */
export function exitCodeFor(value: unknown): number {
  return value instanceof ConfigurationError ? 2 : 1;
}
