/**
 * From affected images to pipeline runs: one dispatch per repository and workflow (however many of its
 * images share the bad base), at most `maxDispatches` per run, a few at a time and spaced out, so a base
 * ban across hundreds of repositories does not become a build storm. Dry run by default: the plan is
 * reported and nothing is sent.
 */
import type { Logger } from '../log.js';
import { sleep as defaultSleep } from '../oci/retry.js';
import type { AffectedImage, RebuildReason } from './affected.js';
import { RateLimitedError, type GitHubClient } from './github.js';
import type { DispatchEvent } from './index-file.js';
import { mapLimit } from './limit.js';

export interface DispatchDefaults {
  /** Workflow to start where an image's record names none (e.g. `image.yml`). */
  workflow?: string;
  /** Ref to run on where none is recorded (default: the repository's default branch). */
  ref?: string;
  /** auto: workflow_dispatch when a workflow is known, else repository_dispatch. */
  event: 'auto' | DispatchEvent;
  /** repository_dispatch event type (the caller's `on: repository_dispatch: types:`). */
  eventType: string;
}

export interface DispatchTarget {
  repository: string;
  event: DispatchEvent;
  workflow?: string;
  ref?: string;
  inputs: Record<string, string>;
  images: AffectedImage[];
}

export type DispatchStatus = 'dispatched' | 'planned' | 'failed' | 'deferred';

export interface DispatchResult {
  target: DispatchTarget;
  status: DispatchStatus;
  /** The ref it ran on (after looking up the default branch). */
  ref?: string;
  detail?: string;
}

export function planTargets(
  affected: readonly AffectedImage[],
  defaults: DispatchDefaults,
): { targets: DispatchTarget[]; unroutable: AffectedImage[] } {
  const targets = new Map<string, DispatchTarget>();
  const unroutable: AffectedImage[] = [];
  for (const item of affected) {
    const pipeline = item.image.pipeline;
    if (!pipeline?.repository) {
      unroutable.push(item);
      continue;
    }
    const workflow = pipeline.workflow ?? defaults.workflow;
    const wanted = pipeline.event ?? (defaults.event === 'auto' ? undefined : defaults.event);
    const event: DispatchEvent = wanted ?? (workflow ? 'workflow_dispatch' : 'repository_dispatch');
    if (event === 'workflow_dispatch' && !workflow) {
      unroutable.push(item);
      continue;
    }
    const ref = pipeline.ref ?? defaults.ref;
    const key = [pipeline.repository, event, event === 'workflow_dispatch' ? workflow : '', ref ?? ''].join(
      '\n',
    );
    const target = targets.get(key) ?? {
      repository: pipeline.repository,
      event,
      ...(event === 'workflow_dispatch' ? { workflow } : {}),
      ...(ref ? { ref } : {}),
      inputs: { ...(pipeline.inputs ?? {}) },
      images: [],
    };
    target.images.push(item);
    targets.set(key, target);
  }
  const sorted = [...targets.values()].sort(
    (a, b) => a.repository.localeCompare(b.repository) || (a.workflow ?? '').localeCompare(b.workflow ?? ''),
  );
  return { targets: sorted, unroutable };
}

export interface DispatchOptions {
  /** Absent: dry run. */
  client?: GitHubClient;
  eventType: string;
  /** Dispatches in flight at once (default 2). */
  concurrency?: number;
  /** At most this many dispatches per run; the rest is reported as deferred (default 50). */
  maxDispatches?: number;
  /** Least time between the starts of two dispatches (default 1000 ms: GitHub's advice for writes). */
  intervalMs?: number;
  log: Logger;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export async function runDispatches(
  targets: readonly DispatchTarget[],
  options: DispatchOptions,
): Promise<DispatchResult[]> {
  const max = options.maxDispatches ?? 50;
  const interval = options.intervalMs ?? 1000;
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? Date.now;
  let nextStart = 0;
  let stoppedBy: RateLimitedError | undefined;

  return mapLimit(targets, options.concurrency ?? 2, async (target, index): Promise<DispatchResult> => {
    if (index >= max)
      return { target, status: 'deferred', detail: `over the limit of ${max} dispatches per run` };
    if (!options.client) return { target, status: 'planned', ref: target.ref };
    if (stoppedBy) return { target, status: 'deferred', detail: stoppedBy.message };
    // Space the starts out: each worker takes the next free slot.
    const start = Math.max(now(), nextStart);
    nextStart = start + interval;
    if (start > now()) await sleep(start - now());
    try {
      const ref = await dispatchOne(options.client, target, options.eventType);
      options.log.info(
        `started ${describeTarget(target)} on ${ref ?? 'the default branch'} for ${target.images.length} image(s)`,
      );
      return { target, status: 'dispatched', ref };
    } catch (error) {
      if (error instanceof RateLimitedError) {
        stoppedBy = error;
        options.log.warning(error.message);
        return { target, status: 'deferred', detail: error.message };
      }
      options.log.warning(`${describeTarget(target)}: ${(error as Error).message}`);
      return { target, status: 'failed', ref: target.ref, detail: (error as Error).message };
    }
  });
}

async function dispatchOne(
  client: GitHubClient,
  target: DispatchTarget,
  eventType: string,
): Promise<string | undefined> {
  if (target.event === 'repository_dispatch') {
    await client.dispatchRepository(target.repository, eventType, payloadFor(target));
    return undefined;
  }
  const ref = target.ref ?? (await client.defaultBranch(target.repository));
  await client.dispatchWorkflow(target.repository, target.workflow!, ref, target.inputs);
  return ref;
}

/** repository_dispatch's client_payload (GitHub allows at most 10 top-level keys). */
export function payloadFor(target: DispatchTarget): Record<string, unknown> {
  const reasons = [...new Set(target.images.map((item) => item.reason))] as RebuildReason[];
  return {
    source: 'osimg-rebuild',
    reasons,
    bases: [
      ...new Set(target.images.map((item) => item.image.base.name ?? item.image.base.digest ?? '')),
    ].filter(Boolean),
    images: target.images.slice(0, 50).map((item) => item.image.image),
    details: [...new Set(target.images.map((item) => item.detail))].slice(0, 20),
  };
}

export function describeTarget(target: DispatchTarget): string {
  return target.event === 'workflow_dispatch'
    ? `${target.repository} ${target.workflow}`
    : `${target.repository} (repository_dispatch)`;
}
