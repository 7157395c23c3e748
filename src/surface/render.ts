/**
 * The attack-surface report for people: a Markdown section (job summary, pipeline report) and a small
 * inline SVG bar chart of the biggest contributors to the image's size.
 */
import { formatMiB } from '../disk/layout.js';
import type { GateResult } from './budget.js';
import type { SurfaceChange } from './diff.js';
import type { SizeShare, SurfaceReport } from './model.js';

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Horizontal bars, one per share, scaled to the largest; self-contained (no scripts, no external CSS). */
export function barChartSvg(shares: readonly SizeShare[], width = 480): string {
  const rowHeight = 18;
  const label = 150;
  const max = Math.max(1, ...shares.map((share) => share.bytes));
  const rows = shares.map((share, index) => {
    const y = index * rowHeight;
    const bar = Math.max(1, Math.round(((width - label - 70) * share.bytes) / max));
    return (
      `<text x="0" y="${y + 13}" font-size="12">${escapeXml(share.name)}</text>` +
      `<rect x="${label}" y="${y + 3}" width="${bar}" height="12" fill="#4a78b5"/>` +
      `<text x="${label + bar + 4}" y="${y + 13}" font-size="11">${escapeXml(formatMiB(share.bytes))}</text>`
    );
  });
  const height = Math.max(rowHeight, shares.length * rowHeight);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" role="img" aria-label="biggest contributors to the image size" font-family="sans-serif">${rows.join('')}</svg>`;
}

function list(items: readonly string[], none = 'none'): string {
  if (items.length === 0) return none;
  const shown = items.slice(0, 12).map((item) => `\`${item}\``);
  return `${shown.join(', ')}${items.length > 12 ? ` and ${items.length - 12} more` : ''}`;
}

/** The report's facts as label → text rows, shared by the Markdown and the HTML forms. */
export function surfaceRows(report: SurfaceReport): Array<[string, string]> {
  const { image, boot } = report;
  const byKind = (kind: string) => image.tools.filter((tool) => tool.kind === kind).map((tool) => tool.path);
  const rows: Array<[string, string]> = [
    [
      'Size',
      `${formatMiB(image.contentBytes)} in ${image.files} files (${formatMiB(image.compressedBytes)} compressed, ${image.layers.length} layers)`,
    ],
    ['Packages', String(image.packages.length)],
    [
      'setuid / setgid',
      `${image.setuid.length} / ${image.setgid.length}: ${list([...image.setuid, ...image.setgid])}`,
    ],
    ['Shells', list(byKind('shell'))],
    ['Package managers', list(byKind('package-manager'))],
    ['Compilers', list(byKind('compiler'))],
    ['Debuggers', list(byKind('debugger'))],
    ['Remote access', list(byKind('remote-access'))],
    ['World-writable', `${list(image.worldWritable)} (sticky: ${image.stickyWorldWritable.length})`],
  ];
  if (boot) {
    const root =
      boot.rootReadOnly === undefined
        ? 'not reported (no guest facts)'
        : `${boot.rootReadOnly ? 'read-only' : 'writable'} (${boot.rootFilesystem})`;
    rows.push(
      ['Kernel command line', `\`${boot.cmdline}\``],
      ['Root', root],
      ['Listening ports', boot.listening ? list(boot.listening.map(String)) : 'not reported'],
      ['Running services', boot.services ? list(boot.services) : 'not reported'],
    );
  }
  return rows;
}

/** Gate and change as plain lines (Markdown list items). */
function verdictLines(gate?: GateResult, change?: SurfaceChange): string[] {
  const lines: string[] = [];
  if (gate) {
    lines.push(
      gate.passed
        ? `Budget: passed${gate.suppressed.length > 0 ? ` (${gate.suppressed.length} excepted)` : ''}.`
        : `Budget: **failed**, ${gate.findings.length} findings:`,
      ...gate.findings.map((finding) => `- ${finding.ruleId}: ${finding.message}`),
      '',
    );
  }
  if (change) {
    const sign = change.contentBytesDelta >= 0 ? '+' : '−';
    lines.push(
      `What changed since ${change.previous.image}@${change.previous.digest.slice(0, 19)}: size ${sign}${formatMiB(Math.abs(change.contentBytesDelta))}; ` +
        `packages +${change.packages.added.length} −${change.packages.removed.length} ↑${change.packages.upgraded.length}`,
      '',
      ...change.packages.added.map((pkg) => `- added ${pkg.name} ${pkg.version}`),
      ...change.packages.removed.map((pkg) => `- removed ${pkg.name} ${pkg.version}`),
      ...change.packages.upgraded.map((pkg) => `- upgraded ${pkg.name} ${pkg.from} → ${pkg.to}`),
      ...change.surfaceAdded.map((item) => `- surface added: ${item}`),
      ...change.surfaceRemoved.map((item) => `- surface removed: ${item}`),
      '',
    );
  }
  return lines;
}

export function surfaceMarkdown(report: SurfaceReport, gate?: GateResult, change?: SurfaceChange): string {
  return [
    `### Attack surface: ${report.image.image}`,
    '',
    '| | |',
    '|---|---|',
    ...surfaceRows(report).map(([label, text]) => `| ${label} | ${text} |`),
    '',
    'Biggest contributors:',
    '',
    barChartSvg(report.image.contributors),
    '',
    ...verdictLines(gate, change),
  ].join('\n');
}

function escapeHtml(text: string): string {
  return escapeXml(text).replace(/`([^`]*)`/g, '<code>$1</code>');
}

/** The same section as an HTML fragment for the pipeline report (no scripts, no external resources). */
export function surfaceHtml(report: SurfaceReport, gate?: GateResult, change?: SurfaceChange): string {
  const rows = surfaceRows(report)
    .map(([label, text]) => `<tr><th>${escapeXml(label)}</th><td>${escapeHtml(text)}</td></tr>`)
    .join('');
  const notes = verdictLines(gate, change)
    .filter((line) => line !== '')
    .map((line) => `<p>${escapeHtml(line.replace(/\*\*/g, ''))}</p>`)
    .join('');
  return `<section id="surface"><h2>Attack surface: ${escapeXml(report.image.image)}</h2><table>${rows}</table><h3>Biggest contributors</h3>${barChartSvg(report.image.contributors)}${notes}</section>\n`;
}
