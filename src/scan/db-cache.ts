/**
 * The DB cache on GitHub runners, over @actions/cache. Loaded on demand: @actions/cache brings the Azure
 * storage client, which a run that fails on its inputs should not pay for at start-up.
 */
import type { DbCache } from './db.js';

/** The runner's cache, or undefined where the cache service is not available (self-hosted, local runs). */
export async function actionsDbCache(): Promise<DbCache | undefined> {
  const cache = await import('@actions/cache');
  if (!cache.isFeatureAvailable()) return undefined;
  return {
    restore: (dir, key, restoreKeys) => cache.restoreCache([dir], key, restoreKeys),
    save: async (dir, key) => {
      await cache.saveCache([dir], key);
    },
  };
}
