/**
 * The layers of an image in a registry, by digest: its manifest, or for a multi-platform index the
 * manifest of the wanted platform, chosen as containers/image (buildah, podman, skopeo) chooses for a
 * pull: same OS and architecture, the variant when one is asked for. Digests are checked on the way: the
 * manifest read must be the one named.
 */
import { OsimgError } from '../errors.js';
import { MEDIA_TYPES, type RegistryClient } from './registry.js';

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

export interface LayerDescriptor {
  mediaType: string;
  digest: string;
  size: number;
}

export interface ImageLayers {
  /** The manifest the layers come from (the platform's, when `digest` named an index). */
  manifestDigest: string;
  /** The platform picked from an index; undefined for a single manifest. */
  platform?: Platform;
  /** Lowest first. */
  layers: LayerDescriptor[];
}

interface Descriptor {
  mediaType?: string;
  digest?: string;
  size?: number;
  platform?: { os?: string; architecture?: string; variant?: string };
}

interface ManifestJson {
  mediaType?: string;
  manifests?: Descriptor[];
  layers?: Descriptor[];
}

const IMAGE_MANIFESTS = new Set<string>([MEDIA_TYPES.ociManifest, MEDIA_TYPES.dockerManifest]);
const INDEXES = new Set<string>([MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerList]);

export function formatPlatform(platform: { os?: string; architecture?: string; variant?: string }): string {
  return [platform.os ?? '?', platform.architecture ?? '?', platform.variant].filter(Boolean).join('/');
}

/**
 * The index entry for `wanted`: OS and architecture must match; among several, the one with the wanted
 * variant (or, none wanted, the one without a variant), else the first. Entries of platform
 * unknown/unknown (build attestations) never match.
 */
export function selectPlatform(manifests: readonly Descriptor[], wanted: Platform): Descriptor | undefined {
  const candidates = manifests.filter(
    (entry) =>
      entry.digest && entry.platform?.os === wanted.os && entry.platform.architecture === wanted.architecture,
  );
  return (
    candidates.find((entry) => (entry.platform?.variant ?? undefined) === wanted.variant) ?? candidates[0]
  );
}

async function readManifest(
  client: RegistryClient,
  repository: string,
  digest: string,
  where: string,
): Promise<{ mediaType: string; json: ManifestJson }> {
  const manifest = await client.getManifest(repository, digest);
  if (manifest.digest !== digest) {
    throw new OsimgError(`the registry returned other content for ${where}`, { code: 'DIGEST_MISMATCH' });
  }
  let json: ManifestJson;
  try {
    json = JSON.parse(manifest.bytes.toString('utf8')) as ManifestJson;
  } catch {
    throw new OsimgError(`the manifest of ${where} is not JSON`, { code: 'REGISTRY' });
  }
  return { mediaType: json.mediaType ?? manifest.mediaType, json };
}

export async function imageLayers(
  client: RegistryClient,
  repository: string,
  digest: string,
  wanted: Platform,
): Promise<ImageLayers> {
  const where = `${repository}@${digest}`;
  let { mediaType, json } = await readManifest(client, repository, digest, where);
  let manifestDigest = digest;
  let platform: Platform | undefined;
  if (INDEXES.has(mediaType) || (json.manifests && !json.layers)) {
    const entries = json.manifests ?? [];
    const entry = selectPlatform(entries, wanted);
    if (!entry?.digest) {
      const have = entries
        .filter((candidate) => candidate.platform && candidate.platform.os !== 'unknown')
        .map((candidate) => formatPlatform(candidate.platform!));
      throw new OsimgError(
        `${where} is a multi-platform image without a ${formatPlatform(wanted)} manifest ` +
          `(it has ${have.length > 0 ? have.join(', ') : 'no platform manifests'}): ` +
          `give the digest of the platform's manifest instead`,
        { code: 'NOT_FOUND' },
      );
    }
    manifestDigest = entry.digest;
    platform = {
      os: entry.platform!.os!,
      architecture: entry.platform!.architecture!,
      ...(entry.platform!.variant ? { variant: entry.platform!.variant } : {}),
    };
    ({ mediaType, json } = await readManifest(
      client,
      repository,
      manifestDigest,
      `the ${formatPlatform(platform)} manifest of ${where}`,
    ));
  }
  if (!IMAGE_MANIFESTS.has(mediaType) && !json.layers) {
    throw new OsimgError(
      `${where} is not an image (its manifest is ${mediaType || 'of no known type'}): it has no layers to read`,
      { code: 'REGISTRY' },
    );
  }
  const layers = (json.layers ?? []).map((layer, index) => {
    if (!layer.digest || typeof layer.mediaType !== 'string') {
      throw new OsimgError(`layer ${index + 1} of ${where} has no digest or media type`, {
        code: 'REGISTRY',
      });
    }
    return { mediaType: layer.mediaType, digest: layer.digest, size: layer.size ?? 0 };
  });
  return platform ? { manifestDigest, platform, layers } : { manifestDigest, layers };
}
