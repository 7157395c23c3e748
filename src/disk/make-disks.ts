/**
 * The disk front door for the action and the CLI: the built-in builder, or osbuild's image-builder for
 * bootc images — asked for (backend image-builder), or found by the built-in builder under backend auto
 * (the image's containers.bootc / ostree.bootable label) before it writes anything.
 */
import { BootcImageError } from './backend.js';
import { buildDisk, type DiskDeps, type DiskRequest, type DiskResult } from './builder.js';
import { buildWithImageBuilder, type BootcImage, type ImageBuilderDeps } from './image-builder-backend.js';
import { describeSource } from './rootfs.js';

export type MakeDisksDeps = DiskDeps &
  Pick<ImageBuilderDeps, 'imageBuilder' | 'bootcImageBuilder' | 'chown' | 'gid' | 'prepareHost'>;

export async function makeDisks(request: DiskRequest, deps: MakeDisksDeps): Promise<DiskResult> {
  if (request.backend === 'image-builder')
    return buildWithImageBuilder(request, await knownImage(request, deps), deps);
  try {
    return await buildDisk(request, deps);
  } catch (error) {
    if (!(error instanceof BootcImageError)) throw error;
    deps.log.info(`${error.image} is a bootc image (backend auto): its disks are made by image-builder`);
    return buildWithImageBuilder(
      request,
      { name: error.image, digest: error.digest, labels: error.labels },
      deps,
    );
  }
}

/** Labels and digest from local storage when the image is there (image-builder reads it from there too). */
async function knownImage(request: DiskRequest, deps: MakeDisksDeps): Promise<BootcImage> {
  const name = describeSource(request.source);
  if (request.source.kind !== 'storage') return { name, digest: '', labels: {} };
  const info = await deps.buildah.inspectImage(request.source.name).catch(() => undefined);
  return { name, digest: info?.digest ?? '', labels: info?.labels ?? {} };
}
