/**
 * Names, tags and idempotency tokens. The AMI name derives from the image digest (and architecture), so a
 * re-run finds what an earlier run made; tags mark everything osimg creates, which is what the janitor
 * and the re-run look for; client tokens make a retried create return the first result, never a second
 * resource.
 */
import { createHash } from 'node:crypto';
import type { Tag } from '@aws-sdk/client-ec2';
import type { Architecture } from './preflight.js';

export const TAG = {
  managed: 'osimg:managed',
  digest: 'osimg:image-digest',
  name: 'osimg:ami-name',
  run: 'osimg:run',
} as const;

/** AMI names: 3-128 characters of letters, digits and ()[] ./-'@_ (EC2's rule). */
export const AMI_NAME_CHARS = /^[A-Za-z0-9()[\] ./\-'@_]+$/;
export const DIGEST = /^sha256:[0-9a-f]{64}$/;
/** Longest prefix that leaves room for "-<64 hex>-<arch>" in 128 characters. */
export const MAX_PREFIX = 128 - 64 - '-x86_64'.length - 1;

export function amiName(prefix: string, digest: string, architecture: Architecture): string {
  return `${prefix}-${digest.slice('sha256:'.length)}-${architecture}`;
}

export function description(digest: string): string {
  return `osimg: OS image ${digest}`;
}

/** osimg's own tags, then the user's (which cannot replace osimg's: validated in the request). */
export function resourceTags(
  name: string,
  digest: string,
  runId: string,
  user: Readonly<Record<string, string>>,
): Tag[] {
  return [
    { Key: 'Name', Value: name },
    { Key: TAG.managed, Value: 'true' },
    { Key: TAG.digest, Value: digest },
    { Key: TAG.name, Value: name },
    { Key: TAG.run, Value: runId },
    ...Object.entries(user)
      .filter(([key]) => key !== 'Name')
      .map(([Key, Value]) => ({ Key, Value })),
  ].map((tag) => (tag.Key === 'Name' && user.Name ? { Key: 'Name', Value: user.Name } : tag));
}

/** A 64-character idempotency token from its parts (EC2 and EBS take up to 64 ASCII characters). */
export function clientToken(...parts: string[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

export function tagValue(tags: ReadonlyArray<{ Key?: string; Value?: string }> | undefined, key: string) {
  return tags?.find((tag) => tag.Key === key)?.Value;
}
