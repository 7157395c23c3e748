/**
 * cosign's original attachment storage, which podman, skopeo and bootc read today: an OCI image manifest
 * at the tag `sha256-<hex>.sig` (signatures: the simple-signing payload, the signature in the
 * `dev.cosignproject.cosign/signature` annotation) or `.att` (DSSE attestations) in the image's repository.
 */
import { Readable } from 'node:stream';
import { OsimgError } from '../errors.js';
import type { Descriptor, ImageManifest } from '../oci/layout.js';
import { MEDIA_TYPES, sha256Digest, type RegistryClient } from '../oci/registry.js';

export const SIGNATURE_LAYER_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
export const SIGNATURE_ANNOTATION = 'dev.cosignproject.cosign/signature';
const CONFIG_MEDIA_TYPE = 'application/vnd.oci.image.config.v1+json';

/** cosign's attachment kinds: `.sig` for signatures, `.att` for DSSE attestations. */
export type AttachmentKind = 'sig' | 'att';
export const ATTESTATION_LAYER_MEDIA_TYPE = 'application/vnd.dsse.envelope.v1+json';
export const PREDICATE_TYPE_ANNOTATION = 'predicateType';

export interface Attachment {
  content: Buffer;
  layer: Descriptor;
}

export interface StoredSignature {
  payload: Buffer;
  signature: string;
  layer: Descriptor;
}

/** `sha256:abc…` → `sha256-abc….sig` (or `.att`) */
export function attachmentTag(digest: string, kind: AttachmentKind): string {
  return `${digest.replace(':', '-')}.${kind}`;
}

export function signatureTag(digest: string): string {
  return attachmentTag(digest, 'sig');
}

/** The layers of one media type stored at a digest's attachment tag (none when the tag does not exist). */
export async function readAttachments(
  client: RegistryClient,
  repository: string,
  digest: string,
  kind: AttachmentKind,
  mediaType: string,
): Promise<Attachment[]> {
  const stored = await client.findManifest(repository, attachmentTag(digest, kind));
  if (!stored) return [];
  let manifest: ImageManifest;
  try {
    manifest = JSON.parse(stored.bytes.toString('utf8')) as ImageManifest;
  } catch {
    throw new OsimgError(`the ${kind} manifest of ${repository}@${digest} is not JSON`);
  }
  const attachments: Attachment[] = [];
  for (const layer of Array.isArray(manifest?.layers) ? manifest.layers : []) {
    if (layer.mediaType !== mediaType) continue;
    attachments.push({ content: await client.getBlob(repository, layer.digest), layer });
  }
  return attachments;
}

/** The signatures stored for a digest. */
export async function readSignatures(
  client: RegistryClient,
  repository: string,
  digest: string,
): Promise<StoredSignature[]> {
  return (await readAttachments(client, repository, digest, 'sig', SIGNATURE_LAYER_MEDIA_TYPE)).flatMap(
    ({ content, layer }) => {
      const signature = layer.annotations?.[SIGNATURE_ANNOTATION];
      return signature ? [{ payload: content, signature, layer }] : [];
    },
  );
}

/** The config cosign writes for an attachment image: empty, with one diff_id per layer. */
function attachmentConfig(layers: Descriptor[]): Buffer {
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

/** Uploads `bytes` as a blob unless the repository has it. */
export async function pushBuffer(
  client: RegistryClient,
  repository: string,
  bytes: Buffer,
): Promise<{ digest: string; size: number }> {
  const digest = sha256Digest(bytes);
  if (!(await client.blobExists(repository, digest))) {
    await client.pushBlob(repository, digest, bytes.length, () => Readable.from(bytes));
  }
  return { digest, size: bytes.length };
}

/**
 * Adds a layer to a digest's attachment image, keeping the layers already there. Blobs go first and the
 * manifest last, so a reader never sees a layer without its content.
 */
export async function attach(
  client: RegistryClient,
  repository: string,
  digest: string,
  kind: AttachmentKind,
  content: Buffer,
  layer: { mediaType: string; annotations: Record<string, string> },
  existing: readonly Descriptor[],
): Promise<void> {
  const blob = await pushBuffer(client, repository, content);
  const layers: Descriptor[] = [...existing, { ...layer, digest: blob.digest, size: blob.size }];
  const config = await pushBuffer(client, repository, attachmentConfig(layers));
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociManifest,
    config: { mediaType: CONFIG_MEDIA_TYPE, digest: config.digest, size: config.size },
    layers,
  };
  await client.putManifest(repository, attachmentTag(digest, kind), {
    mediaType: MEDIA_TYPES.ociManifest,
    bytes: Buffer.from(JSON.stringify(manifest)),
  });
}
