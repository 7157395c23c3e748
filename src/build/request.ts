/**
 * The build inputs both front doors share (action inputs and CLI flags use the same names), checked and
 * turned into a BuildRequest.
 */
import { isAbsolute, resolve } from 'node:path';
import { ConfigurationError } from '../errors.js';
import type { Credentials } from '../oci/auth.js';
import { isValidTag, parseReference, type ImageReference } from '../oci/reference.js';
import type { PullPolicy } from '../tools/buildah.js';
import type { BuildRequest } from './build.js';
import type { ResolvedSource } from './source.js';
import { defaultVersion, pickSourceDateEpoch } from './source.js';

export interface BuildInputs {
  containerfile: string;
  context: string;
  image: string;
  tags: string[];
  buildArgs: Record<string, string>;
  labels: Record<string, string>;
  platform: string;
  push: boolean;
  registry: string;
  username: string;
  password: string;
  tlsVerify: boolean;
  ociArchive: string;
  cache: boolean;
  cacheFrom: string[];
  cacheTo: string[];
  sourceDateEpoch: string;
  pull: PullPolicy;
}

/** The image name with the registry input applied; a tag in the name joins the tags. */
export function resolveImage(input: string, registry: string): { ref: ImageReference; tag?: string } {
  const image = input.trim();
  if (!image)
    throw new ConfigurationError('image is required: set it to the image name, e.g. ghcr.io/org/myos');
  const prefix = registry.trim().replace(/\/+$/, '');
  const full = prefix && !image.startsWith(`${prefix}/`) ? `${prefix}/${image}` : image;
  const ref = parseReference(full);
  if (ref.digest)
    throw new ConfigurationError(
      `image "${image}" has a digest: name the image without @sha256:..., tags go in tags`,
    );
  const tag = ref.tag;
  return { ref: { registry: ref.registry, repository: ref.repository }, tag };
}

export function toBuildRequest(
  inputs: BuildInputs,
  extra: {
    cwd: string;
    resolved: ResolvedSource;
    sourceDateEpochEnv?: string;
    authFiles: string[];
    isolation?: string;
  },
): BuildRequest {
  const { ref, tag } = resolveImage(inputs.image, inputs.registry);
  const tags = [...new Set([...(tag ? [tag] : []), ...inputs.tags])];
  if (tags.length === 0) tags.push('latest');
  for (const t of tags) {
    if (!isValidTag(t)) {
      throw new ConfigurationError(
        `tag "${t}" is invalid: use 1-128 letters, digits, '_', '.' or '-', not starting with '.' or '-'`,
      );
    }
  }
  if (inputs.password && !inputs.username)
    throw new ConfigurationError('password is set but username is not: set both, or neither');
  if (inputs.username && !inputs.password)
    throw new ConfigurationError('username is set but password is not: set both, or neither');
  const credentials: Credentials | undefined = inputs.username
    ? { username: inputs.username, password: inputs.password }
    : undefined;
  for (const cacheRef of [...inputs.cacheFrom, ...inputs.cacheTo]) parseReference(cacheRef);

  const absolute = (path: string) => (isAbsolute(path) ? path : resolve(extra.cwd, path));
  const context = absolute(inputs.context || '.');
  const source = { ...extra.resolved.source, version: defaultVersion(extra.resolved.source, tags) };
  return {
    containerfile: absolute(inputs.containerfile || 'Containerfile'),
    context,
    image: ref,
    tags,
    buildArgs: inputs.buildArgs,
    labels: inputs.labels,
    platform: inputs.platform || undefined,
    push: inputs.push,
    credentials,
    authFiles: extra.authFiles,
    tlsVerify: inputs.tlsVerify,
    ociArchive: inputs.ociArchive ? absolute(inputs.ociArchive) : undefined,
    layers: inputs.cache,
    cacheFrom: inputs.cacheFrom,
    cacheTo: inputs.cacheTo,
    sourceDateEpoch: pickSourceDateEpoch(
      inputs.sourceDateEpoch,
      extra.sourceDateEpochEnv,
      extra.resolved.commitTime,
    ),
    source,
    pull: inputs.pull,
    isolation: extra.isolation,
  };
}

/** The auth files podman, buildah and docker logins write, in the order containers/image reads them. */
export function defaultAuthFiles(env: {
  REGISTRY_AUTH_FILE?: string;
  XDG_RUNTIME_DIR?: string;
  HOME?: string;
  DOCKER_CONFIG?: string;
}): string[] {
  const files: string[] = [];
  if (env.REGISTRY_AUTH_FILE) files.push(env.REGISTRY_AUTH_FILE);
  if (env.XDG_RUNTIME_DIR) files.push(`${env.XDG_RUNTIME_DIR}/containers/auth.json`);
  if (env.HOME) files.push(`${env.HOME}/.config/containers/auth.json`);
  files.push(`${env.DOCKER_CONFIG ?? (env.HOME ? `${env.HOME}/.docker` : '/root/.docker')}/config.json`);
  return files;
}
