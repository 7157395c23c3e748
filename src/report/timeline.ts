/**
 * The pipeline run as an inline SVG timeline: one row per stage on a shared time axis (overlap is
 * visible as bars side by side), the stages on the critical path outlined, the command's own work
 * (start-up, registry, signing key, report) on a row of its own, and the boot test's phases (host steps,
 * firmware, loader, kernel, initrd, userspace, checks) on a row under the boot-test bar. Plain SVG with
 * basic shapes and text: no scripts, no fonts beyond the page's.
 */
import { criticalPath } from '../pipeline/accounting.js';
import type { PipelineReport, StageResult } from '../pipeline/run.js';
import { escapeHtml } from '../values.js';

const WIDTH = 1000;
const LABEL = 150;
const RIGHT = 70;
const ROW = 30;
const BAR = 18;
const TOP = 16;

export const STATUS_COLOUR: Record<StageResult['status'], string> = {
  passed: '#2da44e',
  failed: '#cf222e',
  skipped: '#afb8c1',
};

export const PHASE_COLOUR: Record<string, string> = {
  firmware: '#d4a72c',
  loader: '#bc4c00',
  kernel: '#8250df',
  initrd: '#bf3989',
  userspace: '#0969da',
  checks: '#1a7f37',
};
const HOST_COLOUR = '#8c959f';

const fmt = (value: number) => (Math.round(value * 100) / 100).toString();

function tickStep(total: number): number {
  for (const step of [1, 2, 5, 10, 15, 20, 30, 60, 120, 300, 600]) if (total / step <= 10) return step;
  return Math.ceil(total / 10 / 600) * 600;
}

interface Bar {
  x: number;
  width: number;
  y: number;
  fill: string;
  title: string;
  label?: string;
  stroke?: boolean;
}

function bar(item: Bar): string {
  const stroke = item.stroke ? ' stroke="#1f2328" stroke-width="2.5"' : '';
  const rect = `<rect x="${fmt(item.x)}" y="${fmt(item.y)}" width="${fmt(Math.max(item.width, 1.5))}" height="${BAR}" rx="3" fill="${item.fill}"${stroke}><title>${escapeHtml(item.title)}</title></rect>`;
  // A label inside the bar only when it fits (about 6.5 px per character at 11 px).
  const fits = item.label && item.label.length * 6.5 + 6 < item.width;
  const label = fits
    ? `<text x="${fmt(item.x + item.width / 2)}" y="${fmt(item.y + BAR / 2 + 4)}" text-anchor="middle" class="in">${escapeHtml(item.label!)}</text>`
    : '';
  return rect + label;
}

export function renderTimeline(report: PipelineReport): string {
  const total = Math.max(report.seconds, ...report.stages.map((stage) => stage.end), 0.001);
  const scale = (WIDTH - LABEL - RIGHT) / total;
  const x = (seconds: number) => LABEL + Math.max(0, seconds) * scale;
  const critical = new Set(criticalPath(report));
  const parts: string[] = [];
  let row = 0;
  const rowY = () => TOP + row * ROW + (ROW - BAR) / 2;
  const label = (text: string, weight = '') =>
    parts.push(
      `<text x="${LABEL - 8}" y="${fmt(rowY() + BAR / 2 + 4)}" text-anchor="end"${weight}>${escapeHtml(text)}</text>`,
    );
  const after = (end: number, text: string) =>
    parts.push(
      `<text x="${fmt(x(end) + 5)}" y="${fmt(rowY() + BAR / 2 + 4)}" class="t">${escapeHtml(text)}</text>`,
    );

  if (report.phases.length > 0) {
    label('osimg itself');
    for (const phase of report.phases) {
      const seconds = phase.end - phase.start;
      parts.push(
        bar({
          x: x(phase.start),
          width: seconds * scale,
          y: rowY(),
          fill: HOST_COLOUR,
          title: `${phase.name}: ${seconds.toFixed(1)} s (from ${phase.start.toFixed(1)} s)`,
          label: phase.name,
        }),
      );
    }
    row++;
  }
  for (const stage of report.stages) {
    const onPath = critical.has(stage.name);
    label(stage.name, onPath ? ' font-weight="700"' : '');
    if (stage.status === 'skipped') {
      parts.push(
        `<text x="${fmt(x(stage.start) + 4)}" y="${fmt(rowY() + BAR / 2 + 4)}" class="t">${escapeHtml(stage.summary)}</text>`,
      );
    } else {
      parts.push(
        bar({
          x: x(stage.start),
          width: stage.seconds * scale,
          y: rowY(),
          fill: STATUS_COLOUR[stage.status],
          title: `${stage.name} ${stage.status}: ${stage.start.toFixed(1)} → ${stage.end.toFixed(1)} s${onPath ? ' (critical path)' : ''}`,
          stroke: onPath,
        }),
      );
      after(stage.end, `${stage.seconds.toFixed(1)} s`);
    }
    row++;
    if (stage.boot && stage.boot.spans.length > 0) {
      label('└ boot phases', ' class="t"');
      for (const span of stage.boot.spans) {
        const seconds = span.end - span.start;
        parts.push(
          bar({
            x: x(stage.start + span.start),
            width: seconds * scale,
            y: rowY(),
            fill: span.kind === 'host' ? HOST_COLOUR : (PHASE_COLOUR[span.name] ?? '#57606a'),
            title: `${span.name} (${span.kind === 'host' ? 'osimg on the host' : 'the guest'}): ${seconds.toFixed(1)} s`,
            label: span.name,
          }),
        );
      }
      row++;
    }
  }
  const axisY = TOP + row * ROW + 4;
  const step = tickStep(total);
  parts.push(`<line x1="${LABEL}" y1="${axisY}" x2="${fmt(x(total))}" y2="${axisY}" stroke="#57606a"/>`);
  for (let tick = 0; tick <= total + 1e-9; tick += step) {
    parts.push(
      `<line x1="${fmt(x(tick))}" y1="${TOP - 4}" x2="${fmt(x(tick))}" y2="${axisY + 4}" stroke="#d0d7de" stroke-dasharray="${tick === 0 ? '0' : '3 3'}"/>`,
      `<text x="${fmt(x(tick))}" y="${axisY + 18}" text-anchor="middle" class="t">${tick} s</text>`,
    );
  }
  // The legend names only what is drawn, wrapping to a second line when it must.
  const used = new Set(report.stages.flatMap((stage) => (stage.boot?.spans ?? []).map((span) => span.name)));
  const statuses = new Set(report.stages.map((stage) => stage.status));
  const legend: Array<[string, string, boolean]> = [
    ...(['passed', 'failed'] as const)
      .filter((status) => statuses.has(status))
      .map((status): [string, string, boolean] => [status, STATUS_COLOUR[status], false]),
    ['critical path', '#ffffff', true],
    ['osimg on the host', HOST_COLOUR, false],
    ...Object.entries(PHASE_COLOUR)
      .filter(([name]) => used.has(name))
      .map(([name, colour]): [string, string, boolean] => [name, colour, false]),
  ];
  let legendX = LABEL;
  let legendY = axisY + 40;
  for (const [name, colour, outlined] of legend) {
    const width = 19 + name.length * 6.5 + 16;
    if (legendX + width > WIDTH) {
      legendX = LABEL;
      legendY += 20;
    }
    const stroke = outlined ? ' stroke="#1f2328" stroke-width="2.5"' : '';
    parts.push(
      `<rect x="${legendX}" y="${legendY - 10}" width="14" height="12" rx="2" fill="${colour}"${stroke}/>`,
      `<text x="${legendX + 19}" y="${legendY}" class="t">${escapeHtml(name)}</text>`,
    );
    legendX += width;
  }
  const height = legendY + 12;
  return `<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-label="Timeline of the run: stages on a time axis, the critical path outlined">
<style>text{font:12px system-ui,sans-serif;fill:#1f2328}.t{fill:#57606a;font-size:11px}.in{fill:#fff;font-size:11px}</style>
${parts.join('\n')}
</svg>`;
}
