import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { OsimgError } from '../../../src/errors.js';
import type { HttpRequest } from '../../../src/oci/http.js';
import {
  MEDIA_TYPES,
  RegistryClient,
  registryErrorDetail,
  sha256Digest,
  type RegistryClientOptions,
} from '../../../src/oci/registry.js';
import type { RetryPolicy } from '../../../src/oci/retry.js';
import { FakeRegistry, digestOf, type FakeRegistryOptions } from './fake-registry.js';

const REGISTRY = 'registry.fake.test';
const REPO = 'org/app';
const FAST: RetryPolicy = { attempts: 3, baseDelayMs: 10, maxDelayMs: 40, maxRetryAfterMs: 10_000 };
const ALICE = { username: 'alice', password: 's3cret' };

function setup(fakeOptions: FakeRegistryOptions = {}, clientOptions: Partial<RegistryClientOptions> = {}) {
  const fake = new FakeRegistry(fakeOptions);
  const delays: number[] = [];
  const logs: string[] = [];
  const client = new RegistryClient({
    registry: REGISTRY,
    send: fake.send,
    retry: FAST,
    sleep: async (ms) => void delays.push(ms),
    log: (message) => logs.push(message),
    ...clientOptions,
  });
  return { fake, client, delays, logs };
}

const isMethod =
  (method: HttpRequest['method'], pathPart = '') =>
  (request: HttpRequest) =>
    request.method === method && request.url.pathname.includes(pathPart);

async function rejection(promise: Promise<unknown>): Promise<OsimgError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OsimgError);
  return error as OsimgError;
}

/** A manifest whose blobs exist in the fake. */
function seededManifest(fake: FakeRegistry, repository = REPO): Buffer {
  const config = fake.seedBlob(repository, '{"architecture":"amd64","os":"linux"}');
  const layer = fake.seedBlob(repository, 'layer bytes');
  return Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociManifest,
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: config, size: 37 },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: layer, size: 11 }],
    }),
  );
}

describe('sha256Digest', () => {
  it.each([
    ['', 'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ])('%j', (data, digest) => {
    expect(sha256Digest(data)).toBe(digest);
    expect(sha256Digest(Buffer.from(data))).toBe(digest);
  });
});

describe('RegistryClient without auth', () => {
  it('uploads a blob through a session and finds it afterwards', async () => {
    const { fake, client } = setup();
    const data = Buffer.from('hello layer');
    const digest = digestOf(data);
    await expect(client.blobExists(REPO, digest)).resolves.toBe(false);
    await client.pushBlob(REPO, digest, data.length, () => Readable.from([data]));
    await expect(client.blobExists(REPO, digest)).resolves.toBe(true);
    expect(fake.blobs.get(`${REPO}@${digest}`)).toEqual(data);
    expect(fake.registryCalls()).toEqual([
      `HEAD /v2/${REPO}/blobs/${digest}`,
      `POST /v2/${REPO}/blobs/uploads/`,
      expect.stringMatching(new RegExp(`^PUT /v2/${REPO}/blobs/uploads/[0-9a-f-]+$`)),
      `HEAD /v2/${REPO}/blobs/${digest}`,
    ]);
    const put = fake.requests.find((request) => request.method === 'PUT')!;
    expect(put.url.searchParams.get('digest')).toBe(digest);
    expect(put.url.searchParams.get('_state')).toBe('opaque'); // the session's own query is kept
    expect(put.headers['content-length']).toBe(String(data.length));
    expect(put.headers['user-agent']).toBe('osimg');
    expect(put.headers.authorization).toBeUndefined();
  });

  it('stores a manifest by digest and by tag and reads it back', async () => {
    const { fake, client } = setup();
    const bytes = seededManifest(fake);
    const digest = digestOf(bytes);
    await expect(
      client.putManifest(REPO, digest, { mediaType: MEDIA_TYPES.ociManifest, bytes }),
    ).resolves.toBe(digest);
    await expect(client.putManifest(REPO, 'v1', { mediaType: MEDIA_TYPES.ociManifest, bytes })).resolves.toBe(
      digest,
    );
    expect(fake.tags.get(`${REPO}:v1`)).toBe(digest);
    for (const reference of [digest, 'v1']) {
      const manifest = await client.getManifest(REPO, reference);
      expect(manifest).toEqual({ mediaType: MEDIA_TYPES.ociManifest, digest, bytes });
    }
    const get = fake.requests.find((request) => request.method === 'GET')!;
    expect(get.headers.accept).toContain(MEDIA_TYPES.ociManifest);
    expect(get.headers.accept).toContain(MEDIA_TYPES.dockerManifest);
  });

  it('strips media type parameters and computes the digest from the bytes received', async () => {
    const { fake, client } = setup();
    const bytes = Buffer.from('{"schemaVersion":2}');
    fake.seedManifest(REPO, `${MEDIA_TYPES.dockerManifest}; charset=utf-8`, bytes, 'old');
    const manifest = await client.getManifest(REPO, 'old');
    expect(manifest.mediaType).toBe(MEDIA_TYPES.dockerManifest);
    expect(manifest.digest).toBe(digestOf(bytes));
  });

  it.each([
    [REGISTRY, 'https:', REGISTRY],
    ['127.0.0.1:5000', 'http:', '127.0.0.1:5000'],
    ['localhost:5000', 'http:', 'localhost:5000'],
    ['[::1]:5000', 'http:', '[::1]:5000'],
    ['docker.io', 'https:', 'registry-1.docker.io'],
  ])('talks to %s over %s at %s', async (registry, protocol, host) => {
    const { fake, client } = setup({}, { registry });
    await client.blobExists('library/debian', `sha256:${'0'.repeat(64)}`);
    expect(fake.requests[0]!.url.protocol).toBe(protocol);
    expect(fake.requests[0]!.url.host).toBe(host);
  });

  it.each([true, false, undefined])('passes insecure=%s on as insecureTls', async (insecure) => {
    const seen: Array<boolean | undefined> = [];
    const fake = new FakeRegistry();
    const client = new RegistryClient({
      registry: REGISTRY,
      insecure,
      send: (request) => {
        seen.push(request.insecureTls);
        return fake.send(request);
      },
    });
    await client.blobExists(REPO, `sha256:${'0'.repeat(64)}`);
    expect(seen).toEqual([insecure]);
  });
});

describe('RegistryClient with Basic auth', () => {
  const options: FakeRegistryOptions = { auth: 'basic', users: { alice: 's3cret' }, readOnlyUsers: ['bob'] };

  it('answers the 401 challenge with an Authorization header, then sends it up front', async () => {
    const { fake, client } = setup(options, { credentials: ALICE });
    const digest = fake.seedBlob(REPO, 'x');
    await expect(client.blobExists(REPO, digest)).resolves.toBe(true);
    expect(fake.requests.map((request) => request.status)).toEqual([401, 200]);
    expect(fake.requests[0]!.headers.authorization).toBeUndefined();
    const expected = `Basic ${Buffer.from('alice:s3cret').toString('base64')}`;
    expect(fake.requests[1]!.headers.authorization).toBe(expected);

    await expect(client.blobExists(REPO, digest)).resolves.toBe(true);
    expect(fake.requests).toHaveLength(3);
    expect(fake.requests[2]!.headers.authorization).toBe(expected);
  });

  it('completes the handshake once for requests running at once', async () => {
    const { fake, client } = setup(options, { credentials: ALICE });
    const digests = ['a', 'b', 'c'].map((data) => fake.seedBlob(REPO, data));
    await expect(Promise.all(digests.map((digest) => client.blobExists(REPO, digest)))).resolves.toEqual([
      true,
      true,
      true,
    ]);
    expect(fake.requests.filter((request) => request.status === 200)).toHaveLength(3);
  });

  it('names the user whose credentials were rejected, without looping', async () => {
    const { fake, client } = setup(options, { credentials: { username: 'mallory', password: 'guess' } });
    const error = await rejection(client.blobExists(REPO, `sha256:${'0'.repeat(64)}`));
    expect(error.code).toBe('AUTH');
    expect(error.message).toContain('rejected the credentials of "mallory"');
    expect(error.message).toContain(REGISTRY);
    expect(error.message).not.toContain('guess');
    expect(fake.requests).toHaveLength(2);
  });

  it('says credentials are required when none were given', async () => {
    const { fake, client } = setup(options);
    const error = await rejection(client.getManifest(REPO, 'latest'));
    expect(error.code).toBe('AUTH');
    expect(error.message).toContain(`requires credentials for ${REPO}`);
    expect(error.message).toContain('username and password');
    expect(fake.requests).toHaveLength(1);
  });

  it('turns 403 into AUTH saying access was denied, for whom and what', async () => {
    const { fake, client } = setup(
      { ...options, users: { bob: 'pw' } },
      { credentials: { username: 'bob', password: 'pw' } },
    );
    const bytes = seededManifest(fake);
    const error = await rejection(
      client.putManifest(REPO, 'v1', { mediaType: MEDIA_TYPES.ociManifest, bytes }),
    );
    expect(error.code).toBe('AUTH');
    expect(error.message).toContain(`denied pushing to ${REPO} for "bob" (HTTP 403)`);
    expect(error.message).toContain('DENIED requested access to the resource is denied');
    expect(fake.tags.size).toBe(0);
  });

  it('says "pulling from" when a read is denied', async () => {
    const { fake, client } = setup();
    fake.failNext(isMethod('GET'), { status: 403 });
    const error = await rejection(client.getManifest(REPO, 'v1'));
    expect(error.code).toBe('AUTH');
    expect(error.message).toContain(`denied pulling from ${REPO} (HTTP 403)`);
  });
});

describe('RegistryClient with Bearer token auth', () => {
  const options: FakeRegistryOptions = {
    auth: 'bearer',
    users: { alice: 's3cret' },
    realm: 'https://auth.fake.test/token',
    service: 'fake-registry',
  };

  it('fetches a token with Basic credentials and the repository scope, then retries with it', async () => {
    const { fake, client } = setup(options, { credentials: ALICE });
    const digest = fake.seedBlob(REPO, 'x');
    await expect(client.blobExists(REPO, digest)).resolves.toBe(true);
    const [first, token, retried] = fake.requests;
    expect(fake.requests).toHaveLength(3);
    expect(first!.status).toBe(401);
    expect(first!.headers.authorization).toBeUndefined();

    expect(token!.url.origin + token!.url.pathname).toBe('https://auth.fake.test/token');
    expect(token!.url.searchParams.get('scope')).toBe(`repository:${REPO}:pull,push`);
    expect(token!.url.searchParams.get('service')).toBe('fake-registry');
    expect(token!.headers.authorization).toBe(`Basic ${Buffer.from('alice:s3cret').toString('base64')}`);
    expect(token!.status).toBe(200);

    expect(retried!.status).toBe(200);
    expect(retried!.headers.authorization).toMatch(/^Bearer tok-/);
    expect(fake.tokens.has(retried!.headers.authorization!.slice('Bearer '.length))).toBe(true);
  });

  it('reuses a token for the same scope and fetches one per scope', async () => {
    const { fake, client } = setup(options, { credentials: ALICE });
    const bytes = seededManifest(fake);
    const digest = digestOf(bytes);
    await client.putManifest(REPO, digest, { mediaType: MEDIA_TYPES.ociManifest, bytes });
    await client.putManifest(REPO, 'v1', { mediaType: MEDIA_TYPES.ociManifest, bytes });
    await client.getManifest(REPO, 'v1');
    await client.getManifest(REPO, digest);
    const scopes = fake.requests
      .filter((request) => request.url.host === 'auth.fake.test')
      .map((request) => request.url.searchParams.get('scope'));
    expect(scopes).toEqual([`repository:${REPO}:pull,push`, `repository:${REPO}:pull`]);
  });

  it('fetches a fresh token when the one held has expired', async () => {
    const { fake, client } = setup(options, { credentials: ALICE });
    const digest = fake.seedBlob(REPO, 'x');
    await client.blobExists(REPO, digest);
    fake.tokens.clear(); // every token expires
    await expect(client.blobExists(REPO, digest)).resolves.toBe(true);
    expect(fake.requests.filter((request) => request.url.host === 'auth.fake.test')).toHaveLength(2);
  });

  it('gets an anonymous token for pulls where the token service allows it', async () => {
    const { fake, client } = setup({ ...options, anonymousPull: true });
    const bytes = Buffer.from('{"schemaVersion":2}');
    fake.seedManifest(REPO, MEDIA_TYPES.ociManifest, bytes, 'latest');
    await expect(client.getManifest(REPO, 'latest')).resolves.toMatchObject({ digest: digestOf(bytes) });
    const token = fake.requests.find((request) => request.url.host === 'auth.fake.test')!;
    expect(token.headers.authorization).toBeUndefined();
  });

  it('names the user when the token service rejects the credentials', async () => {
    const { fake, client } = setup(options, { credentials: { username: 'alice', password: 'wrong' } });
    const error = await rejection(client.blobExists(REPO, `sha256:${'0'.repeat(64)}`));
    expect(error.code).toBe('AUTH');
    expect(error.message).toContain('rejected the credentials of "alice"');
    expect(fake.requests).toHaveLength(2);
  });

  it('says credentials are required when the token service wants some', async () => {
    const { client } = setup(options);
    const error = await rejection(client.blobExists(REPO, `sha256:${'0'.repeat(64)}`));
    expect(error.code).toBe('AUTH');
    expect(error.message).toContain('requires credentials');
  });

  it('fails with AUTH when the token service answers without a token', async () => {
    const { fake, client } = setup(options, { credentials: ALICE });
    fake.failNext((request) => request.url.host === 'auth.fake.test', {
      status: 200,
      body: '{"expires_in":60}',
    });
    const error = await rejection(client.blobExists(REPO, `sha256:${'0'.repeat(64)}`));
    expect(error.code).toBe('AUTH');
    expect(error.message).toContain('answered without a token');
  });

  it('accepts access_token as the token field', async () => {
    const { fake, client } = setup(options, { credentials: ALICE });
    const digest = fake.seedBlob(REPO, 'x');
    fake.failNext((request) => request.url.host === 'auth.fake.test', {
      status: 200,
      body: '{"access_token":"oauth-style"}',
    });
    fake.tokens.set('oauth-style', `repository:${REPO}:pull,push`);
    await expect(client.blobExists(REPO, digest)).resolves.toBe(true);
    expect(fake.requests.at(-1)!.headers.authorization).toBe('Bearer oauth-style');
  });

  it('fails with AUTH when a Bearer challenge names no realm', async () => {
    const { fake, client } = setup({}, { credentials: ALICE });
    fake.failNext(isMethod('HEAD'), { status: 401, headers: { 'www-authenticate': 'Bearer service="x"' } });
    const error = await rejection(client.blobExists(REPO, `sha256:${'0'.repeat(64)}`));
    expect(error.code).toBe('AUTH');
    expect(error.message).toContain('named no realm');
  });

  // Regression (fixed): src/oci/registry.ts:242 (fetchToken) — `new URL(realm)` throws a TypeError ("Invalid URL") for a
  // realm that is not an absolute URL (a relative path, or garbage from a misconfigured proxy), so the user
  // gets "unexpected error ... this is a bug in osimg". Fix: resolve it against the registry,
  // `new URL(realm, this.base)`, inside a try that turns failure into OsimgError(..., { code: 'AUTH' }).
  it('handles a realm that is not an absolute URL', async () => {
    const { fake, client } = setup({}, { credentials: ALICE });
    fake.failNext(isMethod('HEAD'), {
      status: 401,
      headers: { 'www-authenticate': 'Bearer realm="::not a url::"' },
    });
    const error = await client.blobExists(REPO, `sha256:${'0'.repeat(64)}`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OsimgError);
  });

  it('runs concurrent operations through one handshake without failing', async () => {
    const { fake, client } = setup(options, { credentials: ALICE });
    const digests = ['a', 'b', 'c', 'd'].map((data) => fake.seedBlob(REPO, data));
    await expect(Promise.all(digests.map((digest) => client.blobExists(REPO, digest)))).resolves.toEqual([
      true,
      true,
      true,
      true,
    ]);
  });
});

describe('RegistryClient errors and retries', () => {
  it('turns 404 on a manifest into NOT_FOUND with the registry detail', async () => {
    const { client, delays } = setup();
    const error = await rejection(client.getManifest(REPO, 'nope'));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toContain(`GET /v2/${REPO}/manifests/nope`);
    expect(error.message).toContain('not found (HTTP 404): MANIFEST_UNKNOWN manifest unknown');
    expect(delays).toEqual([]);
  });

  it.each([503, 502, 500, 408, 429])('retries HTTP %i and then succeeds', async (status) => {
    const { fake, client, delays, logs } = setup();
    const digest = fake.seedBlob(REPO, 'x');
    fake.failNext(isMethod('HEAD'), { status }, 2);
    await expect(client.blobExists(REPO, digest)).resolves.toBe(true);
    expect(fake.requests.map((request) => request.status)).toEqual([status, status, 200]);
    expect(delays).toHaveLength(2);
    expect(logs).toHaveLength(2);
    expect(logs[0]).toContain(`answered HTTP ${status}`);
    expect(logs[0]).toContain('(attempt 2)');
    expect(logs[1]).toContain('(attempt 3)');
  });

  it('honours Retry-After on 429', async () => {
    const { fake, client, delays } = setup();
    const digest = fake.seedBlob(REPO, 'x');
    fake.failNext(isMethod('HEAD'), { status: 429, headers: { 'retry-after': '7' } });
    await expect(client.blobExists(REPO, digest)).resolves.toBe(true);
    expect(delays).toHaveLength(1);
    expect(delays[0]).toBeGreaterThanOrEqual(7000);
  });

  it('caps a huge Retry-After at maxRetryAfterMs', async () => {
    const { fake, client, delays } = setup();
    const digest = fake.seedBlob(REPO, 'x');
    fake.failNext(isMethod('HEAD'), { status: 503, headers: { 'retry-after': '86400' } });
    await client.blobExists(REPO, digest);
    expect(delays).toEqual([FAST.maxRetryAfterMs]);
  });

  it('gives up on a persistent 500 with a REGISTRY error after the attempts', async () => {
    const { fake, client, delays } = setup();
    fake.failNext(
      isMethod('GET'),
      { status: 500, body: '{"errors":[{"code":"UNKNOWN","message":"boom"}]}' },
      10,
    );
    const error = await rejection(client.getManifest(REPO, 'v1'));
    expect(error.code).toBe('REGISTRY');
    expect(error.message).toContain(`could not read manifest ${REPO}:v1 at ${REGISTRY}`);
    expect(error.message).toContain('HTTP 500: UNKNOWN boom');
    expect(error.message).toContain(`gave up after ${FAST.attempts} attempts`);
    expect(fake.requests).toHaveLength(FAST.attempts);
    expect(delays).toHaveLength(FAST.attempts - 1);
  });

  it.each([400, 405, 409, 418])('does not retry HTTP %i', async (status) => {
    const { fake, client } = setup();
    fake.failNext(isMethod('GET'), { status }, 5);
    const error = await rejection(client.getManifest(REPO, 'v1'));
    expect(error.code).toBe('REGISTRY');
    expect(error.message).toContain(`failed with HTTP ${status}`);
    expect(fake.requests).toHaveLength(1);
  });

  it('rethrows a transport failure that is not transient at once', async () => {
    const fatal = new OsimgError('cannot resolve registry host', { code: 'REGISTRY' });
    let calls = 0;
    const client = new RegistryClient({
      registry: REGISTRY,
      retry: FAST,
      sleep: async () => undefined,
      send: async () => {
        calls++;
        throw fatal;
      },
    });
    await expect(client.blobExists(REPO, `sha256:${'0'.repeat(64)}`)).rejects.toBe(fatal);
    expect(calls).toBe(1);
  });

  it('retries a token service that answers 503', async () => {
    const { fake, client } = setup({ auth: 'bearer', users: { alice: 's3cret' } }, { credentials: ALICE });
    const digest = fake.seedBlob(REPO, 'x');
    fake.failNext((request) => request.url.host === 'auth.fake.test', { status: 503 });
    await expect(client.blobExists(REPO, digest)).resolves.toBe(true);
  });

  it('re-opens the blob stream when an upload is retried', async () => {
    const { fake, client } = setup();
    const data = Buffer.from('retry me');
    const digest = digestOf(data);
    fake.failNext(isMethod('PUT', '/blobs/uploads/'), { status: 502 });
    let opened = 0;
    await client.pushBlob(REPO, digest, data.length, () => {
      opened++;
      return Readable.from([data]);
    });
    expect(opened).toBe(2);
    expect(fake.blobs.get(`${REPO}@${digest}`)).toEqual(data);
  });

  it('reports a blob whose bytes do not match its digest, without retrying', async () => {
    const { fake, client } = setup();
    const digest = digestOf('what was promised');
    const error = await rejection(
      client.pushBlob(REPO, digest, 9, () => Readable.from([Buffer.from('something')])),
    );
    expect(error.code).toBe('REGISTRY');
    expect(error.message).toContain('HTTP 400: DIGEST_INVALID');
    expect(fake.blobs.size).toBe(0);
    expect(fake.registryCalls()).toHaveLength(2);
  });

  it('fails clearly when the upload session has no Location header', async () => {
    const { fake, client } = setup();
    fake.failNext(isMethod('POST'), { status: 202 });
    const error = await rejection(client.pushBlob(REPO, digestOf('x'), 1, () => Readable.from(['x'])));
    expect(error.code).toBe('REGISTRY');
    expect(error.message).toContain('no Location header');
  });

  it('detects a Docker-Content-Digest that differs from the manifest sent', async () => {
    const { fake, client } = setup();
    const bytes = seededManifest(fake);
    const claimed = `sha256:${'f'.repeat(64)}`;
    fake.claimDigest = () => claimed;
    const error = await rejection(
      client.putManifest(REPO, 'v1', { mediaType: MEDIA_TYPES.ociManifest, bytes }),
    );
    expect(error.code).toBe('DIGEST_MISMATCH');
    expect(error.message).toContain(claimed);
    expect(error.message).toContain(digestOf(bytes));
  });

  it('accepts a manifest PUT answered without Docker-Content-Digest', async () => {
    const { fake, client } = setup();
    fake.failNext(isMethod('PUT'), { status: 201 });
    const bytes = Buffer.from('{}');
    await expect(client.putManifest(REPO, 'v1', { mediaType: MEDIA_TYPES.ociManifest, bytes })).resolves.toBe(
      digestOf(bytes),
    );
  });

  it('reports a manifest that references missing blobs with the registry detail', async () => {
    const { client } = setup();
    const bytes = Buffer.from(
      JSON.stringify({ schemaVersion: 2, config: { digest: digestOf('absent') }, layers: [] }),
    );
    const error = await rejection(
      client.putManifest(REPO, 'v1', { mediaType: MEDIA_TYPES.ociManifest, bytes }),
    );
    expect(error.code).toBe('REGISTRY');
    expect(error.message).toContain('MANIFEST_BLOB_UNKNOWN');
  });
});

describe('registryErrorDetail', () => {
  it.each<[string, string | undefined]>([
    [
      '{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown"}]}',
      'MANIFEST_UNKNOWN manifest unknown',
    ],
    ['{"errors":[{"code":"DENIED","message":"no","detail":{}},{"code":"OTHER"}]}', 'DENIED no'],
    ['{"errors":[{"code":"UNAUTHORIZED"}]}', 'UNAUTHORIZED'],
    ['{"errors":[{"message":"only a message"}]}', 'only a message'],
    ['{"errors":[]}', undefined],
    ['{"errors":[null]}', undefined],
    ['{"error":"oauth style"}', undefined],
    ['{}', undefined],
    ['null', undefined],
    ['[]', undefined],
    ['<html>502 Bad Gateway</html>', undefined],
    ['', undefined],
  ])('%s → %j', (body, expected) => {
    expect(registryErrorDetail(Buffer.from(body))).toBe(expected);
  });

  it('ignores bodies over 64 KiB', () => {
    const body = JSON.stringify({ errors: [{ code: 'BIG', message: 'x'.repeat(70 * 1024) }] });
    expect(registryErrorDetail(Buffer.from(body))).toBeUndefined();
  });
});
