import { afterEach, describe, expect, it } from 'vitest';
import { GitHubApiError, GitHubClient, RateLimitedError } from '../../../src/rebuild/github.js';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from '../../harness/fake-github.js';

const TOKEN = 'ghs_fake_token_for_tests';

function clock(start = Date.UTC(2026, 10, 22, 12)) {
  const state = { now: start, slept: [] as number[] };
  return {
    state,
    now: () => state.now,
    sleep: async (ms: number) => {
      state.slept.push(ms);
      state.now += ms;
    },
  };
}

const repos: FakeGitHubOptions['repositories'] = {
  'org/app': {
    defaultBranch: 'main',
    branches: ['main', 'release'],
    workflows: { 'image.yml': { dispatchable: true, inputs: ['reason'] }, 'ci.yml': { dispatchable: false } },
    writable: true,
  },
  'org/locked': {
    defaultBranch: 'main',
    branches: ['main'],
    workflows: { 'image.yml': { dispatchable: true } },
    writable: false,
  },
};

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.stop();
  fake = undefined;
});

async function setup(extra: Partial<FakeGitHubOptions> = {}) {
  const time = clock();
  fake = await startFakeGitHub({ token: TOKEN, repositories: repos, now: time.now, ...extra });
  const lines: string[] = [];
  const client = new GitHubClient({
    apiUrl: fake.url,
    token: TOKEN,
    now: time.now,
    sleep: time.sleep,
    log: (line) => lines.push(line),
  });
  return { fake, client, time, lines };
}

describe('GitHubClient against the fake GitHub API', () => {
  it('starts a workflow and sends a repository event; the token travels only in the Authorization header', async () => {
    const { fake, client } = await setup();
    await client.dispatchWorkflow('org/app', '.github/workflows/image.yml', 'main', {
      reason: 'base banned',
    });
    await client.dispatchRepository('org/app', 'osimg-rebuild', { images: ['x'] });
    expect(await client.defaultBranch('org/app')).toBe('main');
    expect(fake.dispatches.map((d) => [d.kind, d.workflow, d.ref, d.inputs, d.eventType])).toEqual([
      ['workflow_dispatch', 'image.yml', 'main', { reason: 'base banned' }, undefined],
      ['repository_dispatch', undefined, undefined, undefined, 'osimg-rebuild'],
    ]);
    expect([...fake.authorizations]).toEqual([`Bearer ${TOKEN}`]);
    expect(fake.log.join('\n')).not.toContain(TOKEN);
  });

  it('turns refusals into sentences that say what to fix', async () => {
    const { client } = await setup();
    await expect(client.dispatchWorkflow('org/app', 'ci.yml', 'main', {})).rejects.toThrow(
      /needs an "on: workflow_dispatch" trigger.*HTTP 422.*does not have 'workflow_dispatch' trigger/,
    );
    await expect(client.dispatchWorkflow('org/app', 'image.yml', 'nope', {})).rejects.toThrow(
      /No ref found for: nope/,
    );
    await expect(client.dispatchWorkflow('org/app', 'image.yml', 'main', { other: 'x' })).rejects.toThrow(
      /Unexpected inputs/,
    );
    await expect(client.dispatchWorkflow('org/locked', 'image.yml', 'main', {})).rejects.toThrow(
      /may not start workflows in org\/locked: it needs "actions: write".*HTTP 403/,
    );
    await expect(client.dispatchWorkflow('org/ghost', 'image.yml', 'main', {})).rejects.toThrow(
      /org\/ghost or its workflow.*HTTP 404/,
    );
    const bad = new GitHubClient({ apiUrl: fake!.url, token: 'wrong' });
    const error = await bad.defaultBranch('org/app').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect((error as GitHubApiError).message).toMatch(/rejected the token \(HTTP 401\).*Bad credentials/);
  });

  it('refuses to start without a token', () => {
    expect(() => new GitHubClient({ apiUrl: 'http://127.0.0.1:1', token: '' })).toThrow(/set GITHUB_TOKEN/);
  });

  it('waits out a secondary limit for as long as retry-after says, then succeeds', async () => {
    const { fake, client, time } = await setup({
      secondary: { 1: { status: 429, retryAfter: 7 }, 2: { status: 403, retryAfter: 3 } },
    });
    await client.dispatchWorkflow('org/app', 'image.yml', 'main', {});
    expect(time.state.slept).toEqual([7000, 3000]);
    expect(fake.log).toEqual([
      'POST /repos/org/app/actions/workflows/image.yml/dispatches → 429',
      'POST /repos/org/app/actions/workflows/image.yml/dispatches → 403',
      'POST /repos/org/app/actions/workflows/image.yml/dispatches → 204',
    ]);
    expect(fake.dispatches).toHaveLength(1);
  });

  it('a secondary limit without retry-after waits a minute, doubling', async () => {
    const { client, time } = await setup({ secondary: { 1: { status: 403 }, 2: { status: 403 } } });
    await client.dispatchRepository('org/app', 'osimg-rebuild', {});
    expect(time.state.slept).toEqual([60_000, 120_000]);
  });

  it('pauses every request until the reset once the primary budget is spent', async () => {
    const { fake, client, time } = await setup({ limit: 2, windowMs: 60_000 });
    const start = time.state.now;
    await client.dispatchWorkflow('org/app', 'image.yml', 'main', {}); // remaining 1
    await client.dispatchWorkflow('org/app', 'image.yml', 'main', {}); // remaining 0: pause until the reset
    await client.dispatchWorkflow('org/app', 'image.yml', 'main', {}); // waits, then a fresh window
    expect(fake.dispatches).toHaveLength(3);
    // No 403 was provoked: the client read x-ratelimit-remaining: 0 and waited for x-ratelimit-reset.
    expect(fake.log.every((line) => line.endsWith('204'))).toBe(true);
    expect(time.state.now - start).toBeGreaterThanOrEqual(60_000);
    expect(time.state.now - start).toBeLessThanOrEqual(62_000);
  });

  it('answers a spent budget (403, remaining 0) by waiting for the reset', async () => {
    const time = clock();
    fake = await startFakeGitHub({
      token: TOKEN,
      repositories: repos,
      now: time.now,
      limit: 1,
      windowMs: 30_000,
    });
    // Another client spends the budget first, so this one learns about it from a 403.
    const other = new GitHubClient({ apiUrl: fake.url, token: TOKEN, now: time.now, sleep: time.sleep });
    await other.defaultBranch('org/app');
    const client = new GitHubClient({ apiUrl: fake.url, token: TOKEN, now: time.now, sleep: time.sleep });
    await client.dispatchRepository('org/app', 'osimg-rebuild', {});
    expect(fake.log).toEqual([
      'GET /repos/org/app → 200',
      'POST /repos/org/app/dispatches → 403',
      'POST /repos/org/app/dispatches → 204',
    ]);
    expect(time.state.slept).toHaveLength(1);
    expect(time.state.slept[0]).toBeGreaterThanOrEqual(30_000);
  });

  it('gives up with RateLimitedError when the reset is beyond the wait budget', async () => {
    const time = clock();
    fake = await startFakeGitHub({
      token: TOKEN,
      repositories: repos,
      now: time.now,
      limit: 1,
      windowMs: 3_600_000,
    });
    const client = new GitHubClient({
      apiUrl: fake.url,
      token: TOKEN,
      now: time.now,
      sleep: time.sleep,
      maxWaitMs: 60_000,
    });
    await client.defaultBranch('org/app');
    const error = await client.dispatchRepository('org/app', 'osimg-rebuild', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as Error).message).toMatch(/outlast the wait budget; resume after 2026-11-22T13:00:0/);
    expect(fake.dispatches).toHaveLength(0);
  });
});
