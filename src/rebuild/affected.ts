/**
 * Which images must be rebuilt, and why: the policy bans their base (as of today), or substitutes it with a
 * patched one, or (when asked) the base's tag has moved to a new digest since they were built.
 */
import { matchesGlob } from '../glob.js';
import { formatReference, parseReference, repositoryName, type ImageReference } from '../oci/reference.js';
import { findBan, findSubstitution } from '../policy/images.js';
import type { Policy } from '../policy/types.js';
import type { DependentImage } from './index-file.js';

export type RebuildReason = 'banned' | 'patched' | 'base-updated';

export interface AffectedImage {
  image: DependentImage;
  reason: RebuildReason;
  /** One sentence for the report: the ban's reason, the substitution's target, the base's new digest. */
  detail: string;
}

export interface AffectedOptions {
  today: string;
  /** Only bases matching one of these globs over `registry/repository` (empty: every base). */
  bases?: readonly string[];
  /** The policy before the change: what it already banned or substituted does not trigger again. */
  previousPolicy?: Policy;
  /** The digest each base tag points at now (`registry/repo:tag` → digests it may be built from). */
  currentBase?: ReadonlyMap<string, ReadonlySet<string>>;
}

export interface AffectedResult {
  affected: AffectedImage[];
  /** Images without base labels: nothing can be said about them (built FROM scratch, or not by osimg). */
  unknownBase: DependentImage[];
  /** Affected before the policy change already (not triggered again). */
  unchanged: AffectedImage[];
}

/** The base as a reference, with the digest from its own label when the name carries none. */
export function baseReference(image: DependentImage): ImageReference | undefined {
  if (!image.base.name) {
    return image.base.digest ? { registry: '', repository: '', digest: image.base.digest } : undefined;
  }
  try {
    const ref = parseReference(image.base.name);
    return { ...ref, digest: ref.digest ?? image.base.digest };
  } catch {
    return undefined;
  }
}

/** The verdict for one image under one policy, or undefined when nothing applies. */
export function verdictFor(
  image: DependentImage,
  policy: Policy,
  options: Pick<AffectedOptions, 'today' | 'currentBase'>,
): AffectedImage | undefined {
  const base = baseReference(image);
  if (!base) return undefined;
  const ban = findBan(policy, base, options.today);
  if (ban) {
    return { image, reason: 'banned', detail: `base ${describe(base)} is banned: ${ban.reason}` };
  }
  if (base.repository) {
    const substitution = findSubstitution(policy, base);
    if (substitution) {
      return {
        image,
        reason: 'patched',
        detail: `base ${describe(base)} is replaced by ${substitution.to}${substitution.reason ? ` (${substitution.reason})` : ''}`,
      };
    }
    const current = options.currentBase?.get(tagName(base));
    if (current && base.digest && !current.has(base.digest)) {
      const now = [...current][0]!;
      return {
        image,
        reason: 'base-updated',
        detail: `base ${tagName(base)} moved from ${base.digest.slice(0, 19)} to ${now.slice(0, 19)}`,
      };
    }
  }
  return undefined;
}

export function findAffected(
  images: readonly DependentImage[],
  policy: Policy,
  options: AffectedOptions,
): AffectedResult {
  const result: AffectedResult = { affected: [], unknownBase: [], unchanged: [] };
  for (const image of images) {
    const base = baseReference(image);
    if (!base) {
      result.unknownBase.push(image);
      continue;
    }
    if (
      options.bases?.length &&
      !(base.repository && options.bases.some((glob) => matchesGlob(repositoryName(base), glob)))
    )
      continue;
    const verdict = verdictFor(image, policy, options);
    if (!verdict) continue;
    const before =
      options.previousPolicy && verdictFor(image, options.previousPolicy, { today: options.today });
    if (
      before &&
      verdict.reason !== 'base-updated' &&
      before.reason === verdict.reason &&
      before.detail === verdict.detail
    ) {
      result.unchanged.push(verdict);
      continue;
    }
    result.affected.push(verdict);
  }
  return result;
}

/** `registry/repository:tag` of a base (the tag to re-resolve), `latest` when it names none. */
export function tagName(base: ImageReference): string {
  return formatReference({ registry: base.registry, repository: base.repository, tag: base.tag ?? 'latest' });
}

function describe(base: ImageReference): string {
  return base.repository ? formatReference(base) : (base.digest ?? 'unknown');
}
