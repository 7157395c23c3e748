/** The check promotion runs first: a signature by the key over the digest, and the required attestations. */
import type { KeyObject } from 'node:crypto';
import type { ImageReference } from '../oci/reference.js';
import type { RegistryClient } from '../oci/registry.js';
import { requireAttestations } from '../sign/attest.js';
import { verifyImage } from '../sign/signatures.js';

export function keyVerifier(publicKey: KeyObject, requiredPredicateTypes: readonly string[] = []) {
  return async (client: RegistryClient, ref: ImageReference): Promise<string> => {
    const digest = await verifyImage(client, ref, publicKey);
    await requireAttestations(client, { ...ref, digest }, digest, publicKey, requiredPredicateTypes);
    return digest;
  };
}
