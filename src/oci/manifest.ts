/**
 * What a registry returned as a manifest, checked before osimg acts on it (signs it, attests it): an OCI
 * or Docker image manifest or index with the structure the specs require. Malformed JSON is the
 * registry's fault (exit 1); a well-formed manifest of something that is not an image (a signature, an
 * SBOM artifact) is the user's (exit 2: they named the wrong thing).
 */
import { ConfigurationError, OsimgError, quoteInput } from '../errors.js';
import { isValidDigest } from './reference.js';
import { MEDIA_TYPES, type Manifest } from './registry.js';

/** The OCI distribution spec's recommended limit: registries may refuse larger manifests. */
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

const IMAGE_MANIFESTS: ReadonlySet<string> = new Set([MEDIA_TYPES.ociManifest, MEDIA_TYPES.dockerManifest]);
const INDEXES: ReadonlySet<string> = new Set([MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerList]);
const IMAGE_CONFIGS: ReadonlySet<string> = new Set([
  'application/vnd.oci.image.config.v1+json',
  'application/vnd.docker.container.image.v1+json',
]);

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
}

export type ImageManifest =
  | { kind: 'manifest'; mediaType: string; config: Descriptor; layers: Descriptor[] }
  | { kind: 'index'; mediaType: string; manifests: Descriptor[] };

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function malformed(where: string, why: string): OsimgError {
  return new OsimgError(`the registry's manifest for ${where} is malformed: ${why}; nothing was done to it`, {
    code: 'REGISTRY',
  });
}

function descriptor(value: unknown, where: string, field: string): Descriptor {
  if (!isObject(value)) throw malformed(where, `${field} is not a descriptor object`);
  const { mediaType, digest, size } = value;
  if (typeof mediaType !== 'string' || mediaType.length === 0 || mediaType.length > 255) {
    throw malformed(where, `${field} has no mediaType`);
  }
  if (typeof digest !== 'string' || !isValidDigest(digest)) {
    throw malformed(where, `${field} has no valid digest`);
  }
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) {
    throw malformed(where, `${field} has no valid size`);
  }
  return { mediaType, digest, size };
}

function descriptors(value: unknown, where: string, field: string): Descriptor[] {
  if (!Array.isArray(value)) throw malformed(where, `"${field}" is not a list`);
  return value.map((entry, index) => descriptor(entry, where, `${field}[${index}]`));
}

/**
 * The manifest as a checked image manifest or index; throws (one sentence) for anything else. `where`
 * names the image for the message (a reference the user gave).
 */
export function parseImageManifest(manifest: Manifest, where: string): ImageManifest {
  if (manifest.bytes.length > MAX_MANIFEST_BYTES) {
    throw malformed(where, `it is ${manifest.bytes.length} bytes, over the ${MAX_MANIFEST_BYTES}-byte limit`);
  }
  let json: unknown;
  try {
    json = JSON.parse(manifest.bytes.toString('utf8'));
  } catch {
    throw malformed(where, 'it is not JSON');
  }
  if (!isObject(json)) throw malformed(where, 'it is not a JSON object');
  if (json.schemaVersion !== 2) throw malformed(where, 'its schemaVersion is not 2');
  const declared = json.mediaType;
  if (declared !== undefined && typeof declared !== 'string')
    throw malformed(where, 'its mediaType is not text');
  if (declared && manifest.mediaType && declared !== manifest.mediaType) {
    throw malformed(
      where,
      `it says it is ${quoteInput(declared, 80)} but was served as ${quoteInput(manifest.mediaType, 80)}`,
    );
  }
  // Neither the body nor the server says: the shape does (OCI allows an index or manifest without one).
  const mediaType =
    declared ||
    manifest.mediaType ||
    (json.manifests !== undefined ? MEDIA_TYPES.ociIndex : MEDIA_TYPES.ociManifest);
  if (INDEXES.has(mediaType)) {
    return { kind: 'index', mediaType, manifests: descriptors(json.manifests, where, 'manifests') };
  }
  if (!IMAGE_MANIFESTS.has(mediaType)) {
    throw new ConfigurationError(
      `${where} is not an image (its manifest type is ${quoteInput(mediaType, 80)}): name an image manifest or index`,
    );
  }
  const config = descriptor(json.config, where, 'config');
  const layers = descriptors(json.layers, where, 'layers');
  if (!IMAGE_CONFIGS.has(config.mediaType)) {
    throw new ConfigurationError(
      `${where} is not an image but an artifact of type ${quoteInput(config.mediaType, 80)}: name an image manifest or index`,
    );
  }
  return { kind: 'manifest', mediaType, config, layers };
}
