import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/scan/gate.js';
import { jsonReport, scanOutputs } from '../../../src/scan/outputs.js';
import { parseTrivyReport } from '../../../src/scan/report.js';
import { summaryMarkdown, summaryText, verdictLine } from '../../../src/scan/summary.js';
import { TODAY, fixture, policy, rule, unsupportedOsReportText } from './helpers.js';

const paths = { sarif: '/w/osimg-scan.sarif', report: '/w/osimg-scan.json' };

describe('outputs and reports tell the same story as the decision', () => {
  it('action outputs: passed, counts per severity, paths', () => {
    const decision = evaluate(
      fixture('centos-7'),
      policy({ threshold: 'low', ignores: [rule({ package: 'bash' })] }),
      TODAY,
    );
    expect(scanOutputs(decision, paths)).toEqual({
      passed: false,
      unknown: 0,
      low: 1,
      medium: 1,
      high: 0,
      critical: 0,
      total: 2,
      ignored: 1,
      incomplete: false,
      sarif: paths.sarif,
      report: paths.report,
    });
  });

  it('JSON report: every finding with its disposition, and the rule that decided it', () => {
    const decision = evaluate(
      fixture('centos-7'),
      policy({ threshold: 'medium', ignores: [rule({ package: 'bash' }, 4)] }),
      TODAY,
    );
    const report = jsonReport(decision) as {
      findings: Array<Record<string, unknown>>;
      counts: unknown;
      passed: boolean;
    };
    expect(report.passed).toBe(false);
    expect(report.counts).toEqual(decision.counts);
    expect(report.findings.map((f) => [f.id, f.package, f.disposition])).toEqual([
      ['CVE-2019-18276', 'bash', 'ignored'],
      ['CVE-2019-1559', 'openssl-libs', 'counted'],
      ['CVE-2018-0734', 'openssl-libs', 'below-threshold'],
    ]);
    expect(report.findings[0]!.rule).toEqual({
      match: 'package bash',
      reason: 'accepted by the platform team',
      expires: '2099-12-31',
      file: 'ignores.yaml',
      line: 4,
    });
  });

  it('job summary: verdict, counts per severity by disposition, top fixable findings', () => {
    const decision = evaluate(fixture('debian-buster'), policy({ threshold: 'low', onlyFixed: true }), TODAY);
    const markdown = summaryMarkdown(decision);
    expect(markdown).toContain(
      '### osimg scan: testdata/fixtures/images/debian-buster.tar.gz (debian 10.1) — ❌ failed',
    );
    expect(markdown).toContain('- ❌ 1 critical finding (allowed 0)');
    expect(markdown).toContain('| critical | 1 | 0 | 0 | 0 | 0 |');
    expect(markdown).toContain('| low | 0 | 0 | 0 | 0 | 1 |');
    expect(markdown).toContain('| unknown | 0 | — | 0 | 0 | 0 |');
    expect(markdown).toContain(
      '| critical | [CVE-2019-18224](https://avd.aquasec.com/nvd/cve-2019-18224) | libidn2-0 | 2.0.5-1 → 2.0.5-1+deb10u1 |',
    );
  });

  it('job summary and CLI text shout when the OS could not be assessed', () => {
    const decision = evaluate(
      parseTrivyReport(unsupportedOsReportText(), 'f.json'),
      policy({ onIncomplete: 'warn' }),
      TODAY,
    );
    expect(summaryMarkdown(decision)).toContain(
      '> [!WARNING]\n> **results incomplete: OS not supported (fedora 40): trivy has no vulnerability data for it, so its packages were not assessed**',
    );
    expect(summaryText(decision).split('\n')[0]).toBe(
      '!! RESULTS INCOMPLETE: OS NOT SUPPORTED (FEDORA 40): TRIVY HAS NO VULNERABILITY DATA FOR IT, SO ITS PACKAGES WERE NOT ASSESSED',
    );
  });

  it('CLI text: a table and the fixable findings', () => {
    const decision = evaluate(
      fixture('alpine-310'),
      policy({ threshold: 'medium', maxCounts: { medium: 4 } }),
      TODAY,
    );
    expect(verdictLine(decision)).toBe(
      'passed: 4 finding(s) count against the policy in testdata/fixtures/images/alpine-310.tar.gz, within its limits',
    );
    expect(summaryText(decision)).toContain('  medium    4        4        0        0      0');
    expect(summaryText(decision)).toContain('  medium   CVE-2019-1549  libcrypto1.1 1.1.1c-r0 → 1.1.1d-r0');
  });

  it('escapes table cells', () => {
    const decision = evaluate(
      parseTrivyReport(
        JSON.stringify({
          SchemaVersion: 2,
          ArtifactName: 'a|b<c>',
          ArtifactType: 'repository',
          Results: [
            {
              Target: 't',
              Vulnerabilities: [
                {
                  VulnerabilityID: 'X|1',
                  PkgName: 'p|q',
                  FixedVersion: '2',
                  InstalledVersion: '1',
                  Severity: 'HIGH',
                },
              ],
            },
          ],
        }),
        'x',
      ),
      policy(),
      TODAY,
    );
    const markdown = summaryMarkdown(decision);
    expect(markdown).toContain('a\\|b&lt;c&gt;');
    expect(markdown).toContain('| high | X\\|1 | p\\|q | 1 → 2 |');
  });
});
