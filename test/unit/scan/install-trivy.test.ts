import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OsimgError } from '../../../src/errors.js';
import { MemoryLogger } from '../../../src/log.js';
import { resolveTrivy, type TrivyDeps } from '../../../src/scan/install-trivy.js';
import type { Exec } from '../../../src/tools/exec.js';
import { exec as realExec } from '../../../src/tools/exec.js';
import { directoryStore, toolCacheDownload } from '../../../src/tools/install.js';
import { Trivy } from '../../../src/tools/trivy.js';
import { retryDownloadsAtOnce, startReleaseServer, type ReleaseServer } from './release-server.js';

let server: ReleaseServer;
let dir: string;
beforeAll(async () => {
  retryDownloadsAtOnce();
  server = await startReleaseServer();
});
afterAll(() => server.stop());
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'osimg-resolve-trivy-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** A trivy on PATH that reports `version` (or is missing). */
const onPath = (version?: string) => {
  const exec: Exec = async () => {
    if (!version) throw new OsimgError('trivy is not installed or not on PATH', { code: 'TOOL_NOT_FOUND' });
    return { exitCode: 0, stdout: `Version: ${version}\n`, stderr: '', durationMs: 1 };
  };
  return new Trivy('trivy', exec);
};

/** The FAKE trivy inside the archive runs with FAKE_TRIVY_* variables so the test can see whether it ran. */
const withEnv = (env: Record<string, string>) => (binary: string) =>
  new Trivy(binary, (file, args, options) =>
    realExec(file, args, { ...options, env: { ...env, ...options?.env } }),
  );

function deps(path: string, onPathTrivy: Trivy, env: Record<string, string> = {}): TrivyDeps {
  return {
    onPath: onPathTrivy,
    install: { store: directoryStore(join(dir, 'store')), download: toolCacheDownload, tempDir: dir },
    host: { platform: 'linux', arch: 'x64' },
    log: new MemoryLogger(),
    release: {
      base: `${server.base}/${path}`,
      checksums: { '0.72.0': { 'trivy_0.72.0_Linux-64bit.tar.gz': server.sha256 } },
    },
    makeTrivy: withEnv(env),
  };
}

describe('resolveTrivy', () => {
  it('uses the trivy on PATH when it is exactly the pinned version', async () => {
    const path = onPath('0.72.0');
    expect(await resolveTrivy('0.72.0', deps('good', path))).toBe(path);
    expect(server.hits.size).toBe(0);
  });

  it('does not use another version on PATH: installs the pinned one and checks its version', async () => {
    const log = new MemoryLogger();
    const trivy = await resolveTrivy('0.72.0', { ...deps('good', onPath('0.69.4')), log });
    expect(trivy.binary).toBe(join(dir, 'store', 'trivy', '0.72.0', 'x64', 'trivy'));
    expect(log.lines[0]).toBe('trivy 0.69.4 on PATH is not the pinned 0.72.0: not using it');
  });

  it('installs when there is no trivy at all', async () => {
    const trivy = await resolveTrivy('0.72.0', deps('good', onPath()));
    expect(await trivy.version()).toBe('0.72.0');
  });

  it('never runs a tampered download', async () => {
    const ran = join(dir, 'fake-trivy-ran');
    const error = await resolveTrivy('0.72.0', deps('tampered', onPath(), { FAKE_TRIVY_RAN: ran })).catch(
      (e: unknown) => e,
    );
    expect((error as OsimgError).code).toBe('DIGEST_MISMATCH');
    expect(existsSync(ran)).toBe(false);
    // The control: the same fake does leave the marker when it is verified and run.
    await resolveTrivy('0.72.0', deps('good', onPath(), { FAKE_TRIVY_RAN: ran }));
    expect(existsSync(ran)).toBe(true);
  });

  it('offline: names the ways on without a download', async () => {
    const offline = { ...deps('good', onPath()), release: { base: 'http://127.0.0.1:1/releases' } };
    const error = await resolveTrivy('0.72.0', offline).catch((e: unknown) => e);
    expect((error as OsimgError).code).toBe('REGISTRY');
    expect((error as Error).message).toMatch(
      /this machine looks offline; to go on without downloading trivy: put trivy 0\.72\.0 on PATH, judge an existing trivy JSON report \(osimg scan --from-report FILE, osimg pipeline --scan-report FILE\), or skip the scan \(osimg pipeline --skip scan\)$/,
    );
  });

  it('fails when the verified archive holds another version than it claims', async () => {
    await expect(
      resolveTrivy('0.72.0', deps('good', onPath(), { FAKE_TRIVY_VERSION: '0.1.0' })),
    ).rejects.toThrow('the verified trivy archive contains trivy 0.1.0, not 0.72.0');
  });
});
