/**
 * A throwaway OCI registry on loopback for a local pipeline run: the distribution registry (Debian's
 * `docker-registry`, upstream's `registry`) with its storage in a temp directory, stopped and removed
 * after the run.
 */
import { rm, writeFile, cp, mkdir, rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { OsimgError } from '../errors.js';
import { httpRequest } from '../oci/http.js';
import { sleep } from '../oci/retry.js';
import { exec } from '../tools/exec.js';
import { freePort } from '../net.js';
import { makeScratch } from '../scratch/files.js';

export interface LocalRegistry {
  /** host:port for image references */
  address: string;
  /**
   * Stops the registry and removes its files; with `keep`, its storage (every image, signature and
   * attestation pushed in the run) is moved to that directory first, replacing what was there.
   */
  stop(options?: { keep?: string }): Promise<void>;
}

async function moveDir(from: string, to: string): Promise<void> {
  await rm(to, { recursive: true, force: true });
  await mkdir(dirname(to), { recursive: true });
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await cp(from, to, { recursive: true });
  }
}

const BINARIES = ['docker-registry', 'registry'];

async function answers(address: string): Promise<boolean> {
  try {
    const response = await httpRequest({ method: 'GET', url: new URL(`http://${address}/v2/`), headers: {} });
    return response.status === 200;
  } catch {
    return false;
  }
}

export async function startLocalRegistry(options: { deadlineMs?: number } = {}): Promise<LocalRegistry> {
  const dir = (await makeScratch(tmpdir(), 'osimg-pipeline-registry-')).path;
  const port = await freePort();
  const address = `127.0.0.1:${port}`;
  const config = join(dir, 'config.yml');
  await writeFile(
    config,
    [
      'version: 0.1',
      'log: {level: error, accesslog: {disabled: true}}',
      `storage: {filesystem: {rootdirectory: ${join(dir, 'data')}}, delete: {enabled: true}}`,
      `http: {addr: "${address}"}`,
      '',
    ].join('\n'),
  );
  const abort = new AbortController();
  let exited: Promise<unknown> | undefined;
  let failure: unknown;
  for (const binary of BINARIES) {
    failure = undefined;
    exited = exec(binary, ['serve', config], {
      signal: abort.signal,
      killGraceMs: 2000,
      background: true,
    }).catch((error) => {
      failure = error;
    });
    await sleep(50);
    if (!(failure instanceof OsimgError && failure.code === 'TOOL_NOT_FOUND')) break;
  }
  const stop = async (options: { keep?: string } = {}) => {
    abort.abort();
    await exited;
    try {
      if (options.keep) await moveDir(join(dir, 'data'), options.keep);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };
  if (failure instanceof OsimgError && failure.code === 'TOOL_NOT_FOUND') {
    await stop();
    throw new OsimgError(
      'no local registry: install the distribution registry (Debian/Ubuntu: apt-get install docker-registry) or pass --registry HOST',
      { code: 'TOOL_NOT_FOUND' },
    );
  }
  const deadline = Date.now() + (options.deadlineMs ?? 15_000);
  while (!(await answers(address))) {
    if (failure !== undefined || Date.now() > deadline) {
      await stop();
      throw new OsimgError(
        `the local registry did not start on ${address}${failure ? `: ${(failure as Error).message}` : ''}; pass --registry HOST to use another`,
      );
    }
    await sleep(100);
  }
  return { address, stop };
}
