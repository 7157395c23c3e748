import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/errors.js';
import {
  parseDuration,
  resolveImageSource,
  toScanRequest,
  type InputNames,
  type ScanInputs,
} from '../../../src/scan/request.js';

let cwd: string;
beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'osimg-scan-request-'));
  await writeFile(join(cwd, 'image.tar'), 'x');
  await writeFile(
    join(cwd, 'ignores.yaml'),
    'ignores:\n  - id: CVE-1\n    reason: accepted for a reason\n    expires: 2030-01-01\n',
  );
});
afterAll(() => rm(cwd, { recursive: true, force: true }));

const inputs = (overrides: Partial<ScanInputs> = {}): ScanInputs => ({
  image: 'image.tar',
  username: '',
  password: '',
  tlsVerify: true,
  platform: '',
  severityThreshold: '',
  onlyFixed: false,
  maxCounts: '',
  ignoresFile: '',
  scanners: '',
  onIncomplete: '',
  sarif: '',
  report: '',
  containerfile: '',
  trivyVersion: '',
  dbRepositories: [],
  offlineDb: '',
  cacheDir: '',
  timeout: '',
  ...overrides,
});
const names = new Proxy({}, { get: (_t, key) => `input "${String(key)}"` }) as InputNames;
const request = (overrides: Partial<ScanInputs> = {}) =>
  toScanRequest(inputs(overrides), { cwd, homeDir: '/home/u', names, trivyVersion: '0.72.0' });

describe('resolveImageSource', () => {
  it.each([
    ['image.tar', { kind: 'archive', path: 'CWD/image.tar' }],
    ['oci-archive:image.tar', { kind: 'archive', path: 'CWD/image.tar' }],
    ['ghcr.io/org/os:1.0', { kind: 'registry', ref: 'ghcr.io/org/os:1.0' }],
    [
      'docker://127.0.0.1:5000/os@sha256:' + 'a'.repeat(64),
      { kind: 'registry', ref: '127.0.0.1:5000/os@sha256:' + 'a'.repeat(64) },
    ],
  ])('%s', (text, expected) => {
    const source = resolveImageSource(text, cwd, 'IMAGE');
    expect(JSON.parse(JSON.stringify(source).replaceAll(cwd, 'CWD'))).toEqual(expected);
  });

  it.each([
    ['', 'IMAGE is required: an OCI archive path or a registry reference'],
    ['./missing.tar', /^IMAGE: the archive \.\/missing\.tar does not exist/],
    ['oci-archive:missing.tar', /^the image archive oci-archive:missing\.tar does not exist/],
    ['Not/A Ref', /is not a valid image reference/],
  ])('rejects %j', (text, message) => {
    expect(() => resolveImageSource(text, cwd, 'IMAGE')).toThrow(ConfigurationError);
    expect(() => resolveImageSource(text, cwd, 'IMAGE')).toThrow(message);
  });
});

describe('toScanRequest', () => {
  it('fills defaults: paths in the workspace, ~/.cache/trivy, the DB mirrors, 15m', async () => {
    const r = await request();
    expect(r).toMatchObject({
      sarifPath: join(cwd, 'osimg-scan.sarif'),
      reportPath: join(cwd, 'osimg-scan.json'),
      locationUri: 'Containerfile',
      trivyVersion: '0.72.0',
      db: {
        cacheDir: '/home/u/.cache/trivy',
        repositories: [
          'mirror.gcr.io/aquasec/trivy-db:2',
          'ghcr.io/aquasecurity/trivy-db:2',
          'public.ecr.aws/aquasecurity/trivy-db:2',
        ],
      },
      timeout: '15m',
      timeoutMs: 16 * 60_000,
      insecure: false,
    });
    expect(r.credentials).toBeUndefined();
  });

  it('reads the ignores file and a loopback registry goes without TLS', async () => {
    const r = await request({
      image: 'localhost:5000/os:1',
      ignoresFile: 'ignores.yaml',
      username: 'u',
      password: 'p',
    });
    expect(r.policy.ignores.map((rule) => rule.id)).toEqual(['CVE-1']);
    expect(r.insecure).toBe(true);
    expect(r.credentials).toEqual({ username: 'u', password: 'p' });
  });

  it.each([
    [{ password: 'p' }, 'input "password" is set but input "username" is not: set both, or neither'],
    [{ ignoresFile: 'nope.yaml' }, 'input "ignoresFile" nope.yaml cannot be read (ENOENT): check the path'],
    [
      { timeout: '10 minutes' },
      'input "timeout" must be a duration such as 90s, 15m or 1h, not "10 minutes"',
    ],
  ])('rejects %j', async (overrides, message) => {
    await expect(request(overrides)).rejects.toThrow(new ConfigurationError(message));
  });

  it('parses durations', () => {
    expect(parseDuration('90s', 't')).toEqual({ text: '90s', ms: 90_000 });
    expect(parseDuration('1h', 't').ms).toBe(3_600_000);
    expect(() => parseDuration('0m', 't')).toThrow(ConfigurationError);
  });
});
