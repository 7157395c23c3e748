/**
 * One HTTP exchange, with node:http(s) directly: streaming request bodies, responses read whole (JSON,
 * manifests) or streamed (blobs), optional TLS without verification for insecure registries, an idle
 * timeout, and connection failures marked as transient.
 */
import http from 'node:http';
import https from 'node:https';
import { PassThrough, type Readable } from 'node:stream';
import { OsimgError } from '../errors.js';
import { TransientError } from './retry.js';

export interface HttpRequest {
  method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: URL;
  headers?: Record<string, string>;
  /** A buffer, or a factory for a fresh stream (a retry needs a new one). */
  body?: Buffer | (() => Readable);
  /** Skip certificate verification (only for registries the user marked insecure). */
  insecureTls?: boolean;
  /** Idle timeout: no bytes either way for this long aborts the exchange. */
  idleTimeoutMs?: number;
  /** Largest response body kept; more is an error (registries answer manifests and JSON, not blobs). */
  maxBodyBytes?: number;
}

export interface HttpResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** Connection-level failures worth retrying. A host that does not resolve is not one of them. */
const TRANSIENT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'ERR_HTTP_REQUEST_TIMEOUT',
]);

export function header(response: Pick<HttpResponse, 'headers'>, name: string): string | undefined {
  const value = response.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

/** A response whose body has not been read yet (blobs): the caller consumes or destroys `body`. */
export interface StreamingHttpResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Readable;
}

/** One exchange, answered as soon as the status and headers arrive; the body is read by the caller. */
export function httpOpen(request: HttpRequest): Promise<StreamingHttpResponse> {
  const transport = request.url.protocol === 'https:' ? https : http;
  const target = `${request.method} ${request.url.origin}${request.url.pathname}`;
  return new Promise<StreamingHttpResponse>((resolve, reject) => {
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      reject(error);
    };
    const req = transport.request(
      request.url,
      {
        method: request.method,
        headers: request.headers,
        rejectUnauthorized: !request.insecureTls,
      },
      (res) => {
        if (settled) {
          res.destroy();
          return;
        }
        settled = true;
        // From here on, failures belong to the body: its reader sees them as stream errors.
        const body = res.pipe(new PassThrough());
        res.on('error', (error) =>
          body.destroy(new TransientError(`${target}: ${error.message}`, undefined, { cause: error })),
        );
        res.on('close', () => {
          if (!res.complete)
            body.destroy(new TransientError(`${target}: the connection closed before the whole answer`));
        });
        req.on('error', (error) =>
          body.destroy(new TransientError(`${target}: ${error.message}`, undefined, { cause: error })),
        );
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
      },
    );
    req.setTimeout(request.idleTimeoutMs ?? 120_000, () => {
      req.destroy(Object.assign(new Error('no response (idle timeout)'), { code: 'ETIMEDOUT' }));
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      const code = error.code ?? '';
      if (TRANSIENT_CODES.has(code)) {
        fail(
          new TransientError(`${target}: ${describeNetworkError(code, request.url)}`, undefined, {
            cause: error,
          }),
        );
      } else if (code === 'ENOTFOUND') {
        fail(
          new OsimgError(`cannot resolve registry host "${request.url.hostname}": check the registry name`, {
            code: 'REGISTRY',
            cause: error,
          }),
        );
      } else {
        fail(new OsimgError(`${target} failed: ${error.message}`, { code: 'REGISTRY', cause: error }));
      }
    });

    const body = request.body;
    if (body === undefined) req.end();
    else if (Buffer.isBuffer(body)) req.end(body);
    else {
      const stream = body();
      stream.on('error', (error) => {
        req.destroy(error);
        fail(new OsimgError(`reading the upload for ${target} failed: ${error.message}`, { cause: error }));
      });
      stream.pipe(req);
    }
  });
}

/** Reads a whole (small) body; more than `max` bytes is an error. */
export async function readBody(body: Readable, max: number, target: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) {
      body.destroy();
      throw new OsimgError(`${target} answered with more than ${max} bytes`, { code: 'REGISTRY' });
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export async function httpRequest(request: HttpRequest): Promise<HttpResponse> {
  const response = await httpOpen(request);
  const target = `${request.method} ${request.url.origin}${request.url.pathname}`;
  const body = await readBody(response.body, request.maxBodyBytes ?? 32 * 1024 * 1024, target);
  return { status: response.status, headers: response.headers, body };
}

function describeNetworkError(code: string, url: URL): string {
  switch (code) {
    case 'ECONNREFUSED':
      return `connection refused by ${url.host} (is the registry running and the address right?)`;
    case 'ETIMEDOUT':
      return `no answer from ${url.host} (timed out)`;
    case 'ECONNRESET':
      return `connection to ${url.host} was reset`;
    default:
      return `network error ${code} talking to ${url.host}`;
  }
}
