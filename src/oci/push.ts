/**
 * Pushing an image from an OCI layout so that no tag can ever point at a half-pushed image: blobs first,
 * then the manifest by digest, then read it back and compare, and only then move the tags.
 */
import { OsimgError } from '../errors.js';
import type { OciLayout } from './layout.js';
import type { RegistryClient } from './registry.js';

export interface PushRequest {
  layout: OciLayout;
  /** The manifest digest inside the layout (from buildah's --digestfile). */
  digest: string;
  repository: string;
  tags: readonly string[];
  /** Blobs uploaded at once. */
  concurrency?: number;
  log?: (message: string) => void;
}

export interface PushResult {
  digest: string;
  uploadedBlobs: number;
  skippedBlobs: number;
  uploadedBytes: number;
}

export async function pushLayout(client: RegistryClient, request: PushRequest): Promise<PushResult> {
  const { layout, digest, repository } = request;
  const { bytes, manifest, mediaType } = await layout.readManifest(digest);
  await layout.checkBlobs(manifest);

  const blobs = [manifest.config, ...manifest.layers];
  const result: PushResult = { digest, uploadedBlobs: 0, skippedBlobs: 0, uploadedBytes: 0 };
  await forEachLimited(blobs, request.concurrency ?? 3, async (blob) => {
    if (await client.blobExists(repository, blob.digest)) {
      result.skippedBlobs++;
      return;
    }
    request.log?.(`uploading ${blob.digest} (${formatBytes(blob.size)})`);
    await client.pushBlob(repository, blob.digest, blob.size, () => layout.openBlob(blob.digest));
    result.uploadedBlobs++;
    result.uploadedBytes += blob.size;
  });

  await client.putManifest(repository, digest, { mediaType, bytes });
  const readBack = await client.getManifest(repository, digest);
  if (readBack.digest !== digest || !readBack.bytes.equals(bytes)) {
    throw new OsimgError(
      `the registry returned different content for ${repository}@${digest} (read back ${readBack.digest}); no tag was moved`,
      { code: 'DIGEST_MISMATCH' },
    );
  }
  request.log?.(`manifest ${digest} stored and verified`);

  for (const tag of request.tags) {
    await client.putManifest(repository, tag, { mediaType, bytes });
    request.log?.(`tag ${tag} → ${digest}`);
  }
  return result;
}

async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failed = false;
  const workers = Array.from({ length: Math.min(Math.max(1, limit), items.length) }, async () => {
    // After one failure, start nothing new: the push is over.
    while (!failed && next < items.length) {
      await work(items[next++]!).catch((error: unknown) => {
        failed = true;
        throw error;
      });
    }
  });
  await Promise.all(workers);
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}
