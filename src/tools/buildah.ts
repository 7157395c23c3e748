/**
 * buildah: builds Containerfiles daemonless, inspects and pulls images, exports them to OCI layouts.
 * Argument builders and parsers are pure and static so they are tested without the binary.
 */
import { readFile } from 'node:fs/promises';
import { CommandError, ConfigurationError, OsimgError } from '../errors.js';
import { tailLines, type Exec } from './exec.js';
import { Tool, extractSemver } from './tool.js';

export interface StorageOptions {
  /** Storage root and run root (tests and isolated jobs use their own). */
  root?: string;
  runroot?: string;
  /** overlay, vfs, ...; unset leaves buildah's own configuration in charge. */
  driver?: string;
}

export type PullPolicy = 'missing' | 'always' | 'never';

export interface BuildOptions {
  containerfile: string;
  /** An ignore file other than the context's .containerignore/.dockerignore. */
  ignorefile?: string;
  context: string;
  /** Fully qualified names to tag the result with in local storage. */
  tags: readonly string[];
  buildArgs: Readonly<Record<string, string>>;
  labels: Readonly<Record<string, string>>;
  iidfile: string;
  platform?: string;
  isolation?: string;
  layers: boolean;
  /** Epoch seconds for the created time and file timestamps (reproducible builds). */
  timestamp?: number;
  cacheFrom?: readonly string[];
  cacheTo?: readonly string[];
  authfile?: string;
  tlsVerify?: boolean;
  pull?: PullPolicy;
}

export interface ImageInfo {
  /** Image ID: the digest of its config, without "sha256:". */
  id: string;
  /** Digest of the manifest as stored locally. */
  digest: string;
  created?: string;
  os: string;
  architecture: string;
  labels: Record<string, string>;
  layers: number;
  /** Sum of the layer and config sizes in the stored manifest (bytes). */
  size: number;
}

export interface BuildFailure {
  /** The instruction that failed, as buildah printed it (e.g. `RUN make`). */
  instruction?: string;
  /** Why, without buildah's "building at STEP" wrapper (e.g. `exit status 1`). */
  reason: string;
}

/** A Containerfile step failed; the build domain adds the file and line. */
export class BuildStepError extends CommandError {
  constructor(
    message: string,
    readonly failure: BuildFailure,
    details: ConstructorParameters<typeof CommandError>[1],
  ) {
    super(message, details);
  }
}

const NOT_FOUND = /image not known|no such image|not found|does not exist/i;

export class Buildah extends Tool {
  protected readonly installHint =
    'install buildah (Debian/Ubuntu: apt-get install buildah; Fedora: dnf install buildah)';

  constructor(
    readonly storage: StorageOptions = {},
    exec?: Exec,
  ) {
    super('buildah', exec);
  }

  protected parseVersion(output: string): string {
    return extractSemver(output, 'buildah');
  }

  static globalArgs(storage: StorageOptions): string[] {
    const args: string[] = [];
    if (storage.root) args.push(`--root=${storage.root}`);
    if (storage.runroot) args.push(`--runroot=${storage.runroot}`);
    if (storage.driver) args.push(`--storage-driver=${storage.driver}`);
    return args;
  }

  /** `buildah build` arguments. User values go in `--flag=value` form so none can pose as a flag. */
  static buildArgs(options: BuildOptions): string[] {
    const args = ['build', `--file=${options.containerfile}`, `--iidfile=${options.iidfile}`];
    args.push(options.layers ? '--layers' : '--layers=false');
    if (options.ignorefile) args.push(`--ignorefile=${options.ignorefile}`);
    for (const tag of options.tags) args.push(`--tag=${tag}`);
    for (const [key, value] of Object.entries(options.buildArgs)) args.push(`--build-arg=${key}=${value}`);
    for (const [key, value] of Object.entries(options.labels)) args.push(`--label=${key}=${value}`);
    if (options.platform) args.push(`--platform=${options.platform}`);
    if (options.isolation) args.push(`--isolation=${options.isolation}`);
    if (options.timestamp !== undefined) args.push(`--timestamp=${options.timestamp}`);
    for (const ref of options.cacheFrom ?? []) args.push(`--cache-from=${ref}`);
    for (const ref of options.cacheTo ?? []) args.push(`--cache-to=${ref}`);
    if (options.authfile) args.push(`--authfile=${options.authfile}`);
    if (options.tlsVerify === false) args.push('--tls-verify=false');
    args.push(`--pull=${Buildah.pullFlag(options.pull ?? 'missing')}`);
    // Never let the context pose as a flag, whatever its name.
    args.push(options.context.startsWith('-') ? `./${options.context}` : options.context);
    return args;
  }

  static pullFlag(policy: PullPolicy): string {
    return policy === 'missing' ? 'false' : policy;
  }

  static pullArgs(
    ref: string,
    options: { platform?: string; authfile?: string; tlsVerify?: boolean },
  ): string[] {
    const args = ['pull', '--quiet'];
    if (options.platform) args.push(`--platform=${options.platform}`);
    if (options.authfile) args.push(`--authfile=${options.authfile}`);
    if (options.tlsVerify === false) args.push('--tls-verify=false');
    args.push(ref);
    return args;
  }

  static pushToLayoutArgs(imageId: string, layoutDir: string, tag: string, digestfile: string): string[] {
    return [
      'push',
      '--quiet',
      '--format=oci',
      `--digestfile=${digestfile}`,
      imageId,
      `oci:${layoutDir}:${tag}`,
    ];
  }

  /** Parses `buildah inspect --type image` JSON. */
  static parseInspect(json: string): ImageInfo {
    let data: {
      FromImageID?: string;
      FromImageDigest?: string;
      Manifest?: string;
      OCIv1?: {
        created?: string;
        os?: string;
        architecture?: string;
        config?: { Labels?: Record<string, string> | null };
        rootfs?: { diff_ids?: string[] };
      };
    };
    try {
      data = JSON.parse(json) as typeof data;
    } catch (error) {
      throw new OsimgError(`cannot read buildah inspect output: ${(error as Error).message}`, {
        cause: error,
      });
    }
    if (typeof data !== 'object' || data === null || !data.FromImageID || !data.OCIv1)
      throw new OsimgError('buildah inspect output has no image ID or OCI config');
    return {
      id: data.FromImageID,
      digest: data.FromImageDigest ?? '',
      created: data.OCIv1.created,
      os: data.OCIv1.os ?? '',
      architecture: data.OCIv1.architecture ?? '',
      labels: data.OCIv1.config?.Labels ?? {},
      layers: data.OCIv1.rootfs?.diff_ids?.length ?? 0,
      size: manifestSize(data.Manifest),
    };
  }

  /**
   * Finds the failing step in build output: buildah prints `STEP n/m: INSTRUCTION` before each step and
   * `Error: building at STEP "...": ...` when one fails.
   */
  static parseBuildFailure(output: string): BuildFailure {
    const lines = output.split(/\r?\n/);
    const step = lines.filter((line) => /^STEP \d+(\/\d+)?: /.test(line)).at(-1);
    const instruction = step?.replace(/^STEP \d+(\/\d+)?: /, '');
    const errorLine = lines.filter((line) => /^Error: /.test(line)).at(-1);
    let reason = (errorLine ?? tailLines(output, 1)[0] ?? 'unknown error').replace(/^Error: /, '');
    if (instruction && reason.startsWith(`building at STEP "${instruction}": `)) {
      reason = reason.slice(`building at STEP "${instruction}": `.length);
    }
    reason = reason.replace(/^while running runtime: /, '');
    return { instruction, reason };
  }

  async build(options: BuildOptions, onLine?: (line: string) => void): Promise<string> {
    let output = '';
    const collect = (line: string) => {
      output += `${line}\n`;
      if (output.length > 512 * 1024) output = output.slice(-256 * 1024);
      onLine?.(line);
    };
    try {
      await this.run([...Buildah.globalArgs(this.storage), ...Buildah.buildArgs(options)], {
        onStdoutLine: collect,
        onStderrLine: collect,
      });
    } catch (error) {
      if (!(error instanceof CommandError)) throw error;
      const failure = Buildah.parseBuildFailure(output);
      const where = failure.instruction ? `at ${failure.instruction}` : 'before the first step';
      throw new BuildStepError(`the build failed ${where}: ${failure.reason}`, failure, {
        command: error.command,
        exitCode: error.exitCode,
        stderrTail: tailLines(output),
        code: 'BUILD_FAILED',
        cause: error,
      });
    }
    const id = (await readFile(options.iidfile, 'utf8')).trim();
    if (!/^sha256:[a-f0-9]{64}$/.test(id))
      throw new OsimgError(`buildah wrote an unexpected image ID: "${id}"`);
    return id;
  }

  /** The image in local storage, or undefined when there is none by that name or ID. */
  async inspectImage(ref: string): Promise<ImageInfo | undefined> {
    try {
      const result = await this.run([...Buildah.globalArgs(this.storage), 'inspect', '--type=image', ref]);
      return Buildah.parseInspect(result.stdout);
    } catch (error) {
      if (error instanceof CommandError && NOT_FOUND.test(error.stderrTail.join('\n'))) return undefined;
      throw error;
    }
  }

  async pull(
    ref: string,
    options: { platform?: string; authfile?: string; tlsVerify?: boolean } = {},
  ): Promise<void> {
    try {
      await this.run([...Buildah.globalArgs(this.storage), ...Buildah.pullArgs(ref, options)]);
    } catch (error) {
      if (error instanceof CommandError) throw explainPullFailure(ref, error);
      throw error;
    }
  }

  /** Gives a local image the name `to` and takes the name `from` off it (the image itself stays). */
  async rename(from: string, to: string): Promise<void> {
    const global = Buildah.globalArgs(this.storage);
    await this.run([...global, 'tag', from, to]);
    await this.run([...global, 'rmi', from]);
  }

  /** Writes the image to an OCI layout directory and returns the manifest digest there. */
  async pushToLayout(imageId: string, layoutDir: string, tag: string, digestfile: string): Promise<string> {
    await this.run([
      ...Buildah.globalArgs(this.storage),
      ...Buildah.pushToLayoutArgs(imageId, layoutDir, tag, digestfile),
    ]);
    return (await readFile(digestfile, 'utf8')).trim();
  }
}

/** Turns containers/image pull errors into sentences that say what to do. */
export function explainPullFailure(ref: string, error: CommandError): OsimgError {
  const text = error.stderrTail.join('\n');
  if (/manifest unknown|name unknown|not found|repository name not known|does not exist/i.test(text)) {
    return new ConfigurationError(
      `the base image "${ref}" was not found: check the name and tag in the FROM line, or build and push that base first`,
      { cause: error },
    );
  }
  // Network failures first: their text carries addresses whose ports could look like HTTP statuses.
  if (
    /connection refused|no such host|i\/o timeout|network is unreachable|server gave HTTP response to HTTPS client/i.test(
      text,
    )
  ) {
    return new OsimgError(
      `cannot reach the registry of the base image "${ref}": ${tailLines(text, 1)[0] ?? ''}`,
      {
        code: 'REGISTRY',
        cause: error,
      },
    );
  }
  if (/unauthorized|authentication required|denied|\b40[13]\b/i.test(text)) {
    return new OsimgError(
      `pulling the base image "${ref}" was refused: give credentials for its registry (username/password, or log in first)`,
      { code: 'AUTH', cause: error },
    );
  }
  return new OsimgError(`pulling the base image "${ref}" failed: ${tailLines(text, 1)[0] ?? error.message}`, {
    code: 'REGISTRY',
    cause: error,
  });
}

/** Config plus layer sizes of a stored manifest (JSON text); 0 when it cannot be read. */
function manifestSize(text: string | undefined): number {
  const sizeOf = (descriptor: unknown): number => {
    const size = (descriptor as { size?: unknown } | null)?.size;
    return typeof size === 'number' && Number.isFinite(size) ? size : 0;
  };
  try {
    const manifest = JSON.parse(text ?? '{}') as { config?: unknown; layers?: unknown } | null;
    const layers = Array.isArray(manifest?.layers) ? manifest.layers : [];
    return sizeOf(manifest?.config) + layers.reduce((sum: number, layer) => sum + sizeOf(layer), 0);
  } catch {
    return 0;
  }
}
