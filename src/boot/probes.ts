/**
 * Probes from the outside, through qemu's user-network port forwards on 127.0.0.1: HTTP requests and TCP
 * connections, retried until their deadline. Each probe is an attempt loop that ends with one outcome.
 */
import { request } from 'node:http';
import { connect } from 'node:net';

export interface HttpProbe {
  guestPort: number;
  path: string;
  status: number;
  body?: RegExp;
  withinMs?: number;
}

/** How a probe is named in results: `http 8080 /health → 200 /ok/`. */
export function httpProbeName(probe: HttpProbe): string {
  return `http ${probe.guestPort} ${probe.path} → ${probe.status}${probe.body ? ` /${probe.body.source}/` : ''}`;
}

export interface ProbeOutcome {
  passed: boolean;
  detail: string;
}

const ATTEMPT_MS = 5000;
const RETRY_MS = 1000;
const BODY_LIMIT = 1024 * 1024;

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

interface HttpAnswer {
  status: number;
  body: string;
}

function httpGet(port: number, path: string, timeoutMs: number, signal: AbortSignal): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: 'GET', timeout: timeoutMs, signal, agent: false },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          if (body.length < BODY_LIMIT) body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)));
    req.on('error', reject);
    req.end();
  });
}

function describeAnswer(answer: HttpAnswer): string {
  const body = answer.body.replace(/\s+/g, ' ').trim();
  return `HTTP ${answer.status}${body ? `, body "${body.length > 120 ? `${body.slice(0, 120)}…` : body}"` : ''}`;
}

/**
 * GET until the status (and body pattern) match or the deadline passes; the last answer explains a failure.
 * The deadline is a function: it moves once the boot is known to be done (see BootSession.readyAt).
 */
export async function probeHttp(
  probe: HttpProbe,
  hostPort: number,
  deadline: () => number,
  signal: AbortSignal,
  now: () => number = Date.now,
): Promise<ProbeOutcome> {
  let last = 'no attempt was made before the deadline';
  while (!signal.aborted) {
    const remaining = deadline() - now();
    if (remaining <= 0) break;
    try {
      const answer = await httpGet(hostPort, probe.path, Math.min(ATTEMPT_MS, remaining), signal);
      const statusOk = answer.status === probe.status;
      const bodyOk = !probe.body || probe.body.test(answer.body);
      if (statusOk && bodyOk) return { passed: true, detail: describeAnswer(answer) };
      last = `${describeAnswer(answer)}${statusOk ? `: the body does not match /${probe.body!.source}/` : `: expected ${probe.status}`}`;
    } catch (error) {
      last = `no HTTP answer: ${(error as Error).message}`;
    }
    await sleep(Math.min(RETRY_MS, Math.max(0, deadline() - now())), signal);
  }
  return { passed: false, detail: last };
}

/**
 * One TCP attempt through the forward. qemu accepts on the host side before the guest answers, so an
 * open connection proves little by itself; a guest that refuses makes qemu close it within moments.
 * "Accepted" = still open after `holdMs`. (The guest facts' listening ports make the check exact.)
 */
export function tcpAttempt(hostPort: number, holdMs: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port: hostPort });
    let settled = false;
    const finish = (accepted: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      socket.destroy();
      resolve(accepted);
    };
    const onAbort = () => finish(false);
    const timer = setTimeout(() => finish(true), holdMs);
    socket.on('error', () => finish(false));
    socket.on('close', () => finish(false));
    socket.on('end', () => finish(false));
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

export async function probeTcp(
  hostPort: number,
  deadline: () => number,
  signal: AbortSignal,
  now: () => number = Date.now,
  holdMs = 1500,
): Promise<ProbeOutcome> {
  while (!signal.aborted && now() < deadline()) {
    if (await tcpAttempt(hostPort, holdMs, signal))
      return { passed: true, detail: `a connection through 127.0.0.1:${hostPort} stayed open` };
    await sleep(Math.min(RETRY_MS, Math.max(0, deadline() - now())), signal);
  }
  return { passed: false, detail: 'every connection was refused or closed by the guest' };
}
