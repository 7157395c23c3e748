/** The rebuild report: Markdown for job summaries and terminals, JSON for machines. */
import type { ImageCheck } from './check.js';
import { describeTarget, type DispatchResult } from './dispatch.js';
import type { RebuildReport } from './rebuild.js';

export function rebuildCounts(report: RebuildReport): Record<string, number> {
  const count = (status: DispatchResult['status']) =>
    report.results.filter((r) => r.status === status).length;
  return {
    images: report.images.length,
    affected: report.affected.length,
    targets: report.results.length,
    dispatched: count('dispatched'),
    planned: count('planned'),
    failed: count('failed'),
    deferred: count('deferred'),
    unroutable: report.unroutable.length,
    'unknown-base': report.unknownBase.length,
    unchanged: report.unchanged.length,
  };
}

export function rebuildJson(report: RebuildReport): string {
  return JSON.stringify(
    {
      dryRun: report.dryRun,
      counts: rebuildCounts(report),
      targets: report.results.map((result) => ({
        repository: result.target.repository,
        event: result.target.event,
        workflow: result.target.workflow,
        ref: result.ref ?? result.target.ref,
        status: result.status,
        detail: result.detail,
        images: result.target.images.map((item) => ({
          image: item.image.image,
          tags: item.image.tags,
          reason: item.reason,
          detail: item.detail,
        })),
      })),
      unroutable: report.unroutable.map((item) => ({
        image: item.image.image,
        reason: item.reason,
        detail: item.detail,
      })),
      unknownBase: report.unknownBase.map((image) => image.image),
    },
    null,
    2,
  );
}

const STATUS: Record<DispatchResult['status'], string> = {
  dispatched: 'started',
  planned: 'would start (dry run)',
  failed: 'FAILED',
  deferred: 'deferred',
};

export function rebuildMarkdown(report: RebuildReport): string {
  const c = rebuildCounts(report);
  const lines = [
    `### osimg rebuild${report.dryRun ? ' (dry run: nothing was started)' : ''}`,
    '',
    `${c.images} image(s) looked at, ${c.affected} affected, ${c.targets} pipeline(s) to start: ${c.dispatched} started, ${c.planned} planned, ${c.failed} failed, ${c.deferred} deferred.`,
  ];
  if (c.unchanged)
    lines.push(
      `${c.unchanged} image(s) were affected before this policy change already and are not started again.`,
    );
  if (c['unknown-base'])
    lines.push(`${c['unknown-base']} image(s) have no base labels (FROM scratch, or not built by osimg).`);
  if (report.results.length) {
    lines.push('', '| Pipeline | Ref | Status | Images | Why |', '| --- | --- | --- | --- | --- |');
    for (const result of report.results) {
      const why = [...new Set(result.target.images.map((item) => item.detail))].join('; ');
      const images = result.target.images.map((item) => `\`${short(item.image.image)}\``).join(' ');
      const status = result.detail ? `${STATUS[result.status]}: ${result.detail}` : STATUS[result.status];
      lines.push(
        `| ${cell(describeTarget(result.target))} | ${cell(result.ref ?? result.target.ref ?? 'default branch')} | ${cell(status)} | ${images} | ${cell(why)} |`,
      );
    }
  }
  if (report.unroutable.length) {
    lines.push(
      '',
      'Affected, but no pipeline is known (no source label or record, and no default workflow):',
      '',
    );
    for (const item of report.unroutable) lines.push(`- \`${item.image.image}\`: ${item.detail}`);
  }
  return `${lines.join('\n')}\n`;
}

export function checkMarkdown(checks: readonly ImageCheck[], maxScanAgeDays: number): string {
  const lines = [
    '### osimg image gate',
    '',
    '| Image | Base | Policy | Last scan |',
    '| --- | --- | --- | --- |',
  ];
  for (const check of checks) {
    const base = check.image.base.name ?? check.image.base.digest ?? 'unknown';
    const policy = check.verdict ? `${check.verdict.reason}: ${check.verdict.detail}` : 'ok';
    const scan =
      check.scanAgeDays === undefined
        ? 'none recorded: re-scan'
        : `${check.scannedAt} (${check.scanAgeDays} d${check.scanStale ? `, over ${maxScanAgeDays} d: re-scan` : ''})`;
    lines.push(`| \`${short(check.image.image)}\` | ${cell(base)} | ${cell(policy)} | ${cell(scan)} |`);
  }
  return `${lines.join('\n')}\n`;
}

function short(image: string): string {
  return image.replace(/@sha256:([0-9a-f]{12})[0-9a-f]+$/, '@sha256:$1…');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
