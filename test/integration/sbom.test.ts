/**
 * SBOM of the real Debian example base (test/harness/bases.ts, cached), checked against dpkg-query reading
 * the same status file, and validated against both schemas.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSbom, type Sbom } from '../../src/sbom/index.js';
import { exec } from '../../src/tools/exec.js';
import { debianSbomRoot, type DebianSbomRoot } from '../fixtures/sbom/debian-base.js';
import { cycloneDxSchemaErrors, spdxSchemaErrors } from '../unit/sbom/schemas.js';

const IMAGE = {
  imageName: 'localhost/osimg/debian-base:bookworm',
  digest: `sha256:${'0'.repeat(64)}`,
  created: '2026-11-22T00:00:00Z',
};

describe('SBOM of the Debian example base', () => {
  let base: DebianSbomRoot | undefined;
  let root: string;
  let sbom: Sbom;
  beforeAll(async () => {
    base = await debianSbomRoot();
    root = base.dir;
    sbom = await generateSbom(root, IMAGE);
  });
  afterAll(() => base?.cleanup());

  it('lists exactly the packages dpkg-query lists as installed, with the same versions and architectures', async () => {
    const { stdout } = await exec('dpkg-query', [
      `--admindir=${root}/var/lib/dpkg`,
      '--show',
      '--showformat=${db:Status-Status} ${Package} ${Version} ${Architecture}\\n',
    ]);
    const installed = stdout
      .trim()
      .split('\n')
      .filter((line) => line.startsWith('installed '))
      .map((line) => line.slice('installed '.length))
      .sort();
    expect(installed.length).toBeGreaterThan(100);
    expect(sbom.packages.map((p) => `${p.name} ${p.version} ${p.arch}`).sort()).toEqual(installed);
    expect(sbom.warnings).toEqual([]);
  });

  it('places every package in debian-12 with a purl, and finds the kernel and systemd', () => {
    for (const pkg of sbom.packages) {
      expect(pkg.purl).toMatch(
        /^pkg:deb\/debian\/[a-z0-9.%A-F-]+@[A-Za-z0-9.:~%-]+\?arch=(amd64|all)&distro=debian-12$/,
      );
    }
    expect(
      sbom.packages.some((p) => p.name.startsWith('linux-image-') && p.source?.name === 'linux-signed-amd64'),
    ).toBe(true);
    expect(sbom.packages.find((p) => p.name === 'systemd')?.purl).toMatch(/^pkg:deb\/debian\/systemd@252\./);
  });

  it('maps most DEP-5 licenses to SPDX expressions and keeps the rest as declared text', () => {
    const withLicense = sbom.packages.filter((p) => p.license);
    const mapped = withLicense.filter((p) => p.license?.expression);
    expect(withLicense.length).toBeGreaterThan(sbom.packages.length / 2);
    expect(mapped.length).toBeGreaterThan(0);
  });

  it('writes both documents valid against their schemas', () => {
    expect(spdxSchemaErrors(sbom.spdx)).toEqual([]);
    expect(cycloneDxSchemaErrors(sbom.cyclonedx)).toEqual([]);
    expect(sbom.spdx.packages).toHaveLength(sbom.packages.length + 2);
    expect(sbom.cyclonedx.components).toHaveLength(sbom.packages.length + 1);
  });
});
