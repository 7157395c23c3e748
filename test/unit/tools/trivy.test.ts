import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CommandError, OsimgError } from '../../../src/errors.js';
import type { Exec } from '../../../src/tools/exec.js';
import { Trivy, TrivyError, type ImageScanOptions } from '../../../src/tools/trivy.js';

const FAKE_TRIVY = join(import.meta.dirname, '..', '..', 'fixtures', 'scan', 'fake-trivy.sh');
const REPORT = join(import.meta.dirname, '..', '..', 'fixtures', 'trivy', 'debian-buster.json');

function options(overrides: Partial<ImageScanOptions> = {}): ImageScanOptions {
  return {
    image: { kind: 'archive', path: '/w/image.tar' },
    output: '/tmp/s/report.json',
    scanners: ['vuln'],
    cacheDir: '/home/u/.cache/trivy',
    repositories: ['mirror.gcr.io/aquasec/trivy-db:2', 'ghcr.io/aquasecurity/trivy-db:2'],
    skipDbUpdate: true,
    offline: false,
    timeout: '15m',
    ...overrides,
  };
}

describe('Trivy.imageArgs', () => {
  it('scans an OCI archive with --input, everything reported, JSON to a file', () => {
    expect(Trivy.imageArgs(options())).toEqual([
      'image',
      '--format=json',
      '--output=/tmp/s/report.json',
      '--scanners=vuln',
      '--severity=UNKNOWN,LOW,MEDIUM,HIGH,CRITICAL',
      '--exit-code=0',
      '--no-progress',
      '--timeout=15m',
      '--cache-dir=/home/u/.cache/trivy',
      '--db-repository=mirror.gcr.io/aquasec/trivy-db:2',
      '--db-repository=ghcr.io/aquasecurity/trivy-db:2',
      '--skip-db-update',
      '--skip-java-db-update',
      '--input=/w/image.tar',
    ]);
  });

  it.each<[string, Partial<ImageScanOptions>, string[]]>([
    [
      'a registry reference, straight from the registry',
      { image: { kind: 'registry', ref: 'ghcr.io/o/os:1' } },
      ['--image-src=remote', 'ghcr.io/o/os:1'],
    ],
    ['all scanners', { scanners: ['vuln', 'secret', 'misconfig'] }, ['--scanners=vuln,secret,misconfig']],
    ['offline', { offline: true }, ['--offline-scan', '--skip-check-update']],
    [
      'platform and insecure',
      { platform: 'linux/arm64', insecure: true },
      ['--platform=linux/arm64', '--insecure'],
    ],
  ])('%s', (_what, overrides, expected) => {
    const args = Trivy.imageArgs(options(overrides));
    expect(args.filter((arg) => expected.includes(arg))).toEqual(expected);
    expect(args[0]).toBe('image');
  });

  it('lets trivy update the DB itself only when told to', () => {
    expect(Trivy.imageArgs(options({ skipDbUpdate: false }))).not.toContain('--skip-db-update');
  });

  it('never lets a reference pose as a flag', () => {
    expect(() => Trivy.imageArgs(options({ image: { kind: 'registry', ref: '--help' } }))).toThrow(
      OsimgError,
    );
  });

  it('downloads the DB alone, from the repositories in order', () => {
    expect(Trivy.downloadDbArgs({ cacheDir: '/c', repositories: ['a/db:2', 'b/db:2'] })).toEqual([
      'image',
      '--download-db-only',
      '--no-progress',
      '--cache-dir=/c',
      '--db-repository=a/db:2',
      '--db-repository=b/db:2',
    ]);
  });
});

describe('Trivy environment, versions and failures', () => {
  it('passes credentials through the environment and removes settings that filter the report', () => {
    const env = Trivy.scanEnv({ username: 'ci', password: 's3cret' });
    expect(env).toMatchObject({
      TRIVY_USERNAME: 'ci',
      TRIVY_PASSWORD: 's3cret',
      TRIVY_DISABLE_TELEMETRY: 'true',
    });
    for (const name of [
      'TRIVY_SEVERITY',
      'TRIVY_IGNORE_UNFIXED',
      'TRIVY_IGNOREFILE',
      'TRIVY_CONFIG',
      'TRIVY_EXIT_CODE',
    ]) {
      expect(env).toHaveProperty(name, undefined);
    }
    expect(Trivy.scanEnv()).toHaveProperty('TRIVY_PASSWORD', undefined);
  });

  it.each([
    ['Version: 0.72.0\nVulnerability DB:\n  Version: 2\n', '0.72.0'],
    ['trivy version 0.70.0', '0.70.0'],
  ])('reads the version from %j', async (output, version) => {
    const exec: Exec = async () => ({ exitCode: 0, stdout: output, stderr: '', durationMs: 1 });
    expect(await new Trivy('trivy', exec).version()).toBe(version);
  });

  it.each([
    ['TOOMANYREQUESTS: retry-after: 1.2ms', 'rate-limited'],
    ['unexpected status code 429 Too Many Requests', 'rate-limited'],
    ['GET https://ghcr.io/v2/x: 503 Service Unavailable', 'server-error'],
    ['read tcp: connection reset by peer', 'server-error'],
    ['--skip-db-update cannot be specified on the first run', 'db-missing'],
    ['unable to inspect the image', 'other'],
  ] as const)('classifies %j as %s', (log, kind) => {
    expect(Trivy.classifyFailure(log)).toBe(kind);
  });
});

describe('process handling (with a FAKE trivy script, not real findings)', () => {
  let dir: string;
  /** `env` plays the inherited environment; what Trivy sets or removes is applied on top, as in exec. */
  const fake = (env: Record<string, string>) => {
    const exec: Exec = (file, args, execOptions) =>
      import('../../../src/tools/exec.js').then(({ exec: real }) =>
        real(file, args, { ...execOptions, env: { ...env, ...execOptions?.env } }),
      );
    return new Trivy(FAKE_TRIVY, exec);
  };
  const run = (trivy: Trivy, overrides: Partial<ImageScanOptions> = {}, timeoutMs = 20_000) =>
    trivy.scanImage(options({ output: join(dir, 'out.json'), cacheDir: dir, ...overrides }), {
      cwd: dir,
      credentials: { username: 'ci', password: 'pa55' },
      timeoutMs,
    });

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'osimg-trivy-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('writes the report, streams the log, keeps the password off argv, ignores TRIVY_SEVERITY', async () => {
    const log = join(dir, 'calls.log');
    const lines = await run(
      fake({ FAKE_TRIVY_REPORT: REPORT, FAKE_TRIVY_LOG: log, TRIVY_SEVERITY: 'CRITICAL' }),
    );
    expect(lines.some((line) => line.includes('Detected OS'))).toBe(true);
    expect(await readFile(join(dir, 'out.json'), 'utf8')).toBe(await readFile(REPORT, 'utf8'));
    const call = await readFile(log, 'utf8');
    expect(call).not.toContain('pa55');
    expect(call).toContain('password-env=set severity-env=unset');
  });

  it("turns a non-zero exit into an error with trivy's FATAL line", async () => {
    const error = await run(fake({ FAKE_TRIVY_MODE: 'fatal' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TrivyError);
    expect((error as TrivyError).exitCode).toBe(1);
    expect((error as TrivyError).kind).toBe('other');
    expect((error as Error).message).toBe(
      'trivy failed: Fatal error\timage scan error: unable to inspect the image (trivy exited with code 1)',
    );
  });

  it('explains a missing DB', async () => {
    const error = await run(fake({ FAKE_TRIVY_MODE: 'db-missing' })).catch((e: unknown) => e);
    expect((error as TrivyError).kind).toBe('db-missing');
    expect((error as Error).message).toMatch(
      /the vulnerability DB is missing from the cache directory: let osimg download it, or point offline-db at a directory/,
    );
  });

  it('stops a scan that runs past its time limit', async () => {
    const error = await run(fake({ FAKE_TRIVY_MODE: 'sleep' }), {}, 300).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommandError);
    expect((error as CommandError).code).toBe('TIMEOUT');
  });

  it('says how to get trivy when it is missing', async () => {
    const error = await new Trivy('/nonexistent/trivy').version().catch((e: unknown) => e);
    expect((error as OsimgError).code).toBe('TOOL_NOT_FOUND');
    expect((error as Error).message).toMatch(/installs a pinned, checksum-verified trivy/);
  });
});
