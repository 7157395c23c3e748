/**
 * Runs pipeline stages and records what each did: status, wall time, the time its own wrapped tools ran
 * (from the exec chokepoint), its outputs and a one-line summary. A stage starts as soon as the stages it
 * needs are done, so independent ones overlap (signing while the VM boots). After the first failure no
 * stage starts; the ones not started are reported as not run, so nothing later (signing, promotion) acts
 * on a bad image.
 */
import { describeError, OsimgError } from '../errors.js';
import type { BootTiming } from '../boot/timing.js';
import { ToolClock, toolTimeMs, withToolClock } from '../tools/exec.js';

export type StageStatus = 'passed' | 'failed' | 'skipped';

export interface StageOutcome {
  /** One line for the report, e.g. "0 findings at or above high". */
  summary: string;
  /** Values later stages and the report use (digest, paths, counts). */
  outputs?: Record<string, string>;
  /** What the stage checked, one line each with its verdict (the boot test's assertions). */
  checks?: string[];
  /** Where a boot test's time went (host steps and the guest's phases), seconds from the stage's start. */
  boot?: BootTiming;
}

/** A stage's failure that still has something to report (the boot test's checks and timing). */
export class StageFailure extends OsimgError {
  constructor(
    message: string,
    readonly outcome: Omit<StageOutcome, 'summary'>,
  ) {
    super(message);
  }
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
  /** The stages it waited for. */
  after: string[];
  /** Seconds from the command's start (the report's time axis). */
  start: number;
  end: number;
  seconds: number;
  toolSeconds: number;
  summary: string;
  outputs: Record<string, string>;
  checks?: string[];
  boot?: BootTiming;
}

/** The command's own work outside the stages (start-up, registry, signing key, report), on the same axis. */
export interface Span {
  name: string;
  start: number;
  end: number;
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
  /** The command's own work outside the stages; with the stages it accounts for all of `seconds`. */
  phases: Span[];
  /** Plain statements the reader needs (e.g. where a temporary registry's images went). */
  notes: string[];
}

export interface RunHooks {
  onStart?: (stage: Stage, index: number, total: number) => void;
  onEnd?: (result: StageResult, index: number, total: number) => void;
  now?: () => number;
  /** The command's start (ms, same clock as `now`): the time axis' zero. Default: when runStages began. */
  origin?: number;
}

const seconds = (ms: number) => Math.round(ms) / 1000;

/** The command's own steps outside the stages, timed on the report's axis (seconds from `origin`). */
export class CommandClock {
  readonly spans: Span[] = [];

  constructor(
    readonly origin: number,
    private readonly now: () => number = Date.now,
  ) {}

  at(time: number): number {
    return seconds(time - this.origin);
  }

  /** A step that began at `since` and ends now. */
  record(name: string, since: number): void {
    const end = this.now();
    if (end > since) this.spans.push({ name, start: this.at(since), end: this.at(end) });
  }

  async time<T>(name: string, work: () => Promise<T>): Promise<T> {
    const since = this.now();
    try {
      return await work();
    } finally {
      this.record(name, since);
    }
  }
}

function result(
  stage: Stage,
  after: string[],
  status: StageStatus,
  summary: string,
  outcome: Omit<StageOutcome, 'summary'> = {},
): StageResult {
  return {
    name: stage.name,
    status,
    after,
    start: 0,
    end: 0,
    seconds: 0,
    toolSeconds: 0,
    summary,
    outputs: outcome.outputs ?? {},
    ...(outcome.checks ? { checks: outcome.checks } : {}),
    ...(outcome.boot ? { boot: outcome.boot } : {}),
  };
}

export async function runStages(stages: readonly Stage[], hooks: RunHooks = {}): Promise<PipelineReport> {
  const now = hooks.now ?? Date.now;
  const started = now();
  const origin = hooks.origin ?? started;
  const at = (time: number) => seconds(time - origin);
  const toolsAtStart = toolTimeMs();
  const needs = stages.map((stage, index) => stage.after ?? (index > 0 ? [stages[index - 1]!.name] : []));
  const results = new Map<number, StageResult>();
  const running = new Map<number, Promise<void>>();
  const stageClock = new ToolClock();
  let failed = false;

  const finish = (index: number, done: StageResult) => {
    if (done.status !== 'passed' && done.status !== 'failed') done.start = done.end = at(now());
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
      (outcome) => result(stage, needs[index]!, 'passed', outcome.summary, outcome),
      (error: unknown) =>
        result(
          stage,
          needs[index]!,
          'failed',
          describeError(error),
          error instanceof StageFailure ? error.outcome : {},
        ),
    );
    running.set(
      index,
      work.then((done) => {
        running.delete(index);
        stageClock.ended();
        const end = now();
        done.start = at(begin);
        done.end = at(end);
        done.seconds = seconds(end - begin);
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
        if (skip) finish(index, result(stages[index]!, needs[index]!, 'skipped', skip));
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
      finish(index, result(stages[index]!, needs[index]!, 'skipped', 'not run: an earlier stage failed'));
  }
  return {
    passed: !failed,
    started: new Date(origin).toISOString(),
    seconds: at(now()),
    toolSeconds: seconds(toolTimeMs() - toolsAtStart),
    stageSeconds: seconds(stageClock.ms()),
    stages: stages.map((_, index) => results.get(index)!),
    phases: [],
    notes: [],
  };
}
