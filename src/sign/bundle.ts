/**
 * Sigstore bundles (v0.3) as OCI 1.1 referrers, the layout cosign v3 writes and reads: a bundle holding a
 * DSSE envelope of an in-toto statement about the image digest (for signatures, the predicate type
 * https://sigstore.dev/cosign/sign/v1), attached to the image as an artifact whose subject is the image.
 */
import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import type { RegistryClient } from '../oci/registry.js';
import { attachReferrer, listReferrers, type ReferrerDescriptor } from '../oci/referrers.js';
import { signEnvelope, statementFor, type Envelope } from './dsse.js';
import type { ImageSigner } from './image-signer.js';
import { statement, type Statement } from './provenance.js';
import { bundlePayload, type TrustPolicy } from './trust-policy.js';

export const BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
export const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';

export interface SigstoreBundle {
  mediaType: typeof BUNDLE_MEDIA_TYPE;
  verificationMaterial: { publicKey: { hint: string }; tlogEntries: unknown[] };
  dsseEnvelope: Envelope;
}

/** A stable hint naming the key: base64 of the SHA-256 of its SPKI DER. */
export function keyHint(publicKey: KeyObject): string {
  const key = publicKey.type === 'public' ? publicKey : createPublicKey(publicKey);
  return createHash('sha256')
    .update(key.export({ format: 'der', type: 'spki' }))
    .digest('base64');
}

export function statementBundle(body: Buffer, privateKey: KeyObject, publicKey: KeyObject): SigstoreBundle {
  return {
    mediaType: BUNDLE_MEDIA_TYPE,
    // Key-based and without a transparency log: the key is the trust root, named by its hint.
    verificationMaterial: { publicKey: { hint: keyHint(publicKey) }, tlogEntries: [] },
    dsseEnvelope: signEnvelope(body, privateKey),
  };
}

/** Where signatures are looked up: the repository path in its registry and the full name they must name. */
export interface SignedRepository {
  repository: string;
  name: string;
}

/**
 * Statements in the digest's bundle referrers (listed here unless given), validly signed under the policy
 * and about exactly this digest in this repository.
 */
export async function bundleStatements(
  client: RegistryClient,
  image: SignedRepository,
  digest: string,
  policy: TrustPolicy,
  referrers?: readonly ReferrerDescriptor[],
): Promise<Statement[]> {
  const { repository } = image;
  const statements: Statement[] = [];
  for (const referrer of referrers ?? (await listReferrers(client, repository, digest, BUNDLE_MEDIA_TYPE))) {
    try {
      const manifest = JSON.parse(
        (await client.getManifest(repository, referrer.digest)).bytes.toString('utf8'),
      ) as {
        layers?: Array<{ digest: string; mediaType: string }>;
      };
      const layer = manifest.layers?.find((candidate) => candidate.mediaType === BUNDLE_MEDIA_TYPE);
      if (!layer) continue;
      const payload = bundlePayload(policy, await client.getBlob(repository, layer.digest));
      const found = payload && statementFor(payload, digest, image.name);
      if (found) statements.push(found);
    } catch {
      // A referrer that cannot be read or parsed is not a valid signature; others may still be.
      continue;
    }
  }
  return statements;
}

/** Attaches a signed statement about the image as a bundle referrer (skipped when an equal one exists). */
export async function attachStatementBundle(
  client: RegistryClient,
  image: { repository: string; name: string; digest: string; mediaType: string; size: number },
  predicateType: string,
  predicate: unknown,
  signer: ImageSigner,
  created: string,
): Promise<boolean> {
  const body = Buffer.from(JSON.stringify(statement(image.name, image.digest, predicateType, predicate)));
  if (signer.self) {
    const existing = await bundleStatements(client, image, image.digest, signer.self);
    if (existing.some((found) => JSON.stringify(found) === body.toString('utf8'))) return false;
  }
  const bundle = await signer.bundle(body);
  await attachReferrer(
    client,
    image.repository,
    { digest: image.digest, mediaType: image.mediaType, size: image.size },
    {
      artifactType: BUNDLE_MEDIA_TYPE,
      content: bundle,
      annotations: {
        'dev.sigstore.bundle.content': 'dsse-envelope',
        'dev.sigstore.bundle.predicateType': predicateType,
        'org.opencontainers.image.created': created,
      },
      layerAnnotations: { 'org.opencontainers.image.title': `${bundleTitle(bundle)}.sigstore.json` },
    },
  );
  return true;
}

function bundleTitle(bundle: Buffer): string {
  return `sha256-${createHash('sha256').update(bundle).digest('hex')}`;
}
