/**
 * The scan inputs both front doors share (action inputs and CLI flags use the same names), checked and
 * turned into a ScanRequest: what to scan, how to reach it, the policy, where to write the results.
 */
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { isLoopbackRegistry, parseReference } from '../oci/reference.js';
import type { ImageSource, RegistryCredentials } from '../tools/trivy.js';
import { DEFAULT_DB_REPOSITORIES } from './db.js';
import { parseIgnores, type IgnoreRule } from './ignores.js';
import { parsePolicy, type Policy } from './policy.js';
import { readInputFile } from '../input-file.js';

export interface ScanInputs {
  image: string;
  username: string;
  password: string;
  tlsVerify: boolean;
  platform: string;
  severityThreshold: string;
  onlyFixed: boolean;
  maxCounts: string;
  ignoresFile: string;
  scanners: string;
  onIncomplete: string;
  sarif: string;
  report: string;
  containerfile: string;
  trivyVersion: string;
  dbRepositories: string[];
  offlineDb: string;
  cacheDir: string;
  timeout: string;
}

export interface ScanRequest {
  source: ImageSource;
  credentials?: RegistryCredentials;
  insecure: boolean;
  platform?: string;
  policy: Policy;
  /** Where the SARIF and JSON report are written (absolute). */
  sarifPath: string;
  reportPath: string;
  /** Repository file that image findings are reported on in code scanning. */
  locationUri: string;
  trivyVersion: string;
  db: { cacheDir: string; repositories: string[]; offlineDir?: string };
  /** trivy's --timeout, and ours a minute longer so trivy can report its own. */
  timeout: string;
  timeoutMs: number;
}

/** How each input is called where the user typed it (action input or CLI flag), for error messages. */
export type InputNames = Record<keyof ScanInputs, string>;

export async function toScanRequest(
  inputs: ScanInputs,
  extra: { cwd: string; homeDir: string; names: InputNames; trivyVersion: string },
): Promise<ScanRequest> {
  const { names } = extra;
  const absolute = (path: string) => (isAbsolute(path) ? path : resolve(extra.cwd, path));
  const source = resolveImageSource(inputs.image, extra.cwd, names.image);
  if (inputs.password && !inputs.username)
    throw new ConfigurationError(
      `${names.password} is set but ${names.username} is not: set both, or neither`,
    );
  if (inputs.username && !inputs.password)
    throw new ConfigurationError(
      `${names.username} is set but ${names.password} is not: set both, or neither`,
    );
  const timeout = parseDuration(inputs.timeout || '15m', names.timeout);
  const offlineDir = inputs.offlineDb ? absolute(inputs.offlineDb) : undefined;
  return {
    source,
    credentials: inputs.username ? { username: inputs.username, password: inputs.password } : undefined,
    insecure:
      !inputs.tlsVerify ||
      (source.kind === 'registry' && isLoopbackRegistry(parseReference(source.ref).registry)),
    platform: inputs.platform || undefined,
    policy: await loadPolicy(inputs, names, absolute),
    sarifPath: absolute(inputs.sarif || 'osimg-scan.sarif'),
    reportPath: absolute(inputs.report || 'osimg-scan.json'),
    locationUri: (inputs.containerfile || 'Containerfile').replace(/\\/g, '/').replace(/^\.\//, ''),
    trivyVersion: inputs.trivyVersion || extra.trivyVersion,
    db: {
      cacheDir: inputs.cacheDir ? absolute(inputs.cacheDir) : join(extra.homeDir, '.cache', 'trivy'),
      repositories: inputs.dbRepositories.length ? inputs.dbRepositories : [...DEFAULT_DB_REPOSITORIES],
      offlineDir,
    },
    timeout: timeout.text,
    timeoutMs: timeout.ms + 60_000,
  };
}

/** The policy alone (the CLI's --from-report needs no image). */
export async function loadPolicy(
  inputs: Pick<
    ScanInputs,
    'severityThreshold' | 'onlyFixed' | 'maxCounts' | 'scanners' | 'onIncomplete' | 'ignoresFile'
  >,
  names: Pick<
    InputNames,
    'severityThreshold' | 'onlyFixed' | 'maxCounts' | 'scanners' | 'onIncomplete' | 'ignoresFile'
  >,
  absolute: (path: string) => string,
): Promise<Policy> {
  let ignores: IgnoreRule[] = [];
  if (inputs.ignoresFile) {
    const path = absolute(inputs.ignoresFile);
    const text = await readInputFile(path, 'ignores', inputs.ignoresFile).catch(
      (error: NodeJS.ErrnoException) => {
        if (error instanceof ConfigurationError) throw error;
        throw new ConfigurationError(
          `${names.ignoresFile} ${inputs.ignoresFile} cannot be read (${error.code ?? error.message}): check the path`,
          { cause: error },
        );
      },
    );
    ignores = parseIgnores(text, inputs.ignoresFile);
  }
  return parsePolicy(inputs, ignores, names);
}

/**
 * `oci-archive:PATH`, `docker-archive:PATH` or an existing file is an archive (scanned with --input);
 * `docker://REF` or anything else is a registry reference.
 */
export function resolveImageSource(text: string, cwd: string, name: string): ImageSource {
  const value = text.trim();
  if (!value)
    throw new ConfigurationError(`${name} is required: an OCI archive path or a registry reference`);
  const archivePrefix = /^(oci-archive|docker-archive):/.exec(value);
  if (archivePrefix) return archiveSource(resolve(cwd, value.slice(archivePrefix[0].length)), value);
  if (value.startsWith('docker://')) return registrySource(value.slice('docker://'.length));
  const path = resolve(cwd, value);
  if (existsSync(path)) return archiveSource(path, value);
  if (/^[./~]|\.tar(\.gz)?$|\.tgz$/.test(value)) {
    throw new ConfigurationError(`${name}: the archive ${value} does not exist (looked for ${path})`);
  }
  return registrySource(value);
}

function archiveSource(path: string, text: string): ImageSource {
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new ConfigurationError(`the image archive ${text} does not exist or is not a file (${path})`);
  }
  return { kind: 'archive', path };
}

function registrySource(ref: string): ImageSource {
  parseReference(ref);
  return { kind: 'registry', ref };
}

/** trivy's duration syntax, limited to what we can also enforce: 90s, 15m, 1h. */
export function parseDuration(text: string, name: string): { text: string; ms: number } {
  const match = /^(\d{1,5})(s|m|h)$/.exec(text.trim());
  if (!match || Number(match[1]) === 0) {
    throw new ConfigurationError(`${name} must be a duration such as 90s, 15m or 1h, not "${text}"`);
  }
  const unit = { s: 1000, m: 60_000, h: 3_600_000 }[match[2] as 's' | 'm' | 'h'];
  return { text: `${match[1]}${match[2]}`, ms: Number(match[1]) * unit };
}
