/**
 * Runs pipeline stages in order and records what each did: status, wall time, the time its wrapped tools
 * ran (from the exec chokepoint), its outputs and a one-line summary. The first failure stops the run;
 * the stages after it are reported as not run, so nothing later (signing, promotion) acts on a bad image.
 */
import { describeError } from '../errors.js';
import { toolTimeMs } from '../tools/exec.js';

export type StageStatus = 'passed' | 'failed' | 'skipped';

export interface StageOutcome {
  /** One line for the report, e.g. "0 findings at or above high". */
  summary: string;
  /** Values later stages and the report use (digest, paths, counts). */
  outputs?: Record<string, string>;
}

export interface Stage {
  name: string;
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
  /** Wall time any wrapped tool (buildah, mkfs, qemu, …) ran. */
  toolSeconds: number;
  stages: StageResult[];
}

export interface RunHooks {
  onStart?: (stage: Stage, index: number, total: number) => void;
  onEnd?: (result: StageResult, index: number, total: number) => void;
  now?: () => number;
}

const seconds = (ms: number) => Math.round(ms) / 1000;

export async function runStages(stages: readonly Stage[], hooks: RunHooks = {}): Promise<PipelineReport> {
  const now = hooks.now ?? Date.now;
  const started = now();
  const toolsAtStart = toolTimeMs();
  const results: StageResult[] = [];
  let failed = false;
  for (const [index, stage] of stages.entries()) {
    const skipReason = failed ? 'not run: an earlier stage failed' : stage.skip;
    if (skipReason) {
      const result: StageResult = {
        name: stage.name,
        status: 'skipped',
        seconds: 0,
        toolSeconds: 0,
        summary: skipReason,
        outputs: {},
      };
      results.push(result);
      hooks.onEnd?.(result, index, stages.length);
      continue;
    }
    hooks.onStart?.(stage, index, stages.length);
    const begin = now();
    const toolsBefore = toolTimeMs();
    let result: StageResult;
    try {
      const outcome = await stage.run();
      result = {
        name: stage.name,
        status: 'passed',
        summary: outcome.summary,
        outputs: outcome.outputs ?? {},
        seconds: 0,
        toolSeconds: 0,
      };
    } catch (error) {
      failed = true;
      result = {
        name: stage.name,
        status: 'failed',
        summary: describeError(error),
        outputs: {},
        seconds: 0,
        toolSeconds: 0,
      };
    }
    result.seconds = seconds(now() - begin);
    result.toolSeconds = seconds(toolTimeMs() - toolsBefore);
    results.push(result);
    hooks.onEnd?.(result, index, stages.length);
  }
  return {
    passed: !failed,
    started: new Date(started).toISOString(),
    seconds: seconds(now() - started),
    toolSeconds: seconds(toolTimeMs() - toolsAtStart),
    stages: results,
  };
}
