/**
 * Containerfile → OCI image: resolve the base once, build with buildah, then (when asked) export one OCI
 * layout that is both archived and pushed, so the archive and the registry hold the same digest.
 */
import { stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ConfigurationError, OsimgError } from '../errors.js';
import type { Logger } from '../log.js';
import { authFileContent, credentialsFromAuthFiles, type Credentials } from '../oci/auth.js';
import { OciLayout } from '../oci/layout.js';
import { formatBytes, pushLayout } from '../oci/push.js';
import {
  formatReference,
  isLoopbackRegistry,
  parseReference,
  repositoryName,
  type ImageReference,
} from '../oci/reference.js';
import { RegistryClient, type RegistryClientOptions } from '../oci/registry.js';
import { BuildStepError, type Buildah, type ImageInfo, type PullPolicy } from '../tools/buildah.js';
import { makeScratch, writeAtomically } from '../scratch/files.js';
import type { Tar } from '../tools/tar.js';
import { appendLabels, finalBaseImage, locateInstruction } from './containerfile.js';
import { computeLabels, type SourceInfo } from './labels.js';
import { checkBuildable, parsePlatform } from './platform.js';
import { readInputFile } from '../input-file.js';

export interface BuildRequest {
  containerfile: string;
  context: string;
  /** The image name without tag; its registry is where a push goes. */
  image: ImageReference;
  tags: readonly string[];
  buildArgs: Readonly<Record<string, string>>;
  labels: Readonly<Record<string, string>>;
  platform?: string;
  push: boolean;
  credentials?: Credentials;
  /** Auth files to look in when no credentials are given (podman/docker login). */
  authFiles: readonly string[];
  tlsVerify: boolean;
  ociArchive?: string;
  layers: boolean;
  cacheFrom: readonly string[];
  cacheTo: readonly string[];
  /** Epoch seconds for timestamps; unset means "now" (not reproducible). */
  sourceDateEpoch?: number;
  source: SourceInfo;
  pull: PullPolicy;
  isolation?: string;
}

export interface HostInfo {
  architecture: string;
  binfmtHandlers: readonly string[];
}

export interface BuildDeps {
  buildah: Buildah;
  tar: Tar;
  log: Logger;
  host: HostInfo;
  /** Test hook for the registry client (e.g. a faster retry schedule). */
  registryOptions?: Partial<RegistryClientOptions>;
}

export interface BuildResult {
  image: string;
  imageId: string;
  /** Manifest digest: of the pushed/archived image, else of the image in local storage. */
  digest: string;
  /** name@digest */
  ref: string;
  /** Fully qualified name:tag for every tag. */
  tags: string[];
  ociArchive?: string;
  pushed: boolean;
  size: number;
  layers: number;
  platform: string;
  base?: { name: string; digest: string };
  labels: Record<string, string>;
}

export async function buildImage(request: BuildRequest, deps: BuildDeps): Promise<BuildResult> {
  const { buildah, log } = deps;
  const content = await readContainerfile(request.containerfile);
  await checkContext(request.context);
  const platform = request.platform ? parsePlatform(request.platform) : undefined;
  if (platform) checkBuildable(platform, deps.host.architecture, deps.host.binfmtHandlers);
  const baseFrom = finalBaseImage(content, request.buildArgs, request.containerfile);
  const name = repositoryName(request.image);
  const localTags = request.tags.map((tag) => `${name}:${tag}`);

  // Private and registered: it holds the credentials file, which no exit path may leave behind.
  const scratch = await makeScratch(tmpdir(), 'osimg-build-');
  const work = scratch.path;
  try {
    const credentials =
      request.credentials ??
      (request.push ? await credentialsFromAuthFiles(request.authFiles, request.image.registry) : undefined);
    let authfile: string | undefined;
    if (request.credentials) {
      authfile = join(work, 'auth.json');
      await writeFile(
        authfile,
        authFileContent([{ registry: request.image.registry, credentials: request.credentials }]),
        {
          mode: 0o600,
        },
      );
    }
    const tlsVerify = request.tlsVerify && !isLoopbackRegistry(request.image.registry);

    const base = await log.group('Resolve base image', () =>
      resolveBase(buildah, log, baseFrom.reference, {
        platform: request.platform,
        authfile,
        tlsVerify,
        pull: request.pull,
      }),
    );
    const created = request.sourceDateEpoch ?? Math.floor(Date.now() / 1000);
    const { labels, ignored } = computeLabels({
      source: request.source,
      title: request.image.repository.split('/').at(-1)!,
      created,
      base,
      user: request.labels,
    });
    for (const key of ignored)
      log.warning(`label ${key} is set by osimg from the build's provenance; your value was ignored`);

    // Labels ride in one appended LABEL instruction (one build step); flags only where that is unsafe.
    const labelled = appendLabels(content, labels);
    let containerfile = request.containerfile;
    if (labelled !== undefined) {
      containerfile = join(work, 'Containerfile');
      await writeFile(containerfile, labelled);
    }
    const ignorefile = await ignoreFileBeside(request.containerfile);
    const imageId = await log.group('Build', () =>
      buildah
        .build(
          {
            containerfile,
            ignorefile,
            context: request.context,
            tags: localTags,
            buildArgs: request.buildArgs,
            labels: labelled === undefined ? labels : {},
            iidfile: join(work, 'iid'),
            platform: request.platform,
            isolation: request.isolation,
            layers: request.layers,
            timestamp: request.sourceDateEpoch,
            cacheFrom: request.cacheFrom,
            cacheTo: request.cacheTo,
            authfile,
            tlsVerify:
              tlsVerify &&
              request.cacheFrom.every((ref) => !isLoopbackRegistry(parseReference(ref).registry)),
            pull: request.pull === 'always' ? 'missing' : request.pull, // the base was pulled above already
          },
          (line) => log.info(line),
        )
        .catch((error: unknown) => {
          throw withContainerfileLine(error, request.containerfile, containerfile, content);
        }),
    );
    const info = await buildah.inspectImage(imageId);
    if (!info) throw new OsimgError(`the image ${imageId} that buildah just built is not in its storage`);

    let digest = info.digest;
    let ociArchive: string | undefined;
    if (request.push || request.ociArchive) {
      const layout = join(work, 'layout');
      digest = await log.group('Export OCI layout', () =>
        buildah.pushToLayout(imageId, layout, request.tags[0] ?? 'latest', join(work, 'digest')),
      );
      if (request.ociArchive) {
        ociArchive = await writeArchive(deps.tar, layout, request.ociArchive, created);
        log.info(`wrote ${ociArchive}`);
      }
      if (request.push) {
        await log.group(`Push ${name}`, async () => {
          const client = new RegistryClient({
            registry: request.image.registry,
            credentials,
            insecure: !request.tlsVerify,
            log: (message) => log.info(message),
            ...deps.registryOptions,
          });
          const pushed = await pushLayout(client, {
            layout: new OciLayout(layout),
            digest,
            repository: request.image.repository,
            tags: request.tags,
            log: (message) => log.info(message),
          });
          log.info(
            `pushed ${name}@${digest}: ${pushed.uploadedBlobs} blobs uploaded (${formatBytes(pushed.uploadedBytes)}), ${pushed.skippedBlobs} already there`,
          );
        });
      }
    }

    return {
      image: name,
      imageId: info.id,
      digest,
      ref: `${name}@${digest}`,
      tags: localTags,
      ociArchive,
      pushed: request.push,
      size: info.size,
      layers: info.layers,
      platform: `${info.os}/${info.architecture}`,
      base,
      labels: info.labels,
    };
  } finally {
    await scratch.remove();
  }
}

async function readContainerfile(path: string): Promise<string> {
  try {
    const info = await stat(path);
    if (!info.isFile())
      throw new ConfigurationError(
        `the Containerfile ${path} is not a file: point containerfile at the file itself`,
      );
    return await readInputFile(path, 'containerfile', `the Containerfile ${path}`);
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new ConfigurationError(
        `no Containerfile at ${path}: set containerfile to its path (relative to the working directory)`,
      );
    }
    throw new ConfigurationError(
      `cannot read the Containerfile ${path} (${code ?? 'error'}): check its permissions`,
      { cause: error },
    );
  }
}

async function checkContext(path: string): Promise<void> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new ConfigurationError(
      `the build context ${path} is not a directory: set context to the folder the Containerfile copies from`,
    );
  }
}

async function resolveBase(
  buildah: Buildah,
  log: Logger,
  reference: string,
  options: { platform?: string; authfile?: string; tlsVerify: boolean; pull: PullPolicy },
): Promise<{ name: string; digest: string } | undefined> {
  if (reference === 'scratch') {
    log.info('the final stage starts FROM scratch: no base image');
    return undefined;
  }
  const ref = parseReference(reference);
  const name = formatReference(ref);
  const tlsVerify = options.tlsVerify && !isLoopbackRegistry(ref.registry);
  let info: ImageInfo | undefined;
  if (options.pull !== 'always') info = await buildah.inspectImage(name);
  if (!info) {
    if (options.pull === 'never') {
      throw new ConfigurationError(
        `the base image ${name} is not in local storage and pull is "never": pull it first or allow pulling`,
      );
    }
    if (ref.registry === 'localhost') throw missingLocalBase(name);
    log.info(`pulling ${name}`);
    await buildah.pull(name, { platform: options.platform, authfile: options.authfile, tlsVerify });
    info = await buildah.inspectImage(name);
    if (!info) throw new OsimgError(`${name} was pulled but is not in local storage`);
  }
  log.info(`base ${name} is ${info.digest}`);
  return { name, digest: info.digest };
}

/**
 * `localhost/…` names only ever live in local storage (a pull would ask port 80 on this machine), so a
 * missing one is the user's to make; the bundled examples' base is made by `npm run example`.
 */
function missingLocalBase(name: string): ConfigurationError {
  const hint = name.startsWith('localhost/osimg/')
    ? ": the bundled examples' base is made by `npm run example` (or `npm run setup`)"
    : ': build or import it first (buildah build/import, podman load), or pass another base';
  return new ConfigurationError(
    `the base image ${name} is not in local storage and localhost names are never pulled${hint}`,
  );
}

/** Packs the layout next to its destination, then renames it into place: never a half-written archive. */
async function writeArchive(tar: Tar, layout: string, destination: string, mtime: number): Promise<string> {
  await writeAtomically(
    destination,
    (partial) => tar.create(partial, layout, ['oci-layout', 'index.json', 'blobs'], mtime),
    { createDirectory: true },
  );
  return destination;
}

/** Names the Containerfile line of a failed step, which is where the user will look. */
function withContainerfileLine(
  error: unknown,
  containerfile: string,
  used: string,
  content: string,
): unknown {
  if (!(error instanceof BuildStepError)) return error;
  // Speak of the user's file, not of the labelled copy buildah was given.
  const reason = error.failure.reason.split(used).join(containerfile);
  const instruction = error.failure.instruction;
  const line = instruction ? locateInstruction(content, instruction) : undefined;
  const where = instruction
    ? `at ${line ? `${basename(containerfile)}:${line}` : basename(containerfile)} (${instruction})`
    : 'before the first step';
  return new BuildStepError(
    `the build failed ${where}: ${reason}`,
    { instruction, reason },
    {
      command: error.command,
      exitCode: error.exitCode,
      stderrTail: error.stderrTail.map((text) => text.split(used).join(containerfile)),
      code: 'BUILD_FAILED',
      cause: error,
    },
  );
}

/** A `<Containerfile>.containerignore` or `.dockerignore` beside the file (the copy given to buildah is elsewhere). */
async function ignoreFileBeside(containerfile: string): Promise<string | undefined> {
  for (const suffix of ['.containerignore', '.dockerignore']) {
    const info = await stat(`${containerfile}${suffix}`).catch(() => undefined);
    if (info?.isFile()) return `${containerfile}${suffix}`;
  }
  return undefined;
}
