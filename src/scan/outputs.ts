/**
 * The machine-readable views of a decision: osimg's JSON report and the action outputs. Derived from the
 * same decision as the SARIF and the summary.
 */
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

/** The scan's outcome in brief: the action's outputs (names match scan/action.yml) and the CLI's --json. */
export interface ScanOutputs {
  passed: boolean;
  critical: number;
  high: number;
  medium: number;
  low: number;
  unknown: number;
  total: number;
  ignored: number;
  incomplete: boolean;
  sarif: string;
  report: string;
}

export function scanOutputs(decision: Decision, paths: { sarif: string; report: string }): ScanOutputs {
  const { critical, high, medium, low, unknown } = decision.counts;
  return {
    passed: decision.passed,
    critical,
    high,
    medium,
    low,
    unknown,
    total: critical + high + medium + low + unknown,
    ignored: decision.totals.ignored,
    incomplete: !decision.completeness.complete,
    sarif: paths.sarif,
    report: paths.report,
  };
}
