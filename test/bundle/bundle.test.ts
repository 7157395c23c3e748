/** Every committed bundle starts (no MODULE_NOT_FOUND / ERR_REQUIRE_ESM) and fails on its own terms. */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runActionBundle } from './run-action.js';

const bundles = readdirSync('dist').filter((name) => name !== 'cli');
const actionDirs = readdirSync('.').filter((name) => {
  try {
    return readFileSync(`${name}/action.yml`, 'utf8').length > 0;
  } catch {
    return false;
  }
});
/** The repository's root action.yml (`uses: org/osimg@v1`, the all-in-one) runs dist/pipeline. */
const ROOT_BUNDLE = 'pipeline';
const actionYml = (bundle: string) => (bundle === ROOT_BUNDLE ? 'action.yml' : `${bundle}/action.yml`);

describe('action bundles', () => {
  it('has one bundle per action folder and one action folder per bundle', () => {
    expect(bundles.sort()).toEqual([...actionDirs, ROOT_BUNDLE].sort());
  });

  it.each(bundles)(
    'dist/%s/index.js fails with its own input error when run with no inputs',
    async (action) => {
      const run = await runActionBundle(action, {});
      expect(run.stderr).not.toMatch(/MODULE_NOT_FOUND|ERR_REQUIRE_ESM|SyntaxError/);
      expect(run.exitCode).toBe(1);
      const action_yml = parse(readFileSync(actionYml(action), 'utf8')) as {
        inputs: Record<string, { required?: boolean }>;
      };
      const required = Object.entries(action_yml.inputs).find(([, spec]) => spec.required)?.[0];
      if (required) expect(run.stdout).toContain(`::error::input "${required}" is required`);
      // Without a required input, the action's own first check fails (e.g. nothing to lint in an empty folder).
      else expect(run.stdout).toMatch(/^::error::[a-z].*: .+$/m);
    },
  );

  it.each(actionDirs)('%s/action.yml runs its own bundle on a current node runtime', (action) => {
    const spec = parse(readFileSync(`${action}/action.yml`, 'utf8')) as {
      runs: { using: string; main: string };
    };
    expect(spec.runs.using).toBe('node24');
    expect(spec.runs.main).toBe(`../dist/${action}/index.js`);
  });
});

describe('root action.yml', () => {
  it('runs the all-in-one bundle on a current node runtime', () => {
    const spec = parse(readFileSync('action.yml', 'utf8')) as { runs: { using: string; main: string } };
    expect(spec.runs).toEqual({ using: 'node24', main: `dist/${ROOT_BUNDLE}/index.js` });
  });
});

describe('CLI bundle', () => {
  it('prints help and exits 0', () => {
    const result = spawnSync('node', ['dist/cli/index.js', '--help'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: osimg <command>');
  });

  it('exits 2 with one line on bad usage', () => {
    const result = spawnSync('node', ['dist/cli/index.js', 'build', '--no-such-flag'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(
      'osimg: unknown option --no-such-flag: run with --help for the options',
    );
  });

  it('is executable with a node shebang (the package bin)', () => {
    expect(readFileSync('dist/cli/index.js', 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { bin: Record<string, string> };
    expect(pkg.bin.osimg).toBe('dist/cli/index.js');
  });
});
