/**
 * Finding what was built on what, from the registry itself: every image's config carries the
 * `org.opencontainers.image.base.{name,digest}` labels osimg build writes, and `org.opencontainers.image.source`
 * names the repository whose pipeline made it.
 */
import { OsimgError } from '../errors.js';
import type { Logger } from '../log.js';
import { formatReference, parseReference, type ImageReference } from '../oci/reference.js';
import { MEDIA_TYPES, type RegistryClient } from '../oci/registry.js';
import type { DependentImage } from './index-file.js';
import { mapLimit } from './limit.js';

export const LABELS = {
  baseName: 'org.opencontainers.image.base.name',
  baseDigest: 'org.opencontainers.image.base.digest',
  source: 'org.opencontainers.image.source',
  revision: 'org.opencontainers.image.revision',
  created: 'org.opencontainers.image.created',
} as const;

/** Tags that hold signatures, attestations and referrer indexes (cosign and OCI 1.1 tag schemas), not images. */
const ARTIFACT_TAG = /^sha256-[0-9a-f]{64}(?:\.[a-z]+)?$/;

export interface DiscoverRequest {
  /**
   * What to look at: `registry/repository` (every tag), `registry/repository:tag` (one), or `registry/*`
   * (every repository the registry's catalog lists, then every tag).
   */
  images: readonly string[];
  clientFor: (registry: string) => Promise<RegistryClient>;
  log: Logger;
  /** Registry requests at once (default 4). */
  concurrency?: number;
}

interface Found {
  client: RegistryClient;
  ref: ImageReference;
}

export async function discoverImages(request: DiscoverRequest): Promise<DependentImage[]> {
  const concurrency = request.concurrency ?? 4;
  const targets: Found[] = [];
  for (const spec of request.images) {
    const catalog = /^([^/]+)\/\*$/.exec(spec.trim());
    if (catalog) {
      const client = await request.clientFor(catalog[1]!);
      const repositories = await client.listRepositories();
      request.log.info(`${catalog[1]}: ${repositories.length} repositories in the catalog`);
      for (const repository of repositories)
        targets.push(...(await tagsOf(client, { registry: catalog[1]!, repository })));
      continue;
    }
    const ref = parseReference(spec);
    const client = await request.clientFor(ref.registry);
    if (ref.tag || ref.digest) targets.push({ client, ref });
    else targets.push(...(await tagsOf(client, ref)));
  }

  const byDigest = new Map<string, DependentImage>();
  const read = await mapLimit(targets, concurrency, async ({ client, ref }) => {
    try {
      return await readImage(client, ref);
    } catch (error) {
      request.log.warning(`skipped ${formatReference(ref)}: ${(error as Error).message}`);
      return [];
    }
  });
  for (const images of read.flat()) {
    const known = byDigest.get(images.image);
    if (known) known.tags = [...new Set([...(known.tags ?? []), ...(images.tags ?? [])])].sort();
    else byDigest.set(images.image, images);
  }
  return [...byDigest.values()].sort((a, b) => a.image.localeCompare(b.image));
}

async function tagsOf(client: RegistryClient, ref: ImageReference): Promise<Found[]> {
  const tags = await client.listTags(ref.repository);
  return tags
    .filter((tag) => !ARTIFACT_TAG.test(tag))
    .map((tag) => ({ client, ref: { registry: ref.registry, repository: ref.repository, tag } }));
}

interface ManifestJson {
  mediaType?: string;
  config?: { digest?: string };
  manifests?: Array<{ digest?: string; platform?: { os?: string } }>;
}

/** One image (or each platform of an index) with its labels. */
export async function readImage(client: RegistryClient, ref: ImageReference): Promise<DependentImage[]> {
  const reference = ref.digest ?? ref.tag!;
  const manifest = await client.getManifest(ref.repository, reference);
  const parsed = JSON.parse(manifest.bytes.toString('utf8')) as ManifestJson;
  const mediaType = parsed.mediaType ?? manifest.mediaType;
  if (mediaType === MEDIA_TYPES.ociIndex || mediaType === MEDIA_TYPES.dockerList) {
    // A multi-platform image: every platform has its own config; the index digest is what hosts pull.
    const children = (parsed.manifests ?? []).filter(
      (child) => child.digest && child.platform?.os !== 'unknown',
    );
    const labels = await Promise.all(
      children.map(async (child) => {
        const inner = await client.getManifest(ref.repository, child.digest!);
        return configLabels(client, ref.repository, JSON.parse(inner.bytes.toString('utf8')) as ManifestJson);
      }),
    );
    const first = labels.find((l) => l[LABELS.baseName] || l[LABELS.baseDigest]) ?? labels[0] ?? {};
    return [toDependent(ref, manifest.digest, first)];
  }
  if (!parsed.config?.digest) return [];
  // Artifacts (signatures, SBOMs, records) have no image config worth reading.
  if (!(mediaType === MEDIA_TYPES.ociManifest || mediaType === MEDIA_TYPES.dockerManifest)) return [];
  const labels = await configLabels(client, ref.repository, parsed);
  return [toDependent(ref, manifest.digest, labels)];
}

const IMAGE_CONFIGS = new Set([
  'application/vnd.oci.image.config.v1+json',
  'application/vnd.docker.container.image.v1+json',
]);

async function configLabels(
  client: RegistryClient,
  repository: string,
  manifest: ManifestJson & { config?: { digest?: string; mediaType?: string } },
): Promise<Record<string, string>> {
  const config = manifest.config;
  if (!config?.digest || (config.mediaType && !IMAGE_CONFIGS.has(config.mediaType))) return {};
  const blob = await client.getBlob(repository, config.digest);
  let parsed: { config?: { Labels?: Record<string, string> | null } };
  try {
    parsed = JSON.parse(blob.toString('utf8')) as typeof parsed;
  } catch (error) {
    throw new OsimgError(`the image config ${config.digest} is not JSON`, { cause: error });
  }
  return parsed.config?.Labels ?? {};
}

function toDependent(ref: ImageReference, digest: string, labels: Record<string, string>): DependentImage {
  const sourceUrl = labels[LABELS.source];
  const repository = sourceUrl ? githubRepository(sourceUrl) : undefined;
  return {
    image: formatReference({ registry: ref.registry, repository: ref.repository, digest }),
    tags: ref.tag ? [ref.tag] : [],
    base: {
      ...(labels[LABELS.baseName] ? { name: labels[LABELS.baseName] } : {}),
      ...(labels[LABELS.baseDigest] ? { digest: labels[LABELS.baseDigest] } : {}),
    },
    ...(sourceUrl ? { source: { url: sourceUrl, revision: labels[LABELS.revision] } } : {}),
    ...(repository ? { pipeline: { repository } } : {}),
    ...(labels[LABELS.created] ? { builtAt: labels[LABELS.created] } : {}),
  };
}

/** `owner/name` from a GitHub URL (https, ssh or git@ forms, with or without .git). */
export function githubRepository(url: string): string | undefined {
  const match =
    /^(?:https?:\/\/|ssh:\/\/git@|git@)(?:www\.)?github\.com[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(
      url.trim(),
    );
  return match ? `${match[1]}/${match[2]}` : undefined;
}
