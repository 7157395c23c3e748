/**
 * Keyless material in cosign's legacy layout (specs/SIGNATURE_SPEC.md), as layer annotations beside the
 * signature: the Fulcio certificate and its chain (PEM), the Rekor entry as cosign's "bundle" (the signed
 * entry timestamp and the fields it signs), and an optional RFC 3161 timestamp. Converted both ways from
 * and to a Sigstore bundle, so one verifier (sigstore-js) checks both layouts.
 */
import { createHash, X509Certificate } from 'node:crypto';
import {
  BUNDLE_V03_MEDIA_TYPE,
  envelopeFromJSON,
  type Bundle,
  type TransparencyLogEntry,
} from '@sigstore/bundle';
import { HashAlgorithm } from '@sigstore/protobuf-specs';
import type { Envelope } from './dsse.js';

export const CERTIFICATE_ANNOTATION = 'dev.sigstore.cosign/certificate';
export const CHAIN_ANNOTATION = 'dev.sigstore.cosign/chain';
export const REKOR_BUNDLE_ANNOTATION = 'dev.sigstore.cosign/bundle';
export const TIMESTAMP_ANNOTATION = 'dev.sigstore.cosign/rfc3161timestamp';

/** cosign's `bundle` annotation: Rekor's signed entry timestamp and exactly the fields it covers. */
export interface RekorSetBundle {
  SignedEntryTimestamp: string;
  Payload: { body: string; integratedTime: number; logIndex: number; logID: string };
}

function pem(der: Buffer): string {
  return new X509Certificate(der).toString();
}

/** The annotations cosign writes for a keyless signature, from the bundle sigstore-js made for it. */
export function keylessAnnotations(bundle: Bundle, chain: readonly string[]): Record<string, string> {
  const material = bundle.verificationMaterial;
  const der =
    material.content.$case === 'certificate'
      ? material.content.certificate.rawBytes
      : material.content.$case === 'x509CertificateChain'
        ? material.content.x509CertificateChain.certificates[0]?.rawBytes
        : undefined;
  const entry = material.tlogEntries[0];
  if (!der || !entry?.inclusionPromise) {
    throw new Error('a keyless bundle without a certificate or a signed Rekor entry timestamp');
  }
  const set: RekorSetBundle = {
    SignedEntryTimestamp: entry.inclusionPromise.signedEntryTimestamp.toString('base64'),
    Payload: {
      body: entry.canonicalizedBody.toString('base64'),
      integratedTime: Number(entry.integratedTime),
      logIndex: Number(entry.logIndex),
      logID: entry.logId.keyId.toString('hex'),
    },
  };
  const annotations: Record<string, string> = {
    [CERTIFICATE_ANNOTATION]: pem(der),
    [CHAIN_ANNOTATION]: chain.join(''),
    [REKOR_BUNDLE_ANNOTATION]: JSON.stringify(set),
  };
  const timestamp = material.timestampVerificationData?.rfc3161Timestamps[0];
  if (timestamp) {
    annotations[TIMESTAMP_ANNOTATION] = JSON.stringify({
      SignedRFC3161Timestamp: timestamp.signedTimestamp.toString('base64'),
    });
  }
  return annotations;
}

function tlogEntryFrom(text: string): TransparencyLogEntry {
  const set = JSON.parse(text) as RekorSetBundle;
  const body = Buffer.from(set.Payload.body, 'base64');
  const { kind, apiVersion } = JSON.parse(body.toString('utf8')) as { kind: string; apiVersion: string };
  return {
    logIndex: String(set.Payload.logIndex),
    logId: { keyId: Buffer.from(set.Payload.logID, 'hex') },
    kindVersion: { kind, version: apiVersion },
    integratedTime: String(set.Payload.integratedTime),
    inclusionPromise: { signedEntryTimestamp: Buffer.from(set.SignedEntryTimestamp, 'base64') },
    inclusionProof: undefined,
    canonicalizedBody: body,
  };
}

/**
 * The Sigstore bundle equivalent to a keyless legacy layer (a plain signature over `payload`, or a DSSE
 * envelope); undefined when the layer carries no certificate or Rekor bundle (it is not keyless). Throws
 * on malformed annotations; callers treat that as "not a valid signature".
 */
export function bundleFromLayer(
  content: { payload: Buffer; signature: string } | { envelope: Envelope },
  annotations: Record<string, string> | undefined,
): Bundle | undefined {
  const certificate = annotations?.[CERTIFICATE_ANNOTATION];
  const rekor = annotations?.[REKOR_BUNDLE_ANNOTATION];
  if (!certificate || !rekor) return undefined;
  const timestamp = annotations[TIMESTAMP_ANNOTATION];
  const rfc3161Timestamps = timestamp
    ? [
        {
          signedTimestamp: Buffer.from(
            (JSON.parse(timestamp) as { SignedRFC3161Timestamp: string }).SignedRFC3161Timestamp,
            'base64',
          ),
        },
      ]
    : [];
  const verificationMaterial = {
    content: {
      $case: 'certificate' as const,
      certificate: { rawBytes: new X509Certificate(certificate).raw },
    },
    tlogEntries: [tlogEntryFrom(rekor)],
    timestampVerificationData: { rfc3161Timestamps },
  };
  if ('envelope' in content) {
    return {
      mediaType: BUNDLE_V03_MEDIA_TYPE,
      verificationMaterial,
      content: { $case: 'dsseEnvelope', dsseEnvelope: envelopeFromJSON(content.envelope) },
    };
  }
  return {
    mediaType: BUNDLE_V03_MEDIA_TYPE,
    verificationMaterial,
    content: {
      $case: 'messageSignature',
      messageSignature: {
        messageDigest: {
          algorithm: HashAlgorithm.SHA2_256,
          digest: createHash('sha256').update(content.payload).digest(),
        },
        signature: Buffer.from(content.signature, 'base64'),
      },
    },
  };
}
