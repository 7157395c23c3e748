/**
 * `osimg lint` end to end: the policy fetched from an ops repository at a tag with the real git, --fix
 * rewriting a real file, and the exit codes and one-line errors for bad policy sources.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { exec } from '../../src/tools/exec.js';
import { sarifSchemaErrors } from '../harness/sarif.js';

let work: string;
let opsRepo: string;
let app: string;

async function osimg(args: string[], cwd = app): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd,
    env: { ...process.env, GITHUB_REPOSITORY: 'example/app' },
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readStdin: async () => '',
  });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'osimg-lint-'));
  // The ops repository: the policy committed and tagged v1, then changed on main (v1 must win).
  opsRepo = join(work, 'ops-policy');
  const git = (args: string[]) =>
    exec('git', ['-C', opsRepo, ...args], {
      env: {
        GIT_AUTHOR_NAME: 'ops',
        GIT_AUTHOR_EMAIL: 'ops@example.com',
        GIT_COMMITTER_NAME: 'ops',
        GIT_COMMITTER_EMAIL: 'ops@example.com',
      },
    });
  await exec('git', ['init', '-q', '-b', 'main', opsRepo]);
  await cp(resolve('test/fixtures/lint/policy.yml'), join(opsRepo, 'osimg-policy.yml'));
  await git(['add', '.']);
  await git(['commit', '-qm', 'policy v1']);
  await git(['tag', 'v1']);
  await writeFile(join(opsRepo, 'osimg-policy.yml'), 'version: 1\nrules:\n  CF010: off\n');
  await git(['commit', '-qam', 'loosen']);

  app = join(work, 'app');
  await cp(resolve('test/fixtures/lint'), app, { recursive: true });
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('osimg lint with the policy from the ops repository', () => {
  it('fetches the policy at the tag and fails on the findings at or above high', async () => {
    const result = await osimg([
      'lint',
      '--policy-repository',
      opsRepo,
      '--policy-ref',
      'v1',
      '--format',
      'json',
      '-q',
    ]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as {
      passed: boolean;
      findings: Array<{ ruleId: string; file: string; line: number }>;
    };
    expect(report.passed).toBe(false);
    // CF010 is off on main but not at v1: the tag's policy was used.
    expect(report.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'CF010', file: 'multistage-app/Containerfile', line: 8 }),
    );
    const expected = (await readFile(join(app, 'expected.txt'), 'utf8')).trim().split('\n');
    expect(report.findings).toHaveLength(expected.length);
  });

  it('passes with --fail-on none and writes valid SARIF next to the text report', async () => {
    const sarifPath = join(work, 'lint.sarif');
    const result = await osimg([
      'lint',
      '--policy-repository',
      opsRepo,
      '--policy-ref',
      'v1',
      '--fail-on',
      'none',
      '--sarif',
      sarifPath,
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'fedora-bootc/Containerfile:4: high CF020 Remote shell server installed: installs openssh-server',
    );
    expect(sarifSchemaErrors(JSON.parse(await readFile(sarifPath, 'utf8')))).toEqual([]);
  });

  it('says which ref could not be fetched, with exit code 2', async () => {
    const result = await osimg(['lint', '--policy-repository', opsRepo, '--policy-ref', 'v9']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n').at(-1)).toMatch(
      new RegExp(
        `^osimg: cannot fetch v9 from ${opsRepo}: .*check the repository, the ref, and that the token may read it$`,
      ),
    );
  });

  it('names a missing policy path in the repository', async () => {
    const result = await osimg([
      'lint',
      '--policy-repository',
      opsRepo,
      '--policy-ref',
      'v1',
      '--policy-path',
      'nope.yml',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`osimg: ${opsRepo} has no file nope.yml at v1: check the policy path`);
  });

  it('rejects an invalid policy file with file and line, exit 2', async () => {
    await writeFile(
      join(work, 'bad.yml'),
      'version: 1\nimages:\n  banned:\n    - image: x\nrules:\n  CF999: off\n',
    );
    const result = await osimg(['lint', '--policy', join(work, 'bad.yml')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `osimg: policy error: ${join(work, 'bad.yml')}:4: /images/banned/0 needs "reason"`,
    );
  });

  it('rejects an unparseable Containerfile with file and line, exit 2', async () => {
    const broken = join(work, 'broken');
    await cp(join(app, 'debian-bootable'), broken, { recursive: true });
    await writeFile(join(broken, 'Containerfile'), 'FROM x:1\nRUNN make\n');
    const result = await osimg(['lint', 'Containerfile'], broken);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n').at(-1)).toBe(
      'osimg: Containerfile:2: unknown instruction "RUNN": check the spelling',
    );
  });
});

describe('osimg lint --fix', () => {
  it('applies the policy substitution to the FROM line only, and the finding is gone', async () => {
    const file = join(app, 'fedora-bootc', 'Containerfile');
    const before = await readFile(file, 'utf8');
    const result = await osimg([
      'lint',
      'fedora-bootc',
      '--policy',
      'policy.yml',
      '--fix',
      '--fail-on',
      'none',
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      'fixed fedora-bootc/Containerfile:2: quay.io/fedora/fedora-bootc:41 → quay.io/fedora/fedora-bootc:41@sha256:0d4f9fb0b7c4d3bbb3d61b0f5d8f2e2e4e2d2f1f0e9d8c7b6a5f4e3d2c1b0a99 (pinned by ops after the 2026-11 patch cycle)',
    );
    const after = await readFile(file, 'utf8');
    const changed = after
      .split('\n')
      .flatMap((line, index) => (line === before.split('\n')[index] ? [] : [index + 1]));
    expect(changed).toEqual([2]);
    expect(result.stdout).not.toContain('CF005');
    expect(result.stdout).not.toContain('CF003');
    // A second run has nothing left to fix.
    const again = await osimg([
      'lint',
      'fedora-bootc',
      '--policy',
      'policy.yml',
      '--fix',
      '--fail-on',
      'none',
    ]);
    expect(again.stderr).not.toContain('fixed ');
    expect(again.stderr).toContain(
      '--fix: nothing to fix (no base to substitute or pin by digest under this policy)',
    );
    expect(await readFile(file, 'utf8')).toBe(after);
  });
});
