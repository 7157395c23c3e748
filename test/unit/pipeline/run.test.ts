import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/errors.js';
import { runStages, type Stage } from '../../../src/pipeline/run.js';

function clock(steps: number[]) {
  let index = 0;
  return () => steps[Math.min(index++, steps.length - 1)]!;
}

describe('runStages', () => {
  it('runs stages in order, records outputs and times, and stops at the first failure', async () => {
    const ran: string[] = [];
    const stage = (name: string, fail = false): Stage => ({
      name,
      run: async () => {
        ran.push(name);
        if (fail) throw new ConfigurationError(`${name} broke: fix it`);
        return { summary: `${name} ok`, outputs: { [name]: 'yes' } };
      },
    });
    const ended: string[] = [];
    const report = await runStages(
      [
        stage('lint'),
        { ...stage('scan'), skip: 'skipped (--skip scan)' },
        stage('build', true),
        stage('sign'),
      ],
      {
        onEnd: (result) => ended.push(`${result.name}:${result.status}`),
      },
    );
    expect(ran).toEqual(['lint', 'build']);
    expect(ended).toEqual(['lint:passed', 'scan:skipped', 'build:failed', 'sign:skipped']);
    expect(report.passed).toBe(false);
    expect(report.stages.map((entry) => entry.summary)).toEqual([
      'lint ok',
      'skipped (--skip scan)',
      'build broke: fix it',
      'not run: an earlier stage failed',
    ]);
    expect(report.stages[0]!.outputs).toEqual({ lint: 'yes' });
  });

  it('measures each stage with the clock it is given', async () => {
    const report = await runStages(
      [
        { name: 'a', run: async () => ({ summary: '' }) },
        { name: 'b', run: async () => ({ summary: '' }) },
      ],
      { now: clock([0, 1000, 3500, 4000, 4250, 5000]) },
    );
    expect(report.stages.map((entry) => entry.seconds)).toEqual([2.5, 0.25]);
    expect(report.stages.map((entry) => [entry.start, entry.end])).toEqual([
      [1, 3.5],
      [4, 4.25],
    ]);
    expect(report.stages[1]!.after).toEqual(['a']);
    expect(report.seconds).toBe(5);
    expect(report.passed).toBe(true);
  });
});

describe('runStages with dependencies', () => {
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('runs stages whose needs are met side by side, and the joining stage after both', async () => {
    const log: string[] = [];
    const stage = (name: string, ms: number, after?: string[]): Stage => ({
      name,
      after,
      run: async () => {
        log.push(`start ${name}`);
        await wait(ms);
        log.push(`end ${name}`);
        return { summary: name };
      },
    });
    const report = await runStages([
      stage('build', 5),
      stage('sign', 60, ['build']),
      stage('disk', 10, ['build']),
      stage('boot', 10, ['disk']),
      stage('promote', 5, ['sign', 'boot']),
    ]);
    expect(report.passed).toBe(true);
    expect(log.slice(0, 3)).toEqual(['start build', 'end build', 'start sign']);
    expect(log.indexOf('start boot')).toBeLessThan(log.indexOf('end sign'));
    expect(log.indexOf('start promote')).toBeGreaterThan(log.indexOf('end sign'));
    expect(report.stages.map((entry) => entry.name)).toEqual(['build', 'sign', 'disk', 'boot', 'promote']);
  });

  it('starts nothing after a failure, lets running stages finish, and reports the rest as not run', async () => {
    const ran: string[] = [];
    const report = await runStages([
      { name: 'build', run: async () => ({ summary: '' }) },
      {
        name: 'sign',
        after: ['build'],
        run: async () => {
          await wait(5);
          throw new ConfigurationError('no key');
        },
      },
      {
        name: 'disk',
        after: ['build'],
        run: async () => {
          await wait(40);
          ran.push('disk');
          return { summary: 'disk made' };
        },
      },
      { name: 'boot', after: ['disk'], run: async () => (ran.push('boot'), { summary: '' }) },
      { name: 'promote', after: ['sign', 'boot'], run: async () => (ran.push('promote'), { summary: '' }) },
    ]);
    expect(ran).toEqual(['disk']);
    expect(report.stages.map((entry) => `${entry.name}:${entry.status}`)).toEqual([
      'build:passed',
      'sign:failed',
      'disk:passed',
      'boot:skipped',
      'promote:skipped',
    ]);
    expect(report.stages[3]!.summary).toBe('not run: an earlier stage failed');
  });

  it('lets a stage run after a skipped one', async () => {
    const report = await runStages([
      { name: 'scan', skip: 'skipped (--skip scan)', run: async () => ({ summary: '' }) },
      { name: 'sign', after: ['scan'], run: async () => ({ summary: 'signed' }) },
    ]);
    expect(report.stages.map((entry) => entry.status)).toEqual(['skipped', 'passed']);
  });
});

describe('stage time', () => {
  it('counts overlapping stages once', async () => {
    const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const report = await runStages([
      { name: 'a', run: async () => (await wait(100), { summary: '' }) },
      { name: 'b', after: [], run: async () => (await wait(100), { summary: '' }) },
    ]);
    expect(report.stageSeconds).toBeGreaterThanOrEqual(0.09);
    expect(report.stageSeconds).toBeLessThan(0.18);
  });
});
