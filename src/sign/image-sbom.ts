/**
 * The SBOM of a signed image, read from the image's own files: the layers of the signed digest (the
 * host platform's manifest of an index, as a pull would pick) are streamed from the registry, and only
 * the files src/sbom reads (package databases, copyright files, os-release) are kept, with every symbolic
 * link and the whiteouts of upper layers applied, in a small directory tree that the generator behind
 * `osimg sbom` reads as it reads an unpacked root filesystem. Reading by digest means the SBOM describes
 * exactly what is signed; nothing is unpacked or mounted, so no root and no user namespace are needed.
 */
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ociArchitecture } from '../build/platform.js';
import { OsimgError } from '../errors.js';
import type { Logger } from '../log.js';
import { formatPlatform, imageLayers, type Platform } from '../oci/image-layers.js';
import { readLayerFiles } from '../oci/layer-files.js';
import type { RegistryClient } from '../oci/registry.js';
import { generateSbom, type Sbom } from '../sbom/index.js';
import { makeScratch } from '../scratch/files.js';

export interface ImageSbomDeps {
  log: Logger;
  /** Where the tree of the SBOM's input files is written (removed afterwards). */
  tempDir: string;
  /** The platform read from a multi-platform index; default: this host's (linux/amd64 here). */
  platform?: Platform;
  /** Layers downloaded at once (applied in order all the same). */
  concurrency?: number;
}

/**
 * Whether src/sbom reads the file at this root-relative path: /etc/os-release and /usr/lib/os-release,
 * dpkg's status and status.d/*, /usr/share/doc/<package>/copyright, the rpm databases (rpmdb.sqlite and
 * its -wal; the Berkeley DB and ndb Packages files only to name them in an error), apk's
 * /lib/apk/db/installed. Matched by name and parent directory rather than whole path, so a file reached
 * through a directory link (/lib → usr/lib, /var/lib/rpm → ../../usr/lib/sysimage/rpm) is kept too.
 */
export function isSbomInput(path: string): boolean {
  const parts = path.split('/');
  const name = parts.at(-1);
  const parent = parts.at(-2);
  switch (name) {
    case 'os-release':
    case 'copyright':
    case 'rpmdb.sqlite':
    case 'rpmdb.sqlite-wal':
      return true;
    case 'status':
      return parent === 'dpkg';
    case 'installed':
      return parent === 'db';
    case 'Packages':
    case 'Packages.db':
      return parent === 'rpm';
  }
  return parent === 'status.d';
}

/**
 * The paths src/sbom looks up (`*`: any one name), so that the links and directories on the way are
 * written too, as the image has them: e.g. /etc/os-release → ../usr/lib/os-release, /lib → usr/lib,
 * /usr/share/doc/libstdc++6 → gcc-12-base, and an empty status.d (which still is a dpkg database).
 */
export const SBOM_LOOKUPS: readonly string[] = [
  'etc/os-release',
  'usr/lib/os-release',
  'var/lib/dpkg/status',
  'var/lib/dpkg/status.d/*',
  'usr/share/doc/*/copyright',
  ...['usr/lib/sysimage/rpm', 'var/lib/rpm'].flatMap((dir) =>
    ['rpmdb.sqlite', 'rpmdb.sqlite-wal', 'Packages', 'Packages.db'].map((name) => `${dir}/${name}`),
  ),
  'lib/apk/db/installed',
];

export async function imageSbom(
  client: RegistryClient,
  image: { repository: string; name: string; digest: string; created: string },
  deps: ImageSbomDeps,
): Promise<Sbom> {
  const platform = deps.platform ?? { os: 'linux', architecture: ociArchitecture(process.arch) };
  await mkdir(deps.tempDir, { recursive: true });
  const work = (await makeScratch(deps.tempDir, 'osimg-sbom-')).path;
  try {
    const found = await imageLayers(client, image.repository, image.digest, platform);
    const bytes = found.layers.reduce((sum, layer) => sum + layer.size, 0);
    deps.log.info(
      `reading the package databases of ${image.name}@${image.digest}` +
        `${found.platform ? ` (${formatPlatform(found.platform)})` : ''} from its ` +
        `${found.layers.length} layers (${(bytes / 1e6).toFixed(0)} MB)`,
    );
    const tree = await readLayerFiles(client, image.repository, found.layers, {
      keep: isSbomInput,
      warn: (message) => deps.log.warning(message),
      concurrency: deps.concurrency,
    });
    const root = join(work, 'rootfs');
    await mkdir(root);
    tree.materialize(root, SBOM_LOOKUPS);
    const sbom = await generateSbom(root, {
      imageName: image.name,
      digest: image.digest,
      created: image.created,
    });
    for (const warning of sbom.warnings) deps.log.warning(warning);
    deps.log.info(
      `SBOM: ${sbom.packages.length} packages from ${sbom.databases.join(', ') || 'no package database'}`,
    );
    return sbom;
  } catch (error) {
    if (error instanceof OsimgError) throw error;
    throw new OsimgError(
      `cannot read the files of ${image.name}@${image.digest}: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  } finally {
    await rm(work, { recursive: true, force: true }).catch((error: Error) => {
      deps.log.warning(`could not remove ${work}: ${(error as Error).message}`);
    });
  }
}
