/**
 * The few GitHub REST calls a rebuild needs (start a workflow, send a repository event, read a default
 * branch), over node:http(s), with GitHub's rate limits honoured: a primary limit (`x-ratelimit-remaining: 0`
 * until `x-ratelimit-reset`) pauses every request until the reset, a secondary limit waits `retry-after`
 * seconds (or a minute, doubling), 5xx answers are retried with backoff. The token goes in a header only.
 */
import http from 'node:http';
import https from 'node:https';
import { ConfigurationError, OsimgError } from '../errors.js';
import { backoffDelay, sleep as defaultSleep } from '../oci/retry.js';

export interface GitHubResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface GitHubRequest {
  method: 'GET' | 'POST';
  url: URL;
  headers: Record<string, string>;
  body?: string;
}

export interface GitHubClientOptions {
  /** `https://api.github.com`, or GHES's `https://HOST/api/v3` (GITHUB_API_URL on runners). */
  apiUrl: string;
  token: string;
  /** Longest total wait for rate limits before giving up (default 15 minutes). */
  maxWaitMs?: number;
  /** Attempts per request for 5xx, dropped connections and secondary limits (default 5). */
  attempts?: number;
  log?: (line: string) => void;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  send?: (request: GitHubRequest) => Promise<GitHubResponse>;
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

export class GitHubClient {
  private readonly options: GitHubClientOptions;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;
  private readonly send: (request: GitHubRequest) => Promise<GitHubResponse>;
  /** No request starts before this time (a primary limit was reached; shared by concurrent requests). */
  private pausedUntil = 0;
  private waitedMs = 0;
  /** Requests sent, including retries (for the report). */
  requests = 0;

  constructor(options: GitHubClientOptions) {
    if (!options.token)
      throw new ConfigurationError(
        'no GitHub token: set GITHUB_TOKEN (or OSIMG_GITHUB_TOKEN) to a token that may start the target workflows (actions: write, or contents: write for repository_dispatch)',
      );
    this.options = options;
    this.sleep = options.sleep ?? defaultSleep;
    this.now = options.now ?? Date.now;
    this.send = options.send ?? sendHttp;
  }

  /** Starts `workflow` on `ref` (POST …/actions/workflows/{workflow}/dispatches; 204 on success). */
  async dispatchWorkflow(
    repository: string,
    workflow: string,
    ref: string,
    inputs: Record<string, string>,
  ): Promise<void> {
    const id = encodeURIComponent(workflow.replace(/^\.github\/workflows\//, ''));
    await this.call(
      'POST',
      `/repos/${repository}/actions/workflows/${id}/dispatches`,
      { ref, inputs },
      [204],
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
    await this.call(
      'POST',
      `/repos/${repository}/dispatches`,
      { event_type: eventType, client_payload: payload },
      [204],
      {
        what: `send ${eventType} to ${repository}`,
        forbidden: `the token may not send events to ${repository}: it needs "contents: write" there`,
        notFound: `${repository} does not exist, or the token cannot see it`,
        invalid: `GitHub refused the ${eventType} event for ${repository} (client_payload has at most 10 top-level keys)`,
      },
    );
  }

  async defaultBranch(repository: string): Promise<string> {
    const body = await this.call('GET', `/repos/${repository}`, undefined, [200], {
      what: `read ${repository}`,
      forbidden: `the token may not read ${repository}`,
      notFound: `${repository} does not exist, or the token cannot see it`,
      invalid: `GitHub refused to describe ${repository}`,
    });
    const branch = (JSON.parse(body) as { default_branch?: string }).default_branch;
    if (!branch) throw new OsimgError(`GitHub named no default branch for ${repository}`);
    return branch;
  }

  private async call(
    method: GitHubRequest['method'],
    path: string,
    body: unknown,
    ok: number[],
    messages: { what: string; forbidden: string; notFound: string; invalid: string },
  ): Promise<string> {
    const attempts = this.options.attempts ?? 5;
    const url = new URL(`${this.options.apiUrl.replace(/\/$/, '')}${path}`);
    for (let attempt = 1; ; attempt++) {
      await this.waitForPause(messages.what);
      this.requests++;
      let response: GitHubResponse;
      try {
        response = await this.send({
          method,
          url,
          headers: {
            accept: 'application/vnd.github+json',
            authorization: `Bearer ${this.options.token}`,
            'x-github-api-version': '2022-11-28',
            'user-agent': 'osimg-rebuild',
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
      } catch (error) {
        if (attempt >= attempts)
          throw new OsimgError(`could not ${messages.what}: ${(error as Error).message}`, { cause: error });
        await this.pause(backoffDelay(attempt - 1, RETRY), `${messages.what}: ${(error as Error).message}`);
        continue;
      }
      this.notePrimaryLimit(response);
      if (ok.includes(response.status)) return response.body;

      const limit = this.rateLimitWait(response, attempt);
      if (limit !== undefined) {
        if (attempt >= attempts + 2) throw this.deferred(messages.what, this.now() + limit);
        if (limit > 0) await this.pause(limit, `${messages.what}: rate limited (HTTP ${response.status})`);
        continue;
      }
      if (response.status >= 500 && attempt < attempts) {
        await this.pause(backoffDelay(attempt - 1, RETRY), `${messages.what}: HTTP ${response.status}`);
        continue;
      }
      const detail = apiMessage(response.body);
      const suffix = detail ? ` (GitHub says: ${detail})` : '';
      if (response.status === 401)
        throw new GitHubApiError(
          `GitHub rejected the token (HTTP 401): it is expired or invalid${suffix}`,
          401,
        );
      if (response.status === 403) throw new GitHubApiError(`${messages.forbidden} (HTTP 403)${suffix}`, 403);
      if (response.status === 404) throw new GitHubApiError(`${messages.notFound} (HTTP 404)${suffix}`, 404);
      if (response.status === 422) throw new GitHubApiError(`${messages.invalid} (HTTP 422)${suffix}`, 422);
      throw new GitHubApiError(
        `could not ${messages.what}: HTTP ${response.status}${suffix}`,
        response.status,
      );
    }
  }

  /** How long to wait before retrying a rate-limited answer, or undefined when it was not one. */
  private rateLimitWait(response: GitHubResponse, attempt: number): number | undefined {
    if (response.status !== 403 && response.status !== 429) return undefined;
    const retryAfter = headerValue(response, 'retry-after');
    if (retryAfter && /^\d+$/.test(retryAfter)) return Number(retryAfter) * 1000;
    if (headerValue(response, 'x-ratelimit-remaining') === '0') {
      // notePrimaryLimit has paused every request until the reset; without a reset time, wait a minute.
      return Number.isFinite(Number(headerValue(response, 'x-ratelimit-reset'))) ? 0 : 60_000;
    }
    // A secondary limit without headers says so in the message; GitHub asks for at least a minute.
    if (response.status === 429 || /secondary rate limit|abuse/i.test(response.body))
      return 60_000 * 2 ** (attempt - 1);
    return undefined;
  }

  /** Remember a spent primary limit: no request (from any worker) starts before the reset. */
  private notePrimaryLimit(response: GitHubResponse): void {
    if (headerValue(response, 'x-ratelimit-remaining') !== '0') return;
    const reset = Number(headerValue(response, 'x-ratelimit-reset'));
    if (Number.isFinite(reset)) this.pausedUntil = Math.max(this.pausedUntil, reset * 1000 + 1000);
  }

  private async waitForPause(what: string): Promise<void> {
    const wait = this.pausedUntil - this.now();
    if (wait > 0) await this.pause(wait, `${what}: the API rate limit is spent`);
  }

  private async pause(ms: number, why: string): Promise<void> {
    const budget = this.options.maxWaitMs ?? 15 * 60_000;
    if (this.waitedMs + ms > budget) throw this.deferred(why, this.now() + ms);
    this.waitedMs += ms;
    this.options.log?.(`${why}; waiting ${(ms / 1000).toFixed(0)} s`);
    await this.sleep(ms);
  }

  private deferred(why: string, resumeAt: number): RateLimitedError {
    return new RateLimitedError(
      `${why}: rate limits outlast the wait budget; resume after ${new Date(resumeAt).toISOString()}`,
      resumeAt,
    );
  }
}

const RETRY = { attempts: 5, baseDelayMs: 1000, maxDelayMs: 30_000, maxRetryAfterMs: 60_000 };

function headerValue(response: GitHubResponse, name: string): string | undefined {
  const value = response.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function apiMessage(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { message?: string };
    return typeof parsed.message === 'string' ? parsed.message.slice(0, 300) : undefined;
  } catch {
    return undefined;
  }
}

function sendHttp(request: GitHubRequest): Promise<GitHubResponse> {
  const transport = request.url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = transport.request(
      request.url,
      { method: request.method, headers: request.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.setTimeout(60_000, () => req.destroy(new Error(`no answer from ${request.url.host} in 60 s`)));
    req.on('error', reject);
    req.end(request.body);
  });
}
