/**
 * What the sign action and `osimg sign --attest` do: resolve the image to a digest once, make every
 * predicate first (SLSA provenance, the SBOM read from the image's files), then sign the digest and attach
 * each attestation, all by the same signer (key or keyless identity). Predicates come before any write, so
 * a failing SBOM extraction leaves the registry as it was rather than an image signed but not attested.
 */
import { ConfigurationError } from '../errors.js';
import { repositoryName, type ImageReference } from '../oci/reference.js';
import type { RegistryClient } from '../oci/registry.js';
import { serialize } from '../sbom/index.js';
import { parseList } from '../values.js';
import { attestImage } from './attest.js';
import type { ImageSigner } from './image-signer.js';
import { imageProvenance } from './image-provenance.js';
import { imageSbom, type ImageSbomDeps } from './image-sbom.js';
import { PREDICATE_TYPES, SLSA_PROVENANCE_V1, type GithubRun } from './provenance.js';
import { resolveImage, signImage, type SignatureFormat } from './signatures.js';

export type AttestationKind = 'provenance' | 'spdx' | 'cyclonedx';
export const ATTESTATION_KINDS: readonly AttestationKind[] = ['provenance', 'spdx', 'cyclonedx'];

export const PREDICATE_TYPE_OF: Record<AttestationKind, string> = {
  provenance: SLSA_PROVENANCE_V1,
  spdx: PREDICATE_TYPES.spdxjson!,
  cyclonedx: PREDICATE_TYPES.cyclonedx!,
};

/** A list of kinds (newline or comma separated); empty means `fallback`, `none` means no attestation. */
export function parseAttestationKinds(
  text: string,
  name: string,
  fallback: readonly AttestationKind[],
): AttestationKind[] {
  const items = parseList(text).map((item) => item.toLowerCase());
  if (items.length === 0) return [...fallback];
  if (items.length === 1 && items[0] === 'none') return [];
  const unknown = items.filter((item) => !(ATTESTATION_KINDS as readonly string[]).includes(item));
  if (unknown.length > 0) {
    throw new ConfigurationError(
      `${name}: unknown attestation ${unknown.join(', ')}; use provenance, spdx, cyclonedx (or none)`,
    );
  }
  return [...new Set(items as AttestationKind[])];
}

export interface SignAndAttestOptions {
  formats: readonly SignatureFormat[];
  annotations: Record<string, string>;
  attest: readonly AttestationKind[];
  /** The GitHub Actions run (provenance's builder and invocation); undefined outside Actions. */
  run: GithubRun | undefined;
  /** The builder id when there is no workflow (the CLI's own). */
  fallbackBuilderId: string;
  sbom: ImageSbomDeps;
  now?: Date;
}

export interface SignAndAttestResult {
  name: string;
  digest: string;
  added: SignatureFormat[];
  /** The predicate types attested, in order. */
  attestations: string[];
  /** The SBOM document (SPDX when attested, else CycloneDX), to write where the caller wants it. */
  sbom?: { format: 'spdx' | 'cyclonedx'; text: string; packages: number };
  timings: { sbomMs: number; signMs: number };
}

const since = (started: bigint) => Number(process.hrtime.bigint() - started) / 1e6;

export async function signAndAttest(
  client: RegistryClient,
  ref: ImageReference,
  signer: ImageSigner,
  options: SignAndAttestOptions,
): Promise<SignAndAttestResult> {
  const started = process.hrtime.bigint();
  const now = options.now ?? new Date();
  const name = repositoryName(ref);
  // Resolved once: from here on everything names the digest, whatever the tag does meanwhile.
  const image = await resolveImage(client, ref);
  const pinned: ImageReference = { ...ref, tag: undefined, digest: image.digest };
  const target = { repository: ref.repository, name, digest: image.digest };
  await signer.prepare();

  const predicates: Array<{ kind: AttestationKind; predicate: unknown }> = [];
  let sbomMs = 0;
  let sbom: SignAndAttestResult['sbom'];
  if (options.attest.includes('provenance')) {
    predicates.push({
      kind: 'provenance',
      predicate: await imageProvenance(client, target, options.run, options.fallbackBuilderId),
    });
  }
  if (options.attest.includes('spdx') || options.attest.includes('cyclonedx')) {
    const sbomStarted = process.hrtime.bigint();
    const generated = await imageSbom(
      client,
      { repository: ref.repository, name, digest: image.digest, created: now.toISOString() },
      options.sbom,
    );
    sbomMs = since(sbomStarted);
    for (const kind of ['spdx', 'cyclonedx'] as const) {
      if (options.attest.includes(kind)) predicates.push({ kind, predicate: generated[kind] });
    }
    const format = options.attest.includes('spdx') ? 'spdx' : 'cyclonedx';
    sbom = { format, text: serialize(generated[format]), packages: generated.packages.length };
  }

  const signed = await signImage(client, pinned, signer, {
    formats: options.formats,
    annotations: options.annotations,
    now,
  });
  for (const { kind, predicate } of predicates) {
    await attestImage(client, pinned, signer, PREDICATE_TYPE_OF[kind], predicate, now);
  }
  return {
    name,
    digest: image.digest,
    added: signed.added,
    attestations: predicates.map(({ kind }) => PREDICATE_TYPE_OF[kind]),
    ...(sbom ? { sbom } : {}),
    timings: { sbomMs, signMs: since(started) - sbomMs },
  };
}
