/**
 * Key-based image signatures in both of cosign's formats: the legacy `.sig` tag (what podman, skopeo and
 * bootc read today) and a Sigstore bundle referrer (what cosign v3 writes and reads). Only digests are
 * signed: a tag is resolved once, and every later step uses the digest.
 */
import type { KeyObject } from 'node:crypto';
import { ConfigurationError, OsimgError } from '../errors.js';
import { parseImageManifest } from '../oci/manifest.js';
import { formatReference, repositoryName, type ImageReference } from '../oci/reference.js';
import { listReferrers } from '../oci/referrers.js';
import type { RegistryClient } from '../oci/registry.js';
import {
  attachStatementBundle,
  BUNDLE_MEDIA_TYPE,
  bundleStatements,
  COSIGN_SIGN_PREDICATE,
} from './bundle.js';
import { attach, readSignatures, SIGNATURE_LAYER_MEDIA_TYPE, type StoredSignature } from './cosign-legacy.js';
import { toImageSigner, type SignerLike } from './image-signer.js';
import { namesRepository } from './signed-identity.js';
import { parseSimpleSigning, simpleSigningPayload } from './simple-signing.js';
import { describePolicy, simpleSigningValid, toTrustPolicy, type TrustPolicy } from './trust-policy.js';

export type SignatureFormat = 'legacy' | 'bundle';
export const SIGNATURE_FORMATS: readonly SignatureFormat[] = ['legacy', 'bundle'];

/** The `format` option: legacy, bundle, or both (the default: podman/bootc read one, cosign v3 the other). */
export function parseSignatureFormat(text: string, name: string): SignatureFormat[] {
  const value = text.trim() || 'both';
  if (value === 'both') return [...SIGNATURE_FORMATS];
  if (value === 'legacy' || value === 'bundle') return [value];
  throw new ConfigurationError(`${name} must be legacy, bundle or both, not "${text}"`);
}

/** One line for logs: what a signing run wrote. */
export function describeSignResult(name: string, result: SignResult): string {
  return result.added.length > 0
    ? `signed ${name}@${result.digest} (${result.added.join(' and ')})`
    : `already signed by this key: ${name}@${result.digest}`;
}

export interface SignResult {
  digest: string;
  /** The formats a new signature was written in; empty when this key had signed in every format already. */
  added: SignatureFormat[];
}

export interface ResolvedImage {
  digest: string;
  mediaType: string;
  size: number;
}

/** What a reference names now: its digest (asked once for a tag), media type and size. */
export async function resolveImage(client: RegistryClient, ref: ImageReference): Promise<ResolvedImage> {
  let manifest;
  try {
    manifest = await client.getManifest(ref.repository, ref.digest ?? ref.tag ?? 'latest');
  } catch (error) {
    if (error instanceof OsimgError && error.code === 'NOT_FOUND') {
      throw new OsimgError(`${formatReference(ref)} does not exist: check the name, tag or digest`, {
        code: 'NOT_FOUND',
        cause: error,
      });
    }
    throw error;
  }
  if (ref.digest && manifest.digest !== ref.digest) {
    throw new OsimgError(`the registry returned other content for ${formatReference(ref)}`, {
      code: 'DIGEST_MISMATCH',
    });
  }
  // Only an image manifest or index is signed, attested or verified: never whatever else a registry returns.
  const checked = parseImageManifest(manifest, formatReference(ref));
  return { digest: manifest.digest, mediaType: checked.mediaType, size: manifest.bytes.length };
}

export async function resolveDigest(client: RegistryClient, ref: ImageReference): Promise<string> {
  return (await resolveImage(client, ref)).digest;
}

/** Signatures among `stored` valid under the policy, over this digest for this repository (full name). */
export function validSignatures(
  stored: StoredSignature[],
  policy: TrustPolicy,
  repository: string,
  digest: string,
): StoredSignature[] {
  return stored.filter((entry) => {
    if (!simpleSigningValid(policy, entry.payload, entry.layer.annotations)) return false;
    try {
      const payload = parseSimpleSigning(entry.payload);
      return (
        payload.critical.image['docker-manifest-digest'] === digest &&
        namesRepository(payload.critical.identity?.['docker-reference'] ?? '', repository, digest)
      );
    } catch {
      return false;
    }
  });
}

export async function signImage(
  client: RegistryClient,
  ref: ImageReference,
  signerLike: SignerLike,
  options: { annotations?: Record<string, string>; formats?: readonly SignatureFormat[]; now?: Date } = {},
): Promise<SignResult> {
  const signer = toImageSigner(signerLike);
  const image = await resolveImage(client, ref);
  const { digest } = image;
  const repository = repositoryName(ref);
  const annotations = options.annotations ?? {};
  const formats = options.formats ?? SIGNATURE_FORMATS;
  const added: SignatureFormat[] = [];
  if (formats.includes('legacy')) {
    const existing = await readSignatures(client, ref.repository, digest);
    const payload = simpleSigningPayload(repository, digest, annotations);
    const already =
      signer.self !== undefined &&
      validSignatures(existing, signer.self, repository, digest).some((entry) =>
        entry.payload.equals(payload),
      );
    if (!already) {
      // Signed (and for keyless, certified and logged in Rekor) before anything is written to the registry.
      const annotations_ = await signer.simpleSigning(payload);
      await attach(
        client,
        ref.repository,
        digest,
        'sig',
        payload,
        { mediaType: SIGNATURE_LAYER_MEDIA_TYPE, annotations: annotations_ },
        existing.map((stored) => stored.layer),
      );
      added.push('legacy');
    }
  }
  if (formats.includes('bundle')) {
    const created = (options.now ?? new Date()).toISOString();
    const image_ = { repository: ref.repository, name: repository, ...image };
    if (await attachStatementBundle(client, image_, COSIGN_SIGN_PREDICATE, annotations, signer, created))
      added.push('bundle');
  }
  return { digest, added };
}

/** The two places signatures live: cosign's `.sig` tag and Sigstore bundle referrers (cosign 3). */
export type SignatureLayout = 'sig' | 'bundle';

export interface LayoutReport {
  layout: SignatureLayout;
  /** Signatures stored in this layout for the digest. */
  found: number;
  /** Of those, the ones valid under the policy for this digest and repository. */
  verified: number;
}

export interface ImageVerification {
  digest: string;
  layouts: LayoutReport[];
}

/** One line for logs: which layouts held signatures and which verified. */
export function describeLayouts(layouts: readonly LayoutReport[]): string {
  const name = (layout: SignatureLayout) => (layout === 'sig' ? 'cosign .sig' : 'Sigstore bundle');
  const parts = layouts.map(
    (entry) => `${name(entry.layout)}: ${entry.verified} of ${entry.found} signature(s) verified`,
  );
  return parts.join('; ');
}

/**
 * Fails closed: returns the digest only when a signature valid under the policy (by the key, or keyless by
 * the identity) covers exactly that digest and repository; otherwise throws a sentence saying what was found.
 * Both layouts are read, so the result says which held signatures and which verified.
 */
export async function verifyImageLayouts(
  client: RegistryClient,
  ref: ImageReference,
  policyLike: TrustPolicy | KeyObject,
): Promise<ImageVerification> {
  const policy = toTrustPolicy(policyLike);
  const digest = await resolveDigest(client, ref);
  const image = { repository: ref.repository, name: repositoryName(ref) };
  const stored = await readSignatures(client, ref.repository, digest);
  // Bundle referrers that say they are signatures (attestation bundles are not).
  const bundles = (await listReferrers(client, ref.repository, digest, BUNDLE_MEDIA_TYPE)).filter(
    (entry) => entry.annotations?.['dev.sigstore.bundle.predicateType'] === COSIGN_SIGN_PREDICATE,
  );
  const statements = await bundleStatements(client, image, digest, policy, bundles);
  const layouts: LayoutReport[] = [
    {
      layout: 'sig',
      found: stored.length,
      verified: validSignatures(stored, policy, image.name, digest).length,
    },
    {
      layout: 'bundle',
      found: bundles.length,
      verified: statements.filter((found) => found.predicateType === COSIGN_SIGN_PREDICATE).length,
    },
  ];
  if (layouts.some((entry) => entry.verified > 0)) return { digest, layouts };
  const found = stored.length + bundles.length;
  if (found === 0) {
    throw new OsimgError(`${image.name}@${digest} is not signed: no signature was found for this digest`, {
      code: 'NOT_FOUND',
    });
  }
  throw new OsimgError(
    `${image.name}@${digest} has ${found} signature(s), but none by ${describePolicy(policy)} for this digest and repository (${describeLayouts(layouts)})`,
    { code: 'AUTH' },
  );
}

/** verifyImageLayouts for callers that need only the verified digest. */
export async function verifyImage(
  client: RegistryClient,
  ref: ImageReference,
  policyLike: TrustPolicy | KeyObject,
): Promise<string> {
  return (await verifyImageLayouts(client, ref, policyLike)).digest;
}
