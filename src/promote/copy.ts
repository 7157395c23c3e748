/**
 * Copies an image by digest from one repository to another, with everything that vouches for it: the
 * manifest graph (index → manifests → config and layers), cosign's `.sig` and `.att` attachments, and the
 * OCI 1.1 referrers (Sigstore bundles). Content is addressed by digest, so a copy is byte-identical and its
 * signatures stay valid. Blobs go before the manifests that name them; nothing is tagged here.
 */
import { Readable } from 'node:stream';
import { OsimgError } from '../errors.js';
import type { Descriptor } from '../oci/layout.js';
import { addToReferrersTag, listReferrers } from '../oci/referrers.js';
import { MEDIA_TYPES, type Manifest, type RegistryClient } from '../oci/registry.js';
import { attach, attachmentTag, type AttachmentKind } from '../sign/cosign-legacy.js';

export interface Repository {
  client: RegistryClient;
  /** Repository path inside its registry, e.g. `team/os`. */
  name: string;
}

export interface CopyStats {
  manifests: number;
  blobsCopied: number;
  blobsMounted: number;
  blobsPresent: number;
  bytesCopied: number;
  attachments: string[];
  referrers: number;
}

export function emptyStats(): CopyStats {
  return {
    manifests: 0,
    blobsCopied: 0,
    blobsMounted: 0,
    blobsPresent: 0,
    bytesCopied: 0,
    attachments: [],
    referrers: 0,
  };
}

interface ManifestJson {
  mediaType?: string;
  manifests?: Descriptor[];
  config?: Descriptor;
  layers?: Descriptor[];
}

function parse(manifest: Manifest, where: string): ManifestJson {
  try {
    return JSON.parse(manifest.bytes.toString('utf8')) as ManifestJson;
  } catch {
    throw new OsimgError(`the manifest ${where} is not JSON`);
  }
}

function isIndex(manifest: Manifest, json: ManifestJson): boolean {
  const type = json.mediaType ?? manifest.mediaType;
  return type === MEDIA_TYPES.ociIndex || type === MEDIA_TYPES.dockerList;
}

async function copyBlob(from: Repository, to: Repository, digest: string, stats: CopyStats): Promise<void> {
  if (await to.client.blobExists(to.name, digest)) {
    stats.blobsPresent++;
    return;
  }
  if (
    from.client.registry === to.client.registry &&
    (await to.client.mountBlob(to.name, digest, from.name))
  ) {
    stats.blobsMounted++;
    return;
  }
  const bytes = await from.client.getBlob(from.name, digest);
  await to.client.pushBlob(to.name, digest, bytes.length, () => Readable.from(bytes));
  stats.blobsCopied++;
  stats.bytesCopied += bytes.length;
}

/** Copies a manifest and everything it names, children first; returns the manifest as stored. */
export async function copyManifest(
  from: Repository,
  to: Repository,
  digest: string,
  stats: CopyStats,
): Promise<Manifest> {
  const manifest = await from.client.getManifest(from.name, digest);
  if (manifest.digest !== digest) {
    throw new OsimgError(`${from.client.registry}/${from.name} returned other content for ${digest}`, {
      code: 'DIGEST_MISMATCH',
    });
  }
  const json = parse(manifest, `${from.name}@${digest}`);
  if (isIndex(manifest, json)) {
    for (const child of json.manifests ?? []) await copyManifest(from, to, child.digest, stats);
  } else {
    for (const blob of [...(json.config ? [json.config] : []), ...(json.layers ?? [])]) {
      await copyBlob(from, to, blob.digest, stats);
    }
  }
  await to.client.putManifest(to.name, digest, manifest);
  stats.manifests++;
  return manifest;
}

/**
 * cosign's `.sig` / `.att` image for a digest. Copied verbatim when the target has none; merged layer by
 * layer when it has its own (another signer's signatures are never dropped).
 */
async function copyAttachment(
  from: Repository,
  to: Repository,
  digest: string,
  kind: AttachmentKind,
  stats: CopyStats,
): Promise<void> {
  const tag = attachmentTag(digest, kind);
  const source = await from.client.findManifest(from.name, tag);
  if (!source) return;
  const target = await to.client.findManifest(to.name, tag);
  if (target?.digest === source.digest) return;
  if (!target) {
    const json = parse(source, `${from.name}:${tag}`);
    for (const blob of [...(json.config ? [json.config] : []), ...(json.layers ?? [])]) {
      await copyBlob(from, to, blob.digest, stats);
    }
    await to.client.putManifest(to.name, tag, source);
  } else {
    let layers = parse(target, `${to.name}:${tag}`).layers ?? [];
    for (const layer of parse(source, `${from.name}:${tag}`).layers ?? []) {
      if (layers.some((present) => present.digest === layer.digest)) continue;
      const content = await from.client.getBlob(from.name, layer.digest);
      await attach(
        to.client,
        to.name,
        digest,
        kind,
        content,
        { mediaType: layer.mediaType, annotations: layer.annotations ?? {} },
        layers,
      );
      layers = [...layers, layer];
    }
  }
  stats.attachments.push(tag);
}

/** Everything that vouches for `digest` in `from`, copied to `to` (the image itself must be there first). */
export async function copyAttestations(
  from: Repository,
  to: Repository,
  digest: string,
  stats: CopyStats,
): Promise<void> {
  await copyAttachment(from, to, digest, 'sig', stats);
  await copyAttachment(from, to, digest, 'att', stats);
  const present = new Set((await listReferrers(to.client, to.name, digest)).map((entry) => entry.digest));
  for (const referrer of await listReferrers(from.client, from.name, digest)) {
    if (present.has(referrer.digest)) continue;
    const manifest = await from.client.getManifest(from.name, referrer.digest);
    const json = parse(manifest, `${from.name}@${referrer.digest}`);
    for (const blob of [...(json.config ? [json.config] : []), ...(json.layers ?? [])]) {
      await copyBlob(from, to, blob.digest, stats);
    }
    const stored = await to.client.putReferrer(to.name, manifest);
    if (!stored.indexed) await addToReferrersTag(to.client, to.name, digest, referrer);
    stats.referrers++;
  }
}
