/**
 * The image-builder backend: bootc (ostree) images are made into disks by osbuild — `image-builder build
 * --bootc-ref` where it is installed, else the bootc-image-builder container through podman — as root
 * (through sudo when osimg is not root). One run per type, each into its own private directory inside the
 * output directory; the one disk file a run leaves (osbuild's export layout, e.g. qcow2/disk.qcow2,
 * image/disk.raw, bootiso/install.iso, or a flat NAME.qcow2) becomes NAME.EXT beside the built-in
 * builder's outputs, with the same sizes and SHA-256. On any failure nothing of this run is left.
 */
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { ConfigurationError, OsimgError } from '../errors.js';
import type { Logger } from '../log.js';
import type { Chown } from '../tools/chown.js';
import {
  BOOTC_IMAGE_TYPES,
  type BootcBuild,
  type BootcImageBuilder,
  type BootcImageType,
  type ImageBuilder,
} from '../tools/image-builder.js';
import { bootcConfigToml } from './backend.js';
import type { DiskFile, DiskRequest, DiskResult, OutputFormat } from './builder.js';
import { fileSizes, sha256File } from './files.js';
import { MIB } from './layout.js';
import type { ProgressSink } from './progress.js';
import { describeSource, type ImageSource } from './rootfs.js';

export interface ImageBuilderDeps {
  /** Both already run as root (asRoot) when osimg is not. */
  imageBuilder: ImageBuilder;
  bootcImageBuilder: BootcImageBuilder;
  chown: Chown;
  log: Logger;
  progress?: ProgressSink;
  uid: number;
  gid: number;
  /** The runner steps (AppArmor, disk space): see image-builder-host.ts. */
  prepareHost: (outputDir: string) => Promise<void>;
}

/** What is known of the image before the run (labels from local storage, when it is there). */
export interface BootcImage {
  name: string;
  digest: string;
  labels: Readonly<Record<string, string>>;
}

/** The file a run leaves, by extension, and the name osimg gives it. */
const OUTPUT: Record<BootcImageType, { extension: string; target: string }> = {
  qcow2: { extension: '.qcow2', target: 'qcow2' },
  raw: { extension: '.raw', target: 'raw' },
  ami: { extension: '.raw', target: 'ami.raw' },
  vmdk: { extension: '.vmdk', target: 'vmdk' },
  vhd: { extension: '.vhd', target: 'vhd' },
  'anaconda-iso': { extension: '.iso', target: 'installer.iso' },
};

/** The reference image-builder reads: root's container storage or a registry (it pulls itself). */
export function bootcReference(source: ImageSource): string {
  if (source.kind === 'storage') return source.name;
  if (source.kind === 'registry') return source.ref;
  throw new ConfigurationError(
    `image-builder reads bootc images from a registry or root's container storage, not ${describeSource(source)}: push it (docker://REF) or load it with \`sudo podman load\``,
  );
}

export function bootcTypes(formats: readonly OutputFormat[]): BootcImageType[] {
  const other = formats.find((format) => !(BOOTC_IMAGE_TYPES as readonly string[]).includes(format));
  if (other)
    throw new ConfigurationError(
      `image-builder makes ${BOOTC_IMAGE_TYPES.join(', ')} from bootc images, not ${other}${other === 'iso' ? ' (a bootc image gets the installer ISO: anaconda-iso)' : ''}`,
    );
  return formats as BootcImageType[];
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

export async function buildWithImageBuilder(
  request: DiskRequest,
  image: BootcImage,
  deps: ImageBuilderDeps,
): Promise<DiskResult> {
  if (request.rootFilesystem === 'erofs')
    throw new ConfigurationError(
      "root-filesystem erofs is the built-in builder's read-only root; image-builder makes the root filesystem the bootc image asks for (ext4, xfs, btrfs)",
    );
  const types = bootcTypes(request.formats);
  const ref = bootcReference(request.source);
  const useCli = await deps.imageBuilder.isAvailable();
  const tool = useCli ? 'image-builder' : `podman (${deps.bootcImageBuilder.builderImage})`;
  await mkdir(request.outputDir, { recursive: true });
  await deps.prepareHost(request.outputDir);
  const privateDir = join(request.outputDir, `.${request.name}.image-builder-${process.pid}`);
  const finished: string[] = [];
  try {
    await mkdir(privateDir);
    const config = join(privateDir, 'config.toml');
    await writeFile(
      config,
      bootcConfigToml({
        users: [],
        kernelArgs: request.kernelArgs,
        filesystems: request.size ? { '/': `${Math.floor(request.size / MIB)} MiB` } : {},
        allowSshKeys: false,
      }),
      { mode: 0o600 },
    );
    const files: DiskFile[] = [];
    for (const type of types) {
      const outputDir = join(privateDir, type);
      await mkdir(outputDir);
      const build: BootcBuild = {
        ref,
        types: [type],
        outputDir,
        config,
        rootfs: request.rootFilesystem,
        authfile: request.authfile,
        tlsVerify: request.tlsVerify,
      };
      const progress = deps.progress;
      const onLine = (line: string) => {
        deps.log.debug(line);
        progress?.({ phase: `${tool} ${type}`, done: 0, total: 0 });
      };
      await deps.log.group(`${tool}: ${type} from ${ref}`, () =>
        useCli ? deps.imageBuilder.build(build, onLine) : deps.bootcImageBuilder.build(build, onLine),
      );
      if (deps.uid !== 0) await deps.chown.recursive(outputDir, deps.uid, deps.gid);
      const made = (await listFiles(outputDir)).filter((path) => path.endsWith(OUTPUT[type].extension));
      if (made.length !== 1) {
        const all = (await listFiles(outputDir)).map((path) => relative(outputDir, path));
        throw new OsimgError(
          `${tool} finished but left ${made.length === 0 ? 'no' : made.length} ${OUTPUT[type].extension} file${made.length === 1 ? '' : 's'} for ${type} (found: ${all.join(', ') || 'nothing'})`,
        );
      }
      const target = join(request.outputDir, `${request.name}.${OUTPUT[type].target}`);
      await rename(made[0]!, target);
      finished.push(target);
      deps.log.info(`${type}: ${target} (from ${relative(outputDir, made[0]!)})`);
      files.push({
        path: target,
        format: type,
        ...(await fileSizes(target)),
        sha256: await sha256File(target),
      });
    }
    for (const file of files) deps.log.info(`${file.path}: sha256 ${file.sha256}`);
    return {
      image: image.name,
      digest: image.digest,
      backend: 'image-builder',
      kernelVersion: image.labels['ostree.linux'] ?? '',
      cmdline: request.kernelArgs.join(' '),
      rootFilesystem: request.rootFilesystem,
      contentBytes: 0,
      files,
      partitions: [],
    };
  } catch (error) {
    for (const path of finished) await rm(path, { force: true });
    throw error;
  } finally {
    // Files the root-run tool left: handed back first, so this user may remove them.
    if (deps.uid !== 0) await deps.chown.recursive(privateDir, deps.uid, deps.gid).catch(() => undefined);
    await rm(privateDir, { recursive: true, force: true }).catch((error: unknown) =>
      deps.log.warning(`could not remove ${privateDir}: ${String(error)}`),
    );
  }
}
