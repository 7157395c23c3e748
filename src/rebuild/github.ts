/**
 * The few GitHub REST calls a rebuild needs (start a workflow, send a repository event, read a default
 * branch), through @actions/github's Octokit. Rate limits are Octokit's plugins' job: plugin-throttling
 * queues writes one at a time a second apart and, on a primary limit (403/429 with
 * `x-ratelimit-remaining: 0`) or a secondary one (`retry-after`, else a minute), asks the handlers below
 * whether to wait; plugin-retry retries 5xx answers and dropped connections with backoff. The waits are
 * bounded (attempts and a total budget); past them the call fails with RateLimitedError, which the
 * dispatcher turns into "deferred to a later run". The token goes in the Authorization header only.
 */
import { getOctokit } from '@actions/github';
import { defaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { ConfigurationError, OsimgError } from '../errors.js';

export interface GitHubClientOptions {
  /** `https://api.github.com`, or GHES's `https://HOST/api/v3` (GITHUB_API_URL on runners). */
  apiUrl: string;
  token: string;
  /** Longest total wait for rate limits before giving up (default 15 minutes). */
  maxWaitMs?: number;
  /** Attempts per request for 5xx, dropped connections and rate limits (default 5). */
  attempts?: number;
  log?: (line: string) => void;
  /**
   * Milliseconds per second of `retry-after`/backoff (default 1000). Tests shrink it so a 60 s secondary
   * limit is honoured in 60 ms; the plugins' own option (`retryAfterBaseValue`).
   */
  msPerSecond?: number;
}

/** A request GitHub refused for a reason the user must fix (permissions, unknown workflow, bad inputs). */
export class GitHubApiError extends OsimgError {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message, { code: status === 401 || status === 403 ? 'AUTH' : 'REGISTRY' });
  }
}

/** Rate limits outlasted the wait budget: the rest of the work is deferred to a later run. */
export class RateLimitedError extends OsimgError {
  constructor(
    message: string,
    readonly resumeAt: number,
  ) {
    super(message, { code: 'REGISTRY' });
  }
}

interface Messages {
  what: string;
  forbidden: string;
  notFound: string;
  invalid: string;
}

/** What Octokit's RequestError carries that the messages need (typed here, not imported deep). */
interface RequestFailure {
  status: number;
  message: string;
  response?: { headers: Record<string, string | number | undefined>; data?: unknown };
}

type Octokit = ReturnType<typeof getOctokit>;

const fetchWithProxy = (defaults.request as { fetch: typeof fetch }).fetch;

export class GitHubClient {
  private readonly octokit: Octokit;
  private waitedMs = 0;
  /** Requests sent, including retries (for the report). */
  requests = 0;

  constructor(options: GitHubClientOptions) {
    if (!options.token)
      throw new ConfigurationError(
        'no GitHub token: set GITHUB_TOKEN (or OSIMG_GITHUB_TOKEN) to a token that may start the target workflows (actions: write, or contents: write for repository_dispatch)',
      );
    const attempts = options.attempts ?? 5;
    const budget = options.maxWaitMs ?? 15 * 60_000;
    const msPerSecond = options.msPerSecond ?? 1000;
    // Both limits go through one bounded decision: wait while attempts and the budget allow.
    const decide =
      (kind: string) =>
      (
        retryAfter: number,
        request: { method: string; url: string },
        octokit: { request: { endpoint: (route: object) => { url: string } } },
        retryCount: number,
      ) => {
        const ms = retryAfter * 1000;
        if (retryCount + 1 >= attempts || this.waitedMs + ms > budget) return false;
        this.waitedMs += ms;
        // The request's path with its parameters filled in (request.url is the route template).
        const path = new URL(octokit.request.endpoint(request).url).pathname;
        options.log?.(`${request.method} ${path}: ${kind}; waiting ${retryAfter} s`);
        return true;
      };
    this.octokit = getOctokit(
      options.token,
      {
        baseUrl: options.apiUrl.replace(/\/$/, ''),
        userAgent: 'osimg-rebuild',
        throttle: {
          onRateLimit: decide('the API rate limit is spent'),
          onSecondaryRateLimit: decide('secondary rate limit'),
          retryAfterBaseValue: msPerSecond,
        },
        // 429 and 403 are the throttling plugin's; the retry plugin takes 5xx and dropped connections.
        retry: {
          retries: attempts - 1,
          doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
          retryAfterBaseValue: msPerSecond,
        },
        // Through the runner's proxy settings (@actions/github's fetch); every attempt counted, none
        // waiting for an answer longer than a minute.
        request: {
          fetch: (url: string, init: RequestInit) => {
            this.requests++;
            return fetchWithProxy(url, { ...init, signal: init.signal ?? AbortSignal.timeout(60_000) });
          },
        },
        log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
      },
      throttling,
      retry,
    );
  }

  /** Starts `workflow` on `ref` (POST …/actions/workflows/{workflow}/dispatches; 204 on success). */
  async dispatchWorkflow(
    repository: string,
    workflow: string,
    ref: string,
    inputs: Record<string, string>,
  ): Promise<void> {
    const [owner, repo] = split(repository);
    await this.call(
      () =>
        this.octokit.rest.actions.createWorkflowDispatch({
          owner,
          repo,
          workflow_id: workflow.replace(/^\.github\/workflows\//, ''),
          ref,
          inputs,
        }),
      {
        what: `start ${workflow} on ${ref} in ${repository}`,
        forbidden: `the token may not start workflows in ${repository}: it needs "actions: write" there (a GitHub App token or fine-grained PAT; a job's own GITHUB_TOKEN reaches only its own repository)`,
        notFound: `${repository} or its workflow ${workflow} does not exist, or the token cannot see it`,
        invalid: `GitHub refused to start ${workflow} on ${ref} in ${repository}: the workflow needs an "on: workflow_dispatch" trigger, the ref must exist, and every input sent must be declared`,
      },
    );
  }

  /** Sends a repository_dispatch event (POST /repos/{repo}/dispatches; 204 on success). */
  async dispatchRepository(
    repository: string,
    eventType: string,
    payload: Record<string, unknown>,
  ): Promise<void> {
    const [owner, repo] = split(repository);
    await this.call(
      () =>
        this.octokit.rest.repos.createDispatchEvent({
          owner,
          repo,
          event_type: eventType,
          client_payload: payload,
        }),
      {
        what: `send ${eventType} to ${repository}`,
        forbidden: `the token may not send events to ${repository}: it needs "contents: write" there`,
        notFound: `${repository} does not exist, or the token cannot see it`,
        invalid: `GitHub refused the ${eventType} event for ${repository} (client_payload has at most 10 top-level keys)`,
      },
    );
  }

  async defaultBranch(repository: string): Promise<string> {
    const [owner, repo] = split(repository);
    const { data } = await this.call(() => this.octokit.rest.repos.get({ owner, repo }), {
      what: `read ${repository}`,
      forbidden: `the token may not read ${repository}`,
      notFound: `${repository} does not exist, or the token cannot see it`,
      invalid: `GitHub refused to describe ${repository}`,
    });
    const branch = (data as { default_branch?: string }).default_branch;
    if (!branch) throw new OsimgError(`GitHub named no default branch for ${repository}`);
    return branch;
  }

  private async call<T>(send: () => Promise<T>, messages: Messages): Promise<T> {
    try {
      return await send();
    } catch (error) {
      throw describeFailure(error, messages);
    }
  }
}

/** One sentence for what went wrong: a rate limit past the budget, a refusal, or no answer at all. */
function describeFailure(error: unknown, messages: Messages): OsimgError {
  const failure = error as Partial<RequestFailure>;
  if (typeof failure.status !== 'number' || !failure.response)
    return new OsimgError(`could not ${messages.what}: ${(error as Error).message}`, { cause: error });
  const status = failure.status;
  const headers = failure.response.headers;
  const detail = apiMessage(failure.response.data) ?? '';
  const suffix = detail ? ` (GitHub says: ${detail})` : '';
  const limit = rateLimit(status, headers, detail);
  if (limit)
    return new RateLimitedError(
      `could not ${messages.what}: ${limit.why} (HTTP ${status}) and outlasts the wait budget; resume after ${new Date(limit.resumeAt).toISOString()}`,
      limit.resumeAt,
    );
  if (status === 401)
    return new GitHubApiError(`GitHub rejected the token (HTTP 401): it is expired or invalid${suffix}`, 401);
  if (status === 403) return new GitHubApiError(`${messages.forbidden} (HTTP 403)${suffix}`, 403);
  if (status === 404) return new GitHubApiError(`${messages.notFound} (HTTP 404)${suffix}`, 404);
  if (status === 422) return new GitHubApiError(`${messages.invalid} (HTTP 422)${suffix}`, 422);
  return new GitHubApiError(`could not ${messages.what}: HTTP ${status}${suffix}`, status);
}

/** When a 403/429 was a rate limit the plugins gave up on: which one, and when it lifts. */
function rateLimit(
  status: number,
  headers: Record<string, string | number | undefined>,
  detail: string,
): { why: string; resumeAt: number } | undefined {
  if (status !== 403 && status !== 429) return undefined;
  if (String(headers['x-ratelimit-remaining']) === '0') {
    const reset = Number(headers['x-ratelimit-reset']);
    const resumeAt = Number.isFinite(reset) ? reset * 1000 + 1000 : Date.now() + 60_000;
    return { why: 'the API rate limit is spent', resumeAt };
  }
  const retryAfter = Number(headers['retry-after']);
  if (status === 429 || /secondary rate limit|abuse/i.test(detail) || retryAfter > 0)
    return {
      why: 'a secondary rate limit',
      resumeAt: Date.now() + (retryAfter > 0 ? retryAfter : 60) * 1000,
    };
  return undefined;
}

function split(repository: string): [string, string] {
  const [owner = '', repo = ''] = repository.split('/');
  return [owner, repo];
}

function apiMessage(data: unknown): string | undefined {
  const message = (data as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message.slice(0, 300) : undefined;
}
