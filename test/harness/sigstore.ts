/**
 * A private Sigstore instance on loopback for tests: @sigstore/mock's Fulcio (CA with a CT log), Rekor and
 * timestamp authority handlers, each served by a real HTTP server on its own port, and the
 * trusted_root.json that names their keys, as a private instance would publish it.
 *
 * In front of the mock Fulcio the harness checks the OIDC token as real Fulcio does (signature by the
 * issuer, audience "sigstore", expiry) against the fake GitHub issuer; the mock itself only decodes it.
 * The mock copies one token claim verbatim into the certificate's URI SAN: we use `job_workflow_ref`, so
 * identities read `org/repo/.github/workflows/x.yml@refs/heads/main`, where real Fulcio writes
 * `https://github.com/` before it. The OIDC issuer extension comes from the token's `iss`, as in Fulcio.
 *
 * The mock Rekor logs the proposed entry as it was sent. For `hashedrekord` and `intoto` that is what
 * Rekor stores too; a `dsse` proposal (envelope + verifiers) Rekor turns into its canonical body (hashes
 * of the envelope and payload, signatures with their verifiers), and so does the harness before logging.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  fulcioHandler,
  initializeCA,
  initializeCTLog,
  initializeTLog,
  initializeTSA,
  rekorHandler,
  tsaHandler,
  type HandlerFn,
} from '@sigstore/mock';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { FakeGithubOidc } from './fake-github-oidc.js';

export interface MockSigstore {
  fulcioUrl: string;
  rekorUrl: string;
  tsaUrl: string;
  trustedRoot: Record<string, unknown>;
  /** Requests each service answered (path → count), to show what a run asked for. */
  requests: Record<'fulcio' | 'rekor' | 'tsa', number>;
  stop(): Promise<void>;
}

const VALID_FROM = { start: '2000-01-01T00:00:00Z' };

/** The bytes of a view (never its whole backing buffer, which for pooled Buffers holds other data). */
function bytes(view: ArrayBufferView): Buffer {
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

function spkiBase64(key: KeyObject): string {
  return key.export({ format: 'der', type: 'spki' }).toString('base64');
}

function serve(
  path: string,
  handle: HandlerFn,
  count: () => void,
  check?: (body: string) => void,
): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== path) {
        res.writeHead(404).end();
        return;
      }
      count();
      const body = Buffer.concat(chunks).toString('utf8');
      try {
        check?.(body);
      } catch (error) {
        res.writeHead(401, { 'content-type': 'text/plain' }).end((error as Error).message);
        return;
      }
      handle(body).then(
        ({ statusCode, response, contentType }) => {
          res.writeHead(statusCode, { 'content-type': contentType ?? 'text/plain' });
          res.end(typeof response === 'string' ? response : bytes(response));
        },
        (error: Error) => res.writeHead(500).end(error.message),
      );
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const urlOf = (server: http.Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

/** Rekor's canonical body for a `dsse` v0.0.1 proposal (types/dsse/v0.0.1); other kinds unchanged. */
function canonicalRekorEntry(body: string): string {
  const entry = JSON.parse(body) as {
    kind?: string;
    apiVersion?: string;
    spec?: { proposedContent?: { envelope: string; verifiers: string[] } };
  };
  const proposed = entry.spec?.proposedContent;
  if (entry.kind !== 'dsse' || !proposed) return body;
  const envelope = JSON.parse(proposed.envelope) as { payload: string; signatures: Array<{ sig: string }> };
  const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
  return JSON.stringify({
    apiVersion: entry.apiVersion,
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: sha256(proposed.envelope) },
      payloadHash: { algorithm: 'sha256', value: sha256(Buffer.from(envelope.payload, 'base64')) },
      signatures: envelope.signatures.map((signature, index) => ({
        signature: signature.sig,
        verifier: proposed.verifiers[index] ?? proposed.verifiers[0],
      })),
    },
  });
}

export async function startMockSigstore(oidc: FakeGithubOidc): Promise<MockSigstore> {
  const caKeys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const ctKeys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const tlogKeys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const tsaKeys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const requests = { fulcio: 0, rekor: 0, tsa: 0 };

  const ctlog = await initializeCTLog(ctKeys);
  const ca = await initializeCA(caKeys, ctlog);
  const tsa = await initializeTSA(tsaKeys);
  const fulcio = await serve(
    '/api/v2/signingCert',
    fulcioHandler(ca, { subjectClaim: 'job_workflow_ref' }).fn,
    () => (requests.fulcio += 1),
    (body) => {
      const token = (JSON.parse(body) as { credentials?: { oidcIdentityToken?: string } }).credentials
        ?.oidcIdentityToken;
      oidc.verify(token ?? '', 'sigstore');
    },
  );
  // Rekor writes its own host into checkpoints: start the server first, then make the log for its URL.
  let rekorHandle: HandlerFn = () => Promise.reject(new Error('not ready'));
  const rekor = await serve(
    '/api/v1/log/entries',
    (body) => rekorHandle(canonicalRekorEntry(body)),
    () => (requests.rekor += 1),
  );
  rekorHandle = rekorHandler(await initializeTLog(urlOf(rekor), tlogKeys)).fn;
  const timestamp = await serve('/api/v1/timestamp', tsaHandler(tsa).fn, () => (requests.tsa += 1));

  const logId = (key: KeyObject) =>
    createHash('sha256')
      .update(key.export({ format: 'der', type: 'spki' }))
      .digest('base64');
  const trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
      {
        baseUrl: urlOf(rekor),
        hashAlgorithm: 'SHA2_256',
        publicKey: {
          rawBytes: spkiBase64(tlogKeys.publicKey),
          keyDetails: 'PKIX_ECDSA_P256_SHA_256',
          validFor: VALID_FROM,
        },
        logId: { keyId: logId(tlogKeys.publicKey) },
      },
    ],
    certificateAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
        uri: urlOf(fulcio),
        certChain: { certificates: [{ rawBytes: bytes(ca.rootCertificate).toString('base64') }] },
        validFor: VALID_FROM,
      },
    ],
    ctlogs: [
      {
        baseUrl: 'http://ctfe.invalid',
        hashAlgorithm: 'SHA2_256',
        publicKey: {
          rawBytes: spkiBase64(ctKeys.publicKey),
          keyDetails: 'PKIX_ECDSA_P256_SHA_256',
          validFor: VALID_FROM,
        },
        logId: { keyId: bytes(ctlog.logID).toString('base64') },
      },
    ],
    timestampAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'tsa' },
        uri: urlOf(timestamp),
        certChain: {
          certificates: [
            { rawBytes: bytes(tsa.intCertificate).toString('base64') },
            { rawBytes: bytes(tsa.rootCertificate).toString('base64') },
          ],
        },
        validFor: VALID_FROM,
      },
    ],
  };

  const close = (server: http.Server) => new Promise<void>((resolve) => server.close(() => resolve()));
  return {
    fulcioUrl: urlOf(fulcio),
    rekorUrl: urlOf(rekor),
    tsaUrl: urlOf(timestamp),
    trustedRoot,
    requests,
    stop: async () => {
      await Promise.all([close(fulcio), close(rekor), close(timestamp)]);
    },
  };
}
