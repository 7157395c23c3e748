/**
 * The machine-readable views of a decision: osimg's JSON report and the action outputs. Derived from the
 * same decision as the SARIF and the summary.
 */
import { SCAN_SEVERITIES } from './findings.js';
import { type Decision } from './gate.js';
import { describeRule } from './gate.js';
import type { IgnoreRule } from './ignores.js';

export const REPORT_SCHEMA = 'https://github.com/org/osimg/blob/v1/docs/scan.md#json-report';

export function jsonReport(decision: Decision): Record<string, unknown> {
  const { policy } = decision;
  return {
    $schema: REPORT_SCHEMA,
    reportVersion: 1,
    passed: decision.passed,
    failures: decision.failures,
    warnings: decision.warnings,
    evaluatedOn: decision.evaluatedOn,
    artifact: decision.artifact,
    complete: decision.completeness.complete,
    incomplete: decision.completeness.problems,
    policy: {
      threshold: policy.threshold,
      onlyFixed: policy.onlyFixed,
      maxCounts: policy.maxCounts,
      scanners: policy.scanners,
      onIncomplete: policy.onIncomplete,
      ignoreRules: policy.ignores.length,
    },
    counts: decision.counts,
    countsByKind: decision.countsByKind,
    totals: decision.totals,
    findings: decision.findings.map(({ finding, disposition, rule }) => ({
      disposition,
      ...finding,
      ...(rule ? { rule: ruleView(rule) } : {}),
    })),
    expiredRules: decision.expiredRules.map(({ rule, matches }) => ({ ...ruleView(rule), matches })),
    unusedRules: decision.unusedRules.map(ruleView),
  };
}

function ruleView(rule: IgnoreRule): Record<string, unknown> {
  return {
    match: describeRule(rule),
    reason: rule.reason,
    expires: rule.expires,
    file: rule.source.file,
    line: rule.source.line,
  };
}

/** Action outputs (and the CLI's --json summary): names match scan/action.yml. */
export function scanOutputs(
  decision: Decision,
  paths: { sarif: string; report: string },
): Record<string, string> {
  const outputs: Record<string, string> = { passed: String(decision.passed) };
  for (const severity of SCAN_SEVERITIES) outputs[severity] = String(decision.counts[severity]);
  outputs.total = String(Object.values(decision.counts).reduce((a, b) => a + b, 0));
  outputs.ignored = String(decision.totals.ignored);
  outputs.incomplete = String(!decision.completeness.complete);
  outputs.sarif = paths.sarif;
  outputs.report = paths.report;
  return outputs;
}
