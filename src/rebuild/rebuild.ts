/**
 * `osimg rebuild`: gather what was built on what (registry labels, dependents index files, pipeline
 * records), decide which images the policy now condemns, and start their pipelines (or, in a dry run,
 * say which it would start).
 */
import type { Logger } from '../log.js';
import { matchesGlob } from '../glob.js';
import { formatReference, parseReference } from '../oci/reference.js';
import type { RegistryClient } from '../oci/registry.js';
import type { Policy } from '../policy/types.js';
import { findAffected, tagName, baseReference, type AffectedImage } from './affected.js';
import { discoverImages } from './discover.js';
import { planTargets, runDispatches, type DispatchDefaults, type DispatchResult } from './dispatch.js';
import type { GitHubClient } from './github.js';
import { mergeIndexes, type DependentImage, type DependentsIndex, INDEX_KIND } from './index-file.js';
import { mapLimit } from './limit.js';
import { readRecord } from './record.js';

export interface RebuildRequest {
  policy: Policy;
  previousPolicy?: Policy;
  /** Registry specs to crawl (see discoverImages); may be empty when index files are given. */
  images: string[];
  indexes: DependentsIndex[];
  /** Only these bases (globs over registry/repository); empty: every base the policy affects. */
  bases: string[];
  /** Only images that carry one of these tags (globs); empty: every tag. Index entries always count. */
  tags: string[];
  /** Also rebuild images whose base tag now points at another digest. */
  checkBaseUpdates: boolean;
  /** Read each crawled image's pipeline record (which workflow to start). */
  readRecords: boolean;
  defaults: DispatchDefaults;
  dryRun: boolean;
  concurrency: number;
  maxDispatches: number;
  intervalMs: number;
  today: string;
}

export interface RebuildDeps {
  clientFor: (registry: string) => Promise<RegistryClient>;
  /** Required unless dryRun. */
  github?: GitHubClient;
  log: Logger;
  sleep?: (ms: number) => Promise<void>;
}

export interface RebuildReport {
  dryRun: boolean;
  /** Images looked at (after the tag filter). */
  images: DependentImage[];
  affected: AffectedImage[];
  unknownBase: DependentImage[];
  /** Affected before the policy change already; not started again. */
  unchanged: AffectedImage[];
  /** Affected, but no repository or workflow is known to start. */
  unroutable: AffectedImage[];
  results: DispatchResult[];
  /** GitHub requests sent (retries included). */
  requests: number;
}

export async function rebuild(request: RebuildRequest, deps: RebuildDeps): Promise<RebuildReport> {
  const { log } = deps;
  const crawled = request.images.length
    ? await log.group('Read image labels from the registry', () =>
        discoverImages({
          images: request.images,
          clientFor: deps.clientFor,
          log,
          concurrency: request.concurrency * 2,
        }),
      )
    : [];
  const kept = crawled.filter(
    (image) =>
      request.tags.length === 0 ||
      (image.tags ?? []).some((tag) => request.tags.some((glob) => matchesGlob(tag, glob))),
  );
  const records =
    request.readRecords && kept.length
      ? await log.group('Read pipeline records', () => recordsOf(kept, deps))
      : [];
  const merged = mergeIndexes({ kind: INDEX_KIND, version: 1, images: kept }, ...request.indexes, {
    kind: INDEX_KIND,
    version: 1,
    images: records,
  }).images;
  log.info(
    `${merged.length} image(s): ${kept.length} from the registry, ${request.indexes.reduce((n, index) => n + index.images.length, 0)} from index files, ${records.length} record(s)`,
  );

  const currentBase = request.checkBaseUpdates ? await resolveBases(merged, deps) : undefined;
  const found = findAffected(merged, request.policy, {
    today: request.today,
    bases: request.bases,
    previousPolicy: request.previousPolicy,
    currentBase,
  });
  const { targets, unroutable } = planTargets(found.affected, request.defaults);
  if (!request.dryRun && !deps.github) throw new Error('rebuild: a GitHub client is required unless dry-run');
  const results = await runDispatches(targets, {
    client: request.dryRun ? undefined : deps.github,
    eventType: request.defaults.eventType,
    concurrency: request.concurrency,
    maxDispatches: request.maxDispatches,
    intervalMs: request.intervalMs,
    log,
    sleep: deps.sleep,
  });
  return {
    dryRun: request.dryRun,
    images: merged,
    affected: found.affected,
    unknownBase: found.unknownBase,
    unchanged: found.unchanged,
    unroutable,
    results,
    requests: deps.github?.requests ?? 0,
  };
}

async function recordsOf(images: readonly DependentImage[], deps: RebuildDeps): Promise<DependentImage[]> {
  const found = await mapLimit(images, 4, async (image) => {
    const ref = parseReference(image.image);
    try {
      const client = await deps.clientFor(ref.registry);
      return await readRecord(client, { ...ref, digest: ref.digest! });
    } catch (error) {
      deps.log.warning(`could not read the pipeline record of ${image.image}: ${(error as Error).message}`);
      return undefined;
    }
  });
  return found.filter((entry): entry is DependentImage => entry !== undefined);
}

/** The digests each base tag points at now (an index and its platform manifests all count). */
async function resolveBases(
  images: readonly DependentImage[],
  deps: RebuildDeps,
): Promise<Map<string, Set<string>>> {
  const names = [
    ...new Set(
      images
        .map(baseReference)
        .filter((ref) => ref?.repository)
        .map((ref) => tagName(ref!)),
    ),
  ];
  const current = new Map<string, Set<string>>();
  await mapLimit(names, 4, async (name) => {
    const ref = parseReference(name);
    try {
      const client = await deps.clientFor(ref.registry);
      const manifest = await client.getManifest(ref.repository, ref.tag!);
      const digests = new Set([manifest.digest]);
      const children =
        (JSON.parse(manifest.bytes.toString('utf8')) as { manifests?: Array<{ digest?: string }> })
          .manifests ?? [];
      for (const child of children) if (child.digest) digests.add(child.digest);
      current.set(name, digests);
    } catch (error) {
      deps.log.warning(`could not resolve base ${formatReference(ref)}: ${(error as Error).message}`);
    }
  });
  return current;
}
