/**
 * FakeRegistry: a STATEFUL in-memory fake of the OCI distribution API, plugged into RegistryClient
 * through its `send` hook. It is not a mock of call sequences: blobs, manifests and tags live in Maps,
 * uploads are sessions with Location headers, blob PUTs are checked against their digest, manifests must
 * reference blobs that exist, and tags resolve to stored manifests. Auth (none, Basic, Bearer with a token
 * service) and faults (scripted answers, tampered read-back, a lying Docker-Content-Digest) can be turned on.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import type { HttpRequest, HttpResponse } from '../../../src/oci/http.js';

export type FakeAuth = 'none' | 'basic' | 'bearer';

export interface FakeRegistryOptions {
  auth?: FakeAuth;
  /** username → password accepted by Basic auth and by the token service. */
  users?: Record<string, string>;
  /** Token service URL for Bearer auth. */
  realm?: string;
  service?: string;
  /** Users who may pull but not push (answered with 403 on writes). */
  readOnlyUsers?: string[];
  /** Whether the token service hands anonymous tokens out (pull only), as Docker Hub does. */
  anonymousPull?: boolean;
}

export interface RecordedRequest {
  method: HttpRequest['method'];
  url: URL;
  /** pathname + search, for readable assertions. */
  path: string;
  headers: Record<string, string>;
  status: number;
}

interface ScriptedAnswer {
  when: (request: HttpRequest) => boolean;
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

interface StoredManifest {
  mediaType: string;
  bytes: Buffer;
}

export function digestOf(data: Buffer | string): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

async function readBody(body: HttpRequest['body']): Promise<Buffer> {
  if (body === undefined) return Buffer.alloc(0);
  if (Buffer.isBuffer(body)) return body;
  const stream: Readable = body();
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
}

function errorBody(code: string, message: string): string {
  return JSON.stringify({ errors: [{ code, message, detail: null }] });
}

export class FakeRegistry {
  /** `${repository}@${digest}` → bytes */
  readonly blobs = new Map<string, Buffer>();
  /** `${repository}@${digest}` → manifest */
  readonly manifests = new Map<string, StoredManifest>();
  /** `${repository}:${tag}` → digest */
  readonly tags = new Map<string, string>();
  /** upload session id → repository */
  readonly uploads = new Map<string, string>();
  /** Every request, in order, with the status answered. */
  readonly requests: RecordedRequest[] = [];
  /** token → scope it grants */
  readonly tokens = new Map<string, string>();

  /** Answers served before normal handling, each once, for the first request that matches. */
  private readonly script: ScriptedAnswer[] = [];
  /** Changes manifest bytes on GET (a registry or proxy that returns something else). */
  tamperManifest?: (bytes: Buffer) => Buffer;
  /** The Docker-Content-Digest to claim on manifest PUT (a registry that mangles manifests). */
  claimDigest?: (actual: string) => string;

  private readonly auth: FakeAuth;
  private readonly users: Record<string, string>;
  private readonly realm: string;
  private readonly service: string;

  constructor(private readonly options: FakeRegistryOptions = {}) {
    this.auth = options.auth ?? 'none';
    this.users = options.users ?? {};
    this.realm = options.realm ?? 'https://auth.fake.test/token';
    this.service = options.service ?? 'fake-registry';
  }

  /** Queues an answer for the next request that matches (`times` requests in a row). */
  failNext(
    when: (request: HttpRequest) => boolean,
    answer: { status: number; headers?: Record<string, string>; body?: string },
    times = 1,
  ): void {
    for (let i = 0; i < times; i++) this.script.push({ when, ...answer });
  }

  /** Puts a blob in storage directly (a blob that exists from an earlier push). */
  seedBlob(repository: string, data: Buffer | string): string {
    const bytes = Buffer.from(data);
    const digest = digestOf(bytes);
    this.blobs.set(`${repository}@${digest}`, bytes);
    return digest;
  }

  seedManifest(repository: string, mediaType: string, bytes: Buffer, tag?: string): string {
    const digest = digestOf(bytes);
    this.manifests.set(`${repository}@${digest}`, { mediaType, bytes });
    if (tag) this.tags.set(`${repository}:${tag}`, digest);
    return digest;
  }

  /** The requests other than token requests, as "METHOD path" lines. */
  registryCalls(): string[] {
    return this.requests
      .filter((request) => !request.url.href.startsWith(this.realm))
      .map((request) => `${request.method} ${request.url.pathname}`);
  }

  /** The `send` hook for RegistryClient. */
  readonly send = async (request: HttpRequest): Promise<HttpResponse> => {
    const headers: Record<string, string> = {};
    for (const [key, value] of Object.entries(request.headers ?? {})) headers[key.toLowerCase()] = value;
    const record: RecordedRequest = {
      method: request.method,
      url: new URL(request.url.href),
      path: `${request.url.pathname}${request.url.search}`,
      headers,
      status: 0,
    };
    this.requests.push(record);
    const response = await this.handle(request, headers);
    record.status = response.status;
    return response;
  };

  private respond(
    status: number,
    headers: Record<string, string> = {},
    body: Buffer | string = '',
  ): HttpResponse {
    const lower: IncomingHttpHeaders = {};
    for (const [key, value] of Object.entries(headers)) lower[key.toLowerCase()] = value;
    return { status, headers: lower, body: Buffer.from(body) };
  }

  private async handle(request: HttpRequest, headers: Record<string, string>): Promise<HttpResponse> {
    const scripted = this.script.findIndex((answer) => answer.when(request));
    if (scripted >= 0) {
      const [answer] = this.script.splice(scripted, 1);
      await readBody(request.body); // a real server would consume the upload
      return this.respond(answer!.status, answer!.headers, answer!.body ?? '');
    }

    if (request.url.href.startsWith(this.realm)) return this.tokenService(request.url, headers);

    const path = request.url.pathname;
    if (path === '/v2/' || path === '/v2') return this.respond(200, {}, '{}');

    let match = /^\/v2\/(.+?)\/blobs\/uploads\/([^/]*)$/.exec(path);
    if (match) {
      const [, repository, session] = match as unknown as [string, string, string];
      const denied = this.authorize(headers, repository, 'push');
      if (denied) return denied;
      if (request.method === 'POST' && session === '') return this.startUpload(repository);
      if (request.method === 'PUT' && session) return this.finishUpload(repository, session, request);
      return this.respond(405, {}, errorBody('UNSUPPORTED', 'the operation is unsupported'));
    }

    match = /^\/v2\/(.+?)\/blobs\/([^/]+)$/.exec(path);
    if (match) {
      const [, repository, digest] = match as unknown as [string, string, string];
      const denied = this.authorize(headers, repository, 'pull');
      if (denied) return denied;
      const blob = this.blobs.get(`${repository}@${digest}`);
      if (!blob)
        return this.respond(
          404,
          {},
          request.method === 'HEAD' ? '' : errorBody('BLOB_UNKNOWN', 'blob unknown to registry'),
        );
      const blobHeaders = { 'content-length': String(blob.length), 'docker-content-digest': digest };
      return this.respond(200, blobHeaders, request.method === 'HEAD' ? '' : blob);
    }

    match = /^\/v2\/(.+?)\/manifests\/([^/]+)$/.exec(path);
    if (match) {
      const [, repository, reference] = match as unknown as [string, string, string];
      const write = request.method === 'PUT' || request.method === 'DELETE';
      const denied = this.authorize(headers, repository, write ? 'push' : 'pull');
      if (denied) return denied;
      if (request.method === 'PUT') return this.putManifest(repository, reference, request, headers);
      if (request.method === 'GET' || request.method === 'HEAD')
        return this.getManifest(repository, reference, request);
      return this.respond(405, {}, errorBody('UNSUPPORTED', 'the operation is unsupported'));
    }

    return this.respond(404, {}, errorBody('NAME_UNKNOWN', 'repository name not known to registry'));
  }

  private startUpload(repository: string): HttpResponse {
    const session = randomUUID();
    this.uploads.set(session, repository);
    return this.respond(202, {
      location: `/v2/${repository}/blobs/uploads/${session}?_state=opaque`,
      'docker-upload-uuid': session,
      range: '0-0',
    });
  }

  private async finishUpload(
    repository: string,
    session: string,
    request: HttpRequest,
  ): Promise<HttpResponse> {
    const body = await readBody(request.body);
    if (this.uploads.get(session) !== repository)
      return this.respond(404, {}, errorBody('BLOB_UPLOAD_UNKNOWN', 'blob upload unknown to registry'));
    if (request.url.searchParams.get('_state') !== 'opaque')
      return this.respond(400, {}, errorBody('BLOB_UPLOAD_INVALID', 'the upload state was lost'));
    const digest = request.url.searchParams.get('digest') ?? '';
    const declared = request.headers?.['content-length'];
    if (declared !== undefined && Number(declared) !== body.length)
      return this.respond(
        400,
        {},
        errorBody('SIZE_INVALID', `content-length ${declared} but ${body.length} bytes sent`),
      );
    if (digestOf(body) !== digest)
      return this.respond(
        400,
        {},
        errorBody('DIGEST_INVALID', 'provided digest did not match uploaded content'),
      );
    this.uploads.delete(session);
    this.blobs.set(`${repository}@${digest}`, body);
    return this.respond(201, {
      location: `/v2/${repository}/blobs/${digest}`,
      'docker-content-digest': digest,
    });
  }

  private async putManifest(
    repository: string,
    reference: string,
    request: HttpRequest,
    headers: Record<string, string>,
  ): Promise<HttpResponse> {
    const bytes = await readBody(request.body);
    const digest = digestOf(bytes);
    if (reference.includes(':') && reference !== digest)
      return this.respond(
        400,
        {},
        errorBody('DIGEST_INVALID', 'provided digest did not match uploaded content'),
      );
    let parsed: { config?: { digest?: string }; layers?: Array<{ digest?: string }> };
    try {
      parsed = JSON.parse(bytes.toString('utf8')) as typeof parsed;
    } catch {
      return this.respond(400, {}, errorBody('MANIFEST_INVALID', 'manifest invalid'));
    }
    for (const blob of [parsed.config, ...(parsed.layers ?? [])]) {
      if (!blob?.digest || !this.blobs.has(`${repository}@${blob.digest}`))
        return this.respond(
          400,
          {},
          errorBody('MANIFEST_BLOB_UNKNOWN', `blob unknown to registry: ${blob?.digest}`),
        );
    }
    this.manifests.set(`${repository}@${digest}`, {
      mediaType: headers['content-type'] ?? 'application/octet-stream',
      bytes,
    });
    if (!reference.includes(':')) this.tags.set(`${repository}:${reference}`, digest);
    const claimed = this.claimDigest ? this.claimDigest(digest) : digest;
    return this.respond(201, {
      location: `/v2/${repository}/manifests/${digest}`,
      'docker-content-digest': claimed,
    });
  }

  private getManifest(repository: string, reference: string, request: HttpRequest): HttpResponse {
    const digest = reference.includes(':') ? reference : this.tags.get(`${repository}:${reference}`);
    const stored = digest ? this.manifests.get(`${repository}@${digest}`) : undefined;
    if (!stored) return this.respond(404, {}, errorBody('MANIFEST_UNKNOWN', 'manifest unknown'));
    const bytes = this.tamperManifest ? this.tamperManifest(stored.bytes) : stored.bytes;
    return this.respond(
      200,
      {
        'content-type': stored.mediaType,
        'docker-content-digest': digest!,
        'content-length': String(bytes.length),
      },
      request.method === 'HEAD' ? '' : bytes,
    );
  }

  /** undefined when allowed, else the 401/403 answer. */
  private authorize(
    headers: Record<string, string>,
    repository: string,
    action: 'pull' | 'push',
  ): HttpResponse | undefined {
    const authorization = headers.authorization ?? '';
    if (this.auth === 'none') return undefined;
    if (this.auth === 'basic') {
      const user = this.basicUser(authorization);
      if (!user)
        return this.respond(
          401,
          { 'www-authenticate': 'Basic realm="fake-registry"' },
          errorBody('UNAUTHORIZED', 'authentication required'),
        );
      if (action === 'push' && this.options.readOnlyUsers?.includes(user))
        return this.respond(403, {}, errorBody('DENIED', 'requested access to the resource is denied'));
      return undefined;
    }
    const token = /^Bearer (.+)$/.exec(authorization)?.[1];
    const scope = token ? this.tokens.get(token) : undefined;
    const granted = scope?.startsWith(`repository:${repository}:`) ? scope.split(':')[2]!.split(',') : [];
    if (granted.includes(action)) return undefined;
    const wanted = action === 'push' ? 'pull,push' : 'pull';
    return this.respond(
      401,
      {
        'www-authenticate': `Bearer realm="${this.realm}",service="${this.service}",scope="repository:${repository}:${wanted}"${token ? ',error="insufficient_scope"' : ''}`,
      },
      errorBody('UNAUTHORIZED', 'authentication required'),
    );
  }

  private basicUser(authorization: string): string | undefined {
    const encoded = /^Basic (.+)$/.exec(authorization)?.[1];
    if (!encoded) return undefined;
    const decoded = Buffer.from(encoded, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const user = decoded.slice(0, colon);
    return colon > 0 && this.users[user] === decoded.slice(colon + 1) ? user : undefined;
  }

  private tokenService(url: URL, headers: Record<string, string>): HttpResponse {
    const scope = url.searchParams.get('scope') ?? '';
    if (url.searchParams.get('service') !== this.service)
      return this.respond(400, {}, JSON.stringify({ details: 'unknown service' }));
    const authorization = headers.authorization;
    let user: string | undefined;
    if (authorization) {
      user = this.basicUser(authorization);
      if (!user) return this.respond(401, {}, errorBody('UNAUTHORIZED', 'incorrect username or password'));
    } else if (!this.options.anonymousPull) {
      return this.respond(401, {}, errorBody('UNAUTHORIZED', 'authentication required'));
    }
    const [kind, repository, actions] = scope.split(':');
    let granted = (actions ?? '').split(',').filter((action) => action === 'pull' || action === 'push');
    if (!user || this.options.readOnlyUsers?.includes(user))
      granted = granted.filter((action) => action === 'pull');
    const token = `tok-${randomUUID()}`;
    this.tokens.set(token, `${kind}:${repository}:${granted.join(',')}`);
    return this.respond(
      200,
      { 'content-type': 'application/json' },
      JSON.stringify({ token, expires_in: 300 }),
    );
  }
}
