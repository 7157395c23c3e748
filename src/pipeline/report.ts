/**
 * The pipeline's report: Markdown (for a terminal, a PR comment or a job summary) and one self-contained
 * HTML page (inline CSS, no scripts, no external requests) with the same content.
 */
import { escapeHtml } from '../values.js';
import type { PipelineReport, StageResult } from './run.js';

const MARK: Record<StageResult['status'], string> = { passed: '✅', failed: '❌', skipped: '⏭️' };

function share(stage: StageResult, report: PipelineReport): string {
  return report.seconds > 0 ? `${Math.round((stage.seconds / report.seconds) * 100)}%` : '–';
}

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

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function renderMarkdown(report: PipelineReport, title: string): string {
  const lines = [
    `# ${title}: ${report.passed ? 'passed' : 'FAILED'}`,
    '',
    `Started ${report.started}; ${report.seconds.toFixed(1)} s in all, ${report.toolSeconds.toFixed(1)} s in the wrapped tools.`,
    '',
    '| Stage | Result | Time | Share | Tools | Summary |',
    '| --- | --- | ---: | ---: | ---: | --- |',
    ...report.stages.map(
      (stage) =>
        `| ${stage.name} | ${MARK[stage.status]} ${stage.status} | ${stage.seconds.toFixed(1)} s | ${share(stage, report)} | ${stage.toolSeconds.toFixed(1)} s | ${cell(stage.summary)} |`,
    ),
  ];
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

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1f2328}
h1 .passed{color:#1a7f37}h1 .failed{color:#cf222e}table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #d0d7de;padding:.4rem .6rem;text-align:left;vertical-align:top}
td.num{text-align:right;font-variant-numeric:tabular-nums}tr.failed td{background:#ffebe9}
tr.skipped td{color:#656d76}.bar{background:#0969da;height:.5rem;border-radius:.25rem}
code{font:13px ui-monospace,monospace;word-break:break-all}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}
dt{font-weight:600}`;

export function renderHtml(report: PipelineReport, title: string): string {
  const rows = report.stages
    .map((stage) => {
      const width =
        report.seconds > 0 ? Math.max(0, Math.min(100, (stage.seconds / report.seconds) * 100)) : 0;
      return `<tr class="${stage.status}"><td>${escapeHtml(stage.name)}</td><td>${MARK[stage.status]} ${stage.status}</td><td class="num">${stage.seconds.toFixed(1)} s</td><td class="num">${stage.toolSeconds.toFixed(1)} s</td><td><div class="bar" style="width:${width.toFixed(1)}%"></div></td><td>${escapeHtml(stage.summary)}</td></tr>`;
    })
    .join('\n');
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
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}: ${status}</title><style>${STYLE}</style></head>
<body><h1>${escapeHtml(title)}: <span class="${status}">${status}</span></h1>
<p>Started ${escapeHtml(report.started)}; ${report.seconds.toFixed(1)} s in all, ${report.toolSeconds.toFixed(1)} s in the wrapped tools.</p>
<table><thead><tr><th>Stage</th><th>Result</th><th>Time</th><th>Tools</th><th>Share</th><th>Summary</th></tr></thead>
<tbody>
${rows}
</tbody></table>
${outputs ? `<h2>Outputs</h2>\n${outputs}` : ''}
</body></html>
`;
}
