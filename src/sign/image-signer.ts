/**
 * The one thing signing needs from a key or from keyless Sigstore: turn bytes into what each storage
 * layout holds. A legacy `.sig` layer's annotations for a simple-signing payload, a `.att` layer (DSSE
 * envelope + annotations) for an in-toto statement, and a Sigstore bundle v0.3 for a referrer.
 */
import type { KeyObject } from 'node:crypto';
import { bundleToJSON } from '@sigstore/bundle';
import { SIGNATURE_ANNOTATION } from './cosign-legacy.js';
import { keylessAnnotations } from './cosign-keyless.js';
import { IN_TOTO_PAYLOAD_TYPE, signEnvelope } from './dsse.js';
import { statementBundle } from './bundle.js';
import type { KeylessSigner } from './keyless.js';
import { signPayload } from './simple-signing.js';
import type { TrustPolicy } from './trust-policy.js';

export interface StoredLayer {
  content: Buffer;
  annotations: Record<string, string>;
}

export interface ImageSigner {
  /**
   * The policy under which an existing signature counts as this signer's own, so re-signing writes nothing
   * (a key). Undefined for keyless: each run has a new certificate and Rekor entry, and adds a signature.
   */
  readonly self: TrustPolicy | undefined;
  /** Gets ready to sign (keyless: the token and certificate), so such failures come before any write. */
  prepare(): Promise<void>;
  /** Who signs, for logs and summaries: "a key", or the certificate's identity and issuer. */
  describe(): Promise<string>;
  /** Annotations of a `.sig` layer holding `payload`. */
  simpleSigning(payload: Buffer): Promise<Record<string, string>>;
  /** A `.att` layer: the DSSE envelope of `statement` and its annotations (without predicateType). */
  attestation(statement: Buffer): Promise<StoredLayer>;
  /** A Sigstore bundle v0.3 (JSON) holding a DSSE envelope of `statement`. */
  bundle(statement: Buffer): Promise<Buffer>;
}

export function keySigner(keys: { privateKey: KeyObject; publicKey: KeyObject }): ImageSigner {
  return {
    self: { kind: 'key', publicKey: keys.publicKey },
    prepare: () => Promise.resolve(),
    describe: () => Promise.resolve('a key'),
    simpleSigning: (payload) =>
      Promise.resolve({ [SIGNATURE_ANNOTATION]: signPayload(payload, keys.privateKey) }),
    attestation: (statement) =>
      Promise.resolve({
        content: Buffer.from(JSON.stringify(signEnvelope(statement, keys.privateKey))),
        annotations: {},
      }),
    bundle: (statement) =>
      Promise.resolve(
        Buffer.from(JSON.stringify(statementBundle(statement, keys.privateKey, keys.publicKey))),
      ),
  };
}

export function sigstoreSigner(signer: KeylessSigner): ImageSigner {
  return {
    self: undefined,
    async prepare() {
      await signer.signingCertificate();
    },
    async describe() {
      const { subjectAlternativeName, issuer } = await signer.signingCertificate();
      return `keyless identity "${subjectAlternativeName}" from issuer "${issuer}"`;
    },
    async simpleSigning(payload) {
      const bundle = await signer.messageBundle(payload);
      if (bundle.content.$case !== 'messageSignature') throw new Error('expected a message signature bundle');
      const { chain } = await signer.signingCertificate();
      return {
        [SIGNATURE_ANNOTATION]: bundle.content.messageSignature.signature.toString('base64'),
        ...keylessAnnotations(bundle, chain),
      };
    },
    async attestation(statement) {
      // cosign's .att layout records attestations as Rekor `intoto` entries.
      const bundle = await signer.dsseBundle(statement, IN_TOTO_PAYLOAD_TYPE, 'intoto');
      if (bundle.content.$case !== 'dsseEnvelope') throw new Error('expected a DSSE bundle');
      const { chain } = await signer.signingCertificate();
      const json = bundleToJSON(bundle) as { dsseEnvelope: unknown };
      return {
        content: Buffer.from(JSON.stringify(json.dsseEnvelope)),
        annotations: keylessAnnotations(bundle, chain),
      };
    },
    async bundle(statement) {
      // Bundles (cosign v3) record DSSE envelopes as Rekor `dsse` entries.
      const bundle = await signer.dsseBundle(statement, IN_TOTO_PAYLOAD_TYPE, 'dsse');
      return Buffer.from(JSON.stringify(bundleToJSON(bundle)));
    },
  };
}

/** Callers may pass a key pair where a signer is expected (the key-based API before keyless existed). */
export type SignerLike = ImageSigner | { privateKey: KeyObject; publicKey: KeyObject };

export function toImageSigner(signer: SignerLike): ImageSigner {
  return 'simpleSigning' in signer ? signer : keySigner(signer);
}
