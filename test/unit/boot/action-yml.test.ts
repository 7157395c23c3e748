import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ACTION_INPUTS } from '../../../src/actions/boot-test/inputs.js';
import { bootTestOutputs } from '../../../src/boot/report.js';

const spec = parse(readFileSync('boot-test/action.yml', 'utf8')) as {
  inputs: Record<string, { required?: boolean; default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};

describe('boot-test/action.yml matches the code and the agreed interface', () => {
  it('declares exactly the inputs the action reads, none required (disk or image is checked in code)', () => {
    expect(Object.keys(spec.inputs).sort()).toEqual([...ACTION_INPUTS].sort());
    expect(Object.keys(spec.inputs)).toEqual([
      'disk',
      'image',
      'expect',
      'fail-on',
      'default-fail-on',
      'http',
      'tcp',
      'units',
      'read-only-root',
      'no-failed-units',
      'accel',
      'memory',
      'cpus',
      'firmware',
      'kernel-args',
      'timeout',
      'hang-timeout',
      'console-log',
    ]);
    expect(Object.values(spec.inputs).some((input) => input.required)).toBe(false);
    expect(spec.inputs).toMatchObject({
      'default-fail-on': { default: 'true' },
      'no-failed-units': { default: 'true' },
      'read-only-root': { default: '' },
      accel: { default: 'auto' },
      memory: { default: '1024' },
      cpus: { default: '2' },
      firmware: { default: 'uefi' },
      timeout: { default: '600' },
      'hang-timeout': { default: '120' },
    });
  });

  it('declares exactly the outputs the action sets', () => {
    const outputs = bootTestOutputs({
      passed: false,
      consoleLog: '/t/console.log',
      disk: '/d.raw',
      accel: 'tcg',
      accelReason: 'r',
      results: [{ name: 'fail-on patterns', kind: 'fail-on', passed: true, detail: 'none' }],
      lastLines: [],
      seconds: 1,
      timing: { spans: [] },
    });
    expect(Object.keys(spec.outputs).sort()).toEqual(Object.keys(outputs).sort());
    expect(outputs).toEqual({
      passed: 'false',
      'boot-seconds': '',
      'console-log': '/t/console.log',
      results: '[{"name":"fail-on patterns","kind":"fail-on","passed":true,"seconds":null,"detail":"none"}]',
    });
  });

  it('runs its own bundle on node24', () => {
    expect(spec.runs).toEqual({ using: 'node24', main: '../dist/boot-test/index.js' });
  });
});
