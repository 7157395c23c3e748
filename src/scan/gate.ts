/**
 * The gate: a pure function from (report, policy, today) to a decision in which every finding is
 * classified. The SARIF, the JSON report, the job summary and the outputs are all derived from this one
 * decision, so they cannot tell different stories.
 *
 * Each finding gets one disposition, decided in this order:
 *   ignored          an active ignore rule matches it (the rule and its reason are kept)
 *   below-threshold  its severity is under the policy's threshold
 *   unfixed          only-fixed is on and no fixed version exists
 *   expired-ignore   a rule matched but has expired: the finding counts again, and the rule is reported
 *   counted          everything else: it counts against the policy's limits
 */
import { assessCompleteness, type Completeness } from './completeness.js';
import {
  SCANNER_OF,
  SCAN_SEVERITIES,
  emptyCounts,
  isFixable,
  scanSeverityRank,
  type Finding,
  type FindingKind,
  type SeverityCounts,
} from './findings.js';
import { isActive, type IgnoreRule } from './ignores.js';
import { allowedCount, type Policy } from './policy.js';
import type { DetectedOs, TrivyReport } from './report.js';

export const DISPOSITIONS = ['counted', 'expired-ignore', 'ignored', 'below-threshold', 'unfixed'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

export interface ClassifiedFinding {
  finding: Finding;
  disposition: Disposition;
  /** The rule that ignored it (active) or would have (expired). */
  rule?: IgnoreRule;
}

export interface RuleUse {
  rule: IgnoreRule;
  matches: number;
}

export interface Decision {
  passed: boolean;
  /** Why the gate failed, one sentence each. */
  failures: string[];
  /** What the user should know even when it passed. */
  warnings: string[];
  /** Findings that count against the policy (counted + expired-ignore), per severity. */
  counts: SeverityCounts;
  /** The same, per kind of finding. */
  countsByKind: Record<FindingKind, number>;
  totals: Record<Disposition, number>;
  findings: ClassifiedFinding[];
  expiredRules: RuleUse[];
  /** Active rules that matched nothing: candidates for removal. */
  unusedRules: IgnoreRule[];
  completeness: Completeness;
  /** Findings left out because their scanner is off in the policy. */
  skippedByScanner: number;
  policy: Policy;
  artifact: { name: string; type: string; os?: DetectedOs; trivyVersion?: string };
  /** The day ignore expiry was judged by (YYYY-MM-DD, UTC). */
  evaluatedOn: string;
}

/** Counts toward the policy's limits. */
export function isGating(disposition: Disposition): boolean {
  return disposition === 'counted' || disposition === 'expired-ignore';
}

export function evaluate(
  report: TrivyReport,
  policy: Policy,
  today: string,
  trivyWarnings: readonly string[] = [],
): Decision {
  const rules = new RuleIndex(policy.ignores);
  const threshold = policy.threshold === 'none' ? Infinity : scanSeverityRank(policy.threshold);
  const counts = emptyCounts();
  const countsByKind: Record<FindingKind, number> = { vulnerability: 0, secret: 0, misconfiguration: 0 };
  const totals = Object.fromEntries(DISPOSITIONS.map((d) => [d, 0])) as Record<Disposition, number>;
  const findings: ClassifiedFinding[] = [];
  const enabled = new Set(policy.scanners);
  let skippedByScanner = 0;

  for (const finding of report.findings) {
    if (!enabled.has(SCANNER_OF[finding.kind])) {
      skippedByScanner++;
      continue;
    }
    const { active, expired } = rules.match(finding, today);
    let classified: ClassifiedFinding;
    if (active) classified = { finding, disposition: 'ignored', rule: active };
    else if (scanSeverityRank(finding.severity) < threshold)
      classified = { finding, disposition: 'below-threshold' };
    else if (policy.onlyFixed && !isFixable(finding)) classified = { finding, disposition: 'unfixed' };
    else if (expired) classified = { finding, disposition: 'expired-ignore', rule: expired };
    else classified = { finding, disposition: 'counted' };
    totals[classified.disposition]++;
    if (isGating(classified.disposition)) {
      counts[finding.severity]++;
      countsByKind[finding.kind]++;
    }
    findings.push(classified);
  }

  const completeness = assessCompleteness(report, policy.scanners, trivyWarnings);
  const failures = limitFailures(counts, policy);
  const warnings = [...completeness.notices];
  if (!completeness.complete) {
    if (policy.onIncomplete === 'fail') {
      failures.push(...completeness.problems.map((problem) => `${problem} (on-incomplete: fail)`));
    } else warnings.unshift(...completeness.problems);
  }
  const expiredRules = rules.expiredUses(today);
  for (const { rule, matches } of expiredRules) {
    warnings.push(
      `ignore rule at ${rule.source.file}:${rule.source.line} (${describeRule(rule)}) expired on ${rule.expires} and no longer applies` +
        `${matches > 0 ? ` (${matches} finding${matches === 1 ? '' : 's'} count again)` : ''}: fix the finding or renew the rule with a new reason`,
    );
  }
  const unusedRules = rules.unused(today);
  for (const rule of unusedRules) {
    warnings.push(
      `ignore rule at ${rule.source.file}:${rule.source.line} (${describeRule(rule)}) matched nothing: remove it if the finding is gone`,
    );
  }
  if (skippedByScanner > 0) {
    warnings.push(`${skippedByScanner} finding(s) of scanners not enabled in the policy were left out`);
  }

  return {
    passed: failures.length === 0,
    failures,
    warnings,
    counts,
    countsByKind,
    totals,
    findings,
    expiredRules,
    unusedRules,
    completeness,
    skippedByScanner,
    policy,
    artifact: {
      name: report.artifactName,
      type: report.artifactType,
      os: report.os,
      trivyVersion: report.trivyVersion,
    },
    evaluatedOn: today,
  };
}

function limitFailures(counts: SeverityCounts, policy: Policy): string[] {
  const failures: string[] = [];
  for (const severity of [...SCAN_SEVERITIES].reverse()) {
    const allowed = allowedCount(policy, severity);
    if (allowed !== undefined && counts[severity] > allowed) {
      failures.push(
        `${counts[severity]} ${severity} finding${counts[severity] === 1 ? '' : 's'} (allowed ${allowed})`,
      );
    }
  }
  return failures;
}

export function describeRule(rule: IgnoreRule): string {
  return [
    rule.id,
    rule.package && `package ${rule.package}`,
    rule.target && `target ${rule.target}`,
    rule.kind,
  ]
    .filter(Boolean)
    .join(', ');
}

/** Ignore rules indexed by id and by package, so matching 10,000 findings stays linear. */
class RuleIndex {
  private readonly byId = new Map<string, IgnoreRule[]>();
  private readonly byPackage = new Map<string, IgnoreRule[]>();
  private readonly matches = new Map<IgnoreRule, number>();

  constructor(private readonly rules: readonly IgnoreRule[]) {
    for (const rule of rules) {
      const [map, key] = rule.id ? [this.byId, rule.id.toUpperCase()] : [this.byPackage, rule.package!];
      map.set(key, [...(map.get(key) ?? []), rule]);
      this.matches.set(rule, 0);
    }
  }

  /** The first active and the first expired rule that match (an active one wins). */
  match(finding: Finding, today: string): { active?: IgnoreRule; expired?: IgnoreRule } {
    let active: IgnoreRule | undefined;
    let expired: IgnoreRule | undefined;
    const candidates = [
      ...(this.byId.get(finding.id.toUpperCase()) ?? []),
      ...(finding.package ? (this.byPackage.get(finding.package) ?? []) : []),
    ];
    for (const rule of candidates) {
      if (!ruleMatches(rule, finding)) continue;
      this.matches.set(rule, this.matches.get(rule)! + 1);
      if (isActive(rule, today)) active ??= rule;
      else expired ??= rule;
    }
    return { active, expired };
  }

  expiredUses(today: string): RuleUse[] {
    return this.rules
      .filter((rule) => !isActive(rule, today))
      .map((rule) => ({ rule, matches: this.matches.get(rule) ?? 0 }));
  }

  unused(today: string): IgnoreRule[] {
    return this.rules.filter((rule) => isActive(rule, today) && this.matches.get(rule) === 0);
  }
}

function ruleMatches(rule: IgnoreRule, finding: Finding): boolean {
  return (
    (rule.id === undefined || rule.id.toUpperCase() === finding.id.toUpperCase()) &&
    (rule.package === undefined || rule.package === finding.package) &&
    (rule.target === undefined || rule.target === finding.target) &&
    (rule.kind === undefined || rule.kind === finding.kind)
  );
}

/** Findings with a given disposition, most severe first (stable within a severity). */
export function findingsWith(decision: Decision, disposition: Disposition): ClassifiedFinding[] {
  return decision.findings
    .filter((item) => item.disposition === disposition)
    .sort((a, b) => scanSeverityRank(b.finding.severity) - scanSeverityRank(a.finding.severity));
}

/** The counted findings that have a fix, most severe first: what to upgrade. */
export function topFixable(decision: Decision, limit: number): Finding[] {
  return decision.findings
    .filter((item) => isGating(item.disposition) && item.finding.fixedVersion)
    .map((item) => item.finding)
    .sort(
      (a, b) =>
        scanSeverityRank(b.severity) - scanSeverityRank(a.severity) ||
        (a.package ?? '').localeCompare(b.package ?? '') ||
        a.id.localeCompare(b.id),
    )
    .slice(0, limit);
}
