import { afterEach, describe, expect, it } from 'vitest';
import { MemoryLogger } from '../../../src/log.js';
import type { AffectedImage } from '../../../src/rebuild/affected.js';
import { payloadFor, planTargets, runDispatches } from '../../../src/rebuild/dispatch.js';
import { GitHubClient } from '../../../src/rebuild/github.js';
import type { PipelineTarget } from '../../../src/rebuild/index-file.js';
import { startFakeGitHub, type FakeGitHub, type FakeRepository } from '../../harness/fake-github.js';

const TOKEN = 'ghs_dispatch_test';
const D = (c: string) => `sha256:${c.repeat(64)}`;

function affected(name: string, pipeline?: PipelineTarget, digest = 'a'): AffectedImage {
  return {
    image: {
      image: `ghcr.io/org/${name}@${D(digest)}`,
      base: { name: 'docker.io/library/centos:7' },
      pipeline,
    },
    reason: 'banned',
    detail: 'base docker.io/library/centos:7 is banned: end of life',
  };
}

const repo = (writable = true): FakeRepository => ({
  defaultBranch: 'main',
  branches: ['main', 'stable'],
  workflows: { 'image.yml': { dispatchable: true } },
  writable,
});

describe('planTargets', () => {
  it('groups images by repository and workflow, picks the event, and keeps what cannot be routed', () => {
    const { targets, unroutable } = planTargets(
      [
        affected('a', { repository: 'org/a' }, 'a'),
        affected('a2', { repository: 'org/a' }, 'b'),
        affected('b', { repository: 'org/b', workflow: 'os.yml', ref: 'stable' }),
        affected('c', { repository: 'org/c', event: 'repository_dispatch' }),
        affected('orphan'),
      ],
      { workflow: 'image.yml', event: 'auto', eventType: 'osimg-rebuild' },
    );
    expect(targets.map((t) => [t.repository, t.event, t.workflow, t.ref, t.images.length])).toEqual([
      ['org/a', 'workflow_dispatch', 'image.yml', undefined, 2],
      ['org/b', 'workflow_dispatch', 'os.yml', 'stable', 1],
      ['org/c', 'repository_dispatch', undefined, undefined, 1],
    ]);
    expect(unroutable.map((u) => u.image.image)).toEqual([`ghcr.io/org/orphan@${D('a')}`]);
  });

  it('without a default workflow, auto falls back to repository_dispatch', () => {
    const { targets } = planTargets([affected('a', { repository: 'org/a' })], {
      event: 'auto',
      eventType: 'x',
    });
    expect(targets[0]!.event).toBe('repository_dispatch');
    const forced = planTargets([affected('a', { repository: 'org/a' })], {
      event: 'workflow_dispatch',
      eventType: 'x',
    });
    expect(forced.targets).toEqual([]);
    expect(forced.unroutable).toHaveLength(1);
  });

  it('keeps the repository_dispatch payload within GitHub’s 10 top-level keys', () => {
    const { targets } = planTargets([affected('a', { repository: 'org/a' })], {
      event: 'repository_dispatch',
      eventType: 'x',
    });
    const payload = payloadFor(targets[0]!);
    expect(Object.keys(payload).length).toBeLessThanOrEqual(10);
    expect(payload).toMatchObject({
      source: 'osimg-rebuild',
      reasons: ['banned'],
      bases: ['docker.io/library/centos:7'],
    });
  });
});

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.stop();
  fake = undefined;
});

describe('runDispatches against the fake GitHub API', () => {
  const many = Array.from({ length: 6 }, (_, i) => affected(`r${i}`, { repository: `org/r${i}` }));
  const repositories = Object.fromEntries(many.map((_, i) => [`org/r${i}`, repo(i !== 2)]));
  const defaults = { workflow: 'image.yml', event: 'auto' as const, eventType: 'osimg-rebuild' };

  it('a dry run plans and sends nothing', async () => {
    fake = await startFakeGitHub({ token: TOKEN, repositories });
    const { targets } = planTargets(many, defaults);
    const results = await runDispatches(targets, { eventType: 'osimg-rebuild', log: new MemoryLogger() });
    expect(results.map((r) => r.status)).toEqual(Array(6).fill('planned'));
    expect(fake.log).toEqual([]);
  });

  it('starts each pipeline once on its default branch, reports refusals, defers over the limit, and spaces the starts', async () => {
    fake = await startFakeGitHub({
      token: TOKEN,
      repositories,
      secondary: { 2: { status: 429, retryAfter: 0 } },
    });
    const client = new GitHubClient({ apiUrl: fake.url, token: TOKEN, msPerSecond: 1 });
    const { targets } = planTargets(many, defaults);
    let inFlight = 0;
    let peak = 0;
    const original = client.dispatchWorkflow.bind(client);
    client.dispatchWorkflow = async (...args) => {
      peak = Math.max(peak, ++inFlight);
      try {
        return await original(...args);
      } finally {
        inFlight--;
      }
    };
    const started = Date.now();
    const results = await runDispatches(targets, {
      client,
      eventType: 'osimg-rebuild',
      concurrency: 2,
      maxDispatches: 5,
      intervalMs: 50,
      log: new MemoryLogger(),
    });
    expect(results.map((r) => [r.target.repository, r.status])).toEqual([
      ['org/r0', 'dispatched'],
      ['org/r1', 'dispatched'],
      ['org/r2', 'failed'],
      ['org/r3', 'dispatched'],
      ['org/r4', 'dispatched'],
      ['org/r5', 'deferred'],
    ]);
    expect(results[2]!.detail).toMatch(/needs "actions: write"/);
    expect(results[5]!.detail).toBe('over the limit of 5 dispatches per run');
    expect(results[0]!.ref).toBe('main');
    expect(fake.dispatches.map((d) => d.repository).sort()).toEqual(['org/r0', 'org/r1', 'org/r3', 'org/r4']);
    expect(peak).toBeLessThanOrEqual(2);
    // Five starts, at least 50 ms apart.
    expect(Date.now() - started).toBeGreaterThanOrEqual(4 * 50 - 5);
  }, 30_000); // Octokit spaces writes a second apart (plugin-throttling)

  it('stops sending once rate limits outlast the budget and defers the rest', async () => {
    fake = await startFakeGitHub({ token: TOKEN, repositories, limit: 4, windowMs: 3_600_000 });
    const client = new GitHubClient({
      apiUrl: fake.url,
      token: TOKEN,
      maxWaitMs: 1000,
      msPerSecond: 1,
    });
    const { targets } = planTargets(many, { ...defaults, ref: 'main' });
    const results = await runDispatches(targets, {
      client,
      eventType: 'x',
      concurrency: 1,
      intervalMs: 0,
      log: new MemoryLogger(),
    });
    expect(results.map((r) => r.status)).toEqual([
      'dispatched',
      'dispatched',
      'failed',
      'dispatched',
      'deferred',
      'deferred',
    ]);
    expect(results[4]!.detail).toMatch(/rate limit is spent.*resume after/);
    expect(fake.dispatches).toHaveLength(3);
  }, 30_000); // Octokit spaces writes a second apart (plugin-throttling)
});
