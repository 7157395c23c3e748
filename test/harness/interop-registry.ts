/**
 * Registry moves the interop reject cases need: a signature copied to another repository (as promotion or
 * `cosign copy` would, blob mounts plus the referrers tag index) and a signature whose signed bytes were
 * changed in place (the attacker's edit: same annotations and signature, other payload).
 */
import { listReferrers, referrersTag } from '../../src/oci/referrers.js';
import { MEDIA_TYPES, type RegistryClient } from '../../src/oci/registry.js';
import { copyAttestations, emptyStats } from '../../src/promote/copy.js';
import { attachmentTag, pushBuffer } from '../../src/sign/cosign-legacy.js';

export async function copyAttachments(
  client: RegistryClient,
  from: string,
  to: string,
  digest: string,
): Promise<void> {
  await copyAttestations({ client, name: from }, { client, name: to }, digest, emptyStats());
}

interface Layered {
  layers: Array<{ digest: string; size: number; mediaType: string }>;
}

/** Replaces every layer of a manifest by `edit(content)`; returns the new manifest's bytes. */
async function editLayers(
  client: RegistryClient,
  repository: string,
  manifest: Buffer,
  edit: (content: Buffer) => Buffer,
): Promise<Buffer> {
  const json = JSON.parse(manifest.toString('utf8')) as Layered;
  for (const layer of json.layers) {
    const stored = await pushBuffer(client, repository, edit(await client.getBlob(repository, layer.digest)));
    Object.assign(layer, stored);
  }
  return Buffer.from(JSON.stringify(json));
}

/** A payload with one more field: the stored signature no longer covers it. */
function withExtraField(content: Buffer): Buffer {
  const json = JSON.parse(content.toString('utf8')) as Record<string, unknown>;
  return Buffer.from(JSON.stringify({ ...json, tampered: true }));
}

/** A bundle whose DSSE payload (the statement) gained a field, signature unchanged. */
function bundleWithEditedStatement(content: Buffer): Buffer {
  const bundle = JSON.parse(content.toString('utf8')) as { dsseEnvelope: { payload: string } };
  bundle.dsseEnvelope.payload = withExtraField(Buffer.from(bundle.dsseEnvelope.payload, 'base64')).toString(
    'base64',
  );
  return Buffer.from(JSON.stringify(bundle));
}

/** Tampers, in place, with every signature of `digest` in one layout. */
export async function tamperSignature(
  client: RegistryClient,
  repository: string,
  digest: string,
  layout: 'sig' | 'bundle',
): Promise<void> {
  if (layout === 'sig') {
    const tag = attachmentTag(digest, 'sig');
    const stored = await client.getManifest(repository, tag);
    const bytes = await editLayers(client, repository, stored.bytes, withExtraField);
    await client.putManifest(repository, tag, { mediaType: stored.mediaType, bytes });
    return;
  }
  const index = { schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests: [] as unknown[] };
  for (const referrer of await listReferrers(client, repository, digest)) {
    const stored = await client.getManifest(repository, referrer.digest);
    const bytes = await editLayers(client, repository, stored.bytes, bundleWithEditedStatement);
    const put = await client.putReferrer(repository, { mediaType: stored.mediaType, bytes });
    index.manifests.push({ ...referrer, digest: put.digest, size: bytes.length });
  }
  await client.putManifest(repository, referrersTag(digest), {
    mediaType: MEDIA_TYPES.ociIndex,
    bytes: Buffer.from(JSON.stringify(index)),
  });
}
