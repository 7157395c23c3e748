/**
 * Attestations in cosign's `.att` layout: an in-toto statement about the image digest, in a DSSE envelope
 * signed with the key, one layer per attestation annotated with its predicate type.
 */
import type { KeyObject } from 'node:crypto';
import { OsimgError } from '../errors.js';
import { repositoryName, type ImageReference } from '../oci/reference.js';
import type { RegistryClient } from '../oci/registry.js';
import {
  ATTESTATION_LAYER_MEDIA_TYPE,
  PREDICATE_TYPE_ANNOTATION,
  SIGNATURE_ANNOTATION,
  attach,
  readAttachments,
  type Attachment,
} from './cosign-legacy.js';
import { statementFor } from './dsse.js';
import {
  attachStatementBundle,
  bundleStatements,
  COSIGN_SIGN_PREDICATE,
  type SignedRepository,
} from './bundle.js';
import { toImageSigner, type SignerLike } from './image-signer.js';
import { resolveImage } from './signatures.js';
import { statement, type Statement } from './provenance.js';
import { attestationPayload, describePolicy, toTrustPolicy, type TrustPolicy } from './trust-policy.js';

export interface AttestResult {
  digest: string;
  added: boolean;
}

/** The statements among `.att` attachments valid under the policy and about exactly this digest and name. */
function statementsIn(
  attachments: readonly Attachment[],
  policy: TrustPolicy,
  digest: string,
  name: string,
): Statement[] {
  return attachments.flatMap(({ content, layer }) => {
    const payload = attestationPayload(policy, content, layer.annotations);
    return (payload && statementFor(payload, digest, name)) ?? [];
  });
}

/** Statements in the `.att` image valid under the policy and about exactly this digest in this repository. */
export async function verifiedStatements(
  client: RegistryClient,
  image: SignedRepository,
  digest: string,
  policy: TrustPolicy,
): Promise<Statement[]> {
  const attachments = await readAttachments(
    client,
    image.repository,
    digest,
    'att',
    ATTESTATION_LAYER_MEDIA_TYPE,
  );
  return statementsIn(attachments, policy, digest, image.name);
}

export async function attestImage(
  client: RegistryClient,
  ref: ImageReference,
  signerLike: SignerLike,
  predicateType: string,
  predicate: unknown,
  now: Date = new Date(),
): Promise<AttestResult> {
  const signer = toImageSigner(signerLike);
  const image = await resolveImage(client, ref);
  const { digest } = image;
  const body = Buffer.from(JSON.stringify(statement(repositoryName(ref), digest, predicateType, predicate)));
  let added = false;
  // cosign's .att layout (what cosign v2 and most verifiers read), read once...
  const existing = await readAttachments(client, ref.repository, digest, 'att', ATTESTATION_LAYER_MEDIA_TYPE);
  const same =
    signer.self !== undefined &&
    statementsIn(existing, signer.self, digest, repositoryName(ref)).some(
      (found) => JSON.stringify(found) === body.toString('utf8'),
    );
  if (!same) {
    // Signed (keyless: certified and logged) before anything is written, so no layer lacks its content.
    const layer = await signer.attestation(body);
    await attach(
      client,
      ref.repository,
      digest,
      'att',
      layer.content,
      {
        mediaType: ATTESTATION_LAYER_MEDIA_TYPE,
        // cosign 2's verify-attestation requires the signature annotation on every layer; in `.att` the
        // signature is inside the DSSE envelope, so cosign writes it empty, and so does osimg.
        annotations: {
          [PREDICATE_TYPE_ANNOTATION]: predicateType,
          [SIGNATURE_ANNOTATION]: '',
          ...layer.annotations,
        },
      },
      existing.map((attachment) => attachment.layer),
    );
    added = true;
  }
  // ...and a Sigstore bundle referrer (what cosign v3 writes).
  const image_ = { repository: ref.repository, name: repositoryName(ref), ...image };
  if (await attachStatementBundle(client, image_, predicateType, predicate, signer, now.toISOString()))
    added = true;
  return { digest, added };
}

/**
 * Fails closed unless every required predicate type has an attestation for this digest valid under the
 * same policy as the signature (the same key, or the same keyless identity).
 */
export async function requireAttestations(
  client: RegistryClient,
  ref: ImageReference,
  digest: string,
  policyLike: TrustPolicy | KeyObject,
  required: readonly string[],
): Promise<Statement[]> {
  if (required.length === 0) return [];
  const policy = toTrustPolicy(policyLike);
  const image = { repository: ref.repository, name: repositoryName(ref) };
  // The signature itself (cosign/sign/v1 in a bundle) is not an attestation.
  const statements = [
    ...(await verifiedStatements(client, image, digest, policy)),
    ...(await bundleStatements(client, image, digest, policy)),
  ].filter((found) => found.predicateType !== COSIGN_SIGN_PREDICATE);
  const missing = required.filter((type) => !statements.some((found) => found.predicateType === type));
  if (missing.length > 0) {
    throw new OsimgError(
      `${repositoryName(ref)}@${digest} has no attestation by ${describePolicy(policy)} of type ${missing.join(', ')} (found: ${[...new Set(statements.map((found) => found.predicateType))].join(', ') || 'none'})`,
      { code: 'AUTH' },
    );
  }
  return statements;
}

/** The labels of an image's config (osimg build records the source and base there). */
export async function imageLabels(
  client: RegistryClient,
  repository: string,
  digest: string,
): Promise<Record<string, string>> {
  const manifest = JSON.parse((await client.getManifest(repository, digest)).bytes.toString('utf8')) as {
    config?: { digest?: string };
  };
  if (!manifest.config?.digest) return {};
  const config = JSON.parse((await client.getBlob(repository, manifest.config.digest)).toString('utf8')) as {
    config?: { Labels?: Record<string, string> | null };
  };
  return config.config?.Labels ?? {};
}
