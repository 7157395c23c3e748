/**
 * A client for the OCI distribution API: blobs, manifests and tags, with Basic and Bearer auth, and every
 * operation retried as a whole on transient failures (408, 429, 5xx, dropped connections). Fatal answers
 * (401, 403, 404, other 4xx) become one clear error at once.
 */
import { createHash } from 'node:crypto';
import { Readable, pipeline } from 'node:stream';
import { OsimgError } from '../errors.js';
import { basicAuthorization, parseChallenge, type Challenge, type Credentials } from './auth.js';
import { digestVerifier } from './blob-stream.js';
import {
  header,
  httpOpen,
  httpRequest,
  readBody,
  type HttpRequest,
  type HttpResponse,
  type StreamingHttpResponse,
} from './http.js';
import { isLoopbackRegistry, registryEndpoint } from './reference.js';
import { DEFAULT_RETRY, TransientError, parseRetryAfter, withRetry, type RetryPolicy } from './retry.js';

export const MEDIA_TYPES = {
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
} as const;

const MANIFEST_ACCEPT = Object.values(MEDIA_TYPES).join(', ');

export interface RegistryClientOptions {
  /** Registry host[:port] as it appears in image references. */
  registry: string;
  credentials?: Credentials;
  /** Skip TLS verification; loopback registries always use plain HTTP. */
  insecure?: boolean;
  retry?: RetryPolicy;
  sleep?: (ms: number) => Promise<void>;
  /** Told about retries and other notable events. */
  log?: (message: string) => void;
  /** Test hook: the HTTP exchange (defaults to node:http(s)). */
  send?: (request: HttpRequest) => Promise<HttpResponse>;
  /** Test hook: the streamed exchange of openBlob (defaults to node:http(s), or to `send` when given). */
  open?: (request: HttpRequest) => Promise<StreamingHttpResponse>;
}

export interface Manifest {
  mediaType: string;
  digest: string;
  bytes: Buffer;
}

type Access = 'pull' | 'pull,push';

/** getBlob's limit: it holds what it reads (configs, signatures); layers are streamed with openBlob. */
const MAX_READ_BLOB = 32 * 1024 * 1024;

export function sha256Digest(data: Buffer | string): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

export class RegistryClient {
  readonly registry: string;
  private readonly base: string;
  private readonly options: RegistryClientOptions;
  private readonly send: (request: HttpRequest) => Promise<HttpResponse>;
  private readonly open: (request: HttpRequest) => Promise<StreamingHttpResponse>;
  private challenge?: Challenge;
  private readonly tokens = new Map<string, string>();

  constructor(options: RegistryClientOptions) {
    this.options = options;
    this.registry = options.registry;
    const scheme = isLoopbackRegistry(options.registry) ? 'http' : 'https';
    this.base = `${scheme}://${registryEndpoint(options.registry)}`;
    this.send = options.send ?? httpRequest;
    const send = options.send;
    this.open =
      options.open ??
      (send
        ? async (request) => {
            const response = await send(request);
            return { ...response, body: Readable.from([response.body]) };
          }
        : httpOpen);
  }

  /** Whether a blob is already in the repository (so the upload can be skipped). */
  async blobExists(repository: string, digest: string): Promise<boolean> {
    return this.retrying(`check blob ${short(digest)}`, async () => {
      const response = await this.call(
        repository,
        'pull,push',
        'HEAD',
        `/v2/${repository}/blobs/${digest}`,
        {},
        [200, 404],
      );
      return response.status === 200;
    });
  }

  /** Uploads a blob in one PUT (POST for a session, then PUT with the digest). The registry checks the digest. */
  async pushBlob(repository: string, digest: string, size: number, open: () => Readable): Promise<void> {
    await this.retrying(`upload blob ${short(digest)}`, async () => {
      const started = await this.call(
        repository,
        'pull,push',
        'POST',
        `/v2/${repository}/blobs/uploads/`,
        {},
        [202],
      );
      const location = header(started, 'location');
      if (!location)
        throw new OsimgError(`registry ${this.registry} did not say where to upload (no Location header)`, {
          code: 'REGISTRY',
        });
      const url = new URL(location, this.base);
      url.searchParams.set('digest', digest);
      await this.call(
        repository,
        'pull,push',
        'PUT',
        url,
        {
          headers: { 'content-type': 'application/octet-stream', 'content-length': String(size) },
          body: open,
        },
        [201],
      );
    });
  }

  /**
   * Links a blob from another repository of the same registry without moving its bytes (cross-repository
   * mount). False when the registry would rather have it uploaded (no mount support, or no pull access).
   */
  async mountBlob(repository: string, digest: string, from: string): Promise<boolean> {
    return this.retrying(`mount blob ${short(digest)}`, async () => {
      const url = new URL(`/v2/${repository}/blobs/uploads/`, this.base);
      url.searchParams.set('mount', digest);
      url.searchParams.set('from', from);
      const response = await this.call(repository, 'pull,push', 'POST', url, {}, [201, 202]);
      return response.status === 201;
    });
  }

  /** Stores a manifest under a digest or a tag and checks the digest the registry computed. */
  async putManifest(
    repository: string,
    reference: string,
    manifest: { mediaType: string; bytes: Buffer },
  ): Promise<string> {
    const digest = sha256Digest(manifest.bytes);
    return this.retrying(`store manifest ${repository}:${short(reference)}`, async () => {
      const response = await this.call(
        repository,
        'pull,push',
        'PUT',
        `/v2/${repository}/manifests/${reference}`,
        { headers: { 'content-type': manifest.mediaType }, body: manifest.bytes },
        [201],
      );
      const stored = header(response, 'docker-content-digest');
      if (stored && stored !== digest) {
        throw new OsimgError(
          `registry ${this.registry} stored ${repository}:${reference} as ${stored}, expected ${digest}`,
          {
            code: 'DIGEST_MISMATCH',
          },
        );
      }
      return digest;
    });
  }

  /**
   * Stores a manifest that names a `subject` by its digest. Says whether the registry indexed the subject
   * itself (OCI 1.1: the `OCI-Subject` response header); if not, the caller maintains the referrers tag.
   */
  async putReferrer(
    repository: string,
    manifest: { mediaType: string; bytes: Buffer },
  ): Promise<{ digest: string; indexed: boolean }> {
    const digest = sha256Digest(manifest.bytes);
    return this.retrying(`store referrer ${short(digest)}`, async () => {
      const response = await this.call(
        repository,
        'pull,push',
        'PUT',
        `/v2/${repository}/manifests/${digest}`,
        { headers: { 'content-type': manifest.mediaType }, body: manifest.bytes },
        [201],
      );
      return { digest, indexed: header(response, 'oci-subject') !== undefined };
    });
  }

  /** The referrers index of a digest from the referrers API, or undefined when the registry has none. */
  async getReferrers(repository: string, digest: string): Promise<Buffer | undefined> {
    return this.retrying(`list referrers of ${short(digest)}`, async () => {
      const response = await this.call(
        repository,
        'pull',
        'GET',
        `/v2/${repository}/referrers/${digest}`,
        { headers: { accept: MEDIA_TYPES.ociIndex } },
        [200, 404],
      );
      // A 404 (or a non-index answer) means no referrers API: the tag schema is the fallback.
      const type = (header(response, 'content-type') ?? '').split(';')[0]!.trim();
      return response.status === 200 && type === MEDIA_TYPES.ociIndex ? response.body : undefined;
    });
  }

  /** Reads a small blob (signature payloads, configs) and checks it against its digest. */
  async getBlob(repository: string, digest: string): Promise<Buffer> {
    return this.retrying(`read blob ${short(digest)}`, async () => {
      const body = await this.blobBody(repository, digest);
      const bytes = await readBody(body, MAX_READ_BLOB, `GET blob ${short(digest)} at ${this.registry}`);
      if (sha256Digest(bytes) !== digest) {
        throw new OsimgError(`registry ${this.registry} returned blob ${digest} with other content`, {
          code: 'DIGEST_MISMATCH',
        });
      }
      return bytes;
    });
  }

  /**
   * Streams a blob (image layers, too large to hold). Retried as a whole only until the body starts;
   * after that a failure is the stream's error. The stream errors at its end unless the content is
   * `digest`, so read it to the end before trusting it.
   */
  async openBlob(repository: string, digest: string): Promise<Readable> {
    const verifier = digestVerifier(digest, this.registry);
    const body = await this.retrying(`read blob ${short(digest)}`, () => this.blobBody(repository, digest));
    // Either end failing ends both: a body error reaches the reader, a reader that gives up closes the body.
    pipeline(body, verifier, () => undefined);
    return verifier;
  }

  /**
   * One GET of a blob, its body not yet read. Blob storage behind a redirect (S3, a CDN) is followed
   * once, without our registry credentials.
   */
  private async blobBody(repository: string, digest: string): Promise<Readable> {
    const path = `/v2/${repository}/blobs/${digest}`;
    let response = await this.exchange(this.open, repository, 'pull', 'GET', path, {});
    const location = header(response, 'location');
    if ((response.status === 302 || response.status === 307) && location) {
      response.body.resume();
      const url = new URL(location, this.base);
      response = await this.open({
        method: 'GET',
        url,
        headers: { 'user-agent': 'osimg' },
        insecureTls: this.options.insecure,
      });
      if (response.status !== 200)
        throw await this.streamFailure(response, `GET ${url.host}${url.pathname}`, repository, 'pull');
    } else if (response.status !== 200) {
      throw await this.streamFailure(response, `GET ${path}`, repository, 'pull');
    }
    return response.body;
  }

  /** The failure of a streamed exchange, with the registry's error message from its (small) body. */
  private async streamFailure(
    response: StreamingHttpResponse,
    what: string,
    repository: string,
    access: Access,
  ): Promise<Error> {
    const body = await readBody(response.body, 64 * 1024, what).catch(() => Buffer.alloc(0));
    return this.failure({ ...response, body }, what, repository, access);
  }

  /** Every tag of a repository (tags/list, following the Link header of paginated answers). */
  async listTags(repository: string): Promise<string[]> {
    return this.paginated(`list tags of ${repository}`, repository, `/v2/${repository}/tags/list`, 'tags');
  }

  /**
   * Every repository the registry lists (/v2/_catalog). Registries that hide their catalog answer 401/404,
   * which fails here: name the repositories instead.
   */
  async listRepositories(): Promise<string[]> {
    return this.paginated('list repositories', 'catalog', '/v2/_catalog', 'repositories');
  }

  private async paginated(what: string, repository: string, path: string, key: string): Promise<string[]> {
    const found: string[] = [];
    let url: URL | undefined = new URL(path, this.base);
    url.searchParams.set('n', '1000');
    for (let page = 0; url && page < 1000; page++) {
      const current: URL = url;
      const response = await this.retrying(what, () =>
        this.call(repository, 'pull', 'GET', current, { headers: { accept: 'application/json' } }, [200]),
      );
      let names: unknown;
      try {
        names = (JSON.parse(response.body.toString('utf8')) as Record<string, unknown>)[key];
      } catch {
        throw new OsimgError(`registry ${this.registry} answered ${what} with something other than JSON`, {
          code: 'REGISTRY',
        });
      }
      if (Array.isArray(names))
        found.push(...names.filter((name): name is string => typeof name === 'string'));
      // RFC 5988 Link: <next>; rel="next" — distribution's pagination.
      const next = /<([^>]+)>\s*;\s*rel="?next"?/.exec(header(response, 'link') ?? '');
      url = next ? new URL(next[1]!, this.base) : undefined;
    }
    return found;
  }

  /** Reads a manifest by tag or digest; the digest returned is computed from the bytes received. */
  async getManifest(repository: string, reference: string): Promise<Manifest> {
    return this.retrying(`read manifest ${repository}:${short(reference)}`, async () => {
      const response = await this.call(
        repository,
        'pull',
        'GET',
        `/v2/${repository}/manifests/${reference}`,
        { headers: { accept: MANIFEST_ACCEPT } },
        [200],
      );
      const mediaType = (header(response, 'content-type') ?? '').split(';')[0]!.trim();
      return { mediaType, digest: sha256Digest(response.body), bytes: response.body };
    });
  }

  /** Like getManifest, but undefined when the tag or digest does not exist (other failures still throw). */
  async findManifest(repository: string, reference: string): Promise<Manifest | undefined> {
    try {
      return await this.getManifest(repository, reference);
    } catch (error) {
      if (error instanceof OsimgError && error.code === 'NOT_FOUND') return undefined;
      throw error;
    }
  }

  private retrying<T>(what: string, operation: () => Promise<T>): Promise<T> {
    return withRetry(operation, {
      policy: this.options.retry ?? DEFAULT_RETRY,
      sleep: this.options.sleep,
      onRetry: ({ attempt, delayMs, error }) =>
        this.options.log?.(
          `${what}: ${error.message}; retrying in ${(delayMs / 1000).toFixed(1)} s (attempt ${attempt + 1})`,
        ),
    }).catch((error: unknown) => {
      if (error instanceof TransientError) {
        throw new OsimgError(`could not ${what} at ${this.registry}: ${error.message}`, {
          code: 'REGISTRY',
          cause: error,
        });
      }
      throw error;
    });
  }

  /** One exchange read whole, failing unless its status is one of `ok`. */
  private async call(
    repository: string,
    access: Access,
    method: HttpRequest['method'],
    path: string | URL,
    extra: Pick<HttpRequest, 'headers' | 'body'>,
    ok: number[],
  ): Promise<HttpResponse> {
    const response = await this.exchange(this.send, repository, access, method, path, extra);
    if (ok.includes(response.status)) return response;
    const url = typeof path === 'string' ? new URL(path, this.base) : path;
    throw this.failure(response, `${method} ${url.pathname}`, repository, access);
  }

  /** One exchange (read whole or streamed), with the auth handshake when the registry asks for it. */
  private async exchange<R extends { status: number; headers: HttpResponse['headers']; body: unknown }>(
    send: (request: HttpRequest) => Promise<R>,
    repository: string,
    access: Access,
    method: HttpRequest['method'],
    path: string | URL,
    extra: Pick<HttpRequest, 'headers' | 'body'>,
  ): Promise<R> {
    const url = typeof path === 'string' ? new URL(path, this.base) : path;
    const attempt = async (authorization: Record<string, string>) =>
      send({
        method,
        url,
        headers: { 'user-agent': 'osimg', ...extra.headers, ...authorization },
        body: extra.body,
        insecureTls: this.options.insecure,
      });
    const sent = this.authorization(repository, access);
    let response = await attempt(sent);
    if (response.status === 401) {
      // Other requests running at once may have completed the handshake already: only the difference
      // between what this request sent and what we hold now decides whether to resend.
      await this.authenticate(response, repository, access, sent.authorization);
      const now = this.authorization(repository, access);
      if (now.authorization && now.authorization !== sent.authorization) {
        if (response.body instanceof Readable) response.body.resume();
        response = await attempt(now);
      }
    }
    return response;
  }

  private authorization(repository: string, access: Access): Record<string, string> {
    if (this.challenge?.scheme === 'bearer') {
      const token = this.tokens.get(scopeFor(repository, access));
      return token ? { authorization: `Bearer ${token}` } : {};
    }
    if (this.challenge?.scheme === 'basic' && this.options.credentials) {
      return { authorization: basicAuthorization(this.options.credentials) };
    }
    return {};
  }

  /** Learns the scheme from a 401 and, for token auth, fetches a token unless a newer one is held already. */
  private async authenticate(
    response: Pick<HttpResponse, 'headers'>,
    repository: string,
    access: Access,
    sent?: string,
  ): Promise<void> {
    const challenge = parseChallenge(header(response, 'www-authenticate'));
    if (!challenge) return;
    this.challenge = challenge;
    if (challenge.scheme !== 'bearer') return;
    const scope = scopeFor(repository, access);
    const held = this.tokens.get(scope);
    if (held && `Bearer ${held}` !== sent) return;
    // The token we sent has expired or lacks the scope: fetch afresh.
    this.tokens.set(scope, await this.fetchToken(challenge, scope));
  }

  private async fetchToken(challenge: Challenge, scope: string): Promise<string> {
    const realm = challenge.params.realm;
    if (!realm)
      throw new OsimgError(`registry ${this.registry} asked for a token but named no realm`, {
        code: 'AUTH',
      });
    let url: URL;
    try {
      url = new URL(realm, this.base);
    } catch {
      throw new OsimgError(`registry ${this.registry} named an invalid token realm "${realm}"`, {
        code: 'AUTH',
      });
    }
    if (challenge.params.service) url.searchParams.set('service', challenge.params.service);
    url.searchParams.set('scope', scope);
    const credentials = this.options.credentials;
    const response = await this.send({
      method: 'GET',
      url,
      headers: {
        'user-agent': 'osimg',
        ...(credentials ? { authorization: basicAuthorization(credentials) } : {}),
      },
      insecureTls: this.options.insecure,
    });
    if (response.status !== 200)
      throw this.failure(response, `token request to ${url.host}`, scope, 'pull,push');
    let token: string | undefined;
    try {
      const parsed = JSON.parse(response.body.toString('utf8')) as { token?: string; access_token?: string };
      token = parsed.token ?? parsed.access_token;
    } catch {
      token = undefined;
    }
    if (!token)
      throw new OsimgError(`the token service of ${this.registry} answered without a token`, {
        code: 'AUTH',
      });
    return token;
  }

  private failure(response: HttpResponse, what: string, repository: string, access: Access): Error {
    const status = response.status;
    const detail = registryErrorDetail(response.body);
    const suffix = detail ? `: ${detail}` : '';
    if (status === 408 || status === 429 || status >= 500) {
      return new TransientError(
        `${what} answered HTTP ${status}${suffix}`,
        parseRetryAfter(header(response, 'retry-after')),
      );
    }
    const user = this.options.credentials?.username;
    if (status === 401) {
      return new OsimgError(
        user
          ? `registry ${this.registry} rejected the credentials of "${user}" (HTTP 401)${suffix}: check the username and the password or token`
          : `registry ${this.registry} requires credentials for ${repository} (HTTP 401): give a username and password (or log in with podman login / docker login first)`,
        { code: 'AUTH' },
      );
    }
    if (status === 403) {
      return new OsimgError(
        `registry ${this.registry} denied ${access === 'pull' ? 'pulling from' : 'pushing to'} ${repository}${user ? ` for "${user}"` : ''} (HTTP 403)${suffix}: the account lacks permission (on ghcr.io the job needs "packages: write")`,
        { code: 'AUTH' },
      );
    }
    if (status === 404) {
      return new OsimgError(`${what} at ${this.registry}: not found (HTTP 404)${suffix}`, {
        code: 'NOT_FOUND',
      });
    }
    return new OsimgError(`${what} at ${this.registry} failed with HTTP ${status}${suffix}`, {
      code: 'REGISTRY',
    });
  }
}

function scopeFor(repository: string, access: Access): string {
  return `repository:${repository}:${access}`;
}

function short(reference: string): string {
  return reference.startsWith('sha256:') ? reference.slice(0, 19) : reference;
}

/** The first message of a distribution-spec error body ({"errors":[{"code","message"}]}), if any. */
export function registryErrorDetail(body: Buffer): string | undefined {
  if (body.length === 0 || body.length > 64 * 1024) return undefined;
  try {
    const parsed = JSON.parse(body.toString('utf8')) as {
      errors?: Array<{ code?: string; message?: string }>;
    };
    const first = parsed.errors?.[0];
    if (!first) return undefined;
    return [first.code, first.message].filter(Boolean).join(' ');
  } catch {
    return undefined;
  }
}
