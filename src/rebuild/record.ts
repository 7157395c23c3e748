/**
 * Pipeline records: the dependents-index entry of one image, stored next to the image in the registry as
 * an OCI 1.1 referrer (the referrers tag schema where the registry has no referrers API). The pipeline
 * writes one after signing; a re-scan writes a newer one. Readers take the newest: it says which workflow
 * to start for a rebuild and when the image was last scanned.
 *
 * A record is bookkeeping, not a security claim: the gate re-scans when it is missing or old, and a forged
 * "fresh" record only needs registry write access, which could replace the image anyway (and the
 * signature check would then fail).
 */
import { OsimgError } from '../errors.js';
import { formatReference, type ImageReference } from '../oci/reference.js';
import { attachReferrer, listReferrers } from '../oci/referrers.js';
import type { RegistryClient } from '../oci/registry.js';
import { parseIndex, type DependentImage } from './index-file.js';

export const RECORD_TYPE = 'application/vnd.osimg.record.v1+json';
const CREATED = 'org.opencontainers.image.created';

export async function writeRecord(
  client: RegistryClient,
  ref: ImageReference & { digest: string },
  entry: DependentImage,
  created: string = new Date().toISOString(),
): Promise<string> {
  const manifest = await client.getManifest(ref.repository, ref.digest);
  if (manifest.digest !== ref.digest)
    throw new OsimgError(`the registry returned another manifest for ${formatReference(ref)}`, {
      code: 'DIGEST_MISMATCH',
    });
  const content = Buffer.from(
    `${JSON.stringify({ ...entry, image: formatReference({ ...ref, tag: undefined }) }, null, 2)}\n`,
  );
  const descriptor = await attachReferrer(
    client,
    ref.repository,
    { digest: ref.digest, mediaType: manifest.mediaType, size: manifest.bytes.length },
    { artifactType: RECORD_TYPE, content, annotations: { [CREATED]: created } },
  );
  return descriptor.digest;
}

/** The newest record of an image, or undefined when it has none. */
export async function readRecord(
  client: RegistryClient,
  ref: ImageReference & { digest: string },
): Promise<DependentImage | undefined> {
  const records = await listReferrers(client, ref.repository, ref.digest, RECORD_TYPE);
  const newest = records
    .slice()
    .sort((a, b) => (b.annotations?.[CREATED] ?? '').localeCompare(a.annotations?.[CREATED] ?? ''))[0];
  if (!newest) return undefined;
  const manifest = await client.getManifest(ref.repository, newest.digest);
  const layer = (JSON.parse(manifest.bytes.toString('utf8')) as { layers?: Array<{ digest?: string }> })
    .layers?.[0];
  if (!layer?.digest)
    throw new OsimgError(`the osimg record ${newest.digest} of ${formatReference(ref)} has no content`);
  const content = await client.getBlob(ref.repository, layer.digest);
  const [entry] = parseIndex(
    content.toString('utf8'),
    `record ${newest.digest.slice(0, 19)} of ${formatReference(ref)}`,
  ).images;
  return entry;
}
