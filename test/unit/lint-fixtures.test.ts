/** Realistic Containerfiles and manifests under an ops policy: the exact findings, in every format. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/engine.js';
import { formatJson, formatText, toSarif } from '../../src/lint/report.js';
import { loadPolicy } from '../../src/policy/load.js';
import { sarifSchemaErrors } from '../harness/sarif.js';

const root = 'test/fixtures/lint/';
const files = [
  'fedora-bootc/Containerfile',
  'debian-bootable/Containerfile',
  'multistage-app/Containerfile',
  'deploy/compose.yml',
  'deploy/k8s.yml',
];
const policy = loadPolicy(readFileSync(`${root}policy.yml`, 'utf8'), 'policy.yml');
const result = lint(
  files.map((path) => ({ path, content: readFileSync(root + path, 'utf8') })),
  { policy, kind: 'auto', today: '2026-11-22' },
);

describe('realistic fixtures under the ops policy', () => {
  it('finds exactly the expected findings (file:line severity rule)', () => {
    const actual = result.findings.map(
      (finding) => `${finding.file}:${finding.line} ${finding.severity} ${finding.ruleId}`,
    );
    expect(actual).toEqual(readFileSync(`${root}expected.txt`, 'utf8').trim().split('\n'));
  });

  it('detects the kind of each image', () => {
    expect(result.files.map((file) => `${file.path}=${file.kind}`)).toEqual([
      'fedora-bootc/Containerfile=os',
      'debian-bootable/Containerfile=os',
      'multistage-app/Containerfile=app',
      'deploy/compose.yml=app',
      'deploy/k8s.yml=app',
    ]);
  });

  it('applies the unexpired exception and the rule switched off', () => {
    expect(
      result.suppressed.map(({ finding }) => `${finding.file}:${finding.line} ${finding.ruleId}`),
    ).toEqual(['fedora-bootc/Containerfile:9 CF040']);
    expect(result.findings.some((finding) => finding.ruleId === 'CF026')).toBe(false);
  });

  it('writes SARIF the official 2.1.0 schema accepts, one result per finding, on the right lines', () => {
    const sarif = toSarif(result);
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    const run = sarif.runs[0] as {
      results: Array<{
        ruleId: string;
        level: string;
        locations: Array<{
          physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
        }>;
      }>;
      tool: { driver: { rules: Array<{ id: string }> } };
    };
    expect(run.results).toHaveLength(result.findings.length);
    expect(run.tool.driver.rules.length).toBeGreaterThanOrEqual(50);
    const banned = run.results.find((r) => r.ruleId === 'DC003')!;
    expect(banned.level).toBe('error');
    expect(banned.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'deploy/compose.yml' },
      region: { startLine: 13 },
    });
  });

  it('tells the same story in text and JSON', () => {
    const json = JSON.parse(formatJson(result, 'high')) as {
      passed: boolean;
      counts: Record<string, number>;
      findings: unknown[];
    };
    expect(json.passed).toBe(false);
    expect(json.findings).toHaveLength(result.findings.length);
    expect(json.counts.critical).toBe(1);
    const text = formatText(result, 'high');
    expect(text).toContain(
      'deploy/compose.yml:13: critical DC003 Privileged compose service: service worker is privileged',
    );
    expect(text.trim().split('\n').at(-1)).toBe(
      `5 files linted: 1 critical, ${json.counts.high} high, ${json.counts.medium} medium, ${json.counts.low} low; 1 excepted by policy; fails (fail-on: high)`,
    );
  });
});
