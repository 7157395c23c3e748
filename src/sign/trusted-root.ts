/**
 * The trust anchors of a Sigstore instance as one `trusted_root.json` (Sigstore's TrustedRoot message): the
 * Fulcio CA chain, the Rekor log keys, the certificate transparency log keys and the timestamp authorities.
 * Private instances publish one; for the public-good instance it is what Sigstore's TUF repository serves
 * (`cosign trusted-root`, `gh attestation trusted-root`).
 */
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toTrustMaterial, type TrustMaterial } from '@sigstore/verify';
import { ConfigurationError } from '../errors.js';

export const TRUSTED_ROOT_MEDIA_TYPE = 'application/vnd.dev.sigstore.trustedroot+json;version=0.1';

export function parseTrustedRoot(text: string, name: string): TrustMaterial {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`${name} is not JSON: give a Sigstore trusted_root.json`, { cause: error });
  }
  let root: TrustedRoot;
  let material: TrustMaterial;
  try {
    root = TrustedRoot.fromJSON(json);
    material = toTrustMaterial(root);
  } catch (error) {
    throw new ConfigurationError(
      `${name} is not a valid Sigstore trusted root: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  if (!root.mediaType.startsWith('application/vnd.dev.sigstore.trustedroot')) {
    throw new ConfigurationError(`${name} is not a Sigstore trusted root (mediaType "${root.mediaType}")`);
  }
  if (material.certificateAuthorities.length === 0 || material.tlogs.length === 0) {
    throw new ConfigurationError(
      `${name} names no ${material.certificateAuthorities.length === 0 ? 'certificate authority' : 'transparency log'}: keyless signatures cannot be verified against it`,
    );
  }
  return material;
}
