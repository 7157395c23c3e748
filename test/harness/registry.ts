/**
 * A real registry for tests and examples: Debian's docker-registry (distribution 2.8) on 127.0.0.1 at a
 * random port, with its own config and storage in a temp dir, optionally behind htpasswd auth.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exec } from '../../src/tools/exec.js';
import { freePort, waitFor } from './ports.js';

export interface TestRegistry {
  /** host:port, as used in image references. */
  address: string;
  port: number;
  credentials?: { username: string; password: string };
  stop(): Promise<void>;
}

export async function startRegistry(
  options: { auth?: { username: string; password: string } } = {},
): Promise<TestRegistry> {
  const dir = await mkdtemp(join(tmpdir(), 'osimg-registry-'));
  const port = await freePort();
  const lines = [
    'version: 0.1',
    'log:',
    '  level: error',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${join(dir, 'data')}`,
    '  delete:',
    '    enabled: true',
    'http:',
    `  addr: 127.0.0.1:${port}`,
    `  secret: ${Math.random().toString(36).slice(2)}`,
  ];
  if (options.auth) {
    // htpasswd reads the password from stdin (-i), so it is never on a command line.
    const hashed = await exec('htpasswd', ['-niB', options.auth.username], {
      input: `${options.auth.password}\n`,
    });
    await writeFile(join(dir, 'htpasswd'), hashed.stdout.trim() + '\n');
    lines.push('auth:', '  htpasswd:', '    realm: osimg-test', `    path: ${join(dir, 'htpasswd')}`);
  }
  await writeFile(join(dir, 'config.yml'), lines.join('\n') + '\n');

  const child: ChildProcess = spawn('docker-registry', ['serve', join(dir, 'config.yml')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const address = `127.0.0.1:${port}`;
  try {
    await waitFor(`registry on ${address}`, async () => {
      if (child.exitCode !== null) throw new Error(`docker-registry exited: ${stderr}`);
      const status = await new Promise<number>((resolve, reject) => {
        http
          .get(`http://${address}/v2/`, (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          })
          .on('error', reject);
      });
      return status === 200 || status === 401;
    });
  } catch (error) {
    child.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    address,
    port,
    credentials: options.auth,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
