import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { INPUT_NAMES } from '../../../src/actions/scan/inputs.js';
import { evaluate } from '../../../src/scan/gate.js';
import { scanOutputs } from '../../../src/scan/outputs.js';
import { TODAY, fixture, policy } from './helpers.js';

const spec = parse(readFileSync('scan/action.yml', 'utf8')) as {
  inputs: Record<string, { required?: boolean; default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};

describe('scan/action.yml matches the code', () => {
  it('declares exactly the inputs the action reads, image first and the only required one', () => {
    const read = Object.values(INPUT_NAMES).map((name) => /^input "(.+)"$/.exec(name)![1]);
    expect(Object.keys(spec.inputs).sort()).toEqual([...read].sort());
    expect(
      Object.entries(spec.inputs)
        .filter(([, input]) => input.required)
        .map(([name]) => name),
    ).toEqual(['image']);
    expect(Object.keys(spec.inputs)[0]).toBe('image');
  });

  it('declares exactly the outputs the action sets', () => {
    const outputs = scanOutputs(evaluate(fixture('alpine-310'), policy(), TODAY), {
      sarif: 's',
      report: 'r',
    });
    expect(Object.keys(spec.outputs).sort()).toEqual(Object.keys(outputs).sort());
  });

  it('runs its own bundle on node24', () => {
    expect(spec.runs).toEqual({ using: 'node24', main: '../dist/scan/index.js' });
  });
});
