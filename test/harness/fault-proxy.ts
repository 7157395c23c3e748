/**
 * A fault-injecting HTTP proxy in front of a real registry: answers chosen requests with 503 or 429
 * (with Retry-After) a set number of times, then forwards them. Counts what it injected.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Fault {
  /** Which requests to fail, e.g. uploads: (req) => req.method === 'PUT'. */
  match: (req: http.IncomingMessage) => boolean;
  status: 429 | 500 | 502 | 503 | 504;
  /** How many matching requests fail before the rest pass. */
  times: number;
  retryAfterSeconds?: number;
}

export interface FaultProxy {
  address: string;
  injected: number;
  forwarded: number;
  stop(): Promise<void>;
}

export async function startFaultProxy(upstream: string, faults: Fault[]): Promise<FaultProxy> {
  const remaining = faults.map((fault) => ({ ...fault }));
  const state = { injected: 0, forwarded: 0 };
  const [upstreamHost, upstreamPort] = upstream.split(':') as [string, string];
  const server = http.createServer((req, res) => {
    const fault = remaining.find((candidate) => candidate.times > 0 && candidate.match(req));
    if (fault) {
      fault.times--;
      state.injected++;
      req.resume();
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds);
      res.writeHead(fault.status, headers);
      res.end(JSON.stringify({ errors: [{ code: 'UNAVAILABLE', message: 'injected fault' }] }));
      return;
    }
    state.forwarded++;
    const forward = http.request(
      {
        host: upstreamHost,
        port: Number(upstreamPort),
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (upstreamRes) => {
        res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.headers);
        upstreamRes.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    address: `127.0.0.1:${port}`,
    get injected() {
      return state.injected;
    },
    get forwarded() {
      return state.forwarded;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
