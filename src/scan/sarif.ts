/**
 * The scan decision as SARIF 2.1.0 for code scanning, through the shared builder. Only findings that count
 * against the policy are results: the SARIF is filtered exactly like the gate (trivy-action's SARIF output
 * ignores its severity filter; ours cannot, because it is derived from the same decision).
 */
import { createHash } from 'node:crypto';
import { buildSarif, type SarifFinding, type SarifLog, type SarifRule } from '../report/sarif.js';
import { VERSION } from '../version.js';
import { describeSubject, scanSeverityRank, toSharedSeverity, type Finding } from './findings.js';
import { isGating, type ClassifiedFinding, type Decision } from './gate.js';

export interface ScanSarifOptions {
  /** Repository file that image findings are reported on (code scanning needs a file): the Containerfile. */
  locationUri: string;
  /** Keeps the alerts of different images apart in code scanning. */
  category?: string;
}

/** Artifact types whose targets are paths in the repository rather than in an image. */
const REPOSITORY_TYPES = new Set(['repository', 'filesystem']);

export function decisionToSarif(decision: Decision, options: ScanSarifOptions): SarifLog {
  const inRepository = REPOSITORY_TYPES.has(decision.artifact.type);
  const rules = new Map<string, SarifRule>();
  const results: SarifFinding[] = [];
  for (const item of decision.findings) {
    if (!isGating(item.disposition)) continue;
    const { finding } = item;
    const ruleId = finding.id;
    const rule = rules.get(ruleId);
    if (!rule) rules.set(ruleId, toRule(finding));
    else if (scanSeverityRank(finding.severity) > sharedRank(rule))
      rule.severity = toSharedSeverity(finding.severity);
    results.push({
      ruleId,
      severity: toSharedSeverity(finding.severity),
      message: message(item),
      location:
        inRepository && finding.target
          ? { uri: finding.target, startLine: finding.startLine ?? 1, endLine: finding.endLine }
          : { uri: options.locationUri, startLine: 1 },
      fingerprint: fingerprint(finding),
    });
  }
  return buildSarif(
    { name: 'osimg-scan', version: VERSION, informationUri: 'https://github.com/org/osimg' },
    [...rules.values()],
    results,
    options.category ?? 'osimg-scan',
  );
}

function toRule(finding: Finding): SarifRule {
  const advice =
    finding.kind === 'vulnerability'
      ? `Upgrade the package to a fixed version (trivy reports it per finding), or accept the risk in the ignores file with a reason and an expiry date.`
      : finding.kind === 'secret'
        ? 'Remove the secret from the image, rotate it, and keep it out of the build context.'
        : 'Change the configuration as the check describes.';
  return {
    id: finding.id,
    title: finding.title || finding.id,
    help: `${finding.title || finding.id}. ${advice}`,
    severity: toSharedSeverity(finding.severity),
    helpUri: finding.url,
    tags: ['security', finding.kind],
  };
}

function sharedRank(rule: SarifRule): number {
  return scanSeverityRank(rule.severity === 'info' ? 'unknown' : rule.severity);
}

function message(item: ClassifiedFinding): string {
  const { finding } = item;
  const parts = [
    `${finding.id} (${finding.severity}) in ${describeSubject(finding)}`,
    finding.title,
    `target: ${finding.target}`,
  ];
  if (item.disposition === 'expired-ignore' && item.rule) {
    parts.push(
      `ignore rule at ${item.rule.source.file}:${item.rule.source.line} expired on ${item.rule.expires}`,
    );
  }
  return parts.filter(Boolean).join('. ');
}

/** Stable across runs for the same finding, so code scanning tracks one alert, not a new one each time. */
function fingerprint(finding: Finding): string {
  return createHash('sha256')
    .update([finding.kind, finding.id, finding.package, finding.installedVersion, finding.target].join('\0'))
    .digest('hex')
    .slice(0, 32);
}
