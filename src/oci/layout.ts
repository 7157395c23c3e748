/**
 * Reading an OCI image layout directory (what `buildah push IMAGE oci:DIR` writes): the manifest and the
 * blobs it names, checked for presence and size before anything is uploaded.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { OsimgError } from '../errors.js';
import { isValidDigest } from './reference.js';
import { sha256Digest } from './registry.js';

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
}

export interface ImageManifest {
  schemaVersion: number;
  mediaType?: string;
  config: Descriptor;
  layers: Descriptor[];
  annotations?: Record<string, string>;
}

export class OciLayout {
  constructor(readonly dir: string) {}

  blobPath(digest: string): string {
    if (!isValidDigest(digest)) throw new OsimgError(`"${digest}" is not a valid digest`);
    const [algorithm, hex] = digest.split(':') as [string, string];
    return join(this.dir, 'blobs', algorithm, hex);
  }

  openBlob(digest: string) {
    return createReadStream(this.blobPath(digest));
  }

  /** The manifest bytes for a digest, verified against it. */
  async readManifest(digest: string): Promise<{ bytes: Buffer; manifest: ImageManifest; mediaType: string }> {
    const bytes = await readFile(this.blobPath(digest));
    if (sha256Digest(bytes) !== digest) {
      throw new OsimgError(
        `the OCI layout in ${this.dir} is corrupt: manifest ${digest} does not match its digest`,
        {
          code: 'DIGEST_MISMATCH',
        },
      );
    }
    let manifest: ImageManifest | null;
    try {
      manifest = JSON.parse(bytes.toString('utf8')) as ImageManifest | null;
    } catch {
      manifest = null;
    }
    if (
      typeof manifest !== 'object' ||
      manifest === null ||
      !manifest.config ||
      !Array.isArray(manifest.layers)
    ) {
      throw new OsimgError(
        `${digest} in ${this.dir} is not an image manifest (an index is not supported here)`,
      );
    }
    return { bytes, manifest, mediaType: manifest.mediaType ?? 'application/vnd.oci.image.manifest.v1+json' };
  }

  /** Every blob the manifest names must be present with the declared size. */
  async checkBlobs(manifest: ImageManifest): Promise<void> {
    for (const blob of [manifest.config, ...manifest.layers]) {
      const info = await stat(this.blobPath(blob.digest)).catch(() => undefined);
      if (!info || info.size !== blob.size) {
        throw new OsimgError(
          `the OCI layout in ${this.dir} is incomplete: blob ${blob.digest} is ${info ? `${info.size} bytes, expected ${blob.size}` : 'missing'}`,
          { code: 'DIGEST_MISMATCH' },
        );
      }
    }
  }
}
