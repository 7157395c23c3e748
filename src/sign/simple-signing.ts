/**
 * The "simple signing" payload cosign signs and containers/image (podman, skopeo, bootc) verifies: it binds
 * a manifest digest to a repository name. Signatures are over these exact bytes.
 */
import { createSign, createVerify, type KeyObject } from 'node:crypto';
import { OsimgError } from '../errors.js';

export const SIMPLE_SIGNING_TYPE = 'cosign container image signature';

export interface SimpleSigningPayload {
  critical: {
    identity: { 'docker-reference': string };
    image: { 'docker-manifest-digest': string };
    type: typeof SIMPLE_SIGNING_TYPE;
  };
  optional: Record<string, string> | null;
}

/** The payload bytes for a repository (`registry/repo`, no tag) and a manifest digest. */
export function simpleSigningPayload(
  repository: string,
  digest: string,
  annotations: Record<string, string> = {},
): Buffer {
  const payload: SimpleSigningPayload = {
    critical: {
      identity: { 'docker-reference': repository },
      image: { 'docker-manifest-digest': digest },
      type: SIMPLE_SIGNING_TYPE,
    },
    optional: Object.keys(annotations).length > 0 ? annotations : null,
  };
  return Buffer.from(JSON.stringify(payload));
}

export function parseSimpleSigning(bytes: Buffer): SimpleSigningPayload {
  let parsed: SimpleSigningPayload;
  try {
    parsed = JSON.parse(bytes.toString('utf8')) as SimpleSigningPayload;
  } catch {
    throw new OsimgError('a signature payload is not JSON');
  }
  if (
    parsed?.critical?.type !== SIMPLE_SIGNING_TYPE ||
    typeof parsed.critical.image?.['docker-manifest-digest'] !== 'string'
  ) {
    throw new OsimgError('a signature payload is not a cosign simple-signing payload');
  }
  return parsed;
}

/** ECDSA (or RSA/Ed25519) over SHA-256 of the payload, DER-encoded, base64 — cosign's signature annotation. */
export function signPayload(payload: Buffer, key: KeyObject): string {
  if (key.asymmetricKeyType === 'ed25519') {
    throw new OsimgError('Ed25519 keys are not supported for image signatures; use an ECDSA P-256 key');
  }
  return createSign('sha256').update(payload).sign(key).toString('base64');
}

export function verifyPayload(payload: Buffer, signatureBase64: string, key: KeyObject): boolean {
  try {
    return createVerify('sha256').update(payload).verify(key, Buffer.from(signatureBase64, 'base64'));
  } catch {
    return false;
  }
}
