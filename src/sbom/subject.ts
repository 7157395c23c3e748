/** What both SBOM formats say about the image itself: its name, digest, purl, a creation time, stable ids. */
import { createHash } from 'node:crypto';
import { ConfigurationError } from '../errors.js';
import { parseReference, repositoryName } from '../oci/reference.js';
import { formatPurl } from './model.js';

export interface SbomSubject {
  /** The image's name as built or pushed, e.g. "ghcr.io/org/os:1.2". */
  imageName: string;
  /** The image's manifest digest, "sha256:<64 hex>". */
  digest: string;
  /** The SBOM's creation time (given, so that the same inputs give the same bytes). */
  created: string | Date;
}

export interface Subject {
  imageName: string;
  digest: string;
  algorithm: 'sha256' | 'sha512';
  hex: string;
  /** ISO 8601 in UTC to the second: "2026-11-22T10:00:00Z" (the form SPDX requires). */
  created: string;
  /** pkg:oci purl of the image, when its name is a valid image reference. */
  purl?: string;
}

export function subject(input: SbomSubject): Subject {
  const digest = /^(sha256):([a-f0-9]{64})$|^(sha512):([a-f0-9]{128})$/.exec(input.digest);
  if (!digest)
    throw new ConfigurationError(`"${input.digest}" is not an image digest (sha256:<64 hex digits>)`);
  const time = input.created instanceof Date ? input.created : new Date(input.created);
  if (Number.isNaN(time.getTime())) {
    throw new ConfigurationError(`"${String(input.created)}" is not a date and time for the SBOM's creation`);
  }
  const result: Subject = {
    imageName: input.imageName,
    digest: input.digest,
    algorithm: (digest[1] ?? digest[3]) as Subject['algorithm'],
    hex: (digest[2] ?? digest[4])!,
    created: time.toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
  const purl = imagePurl(input.imageName, input.digest);
  if (purl) result.purl = purl;
  return result;
}

/** pkg:oci/os@sha256:…?repository_url=ghcr.io/org/os&tag=1.2 (the oci purl type). */
export function imagePurl(imageName: string, digest: string): string | undefined {
  let reference;
  try {
    reference = parseReference(imageName);
  } catch {
    return undefined;
  }
  return formatPurl({
    type: 'oci',
    name: reference.repository.split('/').at(-1)!,
    version: digest,
    qualifiers: { repository_url: repositoryName(reference), tag: reference.tag },
  });
}

/** A name-based (version 5, SHA-1) UUID: the same name always gives the same UUID. */
export function uuidFromName(name: string): string {
  const bytes = createHash('sha1').update(`osimg-sbom:${name}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
