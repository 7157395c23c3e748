/**
 * The committed dist/scan/index.js, run as the GitHub runner runs it. trivy cannot be installed here, so the
 * trivy on PATH is the FAKE trivy script at the pinned version (process handling only); the reports it
 * "writes" are real trivy reports. The tool cache and actions/cache are not available, as on a runner
 * without the cache service.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TRIVY_VERSION } from '../../src/scan/trivy-release.js';
import { sarifSchemaErrors } from '../harness/sarif.js';
import { runActionBundle } from './run-action.js';

const FIXTURES = resolve('test/fixtures/trivy');
let workspace: string;
let bin: string;

beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'osimg-scan-workspace-'));
  bin = join(workspace, '.bin');
  await mkdir(bin);
  await copyFile(resolve('test/fixtures/scan/fake-trivy.sh'), join(bin, 'trivy'));
  await writeFile(join(workspace, 'image.tar'), 'the fake trivy never reads this');
  await writeFile(
    join(workspace, 'ignores.yaml'),
    'ignores:\n  - id: CVE-2019-18224\n    reason: libidn2 is not reachable from any service\n    expires: 2000-01-01\n',
  );
});

afterAll(() => rm(workspace, { recursive: true, force: true }));

const env = (report: string, extra: Record<string, string> = {}) => ({
  GITHUB_WORKSPACE: workspace,
  PATH: `${bin}:${process.env.PATH}`,
  HOME: workspace,
  FAKE_TRIVY_VERSION: DEFAULT_TRIVY_VERSION,
  FAKE_TRIVY_REPORT: join(FIXTURES, report),
  // osimg passes its children only allow-listed variables: the fake's settings are named here.
  OSIMG_CHILD_ENV:
    'FAKE_TRIVY_VERSION,FAKE_TRIVY_REPORT,FAKE_TRIVY_MODE,FAKE_TRIVY_LOG,FAKE_TRIVY_DB,FAKE_TRIVY_DB_FAILURES,FAKE_TRIVY_RAN',
  ...extra,
});

describe('dist/scan/index.js', () => {
  it('fails the step on a critical finding, with outputs, SARIF, report and summary that agree', async () => {
    const run = await runActionBundle(
      'scan',
      {
        image: 'image.tar',
        'severity-threshold': 'high',
        'ignores-file': 'ignores.yaml',
        password: 'pa55-w0rd',
        username: 'ci',
      },
      env('debian-buster.json'),
    );
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({
      passed: 'false',
      critical: '1',
      high: '0',
      total: '1',
      ignored: '0',
      incomplete: 'false',
      sarif: join(workspace, 'osimg-scan.sarif'),
      report: join(workspace, 'osimg-scan.json'),
    });
    expect(run.stdout).toContain('::error::osimg scan failed: 1 critical finding (allowed 0)');
    expect(run.stdout).toMatch(
      /::warning::ignore rule at ignores\.yaml:2 \(CVE-2019-18224\) expired on 2000-01-01/,
    );
    expect(run.stdout).toContain('::add-mask::pa55-w0rd');
    const sarif = JSON.parse(await readFile(run.outputs.sarif!, 'utf8')) as {
      runs: Array<{ results: unknown[] }>;
    };
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    expect(sarif.runs[0]!.results).toHaveLength(1);
    expect(run.summary).toContain('| critical | 1 | 0 | 0 | 0 | 0 |');
    expect(run.summary).toContain('libidn2-0 | 2.0.5-1 → 2.0.5-1+deb10u1');
  });

  it('passes within the policy and says so', async () => {
    const run = await runActionBundle(
      'scan',
      { image: 'image.tar', 'severity-threshold': 'medium', 'max-counts': 'medium=4' },
      env('alpine-310.json'),
    );
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ passed: 'true', medium: '4' });
    expect(run.stdout).toContain('::warning::alpine 3.10.2 is end of service life');
  });

  it('fails with one clear line on a bad input, before running trivy', async () => {
    const run = await runActionBundle(
      'scan',
      { image: 'image.tar', 'max-counts': 'high:5' },
      env('alpine-310.json'),
    );
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/^::error::input "max-counts": "high:5" is not SEVERITY=COUNT/m);
    expect(run.outputs).toEqual({});
  });
});
