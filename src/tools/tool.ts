import semver from 'semver';
import { OsimgError } from '../errors.js';
import { exec as defaultExec, type Exec, type ExecOptions, type ExecResult } from './exec.js';

/**
 * Base of the one-class-per-binary wrappers: availability, a memoised version, and a run() that turns a
 * missing binary into an error that says how to install it.
 */
export abstract class Tool {
  /** How to get the binary, for the error when it is missing. */
  protected abstract readonly installHint: string;
  private versionPromise?: Promise<string>;

  constructor(
    readonly binary: string,
    protected readonly exec: Exec = defaultExec,
  ) {}

  /** Parses the tool's `--version` output into a semver string. */
  protected abstract parseVersion(output: string): string;

  protected versionArgs(): string[] {
    return ['--version'];
  }

  async isAvailable(): Promise<boolean> {
    try {
      await this.version();
      return true;
    } catch {
      return false;
    }
  }

  version(): Promise<string> {
    this.versionPromise ??= this.run(this.versionArgs()).then((result) => this.parseVersion(result.stdout));
    // A failed probe must not be cached: the tool may be installed afterwards.
    this.versionPromise.catch(() => (this.versionPromise = undefined));
    return this.versionPromise;
  }

  async versionSatisfies(range: string): Promise<boolean> {
    return semver.satisfies(await this.version(), range);
  }

  protected async run(args: readonly string[], options?: ExecOptions): Promise<ExecResult> {
    try {
      return await this.exec(this.binary, args, options);
    } catch (error) {
      if (error instanceof OsimgError && error.code === 'TOOL_NOT_FOUND') {
        throw new OsimgError(`${this.binary} is not installed or not on PATH: ${this.installHint}`, {
          code: 'TOOL_NOT_FOUND',
          cause: error,
        });
      }
      throw error;
    }
  }
}

/** Pulls `x.y.z` out of a version line ("buildah version 1.28.2 (image-spec ...)"). */
export function extractSemver(output: string, binary: string): string {
  const match = /(\d+)\.(\d+)(?:\.(\d+))?/.exec(output);
  if (!match) throw new OsimgError(`cannot read the version of ${binary} from: ${output.slice(0, 200)}`);
  return `${match[1]}.${match[2]}.${match[3] ?? '0'}`;
}
