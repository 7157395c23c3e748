/**
 * What verification trusts: a public key, or (keyless) a Sigstore trusted root plus the identity that must
 * have signed. One place answers "is this stored signature valid under the policy?" for each layout, so
 * signatures and attestations are held to the same rule: an attestation counts only when signed by the
 * same key or the same identity as the image.
 */
import { KeyObject } from 'node:crypto';
import { bundleFromJSON, type Bundle } from '@sigstore/bundle';
import { toSignedEntity, Verifier, type TrustMaterial } from '@sigstore/verify';
import { SIGNATURE_ANNOTATION } from './cosign-legacy.js';
import { bundleFromLayer } from './cosign-keyless.js';
import { openEnvelope, parseEnvelope, type Envelope } from './dsse.js';
import { describeIdentityPolicy, type IdentityPolicy, type SignerIdentity } from './identity.js';
import { verifyPayload } from './simple-signing.js';

export type TrustPolicy =
  | { kind: 'key'; publicKey: KeyObject }
  | {
      kind: 'keyless';
      material: TrustMaterial;
      identity: IdentityPolicy;
      matches: (signer: SignerIdentity) => boolean;
    };

/** A public key where a policy is expected means "signed by this key". */
export function toTrustPolicy(policy: TrustPolicy | KeyObject): TrustPolicy {
  return policy instanceof KeyObject ? { kind: 'key', publicKey: policy } : policy;
}

export function describePolicy(policy: TrustPolicy): string {
  return policy.kind === 'key' ? 'this key' : describeIdentityPolicy(policy.identity);
}

/**
 * sigstore-js verifies the certificate chain to the trusted root at the signing time, the SCTs (when the
 * root names CT logs), the Rekor entry (SET or inclusion proof) against the content, any RFC 3161
 * timestamps, and the signature; the identity is then matched here (sigstore-js's own SAN check is an
 * unanchored regular expression, too loose for an exact identity).
 */
function keylessSigner(
  policy: Extract<TrustPolicy, { kind: 'keyless' }>,
  bundle: Bundle,
  artifact?: Buffer,
): boolean {
  if (bundle.verificationMaterial.content.$case === 'publicKey') return false;
  const verifier = new Verifier(policy.material, {
    tlogThreshold: 1,
    ctlogThreshold: policy.material.ctlogs.length > 0 ? 1 : 0,
  });
  const verify = (candidate: Bundle) => {
    const signer = verifier.verify(toSignedEntity(candidate, artifact));
    return policy.matches({
      subjectAlternativeName: signer.identity?.subjectAlternativeName,
      issuer: signer.identity?.extensions?.issuer,
    });
  };
  try {
    return verify(bundle);
  } catch (error) {
    // @sigstore/core 3.2 cannot parse a RFC 3161 genTime with one or two fractional digits (DER drops
    // trailing zeros, so a TSA emits them for 10% of milliseconds). Rekor's integrated time is a timestamp
    // of its own: verify again without the RFC 3161 ones, never with fewer checks on anything else.
    const timestamps = bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps ?? [];
    if (!/invalid time/.test((error as Error).message) || timestamps.length === 0) return false;
    try {
      return verify({
        ...bundle,
        verificationMaterial: {
          ...bundle.verificationMaterial,
          timestampVerificationData: { rfc3161Timestamps: [] },
        },
      });
    } catch {
      return false;
    }
  }
}

/** A legacy `.sig` layer: the signature annotation over the simple-signing payload. */
export function simpleSigningValid(
  policy: TrustPolicy,
  payload: Buffer,
  annotations: Record<string, string> | undefined,
): boolean {
  const signature = annotations?.[SIGNATURE_ANNOTATION];
  if (!signature) return false;
  if (policy.kind === 'key') return verifyPayload(payload, signature, policy.publicKey);
  try {
    const bundle = bundleFromLayer({ payload, signature }, annotations);
    return bundle !== undefined && keylessSigner(policy, bundle, payload);
  } catch {
    return false;
  }
}

/** A legacy `.att` layer (a DSSE envelope): its payload when validly signed, else undefined. */
export function attestationPayload(
  policy: TrustPolicy,
  content: Buffer,
  annotations: Record<string, string> | undefined,
): Buffer | undefined {
  let envelope: Envelope;
  try {
    envelope = parseEnvelope(content);
  } catch {
    return undefined;
  }
  if (policy.kind === 'key') return openEnvelope(envelope, policy.publicKey);
  try {
    const bundle = bundleFromLayer({ envelope }, annotations);
    return bundle && keylessSigner(policy, bundle) ? Buffer.from(envelope.payload, 'base64') : undefined;
  } catch {
    return undefined;
  }
}

/** A Sigstore bundle (a referrer's content): the DSSE payload when validly signed, else undefined. */
export function bundlePayload(policy: TrustPolicy, content: Buffer): Buffer | undefined {
  let json: { dsseEnvelope?: Envelope; verificationMaterial?: { publicKey?: unknown } };
  try {
    json = JSON.parse(content.toString('utf8')) as typeof json;
  } catch {
    return undefined;
  }
  if (!json?.dsseEnvelope) return undefined;
  if (policy.kind === 'key') {
    // Key-based bundles name the key by a hint only; the key given to verify is what decides.
    try {
      return openEnvelope(json.dsseEnvelope, policy.publicKey);
    } catch {
      return undefined;
    }
  }
  try {
    const bundle = bundleFromJSON(json);
    if (bundle.content.$case !== 'dsseEnvelope' || !keylessSigner(policy, bundle)) return undefined;
    return bundle.content.dsseEnvelope.payload;
  } catch {
    return undefined;
  }
}
