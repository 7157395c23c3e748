/** The committed dist/lint/index.js, run as the GitHub runner runs it, on the realistic lint fixtures. */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sarifSchemaErrors } from '../harness/sarif.js';
import { runActionBundle } from './run-action.js';

let workspace: string;

beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'osimg-lint-action-'));
  await cp(resolve('test/fixtures/lint'), workspace, { recursive: true });
});

afterAll(async () => {
  await rm(workspace, { recursive: true, force: true });
});

const env = () => ({ GITHUB_WORKSPACE: workspace, GITHUB_REPOSITORY: 'example/app' });

describe('dist/lint/index.js', () => {
  it('annotates findings on their lines, writes SARIF and a summary, and fails on high', async () => {
    const run = await runActionBundle(
      'lint',
      { path: '.', policy: 'policy.yml', 'fail-on': 'high', sarif: 'lint.sarif' },
      env(),
    );
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(
      '::error title=CF010 Remote script piped into a shell,file=multistage-app/Containerfile,line=8,endLine=8::',
    );
    expect(run.stdout).toContain(
      '::warning title=CF003 Base image not pinned by digest,file=fedora-bootc/Containerfile,line=2,endLine=2::',
    );
    expect(run.stdout).toMatch(/^::error::\d+ finding\(s\) at or above high; first: /m);
    expect(run.outputs).toMatchObject({ passed: 'false', critical: '1', sarif: 'lint.sarif', fixed: '0' });
    const expected = (await readFile(join(workspace, 'expected.txt'), 'utf8')).trim().split('\n');
    expect(Number(run.outputs.findings)).toBe(expected.length);
    expect(run.summary).toContain('osimg lint: failed');
    expect(run.summary).toContain('<td>Excepted by policy</td><td>1</td>');
    expect(sarifSchemaErrors(JSON.parse(await readFile(join(workspace, 'lint.sarif'), 'utf8')))).toEqual([]);
  });

  it('passes a clean image with fail-on high', async () => {
    const run = await runActionBundle(
      'lint',
      { path: 'debian-bootable', policy: 'policy.yml', sarif: '' },
      env(),
    );
    expect(run.stdout).not.toContain('::error');
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ passed: 'true', findings: '0' });
  });

  it('fails with one line naming the file and line for a policy with an error', async () => {
    const run = await runActionBundle('lint', { policy: 'deploy/compose.yml' }, env());
    expect(run.exitCode).toBe(1);
    // One failure line; the several problems it lists are joined the way the runner encodes newlines.
    expect(run.stdout).toMatch(
      /^::error::policy has 3 errors:%0A {2}deploy\/compose.yml:1: the top level needs "version"%0A/m,
    );
    expect(run.stdout).toContain('deploy/compose.yml:1: unknown key "services" in the top level');
  });
});
