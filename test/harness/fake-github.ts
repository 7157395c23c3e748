/**
 * A FAKE GitHub REST API on 127.0.0.1 (the real one cannot be reached from here) for the rebuild tests.
 * Stateful and faithful to what osimg relies on: it takes the token as `Authorization: Bearer …` or
 * `token …`, as GitHub does; it records every accepted dispatch; answers 204 for
 * workflow_dispatch and repository_dispatch, 401 for a wrong token, 403 for a repository the token may not
 * write, 404 for unknown repositories or workflows, 422 for a workflow without `workflow_dispatch`, an
 * unknown ref or undeclared inputs; and it enforces rate limits the way GitHub documents them: a primary
 * budget (`x-ratelimit-limit/remaining/reset` on every answer, 403 with remaining 0 when spent) and
 * secondary limits (429 or 403 with `retry-after`) on the POSTs a test schedules; 5xx answers too.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeWorkflow {
  /** Has `on: workflow_dispatch`. */
  dispatchable: boolean;
  inputs?: string[];
}

export interface FakeRepository {
  defaultBranch: string;
  branches: string[];
  workflows: Record<string, FakeWorkflow>;
  /** The token may write here (actions: write / contents: write). */
  writable: boolean;
}

export interface RecordedDispatch {
  kind: 'workflow_dispatch' | 'repository_dispatch';
  repository: string;
  workflow?: string;
  ref?: string;
  inputs?: Record<string, string>;
  eventType?: string;
  payload?: Record<string, unknown>;
  at: number;
}

export interface FakeGitHubOptions {
  token: string;
  repositories: Record<string, FakeRepository>;
  /** Primary budget per window (default 5000) and window length in ms (default 1 hour). */
  limit?: number;
  windowMs?: number;
  /** Secondary limits: for the Nth POST (1-based), answer this status with retry-after seconds instead. */
  secondary?: Record<number, { status: 403 | 429; retryAfter?: number }>;
  /** Server errors: the Nth request (1-based, any method) is answered with this 5xx status. */
  serverErrors?: Record<number, 500 | 502 | 503>;
  now?: () => number;
}

export interface FakeGitHub {
  url: string;
  dispatches: RecordedDispatch[];
  /** Every request as `METHOD path → status`. */
  log: string[];
  /** What the Authorization headers carried (to prove the token travels in a header). */
  authorizations: Set<string>;
  stop(): Promise<void>;
}

export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  const now = options.now ?? Date.now;
  const limit = options.limit ?? 5000;
  const windowMs = options.windowMs ?? 3_600_000;
  let windowStart = now();
  let used = 0;
  let posts = 0;
  let requests = 0;
  const dispatches: RecordedDispatch[] = [];
  const log: string[] = [];
  const authorizations = new Set<string>();

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://fake').pathname;
      const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
        log.push(`${req.method} ${path} → ${status}`);
        const text = body === undefined ? '' : JSON.stringify(body);
        res.writeHead(status, {
          ...rateHeaders(),
          ...headers,
          ...(text ? { 'content-type': 'application/json' } : {}),
        });
        res.end(text);
      };
      if (now() - windowStart >= windowMs) {
        windowStart = now();
        used = 0;
      }
      const rateHeaders = () => ({
        'x-ratelimit-limit': String(limit),
        'x-ratelimit-remaining': String(Math.max(0, limit - used)),
        'x-ratelimit-reset': String(Math.ceil((windowStart + windowMs) / 1000)),
        'x-ratelimit-used': String(used),
      });
      const serverError = options.serverErrors?.[++requests];
      if (serverError) return send(serverError, { message: 'Server Error' });
      const auth = req.headers.authorization ?? '';
      authorizations.add(auth);
      // GitHub takes the token under either scheme (Octokit sends `token`).
      if (auth !== `Bearer ${options.token}` && auth !== `token ${options.token}`)
        return send(401, { message: 'Bad credentials' });
      if (used >= limit) return send(403, { message: 'API rate limit exceeded for installation.' });
      used++;
      if (req.method === 'POST') {
        posts++;
        const secondary = options.secondary?.[posts];
        if (secondary) {
          return send(
            secondary.status,
            {
              message:
                'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
            },
            secondary.retryAfter === undefined ? {} : { 'retry-after': String(secondary.retryAfter) },
          );
        }
      }
      let body: Record<string, unknown> = {};
      try {
        body = chunks.length
          ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>)
          : {};
      } catch {
        return send(400, { message: 'Problems parsing JSON' });
      }

      let match = /^\/repos\/([^/]+\/[^/]+)$/.exec(path);
      if (match && req.method === 'GET') {
        const repo = options.repositories[match[1]!];
        return repo
          ? send(200, { full_name: match[1], default_branch: repo.defaultBranch })
          : send(404, { message: 'Not Found' });
      }
      match = /^\/repos\/([^/]+\/[^/]+)\/actions\/workflows\/([^/]+)\/dispatches$/.exec(path);
      if (match && req.method === 'POST') {
        const repo = options.repositories[match[1]!];
        const workflow = repo?.workflows[decodeURIComponent(match[2]!)];
        if (!repo || !workflow) return send(404, { message: 'Not Found' });
        if (!repo.writable) return send(403, { message: 'Resource not accessible by integration' });
        if (!workflow.dispatchable)
          return send(422, { message: "Workflow does not have 'workflow_dispatch' trigger" });
        const ref = String(body.ref ?? '');
        if (!repo.branches.includes(ref)) return send(422, { message: `No ref found for: ${ref}` });
        const inputs = (body.inputs ?? {}) as Record<string, string>;
        const unexpected = Object.keys(inputs).filter((key) => !(workflow.inputs ?? []).includes(key));
        if (unexpected.length)
          return send(422, { message: `Unexpected inputs provided: ${JSON.stringify(unexpected)}` });
        dispatches.push({
          kind: 'workflow_dispatch',
          repository: match[1]!,
          workflow: decodeURIComponent(match[2]!),
          ref,
          inputs,
          at: now(),
        });
        return send(204);
      }
      match = /^\/repos\/([^/]+\/[^/]+)\/dispatches$/.exec(path);
      if (match && req.method === 'POST') {
        const repo = options.repositories[match[1]!];
        if (!repo) return send(404, { message: 'Not Found' });
        if (!repo.writable) return send(403, { message: 'Resource not accessible by integration' });
        const payload = (body.client_payload ?? {}) as Record<string, unknown>;
        if (typeof body.event_type !== 'string' || !body.event_type)
          return send(422, { message: 'Invalid request. "event_type" wasn\'t supplied.' });
        if (Object.keys(payload).length > 10)
          return send(422, { message: 'No more than 10 properties are allowed; 11 were supplied.' });
        dispatches.push({
          kind: 'repository_dispatch',
          repository: match[1]!,
          eventType: body.event_type,
          payload,
          at: now(),
        });
        return send(204);
      }
      send(404, { message: 'Not Found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    dispatches,
    log,
    authorizations,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
