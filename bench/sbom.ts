/**
 * SBOM benchmarks (issue 4 asks for SBOM extraction reported separately from signing): the time to read
 * the package databases and write both SPDX 2.3 and CycloneDX 1.6 documents, from the Debian example
 * base's dpkg status (with its ~100 copyright files) and from the real rpmdb.sqlite fixture. No target:
 * the rows are informational.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSbom, serialize } from '../src/sbom/index.js';
import { RPM_TAG, RPM_TYPE } from '../src/sbom/rpm-header.js';
import { debianSbomRoot } from '../test/fixtures/sbom/debian-base.js';
import { buildRpmHeader } from '../test/unit/sbom/rpm-blob.js';
import { median, ms, type Row } from './lib.js';

const RUNS = 7;
const IMAGE = {
  imageName: 'localhost/osimg/bench:1',
  digest: `sha256:${'0'.repeat(64)}`,
  created: '2026-01-01T00:00:00Z',
};

async function time(rootfs: string): Promise<{ ms: number; packages: number }> {
  const started = process.hrtime.bigint();
  const sbom = await generateSbom(rootfs, IMAGE);
  serialize(sbom.spdx);
  serialize(sbom.cyclonedx);
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, packages: sbom.packages.length };
}

async function row(label: string, rootfs: string): Promise<Row> {
  const first = await time(rootfs); // cold: sql.js compiled, files read for the first time
  const warm: number[] = [];
  for (let i = 0; i < RUNS; i++) warm.push((await time(rootfs)).ms);
  return {
    measure: `SBOM extraction: ${label} (${first.packages} packages), SPDX + CycloneDX`,
    osimg: ms(median(warm)),
    baseline: `first run ${ms(first.ms)}`,
    ratio: '-',
    target: '-',
    verdict: 'info',
  };
}

/**
 * A Fedora-sized rpm database: 600 packages whose headers carry 40 KB of file data each (~24 MB, like the
 * rpmdb.sqlite of a Fedora bootc image), written with sql.js into a copy of the Fedora fixture's layout.
 */
async function largeRpmRoot(): Promise<string> {
  const require = createRequire(import.meta.url);
  const { default: initSqlJs } = await import('sql.js');
  const SQL = await initSqlJs({ locateFile: () => require.resolve('sql.js/dist/sql-wasm.wasm') });
  const db = new SQL.Database();
  db.exec('CREATE TABLE Packages (hnum INTEGER PRIMARY KEY AUTOINCREMENT, blob BLOB NOT NULL)');
  const filler = 'x'.repeat(40_000);
  for (let i = 0; i < 600; i++) {
    const blob = buildRpmHeader([
      { tag: RPM_TAG.NAME, type: RPM_TYPE.STRING, value: `package-${i}` },
      { tag: RPM_TAG.VERSION, type: RPM_TYPE.STRING, value: `1.${i}` },
      { tag: RPM_TAG.RELEASE, type: RPM_TYPE.STRING, value: '1.fc41' },
      { tag: RPM_TAG.ARCH, type: RPM_TYPE.STRING, value: 'x86_64' },
      { tag: RPM_TAG.LICENSE, type: RPM_TYPE.STRING, value: 'GPL-2.0-or-later AND MIT' },
      { tag: RPM_TAG.SOURCERPM, type: RPM_TYPE.STRING, value: `package-${i}-1.${i}-1.fc41.src.rpm` },
      { tag: 1117, type: RPM_TYPE.STRING_ARRAY, value: [filler] }, // BASENAMES: the bulk of a real header
    ]);
    db.exec('INSERT INTO Packages (blob) VALUES (?)', [blob]);
  }
  const root = await mkdtemp(join(tmpdir(), 'osimg-sbom-rpm-'));
  await cp('test/fixtures/sbom/fedora/usr/lib/os-release', join(root, 'usr/lib/os-release'), {
    recursive: true,
  });
  await mkdir(join(root, 'usr/lib/sysimage/rpm'), { recursive: true });
  await writeFile(join(root, 'usr/lib/sysimage/rpm/rpmdb.sqlite'), db.export());
  db.close();
  return root;
}

export async function sbomBench(): Promise<Row[]> {
  const debian = await debianSbomRoot();
  const rpm = await largeRpmRoot();
  try {
    return [
      await row('Debian base, dpkg', debian.dir),
      await row('rpmdb.sqlite fixture', 'test/fixtures/sbom/fedora'),
      await row('Fedora-sized rpmdb.sqlite, 24 MB', rpm),
    ];
  } finally {
    await debian.cleanup();
    await rm(rpm, { recursive: true, force: true });
  }
}
