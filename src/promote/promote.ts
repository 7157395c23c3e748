/**
 * Promotion: a verified digest gets a channel tag (candidate → stable) without a rebuild. The digest is
 * verified first (fails closed); images for another repository are copied with their signatures,
 * attestations and referrers; only then do the tags move, so a channel tag never points at an image whose
 * signatures are not next to it. Hosts that follow the channel (`bootc switch`, `bootc upgrade`) get the
 * new digest as a transactional update, and the previous one stays their rollback.
 */
import { ConfigurationError } from '../errors.js';
import {
  formatReference,
  isValidTag,
  parseReference,
  repositoryName,
  type ImageReference,
} from '../oci/reference.js';
import type { RegistryClient } from '../oci/registry.js';
import { copyAttestations, copyManifest, emptyStats, type CopyStats, type Repository } from './copy.js';

export interface PromoteRequest {
  /** The image to promote: a digest (best) or a tag, resolved once by `verify`. */
  source: ImageReference;
  /** Channel tags: each names a repository and a tag (see parseTargets). */
  targets: ImageReference[];
  clientFor: (registry: string) => Promise<RegistryClient>;
  /** Fails closed; returns the digest it verified. */
  verify: (client: RegistryClient, ref: ImageReference) => Promise<string>;
  log?: (line: string) => void;
}

export interface Promotion {
  /** `registry/repository:tag` */
  ref: string;
  /** What the tag pointed at before, if anything (the rollback target). */
  previous?: string;
  changed: boolean;
}

export interface PromoteResult {
  digest: string;
  promotions: Promotion[];
  copied: CopyStats;
}

/**
 * The `to` list: a bare tag (`stable`) stays in the source's repository; a full reference
 * (`registry/prod/os:stable`) names another repository. Each needs a tag and no digest.
 */
export function parseTargets(values: readonly string[], source: ImageReference): ImageReference[] {
  if (values.length === 0)
    throw new ConfigurationError('nothing to promote to: give at least one channel tag');
  return values.map((value) => {
    if (!value.includes('/') && !value.includes('@')) {
      if (!isValidTag(value)) {
        throw new ConfigurationError(
          `"${value}" is not a valid tag: use letters, digits, '_', '.' and '-' (at most 128, not starting with '.' or '-')`,
        );
      }
      return { registry: source.registry, repository: source.repository, tag: value };
    }
    const ref = parseReference(value);
    if (ref.digest || !ref.tag) {
      throw new ConfigurationError(
        `promotion target "${value}" must name a tag and no digest, e.g. registry/name:stable`,
      );
    }
    return ref;
  });
}

function sameRepository(a: ImageReference, b: ImageReference): boolean {
  return a.registry === b.registry && a.repository === b.repository;
}

export async function promoteImage(request: PromoteRequest): Promise<PromoteResult> {
  const log = request.log ?? (() => undefined);
  const sourceClient = await request.clientFor(request.source.registry);
  const digest = await request.verify(sourceClient, request.source);
  log(`verified ${repositoryName(request.source)}@${digest}`);
  const manifest = await sourceClient.getManifest(request.source.repository, digest);
  const from: Repository = { client: sourceClient, name: request.source.repository };
  const copied = emptyStats();

  // Copies first (each target repository once): when a tag moves, its image and signatures are there.
  const clients = new Map<string, RegistryClient>([[request.source.registry, sourceClient]]);
  const clientOf = async (registry: string): Promise<RegistryClient> => {
    if (!clients.has(registry)) clients.set(registry, await request.clientFor(registry));
    return clients.get(registry)!;
  };
  const done = new Set<string>();
  for (const target of request.targets) {
    const key = repositoryName(target);
    if (sameRepository(target, request.source) || done.has(key)) continue;
    const to: Repository = { client: await clientOf(target.registry), name: target.repository };
    await copyManifest(from, to, digest, copied);
    await copyAttestations(from, to, digest, copied);
    log(`copied ${digest} with its signatures and attestations to ${key}`);
    done.add(key);
  }

  const promotions: Promotion[] = [];
  for (const target of request.targets) {
    const client = await clientOf(target.registry);
    const previous = (await client.findManifest(target.repository, target.tag!))?.digest;
    const ref = formatReference({ ...target, digest: undefined });
    if (previous === digest) {
      promotions.push({ ref, previous, changed: false });
      log(`${ref} already points at ${digest}`);
      continue;
    }
    await client.putManifest(target.repository, target.tag!, manifest);
    promotions.push({ ref, previous, changed: true });
    log(`${ref} → ${digest}${previous ? ` (was ${previous})` : ''}`);
  }
  return { digest, promotions, copied };
}
