/**
 * DSSE envelopes (the signature wrapper of in-toto attestations): the signature covers the
 * pre-authentication encoding PAE(type, body) = "DSSEv1 <len(type)> <type> <len(body)> <body>".
 */
import { createSign, createVerify, type KeyObject } from 'node:crypto';
import { OsimgError } from '../errors.js';
import type { Statement } from './provenance.js';
import { subjectNameAllowed } from './signed-identity.js';

export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

export interface Envelope {
  payloadType: string;
  payload: string;
  signatures: Array<{ keyid: string; sig: string }>;
}

export function pae(payloadType: string, body: Buffer): Buffer {
  const type = Buffer.from(payloadType);
  return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `), type, Buffer.from(` ${body.length} `), body]);
}

export function signEnvelope(body: Buffer, key: KeyObject, payloadType = IN_TOTO_PAYLOAD_TYPE): Envelope {
  const sig = createSign('sha256').update(pae(payloadType, body)).sign(key).toString('base64');
  return { payloadType, payload: body.toString('base64'), signatures: [{ keyid: '', sig }] };
}

export function parseEnvelope(bytes: Buffer): Envelope {
  let envelope: Envelope;
  try {
    envelope = JSON.parse(bytes.toString('utf8')) as Envelope;
  } catch {
    throw new OsimgError('an attestation is not a JSON DSSE envelope');
  }
  if (
    typeof envelope?.payloadType !== 'string' ||
    typeof envelope.payload !== 'string' ||
    !Array.isArray(envelope.signatures)
  ) {
    throw new OsimgError('an attestation is not a DSSE envelope (payloadType, payload, signatures)');
  }
  return envelope;
}

/** The payload when any signature verifies with the key, else undefined. */
export function openEnvelope(envelope: Envelope, key: KeyObject): Buffer | undefined {
  const body = Buffer.from(envelope.payload, 'base64');
  const message = pae(envelope.payloadType, body);
  const valid = envelope.signatures.some((signature) => {
    try {
      return createVerify('sha256').update(message).verify(key, Buffer.from(signature.sig, 'base64'));
    } catch {
      return false;
    }
  });
  return valid ? body : undefined;
}

/**
 * The in-toto statement in a payload when a subject is exactly `digest` (algorithm:hex) in `repository`
 * (the full name, `registry/path`; see signed-identity.ts); else undefined.
 */
export function statementFor(body: Buffer, digest: string, repository: string): Statement | undefined {
  const [algorithm, hex] = digest.split(':') as [string, string];
  try {
    const statement = JSON.parse(body.toString('utf8')) as Statement;
    return statement.subject?.some(
      (subject) =>
        subject.digest?.[algorithm] === hex && subjectNameAllowed(subject.name, repository, digest),
    )
      ? statement
      : undefined;
  } catch {
    return undefined;
  }
}
