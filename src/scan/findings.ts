/**
 * What a scan found, in osimg's terms: one flat list of findings (vulnerabilities, secrets,
 * misconfigurations) on trivy's severity scale, which keeps UNKNOWN apart from the shared scale's levels.
 */
import type { Severity } from '../report/severity.js';

/** trivy's scale, lowest first. UNKNOWN is kept: a severity nobody rated is not the same as "low". */
export const SCAN_SEVERITIES = ['unknown', 'low', 'medium', 'high', 'critical'] as const;
export type ScanSeverity = (typeof SCAN_SEVERITIES)[number];

export type FindingKind = 'vulnerability' | 'secret' | 'misconfiguration';
export const FINDING_KINDS: readonly FindingKind[] = ['vulnerability', 'secret', 'misconfiguration'];

/** The trivy scanner that produces each kind of finding (`--scanners`). */
export const SCANNER_OF: Record<FindingKind, Scanner> = {
  vulnerability: 'vuln',
  secret: 'secret',
  misconfiguration: 'misconfig',
};
export const SCANNERS = ['vuln', 'secret', 'misconfig'] as const;
export type Scanner = (typeof SCANNERS)[number];

export interface Finding {
  kind: FindingKind;
  /** CVE/GHSA id, secret rule id or misconfiguration check id. */
  id: string;
  severity: ScanSeverity;
  title: string;
  /** trivy's Result.Target: "image (debian 12.5)", a lock file, a file path in the image. */
  target: string;
  package?: string;
  installedVersion?: string;
  /** Empty when no fix exists: the finding is "unfixed". */
  fixedVersion?: string;
  /** trivy's status: fixed, affected, will_not_fix, fix_deferred, end_of_life, ... */
  status?: string;
  url?: string;
  startLine?: number;
  endLine?: number;
}

export type SeverityCounts = Record<ScanSeverity, number>;

export function emptyCounts(): SeverityCounts {
  return { unknown: 0, low: 0, medium: 0, high: 0, critical: 0 };
}

export function scanSeverityRank(severity: ScanSeverity): number {
  return SCAN_SEVERITIES.indexOf(severity);
}

/** The shared scale for SARIF and annotations: UNKNOWN has no level of its own there. */
export function toSharedSeverity(severity: ScanSeverity): Severity {
  return severity === 'unknown' ? 'info' : severity;
}

/** True when a fix exists to upgrade to. Only vulnerabilities can be unfixed. */
export function isFixable(finding: Finding): boolean {
  return finding.kind !== 'vulnerability' || Boolean(finding.fixedVersion);
}

/** "libssl1.1 1.1.1c-r0 → 1.1.1d-r0" for vulnerabilities, the target for the rest. */
export function describeSubject(finding: Finding): string {
  if (finding.kind !== 'vulnerability') {
    const line = finding.startLine ? `:${finding.startLine}` : '';
    return `${finding.target}${line}`;
  }
  const fixed = finding.fixedVersion ? ` → ${finding.fixedVersion}` : ' (no fix yet)';
  return `${finding.package ?? '?'} ${finding.installedVersion ?? ''}${fixed}`.replace(/\s+/g, ' ');
}
