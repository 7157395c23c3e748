/** The boot-test stage keeps its checks and timing in the report, also when the boot fails. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pipelinePlan, type Invoke } from '../../../src/pipeline/plan.js';
import { runStages } from '../../../src/pipeline/run.js';
import { CommandFailure } from '../../../src/pipeline/session.js';

const bootReport = (passed: boolean) => ({
  passed,
  bootSeconds: passed ? 23.2 : undefined,
  results: [
    { name: 'expect /ready/', kind: 'expect', passed, detail: passed ? 'matched' : 'not seen' },
    { name: 'GET :8080/health → 200', kind: 'http', passed: true, detail: 'answered 200' },
  ],
  timing: { spans: [{ name: 'firmware', kind: 'guest', start: 1, end: 3 }] },
});

// The stage keeps the boot test's JSON (the surface stage reads its guest facts) in the output directory.
const outputDir = mkdtempSync(join(tmpdir(), 'osimg-plan-boot-'));
afterAll(() => rmSync(outputDir, { recursive: true, force: true }));

function plan(bootPassed: boolean) {
  const invoke: Invoke = async ([command]) => {
    if (command === 'build')
      return JSON.stringify({ digest: 'sha256:1', ref: 'r/x@sha256:1', size: 1, layers: 1 });
    if (command === 'disk')
      return JSON.stringify({
        files: [{ format: 'raw', path: '/d.raw', bytes: 1, sha256: 'a' }],
        kernelVersion: '6.1',
      });
    if (command === 'boot-test') {
      const printed = `${JSON.stringify(bootReport(bootPassed))}\n`;
      if (!bootPassed) throw new CommandFailure('the boot test failed: /ready/ not seen', printed);
      return printed;
    }
    return '';
  };
  return pipelinePlan(
    {
      context: '/c',
      image: 'r/x',
      tag: 't',
      channel: 'stable',
      outputDir,
      key: { privateKey: '/k', publicKey: '/p' },
      storage: [],
      skip: new Set(['lint', 'scan']),
    },
    invoke,
  );
}

describe('boot-test stage', () => {
  it('lists the checks it made and carries the boot timing', async () => {
    const report = await runStages(plan(true));
    const boot = report.stages.find((stage) => stage.name === 'boot-test')!;
    expect(boot.status).toBe('passed');
    expect(boot.checks).toEqual([
      'passed: expect /ready/ (matched)',
      'passed: GET :8080/health → 200 (answered 200)',
    ]);
    expect(boot.boot?.spans[0]?.name).toBe('firmware');
  });

  it('keeps them when the boot fails', async () => {
    const report = await runStages(plan(false));
    const boot = report.stages.find((stage) => stage.name === 'boot-test')!;
    expect(boot.status).toBe('failed');
    expect(boot.summary).toBe('the boot test failed: /ready/ not seen');
    expect(boot.checks?.[0]).toBe('FAILED: expect /ready/ (not seen)');
    expect(boot.boot?.spans).toHaveLength(1);
  });
});
