/**
 * The dependents index: which image was built on which base, by which repository's pipeline. The image
 * pipeline writes one entry per build (as a JSON artifact and as a record next to the image in the
 * registry); an index file is a list of such entries, merged by image digest. `osimg rebuild` reads it to
 * know whom to rebuild when a base is banned or patched, without crawling every registry.
 *
 * Format (JSON):
 *   { "kind": "osimg-dependents", "version": 1, "images": [ DependentImage, ... ] }
 */
import { ConfigurationError } from '../errors.js';
import { isValidDigest, parseReference } from '../oci/reference.js';

export const INDEX_KIND = 'osimg-dependents';

export type DispatchEvent = 'workflow_dispatch' | 'repository_dispatch';

/** Where and how to start an image's pipeline again. */
export interface PipelineTarget {
  /** `owner/name` on GitHub. */
  repository: string;
  /** Workflow file name or path (`image.yml`, `.github/workflows/image.yml`); workflow_dispatch only. */
  workflow?: string;
  /** Branch or tag to run on (`main`, `refs/heads/main`); workflow_dispatch only. */
  ref?: string;
  event?: DispatchEvent;
  /** workflow_dispatch inputs the caller workflow declares. */
  inputs?: Record<string, string>;
}

export interface DependentImage {
  /** `registry/repository@sha256:…` */
  image: string;
  /** Tags that pointed at it when it was found (for the report). */
  tags?: string[];
  /** The base, from the image's `org.opencontainers.image.base.{name,digest}` labels. */
  base: { name?: string; digest?: string };
  /** Where it came from (`org.opencontainers.image.source`, `.revision`). */
  source?: { url?: string; revision?: string };
  pipeline?: PipelineTarget;
  /** ISO times: when it was built and when it was last scanned for vulnerabilities. */
  builtAt?: string;
  scannedAt?: string;
}

export interface DependentsIndex {
  kind: typeof INDEX_KIND;
  version: 1;
  images: DependentImage[];
}

export function emptyIndex(): DependentsIndex {
  return { kind: INDEX_KIND, version: 1, images: [] };
}

/** Parses an index file, or a single entry (what one pipeline run writes). Errors name the file and entry. */
export function parseIndex(text: string, file: string): DependentsIndex {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`${file} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  if (isObject(data) && data.kind === undefined && typeof data.image === 'string') {
    return { kind: INDEX_KIND, version: 1, images: [checkEntry(data, `${file}`)] };
  }
  if (!isObject(data) || data.kind !== INDEX_KIND || data.version !== 1 || !Array.isArray(data.images)) {
    throw new ConfigurationError(
      `${file} is not an osimg dependents index: expected {"kind": "${INDEX_KIND}", "version": 1, "images": [...]}`,
    );
  }
  return {
    kind: INDEX_KIND,
    version: 1,
    images: data.images.map((entry, i) => checkEntry(entry, `${file}: images[${i}]`)),
  };
}

function checkEntry(value: unknown, where: string): DependentImage {
  if (!isObject(value)) throw new ConfigurationError(`${where} must be an object`);
  const fail = (what: string) => new ConfigurationError(`${where}: ${what}`);
  if (typeof value.image !== 'string') throw fail('"image" (name@sha256:…) is required');
  const ref = parseReference(value.image);
  if (!ref.digest) throw fail(`"image" must carry its digest (name@sha256:…), not "${value.image}"`);
  const base = value.base;
  if (!isObject(base)) throw fail('"base" ({name, digest}) is required');
  if (base.name !== undefined && typeof base.name !== 'string') throw fail('"base.name" must be a string');
  if (base.digest !== undefined && (typeof base.digest !== 'string' || !isValidDigest(base.digest)))
    throw fail('"base.digest" must be a sha256:… digest');
  const pipeline = value.pipeline;
  if (pipeline !== undefined) {
    if (
      !isObject(pipeline) ||
      typeof pipeline.repository !== 'string' ||
      !/^[\w.-]+\/[\w.-]+$/.test(pipeline.repository)
    )
      throw fail('"pipeline.repository" must be owner/name');
    if (
      pipeline.event !== undefined &&
      pipeline.event !== 'workflow_dispatch' &&
      pipeline.event !== 'repository_dispatch'
    )
      throw fail('"pipeline.event" must be workflow_dispatch or repository_dispatch');
    for (const key of ['workflow', 'ref'] as const)
      if (pipeline[key] !== undefined && typeof pipeline[key] !== 'string')
        throw fail(`"pipeline.${key}" must be a string`);
    if (
      pipeline.inputs !== undefined &&
      (!isObject(pipeline.inputs) || Object.values(pipeline.inputs).some((v) => typeof v !== 'string'))
    )
      throw fail('"pipeline.inputs" must map names to strings');
  }
  for (const key of ['builtAt', 'scannedAt'] as const) {
    const time = value[key];
    if (time !== undefined && (typeof time !== 'string' || Number.isNaN(Date.parse(time))))
      throw fail(`"${key}" must be an ISO date-time`);
  }
  return value as unknown as DependentImage;
}

/** Merges entries by image digest: later entries win field by field (a re-scan updates scannedAt). */
export function mergeIndexes(...indexes: DependentsIndex[]): DependentsIndex {
  const byImage = new Map<string, DependentImage>();
  for (const index of indexes) {
    for (const entry of index.images) {
      const previous = byImage.get(entry.image);
      byImage.set(entry.image, previous ? { ...previous, ...withoutUndefined(entry) } : entry);
    }
  }
  return {
    kind: INDEX_KIND,
    version: 1,
    images: [...byImage.values()].sort((a, b) => a.image.localeCompare(b.image)),
  };
}

export function serializeIndex(index: DependentsIndex): string {
  return `${JSON.stringify(index, null, 2)}\n`;
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
