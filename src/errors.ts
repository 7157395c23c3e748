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

/** One line for the user: our own errors speak for themselves, anything else is marked as unexpected. */
export function describeError(value: unknown): string {
  const error = toError(value);
  if (error instanceof OsimgError) return error.message;
  return `unexpected error: ${error.message} (this is a bug in osimg; please report it with the log)`;
}

/** CLI exit codes: 2 for usage and configuration errors, 1 for everything else. */
export function exitCodeFor(value: unknown): number {
  return value instanceof ConfigurationError ? 2 : 1;
}
