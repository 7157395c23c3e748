/**
 * The OIDC identity token keyless signing trades for a Fulcio certificate: in GitHub Actions, asked from the
 * runner's token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL with the bearer ACTIONS_ID_TOKEN_REQUEST_TOKEN, which
 * exist only when the job has `permissions: id-token: write`); elsewhere a token given as SIGSTORE_ID_TOKEN,
 * as cosign reads it. The front door passes the environment in; the token is never logged.
 */
import { ConfigurationError, OsimgError } from '../errors.js';

export const SIGSTORE_AUDIENCE = 'sigstore';

export type TokenSource = () => Promise<string>;

export interface TokenEnvironment {
  ACTIONS_ID_TOKEN_REQUEST_URL?: string;
  ACTIONS_ID_TOKEN_REQUEST_TOKEN?: string;
  SIGSTORE_ID_TOKEN?: string;
}

export const MISSING_ID_TOKEN =
  'keyless signing needs an OIDC identity token, and this job has none: add `permissions: id-token: write` to the job (GitHub then sets ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN), set SIGSTORE_ID_TOKEN outside GitHub Actions, or sign with a key';

/** Where the token comes from; throws at once (before anything is signed or written) when nowhere. */
export function tokenSource(env: TokenEnvironment, fetchImpl: typeof fetch = fetch): TokenSource {
  const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (url && bearer) return () => githubToken(url, bearer, fetchImpl);
  const fixed = env.SIGSTORE_ID_TOKEN;
  if (fixed) return () => Promise.resolve(fixed);
  throw new ConfigurationError(MISSING_ID_TOKEN);
}

async function githubToken(requestUrl: string, bearer: string, fetchImpl: typeof fetch): Promise<string> {
  const url = new URL(requestUrl);
  url.searchParams.set('audience', SIGSTORE_AUDIENCE);
  let response: Response;
  try {
    response = await fetchImpl(url, {
      headers: { Accept: 'application/json', Authorization: `Bearer ${bearer}` },
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    throw new OsimgError(
      `cannot reach the GitHub OIDC token endpoint ${url.origin}: ${(error as Error).message}`,
      {
        code: 'AUTH',
        cause: error,
      },
    );
  }
  if (!response.ok) {
    throw new OsimgError(
      `the GitHub OIDC token endpoint refused a token (HTTP ${response.status}): check that the job has \`permissions: id-token: write\``,
      { code: 'AUTH' },
    );
  }
  const body = (await response.json().catch(() => undefined)) as { value?: unknown } | undefined;
  if (typeof body?.value !== 'string' || body.value.split('.').length !== 3) {
    throw new OsimgError('the GitHub OIDC token endpoint answered without a token (no JWT in "value")', {
      code: 'AUTH',
    });
  }
  return body.value;
}

/** The claims of a JWT, unverified (Fulcio verifies the token; we only read which subject to prove). */
export function jwtClaims(token: string): Record<string, unknown> {
  const part = token.split('.')[1];
  try {
    return JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    throw new OsimgError('the OIDC identity token is not a JWT', { code: 'AUTH' });
  }
}
