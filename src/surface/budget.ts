/**
 * The attack-surface gate: an image's surface report against the policy's budgets. Each breach is a
 * finding (SRF001–SRF004) written as SARIF like lint's; a policy exception for the rule whose path glob
 * matches the finding's subject (a binary's path, "port/8081", or the image name) suppresses it until it
 * expires, then it counts again.
 */
import { formatMiB } from '../disk/layout.js';
import { findException } from '../policy/exceptions.js';
import type { ImageKind, Policy, PolicyException, SurfaceBudget } from '../policy/types.js';
import { buildSarif, type SarifFinding, type SarifLog, type SarifRule } from '../report/sarif.js';
import type { Severity } from '../report/severity.js';
import type { SurfaceReport } from './model.js';

export const SURFACE_RULES: readonly SarifRule[] = [
  {
    id: 'SRF001',
    title: 'Image larger than its budget',
    help: 'The root holds more bytes than the policy budget allows: drop build tools and caches, use a multi-stage build, or raise maxImageSize.',
    severity: 'medium',
  },
  {
    id: 'SRF002',
    title: 'Forbidden binary present',
    help: 'A shell, package manager, compiler, debugger or remote-access daemon the budget forbids is in the image: attackers use them after a breach. Remove it (copy only the app into a scratch stage) or add a dated exception.',
    severity: 'high',
  },
  {
    id: 'SRF003',
    title: 'More setuid files than the budget allows',
    help: "setuid files run with their owner's rights and are a classic privilege escalation path: remove them or their setuid bit (chmod u-s).",
    severity: 'high',
  },
  {
    id: 'SRF004',
    title: 'Listening on a port the budget does not allow',
    help: 'The booted image accepts connections on a port outside allowedPorts: stop the service or add the port to the budget.',
    severity: 'high',
  },
];
export const SURFACE_RULE_IDS: ReadonlySet<string> = new Set(SURFACE_RULES.map((rule) => rule.id));
const SEVERITY = new Map(SURFACE_RULES.map((rule) => [rule.id, rule.severity]));

export interface BudgetFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** What an exception's path glob is matched against. */
  subject: string;
}

export interface GateResult {
  passed: boolean;
  findings: BudgetFinding[];
  suppressed: Array<{ finding: BudgetFinding; exception: PolicyException }>;
  expired: Array<{ finding: BudgetFinding; exception: PolicyException }>;
}

function applies(budget: SurfaceBudget, kind: ImageKind): boolean {
  return budget.kind === undefined || budget.kind === kind;
}

function breaches(report: SurfaceReport, budget: SurfaceBudget): Array<Omit<BudgetFinding, 'severity'>> {
  const image = report.image;
  const out: Array<Omit<BudgetFinding, 'severity'>> = [];
  if (budget.maxImageBytes !== undefined && image.contentBytes > budget.maxImageBytes) {
    out.push({
      ruleId: 'SRF001',
      subject: image.image,
      message: `${image.image} holds ${formatMiB(image.contentBytes)}, over its budget of ${formatMiB(budget.maxImageBytes)}`,
    });
  }
  const forbidden = new Set(budget.forbiddenBinaries ?? []);
  for (const tool of image.tools) {
    const name = tool.path.slice(tool.path.lastIndexOf('/') + 1);
    if (forbidden.has(tool.kind) || forbidden.has(name)) {
      out.push({
        ruleId: 'SRF002',
        subject: tool.path,
        message: `${tool.path} (${tool.kind}) is forbidden by the budget`,
      });
    }
  }
  if (budget.maxSetuid !== undefined && image.setuid.length > budget.maxSetuid) {
    out.push({
      ruleId: 'SRF003',
      subject: image.image,
      message: `${image.setuid.length} setuid files (budget ${budget.maxSetuid}): ${image.setuid.slice(0, 10).join(', ')}`,
    });
  }
  if (budget.allowedPorts && report.boot?.listening) {
    for (const port of report.boot.listening) {
      if (budget.allowedPorts.includes(port)) continue;
      out.push({
        ruleId: 'SRF004',
        subject: `port/${port}`,
        message: `the booted image listens on port ${port}; allowed: ${budget.allowedPorts.join(', ') || 'none'}`,
      });
    }
  }
  return out;
}

export function evaluateBudgets(
  report: SurfaceReport,
  policy: Pick<Policy, 'budgets' | 'exceptions' | 'defaultKind'>,
  options: { today: string; repository?: string },
): GateResult {
  const kind = report.image.kind ?? policy.defaultKind;
  const result: GateResult = { passed: true, findings: [], suppressed: [], expired: [] };
  const seen = new Set<string>();
  for (const budget of policy.budgets.filter((candidate) => applies(candidate, kind))) {
    for (const breach of breaches(report, budget)) {
      const key = `${breach.ruleId} ${breach.subject}`;
      if (seen.has(key)) continue; // two budgets may both forbid the same binary
      seen.add(key);
      const finding: BudgetFinding = { ...breach, severity: SEVERITY.get(breach.ruleId)! };
      const exception = findException(policy, finding, options.repository);
      if (!exception) result.findings.push(finding);
      else if (exception.expires < options.today) {
        result.findings.push(finding);
        result.expired.push({ finding, exception });
      } else result.suppressed.push({ finding, exception });
    }
  }
  result.passed = result.findings.length === 0;
  return result;
}

/** SARIF for code scanning; findings point at the Containerfile when one is named. */
export function budgetSarif(result: GateResult, version: string, containerfile?: string): SarifLog {
  const findings: SarifFinding[] = result.findings.map((finding) => ({
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    location: containerfile ? { uri: containerfile, startLine: 1 } : undefined,
    fingerprint: `${finding.ruleId}:${finding.subject}`,
  }));
  return buildSarif(
    {
      name: 'osimg-surface',
      version,
      informationUri: 'https://github.com/org/osimg/blob/main/docs/surface.md',
    },
    SURFACE_RULES,
    findings,
    'osimg-surface',
  );
}
