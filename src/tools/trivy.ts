/**
 * trivy: scans an image (OCI archive or registry reference, no Docker daemon) and writes its JSON report to
 * a file. osimg gates on that report with its own policy, so trivy is asked for everything (every severity,
 * no ignore file, exit code 0) and shielded from settings that would filter its output behind our back
 * (TRIVY_* variables, a trivy.yaml or .trivyignore in the working directory).
 */
import { CommandError, OsimgError } from '../errors.js';
import type { Exec } from './exec.js';
import { Tool, extractSemver } from './tool.js';

export type ImageSource = { kind: 'archive'; path: string } | { kind: 'registry'; ref: string };

export interface DbOptions {
  cacheDir: string;
  /** Tried in order by trivy (mirror.gcr.io, ghcr.io, public.ecr.aws, ...). */
  repositories: readonly string[];
}

export interface ImageScanOptions extends DbOptions {
  image: ImageSource;
  output: string;
  scanners: readonly string[];
  /** Use the DB in cacheDir as it is (downloaded beforehand, or the offline DB). */
  skipDbUpdate: boolean;
  /** No network at all for the scan itself (offline DB, no Maven lookups). */
  offline: boolean;
  platform?: string;
  insecure?: boolean;
  /** trivy's own duration syntax, e.g. 15m. */
  timeout: string;
}

export interface RegistryCredentials {
  username: string;
  password: string;
}

export interface RunOptions {
  /** Where trivy runs: an empty scratch directory, so no trivy.yaml or .trivyignore is picked up. */
  cwd: string;
  credentials?: RegistryCredentials;
  timeoutMs: number;
  /** Each line of trivy's log as it arrives. */
  onLine?: (line: string) => void;
}

export type FailureKind = 'rate-limited' | 'server-error' | 'db-missing' | 'other';

/** Settings trivy reads from the environment that would filter or reshape the report osimg gates on. */
const FILTERING_ENV = [
  'TRIVY_SEVERITY',
  'TRIVY_IGNORE_UNFIXED',
  'TRIVY_IGNORE_STATUS',
  'TRIVY_IGNOREFILE',
  'TRIVY_IGNORE_POLICY',
  'TRIVY_VEX',
  'TRIVY_SKIP_FILES',
  'TRIVY_SKIP_DIRS',
  'TRIVY_EXIT_CODE',
  'TRIVY_EXIT_ON_EOL',
  'TRIVY_CONFIG',
  'TRIVY_FORMAT',
  'TRIVY_TEMPLATE',
  'TRIVY_OUTPUT',
  'TRIVY_SCANNERS',
  'TRIVY_PKG_TYPES',
  'TRIVY_IMAGE_SRC',
  'TRIVY_USERNAME',
  'TRIVY_PASSWORD',
  'TRIVY_REGISTRY_TOKEN',
];

export const ALL_SEVERITIES = 'UNKNOWN,LOW,MEDIUM,HIGH,CRITICAL';

export class Trivy extends Tool {
  protected readonly installHint =
    'the scan action installs a pinned, checksum-verified trivy; for the CLI use --install-trivy or see https://trivy.dev';

  constructor(binary = 'trivy', exec?: Exec) {
    super(binary, exec);
  }

  protected parseVersion(output: string): string {
    // "Version: 0.72.0" (plus DB lines); a dev build says "Version: dev", which matches no pin.
    const line = output.split('\n').find((text) => /^Version:/i.test(text.trim()));
    return extractSemver(line ?? output, 'trivy');
  }

  static dbArgs(options: DbOptions): string[] {
    return [
      `--cache-dir=${options.cacheDir}`,
      ...options.repositories.map((repository) => `--db-repository=${repository}`),
    ];
  }

  /** `trivy image` for a full JSON report of everything found. */
  static imageArgs(options: ImageScanOptions): string[] {
    const args = [
      'image',
      '--format=json',
      `--output=${options.output}`,
      `--scanners=${options.scanners.join(',')}`,
      `--severity=${ALL_SEVERITIES}`,
      '--exit-code=0',
      '--no-progress',
      `--timeout=${options.timeout}`,
      ...Trivy.dbArgs(options),
    ];
    if (options.skipDbUpdate) args.push('--skip-db-update', '--skip-java-db-update');
    if (options.offline) args.push('--offline-scan', '--skip-check-update');
    if (options.platform) args.push(`--platform=${options.platform}`);
    if (options.insecure) args.push('--insecure');
    if (options.image.kind === 'archive') {
      args.push(`--input=${options.image.path}`);
    } else {
      // Straight from the registry: no daemon to ask, and never a stale local copy.
      args.push('--image-src=remote');
      if (options.image.ref.startsWith('-'))
        throw new OsimgError(`invalid image reference "${options.image.ref}"`);
      args.push(options.image.ref);
    }
    return args;
  }

  /** Only the vulnerability DB, so its download can be retried apart from the scan. */
  static downloadDbArgs(options: DbOptions): string[] {
    return ['image', '--download-db-only', '--no-progress', ...Trivy.dbArgs(options)];
  }

  /** The child's environment: filtering settings removed, credentials (never argv) added. */
  static scanEnv(credentials?: RegistryCredentials): Record<string, string | undefined> {
    const env: Record<string, string | undefined> = Object.fromEntries(
      FILTERING_ENV.map((name) => [name, undefined]),
    );
    env.TRIVY_DISABLE_TELEMETRY = 'true';
    env.TRIVY_SKIP_VERSION_CHECK = 'true';
    if (credentials) {
      env.TRIVY_USERNAME = credentials.username;
      env.TRIVY_PASSWORD = credentials.password;
    }
    return env;
  }

  /** What went wrong, from trivy's log: decides between retrying and explaining. */
  static classifyFailure(output: string): FailureKind {
    if (/first run cannot skip downloading DB|cannot be specified on the first run/i.test(output))
      return 'db-missing';
    if (/TOOMANYREQUESTS|too many requests|\b429\b|rate limit/i.test(output)) return 'rate-limited';
    if (
      /\b5\d\d\b (?:Internal Server Error|Bad Gateway|Service Unavailable|Gateway Timeout)|\bstatus(?: code)?:? 5\d\d\b|connection reset by peer|i\/o timeout|TLS handshake timeout/i.test(
        output,
      )
    ) {
      return 'server-error';
    }
    return 'other';
  }

  /** Runs a scan; returns trivy's log lines (the completeness check reads its warnings). */
  async scanImage(options: ImageScanOptions, run: RunOptions): Promise<string[]> {
    return this.runLogged(Trivy.imageArgs(options), run);
  }

  async downloadDb(options: DbOptions, run: Omit<RunOptions, 'credentials'>): Promise<void> {
    await this.runLogged(Trivy.downloadDbArgs(options), run);
  }

  /** Runs trivy, streaming its log; returns the log lines; failures become errors that say what happened. */
  private async runLogged(args: string[], run: RunOptions): Promise<string[]> {
    const lines: string[] = [];
    const collect = (line: string) => {
      if (lines.length < 5000) lines.push(line);
      run.onLine?.(line);
    };
    try {
      await this.run(args, {
        cwd: run.cwd,
        env: Trivy.scanEnv(run.credentials),
        timeoutMs: run.timeoutMs,
        onStdoutLine: collect,
        onStderrLine: collect,
      });
      return lines;
    } catch (error) {
      if (!(error instanceof CommandError) || error.code === 'TIMEOUT') throw error;
      throw explainFailure(error, lines.join('\n'));
    }
  }
}

/** A failed trivy run as an error that says what to do; `kind` tells the caller whether to retry. */
export class TrivyError extends CommandError {
  constructor(
    message: string,
    readonly kind: FailureKind,
    details: ConstructorParameters<typeof CommandError>[1],
  ) {
    super(message, details);
  }
}

function explainFailure(error: CommandError, log: string): TrivyError {
  const kind = Trivy.classifyFailure(log);
  const fatal = log
    .split('\n')
    .filter((line) => /\bFATAL\b|\bERROR\b/.test(line))
    .at(-1)
    ?.replace(/^\S+\s+(FATAL|ERROR)\s+/, '')
    .trim();
  const what = fatal ?? error.message;
  const advice: Record<FailureKind, string> = {
    'db-missing':
      'the vulnerability DB is missing from the cache directory: let osimg download it, or point offline-db at a directory with db/trivy.db and db/metadata.json',
    'rate-limited':
      'the DB registry is rate-limiting: osimg retried with backoff; add a mirror to db-repositories',
    'server-error': 'the registry had a server error: osimg retried with backoff; try again or add a mirror',
    other: `trivy exited with code ${error.exitCode}`,
  };
  return new TrivyError(`trivy failed: ${what} (${advice[kind]})`, kind, {
    command: error.command,
    exitCode: error.exitCode,
    stderrTail: error.stderrTail.length ? error.stderrTail : log.split('\n').slice(-15),
    cause: error,
  });
}
