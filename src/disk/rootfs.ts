/**
 * Gets an image's root filesystem into a directory, with its digest, platform and creation time. Every
 * source goes through buildah: an image in local storage is mounted as it is (no copy); an OCI archive,
 * an OCI layout or a registry reference is first pulled into a private, throw-away vfs storage. buildah
 * applies layers, whiteouts and ownership exactly as podman does. Mounting needs uid 0: real root, or
 * a user namespace (`buildah unshare osimg disk ...`), which is how this runs rootless.
 */
import { stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { CommandError, ConfigurationError, OsimgError } from '../errors.js';
import type { Logger } from '../log.js';
import { isLoopbackRegistry, parseReference } from '../oci/reference.js';
import { BuildahContainers } from '../tools/buildah-containers.js';
import type { StorageOptions } from '../tools/buildah.js';

export type ImageSource =
  | { kind: 'storage'; name: string }
  | { kind: 'oci-archive'; path: string }
  | { kind: 'oci-layout'; path: string; tag?: string }
  | { kind: 'registry'; ref: string };

export interface Rootfs {
  dir: string;
  /** Manifest digest (sha256:...). */
  digest: string;
  name: string;
  os: string;
  architecture: string;
  /** Epoch seconds of the image's creation time, when it has one. */
  created?: number;
  labels: Record<string, string>;
  /** Unmounts and removes the working container (and a private storage). */
  close(): Promise<void>;
}

export interface RootfsDeps {
  /** buildah over the user's storage (for `storage` sources). */
  buildah: BuildahContainers;
  log: Logger;
  /** Where a private storage may be made for pulled sources. */
  workDir: string;
  /** The effective uid: mounting needs 0 (real root or a user namespace). */
  uid: number;
  /** Verify TLS for registry sources (loopback registries are read over HTTP regardless). */
  tlsVerify: boolean;
}

/**
 * `oci-archive:PATH`, `oci:DIR[:TAG]`, `docker://REF`, `containers-storage:NAME`, or a bare name: a path
 * that exists (a file is an OCI archive, a directory an OCI layout), else an image in local storage.
 */
export async function parseImageSource(text: string, cwd: string): Promise<ImageSource> {
  const value = text.trim();
  const path = (p: string) => (isAbsolute(p) ? p : resolve(cwd, p));
  if (!value)
    throw new ConfigurationError(
      'image is required: an image name, oci-archive:PATH, oci:DIR or docker://REF',
    );
  if (value.startsWith('oci-archive:'))
    return { kind: 'oci-archive', path: path(value.slice('oci-archive:'.length)) };
  if (value.startsWith('oci:')) {
    const rest = value.slice('oci:'.length);
    const colon = rest.lastIndexOf(':');
    return colon > 0 && !rest.slice(colon).includes('/')
      ? { kind: 'oci-layout', path: path(rest.slice(0, colon)), tag: rest.slice(colon + 1) }
      : { kind: 'oci-layout', path: path(rest) };
  }
  if (value.startsWith('docker://')) return { kind: 'registry', ref: value.slice('docker://'.length) };
  if (value.startsWith('containers-storage:'))
    return { kind: 'storage', name: value.slice('containers-storage:'.length) };
  // A bare value that names an existing file or directory is a path; anything else is an image name.
  const info = await stat(path(value)).catch(() => undefined);
  if (info?.isFile()) return { kind: 'oci-archive', path: path(value) };
  if (info?.isDirectory()) return { kind: 'oci-layout', path: path(value) };
  return { kind: 'storage', name: value };
}

export function describeSource(source: ImageSource): string {
  switch (source.kind) {
    case 'storage':
      return source.name;
    case 'oci-archive':
      return `oci-archive:${source.path}`;
    case 'oci-layout':
      return `oci:${source.path}${source.tag ? `:${source.tag}` : ''}`;
    case 'registry':
      return `docker://${source.ref}`;
  }
}

function pullReference(source: Exclude<ImageSource, { kind: 'storage' }>): string {
  return source.kind === 'registry' ? `docker://${source.ref}` : describeSource(source);
}

export async function openRootfs(source: ImageSource, deps: RootfsDeps): Promise<Rootfs> {
  if (deps.uid !== 0) {
    throw new ConfigurationError(
      'osimg disk must run as uid 0 to read file ownership exactly: run it as root, or rootless inside a user namespace with `buildah unshare osimg disk ...`',
    );
  }
  let buildah = deps.buildah;
  let imageRef: string;
  if (source.kind === 'storage') {
    imageRef = source.name;
  } else {
    // A private vfs storage: plain directories, no mounts to leak, removed with the work directory.
    const storage: StorageOptions = {
      root: join(deps.workDir, 'storage', 'root'),
      runroot: join(deps.workDir, 'storage', 'run'),
      driver: 'vfs',
    };
    buildah = new BuildahContainers(storage);
    const ref = pullReference(source);
    deps.log.info(`reading ${ref}`);
    try {
      const loopback = source.kind === 'registry' && isLoopbackRegistry(parseReference(source.ref).registry);
      imageRef = await buildah.pullImage(ref, { tlsVerify: deps.tlsVerify && !loopback });
    } catch (error) {
      if (!(error instanceof CommandError)) throw error;
      const last = error.stderrTail.at(-1) ?? error.message;
      throw new ConfigurationError(`cannot read the image ${ref}: ${last}; check the path or reference`, {
        cause: error,
      });
    }
  }
  const info = await buildah.inspectImage(imageRef);
  if (!info) {
    throw new ConfigurationError(
      `the image ${describeSource(source)} is not in local storage: build it first, or give oci-archive:PATH or docker://REF`,
    );
  }
  const container = await buildah.from(imageRef);
  try {
    const dir = await buildah.mount(container);
    const created = info.created ? Math.floor(Date.parse(info.created) / 1000) : undefined;
    return {
      dir,
      digest: info.digest.startsWith('sha256:') ? info.digest : `sha256:${info.id}`,
      name: describeSource(source),
      os: info.os,
      architecture: info.architecture,
      created: created !== undefined && Number.isFinite(created) && created > 0 ? created : undefined,
      labels: info.labels,
      close: () => buildah.remove(container),
    };
  } catch (error) {
    await buildah.remove(container).catch(() => undefined);
    throw error instanceof OsimgError ? error : new OsimgError(`cannot mount ${imageRef}`, { cause: error });
  }
}
