/**
 * Where a pipeline run's wall time went. Stages overlap (signing runs while the VM boots), so their
 * durations add up to more than the run; here every instant of the run is given to exactly one thing: the
 * command's own work (start-up, registry, signing key, report) first, else the stage on the critical path,
 * else another stage that was running, else "between stages". The parts therefore add up to the total.
 */
import type { PipelineReport, StageResult } from './run.js';

/**
 * The chain of stages that decided the run's length: from the stage that ended last, back through the
 * stage it waited for that ended last. Skipped stages take no time and are left out.
 */
export function criticalPath(report: Pick<PipelineReport, 'stages'>): string[] {
  const ran = report.stages.filter((stage) => stage.status !== 'skipped');
  const latest = (stages: StageResult[]) =>
    stages.reduce<StageResult | undefined>(
      (best, stage) => (!best || stage.end > best.end ? stage : best),
      undefined,
    );
  const path: string[] = [];
  let current = latest(ran);
  while (current && !path.includes(current.name)) {
    path.unshift(current.name);
    const needs = current.after;
    // A skipped stage passes its own needs on (boot-test skipped: promote waited for disk).
    const expand = (names: string[]): StageResult[] =>
      names.flatMap((name) => {
        const stage = report.stages.find((entry) => entry.name === name);
        if (!stage) return [];
        return stage.status === 'skipped' ? expand(stage.after) : [stage];
      });
    current = latest(expand(needs));
  }
  return path;
}

export interface AccountRow {
  name: string;
  kind: 'phase' | 'critical' | 'stage' | 'gap';
  seconds: number;
}

const round = (seconds: number) => Math.round(seconds * 1000) / 1000;

/** A partition of 0 → report.seconds: rows in order of first appearance, their seconds sum to the total. */
export function accountFor(report: PipelineReport): AccountRow[] {
  const critical = new Set(criticalPath(report));
  const stages = report.stages.filter((stage) => stage.end > stage.start);
  const cuts = new Set<number>([0, report.seconds]);
  for (const span of [...report.phases, ...stages]) {
    cuts.add(Math.min(Math.max(span.start, 0), report.seconds));
    cuts.add(Math.min(Math.max(span.end, 0), report.seconds));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const rows = new Map<string, AccountRow>();
  const add = (name: string, kind: AccountRow['kind'], seconds: number) => {
    const row = rows.get(name) ?? { name, kind, seconds: 0 };
    row.seconds += seconds;
    rows.set(name, row);
  };
  for (let index = 0; index + 1 < points.length; index++) {
    const from = points[index]!;
    const to = points[index + 1]!;
    const middle = (from + to) / 2;
    const inside = (span: { start: number; end: number }) => span.start <= middle && middle < span.end;
    const phase = report.phases.find(inside);
    const running = stages.filter(inside);
    const onPath = running.find((stage) => critical.has(stage.name));
    if (phase) add(phase.name, 'phase', to - from);
    else if (onPath) add(onPath.name, 'critical', to - from);
    else if (running[0]) add(running[0].name, 'stage', to - from);
    else add('between stages', 'gap', to - from);
  }
  return [...rows.values()].map((row) => ({ ...row, seconds: round(row.seconds) }));
}

/** How much of the run each stage is given in the partition (0 for stages hidden behind others). */
export function stageShares(report: PipelineReport): Map<string, number> {
  const shares = new Map<string, number>();
  for (const row of accountFor(report))
    if (row.kind === 'critical' || row.kind === 'stage')
      shares.set(row.name, report.seconds > 0 ? row.seconds / report.seconds : 0);
  return shares;
}
