/**
 * FAKE GitHub Actions OIDC token endpoint (the real one exists only inside a GitHub-hosted job): what a
 * runner exposes as ACTIONS_ID_TOKEN_REQUEST_URL, answering `GET ?audience=...` with `{"value": JWT}` for
 * the bearer ACTIONS_ID_TOKEN_REQUEST_TOKEN, and 401 for anything else. Tokens are ES256 JWTs with
 * GitHub's claims for the workflow currently set (so tests can sign as another workflow or issuer), and
 * the fake verifies its own tokens (signature, audience, expiry) for the test Fulcio, as real Fulcio
 * verifies GitHub's against its JWKS. Stateful: it counts the tokens it issued.
 */
import { createSign, createVerify, generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

export interface FakeWorkflow {
  repository: string;
  /** Path of the workflow file in the repository. */
  workflow: string;
  ref: string;
  sha: string;
  issuer: string;
}

export interface FakeGithubOidc {
  /** The environment a job with `permissions: id-token: write` gets. */
  env: { ACTIONS_ID_TOKEN_REQUEST_URL: string; ACTIONS_ID_TOKEN_REQUEST_TOKEN: string };
  /** Who the next tokens are for; change it to sign as another workflow or issuer. */
  workflow: FakeWorkflow;
  issued: number;
  /** The claims of a token this fake issued, after checking its signature, audience and expiry. */
  verify(token: string, audience: string): Record<string, unknown>;
  stop(): Promise<void>;
}

export const DEFAULT_WORKFLOW: FakeWorkflow = {
  repository: 'example-org/os',
  workflow: '.github/workflows/release.yml',
  ref: 'refs/heads/main',
  sha: 'e'.repeat(40),
  issuer: GITHUB_ISSUER,
};

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export async function startFakeGithubOidc(): Promise<FakeGithubOidc> {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const requestToken = randomBytes(24).toString('hex');
  const kid = randomUUID();

  const state = {
    workflow: { ...DEFAULT_WORKFLOW },
    issued: 0,
  };

  function issue(audience: string): string {
    const { repository, workflow, ref, sha, issuer } = state.workflow;
    const now = Math.floor(Date.now() / 1000);
    const [owner] = repository.split('/');
    const claims = {
      jti: randomUUID(),
      sub: `repo:${repository}:ref:${ref}`,
      aud: audience,
      ref,
      sha,
      repository,
      repository_owner: owner,
      repository_id: '123456',
      repository_owner_id: '654321',
      repository_visibility: 'private',
      run_id: '42',
      run_number: '7',
      run_attempt: '1',
      runner_environment: 'github-hosted',
      actor: 'octocat',
      workflow: 'release',
      event_name: 'push',
      ref_type: 'branch',
      workflow_ref: `${repository}/${workflow}@${ref}`,
      workflow_sha: sha,
      job_workflow_ref: `${repository}/${workflow}@${ref}`,
      job_workflow_sha: sha,
      iss: issuer,
      nbf: now - 5,
      iat: now,
      exp: now + 300,
    };
    const header = b64url({ alg: 'ES256', typ: 'JWT', kid });
    const body = b64url(claims);
    const signature = createSign('sha256')
      .update(`${header}.${body}`)
      .sign({ key: privateKey, dsaEncoding: 'ieee-p1363' })
      .toString('base64url');
    state.issued += 1;
    return `${header}.${body}.${signature}`;
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    if (req.method !== 'GET' || url.pathname !== '/token') {
      res.writeHead(404).end();
      return;
    }
    if (req.headers.authorization !== `Bearer ${requestToken}`) {
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"message":"Bad credentials"}');
      return;
    }
    const audience = url.searchParams.get('audience') ?? `https://github.com/${state.workflow.repository}`;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ count: 1, value: issue(audience) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    env: {
      // GitHub's URL carries its own query (api-version); clients append the audience.
      ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${port}/token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken,
    },
    get workflow() {
      return state.workflow;
    },
    set workflow(value: FakeWorkflow) {
      state.workflow = value;
    },
    get issued() {
      return state.issued;
    },
    verify(token, audience) {
      const [header, body, signature] = token.split('.');
      if (!header || !body || !signature) throw new Error('not a JWT');
      const valid = createVerify('sha256')
        .update(`${header}.${body}`)
        .verify({ key: publicKey, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'));
      if (!valid) throw new Error('the token signature does not verify');
      const claims = JSON.parse(Buffer.from(body, 'base64url').toString()) as Record<string, unknown>;
      if (claims.aud !== audience) throw new Error(`the token is for audience ${String(claims.aud)}`);
      if (typeof claims.exp !== 'number' || claims.exp < Date.now() / 1000)
        throw new Error('the token expired');
      return claims;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
