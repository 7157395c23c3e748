/**
 * `osimg scan` end to end through the CLI command: --from-report on the real trivy reports, and full scans
 * where the trivy on PATH is the FAKE trivy script (process handling only: the findings it "reports" are
 * copies of real trivy reports).
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliContext } from '../../src/cli/main.js';
import { SCAN_HELP, scanCommand } from '../../src/cli/scan.js';
import { ConfigurationError, exitCodeFor } from '../../src/errors.js';
import { sarifSchemaErrors } from '../harness/sarif.js';

const ROOT = join(import.meta.dirname, '..', '..');
const TRIVY_FIXTURES = join(ROOT, 'test', 'fixtures', 'trivy');
const FAKE_TRIVY = join(ROOT, 'test', 'fixtures', 'scan', 'fake-trivy.sh');

let cwd: string;
let bin: string;
const savedEnv = { ...process.env };

beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'osimg-scan-cli-'));
  bin = join(cwd, 'bin');
  await mkdir(bin);
  await copyFile(FAKE_TRIVY, join(bin, 'trivy'));
  await writeFile(join(cwd, 'image.tar'), 'not really an image: the fake trivy never reads it');
  await writeFile(
    join(cwd, 'ignores.yaml'),
    'ignores:\n  - id: CVE-2019-18224\n    reason: libidn2 is not reachable from any service\n    expires: 2026-06-30\n',
  );
});

afterAll(async () => {
  process.env = savedEnv;
  await rm(cwd, { recursive: true, force: true });
});

async function run(args: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const context: CliContext = {
    cwd,
    env: { HOME: cwd, ...env },
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readStdin: async () => 'pa55-from-stdin\n',
  };
  // The trivy on PATH is the fake; the command's children get the variables OSIMG_CHILD_ENV names.
  const names = Object.keys(env).join(',');
  process.env = { ...savedEnv, PATH: `${bin}:${savedEnv.PATH}`, ...env, OSIMG_CHILD_ENV: names };
  try {
    const code = await scanCommand(args, context);
    return { code, stdout, stderr };
  } finally {
    process.env = savedEnv;
  }
}

describe('osimg scan --from-report', () => {
  it.each([
    ['debian-buster', [], 1, { critical: 1 }],
    ['debian-buster', ['--ignores', 'ignores.yaml', '--today', '2026-06-01'], 0, { critical: 0, ignored: 1 }],
    ['debian-buster', ['--ignores', 'ignores.yaml', '--today', '2026-07-01'], 1, { critical: 1, ignored: 0 }],
    ['alpine-310', ['--severity-threshold', 'medium', '--max-count', 'medium=4'], 0, { medium: 4 }],
    ['centos-7', ['--severity-threshold', 'low', '--only-fixed'], 1, { medium: 1, low: 1 }],
    ['dockerfile', ['--scanners', 'misconfig'], 1, { high: 1 }],
  ] as const)('%s %j exits %i', async (name, flags, code, counts) => {
    const result = await run(['--from-report', join(TRIVY_FIXTURES, `${name}.json`), '--json', ...flags]);
    expect(result.code).toBe(code);
    const outputs = JSON.parse(result.stdout) as { sarif: string; report: string };
    expect(outputs).toMatchObject({ passed: code === 0, ...counts });
    const sarif = JSON.parse(await readFile(outputs.sarif, 'utf8')) as unknown;
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    const report = JSON.parse(await readFile(outputs.report, 'utf8')) as { passed: boolean };
    expect(report.passed).toBe(code === 0);
  });

  it('prints the text summary by default and the file paths on stderr', async () => {
    const result = await run(['--from-report', join(TRIVY_FIXTURES, 'debian-buster.json')]);
    expect(result.stdout.split('\n')[0]).toBe('osimg scan failed: 1 critical finding (allowed 0)');
    expect(result.stderr).toBe(
      `sarif: ${join(cwd, 'osimg-scan.sarif')}\nreport: ${join(cwd, 'osimg-scan.json')}\n`,
    );
  });

  it.each([
    [
      ['--from-report', 'missing.json'],
      /^cannot read the trivy report .*missing\.json \(ENOENT\): check the path$/,
    ],
    [['--from-report', 'ignores.yaml'], /ignores\.yaml is not valid JSON/],
    [
      ['--from-report', 'x.json', 'image.tar'],
      /^osimg scan takes one IMAGE, or --from-report without an IMAGE/,
    ],
    [[], /^osimg scan needs an IMAGE/],
    [['--severity-threshold', 'severe', 'image.tar'], /^--severity-threshold must be one of/],
    [['--today', '2026-13-01', '--from-report', 'x.json'], /^--today must be a date YYYY-MM-DD/],
  ])('%j is a usage error (exit 2)', async (args, message) => {
    const error = await run(args).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(exitCodeFor(error)).toBe(2);
    expect((error as Error).message).toMatch(message);
  });

  it('prints its help and the ignores schema', async () => {
    expect((await run(['--help'])).stdout).toBe(SCAN_HELP);
    const schema = JSON.parse((await run(['--ignores-schema'])).stdout) as { title: string };
    expect(schema.title).toBe('osimg scan ignores');
  });
});

describe('osimg scan IMAGE (FAKE trivy on PATH, pinned version)', () => {
  const env = (report: string, extra: Record<string, string> = {}) => ({
    FAKE_TRIVY_REPORT: join(TRIVY_FIXTURES, report),
    FAKE_TRIVY_LOG: join(cwd, 'trivy-calls.log'),
    ...extra,
  });

  it('downloads the DB, scans the archive with --input and gates the report', async () => {
    await rm(join(cwd, 'trivy-calls.log'), { force: true });
    const result = await run(
      ['image.tar', '--cache-dir', 'trivy-cache', '--json', '--username', 'ci', '--password-stdin'],
      env('debian-buster.json'),
    );
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ passed: false, critical: 1 });
    const calls = (await readFile(join(cwd, 'trivy-calls.log'), 'utf8')).trim().split('\n');
    expect(calls[0]).toMatch(/^--version /);
    expect(calls[1]).toMatch(/^image --download-db-only .*--cache-dir=\S+trivy-cache /);
    expect(calls[2]).toMatch(
      /^image --format=json .*--skip-db-update .*--input=\S+image\.tar \| password-env=set/,
    );
    expect(calls.join('\n')).not.toContain('pa55-from-stdin');
  });

  it('does not download again while the cached DB is fresh', async () => {
    await rm(join(cwd, 'trivy-calls.log'), { force: true });
    await run(['image.tar', '--cache-dir', 'trivy-cache', '--quiet'], env('alpine-310.json'));
    const calls = await readFile(join(cwd, 'trivy-calls.log'), 'utf8');
    expect(calls).not.toContain('--download-db-only');
  });

  it('fails loudly when trivy says the OS is not supported, even with nothing found', async () => {
    const fedora = JSON.parse(await readFile(join(TRIVY_FIXTURES, 'dockerfile.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    fedora.ArtifactType = 'container_image';
    fedora.Results = [];
    fedora.Metadata = { OS: { Family: 'fedora', Name: '40' } };
    await writeFile(join(cwd, 'fedora.json'), JSON.stringify(fedora));
    const result = await run(['image.tar', '--cache-dir', 'trivy-cache'], {
      ...env('fedora.json'),
      FAKE_TRIVY_REPORT: join(cwd, 'fedora.json'),
      FAKE_TRIVY_MODE: 'unsupported-os',
    });
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')[0]).toBe(
      '!! RESULTS INCOMPLETE: OS NOT SUPPORTED (FEDORA 40): TRIVY HAS NO VULNERABILITY DATA FOR IT, SO ITS PACKAGES WERE NOT ASSESSED',
    );
  });

  it('reports a trivy that exits 0 without a report', async () => {
    const error = await run(
      ['image.tar', '--cache-dir', 'trivy-cache'],
      env('alpine-310.json', { FAKE_TRIVY_MODE: 'no-report' }),
    ).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^trivy finished but wrote no report to /);
  });
});
