/**
 * trivy's vulnerability DB, made ready before the scan so the scan itself never downloads: restored from a
 * cache keyed by date, downloaded (with repository fallbacks, and retries with backoff on TOOMANYREQUESTS
 * and 5xx) only when stale, saved back; or taken as-is from an offline directory.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError, OsimgError } from '../errors.js';
import type { Logger } from '../log.js';
import { TransientError, withRetry, type RetryPolicy } from '../oci/retry.js';
import { TrivyError, type Trivy } from '../tools/trivy.js';

/** trivy's own default order since 0.61, plus the public ECR mirror as a last resort. */
export const DEFAULT_DB_REPOSITORIES = [
  'mirror.gcr.io/aquasec/trivy-db:2',
  'ghcr.io/aquasecurity/trivy-db:2',
  'public.ecr.aws/aquasecurity/trivy-db:2',
] as const;

export const DB_RETRY: RetryPolicy = {
  attempts: 4,
  baseDelayMs: 5_000,
  maxDelayMs: 60_000,
  maxRetryAfterMs: 60_000,
};

/** A cache for the DB directory between jobs (@actions/cache in the action; none in the CLI). */
export interface DbCache {
  /** Returns the key that was restored (exact or by prefix), or undefined on a miss. */
  restore(dir: string, key: string, restoreKeys: string[]): Promise<string | undefined>;
  save(dir: string, key: string): Promise<void>;
}

const KEY_PREFIX = 'osimg-trivy-db-v2-';

export function dbCacheKey(today: string): string {
  return `${KEY_PREFIX}${today}`;
}

/** The DB is fresh while trivy's metadata says its next update is still ahead. */
export function isDbFresh(metadataJson: string | undefined, now: Date): boolean {
  if (!metadataJson) return false;
  try {
    const metadata = JSON.parse(metadataJson) as { NextUpdate?: unknown };
    const next = typeof metadata.NextUpdate === 'string' ? Date.parse(metadata.NextUpdate) : NaN;
    return !Number.isNaN(next) && next > now.getTime();
  } catch {
    return false;
  }
}

export interface DbPlan {
  cacheDir: string;
  repositories: readonly string[];
  offlineDir?: string;
}

export interface DbDeps {
  trivy: Trivy;
  cache?: DbCache;
  log: Logger;
  now: Date;
  today: string;
  /** Where trivy runs (an empty scratch directory). */
  cwd: string;
  sleep?: (ms: number) => Promise<void>;
  timeoutMs: number;
}

/** Makes the DB ready; returns the cache dir to scan with and whether the scan must stay offline. */
export async function prepareDb(plan: DbPlan, deps: DbDeps): Promise<{ cacheDir: string; offline: boolean }> {
  if (plan.offlineDir) {
    for (const file of ['trivy.db', 'metadata.json']) {
      if (!existsSync(join(plan.offlineDir, 'db', file))) {
        throw new ConfigurationError(
          `offline-db ${plan.offlineDir} has no db/${file}: copy a trivy cache directory there (trivy image --download-db-only --cache-dir DIR)`,
        );
      }
    }
    deps.log.info(`trivy DB: offline copy in ${plan.offlineDir} (no download)`);
    return { cacheDir: plan.offlineDir, offline: true };
  }
  const dbDir = join(plan.cacheDir, 'db');
  const key = dbCacheKey(deps.today);
  let restored: string | undefined;
  if (deps.cache) {
    restored = await deps.cache.restore(dbDir, key, [KEY_PREFIX]).catch((error: unknown) => {
      deps.log.warning(
        `trivy DB cache could not be restored (${(error as Error).message}); downloading instead`,
      );
      return undefined;
    });
  }
  const metadata = await readFile(join(dbDir, 'metadata.json'), 'utf8').catch(() => undefined);
  if (isDbFresh(metadata, deps.now)) {
    deps.log.info(`trivy DB: fresh${restored ? ` (restored from cache ${restored})` : ''}; no download`);
    return { cacheDir: plan.cacheDir, offline: false };
  }
  await downloadWithRetry(plan, deps);
  if (deps.cache && restored !== key) {
    await deps.cache.save(dbDir, key).catch((error: unknown) => {
      deps.log.warning(`trivy DB cache could not be saved (${(error as Error).message})`);
    });
  }
  return { cacheDir: plan.cacheDir, offline: false };
}

async function downloadWithRetry(plan: DbPlan, deps: DbDeps): Promise<void> {
  deps.log.info(`trivy DB: downloading from ${plan.repositories.join(', ')}`);
  try {
    await withRetry(
      async () => {
        try {
          await deps.trivy.downloadDb(
            { cacheDir: plan.cacheDir, repositories: plan.repositories },
            { cwd: deps.cwd, timeoutMs: deps.timeoutMs, onLine: (line) => deps.log.debug(line) },
          );
        } catch (error) {
          if (
            error instanceof TrivyError &&
            (error.kind === 'rate-limited' || error.kind === 'server-error')
          ) {
            throw new TransientError(error.message, undefined, { cause: error });
          }
          throw error;
        }
      },
      {
        policy: DB_RETRY,
        sleep: deps.sleep,
        onRetry: ({ attempt, delayMs, error }) =>
          deps.log.warning(
            `trivy DB download attempt ${attempt} failed (${error.message}); retrying in ${Math.round(delayMs / 1000)} s`,
          ),
      },
    );
  } catch (error) {
    if (error instanceof TransientError) {
      throw new OsimgError(`could not download the trivy DB: ${error.message}`, {
        code: 'REGISTRY',
        cause: error,
      });
    }
    throw error;
  }
}
