/**
 * The scan policy: what makes the gate fail. Parsed from the same text in the action's inputs and the CLI's
 * flags, so both front doors accept exactly the same values.
 */
import { ConfigurationError } from '../errors.js';
import { parseChoice, parseList } from '../values.js';
import { SCAN_SEVERITIES, SCANNERS, scanSeverityRank, type ScanSeverity, type Scanner } from './findings.js';
import type { IgnoreRule } from './ignores.js';

export type IncompletePolicy = 'fail' | 'warn';

export interface Policy {
  /** Findings at or above this severity are gated; `none` gates nothing (report only). */
  threshold: ScanSeverity | 'none';
  /** Ignore vulnerabilities that have no fixed version yet. */
  onlyFixed: boolean;
  /** How many gated findings of a severity are tolerated (default 0 for every gated severity). */
  maxCounts: Partial<Record<ScanSeverity, number>>;
  scanners: Scanner[];
  ignores: IgnoreRule[];
  /** What an incomplete result (OS not supported) does to the gate. */
  onIncomplete: IncompletePolicy;
}

export interface PolicyText {
  severityThreshold: string;
  onlyFixed: boolean;
  maxCounts: string;
  scanners: string;
  onIncomplete: string;
}

export function parsePolicy(
  text: PolicyText,
  ignores: IgnoreRule[],
  names: Record<keyof PolicyText, string>,
): Policy {
  const threshold = parseChoice(
    text.severityThreshold.toLowerCase(),
    names.severityThreshold,
    ['none', ...SCAN_SEVERITIES] as const,
    'high',
  );
  const maxCounts = parseMaxCounts(text.maxCounts, names.maxCounts);
  if (threshold !== 'none') {
    for (const severity of Object.keys(maxCounts) as ScanSeverity[]) {
      if (scanSeverityRank(severity) < scanSeverityRank(threshold)) {
        throw new ConfigurationError(
          `${names.maxCounts}: ${severity}=${maxCounts[severity]} has no effect below ${names.severityThreshold} ${threshold}: lower the threshold to gate ${severity} findings`,
        );
      }
    }
  }
  return {
    threshold,
    onlyFixed: text.onlyFixed,
    maxCounts,
    scanners: parseScanners(text.scanners, names.scanners),
    ignores,
    onIncomplete: parseChoice(text.onIncomplete, names.onIncomplete, ['fail', 'warn'] as const, 'fail'),
  };
}

/** `critical=0, high=5` (commas or lines). */
export function parseMaxCounts(text: string, name: string): Partial<Record<ScanSeverity, number>> {
  const counts: Partial<Record<ScanSeverity, number>> = {};
  for (const item of parseList(text)) {
    const match = /^([a-z]+)\s*=\s*(\d{1,9})$/i.exec(item);
    const severity = match?.[1]?.toLowerCase() as ScanSeverity | undefined;
    if (!match || !severity || !(SCAN_SEVERITIES as readonly string[]).includes(severity)) {
      throw new ConfigurationError(
        `${name}: "${item}" is not SEVERITY=COUNT; write e.g. critical=0, high=5 (severities: ${SCAN_SEVERITIES.join(', ')})`,
      );
    }
    if (counts[severity] !== undefined) throw new ConfigurationError(`${name}: ${severity} is given twice`);
    counts[severity] = Number(match[2]);
  }
  return counts;
}

export function parseScanners(text: string, name: string): Scanner[] {
  const items = parseList(text.toLowerCase());
  if (items.length === 0) return ['vuln'];
  for (const item of items) {
    if (!(SCANNERS as readonly string[]).includes(item)) {
      throw new ConfigurationError(`${name}: "${item}" is not a scanner; use ${SCANNERS.join(', ')}`);
    }
  }
  return SCANNERS.filter((scanner) => items.includes(scanner));
}

/** The number of gated findings of `severity` the policy tolerates; undefined when it is not gated. */
export function allowedCount(policy: Policy, severity: ScanSeverity): number | undefined {
  if (policy.threshold === 'none' || scanSeverityRank(severity) < scanSeverityRank(policy.threshold)) {
    return undefined;
  }
  return policy.maxCounts[severity] ?? 0;
}
