/**
 * The pipeline's report: Markdown (for a terminal, a PR comment or a job summary) and one self-contained
 * HTML page (inline CSS and SVG, no scripts, no external requests) with the same tables and columns; the
 * HTML adds a timeline. Result marks are text from basic fonts (Markdown) or inline SVG (HTML), never
 * emoji, so they render where no emoji font is installed.
 */
import { renderTimeline } from '../report/timeline.js';
import { escapeHtml } from '../values.js';
import { accountFor, criticalPath, stageShares } from './accounting.js';
import type { PipelineReport, StageResult } from './run.js';

function shareOf(report: PipelineReport, busy: number): { seconds: number; share: number } {
  const seconds = Math.max(0, report.seconds - busy);
  return { seconds, share: report.seconds > 0 ? seconds / report.seconds : 0 };
}

/** Orchestration overhead: the run's wall time in no stage at all (the pipeline's own glue). */
export function overhead(report: PipelineReport): { seconds: number; share: number } {
  return shareOf(report, report.stageSeconds);
}

/** The run's wall time in no external tool: orchestration plus osimg's own work (pushing, signing, hashing). */
export function outsideTools(report: PipelineReport): { seconds: number; share: number } {
  return shareOf(report, report.toolSeconds);
}

/** The stage table's columns, in both renderings. */
export const STAGE_COLUMNS = ['Stage', 'Result', 'Start', 'Time', 'Share', 'Tools', 'Details'] as const;
const NUMERIC = new Set(['Start', 'Time', 'Share', 'Tools', 'Seconds', 'systemd']);

const TEXT_MARK: Record<StageResult['status'], string> = { passed: '✓', failed: '✗', skipped: '–' };
const SVG_MARK: Record<StageResult['status'], string> = {
  passed:
    '<svg class="mark" viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="8" fill="#1a7f37"/><path d="M4.5 8.2l2.3 2.3 4.7-4.8" stroke="#fff" stroke-width="2" fill="none"/></svg>',
  failed:
    '<svg class="mark" viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="8" fill="#cf222e"/><path d="M5.2 5.2l5.6 5.6M10.8 5.2l-5.6 5.6" stroke="#fff" stroke-width="2"/></svg>',
  skipped:
    '<svg class="mark" viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="7" fill="none" stroke="#8c959f" stroke-width="2"/><path d="M4.5 8h7" stroke="#8c959f" stroke-width="2"/></svg>',
};

const s = (seconds: number) => `${seconds.toFixed(1)} s`;
const percent = (part: number, total: number) => (total > 0 ? `${Math.round((part / total) * 100)}%` : '–');

interface Table {
  title: string;
  intro?: string;
  columns: readonly string[];
  /** Cells as text; `details` holds list items shown under the last cell. */
  rows: Array<{ cells: string[]; status?: StageResult['status']; details?: string[] }>;
}

function stageTable(report: PipelineReport): Table {
  const shares = stageShares(report);
  const path = new Set(criticalPath(report));
  return {
    title: 'Stages',
    intro:
      'Start is seconds after the command started. Stages overlap, so Share is the part of the run each stage is given once overlap is counted once (the stage on the critical path, marked *, takes the overlapping time); the shares and the rest of the run add up to 100% below.',
    columns: STAGE_COLUMNS,
    rows: report.stages.map((stage) => ({
      status: stage.status,
      cells: [
        `${stage.name}${path.has(stage.name) ? ' *' : ''}`,
        stage.status,
        stage.status === 'skipped' ? '' : s(stage.start),
        stage.status === 'skipped' ? '' : s(stage.seconds),
        stage.status === 'skipped'
          ? ''
          : percent((shares.get(stage.name) ?? 0) * report.seconds, report.seconds),
        stage.status === 'skipped' ? '' : s(stage.toolSeconds),
        stage.summary,
      ],
      details: stage.checks,
    })),
  };
}

function accountTable(report: PipelineReport): Table {
  const rows = accountFor(report);
  const sum = rows.reduce((total, row) => total + row.seconds, 0);
  const what: Record<string, string> = {
    phase: "osimg's own work",
    critical: 'stage on the critical path',
    stage: 'stage (nothing on the critical path ran)',
    gap: 'scheduling between stages',
  };
  return {
    title: 'Where the time went',
    intro: `Every second of the command's ${s(report.seconds)}, given to one thing each; ${s(report.toolSeconds)} of it inside the wrapped tools (buildah, mkfs, qemu, …).`,
    columns: ['Part', 'What', 'Seconds', 'Share'],
    rows: [
      // Parts under 50 ms are shown only through the total (they are in report.json).
      ...rows
        .filter((row) => row.seconds >= 0.05)
        .map((row) => ({
          cells: [row.name, what[row.kind]!, s(row.seconds), percent(row.seconds, report.seconds)],
        })),
      { cells: ['total', 'the command, start to end', s(sum), percent(sum, report.seconds)] },
    ],
  };
}

function bootTable(report: PipelineReport): Table | undefined {
  const stage = report.stages.find((entry) => entry.boot && entry.boot.spans.length > 0);
  if (!stage?.boot) return undefined;
  const guest = stage.boot.guest;
  const own: Record<string, number | undefined> = guest ? { ...guest } : {};
  return {
    title: 'Boot time, broken down',
    intro:
      'Seconds from the boot test’s start. Guest phases begin at their first line on the serial console (firmware with qemu itself); systemd is what the guest measured itself (systemd-analyze’s figures; the firmware and loader only when the boot loader tells systemd).',
    columns: ['Phase', 'Where', 'Start', 'Seconds', 'systemd'],
    rows: stage.boot.spans.map((span) => ({
      cells: [
        span.name,
        span.kind === 'host' ? 'host (osimg)' : span.kind === 'guest' ? 'guest' : 'host probes, guest facts',
        s(span.start),
        s(span.end - span.start),
        own[span.name] === undefined ? '' : s(own[span.name]!),
      ],
    })),
  };
}

function tables(report: PipelineReport): Table[] {
  return [stageTable(report), accountTable(report), bootTable(report)].filter(
    (table): table is Table => !!table,
  );
}

function intro(report: PipelineReport): string {
  const path = criticalPath(report);
  return `Started ${report.started}; ${s(report.seconds)} in all (the whole command, start-up to report). Critical path: ${path.join(' → ') || 'none'}.`;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function renderMarkdown(report: PipelineReport, title: string): string {
  const lines = [`# ${title}: ${report.passed ? 'passed' : 'FAILED'}`, '', intro(report)];
  for (const note of report.notes) lines.push('', `> ${note}`);
  for (const table of tables(report)) {
    lines.push('', `## ${table.title}`, '');
    if (table.intro) lines.push(table.intro, '');
    lines.push(`| ${table.columns.join(' | ')} |`);
    lines.push(`| ${table.columns.map((name) => (NUMERIC.has(name) ? '---:' : '---')).join(' | ')} |`);
    for (const row of table.rows) {
      const cells = [...row.cells];
      if (row.status) cells[1] = `${TEXT_MARK[row.status]} ${cells[1]}`;
      if (row.details?.length) cells[cells.length - 1] += `: ${row.details.join('; ')}`;
      lines.push(`| ${cells.map(cell).join(' | ')} |`);
    }
  }
  const outputs = report.stages.filter((stage) => Object.keys(stage.outputs).length > 0);
  if (outputs.length > 0) {
    lines.push('', '## Outputs', '');
    for (const stage of outputs) {
      lines.push(`### ${stage.name}`, '');
      for (const [name, value] of Object.entries(stage.outputs)) lines.push(`- **${name}**: \`${value}\``);
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

const STYLE = `body{font:15px/1.5 system-ui,"DejaVu Sans",sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1f2328}
h1 .passed{color:#1a7f37}h1 .failed{color:#cf222e}h2{margin-top:2rem;border-bottom:1px solid #d0d7de}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #d0d7de;padding:.35rem .6rem;text-align:left;vertical-align:top}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}tr.failed td{background:#ffebe9}
tr.skipped td{color:#656d76}table.stages td:nth-child(-n+2){white-space:nowrap}tr:last-child td{font-weight:600}table.stages tr:last-child td{font-weight:400}
.mark{width:1em;height:1em;vertical-align:-.15em;margin-right:.3em}ul{margin:.2rem 0 0;padding-left:1.2rem;font-size:13px}
.note{background:#fff8c5;border:1px solid #d4a72c;border-radius:6px;padding:.5rem .8rem}.intro{color:#57606a;font-size:13px}
code{font:13px ui-monospace,"DejaVu Sans Mono",monospace;word-break:break-all}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}
dt{font-weight:600}svg.timeline{display:block;margin:1rem 0;max-width:100%}`;

function htmlTable(table: Table, className: string): string {
  const head = table.columns
    .map((name) => `<th${NUMERIC.has(name) ? ' class="num"' : ''}>${escapeHtml(name)}</th>`)
    .join('');
  const body = table.rows
    .map((row) => {
      const cells = row.cells.map((text, index) => {
        const name = table.columns[index]!;
        let html = escapeHtml(text);
        if (row.status && index === 1) html = `${SVG_MARK[row.status]}${html}`;
        if (row.details?.length && index === row.cells.length - 1)
          html += `<ul>${row.details.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
        return `<td${NUMERIC.has(name) ? ' class="num"' : ''}>${html}</td>`;
      });
      return `<tr${row.status ? ` class="${row.status}"` : ''}>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<h2>${escapeHtml(table.title)}</h2>${table.intro ? `<p class="intro">${escapeHtml(table.intro)}</p>` : ''}
<table class="${className}"><thead><tr>${head}</tr></thead><tbody>
${body}
</tbody></table>`;
}

export function renderHtml(report: PipelineReport, title: string): string {
  const outputs = report.stages
    .filter((stage) => Object.keys(stage.outputs).length > 0)
    .map(
      (stage) =>
        `<h3>${escapeHtml(stage.name)}</h3><dl>${Object.entries(stage.outputs)
          .map(([name, value]) => `<dt>${escapeHtml(name)}</dt><dd><code>${escapeHtml(value)}</code></dd>`)
          .join('')}</dl>`,
    )
    .join('\n');
  const status = report.passed ? 'passed' : 'failed';
  const [stages, ...rest] = tables(report);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}: ${status}</title><style>${STYLE}</style></head>
<body><h1>${escapeHtml(title)}: <span class="${status}">${status}</span></h1>
<p>${escapeHtml(intro(report))}</p>
${report.notes.map((note) => `<p class="note">${escapeHtml(note)}</p>`).join('\n')}
${renderTimeline(report)}
${htmlTable(stages!, 'stages')}
${rest.map((table) => htmlTable(table, 'parts')).join('\n')}
${outputs ? `<h2>Outputs</h2>\n${outputs}` : ''}
</body></html>
`;
}
