/**
 * Key-based signing and verification in cosign's legacy format (the `.sig` tag that podman, skopeo and
 * bootc read). Only digests are signed: a tag is resolved once, and every later step uses the digest.
 */
import type { KeyObject } from 'node:crypto';
import { OsimgError } from '../errors.js';
import { repositoryName, type ImageReference } from '../oci/reference.js';
import type { RegistryClient } from '../oci/registry.js';
import { attachSignature, readSignatures, type StoredSignature } from './cosign-legacy.js';
import { parseSimpleSigning, signPayload, simpleSigningPayload, verifyPayload } from './simple-signing.js';

export interface SignResult {
  digest: string;
  /** False when an equal signature by this key was already stored (re-signing is idempotent). */
  added: boolean;
}

/** The digest a reference names: its own digest, or what its tag points to now (asked once). */
export async function resolveDigest(client: RegistryClient, ref: ImageReference): Promise<string> {
  if (ref.digest) return ref.digest;
  const manifest = await client.getManifest(ref.repository, ref.tag ?? 'latest');
  return manifest.digest;
}

/** Signatures among `stored` that this key made over this digest for this repository. */
export function validSignatures(
  stored: StoredSignature[],
  publicKey: KeyObject,
  repository: string,
  digest: string,
): StoredSignature[] {
  return stored.filter((entry) => {
    if (!verifyPayload(entry.payload, entry.signature, publicKey)) return false;
    try {
      const payload = parseSimpleSigning(entry.payload);
      return (
        payload.critical.image['docker-manifest-digest'] === digest &&
        payload.critical.identity['docker-reference'] === repository
      );
    } catch {
      return false;
    }
  });
}

export async function signImage(
  client: RegistryClient,
  ref: ImageReference,
  privateKey: KeyObject,
  publicKey: KeyObject,
  annotations: Record<string, string> = {},
): Promise<SignResult> {
  const digest = await resolveDigest(client, ref);
  const repository = repositoryName(ref);
  const existing = await readSignatures(client, ref.repository, digest);
  const payload = simpleSigningPayload(repository, digest, annotations);
  const already = validSignatures(existing, publicKey, repository, digest).some((entry) =>
    entry.payload.equals(payload),
  );
  if (already) return { digest, added: false };
  await attachSignature(client, ref.repository, digest, payload, signPayload(payload, privateKey), existing);
  return { digest, added: true };
}

/**
 * Fails closed: returns the digest only when a signature by `publicKey` covers exactly that digest and
 * repository; otherwise throws a sentence that says what was found.
 */
export async function verifyImage(
  client: RegistryClient,
  ref: ImageReference,
  publicKey: KeyObject,
): Promise<string> {
  const digest = await resolveDigest(client, ref);
  const repository = repositoryName(ref);
  const stored = await readSignatures(client, ref.repository, digest);
  if (stored.length === 0) {
    throw new OsimgError(`${repository}@${digest} is not signed: no signature was found for this digest`, {
      code: 'NOT_FOUND',
    });
  }
  if (validSignatures(stored, publicKey, repository, digest).length === 0) {
    throw new OsimgError(
      `${repository}@${digest} has ${stored.length} signature(s), but none by this key for this digest and repository`,
      { code: 'AUTH' },
    );
  }
  return digest;
}
