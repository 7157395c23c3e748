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
  attach,
  readAttachments,
  type Attachment,
} from './cosign-legacy.js';
import { parseEnvelope, signEnvelope, statementAbout } from './dsse.js';
import { attachStatementBundle, bundleStatements, COSIGN_SIGN_PREDICATE } from './bundle.js';
import { resolveImage } from './signatures.js';
import { statement, type Statement } from './provenance.js';

export interface AttestResult {
  digest: string;
  added: boolean;
}

/** The statements among `.att` attachments that this key signed and that are about exactly this digest. */
function statementsIn(attachments: readonly Attachment[], publicKey: KeyObject, digest: string): Statement[] {
  return attachments.flatMap(({ content }) => {
    try {
      return statementAbout(parseEnvelope(content), publicKey, digest) ?? [];
    } catch {
      return [];
    }
  });
}

/** Statements in the `.att` image that this key signed and that are about exactly this digest. */
export async function verifiedStatements(
  client: RegistryClient,
  repository: string,
  digest: string,
  publicKey: KeyObject,
): Promise<Statement[]> {
  const attachments = await readAttachments(client, repository, digest, 'att', ATTESTATION_LAYER_MEDIA_TYPE);
  return statementsIn(attachments, publicKey, digest);
}

export async function attestImage(
  client: RegistryClient,
  ref: ImageReference,
  keys: { privateKey: KeyObject; publicKey: KeyObject },
  predicateType: string,
  predicate: unknown,
  now: Date = new Date(),
): Promise<AttestResult> {
  const image = await resolveImage(client, ref);
  const { digest } = image;
  const body = Buffer.from(JSON.stringify(statement(repositoryName(ref), digest, predicateType, predicate)));
  let added = false;
  // cosign's .att layout (what cosign v2 and most verifiers read), read once...
  const existing = await readAttachments(client, ref.repository, digest, 'att', ATTESTATION_LAYER_MEDIA_TYPE);
  const same = statementsIn(existing, keys.publicKey, digest).some(
    (found) => JSON.stringify(found) === body.toString('utf8'),
  );
  if (!same) {
    const envelope = Buffer.from(JSON.stringify(signEnvelope(body, keys.privateKey)));
    await attach(
      client,
      ref.repository,
      digest,
      'att',
      envelope,
      {
        mediaType: ATTESTATION_LAYER_MEDIA_TYPE,
        annotations: { [PREDICATE_TYPE_ANNOTATION]: predicateType },
      },
      existing.map((attachment) => attachment.layer),
    );
    added = true;
  }
  // ...and a Sigstore bundle referrer (what cosign v3 writes).
  const image_ = { repository: ref.repository, name: repositoryName(ref), ...image };
  if (await attachStatementBundle(client, image_, predicateType, predicate, keys, now.toISOString()))
    added = true;
  return { digest, added };
}

/** Fails closed unless every required predicate type has an attestation by the key for this digest. */
export async function requireAttestations(
  client: RegistryClient,
  ref: ImageReference,
  digest: string,
  publicKey: KeyObject,
  required: readonly string[],
): Promise<Statement[]> {
  if (required.length === 0) return [];
  // The signature itself (cosign/sign/v1 in a bundle) is not an attestation.
  const statements = [
    ...(await verifiedStatements(client, ref.repository, digest, publicKey)),
    ...(await bundleStatements(client, ref.repository, digest, publicKey)),
  ].filter((found) => found.predicateType !== COSIGN_SIGN_PREDICATE);
  const missing = required.filter((type) => !statements.some((found) => found.predicateType === type));
  if (missing.length > 0) {
    throw new OsimgError(
      `${repositoryName(ref)}@${digest} has no attestation by this key of type ${missing.join(', ')} (found: ${[...new Set(statements.map((found) => found.predicateType))].join(', ') || 'none'})`,
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
