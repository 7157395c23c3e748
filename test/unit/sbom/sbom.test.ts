/**
 * generateSbom on root filesystems laid out as images have them (Debian, distroless, Fedora with a real
 * rpmdb.sqlite, Alpine, none, several at once): the exact packages and purls, both documents valid against
 * their schemas, byte-identical output for the same inputs, and links that never leave the root.
 */
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/errors.js';
import { generateSbom, serialize, type Sbom } from '../../../src/sbom/index.js';
import { Rootfs } from '../../../src/sbom/rootfs.js';
import { VERSION } from '../../../src/version.js';
import { cycloneDxSchemaErrors, spdxSchemaErrors } from './schemas.js';

const DIGEST = `sha256:${'ab'.repeat(32)}`;
const IMAGE = { imageName: 'ghcr.io/acme/os:1.2', digest: DIGEST, created: '2026-11-22T10:00:00.123Z' };
const fixture = (name: string) => `test/fixtures/sbom/${name}`;

function expectValid(sbom: Sbom): void {
  expect(spdxSchemaErrors(sbom.spdx)).toEqual([]);
  expect(cycloneDxSchemaErrors(sbom.cyclonedx)).toEqual([]);
}

describe('Debian (dpkg status and copyright files of this Debian 12 machine)', () => {
  let sbom: Sbom;
  beforeAll(async () => {
    sbom = await generateSbom(fixture('debian'), IMAGE);
  });

  it('lists the 33 packages with their exact purls', async () => {
    expect(sbom.packages).toHaveLength(33);
    const expected = (await readFile(fixture('debian.purls.txt'), 'utf8')).trim().split('\n');
    expect(sbom.packages.map((p) => p.purl)).toEqual(expected);
    expect(sbom.databases).toEqual(['/var/lib/dpkg/status']);
    expect(sbom.warnings).toEqual([]);
    expect(sbom.os?.prettyName).toBe('Debian GNU/Linux 12 (bookworm)');
  });

  it('writes an SPDX 2.3 document the schema accepts, the image containing the OS and every package', () => {
    expectValid(sbom);
    const { spdx } = sbom;
    expect(spdx.packages).toHaveLength(35);
    expect(spdx.packages[0]).toMatchObject({
      SPDXID: 'SPDXRef-Image',
      name: 'ghcr.io/acme/os:1.2',
      versionInfo: DIGEST,
      primaryPackagePurpose: 'CONTAINER',
      checksums: [{ algorithm: 'SHA256', checksumValue: 'ab'.repeat(32) }],
      externalRefs: [
        {
          referenceCategory: 'PACKAGE-MANAGER',
          referenceType: 'purl',
          referenceLocator: `pkg:oci/os@${DIGEST}?repository_url=ghcr.io%2Facme%2Fos&tag=1.2`,
        },
      ],
    });
    expect(spdx.packages[1]).toMatchObject({
      SPDXID: 'SPDXRef-OperatingSystem',
      name: 'debian',
      versionInfo: '12',
    });
    expect(spdx.relationships[0]).toEqual({
      spdxElementId: 'SPDXRef-DOCUMENT',
      relationshipType: 'DESCRIBES',
      relatedSpdxElement: 'SPDXRef-Image',
    });
    expect(spdx.relationships.filter((r) => r.relationshipType === 'CONTAINS')).toHaveLength(34);
    expect(spdx.creationInfo).toEqual({
      created: '2026-11-22T10:00:00Z',
      creators: [`Tool: osimg-${VERSION}`],
      licenseListVersion: '3.29',
    });
    const bsdutils = spdx.packages.find((p) => p.name === 'bsdutils')!;
    expect(bsdutils).toMatchObject({
      versionInfo: '1:2.38.1-5+deb12u3',
      supplier: 'Organization: util-linux packagers (util-linux@packages.debian.org)',
      sourceInfo: 'built package from: util-linux 2.38.1-5+deb12u3',
      downloadLocation: 'NOASSERTION',
      filesAnalyzed: false,
      licenseConcluded: 'NOASSERTION',
    });
    expect(spdx.packages.find((p) => p.name === 'bash')!.supplier).toBe(
      'Person: Matthias Klose (doko@debian.org)',
    );
  });

  it('declares SPDX expressions where DEP-5 names map, LicenseRefs with the declared text where not, nothing without a copyright file', () => {
    const declared = (name: string) => sbom.spdx.packages.find((p) => p.name === name)!.licenseDeclared;
    expect(declared('libattr1')).toBe('GPL-2.0-or-later AND LGPL-2.0-or-later');
    expect(declared('zlib1g')).toBe('Zlib');
    expect(declared('libc6')).toBe('NOASSERTION'); // its copyright file is not in the fixture
    expect(declared('base-files')).toBe('NOASSERTION'); // not machine-readable
    const tzdata = declared('tzdata');
    expect(tzdata).toMatch(/^LicenseRef-public-domain-[0-9a-f]{8}$/);
    expect(sbom.spdx.hasExtractedLicensingInfos!.find((i) => i.licenseId === tzdata)!.extractedText).toBe(
      'public-domain',
    );
  });

  it('writes a CycloneDX 1.6 BOM the official schema accepts', () => {
    expectValid(sbom);
    const { cyclonedx } = sbom;
    expect(cyclonedx.serialNumber).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(cyclonedx.metadata).toMatchObject({
      timestamp: '2026-11-22T10:00:00Z',
      tools: { components: [{ type: 'application', name: 'osimg', version: VERSION }] },
      component: {
        type: 'container',
        name: 'ghcr.io/acme/os:1.2',
        version: DIGEST,
        hashes: [{ alg: 'SHA-256', content: 'ab'.repeat(32) }],
      },
    });
    expect(cyclonedx.components).toHaveLength(34);
    expect(cyclonedx.components[0]).toMatchObject({
      type: 'operating-system',
      name: 'debian',
      version: '12',
    });
    const bsdutils = cyclonedx.components.find((c) => c.name === 'bsdutils')!;
    expect(bsdutils).toMatchObject({
      type: 'library',
      'bom-ref': bsdutils.purl,
      version: '1:2.38.1-5+deb12u3',
      supplier: { name: 'util-linux packagers', contact: [{ email: 'util-linux@packages.debian.org' }] },
    });
    expect(bsdutils.properties).toEqual(
      expect.arrayContaining([
        { name: 'osimg:package:type', value: 'deb' },
        { name: 'osimg:package:arch', value: 'amd64' },
        { name: 'osimg:package:source', value: 'util-linux' },
        { name: 'osimg:package:source-version', value: '2.38.1-5+deb12u3' },
      ]),
    );
    const licenses = (name: string) => cyclonedx.components.find((c) => c.name === name)!.licenses;
    expect(licenses('zlib1g')).toEqual([{ license: { id: 'Zlib' } }]);
    expect(licenses('libattr1')).toEqual([{ expression: 'GPL-2.0-or-later AND LGPL-2.0-or-later' }]);
    expect(licenses('tzdata')).toEqual([{ license: { name: 'public-domain' } }]);
    expect(licenses('libc6')).toBeUndefined();
    expect(cyclonedx.dependencies[0]!.dependsOn).toHaveLength(34);
  });

  it('is byte-identical for the same root filesystem, digest and time; ids follow the digest', async () => {
    const again = await generateSbom(fixture('debian'), IMAGE);
    expect(serialize(again.spdx)).toBe(serialize(sbom.spdx));
    expect(serialize(again.cyclonedx)).toBe(serialize(sbom.cyclonedx));
    const other = await generateSbom(fixture('debian'), { ...IMAGE, digest: `sha256:${'cd'.repeat(32)}` });
    expect(other.spdx.documentNamespace).not.toBe(sbom.spdx.documentNamespace);
    expect(other.cyclonedx.serialNumber).not.toBe(sbom.cyclonedx.serialNumber);
    expect(sbom.spdx.documentNamespace).toMatch(
      /^https:\/\/github\.com\/org\/osimg\/spdx\/os-1\.2-[0-9a-f-]{36}$/,
    );
    expect(serialize(sbom.spdx).endsWith('}\n')).toBe(true);
  });
});

describe('Fedora 41 (real rpmdb.sqlite)', () => {
  it('lists the rpm packages with epoch qualifiers and the OS CPE, both documents valid', async () => {
    const sbom = await generateSbom(fixture('fedora'), IMAGE);
    expect(sbom.packages.map((p) => p.purl)).toEqual([
      'pkg:rpm/fedora/osimg-hello@1.2.3-4.fc41?arch=noarch&distro=fedora-41&epoch=2',
      'pkg:rpm/fedora/osimg-legacy@0.9-1.fc41?arch=noarch&distro=fedora-41',
    ]);
    expect(sbom.databases).toEqual(['/usr/lib/sysimage/rpm/rpmdb.sqlite']);
    expectValid(sbom);
    const hello = sbom.spdx.packages.find((p) => p.name === 'osimg-hello')!;
    expect(hello).toMatchObject({
      versionInfo: '2:1.2.3-4.fc41',
      supplier: 'Organization: osimg tests',
      licenseDeclared: 'MIT AND (Apache-2.0 OR GPL-2.0-or-later)',
      homepage: 'https://example.org/osimg-hello',
      sourceInfo: 'built package from: osimg-hello 1.2.3-4.fc41',
    });
    const legacy = sbom.spdx.packages.find((p) => p.name === 'osimg-legacy')!;
    expect(legacy.licenseDeclared).toMatch(/^LicenseRef-GPLv2-[0-9a-f]{8}$/);
    expect(sbom.spdx.packages[1]!.externalRefs).toEqual([
      {
        referenceCategory: 'SECURITY',
        referenceType: 'cpe22Type',
        referenceLocator: 'cpe:/o:fedoraproject:fedora:41',
      },
    ]);
    expect(sbom.cyclonedx.components[0]).toMatchObject({
      type: 'operating-system',
      cpe: 'cpe:/o:fedoraproject:fedora:41',
    });
    expect(sbom.cyclonedx.components.find((c) => c.name === 'osimg-hello')!.licenses).toEqual([
      { expression: 'MIT AND (Apache-2.0 OR GPL-2.0-or-later)' },
    ]);
  });
});

describe('Alpine 3.19 (apk installed database)', () => {
  it('lists the apk packages, both documents valid', async () => {
    const sbom = await generateSbom(fixture('alpine'), IMAGE);
    expect(sbom.packages.map((p) => p.purl)).toEqual([
      'pkg:apk/alpine/busybox@1.36.1-r15?arch=x86_64&distro=alpine-3.19.1',
      'pkg:apk/alpine/ca-certificates-bundle@20230506-r0?arch=x86_64&distro=alpine-3.19.1',
      'pkg:apk/alpine/libcrypto3@3.1.4-r5?arch=x86_64&distro=alpine-3.19.1',
      'pkg:apk/alpine/musl@1.2.4_git20230717-r4?arch=x86_64&distro=alpine-3.19.1',
      'pkg:apk/alpine/tzdata@2024a-r0?arch=x86_64&distro=alpine-3.19.1',
    ]);
    expectValid(sbom);
    expect(sbom.spdx.packages.find((p) => p.name === 'busybox')!.supplier).toBe(
      'Person: Sören Tempel (soeren+alpine@soeren-tempel.net)',
    );
  });
});

describe('distroless (/var/lib/dpkg/status.d)', () => {
  it('reads the per-package files, skipping md5sums', async () => {
    const sbom = await generateSbom(fixture('distroless'), IMAGE);
    expect(sbom.packages.map((p) => `${p.name} ${p.foundIn}`)).toEqual([
      'base-files /var/lib/dpkg/status.d/base-files',
      'netbase /var/lib/dpkg/status.d/netbase',
      'tzdata /var/lib/dpkg/status.d/tzdata',
    ]);
    expect(sbom.packages[0]!.purl).toMatch(
      /^pkg:deb\/debian\/base-files@12\.4%2Bdeb12u\d+\?arch=amd64&distro=debian-12$/,
    );
    expectValid(sbom);
  });
});

describe('unusual root filesystems', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'osimg-sbom-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('gives an empty list and a warning, never an error, for an image without package databases', async () => {
    const root = join(dir, 'scratch');
    await mkdir(join(root, 'bin'), { recursive: true });
    const sbom = await generateSbom(root, IMAGE);
    expect(sbom.packages).toEqual([]);
    expect(sbom.os).toBeUndefined();
    expect(sbom.warnings).toEqual([
      'the image has no /etc/os-release or /usr/lib/os-release: purls have no distro qualifier',
      expect.stringMatching(/^no package database found .*: the SBOM lists no packages$/),
    ]);
    expectValid(sbom);
    expect(sbom.spdx.packages).toHaveLength(1);
    expect(sbom.cyclonedx.components).toEqual([]);
  });

  it('merges several databases in one image, sorted by type then name', async () => {
    const root = join(dir, 'mixed');
    await cp(fixture('alpine'), root, { recursive: true });
    await cp(fixture('fedora/usr'), join(root, 'usr'), { recursive: true });
    await mkdir(join(root, 'var/lib/dpkg'), { recursive: true });
    await writeFile(
      join(root, 'var/lib/dpkg/status'),
      'Package: extra\nStatus: install ok installed\nVersion: 1.0\nArchitecture: amd64\n',
    );
    const sbom = await generateSbom(root, IMAGE);
    expect(sbom.packages.map((p) => `${p.type}/${p.name}`)).toEqual([
      'apk/busybox',
      'apk/ca-certificates-bundle',
      'apk/libcrypto3',
      'apk/musl',
      'apk/tzdata',
      'deb/extra',
      'rpm/osimg-hello',
      'rpm/osimg-legacy',
    ]);
    expect(sbom.packages.find((p) => p.name === 'extra')!.purl).toBe(
      'pkg:deb/alpine/extra@1.0?arch=amd64&distro=alpine-3.19.1',
    );
    expect(sbom.databases).toEqual([
      '/lib/apk/db/installed',
      '/usr/lib/sysimage/rpm/rpmdb.sqlite',
      '/var/lib/dpkg/status',
    ]);
    expectValid(sbom);
  });

  it('resolves links inside the root, never onto the host', async () => {
    const root = join(dir, 'links');
    await mkdir(join(root, 'etc'), { recursive: true });
    await mkdir(join(root, 'usr/lib'), { recursive: true });
    await mkdir(join(root, 'var/lib/dpkg'), { recursive: true });
    await writeFile(join(root, 'usr/lib/os-release'), 'ID=inside\nVERSION_ID=1\n');
    await symlink('/usr/lib/os-release', join(root, 'etc/os-release')); // absolute: from the image's root
    await symlink('../../../../../../../../../../var/lib/dpkg/status', join(root, 'var/lib/dpkg/status')); // loops onto itself
    const sbom = await generateSbom(root, IMAGE);
    expect(sbom.os?.id).toBe('inside');
    expect(sbom.packages).toEqual([]);
    const rootfs = new Rootfs(root);
    await symlink('/etc/../../../etc/passwd', join(root, 'etc/escape'));
    expect(await rootfs.readText('/etc/escape')).toBeUndefined();
    await symlink('loop-b', join(root, 'etc/loop-a'));
    await symlink('loop-a', join(root, 'etc/loop-b'));
    expect(await rootfs.readText('/etc/loop-a')).toBeUndefined();
    expect(await rootfs.list('/etc')).toEqual(['escape', 'loop-a', 'loop-b', 'os-release']);
    expect(await rootfs.list('/nope')).toBeUndefined();
  });

  it.each([
    [{ digest: 'sha256:abc' }, /is not an image digest/],
    [{ digest: 'latest' }, /is not an image digest/],
    [{ created: 'yesterday' }, /is not a date and time/],
  ])('rejects %j', async (override, message) => {
    await expect(generateSbom(fixture('alpine'), { ...IMAGE, ...override })).rejects.toThrow(
      ConfigurationError,
    );
    await expect(generateSbom(fixture('alpine'), { ...IMAGE, ...override })).rejects.toThrow(message);
  });

  it('says so when the root filesystem is not a directory', async () => {
    await expect(generateSbom(join(dir, 'missing'), IMAGE)).rejects.toThrow(/missing is not a directory/);
    await expect(generateSbom(fixture('debian.purls.txt'), IMAGE)).rejects.toThrow(ConfigurationError);
  });

  it('accepts a Date and a name that is not an image reference (no image purl then)', async () => {
    const sbom = await generateSbom(fixture('alpine'), {
      imageName: 'My Image!',
      digest: DIGEST,
      created: new Date(0),
    });
    expect(sbom.spdx.creationInfo.created).toBe('1970-01-01T00:00:00Z');
    expect(sbom.spdx.packages[0]!.externalRefs).toBeUndefined();
    expect(sbom.cyclonedx.metadata.component['bom-ref']).toBe(`image:${DIGEST}`);
    expectValid(sbom);
  });
});
