/**
 * cosign's original signature storage, which podman, skopeo and bootc verify today: an OCI image manifest
 * at the tag `sha256-<hex>.sig` in the image's repository, one layer per signature (the simple-signing
 * payload, with the signature in the `dev.cosignproject.cosign/signature` annotation).
 */
import { Readable } from 'node:stream';
import { OsimgError } from '../errors.js';
import type { Descriptor, ImageManifest } from '../oci/layout.js';
import { MEDIA_TYPES, sha256Digest, type RegistryClient } from '../oci/registry.js';

export const SIGNATURE_LAYER_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
export const SIGNATURE_ANNOTATION = 'dev.cosignproject.cosign/signature';
const CONFIG_MEDIA_TYPE = 'application/vnd.oci.image.config.v1+json';

export interface StoredSignature {
  payload: Buffer;
  signature: string;
  layer: Descriptor;
}

/** `sha256:abc…` → `sha256-abc….sig` */
export function signatureTag(digest: string): string {
  return `${digest.replace(':', '-')}.sig`;
}

/** The signatures stored for a digest (none when the tag does not exist). */
export async function readSignatures(
  client: RegistryClient,
  repository: string,
  digest: string,
): Promise<StoredSignature[]> {
  let manifest: ImageManifest;
  try {
    const stored = await client.getManifest(repository, signatureTag(digest));
    manifest = JSON.parse(stored.bytes.toString('utf8')) as ImageManifest;
  } catch (error) {
    if (error instanceof OsimgError && error.code === 'NOT_FOUND') return [];
    throw error;
  }
  const signatures: StoredSignature[] = [];
  for (const layer of manifest.layers ?? []) {
    const signature = layer.annotations?.[SIGNATURE_ANNOTATION];
    if (layer.mediaType !== SIGNATURE_LAYER_MEDIA_TYPE || !signature) continue;
    signatures.push({ payload: await client.getBlob(repository, layer.digest), signature, layer });
  }
  return signatures;
}

/** The config cosign writes for a signature image: empty, with one diff_id per layer. */
function signatureConfig(layers: Descriptor[]): Buffer {
  return Buffer.from(
    JSON.stringify({
      architecture: '',
      created: '0001-01-01T00:00:00Z',
      history: [{ created: '0001-01-01T00:00:00Z' }],
      os: '',
      rootfs: { type: 'layers', diff_ids: layers.map((layer) => layer.digest) },
      config: {},
    }),
  );
}

async function pushBuffer(
  client: RegistryClient,
  repository: string,
  bytes: Buffer,
): Promise<Descriptor & { digest: string }> {
  const digest = sha256Digest(bytes);
  if (!(await client.blobExists(repository, digest))) {
    await client.pushBlob(repository, digest, bytes.length, () => Readable.from(bytes));
  }
  return { mediaType: '', digest, size: bytes.length };
}

/**
 * Adds a signature to the `.sig` image of a digest, keeping the ones already there. Blobs go first and
 * the manifest last, so a reader never sees a signature without its payload.
 */
export async function attachSignature(
  client: RegistryClient,
  repository: string,
  digest: string,
  payload: Buffer,
  signature: string,
  existing: StoredSignature[],
): Promise<void> {
  const payloadBlob = await pushBuffer(client, repository, payload);
  const layers: Descriptor[] = [
    ...existing.map((stored) => stored.layer),
    {
      mediaType: SIGNATURE_LAYER_MEDIA_TYPE,
      digest: payloadBlob.digest,
      size: payloadBlob.size,
      annotations: { [SIGNATURE_ANNOTATION]: signature },
    },
  ];
  const config = await pushBuffer(client, repository, signatureConfig(layers));
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociManifest,
    config: { mediaType: CONFIG_MEDIA_TYPE, digest: config.digest, size: config.size },
    layers,
  };
  await client.putManifest(repository, signatureTag(digest), {
    mediaType: MEDIA_TYPES.ociManifest,
    bytes: Buffer.from(JSON.stringify(manifest)),
  });
}
