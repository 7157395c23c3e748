/**
 * The pre-deploy gate's questions about one image, answered from the registry: is its base banned or
 * replaced by the current policy, and when was it last scanned (its newest pipeline record)?
 */
import { ConfigurationError } from '../errors.js';
import { formatReference, parseReference } from '../oci/reference.js';
import type { RegistryClient } from '../oci/registry.js';
import type { Policy } from '../policy/types.js';
import { verdictFor, type AffectedImage } from './affected.js';
import { readImage } from './discover.js';
import type { DependentImage } from './index-file.js';
import { readRecord } from './record.js';

export interface ImageCheck {
  image: DependentImage;
  verdict?: AffectedImage;
  scannedAt?: string;
  /** Whole days since the last scan; undefined when no scan is recorded. */
  scanAgeDays?: number;
  /** No scan recorded, or older than the limit: scan again before deploying. */
  scanStale: boolean;
}

export async function checkImage(
  spec: string,
  options: {
    policy: Policy;
    today: string;
    maxScanAgeDays: number;
    now: number;
    clientFor: (registry: string) => Promise<RegistryClient>;
  },
): Promise<ImageCheck> {
  const ref = parseReference(spec);
  const client = await options.clientFor(ref.registry);
  const [found] = await readImage(client, ref);
  if (!found)
    throw new ConfigurationError(`${formatReference(ref)} is not an image (no image config): name an image`);
  const digestRef = parseReference(found.image);
  const record = await readRecord(client, { ...digestRef, digest: digestRef.digest! });
  const image: DependentImage = {
    ...found,
    ...(record?.pipeline ? { pipeline: record.pipeline } : {}),
    ...(record?.scannedAt ? { scannedAt: record.scannedAt } : {}),
    // The labels are the truth about the base; a record only fills what labels lack.
    base: found.base.name || found.base.digest ? found.base : (record?.base ?? {}),
  };
  const verdict = verdictFor(image, options.policy, { today: options.today });
  const scanned = image.scannedAt ? Date.parse(image.scannedAt) : undefined;
  const scanAgeDays = scanned === undefined ? undefined : Math.floor((options.now - scanned) / 86_400_000);
  return {
    image,
    verdict,
    scannedAt: image.scannedAt,
    scanAgeDays,
    scanStale: scanAgeDays === undefined || scanAgeDays >= options.maxScanAgeDays,
  };
}
