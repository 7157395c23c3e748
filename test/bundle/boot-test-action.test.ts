/**
 * The committed dist/boot-test/index.js, run as the GitHub runner runs it, on a disk with nothing bootable:
 * the step fails on the hang timeout and still sets every output and a summary with the last console lines.
 * (test/integration/boot-test.test.ts boots the example through the same module.)
 */
import { mkdir, mkdtemp, readFile, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runActionBundle } from './run-action.js';

let workspace: string;

beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'osimg-boot-action-'));
  await writeFile(join(workspace, 'empty.raw'), '');
  await truncate(join(workspace, 'empty.raw'), 64 * 1024 * 1024);
});

afterAll(async () => {
  if (workspace) await rm(workspace, { recursive: true, force: true });
});

describe('dist/boot-test/index.js', () => {
  it('fails a disk that never boots on the hang timeout, with outputs and a summary', async () => {
    const runnerTemp = join(workspace, 'runner-temp');
    await mkdir(runnerTemp); // the runner's temp directory always exists
    const run = await runActionBundle(
      'boot-test',
      { disk: 'empty.raw', 'hang-timeout': '10', timeout: '300', accel: 'tcg' },
      { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: runnerTemp },
    );
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      /^::error::osimg boot-test failed: the guest hung: no console output for 1\d s/m,
    );
    expect(run.stdout).toContain('::group::Boot empty.raw (tcg');
    expect(run.outputs.passed).toBe('false');
    expect(run.outputs['boot-seconds']).toBe('');
    // A fresh private directory per run, never a fixed shared name.
    expect(run.outputs['console-log']).toMatch(
      new RegExp(`^${runnerTemp}/osimg-boot-test-\\w{6}/console\\.log$`),
    );
    const results = JSON.parse(run.outputs.results!) as Array<{ kind: string; passed: boolean }>;
    expect(results.find((r) => r.kind === 'hang')).toMatchObject({ passed: false });
    expect(run.summary).toContain('osimg boot-test: FAILED');
    expect(run.summary).toContain('Last console lines');
    expect(await readFile(run.outputs['console-log']!, 'utf8')).toContain('BdsDxe');
    // Only the console log is left in RUNNER_TEMP.
    expect(await readdir(runnerTemp)).toEqual([basename(dirname(run.outputs['console-log']!))]);
  });
});
