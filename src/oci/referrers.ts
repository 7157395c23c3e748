/**
 * OCI 1.1 referrers: artifacts that name an image as their `subject`. Registries with the referrers API
 * index them; for the others (Debian's distribution 2.8, older registries) the referrers tag schema is
 * kept by hand: an image index at the tag `sha256-<hex>` listing the referring manifests.
 */
import { Readable } from 'node:stream';
import { OsimgError } from '../errors.js';
import { MEDIA_TYPES, sha256Digest, type RegistryClient } from './registry.js';

/** The OCI empty descriptor's content: `{}`. */
const EMPTY_JSON = Buffer.from('{}');
const EMPTY_MEDIA_TYPE = 'application/vnd.oci.empty.v1+json';

export interface ReferrerDescriptor {
  mediaType: string;
  digest: string;
  size: number;
  artifactType?: string;
  annotations?: Record<string, string>;
}

interface Index {
  schemaVersion: 2;
  mediaType: string;
  manifests: ReferrerDescriptor[];
}

export function referrersTag(digest: string): string {
  return digest.replace(':', '-');
}

async function ensureBlob(client: RegistryClient, repository: string, bytes: Buffer): Promise<string> {
  const digest = sha256Digest(bytes);
  if (!(await client.blobExists(repository, digest))) {
    await client.pushBlob(repository, digest, bytes.length, () => Readable.from(bytes));
  }
  return digest;
}

function parseIndex(bytes: Buffer, where: string): Index {
  try {
    const index = JSON.parse(bytes.toString('utf8')) as Index;
    if (!Array.isArray(index?.manifests)) throw new Error('no manifests');
    return index;
  } catch {
    throw new OsimgError(`the referrers index ${where} is not an OCI image index`);
  }
}

async function tagIndex(
  client: RegistryClient,
  repository: string,
  digest: string,
): Promise<Index | undefined> {
  const stored = await client.findManifest(repository, referrersTag(digest));
  return stored && parseIndex(stored.bytes, `${repository}:${referrersTag(digest)}`);
}

/** Every referrer of a digest (optionally of one artifact type): referrers API first, then the tag schema. */
export async function listReferrers(
  client: RegistryClient,
  repository: string,
  digest: string,
  artifactType?: string,
): Promise<ReferrerDescriptor[]> {
  const fromApi = await client.getReferrers(repository, digest);
  const index = fromApi
    ? parseIndex(fromApi, `of ${repository}@${digest}`)
    : await tagIndex(client, repository, digest);
  const entries = await Promise.all(
    (index?.manifests ?? []).map((entry) => describedReferrer(client, repository, entry)),
  );
  return entries.filter((entry) => !artifactType || entry.artifactType === artifactType);
}

/**
 * cosign 3 lists its bundles in the tag schema index with the empty artifact type and no annotations,
 * while the manifests say `artifactType: …sigstore.bundle…`. For such entries the manifest is read and its
 * artifact type (or config media type) and annotations used, as the referrers API would have listed them.
 */
async function describedReferrer(
  client: RegistryClient,
  repository: string,
  entry: ReferrerDescriptor,
): Promise<ReferrerDescriptor> {
  if (entry.artifactType && entry.artifactType !== EMPTY_MEDIA_TYPE) return entry;
  const stored = await client.findManifest(repository, entry.digest);
  if (!stored) return entry;
  try {
    const manifest = JSON.parse(stored.bytes.toString('utf8')) as {
      artifactType?: unknown;
      config?: { mediaType?: unknown };
      annotations?: Record<string, string>;
    };
    const type =
      typeof manifest.artifactType === 'string' ? manifest.artifactType : manifest.config?.mediaType;
    return {
      ...entry,
      ...(typeof type === 'string' ? { artifactType: type } : {}),
      ...(entry.annotations || !manifest.annotations ? {} : { annotations: manifest.annotations }),
    };
  } catch {
    return entry;
  }
}

/**
 * Attaches one blob as an artifact referring to `subject`: the blob and the empty config first, then the
 * artifact manifest by digest, then (without a referrers API) the referrers tag index. So a listed
 * referrer always resolves.
 */
export async function attachReferrer(
  client: RegistryClient,
  repository: string,
  subject: { digest: string; mediaType: string; size: number },
  artifact: {
    artifactType: string;
    content: Buffer;
    annotations: Record<string, string>;
    layerAnnotations?: Record<string, string>;
  },
): Promise<ReferrerDescriptor> {
  const contentDigest = await ensureBlob(client, repository, artifact.content);
  const configDigest = await ensureBlob(client, repository, EMPTY_JSON);
  const manifest = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociManifest,
    artifactType: artifact.artifactType,
    config: { mediaType: EMPTY_MEDIA_TYPE, digest: configDigest, size: EMPTY_JSON.length },
    layers: [
      {
        mediaType: artifact.artifactType,
        digest: contentDigest,
        size: artifact.content.length,
        ...(artifact.layerAnnotations ? { annotations: artifact.layerAnnotations } : {}),
      },
    ],
    subject,
    annotations: artifact.annotations,
  };
  const bytes = Buffer.from(JSON.stringify(manifest));
  const stored = await client.putReferrer(repository, { mediaType: MEDIA_TYPES.ociManifest, bytes });
  const descriptor: ReferrerDescriptor = {
    mediaType: MEDIA_TYPES.ociManifest,
    digest: stored.digest,
    size: bytes.length,
    artifactType: artifact.artifactType,
    annotations: artifact.annotations,
  };
  if (!stored.indexed) await addToReferrersTag(client, repository, subject.digest, descriptor);
  return descriptor;
}

/** The referrers tag schema by hand (registries without the referrers API): add one referrer to the index. */
export async function addToReferrersTag(
  client: RegistryClient,
  repository: string,
  subjectDigest: string,
  descriptor: ReferrerDescriptor,
): Promise<void> {
  const index = (await tagIndex(client, repository, subjectDigest)) ?? {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociIndex,
    manifests: [],
  };
  if (index.manifests.some((entry) => entry.digest === descriptor.digest)) return;
  index.manifests.push(descriptor);
  await client.putManifest(repository, referrersTag(subjectDigest), {
    mediaType: MEDIA_TYPES.ociIndex,
    bytes: Buffer.from(JSON.stringify(index)),
  });
}
