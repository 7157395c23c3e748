/**
 * The check promotion runs first: a signature valid under the trust policy (a key, or a keyless identity)
 * over the digest, and the required attestations under the same policy.
 */
import type { KeyObject } from 'node:crypto';
import type { ImageReference } from '../oci/reference.js';
import type { RegistryClient } from '../oci/registry.js';
import { requireAttestations } from '../sign/attest.js';
import { verifyImage } from '../sign/signatures.js';
import type { TrustPolicy } from '../sign/trust-policy.js';

export function trustVerifier(
  policy: TrustPolicy | KeyObject,
  requiredPredicateTypes: readonly string[] = [],
) {
  return async (client: RegistryClient, ref: ImageReference): Promise<string> => {
    const digest = await verifyImage(client, ref, policy);
    await requireAttestations(client, { ...ref, digest }, digest, policy, requiredPredicateTypes);
    return digest;
  };
}
