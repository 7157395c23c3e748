/** The package database and os-release parsers, table-driven, on real (Debian's own) and hand-written data. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/errors.js';
import { parseApkInstalled } from '../../../src/sbom/apk.js';
import { parseParagraphs } from '../../../src/sbom/control.js';
import { dep5License, dep5Licenses, parseDpkgStatus } from '../../../src/sbom/dpkg.js';
import { allOf, dep5Expression, license, spdxExpression } from '../../../src/sbom/license.js';
import { formatPurl, packagePurl, parseContact, purlEncode } from '../../../src/sbom/model.js';
import { distroQualifier, parseOsRelease } from '../../../src/sbom/os-release.js';
import { purlVendor } from '../../../src/sbom/packages.js';
import { SPDX_LICENSE_IDS } from '../../../src/sbom/spdx-license-ids.js';
import { cdxLicenseIds } from './schemas.js';

const fixture = (path: string) => readFileSync(`test/fixtures/sbom/${path}`, 'utf8');

describe('os-release', () => {
  it('reads Debian 12 (this machine’s file)', () => {
    const os = parseOsRelease(fixture('debian/usr/lib/os-release'));
    expect(os).toEqual({
      id: 'debian',
      idLike: [],
      versionId: '12',
      versionCodename: 'bookworm',
      name: 'Debian GNU/Linux',
      prettyName: 'Debian GNU/Linux 12 (bookworm)',
      homeUrl: 'https://www.debian.org/',
      path: '/etc/os-release',
    });
    expect(distroQualifier(os)).toBe('debian-12');
  });

  it('reads Fedora’s CPE and ignores an empty VERSION_CODENAME', () => {
    const os = parseOsRelease(fixture('fedora/usr/lib/os-release'));
    expect(os.cpe).toBe('cpe:/o:fedoraproject:fedora:41');
    expect(os.versionCodename).toBeUndefined();
    expect(distroQualifier(os)).toBe('fedora-41');
  });

  it.each([
    ['ID=alpine\nVERSION_ID=3.19.1', 'alpine', 'alpine-3.19.1'],
    ['ID=\'centos\'\nID_LIKE="rhel fedora"\nVERSION_ID="10"', 'centos', 'centos-10'],
    ['# comment\nID=debian\nVERSION_CODENAME=trixie', 'debian', 'debian-trixie'],
    ['NAME="Linux"', 'linux', undefined],
    ['ID="We\\"ird"\nVERSION_ID=1', 'we"ird', 'we"ird-1'],
    ['ID=Ubuntu\r\nVERSION_ID="24.04"\r\n', 'ubuntu', 'ubuntu-24.04'],
  ])('%j → id %s, distro %s', (text, id, distro) => {
    const os = parseOsRelease(text);
    expect(os.id).toBe(id);
    expect(distroQualifier(os)).toBe(distro);
  });

  it('keeps ID_LIKE as a list', () => {
    expect(parseOsRelease('ID=centos\nID_LIKE="rhel fedora"').idLike).toEqual(['rhel', 'fedora']);
  });
});

describe('control paragraphs', () => {
  it('joins continuation lines and lower-cases field names', () => {
    const [first, second] = parseParagraphs(
      'Package: a\nDescription: one\n two\n .\n three\n\n\nPACKAGE: b\n',
      'f',
    );
    expect(first!.fields.get('description')).toBe('one\ntwo\n.\nthree');
    expect(first!.line).toBe(1);
    expect(second!.fields.get('package')).toBe('b');
    expect(second!.line).toBe(8);
  });

  it.each([
    [' orphan continuation', 'f:1: continuation line without a field'],
    ['Package: a\nno colon here', 'f:2: expected "Field: value"'],
    ['Package: a\nBad Field: x', 'f:2: expected "Field: value"'],
  ])('rejects %j in strict mode, naming file:line', (text, message) => {
    expect(() => parseParagraphs(text, 'f')).toThrow(ConfigurationError);
    expect(() => parseParagraphs(text, 'f')).toThrow(message);
    expect(() => parseParagraphs(text, 'f', false)).not.toThrow();
  });
});

describe('dpkg status', () => {
  const records = parseDpkgStatus(fixture('debian/var/lib/dpkg/status'));

  it('reads all 33 installed packages of the trimmed status of this Debian 12 machine', () => {
    expect(records).toHaveLength(33);
    expect(records.map((r) => r.name)).toContain('libc6');
  });

  it('keeps epochs in the version and the source package with its own version', () => {
    const bsdutils = records.find((r) => r.name === 'bsdutils')!;
    expect(bsdutils).toMatchObject({
      type: 'deb',
      version: '1:2.38.1-5+deb12u3',
      arch: 'amd64',
      source: { name: 'util-linux', version: '2.38.1-5+deb12u3' },
      supplier: {
        kind: 'Organization',
        name: 'util-linux packagers',
        email: 'util-linux@packages.debian.org',
      },
      foundIn: '/var/lib/dpkg/status',
    });
    expect(records.find((r) => r.name === 'libattr1')!.source).toEqual({ name: 'attr' });
    expect(records.find((r) => r.name === 'coreutils')!.source).toBeUndefined();
    expect(records.find((r) => r.name === 'tzdata')!.arch).toBe('all');
  });

  it('reads Homepage and the first line of Description', () => {
    const bash = records.find((r) => r.name === 'bash')!;
    expect(bash.homepage).toBe('http://tiswww.case.edu/php/chet/bash/bashtop.html');
    expect(bash.summary).toBe('GNU Bourne Again SHell');
  });

  it('counts only installed packages, whatever is wanted of them', () => {
    const text = [
      'Package: kept\nStatus: install ok installed\nVersion: 1',
      'Package: held\nStatus: hold ok installed\nVersion: 2',
      'Package: leaving\nStatus: deinstall ok installed\nVersion: 3',
      'Package: removed\nStatus: deinstall ok config-files\nVersion: 4',
      'Package: broken\nStatus: install reinstreq half-installed\nVersion: 5',
      'Package: unpacked\nStatus: install ok unpacked\nVersion: 6',
      'Package: gone\nStatus: purge ok not-installed',
      'Package: bare\nVersion: 7',
    ].join('\n\n');
    expect(parseDpkgStatus(text).map((r) => `${r.name}=${r.version}`)).toEqual([
      'kept=1',
      'held=2',
      'leaving=3',
      'bare=7',
    ]);
  });

  it.each([
    ['Status: install ok installed\nVersion: 1', 'status:1: package entry without a Package field'],
    ['Package: x\nStatus: install ok installed', 'status:1: installed package x has no Version'],
  ])('rejects %j clearly', (text, message) => {
    expect(() => parseDpkgStatus(text, 'status')).toThrow(message);
  });
});

describe('DEP-5 copyright licenses', () => {
  it.each([
    ['libnspr4', ['MPL-2.0'], 'MPL-2.0'],
    ['hostname', ['GPL-2'], 'GPL-2.0-only'],
    ['libattr1', ['GPL-2+', 'LGPL-2+'], 'GPL-2.0-or-later AND LGPL-2.0-or-later'],
    [
      'procps',
      ['GPL-2.0+', 'LGPL-2.0+', 'LGPL-2.1+'],
      'GPL-2.0-or-later AND LGPL-2.0-or-later AND LGPL-2.1-or-later',
    ],
    [
      'libcap2',
      ['BSD-3-clause', 'BSD-3-clause or GPL-2', 'BSD-3-clause or GPL-2+', 'GPL-2', 'GPL-2+'],
      'BSD-3-Clause AND (BSD-3-Clause OR GPL-2.0-only) AND (BSD-3-Clause OR GPL-2.0-or-later) AND GPL-2.0-only AND GPL-2.0-or-later',
    ],
    ['zlib1g', ['Zlib'], 'Zlib'],
    ['tzdata', ['public-domain'], undefined],
  ])('%s (real copyright file) → %j → %s', (pkg, names, expression) => {
    const found = dep5Licenses(fixture(`debian/usr/share/doc/${pkg}/copyright`));
    expect(found).toEqual(names);
    expect(dep5License(found!)?.expression).toBe(expression);
    expect(dep5License(found!)?.declared).toBe(names.join(', '));
  });

  it('ignores copyright files that are not machine-readable', () => {
    expect(dep5Licenses(fixture('debian/usr/share/doc/base-files/copyright'))).toBeUndefined();
    expect(dep5Licenses(fixture('debian/usr/share/doc/xauth/copyright'))).toBeUndefined();
  });

  it.each([
    ['GPL-2+ or Artistic', 'GPL-2.0-or-later OR Artistic-1.0-Perl'],
    ['LGPL-3+ or GPL-2+', 'LGPL-3.0-or-later OR GPL-2.0-or-later'],
    ['Expat', 'MIT'],
    ['BSD-3-clause', 'BSD-3-Clause'],
    ['GPLv3+', 'GPL-3.0-or-later'],
    ['Apache-2', 'Apache-2.0'],
    ['GPL-2+ with Autoconf exception', 'GPL-2.0-or-later WITH Autoconf-exception-2.0'],
    ['GPL-3+ with Autoconf exception', 'GPL-3.0-or-later WITH Autoconf-exception-3.0'],
    ['GPL-2 with OpenSSL exception', undefined],
    ['BSL-1.0 and Jam', 'BSL-1.0 AND Jam'],
    ['BSL-1.0 and OldBoost2', undefined],
    ['public-domain', undefined],
    ['GPL', undefined],
    ['GPL-2+,', 'GPL-2.0-or-later'],
  ])('DEP-5 %j → %s', (text, expected) => {
    expect(dep5Expression(text)).toBe(expected);
  });
});

describe('SPDX expressions', () => {
  it.each([
    ['MIT', 'MIT'],
    ['mit', 'MIT'],
    ['GPL-3.0-or-later AND MIT', 'GPL-3.0-or-later AND MIT'],
    ['MIT AND (Apache-2.0 OR GPL-2.0-or-later)', 'MIT AND (Apache-2.0 OR GPL-2.0-or-later)'],
    ['(MIT AND BSD-2-Clause) OR ISC', '(MIT AND BSD-2-Clause) OR ISC'],
    ['((MIT))', 'MIT'],
    ['GPL-2.0-only WITH Classpath-exception-2.0', 'GPL-2.0-only WITH Classpath-exception-2.0'],
    ['gpl-2.0+ or lgpl-2.1+', 'GPL-2.0+ OR LGPL-2.1+'],
    ['GPLv2+', undefined],
    ['MIT AND', undefined],
    ['(MIT', undefined],
    ['MIT)', undefined],
    ['MIT WITH', undefined],
    ['MIT WITH Nonexistent-exception', undefined],
    ['LicenseRef-custom', undefined],
    ['', undefined],
    ['Public Domain', undefined],
  ])('%j → %s', (text, expected) => {
    expect(spdxExpression(text)).toBe(expected);
  });

  it('keeps the declared text beside the expression', () => {
    expect(license(' MIT ')).toEqual({ declared: 'MIT', expression: 'MIT' });
    expect(license('GPLv2+')).toEqual({ declared: 'GPLv2+' });
    expect(license('  ')).toBeUndefined();
  });

  it('joins with AND, deduplicated and sorted', () => {
    expect(allOf(['MIT', 'ISC OR MIT', 'MIT'])).toBe('(ISC OR MIT) AND MIT');
    expect(allOf([])).toBeUndefined();
  });

  it('has exactly the SPDX License List that CycloneDX ships (regenerate: node test/fixtures/sbom/make-license-ids.mjs)', () => {
    expect([...SPDX_LICENSE_IDS].sort()).toEqual([...cdxLicenseIds()].sort());
  });
});

describe('apk installed database', () => {
  const records = parseApkInstalled(fixture('alpine/lib/apk/db/installed'));

  it('reads every package with its origin, license and maintainer', () => {
    expect(records.map((r) => `${r.name}@${r.version}`)).toEqual([
      'musl@1.2.4_git20230717-r4',
      'busybox@1.36.1-r15',
      'ca-certificates-bundle@20230506-r0',
      'libcrypto3@3.1.4-r5',
      'tzdata@2024a-r0',
    ]);
    expect(records[2]).toEqual({
      type: 'apk',
      name: 'ca-certificates-bundle',
      version: '20230506-r0',
      arch: 'x86_64',
      license: { declared: 'MPL-2.0 AND MIT', expression: 'MPL-2.0 AND MIT' },
      source: { name: 'ca-certificates' },
      supplier: { kind: 'Person', name: 'Natanael Copa', email: 'ncopa@alpinelinux.org' },
      homepage: 'https://www.mozilla.org/en-US/about/governance/policies/security-group/certs/',
      summary: 'Pre generated bundle of Mozilla certificates',
      foundIn: '/lib/apk/db/installed',
    });
    expect(records[4]!.license).toEqual({ declared: 'Public-Domain' });
  });

  it.each([
    ['P:a\nV:1\nnot a field', 'db:3: expected "X:value"'],
    ['V:1\nA:x86_64', 'db:1: package entry without a P: name'],
    ['\n\nP:a\nA:x86_64\n', 'db:3: package entry without a V: version'],
  ])('rejects %j clearly', (text, message) => {
    expect(() => parseApkInstalled(text, 'db')).toThrow(message);
  });

  it('accepts CRLF line ends and a missing final blank line', () => {
    expect(parseApkInstalled('P:a\r\nV:1\r\n\r\nP:b\r\nV:2').map((r) => r.name)).toEqual(['a', 'b']);
  });
});

describe('purls', () => {
  it.each([
    [
      { type: 'deb', name: 'curl', version: '7.88.1-10', arch: 'amd64' },
      'debian',
      'debian-12',
      'pkg:deb/debian/curl@7.88.1-10?arch=amd64&distro=debian-12',
    ],
    [
      { type: 'deb', name: 'attr', version: '1:2.4.47-2+b1', arch: 'amd64' },
      'debian',
      undefined,
      'pkg:deb/debian/attr@1:2.4.47-2%2Bb1?arch=amd64',
    ],
    [
      { type: 'deb', name: 'libstdc++6', version: '12.2.0-14', arch: 'amd64' },
      'Ubuntu',
      'ubuntu-22.04',
      'pkg:deb/ubuntu/libstdc%2B%2B6@12.2.0-14?arch=amd64&distro=ubuntu-22.04',
    ],
    [
      { type: 'rpm', name: 'bash', version: '1:5.2.26-3.fc41', epoch: 1, arch: 'x86_64' },
      'fedora',
      'fedora-41',
      'pkg:rpm/fedora/bash@5.2.26-3.fc41?arch=x86_64&distro=fedora-41&epoch=1',
    ],
    [
      { type: 'rpm', name: 'NetworkManager', version: '1.48.10-2.fc41', arch: 'x86_64' },
      'fedora',
      'fedora-41',
      'pkg:rpm/fedora/NetworkManager@1.48.10-2.fc41?arch=x86_64&distro=fedora-41',
    ],
    [
      { type: 'rpm', name: 'tzdata', version: '0:2024a-1.el9', epoch: 0, arch: 'noarch' },
      'centos',
      'centos-9',
      'pkg:rpm/centos/tzdata@2024a-1.el9?arch=noarch&distro=centos-9&epoch=0',
    ],
    [
      { type: 'apk', name: 'musl', version: '1.2.4-r2', arch: 'x86_64' },
      'alpine',
      'alpine-3.19',
      'pkg:apk/alpine/musl@1.2.4-r2?arch=x86_64&distro=alpine-3.19',
    ],
  ] as const)('%j in %s', (record, vendor, distro, expected) => {
    expect(packagePurl({ ...record, foundIn: 'x' }, vendor, distro)).toBe(expected);
  });

  it('percent-encodes per the purl spec (only ALPHA DIGIT . - _ ~ and : stay)', () => {
    expect(purlEncode("a b/c@d?e#f+g!h'i(j)k*l~m:n")).toBe(
      'a%20b%2Fc%40d%3Fe%23f%2Bg%21h%27i%28j%29k%2Al~m:n',
    );
    expect(
      formatPurl({
        type: 'oci',
        name: 'os',
        version: 'sha256:ab',
        qualifiers: { tag: '1.0', repository_url: 'ghcr.io/o/os' },
      }),
    ).toBe('pkg:oci/os@sha256:ab?repository_url=ghcr.io%2Fo%2Fos&tag=1.0');
  });

  it.each([
    ['ID=fedora', 'rpm', 'fedora'],
    ['ID=rhel\nVERSION_ID=9.4', 'rpm', 'redhat'],
    ['ID="opensuse-tumbleweed"', 'rpm', 'opensuse'],
    ['NAME=nothing', 'rpm', 'redhat'],
    ['NAME=nothing', 'deb', 'debian'],
    [undefined, 'apk', 'alpine'],
  ] as const)('vendor of %j for %s packages: %s', (text, type, vendor) => {
    expect(purlVendor(text === undefined ? undefined : parseOsRelease(text), type)).toBe(vendor);
  });

  it('parses maintainers', () => {
    expect(parseContact('Jane Doe <jane@example.org>', 'Person')).toEqual({
      kind: 'Person',
      name: 'Jane Doe',
      email: 'jane@example.org',
    });
    expect(parseContact('<team@example.org>', 'Organization')).toEqual({
      kind: 'Organization',
      name: 'team@example.org',
      email: 'team@example.org',
    });
    expect(parseContact('Just A Name', 'Person')).toEqual({ kind: 'Person', name: 'Just A Name' });
    expect(parseContact(' ', 'Person')).toBeUndefined();
  });
});
