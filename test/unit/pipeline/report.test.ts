import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountFor, criticalPath, stageShares } from '../../../src/pipeline/accounting.js';
import {
  outsideTools,
  overhead,
  renderHtml,
  renderMarkdown,
  STAGE_COLUMNS,
} from '../../../src/pipeline/report.js';
import { CommandClock, type PipelineReport, type StageResult } from '../../../src/pipeline/run.js';
import { renderTimeline } from '../../../src/report/timeline.js';
import { exec } from '../../../src/tools/exec.js';

const stage = (
  name: string,
  start: number,
  end: number,
  after: string[],
  extra: Partial<StageResult> = {},
): StageResult => ({
  name,
  status: 'passed',
  after,
  start,
  end,
  seconds: end - start,
  toolSeconds: (end - start) * 0.9,
  summary: `${name} ok`,
  outputs: {},
  ...extra,
});

/** Shaped like a real local run: sign and verify overlap the boot test, which is on the critical path. */
const report: PipelineReport = {
  passed: true,
  started: '2026-12-03T10:00:00.000Z',
  seconds: 60,
  toolSeconds: 50,
  stageSeconds: 57,
  phases: [
    { name: 'start-up', start: 0, end: 0.8 },
    { name: 'signing key (new)', start: 0.8, end: 1 },
    { name: 'registry start', start: 1, end: 1.5 },
    { name: 'registry stop (content kept)', start: 59, end: 60 },
  ],
  notes: ['The registry 127.0.0.1:1234 was started for this run and is stopped now.'],
  stages: [
    stage('lint', 1.5, 2, []),
    stage('build', 2, 10, ['lint'], { outputs: { digest: 'sha256:abc' } }),
    { ...stage('scan', 10, 10, ['build']), status: 'skipped', summary: 'skipped (--skip scan)' },
    stage('sign', 14, 30, ['disk']),
    stage('verify', 30, 33, ['sign']),
    stage('disk', 10.1, 14, ['scan']),
    stage('boot-test', 14, 57, ['disk'], {
      summary: 'Kernel panic | <script>alert(1)</script>',
      checks: ['passed: expect /login:/ (matched)', 'passed: http 8080 /health 200 (answered 200)'],
      boot: {
        spans: [
          { name: 'accelerator', kind: 'host', start: 0, end: 0.5 },
          { name: 'disk overlay', kind: 'host', start: 0.5, end: 1 },
          { name: 'qemu start', kind: 'host', start: 1, end: 1.2 },
          { name: 'firmware', kind: 'guest', start: 1.2, end: 4 },
          { name: 'kernel', kind: 'guest', start: 4, end: 12 },
          { name: 'initrd', kind: 'guest', start: 12, end: 26 },
          { name: 'userspace', kind: 'guest', start: 26, end: 38 },
          { name: 'checks', kind: 'checks', start: 38, end: 40 },
          { name: 'stop', kind: 'host', start: 40, end: 42.5 },
          { name: 'clean up', kind: 'host', start: 42.5, end: 43 },
        ],
        guest: { kernel: 7.4, initrd: 14.1, userspace: 18.6 },
      },
    }),
    stage('promote', 57, 59, ['verify', 'boot-test']),
  ],
};

describe('accounting', () => {
  it('finds the critical path through the stage each one waited for that ended last', () => {
    expect(criticalPath(report)).toEqual(['lint', 'build', 'disk', 'boot-test', 'promote']);
  });

  it('gives every second of the run to one part: the parts add up to the total', () => {
    const rows = accountFor(report);
    const sum = rows.reduce((total, row) => total + row.seconds, 0);
    expect(sum).toBeCloseTo(report.seconds, 6);
    expect(rows.find((row) => row.name === 'start-up')).toEqual({
      name: 'start-up',
      kind: 'phase',
      seconds: 0.8,
    });
    // build ends at 10, disk starts at 10.1: scheduling glue shows up by name.
    expect(rows.find((row) => row.kind === 'gap')?.seconds).toBeCloseTo(0.1, 6);
    // sign and verify ran entirely beside the boot test: they are given no time of their own.
    expect(rows.some((row) => row.name === 'sign' || row.name === 'verify')).toBe(false);
    const shares = [...stageShares(report).values()].reduce((total, share) => total + share, 0);
    expect(shares).toBeLessThanOrEqual(1);
  });

  it('times the command’s own steps on the report’s axis', async () => {
    const times = [1000, 1000, 1500, 1500, 3000];
    const clock = new CommandClock(0, () => times.shift()!);
    clock.record('start-up', 0);
    await clock.time('registry start', async () => undefined);
    await clock.time('nothing', async () => undefined);
    expect(clock.spans).toEqual([
      { name: 'start-up', start: 0, end: 1 },
      { name: 'registry start', start: 1, end: 1.5 },
      { name: 'nothing', start: 1.5, end: 3 },
    ]);
  });

  it('still reports the time outside the external tools and outside every stage', () => {
    expect(outsideTools(report)).toEqual({ seconds: 10, share: 10 / 60 });
    expect(overhead(report)).toEqual({ seconds: 3, share: 0.05 });
  });
});

/** Header rows of every table: Markdown `| a | b |` lines before a `| --- |` line, HTML <thead> rows. */
function markdownHeaders(markdown: string): string[][] {
  const lines = markdown.split('\n');
  return lines
    .flatMap((line, index) => (/^\| -{3}/.test(lines[index + 1] ?? '') ? [line] : []))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
}

function htmlHeaders(html: string): string[][] {
  return [...html.matchAll(/<thead><tr>(.*?)<\/tr><\/thead>/g)].map((match) =>
    [...match[1]!.matchAll(/<th[^>]*>(.*?)<\/th>/g)].map((cell) => cell[1]!),
  );
}

describe('pipeline report', () => {
  const markdown = renderMarkdown(report, 'osimg pipeline: x');
  const html = renderHtml(report, 'osimg <pipeline>');

  it('has the same tables with the same columns in Markdown and HTML', () => {
    const headers = markdownHeaders(markdown);
    expect(headers[0]).toEqual([...STAGE_COLUMNS]);
    expect(headers.length).toBe(3);
    expect(htmlHeaders(html)).toEqual(headers);
  });

  it('renders Markdown rows with plain marks, the critical path, checks and the notes', () => {
    expect(markdown).toContain('# osimg pipeline: x: passed');
    expect(markdown).toContain('| build * | ✓ passed | 2.0 s | 8.0 s | 13% | 7.2 s | build ok |');
    expect(markdown).toContain('| sign | ✓ passed | 14.0 s | 16.0 s | 0% |');
    expect(markdown).toContain('Kernel panic \\| <script>');
    expect(markdown).toContain('passed: expect /login:/ (matched); passed: http 8080 /health 200');
    expect(markdown).toContain('> The registry 127.0.0.1:1234 was started for this run');
    expect(markdown).toContain('| total | the command, start to end | 60.0 s | 100% |');
    expect(markdown).toContain('| kernel | guest | 4.0 s | 8.0 s | 7.4 s |');
    expect(markdown).toContain('- **digest**: `sha256:abc`');
  });

  it('renders one self-contained HTML page, everything escaped, no emoji', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|src=|href=/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<title>osimg &lt;pipeline&gt;: passed</title>');
    expect(html).toContain('<li>passed: http 8080 /health 200 (answered 200)</li>');
    expect(html).toContain('<svg class="mark"');
    expect(html).not.toMatch(/\p{Extended_Pictographic}/u);
    expect(markdown).not.toMatch(/\p{Extended_Pictographic}/u);
  });
});

describe('timeline', () => {
  const svg = renderTimeline(report);
  const bar = (name: string) => {
    const match = new RegExp(
      `<rect x="([\\d.]+)" y="[\\d.]+" width="([\\d.]+)"[^>]*><title>${name}[ :]`,
    ).exec(svg);
    expect(match, name).not.toBeNull();
    return { x: Number(match![1]), end: Number(match![1]) + Number(match![2]), tag: match![0] };
  };

  it('is well-formed XML (xmllint)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'osimg-timeline-'));
    try {
      await writeFile(join(dir, 'timeline.svg'), svg);
      await exec('xmllint', ['--noout', join(dir, 'timeline.svg')]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('draws every stage that ran, overlapping stages side by side, the critical path outlined', () => {
    for (const name of ['lint', 'build', 'sign', 'verify', 'disk', 'boot-test', 'promote']) bar(name);
    expect(svg).toContain('skipped (--skip scan)');
    const sign = bar('sign');
    const boot = bar('boot-test');
    expect(sign.x).toBeLessThan(boot.end);
    expect(boot.x).toBeLessThan(sign.end);
    expect(boot.tag).toContain('stroke="#1f2328"');
    expect(sign.tag).not.toContain('stroke=');
  });

  it('puts the boot phases under the boot test, on the same axis', () => {
    const boot = bar('boot-test');
    const firmware = bar('firmware');
    const kernel = bar('kernel');
    expect(firmware.x).toBeGreaterThan(boot.x);
    expect(kernel.x).toBeCloseTo(firmware.end, 0);
    expect(bar('registry start').x).toBeLessThan(boot.x);
  });
});
