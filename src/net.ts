/** Loopback networking helpers shared by the VM's port forwards and the pipeline's local registry. */
import { connect, createServer } from 'node:net';

/** A free TCP port on 127.0.0.1 (the kernel picks one; the caller's server binds it a moment later). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port')),
      );
    });
  });
}

/**
 * Whether `url`'s host answers a TCP connection within `timeoutMs`: undefined when it does, otherwise a few
 * words saying why not (no DNS, no route, refused, silent). A download tries this once before its retries,
 * so an offline machine learns it in seconds instead of after a minute of backoff.
 */
export async function unreachable(url: string, timeoutMs = 4000): Promise<string | undefined> {
  const { hostname, port, protocol } = new URL(url);
  const host = hostname.replace(/^\[|\]$/g, '');
  const target = Number(port) || (protocol === 'http:' ? 80 : 443);
  return new Promise((resolve) => {
    const socket = connect({ host, port: target, timeout: timeoutMs });
    const done = (why: string | undefined) => {
      socket.destroy();
      resolve(why);
    };
    socket.once('connect', () => done(undefined));
    socket.once('timeout', () => done(`${host}:${target} did not answer within ${timeoutMs / 1000} s`));
    socket.once('error', (error: NodeJS.ErrnoException) => {
      const reasons: Record<string, string> = {
        ENOTFOUND: `${host} does not resolve (no DNS)`,
        EAI_AGAIN: `${host} does not resolve (no DNS)`,
        ENETUNREACH: `no route to ${host}`,
        EHOSTUNREACH: `no route to ${host}`,
        ECONNREFUSED: `${host}:${target} refused the connection`,
      };
      done(reasons[error.code ?? ''] ?? `${host}:${target}: ${error.code ?? error.message}`);
    });
  });
}
