import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import * as sign from '../../../src/actions/sign/inputs.js';
import * as verify from '../../../src/actions/verify/inputs.js';

function spec(action: string) {
  return parse(readFileSync(`${action}/action.yml`, 'utf8')) as {
    inputs: Record<string, { required?: boolean; default?: string }>;
    outputs: Record<string, unknown>;
    runs: { using: string; main: string };
  };
}

describe.each([
  ['sign', sign],
  ['verify', verify],
])('%s/action.yml matches the code', (action, code) => {
  it('declares exactly the inputs the action reads, image first and the only required one', () => {
    const { inputs } = spec(action);
    expect(Object.keys(inputs).sort()).toEqual([...code.ACTION_INPUTS].sort());
    expect(
      Object.entries(inputs)
        .filter(([, input]) => input.required)
        .map(([name]) => name),
    ).toEqual(['image']);
    expect(Object.keys(inputs)[0]).toBe('image');
  });

  it('declares exactly the outputs the action sets, and runs its own bundle on node24', () => {
    expect(Object.keys(spec(action).outputs).sort()).toEqual([...code.ACTION_OUTPUTS].sort());
    expect(spec(action).runs).toEqual({ using: 'node24', main: `../dist/${action}/index.js` });
  });
});

describe('sign/action.yml defaults', () => {
  it('signs keyless by default and attests provenance and SPDX', () => {
    const { inputs } = spec('sign');
    expect(inputs.key!.default).toBe('');
    expect(inputs.attest!.default!.trim().split('\n')).toEqual(['provenance', 'spdx']);
  });
});
