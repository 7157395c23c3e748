/**
 * The human-readable story of a decision: Markdown for the job summary, plain text for the CLI. Both show
 * the verdict, the counts per severity by disposition, and the top fixable findings (package, installed →
 * fixed), and both say loudly when the results are incomplete.
 */
import { SCAN_SEVERITIES, type Finding, type ScanSeverity } from './findings.js';
import { isGating, topFixable, type Decision, type Disposition } from './gate.js';
import { allowedCount } from './policy.js';

export const TOP_FIXABLE = 10;

interface CountRow {
  severity: ScanSeverity;
  counted: number;
  allowed: string;
  ignored: number;
  belowThreshold: number;
  unfixed: number;
}

function countRows(decision: Decision): CountRow[] {
  const by = (disposition: Disposition) => {
    const counts = new Map<ScanSeverity, number>();
    for (const item of decision.findings) {
      if (item.disposition === disposition)
        counts.set(item.finding.severity, (counts.get(item.finding.severity) ?? 0) + 1);
    }
    return (severity: ScanSeverity) => counts.get(severity) ?? 0;
  };
  const ignored = by('ignored');
  const below = by('below-threshold');
  const unfixed = by('unfixed');
  return [...SCAN_SEVERITIES].reverse().map((severity) => ({
    severity,
    counted: decision.counts[severity],
    allowed: String(allowedCount(decision.policy, severity) ?? '—'),
    ignored: ignored(severity),
    belowThreshold: below(severity),
    unfixed: unfixed(severity),
  }));
}

export function verdictLine(decision: Decision): string {
  const total = Object.values(decision.counts).reduce((a, b) => a + b, 0);
  const artifact = decision.artifact.name || 'the image';
  return decision.passed
    ? `passed: ${total} finding(s) count against the policy in ${artifact}, within its limits`
    : `failed: ${decision.failures.join('; ')}`;
}

export function summaryMarkdown(decision: Decision): string {
  const lines: string[] = [];
  const artifact = decision.artifact.name || 'image';
  const osText = decision.artifact.os ? ` (${decision.artifact.os.family} ${decision.artifact.os.name})` : '';
  lines.push(
    `### osimg scan: ${cell(artifact)}${cell(osText)} — ${decision.passed ? '✅ passed' : '❌ failed'}`,
    '',
  );
  if (!decision.completeness.complete) {
    lines.push('> [!WARNING]', ...decision.completeness.problems.map((p) => `> **${cell(p)}**`), '');
  }
  for (const failure of decision.failures) lines.push(`- ❌ ${cell(failure)}`);
  if (decision.failures.length) lines.push('');
  lines.push(
    `Policy: threshold **${decision.policy.threshold}**, only fixed **${decision.policy.onlyFixed}**, ` +
      `scanners ${decision.policy.scanners.join(', ')}, ${decision.policy.ignores.length} ignore rule(s), judged on ${decision.evaluatedOn}.`,
    '',
    '| Severity | Counted | Allowed | Ignored | Below threshold | Unfixed |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...countRows(decision).map(
      (row) =>
        `| ${row.severity} | ${row.counted} | ${row.allowed} | ${row.ignored} | ${row.belowThreshold} | ${row.unfixed} |`,
    ),
    '',
  );
  const fixable = topFixable(decision, TOP_FIXABLE);
  if (fixable.length > 0) {
    lines.push(
      `**Top fixable findings** (${fixable.length} of ${countFixable(decision)})`,
      '',
      '| Severity | Finding | Package | Installed → fixed |',
      '| --- | --- | --- | --- |',
      ...fixable.map(
        (f) =>
          `| ${f.severity} | ${f.url ? `[${cell(f.id)}](${f.url})` : cell(f.id)} | ${cell(f.package ?? '')} | ${cell(f.installedVersion ?? '')} → ${cell(f.fixedVersion ?? '')} |`,
      ),
      '',
    );
  }
  if (decision.warnings.length > 0) {
    lines.push('**Warnings**', '', ...decision.warnings.map((w) => `- ⚠️ ${cell(w)}`), '');
  }
  return `${lines.join('\n')}\n`;
}

export function summaryText(decision: Decision): string {
  const lines: string[] = [];
  for (const problem of decision.completeness.problems) lines.push(`!! ${problem.toUpperCase()}`);
  lines.push(`osimg scan ${verdictLine(decision)}`);
  const rows = countRows(decision);
  const header = ['severity', 'counted', 'allowed', 'ignored', 'below', 'unfixed'];
  const table = [
    header,
    ...rows.map((r) =>
      [r.severity, r.counted, r.allowed, r.ignored, r.belowThreshold, r.unfixed].map(String),
    ),
  ];
  const widths = header.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  for (const row of table)
    lines.push(`  ${row.map((value, i) => value.padEnd(widths[i]!)).join('  ')}`.trimEnd());
  const fixable = topFixable(decision, TOP_FIXABLE);
  if (fixable.length > 0) {
    lines.push(`top fixable findings (${fixable.length} of ${countFixable(decision)}):`);
    for (const f of fixable) lines.push(`  ${textFinding(f)}`);
  }
  for (const warning of decision.warnings) lines.push(`warning: ${warning}`);
  return `${lines.join('\n')}\n`;
}

function textFinding(f: Finding): string {
  return `${f.severity.padEnd(8)} ${f.id}  ${f.package ?? ''} ${f.installedVersion ?? ''} → ${f.fixedVersion ?? ''}`;
}

function countFixable(decision: Decision): number {
  return decision.findings.filter((item) => isGating(item.disposition) && item.finding.fixedVersion).length;
}

/** A Markdown table cell: no pipes or line breaks, HTML escaped. */
function cell(text: string): string {
  return text
    .replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!)
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ');
}
