import { describe, expect, it } from 'vitest';
import { evaluate, isGating } from '../../../src/scan/gate.js';
import type { Policy } from '../../../src/scan/policy.js';
import { decisionToSarif } from '../../../src/scan/sarif.js';
import { sarifSchemaErrors } from '../../harness/sarif.js';
import { FIXTURE_NAMES, TODAY, fixture, policy, rule, type FixtureName } from './helpers.js';

interface Run {
  tool: {
    driver: {
      rules: Array<{
        id: string;
        defaultConfiguration: { level: string };
        properties: Record<string, unknown>;
      }>;
    };
  };
  automationDetails: { id: string };
  results: Array<{
    ruleId: string;
    ruleIndex: number;
    level: string;
    message: { text: string };
    locations: Array<{
      physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } };
    }>;
    partialFingerprints: { primaryLocationLineHash: string };
  }>;
}

const POLICIES: Array<[string, Partial<Policy>]> = [
  ['default', {}],
  ['low', { threshold: 'low' }],
  ['low, only fixed', { threshold: 'low', onlyFixed: true }],
  [
    'low, all scanners, one ignore',
    { threshold: 'low', scanners: ['vuln', 'secret', 'misconfig'], ignores: [rule({ package: 'bash' })] },
  ],
  ['none', { threshold: 'none' }],
];

function sarifFor(name: FixtureName, overrides: Partial<Policy>) {
  const decision = evaluate(fixture(name), policy(overrides), TODAY);
  const log = decisionToSarif(decision, { locationUri: 'Containerfile', category: `osimg-scan/${name}` });
  return { decision, log, run: log.runs[0] as unknown as Run };
}

describe('decisionToSarif', () => {
  describe.each(FIXTURE_NAMES)('%s', (name) => {
    it.each(POLICIES)(
      'under "%s" is valid SARIF 2.1.0 with exactly the gated findings',
      (_label, overrides) => {
        const { decision, log, run } = sarifFor(name, overrides);
        expect(sarifSchemaErrors(log)).toEqual([]);
        const gated = decision.findings
          .filter((item) => isGating(item.disposition))
          .map((item) => item.finding.id);
        expect(run.results.map((result) => result.ruleId)).toEqual(gated);
        expect(run.results.length).toBe(Object.values(decision.counts).reduce((a, b) => a + b, 0));
        for (const result of run.results)
          expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
      },
    );
  });

  it('describes a vulnerability with package, installed → fixed and target, on the Containerfile', () => {
    const { run } = sarifFor('debian-buster', {});
    expect(run.automationDetails.id).toBe('osimg-scan/debian-buster/');
    expect(run.results).toHaveLength(1);
    const [result] = run.results;
    expect(result!.level).toBe('error');
    expect(result!.message.text).toBe(
      'CVE-2019-18224 (critical) in libidn2-0 2.0.5-1 → 2.0.5-1+deb10u1. libidn2: heap-based buffer overflow in idn2_to_ascii_4i in lib/lookup.c. target: testdata/fixtures/images/debian-buster.tar.gz (debian 10.1)',
    );
    expect(result!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'Containerfile' },
      region: { startLine: 1 },
    });
    expect(run.tool.driver.rules[0]!.properties['security-severity']).toBe('9.5');
  });

  it('puts repository findings on their own file', () => {
    const { run } = sarifFor('dockerfile', { scanners: ['misconfig'] });
    expect(run.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('Dockerfile');
    expect(run.results[0]!.level).toBe('error');
  });

  it('gives one rule per id, at its most severe level, and stable fingerprints', () => {
    const first = sarifFor('alpine-310', { threshold: 'low' }).run;
    expect(first.tool.driver.rules.map((r) => r.id)).toEqual(['CVE-2019-1549', 'CVE-2019-1551']);
    expect(first.results).toHaveLength(4);
    const fingerprints = first.results.map((r) => r.partialFingerprints.primaryLocationLineHash);
    expect(new Set(fingerprints).size).toBe(4);
    expect(
      sarifFor('alpine-310', { threshold: 'low' }).run.results.map(
        (r) => r.partialFingerprints.primaryLocationLineHash,
      ),
    ).toEqual(fingerprints);
  });

  it('says when a finding is back because its ignore expired', () => {
    const { run } = sarifFor('debian-buster', {
      ignores: [rule({ id: 'CVE-2019-18224', expires: '2026-01-01' }, 9)],
    });
    expect(run.results[0]!.message.text).toMatch(/ignore rule at ignores\.yaml:9 expired on 2026-01-01$/);
  });
});
