import { describe, expect, it } from 'vitest';
import { emptyCounts, type ScanSeverity } from '../../../src/scan/findings.js';
import { DISPOSITIONS, evaluate, topFixable, type Disposition } from '../../../src/scan/gate.js';
import type { Policy } from '../../../src/scan/policy.js';
import { parseTrivyReport } from '../../../src/scan/report.js';
import { TODAY, fixture, policy, rule, unsupportedOsReportText, type FixtureName } from './helpers.js';

type Case = {
  fixture: FixtureName;
  policy: string;
  overrides: Partial<Policy>;
  passed: boolean;
  counts: Partial<Record<ScanSeverity, number>>;
  totals: Partial<Record<Disposition, number>>;
  failures?: string[];
};

const EXPIRED = '2026-05-31';

// Every fixture under several policies, with the exact numbers a person can check against the report.
const cases: Case[] = [
  // Default policy: high and above, vulnerabilities only.
  {
    fixture: 'alpine-310',
    policy: 'default',
    overrides: {},
    passed: true,
    counts: {},
    totals: { 'below-threshold': 4 },
  },
  {
    fixture: 'centos-7',
    policy: 'default',
    overrides: {},
    passed: true,
    counts: {},
    totals: { 'below-threshold': 3 },
  },
  {
    fixture: 'debian-buster',
    policy: 'default',
    overrides: {},
    passed: false,
    counts: { critical: 1 },
    totals: { counted: 1, 'below-threshold': 1 },
    failures: ['1 critical finding (allowed 0)'],
  },
  {
    fixture: 'dockerfile',
    policy: 'default (misconfig off)',
    overrides: {},
    passed: true,
    counts: {},
    totals: {},
  },
  // Threshold low: everything rated counts.
  {
    fixture: 'alpine-310',
    policy: 'low',
    overrides: { threshold: 'low' },
    passed: false,
    counts: { medium: 4 },
    totals: { counted: 4 },
    failures: ['4 medium findings (allowed 0)'],
  },
  {
    fixture: 'centos-7',
    policy: 'low',
    overrides: { threshold: 'low' },
    passed: false,
    counts: { medium: 1, low: 2 },
    totals: { counted: 3 },
    failures: ['1 medium finding (allowed 0)', '2 low findings (allowed 0)'],
  },
  {
    fixture: 'debian-buster',
    policy: 'low',
    overrides: { threshold: 'low' },
    passed: false,
    counts: { critical: 1, low: 1 },
    totals: { counted: 2 },
  },
  {
    fixture: 'dockerfile',
    policy: 'low + misconfig',
    overrides: { threshold: 'low', scanners: ['vuln', 'misconfig'] },
    passed: false,
    counts: { high: 1 },
    totals: { counted: 1 },
  },
  // Only fixed: the unfixed bash CVEs (will_not_fix in CentOS, affected in Debian) stop counting.
  {
    fixture: 'centos-7',
    policy: 'low, only fixed',
    overrides: { threshold: 'low', onlyFixed: true },
    passed: false,
    counts: { medium: 1, low: 1 },
    totals: { counted: 2, unfixed: 1 },
  },
  {
    fixture: 'debian-buster',
    policy: 'low, only fixed',
    overrides: { threshold: 'low', onlyFixed: true },
    passed: false,
    counts: { critical: 1 },
    totals: { counted: 1, unfixed: 1 },
  },
  {
    fixture: 'alpine-310',
    policy: 'low, only fixed',
    overrides: { threshold: 'low', onlyFixed: true },
    passed: false,
    counts: { medium: 4 },
    totals: { counted: 4 },
  },
  // Max counts.
  {
    fixture: 'alpine-310',
    policy: 'medium, 4 medium allowed',
    overrides: { threshold: 'medium', maxCounts: { medium: 4 } },
    passed: true,
    counts: { medium: 4 },
    totals: { counted: 4 },
  },
  {
    fixture: 'alpine-310',
    policy: 'medium, 3 medium allowed',
    overrides: { threshold: 'medium', maxCounts: { medium: 3 } },
    passed: false,
    counts: { medium: 4 },
    totals: { counted: 4 },
    failures: ['4 medium findings (allowed 3)'],
  },
  {
    fixture: 'centos-7',
    policy: 'medium, 1 medium allowed',
    overrides: { threshold: 'medium', maxCounts: { medium: 1 } },
    passed: true,
    counts: { medium: 1 },
    totals: { counted: 1, 'below-threshold': 2 },
  },
  // Report only.
  {
    fixture: 'debian-buster',
    policy: 'none',
    overrides: { threshold: 'none' },
    passed: true,
    counts: {},
    totals: { 'below-threshold': 2 },
  },
  // Ignores: by id, by package, by id in one package, expired.
  {
    fixture: 'debian-buster',
    policy: 'ignore the critical CVE',
    overrides: { ignores: [rule({ id: 'cve-2019-18224' })] },
    passed: true,
    counts: {},
    totals: { ignored: 1, 'below-threshold': 1 },
  },
  {
    fixture: 'debian-buster',
    policy: 'expired ignore of the critical CVE',
    overrides: { ignores: [rule({ id: 'CVE-2019-18224', expires: EXPIRED })] },
    passed: false,
    counts: { critical: 1 },
    totals: { 'expired-ignore': 1, 'below-threshold': 1 },
  },
  {
    fixture: 'centos-7',
    policy: 'low, ignore package bash',
    overrides: { threshold: 'low', ignores: [rule({ package: 'bash' })] },
    passed: false,
    counts: { medium: 1, low: 1 },
    totals: { counted: 2, ignored: 1 },
  },
  {
    fixture: 'alpine-310',
    policy: 'low, ignore one CVE in libssl1.1 only',
    overrides: { threshold: 'low', ignores: [rule({ id: 'CVE-2019-1549', package: 'libssl1.1' })] },
    passed: false,
    counts: { medium: 3 },
    totals: { counted: 3, ignored: 1 },
  },
  {
    fixture: 'alpine-310',
    policy: 'medium, ignore both openssl packages, 0 allowed',
    overrides: {
      threshold: 'medium',
      ignores: [rule({ package: 'libssl1.1' }), rule({ package: 'libcrypto1.1' })],
    },
    passed: true,
    counts: {},
    totals: { ignored: 4 },
  },
  {
    fixture: 'dockerfile',
    policy: 'misconfig, DS-0002 ignored',
    overrides: { scanners: ['misconfig'], ignores: [rule({ id: 'DS-0002', kind: 'misconfiguration' })] },
    passed: true,
    counts: {},
    totals: { ignored: 1 },
  },
];

describe('evaluate (the gate) on real trivy reports', () => {
  it.each(cases)('$fixture under "$policy"', (c) => {
    const decision = evaluate(fixture(c.fixture), policy(c.overrides), TODAY);
    expect(decision.passed).toBe(c.passed);
    expect(decision.counts).toEqual({ ...emptyCounts(), ...c.counts });
    const totals = Object.fromEntries(DISPOSITIONS.map((d) => [d, c.totals[d] ?? 0]));
    expect(decision.totals).toEqual(totals);
    // Every finding of an enabled scanner is classified exactly once.
    expect(decision.findings.length + decision.skippedByScanner).toBe(fixture(c.fixture).findings.length);
    if (c.failures) expect(decision.failures).toEqual(c.failures);
    expect(decision.failures.length === 0).toBe(c.passed);
  });

  it('keeps the matching rule and its reason on ignored findings', () => {
    const ignore = rule({ id: 'CVE-2019-18224', reason: 'libidn2 is not reachable from any service' }, 7);
    const decision = evaluate(fixture('debian-buster'), policy({ ignores: [ignore] }), TODAY);
    const ignored = decision.findings.find((item) => item.disposition === 'ignored');
    expect(ignored?.finding.id).toBe('CVE-2019-18224');
    expect(ignored?.rule?.reason).toBe('libidn2 is not reachable from any service');
  });

  it('reports an expired rule with its file and line, and the finding counts again', () => {
    const ignore = rule({ id: 'CVE-2019-18224', expires: EXPIRED }, 12);
    const decision = evaluate(fixture('debian-buster'), policy({ ignores: [ignore] }), TODAY);
    expect(decision.expiredRules).toEqual([{ rule: ignore, matches: 1 }]);
    expect(decision.warnings).toContain(
      'ignore rule at ignores.yaml:12 (CVE-2019-18224) expired on 2026-05-31 and no longer applies (1 finding count again): fix the finding or renew the rule with a new reason',
    );
  });

  it('applies a rule through the end of its expiry day', () => {
    const ignore = rule({ id: 'CVE-2019-18224', expires: TODAY });
    expect(evaluate(fixture('debian-buster'), policy({ ignores: [ignore] }), TODAY).passed).toBe(true);
    expect(evaluate(fixture('debian-buster'), policy({ ignores: [ignore] }), '2026-06-02').passed).toBe(
      false,
    );
  });

  it('names rules that match nothing', () => {
    const stale = rule({ id: 'CVE-1999-0001' }, 3);
    const decision = evaluate(fixture('alpine-310'), policy({ ignores: [stale] }), TODAY);
    expect(decision.unusedRules).toEqual([stale]);
    expect(
      decision.warnings.some((w) =>
        w.startsWith('ignore rule at ignores.yaml:3 (CVE-1999-0001) matched nothing'),
      ),
    ).toBe(true);
  });

  it('prefers an active rule over an expired one for the same finding', () => {
    const rules = [rule({ id: 'CVE-2019-18224', expires: EXPIRED }), rule({ package: 'libidn2-0' })];
    const decision = evaluate(fixture('debian-buster'), policy({ ignores: rules }), TODAY);
    expect(decision.totals.ignored).toBe(1);
    expect(decision.passed).toBe(true);
  });

  it('leaves out findings of scanners that are off, and says so', () => {
    const decision = evaluate(fixture('dockerfile'), policy(), TODAY);
    expect(decision.skippedByScanner).toBe(1);
    expect(decision.warnings).toContain('1 finding(s) of scanners not enabled in the policy were left out');
  });

  it('says an end-of-life OS out loud without failing on it', () => {
    const decision = evaluate(fixture('alpine-310'), policy(), TODAY);
    expect(decision.passed).toBe(true);
    expect(decision.warnings[0]).toMatch(/^alpine 3\.10\.2 is end of service life/);
  });

  it('lists the top fixable findings, most severe first', () => {
    const decision = evaluate(fixture('centos-7'), policy({ threshold: 'low' }), TODAY);
    expect(topFixable(decision, 10).map((f) => `${f.id} ${f.package} ${f.fixedVersion}`)).toEqual([
      'CVE-2019-1559 openssl-libs 1:1.0.2k-19.el7',
      'CVE-2018-0734 openssl-libs 1:1.0.2k-19.el7',
    ]);
  });
});

describe('an OS trivy cannot assess', () => {
  const report = () => parseTrivyReport(unsupportedOsReportText('fedora', '40'), 'fedora.json');

  it('is never "0 vulnerabilities": the gate fails with "results incomplete: OS not supported"', () => {
    const decision = evaluate(report(), policy(), TODAY);
    expect(decision.counts).toEqual(emptyCounts());
    expect(decision.passed).toBe(false);
    expect(decision.completeness.osUnsupported).toBe(true);
    expect(decision.failures).toEqual([
      'results incomplete: OS not supported (fedora 40): trivy has no vulnerability data for it, so its packages were not assessed (on-incomplete: fail)',
    ]);
  });

  it('passes with a loud warning when the policy says warn', () => {
    const decision = evaluate(report(), policy({ onIncomplete: 'warn' }), TODAY);
    expect(decision.passed).toBe(true);
    expect(decision.warnings[0]).toMatch(/^results incomplete: OS not supported \(fedora 40\)/);
  });

  it('also takes trivy\'s own "Unsupported os" warning line', () => {
    const decision = evaluate(fixture('debian-buster'), policy({ threshold: 'none' }), TODAY, [
      '2026-01-01T00:00:00Z\tWARN\tUnsupported os\tfamily="fedora"',
    ]);
    expect(decision.completeness.problems).toEqual([
      'results incomplete: OS not supported (fedora): trivy said "Unsupported os"',
    ]);
  });

  it('treats an image with no detected OS as incomplete, but not a repository scan', () => {
    const data = JSON.parse(unsupportedOsReportText()) as { Metadata: Record<string, unknown> };
    delete data.Metadata.OS;
    const decision = evaluate(parseTrivyReport(JSON.stringify(data), 'x.json'), policy(), TODAY);
    expect(decision.completeness.problems[0]).toMatch(/^results incomplete: no OS detected/);
    expect(evaluate(fixture('dockerfile'), policy(), TODAY).completeness.complete).toBe(true);
  });

  it('does not judge OS coverage when vulnerability scanning is off', () => {
    const decision = evaluate(report(), policy({ scanners: ['secret'] }), TODAY);
    expect(decision.completeness.complete).toBe(true);
  });
});
