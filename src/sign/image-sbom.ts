/**
 * The SBOM of a signed image, read from the image's own files: the digest is pulled with buildah into a
 * private, throw-away vfs storage, mounted (no copy), and its package databases read by src/sbom — the
 * same generator as `osimg sbom`. Pulling by digest means the SBOM describes exactly what is signed.
 * Not root (a GitHub-hosted runner), buildah runs inside its own user namespace (`buildah unshare`): with
 * vfs the "mount" is a plain directory, readable from outside the namespace for the world-readable
 * package databases, and the storage (files owned by sub-uids) is removed from inside it too.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OsimgError } from '../errors.js';
import type { Logger } from '../log.js';
import { isLoopbackRegistry } from '../oci/reference.js';
import type { Credentials } from '../oci/auth.js';
import { generateSbom, type Sbom } from '../sbom/index.js';
import { BuildahContainers } from '../tools/buildah-containers.js';
import { exec, type Exec } from '../tools/exec.js';

export interface ImageSbomDeps {
  log: Logger;
  /** Where the private storage is made (removed afterwards). */
  tempDir: string;
  uid: number;
  tlsVerify: boolean;
  /** Explicit registry credentials (else buildah uses the podman/docker logins). */
  credentials?: Credentials;
  exec?: Exec;
}

export async function imageSbom(
  image: { registry: string; name: string; digest: string; created: string },
  deps: ImageSbomDeps,
): Promise<Sbom> {
  const rootless = deps.uid !== 0;
  const run: Exec = rootless
    ? (file, args, options) => (deps.exec ?? exec)(file, ['unshare', file, ...args], options)
    : (deps.exec ?? exec);
  await mkdir(deps.tempDir, { recursive: true });
  const work = await mkdtemp(join(deps.tempDir, 'osimg-sbom-'));
  try {
    const buildah = new BuildahContainers(
      { root: join(work, 'storage', 'root'), runroot: join(work, 'storage', 'run'), driver: 'vfs' },
      run,
    );
    let authfile: string | undefined;
    if (deps.credentials) {
      authfile = join(work, 'auth.json');
      const auth = Buffer.from(`${deps.credentials.username}:${deps.credentials.password}`).toString(
        'base64',
      );
      await writeFile(authfile, JSON.stringify({ auths: { [image.registry]: { auth } } }), { mode: 0o600 });
    }
    const pinned = `${image.name}@${image.digest}`;
    deps.log.info(`reading the files of ${pinned} for the SBOM`);
    await buildah.pull(`docker://${pinned}`, {
      authfile,
      tlsVerify: deps.tlsVerify && !isLoopbackRegistry(image.registry),
    });
    const container = await buildah.from(pinned);
    try {
      const dir = await buildah.mount(container);
      const sbom = await generateSbom(dir, {
        imageName: image.name,
        digest: image.digest,
        created: image.created,
      });
      for (const warning of sbom.warnings) deps.log.warning(warning);
      deps.log.info(
        `SBOM: ${sbom.packages.length} packages from ${sbom.databases.join(', ') || 'no package database'}`,
      );
      return sbom;
    } finally {
      await buildah.remove(container).catch(() => undefined);
    }
  } catch (error) {
    if (error instanceof OsimgError) throw error;
    throw new OsimgError(
      `cannot read the files of ${image.name}@${image.digest}: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  } finally {
    // Layers unpacked in the namespace belong to sub-uids: only the namespace's root may delete them.
    if (rootless) await (deps.exec ?? exec)('buildah', ['unshare', 'rm', '-rf', work]).catch(() => undefined);
    await rm(work, { recursive: true, force: true }).catch((error: Error) => {
      deps.log.warning(`could not remove ${work}: ${error.message}`);
    });
  }
}
