/** HTTP and TCP probes against real local servers: retries, deadlines, and what a failure says. */
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer, type AddressInfo, type Server as NetServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpProbeName, probeHttp, probeTcp, tcpAttempt } from '../../../src/boot/probes.js';
import { freePort } from '../../../src/net.js';

let http: Server;
let httpPort: number;
let hits = 0;
const signal = new AbortController().signal;
const within = (ms: number) => {
  const end = Date.now() + ms;
  return () => end;
};

beforeAll(async () => {
  // Answers 503 twice (a service warming up), then 200 with a body.
  http = createHttpServer((req, res) => {
    hits++;
    if (req.url === '/warm' && hits <= 2) res.writeHead(503).end('starting');
    else if (req.url === '/warm' || req.url === '/') res.writeHead(200).end('<p>Hello from osimg</p>');
    else res.writeHead(404).end('not here');
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  httpPort = (http.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => http.close(resolve));
});

describe('probeHttp', () => {
  it('retries until the status and body match', async () => {
    hits = 0;
    const outcome = await probeHttp(
      { guestPort: 80, path: '/warm', status: 200, body: /Hello/ },
      httpPort,
      within(10_000),
      signal,
    );
    expect(outcome).toEqual({ passed: true, detail: 'HTTP 200, body "<p>Hello from osimg</p>"' });
    expect(hits).toBe(3);
  });

  it('fails at the deadline with the last answer', async () => {
    const wrongStatus = await probeHttp(
      { guestPort: 80, path: '/nope', status: 200 },
      httpPort,
      within(1500),
      signal,
    );
    expect(wrongStatus).toEqual({ passed: false, detail: 'HTTP 404, body "not here": expected 200' });
    const wrongBody = await probeHttp(
      { guestPort: 80, path: '/', status: 200, body: /Goodbye/ },
      httpPort,
      within(500),
      signal,
    );
    expect(wrongBody.detail).toBe(
      'HTTP 200, body "<p>Hello from osimg</p>": the body does not match /Goodbye/',
    );
    const closed = await probeHttp(
      { guestPort: 80, path: '/', status: 200 },
      await freePort(),
      within(500),
      signal,
    );
    expect(closed.detail).toMatch(/^no HTTP answer: connect ECONNREFUSED 127\.0\.0\.1:\d+$/);
  });

  it('is named by its line', () => {
    expect(httpProbeName({ guestPort: 8080, path: '/health', status: 204, body: /ok/ })).toBe(
      'http 8080 /health → 204 /ok/',
    );
  });
});

describe('tcp', () => {
  let holding: NetServer;
  let closing: NetServer;
  beforeAll(async () => {
    // What qemu's forward looks like when the guest accepts (the connection stays) or refuses (it is closed).
    holding = createServer(() => undefined);
    closing = createServer((socket) => socket.destroy());
    await Promise.all(
      [holding, closing].map((s) => new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve))),
    );
  });
  afterAll(() => {
    holding.close();
    closing.close();
  });

  it('counts a connection that stays open as accepted, a closed one as refused', async () => {
    const port = (s: NetServer) => (s.address() as AddressInfo).port;
    expect(await tcpAttempt(port(holding), 200, signal)).toBe(true);
    expect(await tcpAttempt(port(closing), 200, signal)).toBe(false);
    expect(await probeTcp(port(holding), within(2000), signal, Date.now, 200)).toMatchObject({
      passed: true,
    });
    expect(await probeTcp(port(closing), within(600), signal, Date.now, 200)).toEqual({
      passed: false,
      detail: 'every connection was refused or closed by the guest',
    });
  });
});
