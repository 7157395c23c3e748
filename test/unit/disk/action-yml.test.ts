import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ACTION_INPUTS } from '../../../src/actions/disk/inputs.js';
import { diskOutputs } from '../../../src/disk/report.js';

const spec = parse(readFileSync('disk/action.yml', 'utf8')) as {
  inputs: Record<string, { required?: boolean; default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};

describe('disk/action.yml matches the code', () => {
  it('declares exactly the inputs the action reads, image first and the only required one', () => {
    expect(Object.keys(spec.inputs).sort()).toEqual([...ACTION_INPUTS].sort());
    expect(
      Object.entries(spec.inputs)
        .filter(([, input]) => input.required)
        .map(([name]) => name),
    ).toEqual(['image']);
    expect(Object.keys(spec.inputs)[0]).toBe('image');
  });

  it('declares exactly the outputs the action sets', () => {
    const outputs = diskOutputs({
      image: 'i',
      digest: 'sha256:0',
      backend: 'builtin',
      kernelVersion: 'k',
      cmdline: 'c',
      rootFilesystem: 'ext4',
      contentBytes: 1,
      files: [{ path: '/o/disk.raw', format: 'raw', bytes: 1, allocated: 1, sha256: 'ab' }],
      partitions: [],
    });
    expect(Object.keys(spec.outputs).sort()).toEqual(Object.keys(outputs).sort());
    expect(outputs.sha256).toBe('ab  /o/disk.raw');
    expect(outputs.qcow2).toBe('');
  });

  it('runs its own bundle on node24', () => {
    expect(spec.runs).toEqual({ using: 'node24', main: '../dist/disk/index.js' });
  });
});
