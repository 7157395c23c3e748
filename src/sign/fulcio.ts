/**
 * Fulcio's `POST /api/v2/signingCert`: an OIDC token and a public key (with proof that we hold its private
 * key: a signature over the token's subject) in, a short-lived code-signing certificate for the token's
 * identity out, with the chain up to Fulcio's root. The whole chain is kept: cosign's legacy signature
 * layout stores it beside the certificate (`dev.sigstore.cosign/chain`).
 */
import { X509Certificate, sign, type KeyObject } from 'node:crypto';
import { OsimgError } from '../errors.js';
import { jwtClaims } from './oidc.js';

export const PUBLIC_GOOD_FULCIO_URL = 'https://fulcio.sigstore.dev';

export interface SigningCertificate {
  /** The leaf certificate, PEM. */
  certificate: string;
  /** The issuing chain (intermediates, then the root), PEM each. */
  chain: string[];
  /** The identity Fulcio bound to the key: the subject alternative name and the OIDC issuer. */
  subjectAlternativeName: string;
  issuer: string;
}

/** The claim Fulcio checks the proof of possession against (email-based issuers sign the email). */
function subjectOf(token: string): string {
  const claims = jwtClaims(token);
  const emailIssuers = ['https://accounts.google.com', 'https://oauth2.sigstore.dev/auth'];
  const subject = emailIssuers.includes(String(claims.iss)) ? claims.email : claims.sub;
  if (typeof subject !== 'string' || !subject) {
    throw new OsimgError('the OIDC identity token has no subject ("sub") claim', { code: 'AUTH' });
  }
  return subject;
}

export async function requestSigningCertificate(
  fulcioUrl: string,
  token: string,
  keys: { privateKey: KeyObject; publicKey: KeyObject },
  fetchImpl: typeof fetch = fetch,
): Promise<SigningCertificate> {
  const proof = sign('sha256', Buffer.from(subjectOf(token)), keys.privateKey).toString('base64');
  const request = {
    credentials: { oidcIdentityToken: token },
    publicKeyRequest: {
      publicKey: {
        algorithm: 'ECDSA',
        content: keys.publicKey.export({ format: 'pem', type: 'spki' }).toString(),
      },
      proofOfPossession: proof,
    },
  };
  const endpoint = new URL('/api/v2/signingCert', fulcioUrl);
  let response: Response;
  try {
    response = await fetchImpl(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(request),
      signal: AbortSignal.timeout(60_000),
    });
  } catch (error) {
    throw new OsimgError(`cannot reach Fulcio at ${endpoint.origin}: ${(error as Error).message}`, {
      code: 'REGISTRY',
      cause: error,
    });
  }
  const text = await response.text();
  if (!response.ok) {
    throw new OsimgError(
      `Fulcio at ${endpoint.origin} refused a certificate (HTTP ${response.status}): ${text.trim().slice(0, 300)}`,
      { code: 'AUTH' },
    );
  }
  let certificates: unknown;
  try {
    const body = JSON.parse(text) as Record<string, { chain?: { certificates?: unknown } } | undefined>;
    certificates = (body.signedCertificateEmbeddedSct ?? body.signedCertificateDetachedSct)?.chain
      ?.certificates;
  } catch {
    certificates = undefined;
  }
  if (
    !Array.isArray(certificates) ||
    certificates.length === 0 ||
    !certificates.every((c) => typeof c === 'string')
  ) {
    throw new OsimgError(`Fulcio at ${endpoint.origin} answered without a certificate chain`, {
      code: 'REGISTRY',
    });
  }
  const [leafPem, ...chain] = (certificates as string[]).map((pem) =>
    pem.endsWith('\n') ? pem : `${pem}\n`,
  );
  const leaf = new X509Certificate(leafPem!);
  if (!leaf.publicKey.equals(keys.publicKey)) {
    throw new OsimgError(`Fulcio at ${endpoint.origin} certified another key than the one it was sent`, {
      code: 'AUTH',
    });
  }
  return { certificate: leafPem!, chain, ...certificateIdentity(leaf) };
}

const ISSUER_V1 = '1.3.6.1.4.1.57264.1.1';
const ISSUER_V2 = '1.3.6.1.4.1.57264.1.8';

/**
 * The identity in a Fulcio certificate: its first URI or email subject alternative name, and the OIDC issuer
 * extension (v2: a DER UTF8String; v1: raw bytes). Node's X509Certificate does not expose extensions, so the
 * issuer is found in the DER by its OID.
 */
export function certificateIdentity(cert: X509Certificate): {
  subjectAlternativeName: string;
  issuer: string;
} {
  const san = (cert.subjectAltName ?? '')
    .split(', ')
    .map((entry) => /^(?:URI|email):(.*)$/.exec(entry)?.[1])
    .find((value) => value !== undefined);
  return {
    subjectAlternativeName: san ?? '',
    issuer: extensionText(cert.raw, ISSUER_V2, true) ?? extensionText(cert.raw, ISSUER_V1, false) ?? '',
  };
}

function encodeOid(oid: string): Buffer {
  const parts = oid.split('.').map(Number);
  const bytes = [40 * parts[0]! + parts[1]!];
  for (const part of parts.slice(2)) {
    const chunk = [part & 0x7f];
    for (let rest = part >>> 7; rest > 0; rest >>>= 7) chunk.unshift((rest & 0x7f) | 0x80);
    bytes.push(...chunk);
  }
  return Buffer.from([0x06, bytes.length, ...bytes]);
}

/** DER length at `offset`: [length, header bytes]. */
function derLength(der: Buffer, offset: number): [number, number] {
  const first = der[offset]!;
  if (first < 0x80) return [first, 1];
  const count = first & 0x7f;
  let length = 0;
  for (let i = 1; i <= count; i++) length = (length << 8) | der[offset + i]!;
  return [length, 1 + count];
}

/** The value of an extension: OID, [critical BOOLEAN], OCTET STRING { value }. */
function extensionText(der: Buffer, oid: string, utf8String: boolean): string | undefined {
  const at = der.indexOf(encodeOid(oid));
  if (at < 0) return undefined;
  let offset = at + encodeOid(oid).length;
  if (der[offset] === 0x01) offset += 3; // critical flag
  if (der[offset] !== 0x04) return undefined;
  const [octetLength, octetHeader] = derLength(der, offset + 1);
  let value = der.subarray(offset + 1 + octetHeader, offset + 1 + octetHeader + octetLength);
  if (utf8String) {
    if (value[0] !== 0x0c) return undefined;
    const [length, header] = derLength(value, 1);
    value = value.subarray(1 + header, 1 + header + length);
  }
  return value.toString('utf8');
}
