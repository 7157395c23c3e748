/** `osimg build`: the build action's steps on a laptop or any CI, with the same modules. */
import { parseArgs } from 'node:util';
import { buildImage } from '../build/build.js';
import { detectHost, resolveIsolation, runningInContainer } from '../build/host.js';
import { buildMetadata, buildReportRows } from '../build/report.js';
import { defaultAuthFiles, toBuildRequest, type BuildInputs } from '../build/request.js';
import { resolveSource } from '../build/source.js';
import { ConfigurationError } from '../errors.js';
import { Buildah } from '../tools/buildah.js';
import { Git } from '../tools/git.js';
import { Tar } from '../tools/tar.js';
import { parseBoolean, parseChoice, parseKeyValues } from '../values.js';
import { CliLogger } from './logger.js';
import type { CliContext } from './main.js';

export const BUILD_HELP = `Usage: osimg build [CONTEXT] --image NAME [options]

Build a Containerfile into an OCI image with buildah; optionally write an OCI archive and push by digest.

Options:
  -i, --image NAME            image name, e.g. ghcr.io/org/myos (required)
  -f, --file PATH             Containerfile (default: CONTEXT/Containerfile)
  -t, --tag TAG               tag to apply (repeatable; default: latest)
      --build-arg K=V         build argument (repeatable)
      --label K=V             extra label (repeatable)
      --platform OS/ARCH      target platform, e.g. linux/arm64
      --push                  push to the registry: blobs, manifest by digest, verify, then tags
      --registry HOST         registry prefix for a short image name
      --username USER         registry user (or OSIMG_REGISTRY_USERNAME)
      --password-stdin        read the registry password from stdin (or OSIMG_REGISTRY_PASSWORD)
      --tls-verify BOOL       verify registry TLS (default true; loopback registries use HTTP)
      --oci-archive PATH      also write the image as an OCI archive
      --no-cache              do not use or keep the layer cache
      --cache-from REF        registry repository to read cached layers from (repeatable)
      --cache-to REF          registry repository to write cached layers to (repeatable)
      --source-date-epoch N   timestamps for a reproducible image (default: SOURCE_DATE_EPOCH, commit time)
      --pull POLICY           base image: missing (default), always, never
      --storage-driver NAME   buildah storage driver (default: buildah's configuration)
      --root DIR              buildah storage root (default: buildah's configuration)
      --runroot DIR           buildah run root
      --isolation TYPE        auto (default), chroot, oci, rootless
      --json                  print the result as JSON on stdout
  -q, --quiet                 only errors and the result
  -h, --help                  this help

Exit codes: 0 built, 1 failed, 2 bad usage or configuration.
`;

export async function buildCommand(args: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      image: { type: 'string', short: 'i' },
      file: { type: 'string', short: 'f' },
      tag: { type: 'string', short: 't', multiple: true },
      'build-arg': { type: 'string', multiple: true },
      label: { type: 'string', multiple: true },
      platform: { type: 'string' },
      push: { type: 'boolean' },
      registry: { type: 'string' },
      username: { type: 'string' },
      'password-stdin': { type: 'boolean' },
      'tls-verify': { type: 'string' },
      'oci-archive': { type: 'string' },
      'no-cache': { type: 'boolean' },
      'cache-from': { type: 'string', multiple: true },
      'cache-to': { type: 'string', multiple: true },
      'source-date-epoch': { type: 'string' },
      pull: { type: 'string' },
      'storage-driver': { type: 'string' },
      root: { type: 'string' },
      runroot: { type: 'string' },
      isolation: { type: 'string' },
      json: { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      verbose: { type: 'boolean', short: 'v' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    context.stdout(BUILD_HELP);
    return 0;
  }
  if (positionals.length > 1)
    throw new ConfigurationError(
      `osimg build takes one CONTEXT directory, got ${positionals.length}: ${positionals.join(' ')}`,
    );
  const env = context.env;
  const buildContext = positionals[0] ?? '.';
  const password = values['password-stdin']
    ? (await context.readStdin()).replace(/\r?\n$/, '')
    : (env.OSIMG_REGISTRY_PASSWORD ?? '');
  const inputs: BuildInputs = {
    containerfile: values.file ?? `${buildContext}/Containerfile`,
    context: buildContext,
    image: values.image ?? '',
    tags: values.tag ?? [],
    buildArgs: parseKeyValues((values['build-arg'] ?? []).join('\n'), '--build-arg'),
    labels: parseKeyValues((values.label ?? []).join('\n'), '--label'),
    platform: values.platform ?? '',
    push: values.push ?? false,
    registry: values.registry ?? '',
    username: values.username ?? env.OSIMG_REGISTRY_USERNAME ?? '',
    password,
    tlsVerify: parseBoolean(values['tls-verify'] ?? '', '--tls-verify', true),
    ociArchive: values['oci-archive'] ?? '',
    cache: !values['no-cache'],
    cacheFrom: values['cache-from'] ?? [],
    cacheTo: values['cache-to'] ?? [],
    sourceDateEpoch: values['source-date-epoch'] ?? '',
    pull: parseChoice(values.pull ?? '', '--pull', ['missing', 'always', 'never'] as const, 'missing'),
  };
  const isolation = parseChoice(
    values.isolation ?? '',
    '--isolation',
    ['auto', 'chroot', 'oci', 'rootless'] as const,
    'auto',
  );
  const log = new CliLogger(
    { quiet: values.quiet ?? false, verbose: values.verbose ?? false },
    context.stderr,
  );
  const resolved = await resolveSource(new Git(), context.cwd, {
    serverUrl: env.GITHUB_SERVER_URL,
    repository: env.GITHUB_REPOSITORY,
    sha: env.GITHUB_SHA,
    ref: env.GITHUB_REF,
  });
  const request = toBuildRequest(inputs, {
    cwd: context.cwd,
    resolved,
    sourceDateEpochEnv: env.SOURCE_DATE_EPOCH,
    authFiles: defaultAuthFiles(env),
    isolation: resolveIsolation(isolation, runningInContainer()),
  });
  const result = await buildImage(request, {
    buildah: new Buildah({ driver: values['storage-driver'], root: values.root, runroot: values.runroot }),
    tar: new Tar(),
    log,
    host: detectHost(),
  });
  if (values.json) context.stdout(`${buildMetadata(result)}\n`);
  else {
    const rows = buildReportRows(result);
    const width = Math.max(...rows.map(([field]) => field.length));
    context.stdout(rows.map(([field, value]) => `${field.padEnd(width)}  ${value}`).join('\n') + '\n');
  }
  return 0;
}
