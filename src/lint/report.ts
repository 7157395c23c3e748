/** What a lint run says: the gate decision, and the same findings as text, JSON or SARIF. */
import { buildSarif, type SarifLog } from '../report/sarif.js';
import { atLeast, SEVERITIES, type Severity } from '../report/severity.js';
import { VERSION } from '../version.js';
import { RULES, type LintResult } from './engine.js';
import type { Finding } from './rule.js';

export type Format = 'text' | 'json' | 'sarif';
export const FORMATS: readonly Format[] = ['text', 'json', 'sarif'];

export function failing(findings: readonly Finding[], failOn: Severity | 'none'): Finding[] {
  return failOn === 'none' ? [] : findings.filter((finding) => atLeast(finding.severity, failOn));
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>;
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

const titles = new Map(RULES.map((rule) => [rule.id, rule.title]));
const fixes = new Map(RULES.map((rule) => [rule.id, rule.fix]));

export function ruleTitle(id: string): string {
  return titles.get(id) ?? id;
}

export function formatText(result: LintResult, failOn: Severity | 'none'): string {
  const lines = result.findings.map(
    (finding) =>
      `${finding.file}:${finding.line}: ${finding.severity} ${finding.ruleId} ${ruleTitle(finding.ruleId)}: ${finding.message}\n    fix: ${fixes.get(finding.ruleId) ?? ''}`,
  );
  for (const { exception, finding } of result.expired) {
    lines.push(
      `${finding.file}:${finding.line}: note: the exception for ${exception.rule} expired on ${exception.expires}, so this finding counts again`,
    );
  }
  const counts = countBySeverity(result.findings);
  const summary = SEVERITIES.slice()
    .reverse()
    .filter((severity) => counts[severity] > 0)
    .map((severity) => `${counts[severity]} ${severity}`)
    .join(', ');
  const files = result.files.filter((file) => file.type !== 'skipped').length;
  const verdict = failing(result.findings, failOn).length > 0 ? `fails (fail-on: ${failOn})` : 'passes';
  lines.push(
    `${files} file${files === 1 ? '' : 's'} linted: ${result.findings.length === 0 ? 'no findings' : summary}` +
      `${result.suppressed.length > 0 ? `; ${result.suppressed.length} excepted by policy` : ''}; ${verdict}`,
  );
  return `${lines.join('\n')}\n`;
}

export function formatJson(result: LintResult, failOn: Severity | 'none'): string {
  return `${JSON.stringify(
    {
      passed: failing(result.findings, failOn).length === 0,
      failOn,
      counts: countBySeverity(result.findings),
      findings: result.findings.map((finding) => ({
        ...finding,
        title: ruleTitle(finding.ruleId),
        fix: fixes.get(finding.ruleId),
      })),
      suppressed: result.suppressed.map(({ finding, exception }) => ({
        ...finding,
        justification: exception.justification,
        expires: exception.expires,
      })),
      expiredExceptions: result.expired.map(({ exception }) => exception),
      files: result.files,
    },
    null,
    2,
  )}\n`;
}

export function toSarif(result: LintResult): SarifLog {
  return buildSarif(
    {
      name: 'osimg-lint',
      version: VERSION,
      informationUri: 'https://github.com/org/osimg/blob/main/docs/lint-rules.md',
    },
    RULES.map((rule) => ({
      id: rule.id,
      title: rule.title,
      help: `${rule.rationale} Fix: ${rule.fix}`,
      severity: rule.severity,
      helpUri: `https://github.com/org/osimg/blob/main/docs/lint-rules.md#${rule.id.toLowerCase()}`,
      tags: ['osimg', rule.target],
    })),
    result.findings.map((finding) => ({
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      location: { uri: finding.file, startLine: finding.line, endLine: finding.endLine },
      fingerprint: `${finding.ruleId}:${finding.file}:${finding.message}`,
    })),
    'osimg-lint',
  );
}

export function render(result: LintResult, format: Format, failOn: Severity | 'none'): string {
  if (format === 'json') return formatJson(result, failOn);
  if (format === 'sarif') return `${JSON.stringify(toSarif(result), null, 2)}\n`;
  return formatText(result, failOn);
}
