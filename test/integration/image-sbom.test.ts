/**
 * The sign step's SBOM read from layer blobs (src/sign/image-sbom.ts) against the SBOM of the same image
 * unpacked by buildah (pulled back from the registry by digest into a vfs storage and mounted: what the
 * sign step did before), for the example OS image pushed with gzip and with zstd layers, and for an image
 * whose upper layers remove, replace and hide the SBOM's input files (whiteouts and opaque directories).
 * The documents must be identical; so must the packages' names, versions, licenses and purls.
 */
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { MemoryLogger } from '../../src/log.js';
import { imageLayers } from '../../src/oci/image-layers.js';
import { readLayer } from '../../src/oci/layer-files.js';
import { RegistryClient } from '../../src/oci/registry.js';
import { generateSbom, type Sbom } from '../../src/sbom/index.js';
import { imageSbom } from '../../src/sign/image-sbom.js';
import { Buildah } from '../../src/tools/buildah.js';
import { exec } from '../../src/tools/exec.js';
import { importDebianBase } from '../harness/bases.js';
import { startRegistry, type TestRegistry } from '../harness/registry.js';
import { createTestStorage, type TestStorage } from '../harness/storage.js';
import { buildExample } from './disk-example.js';

const CREATED = '2026-11-22T00:00:00Z';

/**
 * A registry and its client. zstd layers get a registry of their own: containers/image reuses a layer
 * blob a registry already has in another compression rather than pushing the compression asked for.
 */
interface Target {
  registry: TestRegistry;
  client: RegistryClient;
}

let gzip: Target;
let zstd: Target;
let storage: TestStorage;
let work: string;
let example: string;

async function target(): Promise<Target> {
  const registry = await startRegistry();
  return { registry, client: new RegistryClient({ registry: registry.address }) };
}

/** Pushes an image of the test storage; returns its digest in the registry. */
async function push(
  { registry, client }: Target,
  image: string,
  repository: string,
  compression: string[],
): Promise<string> {
  await exec('buildah', [
    ...Buildah.globalArgs(storage),
    'push',
    '--quiet',
    '--tls-verify=false',
    ...compression,
    image,
    `docker://${registry.address}/${repository}:1`,
  ]);
  return (await client.getManifest(repository, '1')).digest;
}

/** The SBOM the way the sign step made it before: buildah pulls the digest into vfs, mounts, reads. */
async function unpackedSbom({ registry }: Target, repository: string, digest: string): Promise<Sbom> {
  const dir = await mkdtemp(join(work, 'vfs-'));
  const global = ['--root', join(dir, 'root'), '--runroot', join(dir, 'run'), '--storage-driver', 'vfs'];
  const pinned = `${registry.address}/${repository}@${digest}`;
  try {
    const pulled = await exec(
      'buildah',
      [...global, 'pull', '--quiet', '--tls-verify=false', `docker://${pinned}`],
      {
        timeoutMs: 10 * 60_000,
      },
    );
    const id = pulled.stdout.trim().split('\n').at(-1)!;
    const container = (await exec('buildah', [...global, 'from', '--pull=never', id])).stdout.trim();
    const mounted = (await exec('buildah', [...global, 'mount', container])).stdout.trim();
    return await generateSbom(mounted, {
      imageName: `${registry.address}/${repository}`,
      digest,
      created: CREATED,
    });
  } finally {
    await exec('buildah', [...global, 'rm', '--all']).catch(() => undefined);
    await exec('buildah', [...global, 'rmi', '--all', '--force']).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
}

async function layerSbom(
  { registry, client }: Target,
  repository: string,
  digest: string,
  log = new MemoryLogger(),
): Promise<Sbom> {
  return imageSbom(
    client,
    { repository, name: `${registry.address}/${repository}`, digest, created: CREATED },
    { log, tempDir: work },
  );
}

/** What must not differ: each package's identity, version, license and purl. */
const essentials = (sbom: Sbom) =>
  sbom.packages.map((p) => ({ name: p.name, version: p.version, license: p.license, purl: p.purl }));

function expectSame(fromLayers: Sbom, unpacked: Sbom): void {
  expect(essentials(fromLayers)).toEqual(essentials(unpacked));
  expect(fromLayers.spdx).toEqual(unpacked.spdx);
  expect(fromLayers.cyclonedx).toEqual(unpacked.cyclonedx);
  expect(fromLayers.databases).toEqual(unpacked.databases);
  expect(fromLayers.warnings).toEqual(unpacked.warnings);
}

beforeAll(async () => {
  gzip = await target();
  zstd = await target();
  storage = await createTestStorage();
  work = await mkdtemp(join(tmpdir(), 'osimg-image-sbom-'));
  example = await buildExample(storage, work);
});

afterAll(async () => {
  await gzip?.registry.stop();
  await zstd?.registry.stop();
  await storage?.cleanup();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the SBOM read from layer blobs', () => {
  const mediaTypes = async (target: Target, repository: string, digest: string) =>
    (await imageLayers(target.client, repository, digest, { os: 'linux', architecture: 'amd64' })).layers.map(
      (layer) => layer.mediaType,
    );

  it('equals the unpacked image SBOM for the example image pushed with gzip layers', async () => {
    const digest = await push(gzip, example, 'sbom/gzip', []);
    expect((await mediaTypes(gzip, 'sbom/gzip', digest)).every((type) => type.endsWith('gzip'))).toBe(true);
    const log = new MemoryLogger();
    const fromLayers = await layerSbom(gzip, 'sbom/gzip', digest, log);
    expect(fromLayers.packages.length).toBeGreaterThan(100);
    expect(fromLayers.packages.filter((p) => p.license).length).toBeGreaterThan(
      fromLayers.packages.length / 2,
    );
    expect(log.lines.filter((line) => line.startsWith('warning'))).toEqual([]);
    expectSame(fromLayers, await unpackedSbom(gzip, 'sbom/gzip', digest));
  });

  // What a GitHub-hosted runner is: not root, no sub-uids needed any more.
  it.skipIf(process.getuid?.() !== 0)('reads it as an unprivileged user', async () => {
    const digest = (await gzip.client.getManifest('sbom/gzip', '1')).digest;
    // Its own directory: the test's work directory is private to root.
    const dir = await mkdtemp(join(tmpdir(), 'osimg-image-sbom-nobody-'));
    await chmod(dir, 0o777);
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const script = join(dir, 'sbom.mts'); // an ES module outside the package
    await writeFile(
      script,
      [
        `import { RegistryClient } from '${process.cwd()}/src/oci/registry.js';`,
        `import { MemoryLogger } from '${process.cwd()}/src/log.js';`,
        `import { imageSbom } from '${process.cwd()}/src/sign/image-sbom.js';`,
        `const sbom = await imageSbom(new RegistryClient({ registry: '${gzip.registry.address}' }),`,
        `  { repository: 'sbom/gzip', name: 'n', digest: '${digest}', created: '${CREATED}' },`,
        `  { log: new MemoryLogger(), tempDir: '${dir}' });`,
        'console.log(JSON.stringify({ uid: process.getuid(), packages: sbom.packages.map((p) => p.purl) }));',
      ].join('\n'),
      { mode: 0o644 },
    );
    const { stdout } = await exec('runuser', [
      '-u',
      'nobody',
      '--',
      'env',
      `HOME=${dir}`,
      `TMPDIR=${dir}`,
      process.execPath,
      '--import',
      'tsx',
      script,
    ]);
    const result = JSON.parse(stdout.trim().split('\n').at(-1)!) as { uid: number; packages: string[] };
    expect(result.uid).not.toBe(0);
    const asRoot = await layerSbom(gzip, 'sbom/gzip', digest);
    expect(result.packages).toEqual(asRoot.packages.map((p) => p.purl));
  });

  it('equals it with zstd layers', async () => {
    const digest = await push(zstd, example, 'sbom/zstd', ['--compression-format', 'zstd']);
    expect(await mediaTypes(zstd, 'sbom/zstd', digest)).toContain(
      'application/vnd.oci.image.layer.v1.tar+zstd',
    );
    expectSame(await layerSbom(zstd, 'sbom/zstd', digest), await unpackedSbom(zstd, 'sbom/zstd', digest));
  });

  it('follows upper layers that remove, replace and hide its input files', async () => {
    // Layer 2 adds a status.d database and drops two copyright files (whiteouts); layer 3 replaces the
    // status.d directory (removed and made again: an opaque directory or whiteouts, as the driver diffs),
    // turns /etc/os-release from a link into a file, and adds a package to dpkg's status.
    const context = join(work, 'changes');
    await exec('mkdir', ['-p', context]);
    await writeFile(
      join(context, 'Containerfile'),
      [
        `FROM ${await importDebianBase(storage)}`,
        'RUN rm -rf /usr/share/doc/bash /usr/share/doc/dash/copyright && mkdir -p /var/lib/dpkg/status.d \\',
        " && printf 'Package: first\\nVersion: 1.0\\nArchitecture: all\\n' > /var/lib/dpkg/status.d/first",
        'RUN rm -rf /var/lib/dpkg/status.d && mkdir /var/lib/dpkg/status.d \\',
        " && printf 'Package: second\\nVersion: 2.0\\nArchitecture: all\\n' > /var/lib/dpkg/status.d/second \\",
        ' && rm /etc/os-release && printf \'ID=debian\\nVERSION_ID="12.99"\\n\' > /etc/os-release \\',
        " && printf '\\nPackage: third\\nStatus: install ok installed\\nVersion: 3.0\\nArchitecture: all\\n' >> /var/lib/dpkg/status",
        '',
      ].join('\n'),
    );
    await storage.buildah.build({
      containerfile: join(context, 'Containerfile'),
      context,
      tags: ['localhost/osimg/sbom-changes:1'],
      buildArgs: {},
      labels: {},
      iidfile: join(work, 'changes.iid'),
      isolation: 'chroot',
      layers: true,
      timestamp: 1_700_000_000,
      pull: 'never',
    });
    const digest = await push(gzip, 'localhost/osimg/sbom-changes:1', 'sbom/changes', []);
    const { layers } = await imageLayers(gzip.client, 'sbom/changes', digest, {
      os: 'linux',
      architecture: 'amd64',
    });
    const removals = (
      await Promise.all(layers.map((layer) => readLayer(gzip.client, 'sbom/changes', layer, () => false)))
    )
      .flat()
      .filter((change) => change.op === 'whiteout' || change.op === 'opaque')
      .map((change) => `${change.op} ${change.path}`);
    expect(removals).toEqual(
      expect.arrayContaining(['whiteout usr/share/doc/bash', 'whiteout usr/share/doc/dash/copyright']),
    );
    expect(
      removals.some(
        (removal) => removal.endsWith('var/lib/dpkg/status.d') || removal.includes('status.d/first'),
      ),
    ).toBe(true);
    const fromLayers = await layerSbom(gzip, 'sbom/changes', digest);
    const names = fromLayers.packages.map((p) => p.name);
    expect(names).toContain('second');
    expect(names).toContain('third');
    expect(names).not.toContain('first');
    expect(fromLayers.packages.find((p) => p.name === 'bash')?.license).toBeUndefined();
    expect(fromLayers.packages.find((p) => p.name === 'dash')?.license).toBeUndefined();
    expect(fromLayers.packages.find((p) => p.name === 'second')?.purl).toContain('distro=debian-12.99');
    expectSame(fromLayers, await unpackedSbom(gzip, 'sbom/changes', digest));
  });
});
