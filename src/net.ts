/** Loopback networking helpers shared by the VM's port forwards and the pipeline's local registry. */
import { createServer } from 'node:net';

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
