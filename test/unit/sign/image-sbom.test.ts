/**
 * The sign step's SBOM from layer blobs, against the stateful fake registry (test/unit/oci/fake-registry.ts)
 * with layers GNU tar made from the SBOM fixtures (dpkg, distroless status.d, rpm sqlite, apk): the SBOM
 * must equal the one src/sbom makes from the same files unpacked, whichever way the layers split,
 * compress, link and white them out; a multi-platform index gives the host platform's files; failures
 * are clear and leave no temp files.
 */
import { cp, mkdir, mkdtemp, readdir, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryLogger } from '../../../src/log.js';
import { MEDIA_TYPES, RegistryClient } from '../../../src/oci/registry.js';
import { generateSbom } from '../../../src/sbom/index.js';
import { imageSbom, isSbomInput } from '../../../src/sign/image-sbom.js';
import { FakeRegistry } from '../oci/fake-registry.js';
import { compress, tarDirectory, tarOf, type TreeSpec } from '../oci/tar-files.js';

const FIXTURES = 'test/fixtures/sbom';
const CREATED = '2026-11-22T00:00:00Z';
const GZIP = 'application/vnd.oci.image.layer.v1.tar+gzip';
const ZSTD = 'application/vnd.oci.image.layer.v1.tar+zstd';
const TAR = 'application/vnd.oci.image.layer.v1.tar';

let fake: FakeRegistry;
let client: RegistryClient;
let temp: string;

beforeEach(async () => {
  fake = new FakeRegistry();
  client = new RegistryClient({ registry: 'fake.test', send: fake.send });
  temp = await mkdtemp(join(tmpdir(), 'osimg-image-sbom-'));
});
afterEach(() => rm(temp, { recursive: true, force: true }));

interface Layer {
  mediaType: string;
  data: Buffer;
}

/** Stores an image manifest with these layers; returns its digest. */
function seedImage(repository: string, layers: Layer[]): string {
  const config = fake.seedBlob(repository, JSON.stringify({ architecture: 'amd64', os: 'linux' }));
  const manifest = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociManifest,
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: config, size: 1 },
    layers: layers.map(({ mediaType, data }) => ({
      mediaType,
      digest: fake.seedBlob(repository, data),
      size: data.length,
    })),
  };
  return fake.seedManifest(repository, MEDIA_TYPES.ociManifest, Buffer.from(JSON.stringify(manifest)));
}

async function layerOf(tar: Buffer, mediaType = GZIP): Promise<Layer> {
  if (mediaType === GZIP) return { mediaType, data: gzipSync(tar) };
  if (mediaType === ZSTD) return { mediaType, data: await compress(tar, 'zstd') };
  return { mediaType, data: tar };
}

async function sbomOf(repository: string, digest: string, log = new MemoryLogger()) {
  return imageSbom(
    client,
    { repository, name: `fake.test/${repository}`, digest, created: CREATED },
    {
      log,
      tempDir: temp,
    },
  );
}

/** What src/sbom says of the same files unpacked in `dir`. */
function expected(dir: string, repository: string, digest: string) {
  return generateSbom(dir, { imageName: `fake.test/${repository}`, digest, created: CREATED });
}

describe('isSbomInput', () => {
  it.each([
    ['etc/os-release', true],
    ['usr/lib/os-release', true],
    ['var/lib/dpkg/status', true],
    ['var/lib/dpkg/status-old', false],
    ['var/lib/dpkg/status.d/tzdata', true],
    ['var/lib/dpkg/status.d/tzdata.md5sums', true],
    ['usr/share/doc/bash/copyright', true],
    ['usr/share/doc/bash/changelog.gz', false],
    ['usr/lib/sysimage/rpm/rpmdb.sqlite', true],
    ['var/lib/rpm/rpmdb.sqlite-wal', true],
    ['var/lib/rpm/Packages', true],
    ['var/lib/apt/lists/deb.debian.org_dists_bookworm_main_binary-amd64_Packages', false],
    ['lib/apk/db/installed', true],
    ['usr/lib/apk/db/installed', true],
    ['usr/bin/bash', false],
    ['status', false],
  ])('%s → %s', (path, wanted) => expect(isSbomInput(path)).toBe(wanted));
});

describe('imageSbom from layer blobs', () => {
  for (const fixture of ['debian', 'distroless', 'fedora', 'alpine']) {
    it(`equals src/sbom's SBOM of the ${fixture} fixture (one gzip layer)`, async () => {
      const dir = join(FIXTURES, fixture);
      const digest = seedImage(`os/${fixture}`, [await layerOf(await tarDirectory(dir, { format: 'pax' }))]);
      const log = new MemoryLogger();
      const sbom = await sbomOf(`os/${fixture}`, digest, log);
      const unpacked = await expected(dir, `os/${fixture}`, digest);
      expect(sbom.packages.length).toBeGreaterThan(0);
      expect(sbom).toEqual(unpacked);
      expect(log.lines.some((line) => line.includes('from its 1 layers'))).toBe(true);
    });
  }

  it('follows upper layers: zstd and uncompressed, whiteouts, an opaque directory, merged /usr', async () => {
    // Lower: the debian fixture with /lib a link into /usr (merged /usr), and an apk database reached
    // through it. Upper (zstd): removes a copyright file and a doc directory, adds a distroless status.d.
    // Top (uncompressed): makes status.d opaque with one new file and replaces os-release.
    const lower = await mkdtemp(join(temp, 'lower-'));
    await cp(join(FIXTURES, 'debian'), lower, { recursive: true, verbatimSymlinks: true });
    await cp(join(FIXTURES, 'alpine/lib'), join(lower, 'usr/lib'), { recursive: true });
    await symlink('usr/lib', join(lower, 'lib'));
    const upper: TreeSpec = {
      'usr/share/doc/gzip/.wh.copyright': '',
      'usr/share/doc/.wh.coreutils': '',
      'var/lib/dpkg/status.d/first': 'Package: first\nVersion: 1\nArchitecture: all\n',
      'var/lib/dpkg/status.d/gone': 'Package: gone\nVersion: 1\nArchitecture: all\n',
    };
    const top: TreeSpec = {
      'var/lib/dpkg/status.d/.wh..wh..opq': '',
      'var/lib/dpkg/status.d/netbase': 'Package: netbase\nVersion: 6.4\nArchitecture: all\n',
      'etc/.wh.os-release': '',
      'etc/os-release': 'ID=debian\nVERSION_ID="12.99"\n',
    };
    const digest = seedImage('os/layers', [
      await layerOf(await tarDirectory(lower)),
      await layerOf(await tarOf(upper), ZSTD),
      await layerOf(await tarOf(top, { format: 'pax' }), TAR),
    ]);
    const sbom = await sbomOf('os/layers', digest);

    // The same image unpacked by hand.
    const unpacked = await mkdtemp(join(temp, 'unpacked-'));
    await cp(lower, unpacked, { recursive: true, verbatimSymlinks: true });
    await rm(join(unpacked, 'usr/share/doc/gzip/copyright'));
    await rm(join(unpacked, 'usr/share/doc/coreutils'), { recursive: true });
    await mkdir(join(unpacked, 'var/lib/dpkg/status.d'));
    await writeFile(
      join(unpacked, 'var/lib/dpkg/status.d/netbase'),
      top['var/lib/dpkg/status.d/netbase'] as string,
    );
    await unlink(join(unpacked, 'etc/os-release'));
    await writeFile(join(unpacked, 'etc/os-release'), top['etc/os-release'] as string);
    const want = await expected(unpacked, 'os/layers', digest);

    expect(sbom).toEqual(want);
    const names = sbom.packages.map((p) => `${p.type}:${p.name}`);
    expect(names).toContain('deb:netbase');
    expect(names).not.toContain('deb:gone');
    expect(names).not.toContain('deb:first');
    expect(names.some((name) => name.startsWith('apk:'))).toBe(true);
    expect(sbom.packages.find((p) => p.name === 'gzip')?.license).toBeUndefined();
    expect(sbom.packages.find((p) => p.name === 'tar')?.license).toBeDefined();
    expect(sbom.os?.versionId).toBe('12.99');
  });

  it('reads the host platform’s manifest of a multi-platform index', async () => {
    const amd64 = seedImage('os/multi', [await layerOf(await tarDirectory(join(FIXTURES, 'debian')))]);
    const arm64 = seedImage('os/multi', [await layerOf(await tarDirectory(join(FIXTURES, 'alpine')))]);
    const index = {
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociIndex,
      manifests: [
        {
          mediaType: MEDIA_TYPES.ociManifest,
          digest: arm64,
          size: 1,
          platform: { os: 'linux', architecture: 'arm64', variant: 'v8' },
        },
        {
          mediaType: MEDIA_TYPES.ociManifest,
          digest: amd64,
          size: 1,
          platform: { os: 'linux', architecture: 'amd64' },
        },
        {
          mediaType: MEDIA_TYPES.ociManifest,
          digest: arm64,
          size: 1,
          platform: { os: 'unknown', architecture: 'unknown' },
        },
      ],
    };
    const digest = fake.seedManifest('os/multi', MEDIA_TYPES.ociIndex, Buffer.from(JSON.stringify(index)));
    const log = new MemoryLogger();
    const sbom = await imageSbom(
      client,
      { repository: 'os/multi', name: 'fake.test/os/multi', digest, created: CREATED },
      {
        log,
        tempDir: temp,
        platform: { os: 'linux', architecture: 'amd64' },
      },
    );
    expect(sbom).toEqual(await expected(join(FIXTURES, 'debian'), 'os/multi', digest));
    expect(log.lines.some((line) => line.includes('(linux/amd64)'))).toBe(true);
    const arm = await imageSbom(
      client,
      { repository: 'os/multi', name: 'fake.test/os/multi', digest, created: CREATED },
      {
        log,
        tempDir: temp,
        platform: { os: 'linux', architecture: 'arm64', variant: 'v8' },
      },
    );
    expect(arm.packages.every((p) => p.type === 'apk')).toBe(true);
    await expect(
      imageSbom(
        client,
        { repository: 'os/multi', name: 'fake.test/os/multi', digest, created: CREATED },
        {
          log,
          tempDir: temp,
          platform: { os: 'linux', architecture: 's390x' },
        },
      ),
    ).rejects.toThrow(
      /os\/multi@sha256:\w+ is a multi-platform image without a linux\/s390x manifest \(it has linux\/arm64\/v8, linux\/amd64\): give the digest of the platform's manifest instead/,
    );
  });

  it('fails on a layer whose content is not its digest, naming the layer, and leaves no temp files', async () => {
    const good = await layerOf(await tarDirectory(join(FIXTURES, 'debian')));
    const digest = seedImage('os/tampered', [good, await layerOf(await tarOf({ 'etc/motd': 'hi' }))]);
    const manifest = JSON.parse(fake.manifests.get(`os/tampered@${digest}`)!.bytes.toString()) as {
      layers: Array<{ digest: string }>;
    };
    const second = manifest.layers[1]!.digest;
    fake.blobs.set(`os/tampered@${second}`, gzipSync(await tarOf({ 'etc/motd': 'changed' })));
    await expect(sbomOf('os/tampered', digest)).rejects.toThrow(
      new RegExp(
        `cannot read layer ${second}: registry fake.test returned blob ${second} with other content`,
      ),
    );
    expect(await readdir(temp)).toEqual([]);
  });

  it('refuses a layer media type it cannot read', async () => {
    const digest = seedImage('os/odd', [
      { mediaType: 'application/vnd.example.layer.v1+lz4', data: Buffer.from('x') },
    ]);
    await expect(sbomOf('os/odd', digest)).rejects.toThrow(
      /media type application\/vnd.example.layer.v1\+lz4, which is not a tar layer osimg can read/,
    );
  });

  it('says so when the digest is not an image', async () => {
    const digest = fake.seedManifest(
      'os/art',
      'application/vnd.oci.artifact.manifest.v1+json',
      Buffer.from(JSON.stringify({ mediaType: 'application/vnd.oci.artifact.manifest.v1+json', blobs: [] })),
    );
    await expect(sbomOf('os/art', digest)).rejects.toThrow(/is not an image .* it has no layers to read/);
  });
});
