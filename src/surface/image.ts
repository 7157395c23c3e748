/**
 * An image's attack surface read from its layers in the registry, by digest, as the SBOM is
 * (src/sign/image-sbom.ts): the layers stream through the tar reader into an in-memory tree with every
 * entry's mode and size (only the package databases' data is kept), whiteouts applied; nothing is
 * unpacked or mounted.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { OsimgError } from '../errors.js';
import type { Logger } from '../log.js';
import { imageLayers, type Platform } from '../oci/image-layers.js';
import { readLayerFiles } from '../oci/layer-files.js';
import type { LayerTree } from '../oci/layer-tree.js';
import type { RegistryClient } from '../oci/registry.js';
import { collectPackages } from '../sbom/packages.js';
import { isSbomInput, SBOM_LOOKUPS } from '../sign/image-sbom.js';
import { classifyTree, type TreeEntry } from './classify.js';
import type { ImageSurface } from './model.js';

export interface ImageSurfaceDeps {
  log: Logger;
  tempDir: string;
  platform?: Platform;
}

/** The final tree's entries with the metadata the classifier reads. */
export function* treeEntries(tree: LayerTree): Generator<TreeEntry> {
  for (const path of tree.paths()) {
    const node = tree.get(path)!;
    yield { path, kind: node.kind, mode: node.mode ?? 0, size: node.size ?? 0 };
  }
}

/** The image config's labels (dev.osimg.kind says whether it is an app or an OS). */
async function imageLabels(
  client: RegistryClient,
  repository: string,
  manifestDigest: string,
): Promise<Record<string, string>> {
  const manifest = JSON.parse(
    (await client.getManifest(repository, manifestDigest)).bytes.toString('utf8'),
  ) as {
    config?: { digest?: string };
  };
  if (!manifest.config?.digest) return {};
  const config = JSON.parse((await client.getBlob(repository, manifest.config.digest)).toString('utf8')) as {
    config?: { Labels?: Record<string, string> | null };
  };
  return config.config?.Labels ?? {};
}

export async function imageSurface(
  client: RegistryClient,
  image: { repository: string; name: string; digest: string },
  deps: ImageSurfaceDeps,
): Promise<ImageSurface> {
  const started = process.hrtime.bigint();
  const platform = deps.platform ?? { os: 'linux', architecture: 'amd64' };
  await mkdir(deps.tempDir, { recursive: true });
  const work = await mkdtemp(join(deps.tempDir, 'osimg-surface-'));
  try {
    const found = await imageLayers(client, image.repository, image.digest, platform);
    const labels = await imageLabels(client, image.repository, found.manifestDigest);
    const tree = await readLayerFiles(client, image.repository, found.layers, {
      keep: isSbomInput,
      warn: (message) => deps.log.warning(message),
    });
    const root = join(work, 'rootfs');
    await mkdir(root);
    tree.materialize(root, SBOM_LOOKUPS);
    const { packages } = await collectPackages(root);
    const facts = classifyTree(treeEntries(tree));
    return {
      image: image.name,
      digest: image.digest,
      kind: labels['dev.osimg.kind'] === 'app' ? 'app' : labels['dev.osimg.kind'] === 'os' ? 'os' : undefined,
      compressedBytes: found.layers.reduce((sum, layer) => sum + layer.size, 0),
      layers: found.layers.map((layer, index) => ({
        name: `layer ${index + 1} ${layer.digest.slice(0, 19)}`,
        bytes: layer.size,
      })),
      packages: packages.map(({ name, version }) => ({ name, version })),
      ...facts,
      extractionSeconds: Number(process.hrtime.bigint() - started) / 1e9,
    };
  } catch (error) {
    if (error instanceof OsimgError) throw error;
    throw new OsimgError(
      `cannot read the files of ${image.name}@${image.digest}: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
