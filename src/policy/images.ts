/** Matching image references against the policy's allowed, banned and substitution lists. */
import { ConfigurationError } from '../errors.js';
import { matchesGlob } from '../glob.js';
import { formatReference, parseReference, repositoryName, type ImageReference } from '../oci/reference.js';
import type { AllowedImage, BannedImage, Policy, Substitution } from './types.js';

/** Parses a FROM image; undefined for `scratch` and for text that is not a reference (a lint finding elsewhere). */
export function imageOf(text: string): ImageReference | undefined {
  if (text === 'scratch') return undefined;
  try {
    return parseReference(text);
  } catch {
    return undefined;
  }
}

/** Why a FROM image is not a reference (the parser's sentence), or undefined when it is one or `scratch`. */
export function referenceProblem(text: string): string | undefined {
  if (text === 'scratch') return undefined;
  try {
    parseReference(text);
    return undefined;
  } catch (error) {
    if (error instanceof ConfigurationError) return error.message;
    throw error;
  }
}

export type AllowVerdict =
  | { allowed: true; entry?: AllowedImage }
  | { allowed: false; reason: 'image' }
  | { allowed: false; reason: 'tag'; entry: AllowedImage };

export function checkAllowed(policy: Policy, ref: ImageReference): AllowVerdict {
  const list = policy.images.allowed;
  if (!list) return { allowed: true };
  const name = repositoryName(ref);
  const byName = list.filter((entry) => matchesGlob(name, entry.image));
  if (byName.length === 0) return { allowed: false, reason: 'image' };
  const tag = ref.tag ?? (ref.digest ? undefined : 'latest');
  const entry = byName.find(
    (candidate) =>
      !candidate.tags || (tag !== undefined && candidate.tags.some((glob) => matchesGlob(tag, glob))),
  );
  return entry ? { allowed: true, entry } : { allowed: false, reason: 'tag', entry: byName[0]! };
}

/** The ban that applies to a reference today, if any (a ban with a later `since` does not apply yet). */
export function findBan(policy: Policy, ref: ImageReference, today: string): BannedImage | undefined {
  const name = repositoryName(ref);
  const withTag = `${name}:${ref.tag ?? 'latest'}`;
  return policy.images.banned.find((ban) => {
    if (ban.since && ban.since > today) return false;
    if (ban.digest)
      return ban.digest === ref.digest && (!ban.image || matchesGlob(name, withoutTag(ban.image)));
    return ban.image !== undefined && (matchesGlob(name, ban.image) || matchesGlob(withTag, ban.image));
  });
}

/** A glob like `localhost:5000/org/app:1` without its tag (a registry port is not a tag). */
function withoutTag(image: string): string {
  return image.replace(/:[^/]*$/, '');
}

/** A reference written out in full; `latest` stands in only for a reference with neither tag nor digest. */
function canonical(ref: ImageReference): string {
  return formatReference({ ...ref, tag: ref.tag ?? (ref.digest ? undefined : 'latest') });
}

/** The substitution for a reference: `from` names it (registry/repository:tag, normalised). */
export function findSubstitution(policy: Policy, ref: ImageReference): Substitution | undefined {
  const withoutDigest = (r: ImageReference) =>
    formatReference({ ...r, digest: undefined, tag: r.tag ?? 'latest' });
  const written = withoutDigest(ref);
  return policy.images.substitutions.find((substitution) => {
    const from = imageOf(substitution.from);
    const to = imageOf(substitution.to);
    if (!from || !to) return false;
    // Already applied: the FROM is exactly what the substitution asks for.
    if (canonical(to) === canonical(ref)) return false;
    return withoutDigest(from) === written;
  });
}

/** An allowed-list entry's own setting wins over the policy-wide one. */
export function requiresDigest(policy: Policy, verdict: AllowVerdict): boolean {
  const entrySetting = verdict.allowed ? verdict.entry?.requireDigest : undefined;
  return entrySetting ?? policy.images.requireDigest;
}
