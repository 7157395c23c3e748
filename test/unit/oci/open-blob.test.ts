/**
 * RegistryClient.openBlob against a small blob server on 127.0.0.1 (real node:http on both sides, so the
 * stream, the connection and its failures are real): the digest checked at the end, Basic auth, a redirect
 * to storage that must not receive the registry credentials, retries only before the body starts.
 */
import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { OsimgError } from '../../../src/errors.js';
import { RegistryClient } from '../../../src/oci/registry.js';
import { FakeRegistry } from './fake-registry.js';

const BLOB = randomBytes(3 * 1024 * 1024 + 17);
const DIGEST = `sha256:${createHash('sha256').update(BLOB).digest('hex')}`;
const CREDENTIALS = { username: 'ops', password: 'secret' };

interface Served {
  method: string;
  path: string;
  authorization?: string;
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse, count: number) => void;

let server: http.Server | undefined;
afterEach(async () => {
  const running = server;
  server = undefined;
  if (!running) return;
  running.closeAllConnections();
  await new Promise((resolve) => running.close(resolve));
});

/** A blob server: `handle` answers each request (its count starting at 1); every request is recorded. */
async function serve(handle: Handler): Promise<{ registry: string; served: Served[] }> {
  const served: Served[] = [];
  server = http.createServer((req, res) => {
    served.push({ method: req.method!, path: req.url!, authorization: req.headers.authorization });
    handle(req, res, served.length);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { registry: `127.0.0.1:${(server.address() as AddressInfo).port}`, served };
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const client = (registry: string, credentials?: typeof CREDENTIALS) =>
  new RegistryClient({
    registry,
    ...(credentials ? { credentials } : {}),
    sleep: async () => undefined,
  });

/** Sends the blob in pieces, as a registry streaming from disk would. */
function sendBlob(res: http.ServerResponse, body = BLOB): void {
  res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length });
  for (let at = 0; at < body.length; at += 256 * 1024) res.write(body.subarray(at, at + 256 * 1024));
  res.end();
}

describe('RegistryClient.openBlob', () => {
  it('streams a blob whose digest matches', async () => {
    const { registry, served } = await serve((_req, res) => sendBlob(res));
    const stream = await client(registry).openBlob('os/app', DIGEST);
    expect((await readAll(stream)).equals(BLOB)).toBe(true);
    expect(served).toEqual([{ method: 'GET', path: `/v2/os/app/blobs/${DIGEST}` }]);
  });

  it('fails at the end of a blob with other content', async () => {
    const other = Buffer.from(BLOB);
    other[other.length - 1] = other[other.length - 1]! ^ 1;
    const { registry } = await serve((_req, res) => sendBlob(res, other));
    const stream = await client(registry).openBlob('os/app', DIGEST);
    const error = await readAll(stream).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OsimgError);
    expect((error as OsimgError).code).toBe('DIGEST_MISMATCH');
    expect((error as Error).message).toMatch(/returned blob sha256:\w+ with other content/);
  });

  it('answers a Basic challenge with the credentials, then streams', async () => {
    const expected = `Basic ${Buffer.from('ops:secret').toString('base64')}`;
    const { registry, served } = await serve((req, res) => {
      if (req.headers.authorization === expected) return sendBlob(res);
      res.writeHead(401, { 'www-authenticate': 'Basic realm="test"' });
      res.end('{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}');
    });
    const stream = await client(registry, CREDENTIALS).openBlob('os/app', DIGEST);
    expect((await readAll(stream)).equals(BLOB)).toBe(true);
    expect(served.map((request) => request.authorization)).toEqual([undefined, expected]);
  });

  it('follows a redirect to blob storage without sending the registry credentials there', async () => {
    const expected = `Basic ${Buffer.from('ops:secret').toString('base64')}`;
    const { registry, served } = await serve((req, res) => {
      if (req.url!.startsWith('/storage/')) return sendBlob(res);
      if (req.headers.authorization !== expected) {
        res.writeHead(401, { 'www-authenticate': 'Basic realm="test"' });
        return res.end();
      }
      res.writeHead(307, { location: `/storage/${DIGEST}?signature=abc` });
      res.end('redirect body that must be drained');
    });
    const stream = await client(registry, CREDENTIALS).openBlob('os/app', DIGEST);
    expect((await readAll(stream)).equals(BLOB)).toBe(true);
    expect(served.at(-1)).toEqual({ method: 'GET', path: `/storage/${DIGEST}?signature=abc` });
  });

  it('retries a 503 before the body starts', async () => {
    const { registry, served } = await serve((_req, res, count) => {
      if (count < 3) {
        res.writeHead(503, { 'content-type': 'application/json' });
        return res.end('{"errors":[{"code":"UNAVAILABLE","message":"try later"}]}');
      }
      sendBlob(res);
    });
    const stream = await client(registry).openBlob('os/app', DIGEST);
    expect((await readAll(stream)).equals(BLOB)).toBe(true);
    expect(served).toHaveLength(3);
  });

  it('does not retry once the body has started: a dropped connection is the stream’s error', async () => {
    const { registry, served } = await serve((_req, res) => {
      res.writeHead(200, { 'content-length': BLOB.length });
      res.write(BLOB.subarray(0, 1024 * 1024), () => res.socket?.destroy());
    });
    const stream = await client(registry).openBlob('os/app', DIGEST);
    const error = await readAll(stream).catch((caught: unknown) => caught);
    expect((error as Error).message).toMatch(/closed before the whole answer|aborted|socket hang up/);
    expect(served).toHaveLength(1);
  });

  it('says a missing blob is not found, with the registry’s message', async () => {
    const { registry } = await serve((_req, res) => {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"errors":[{"code":"BLOB_UNKNOWN","message":"blob unknown to registry"}]}');
    });
    const error = await client(registry)
      .openBlob('os/app', DIGEST)
      .catch((caught: unknown) => caught);
    expect((error as OsimgError).code).toBe('NOT_FOUND');
    expect((error as Error).message).toMatch(/not found \(HTTP 404\): BLOB_UNKNOWN blob unknown to registry/);
  });

  it('refuses a digest it cannot check before asking', async () => {
    const { registry, served } = await serve((_req, res) => sendBlob(res));
    await expect(client(registry).openBlob('os/app', 'md5:abc')).rejects.toThrow(/only sha256 and sha512/);
    expect(served).toEqual([]);
  });

  it('works through the `send` test hook too (the stateful fake registry, Bearer auth)', async () => {
    const fake = new FakeRegistry({ auth: 'bearer', users: { ops: 'secret' } });
    const digest = fake.seedBlob('os/app', BLOB);
    const viaFake = new RegistryClient({ registry: 'fake.test', credentials: CREDENTIALS, send: fake.send });
    expect((await readAll(await viaFake.openBlob('os/app', digest))).equals(BLOB)).toBe(true);
    expect(fake.registryCalls()).toEqual([
      `GET /v2/os/app/blobs/${digest}`,
      `GET /v2/os/app/blobs/${digest}`,
    ]);
  });
});
