import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigurationError, OsimgError } from '../../../src/errors.js';
import { MemoryLogger } from '../../../src/log.js';
import { dbCacheKey, isDbFresh, prepareDb, type DbCache, type DbDeps } from '../../../src/scan/db.js';
import { exec as realExec } from '../../../src/tools/exec.js';
import { Trivy, TrivyError } from '../../../src/tools/trivy.js';
import { FAKE_TRIVY } from './release-server.js';

const NOW = new Date('2026-06-01T10:00:00Z');
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'osimg-db-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** The FAKE trivy script (process handling only), with its DB behaviour chosen by env. */
const fakeTrivy = (env: Record<string, string> = {}) =>
  new Trivy(FAKE_TRIVY, (file, args, options) =>
    realExec(file, args, { ...options, env: { ...env, ...options?.env } }),
  );

function deps(overrides: Partial<DbDeps> = {}): DbDeps & { log: MemoryLogger; sleeps: number[] } {
  const sleeps: number[] = [];
  return {
    trivy: fakeTrivy(),
    log: new MemoryLogger(),
    now: NOW,
    today: '2026-06-01',
    cwd: dir,
    timeoutMs: 20_000,
    sleep: async (ms) => void sleeps.push(ms),
    sleeps,
    ...overrides,
  } as DbDeps & { log: MemoryLogger; sleeps: number[] };
}

const plan = () => ({
  cacheDir: join(dir, 'cache'),
  repositories: ['mirror.example/trivy-db:2', 'ghcr.io/aquasecurity/trivy-db:2'],
});

class MemoryCache implements DbCache {
  readonly saved: string[] = [];
  constructor(private readonly hit?: { key: string; metadata: string }) {}
  async restore(target: string, key: string, restoreKeys: string[]) {
    expect(restoreKeys).toEqual(['osimg-trivy-db-v2-']);
    if (!this.hit) return undefined;
    await mkdir(target, { recursive: true });
    await writeFile(join(target, 'metadata.json'), this.hit.metadata);
    return this.hit.key;
  }
  async save(_target: string, key: string) {
    this.saved.push(key);
  }
}

describe('isDbFresh', () => {
  it.each([
    [undefined, false],
    ['not json', false],
    ['{}', false],
    ['{"NextUpdate":"2026-06-01T09:59:59Z"}', false],
    ['{"NextUpdate":"2026-06-01T16:00:00Z"}', true],
  ])('%j → %s', (metadata, fresh) => {
    expect(isDbFresh(metadata, NOW)).toBe(fresh);
  });
});

describe('prepareDb', () => {
  it("downloads when there is no DB, then caches it under today's key", async () => {
    const cache = new MemoryCache();
    const d = deps({ cache });
    expect(await prepareDb(plan(), d)).toEqual({ cacheDir: plan().cacheDir, offline: false });
    expect(await readFile(join(plan().cacheDir, 'db', 'metadata.json'), 'utf8')).toContain('NextUpdate');
    expect(cache.saved).toEqual([dbCacheKey('2026-06-01')]);
  });

  it('skips the download when the cache restores a fresh DB', async () => {
    const cache = new MemoryCache({
      key: 'osimg-trivy-db-v2-2026-06-01',
      metadata: '{"NextUpdate":"2026-06-02T00:00:00Z"}',
    });
    const d = deps({ cache, trivy: fakeTrivy({ FAKE_TRIVY_DB: 'fatal', FAKE_TRIVY_DB_FAILURES: '9' }) });
    await prepareDb(plan(), d);
    expect(d.log.lines).toContain(
      'trivy DB: fresh (restored from cache osimg-trivy-db-v2-2026-06-01); no download',
    );
    expect(cache.saved).toEqual([]);
  });

  it('updates a stale DB restored from an older key and saves the new one', async () => {
    const cache = new MemoryCache({
      key: 'osimg-trivy-db-v2-2026-05-30',
      metadata: '{"NextUpdate":"2026-05-31T00:00:00Z"}',
    });
    await prepareDb(plan(), deps({ cache }));
    expect(cache.saved).toEqual(['osimg-trivy-db-v2-2026-06-01']);
  });

  it.each(['429', '503'])('retries with backoff on %s and then succeeds', async (status) => {
    const d = deps({ trivy: fakeTrivy({ FAKE_TRIVY_DB: status, FAKE_TRIVY_DB_FAILURES: '2' }) });
    await prepareDb(plan(), d);
    expect(d.sleeps).toHaveLength(2);
    expect(d.sleeps[1]!).toBeGreaterThanOrEqual(5_000);
    expect(d.log.lines.filter((line) => line.startsWith('warning: trivy DB download attempt'))).toHaveLength(
      2,
    );
  });

  it('gives up after its attempts with one clear error', async () => {
    const d = deps({ trivy: fakeTrivy({ FAKE_TRIVY_DB: '429', FAKE_TRIVY_DB_FAILURES: '99' }) });
    const error = await prepareDb(plan(), d).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OsimgError);
    expect((error as Error).message).toMatch(
      /^could not download the trivy DB: trivy failed: .* \(gave up after 4 attempts\)$/,
    );
    expect(d.sleeps).toHaveLength(3);
  });

  it('does not retry a failure that retrying cannot fix', async () => {
    const d = deps({ trivy: fakeTrivy({ FAKE_TRIVY_DB: 'fatal', FAKE_TRIVY_DB_FAILURES: '1' }) });
    await expect(prepareDb(plan(), d)).rejects.toBeInstanceOf(TrivyError);
    expect(d.sleeps).toHaveLength(0);
  });

  it('uses an offline DB directory as it is, and checks it has a DB', async () => {
    const offline = join(dir, 'offline');
    await expect(prepareDb({ ...plan(), offlineDir: offline }, deps())).rejects.toThrow(
      new ConfigurationError(
        `offline-db ${offline} has no db/trivy.db: copy a trivy cache directory there (trivy image --download-db-only --cache-dir DIR)`,
      ),
    );
    await mkdir(join(offline, 'db'), { recursive: true });
    await writeFile(join(offline, 'db', 'trivy.db'), '');
    await writeFile(join(offline, 'db', 'metadata.json'), '{}');
    expect(await prepareDb({ ...plan(), offlineDir: offline }, deps())).toEqual({
      cacheDir: offline,
      offline: true,
    });
  });
});
