/**
 * Image references in the grammar of distribution/reference (what docker, podman and buildah accept):
 * [registry[:port]/]path[:tag][@algorithm:hex]. Short names are normalised the way docker does it.
 */
import { ConfigurationError, quoteInput } from '../errors.js';

export interface ImageReference {
  /** Host and optional port, e.g. `ghcr.io`, `127.0.0.1:5000`, `docker.io`. */
  registry: string;
  /** Path inside the registry, e.g. `library/debian`, `org/myos`. */
  repository: string;
  tag?: string;
  digest?: string;
}

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$|^sha512:[a-f0-9]{128}$/;
const DOMAIN =
  /^(?:localhost|\[[0-9a-fA-F:.]+\]|(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*)(?::[0-9]+)?$/;
const MAX_NAME = 255;

export const DOCKER_HUB = 'docker.io';

export function isValidTag(tag: string): boolean {
  return TAG.test(tag);
}

export function isValidDigest(digest: string): boolean {
  return DIGEST.test(digest);
}

/** Whether the first path component names a registry rather than a namespace (docker's rule). */
function looksLikeRegistry(component: string): boolean {
  return (
    component.includes('.') || component.includes(':') || component === 'localhost' || /[A-Z]/.test(component)
  );
}

/** The longest reference worth parsing: a 255-character name, a 128-character tag and a sha512 digest. */
const MAX_REFERENCE = 512;

function invalid(input: string, why: string): ConfigurationError {
  return new ConfigurationError(
    `${quoteInput(input)} is not a valid image reference: ${why} (expected [registry/]name[:tag][@sha256:digest], lower-case name)`,
  );
}

export function parseReference(input: string): ImageReference {
  const text = input.trim();
  if (text.length === 0) throw invalid(input, 'it is empty');
  if (/\s/.test(text)) throw invalid(input, 'it contains white space');
  // Name, tag and digest together fit well within this; longer text is not worth scanning.
  if (text.length > MAX_REFERENCE) throw invalid(input, `it is over ${MAX_REFERENCE} characters`);

  let rest = text;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!isValidDigest(digest))
      throw invalid(input, `${quoteInput(digest, 80)} is not a sha256 or sha512 digest`);
  }

  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const lastColon = rest.lastIndexOf(':');
  if (lastColon > lastSlash) {
    tag = rest.slice(lastColon + 1);
    rest = rest.slice(0, lastColon);
    if (!isValidTag(tag)) {
      throw invalid(
        input,
        `tag ${quoteInput(tag, 80)} must be 1-128 letters, digits, '_', '.' or '-', not starting with '.' or '-'`,
      );
    }
  }

  const parts = rest.split('/');
  let registry = DOCKER_HUB;
  if (parts.length > 1 && looksLikeRegistry(parts[0]!)) {
    registry = parts.shift()!;
    if (!DOMAIN.test(registry))
      throw invalid(input, `${quoteInput(registry, 80)} is not a valid registry host`);
  }
  if (parts.length === 0 || parts.some((part) => part.length === 0))
    throw invalid(input, 'the name is empty');
  for (const part of parts) {
    if (!COMPONENT.test(part)) {
      throw invalid(
        input,
        `${quoteInput(part, 80)} must be lower-case letters and digits separated by '.', '_', '__' or '-'`,
      );
    }
  }
  if (registry === 'index.docker.io') registry = DOCKER_HUB;
  if (registry === DOCKER_HUB && parts.length === 1) parts.unshift('library');
  const repository = parts.join('/');
  if (registry.length + 1 + repository.length > MAX_NAME)
    throw invalid(input, `the name is over ${MAX_NAME} characters`);
  return { registry, repository, tag, digest };
}

/** The name without tag or digest: `registry/repository`. */
export function repositoryName(ref: ImageReference): string {
  return `${ref.registry}/${ref.repository}`;
}

export function formatReference(ref: ImageReference): string {
  return `${repositoryName(ref)}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}

/**
 * The registry to talk to for a reference: docker.io's API lives elsewhere.
 */
export function registryEndpoint(registry: string): string {
  return registry === DOCKER_HUB ? 'registry-1.docker.io' : registry;
}

/** Whether a registry host is on this machine, where plain HTTP is the norm (as docker treats it). */
export function isLoopbackRegistry(registry: string): boolean {
  const host = registry.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
