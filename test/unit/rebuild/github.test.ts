/**
 * GitHubClient (@actions/github's Octokit with plugin-throttling and plugin-retry) against the fake
 * GitHub API. `msPerSecond: 1` makes the plugins wait a millisecond per second of retry-after, so the
 * waits they choose are asserted from the log without waiting them out; the primary-limit test waits for
 * real (the plugin computes it from the clock and x-ratelimit-reset).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { GitHubApiError, GitHubClient, RateLimitedError } from '../../../src/rebuild/github.js';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from '../../harness/fake-github.js';

const TOKEN = 'ghs_fake_token_for_tests';

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

async function setup(
  extra: Partial<FakeGitHubOptions> = {},
  client: { maxWaitMs?: number; attempts?: number; msPerSecond?: number } = {},
) {
  fake = await startFakeGitHub({ token: TOKEN, repositories: repos, ...extra });
  const lines: string[] = [];
  const github = new GitHubClient({
    apiUrl: fake.url,
    token: TOKEN,
    msPerSecond: 1,
    log: (line) => lines.push(line),
    ...client,
  });
  return { fake, client: github, lines };
}

const waits = (lines: string[]) => lines.map((line) => /waiting (\d+) s$/.exec(line)?.[1]).map(Number);

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
    expect([...fake.authorizations]).toEqual([`token ${TOKEN}`]);
    expect(fake.log.join('\n')).not.toContain(TOKEN);
    expect(client.requests).toBe(3);
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
  }, 30_000);

  it('refuses to start without a token', () => {
    expect(() => new GitHubClient({ apiUrl: 'http://127.0.0.1:1', token: '' })).toThrow(/set GITHUB_TOKEN/);
  });

  it('says in one sentence that nothing answered', async () => {
    const client = new GitHubClient({
      apiUrl: 'http://127.0.0.1:1',
      token: TOKEN,
      msPerSecond: 1,
      attempts: 2,
    });
    await expect(client.defaultBranch('org/app')).rejects.toThrow(/^could not read org\/app: /);
  });

  it('waits out a secondary limit for as long as retry-after says, then succeeds', async () => {
    const { fake, client, lines } = await setup({
      secondary: { 1: { status: 429, retryAfter: 7 }, 2: { status: 403, retryAfter: 3 } },
    });
    await client.dispatchWorkflow('org/app', 'image.yml', 'main', {});
    expect(waits(lines)).toEqual([7, 3]);
    expect(lines[0]).toBe(
      'POST /repos/org/app/actions/workflows/image.yml/dispatches: secondary rate limit; waiting 7 s',
    );
    expect(fake.log).toEqual([
      'POST /repos/org/app/actions/workflows/image.yml/dispatches → 429',
      'POST /repos/org/app/actions/workflows/image.yml/dispatches → 403',
      'POST /repos/org/app/actions/workflows/image.yml/dispatches → 204',
    ]);
    expect(fake.dispatches).toHaveLength(1);
  }, 30_000);

  it('a secondary limit without retry-after waits a minute, as GitHub asks', async () => {
    const { client, lines } = await setup({ secondary: { 1: { status: 403 }, 2: { status: 403 } } });
    await client.dispatchRepository('org/app', 'osimg-rebuild', {});
    expect(waits(lines)).toEqual([60, 60]);
  }, 30_000);

  it('gives up on secondary limits after the attempts, with the time to resume', async () => {
    const { fake, client } = await setup(
      {
        secondary: {
          1: { status: 429, retryAfter: 5 },
          2: { status: 429, retryAfter: 5 },
          3: { status: 429, retryAfter: 5 },
        },
      },
      { attempts: 3 },
    );
    const error = await client.dispatchRepository('org/app', 'osimg-rebuild', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as Error).message).toMatch(
      /^could not send osimg-rebuild to org\/app: a secondary rate limit \(HTTP 429\) and outlasts the wait budget; resume after 20\d\d-/,
    );
    expect(fake.log).toHaveLength(3);
    expect(fake.dispatches).toHaveLength(0);
  }, 30_000);

  it('retries a server error (plugin-retry) and counts every attempt', async () => {
    const { fake, client } = await setup({ serverErrors: { 1: 502 } });
    expect(await client.defaultBranch('org/app')).toBe('main');
    expect(fake.log).toEqual(['GET /repos/org/app → 502', 'GET /repos/org/app → 200']);
    expect(client.requests).toBe(2);
  });

  it('answers a spent budget (403, remaining 0) by waiting for the reset', async () => {
    // A one-second window: the plugin waits from now to x-ratelimit-reset plus a second, for real.
    const { fake, client, lines } = await setup({ limit: 2, windowMs: 1000 }, { msPerSecond: 1000 });
    await client.defaultBranch('org/app');
    await client.defaultBranch('org/app');
    await client.dispatchWorkflow('org/app', 'image.yml', 'main', {});
    expect(fake.log.at(-2)).toMatch(/dispatches → 403$/);
    expect(fake.log.at(-1)).toMatch(/dispatches → 204$/);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/the API rate limit is spent; waiting [1-3] s$/);
    expect(fake.dispatches).toHaveLength(1);
  }, 30_000);

  it('gives up with RateLimitedError when the reset is beyond the wait budget', async () => {
    const { fake, client } = await setup({ limit: 1, windowMs: 3_600_000 }, { maxWaitMs: 60_000 });
    await client.defaultBranch('org/app');
    const error = await client.dispatchRepository('org/app', 'osimg-rebuild', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as Error).message).toMatch(
      /the API rate limit is spent \(HTTP 403\) and outlasts the wait budget; resume after 20\d\d-/,
    );
    expect((error as RateLimitedError).resumeAt - Date.now()).toBeGreaterThan(3_500_000);
    expect(fake.dispatches).toHaveLength(0);
  });
});
