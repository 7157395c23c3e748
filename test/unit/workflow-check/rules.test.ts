import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkWorkflow, checkWorkflowAndScripts, WORKFLOW_RULES } from '../../../src/workflow-check/check.js';
import { actionResolver, parseWithGitHub } from '../../../scripts/check-workflows.js';

const BAD = 'test/fixtures/workflows/bad';
const GOOD = 'test/fixtures/workflows/good';
const action = actionResolver('.');

const rulesOf = (text: string, file = 'x.yml') => [
  ...new Set(checkWorkflow(text, file, { action }).findings.map((f) => f.rule)),
];

describe('the corpus of bad workflows', () => {
  const files = readdirSync(BAD).sort();

  it('has one workflow per rule', () => {
    expect(files).toEqual(WORKFLOW_RULES.map((rule) => `${rule.id}.yml`));
  });

  it.each(files)(
    '%s is valid for GitHub and fails exactly its own rule',
    async (name) => {
      const text = readFileSync(join(BAD, name), 'utf8');
      expect(await parseWithGitHub(name, text)).toEqual([]);
      const { findings } = await checkWorkflowAndScripts(text, name, { action });
      expect([...new Set(findings.map((f) => f.rule))]).toEqual([name.replace(/\.yml$/, '')]);
    },
    30_000,
  );
});

describe('good workflows', () => {
  it.each(readdirSync(GOOD))(
    '%s passes GitHub’s parser and every rule',
    async (name) => {
      const text = readFileSync(join(GOOD, name), 'utf8');
      expect(await parseWithGitHub(name, text)).toEqual([]);
      expect((await checkWorkflowAndScripts(text, name, { action })).findings).toEqual([]);
    },
    30_000,
  );
});

describe('rule details', () => {
  const job = (steps: string, permissions = '      contents: read') =>
    `on: push\npermissions: {}\njobs:\n  j:\n    runs-on: x\n    permissions:\n${permissions}\n    steps:\n${steps}\n`;

  it('names the line of each finding', () => {
    const text = job('      - run: |\n          echo ok\n          echo ${{ github.ref }}');
    expect(checkWorkflow(text, 'w.yml').findings).toEqual([
      expect.objectContaining({ rule: 'WF004', file: 'w.yml', line: 11 }),
    ]);
  });

  it.each([
    [
      'a SHA without a version comment',
      '      - uses: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020',
      'WF006',
    ],
    ['a short SHA', '      - uses: actions/setup-node@49933ea # v4', 'WF006'],
    ['a docker image by tag', '      - uses: docker://alpine:3', 'WF006'],
    [
      'a branch of the suite',
      '      - uses: org/osimg/scan@main\n        with:\n          image: x',
      'WF007',
    ],
    ['the suite as a local action', '      - uses: ./scan\n        with:\n          image: x', 'WF007'],
    [
      'an unknown input of a suite action',
      '      - uses: org/osimg/scan@v1.0.0\n        with:\n          image: x\n          severity: high',
      'WF010',
    ],
  ])('flags %s', (_what, steps, rule) => {
    expect(rulesOf(job(steps))).toEqual([rule]);
  });

  it.each([
    ['a pinned docker image', '      - uses: docker://alpine@sha256:' + 'a'.repeat(64)],
    ['a local action that is not the suite’s', '      - uses: ./.github/actions/setup'],
    [
      'a pinned action with its version',
      '      - uses: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020 # v4.4.0',
    ],
  ])('accepts %s', (_what, steps) => {
    expect(rulesOf(job(steps))).toEqual([]);
  });

  it('flags write-all, top-level grants, and id-token where nothing signs', () => {
    expect(rulesOf(job('      - run: echo', '      id-token: write'))).toEqual(['WF003']);
    expect(rulesOf('on: push\npermissions: write-all\njobs: {}\n')).toEqual(['WF001', 'WF002']);
    expect(rulesOf('on: push\npermissions:\n  contents: read\njobs: {}\n')).toEqual(['WF001']);
  });

  it('accepts id-token for AWS and the suite’s signing', () => {
    const aws =
      '      - uses: aws-actions/configure-aws-credentials@e6de054238d6b7531b4efff3b6587d9aade6a06c # v6.2.3';
    expect(rulesOf(job(aws, '      id-token: write'))).toEqual([]);
    const publish =
      '      - uses: org/osimg/publish-ami@v1.0.0\n        with:\n          disk: d\n          image-digest: x';
    expect(rulesOf(job(publish, '      id-token: write'))).not.toContain('WF003');
  });

  it('accepts ./<action> only in osimg’s internal workflows (.github/workflows/_*.yml)', () => {
    const text = job('      - uses: ./scan\n        with:\n          image: x');
    expect(rulesOf(text, '.github/workflows/_ci.yml')).toEqual([]);
    expect(rulesOf(text, '.github/workflows/ci.yml')).toEqual(['WF007']);
    expect(rulesOf(text, 'workflows/_copy-me.yml')).toEqual(['WF007']);
  });

  it('reports invalid YAML instead of crashing', () => {
    expect(rulesOf('on: [push\n')).toEqual(['WF000']);
  });
});
