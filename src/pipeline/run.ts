/**
 * Runs pipeline stages and records what each did: status, wall time, the time its own wrapped tools ran
 * (from the exec chokepoint), its outputs and a one-line summary. A stage starts as soon as the stages it
 * needs are done, so independent ones overlap (signing while the VM boots). After the first failure no
 * stage starts; the ones not started are reported as not run, so nothing later (signing, promotion) acts
 * on a bad image.
 */
import { describeError } from '../errors.js';
import { ToolClock, toolTimeMs, withToolClock } from '../tools/exec.js';

export type StageStatus = 'passed' | 'failed' | 'skipped';

export interface StageOutcome {
  /** One line for the report, e.g. "0 findings at or above high". */
  summary: string;
  /** Values later stages and the report use (digest, paths, counts). */
  outputs?: Record<string, string>;
}

export interface Stage {
  name: string;
  /** Stages that must be done first (default: the one listed before it). */
  after?: string[];
  /** Why the stage does not run (set by the plan, e.g. `--skip scan`); undefined to run it. */
  skip?: string;
  run: () => Promise<StageOutcome>;
}

export interface StageResult {
  name: string;
  status: StageStatus;
  seconds: number;
  toolSeconds: number;
  summary: string;
  outputs: Record<string, string>;
}

export interface PipelineReport {
  passed: boolean;
  started: string;
  seconds: number;
  /** Wall time any wrapped tool (buildah, mkfs, qemu, …) ran, overlaps counted once. */
  toolSeconds: number;
  /** Wall time any stage ran, overlaps counted once: the rest is the pipeline's own orchestration. */
  stageSeconds: number;
  stages: StageResult[];
}

export interface RunHooks {
  onStart?: (stage: Stage, index: number, total: number) => void;
  onEnd?: (result: StageResult, index: number, total: number) => void;
  now?: () => number;
}

const seconds = (ms: number) => Math.round(ms) / 1000;

function result(stage: Stage, status: StageStatus, summary: string, outputs = {}): StageResult {
  return { name: stage.name, status, seconds: 0, toolSeconds: 0, summary, outputs };
}

export async function runStages(stages: readonly Stage[], hooks: RunHooks = {}): Promise<PipelineReport> {
  const now = hooks.now ?? Date.now;
  const started = now();
  const toolsAtStart = toolTimeMs();
  const needs = stages.map((stage, index) => stage.after ?? (index > 0 ? [stages[index - 1]!.name] : []));
  const results = new Map<number, StageResult>();
  const running = new Map<number, Promise<void>>();
  const stageClock = new ToolClock();
  let failed = false;

  const finish = (index: number, done: StageResult) => {
    results.set(index, done);
    if (done.status === 'failed') failed = true;
    hooks.onEnd?.(done, index, stages.length);
  };
  const ready = (index: number) =>
    !results.has(index) &&
    !running.has(index) &&
    needs[index]!.every((name) => {
      const needed = stages.findIndex((stage) => stage.name === name);
      return needed < 0 || (results.has(needed) && results.get(needed)!.status !== 'failed');
    });
  const start = (index: number) => {
    const stage = stages[index]!;
    hooks.onStart?.(stage, index, stages.length);
    const begin = now();
    stageClock.started();
    const clock = new ToolClock();
    const work = withToolClock(clock, stage.run).then(
      (outcome) => result(stage, 'passed', outcome.summary, outcome.outputs ?? {}),
      (error: unknown) => result(stage, 'failed', describeError(error)),
    );
    running.set(
      index,
      work.then((done) => {
        running.delete(index);
        stageClock.ended();
        done.seconds = seconds(now() - begin);
        done.toolSeconds = seconds(clock.ms());
        finish(index, done);
      }),
    );
  };

  for (;;) {
    if (!failed) {
      for (const index of stages.keys()) {
        if (!ready(index)) continue;
        const skip = stages[index]!.skip;
        if (skip) finish(index, result(stages[index]!, 'skipped', skip));
        else start(index);
      }
      // A skipped stage may have made others ready: look again before waiting.
      if ([...stages.keys()].some(ready)) continue;
    }
    if (running.size === 0) break;
    await Promise.race(running.values());
  }
  for (const index of stages.keys()) {
    if (!results.has(index))
      finish(index, result(stages[index]!, 'skipped', 'not run: an earlier stage failed'));
  }
  return {
    passed: !failed,
    started: new Date(started).toISOString(),
    seconds: seconds(now() - started),
    toolSeconds: seconds(toolTimeMs() - toolsAtStart),
    stageSeconds: seconds(stageClock.ms()),
    stages: stages.map((_, index) => results.get(index)!),
  };
}
