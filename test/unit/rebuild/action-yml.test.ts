import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ACTION_INPUTS } from '../../../src/actions/rebuild/inputs.js';
import { REBUILD_HELP } from '../../../src/cli/rebuild.js';

const spec = parse(readFileSync('rebuild/action.yml', 'utf8')) as {
  inputs: Record<string, { required?: boolean; default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};

describe('rebuild/action.yml matches the code', () => {
  it('declares exactly the inputs the action reads, none required, dry run on by default', () => {
    expect(Object.keys(spec.inputs).sort()).toEqual([...ACTION_INPUTS].sort());
    expect(Object.values(spec.inputs).filter((input) => input.required)).toEqual([]);
    expect(spec.inputs['dry-run']!.default).toBe('true');
    expect(spec.inputs.mode!.default).toBe('dispatch');
  });

  it('declares the outputs of all three modes', () => {
    expect(Object.keys(spec.outputs).sort()).toEqual(
      [
        'affected',
        'dispatched',
        'planned',
        'failed',
        'deferred',
        'report',
        'digest',
        'banned',
        'patched',
        'scan-stale',
        'scanned-at',
        'record',
        'index',
      ].sort(),
    );
  });

  it('the CLI offers an option for every input except the secrets, which come from the environment', () => {
    const viaEnvironment = ['github-token', 'password', 'images', 'index-output'];
    for (const input of ACTION_INPUTS.filter((name) => !viaEnvironment.includes(name))) {
      const option = { bases: 'base', tags: 'tag' }[input] ?? input;
      expect(REBUILD_HELP, input).toContain(`--${option}`);
    }
    expect(REBUILD_HELP).not.toMatch(/--(github-token|password)\b/);
  });

  it('runs its own bundle on node24', () => {
    expect(spec.runs).toEqual({ using: 'node24', main: '../dist/rebuild/index.js' });
  });
});
