/** One severity scale for every finding osimg reports (lint rules, scan results), ordered. */
import { ConfigurationError } from '../errors.js';

export const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

export function atLeast(severity: Severity, threshold: Severity): boolean {
  return severityRank(severity) >= severityRank(threshold);
}

/** Parses a threshold such as `high`; `none` means nothing fails. */
export function parseThreshold(text: string, name: string, fallback: Severity | 'none'): Severity | 'none' {
  const value = text.trim().toLowerCase();
  if (value === '') return fallback;
  if (value === 'none' || (SEVERITIES as readonly string[]).includes(value))
    return value as Severity | 'none';
  throw new ConfigurationError(`${name} must be one of none, ${SEVERITIES.join(', ')}, not "${text}"`);
}

/** SARIF result level for a severity (what code scanning shows as error / warning / note). */
export function sarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  if (severity === 'critical' || severity === 'high') return 'error';
  if (severity === 'medium') return 'warning';
  return 'note';
}

/** GitHub code scanning's `security-severity` score, which it maps back to critical/high/medium/low. */
export function securitySeverity(severity: Severity): string {
  return { critical: '9.5', high: '8.0', medium: '5.5', low: '2.0', info: '0.0' }[severity];
}
