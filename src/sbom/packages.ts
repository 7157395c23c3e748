/**
 * Every package database an image's root filesystem has (dpkg, rpm, apk: several may coexist), merged into
 * one sorted list with purls placed in the image's distribution (os-release).
 */
import { stat } from 'node:fs/promises';
import { ConfigurationError } from '../errors.js';
import { readApk } from './apk.js';
import { readDpkg } from './dpkg.js';
import { packagePurl, type Package, type PackageRecord } from './model.js';
import { distroQualifier, readOsRelease, type OsRelease } from './os-release.js';
import { Rootfs } from './rootfs.js';
import { readRpm } from './rpm.js';

export interface CollectedPackages {
  packages: Package[];
  os?: OsRelease;
  /** The databases found, e.g. ["/var/lib/dpkg/status"]. */
  databases: string[];
  warnings: string[];
}

/** The purl namespace when os-release does not say (or says "linux"): the package type's home distribution. */
const DEFAULT_VENDOR: Record<PackageRecord['type'], string> = { deb: 'debian', rpm: 'redhat', apk: 'alpine' };

/** os-release IDs whose purl vendor is named otherwise (Red Hat's own SBOMs use pkg:rpm/redhat/…). */
const VENDOR_ALIASES: Record<string, string> = {
  rhel: 'redhat',
  'opensuse-leap': 'opensuse',
  'opensuse-tumbleweed': 'opensuse',
  sles: 'suse',
};

/** The purl namespace of the image's packages. */
export function purlVendor(os: OsRelease | undefined, type: PackageRecord['type']): string {
  if (!os || os.id === 'linux') return DEFAULT_VENDOR[type];
  return VENDOR_ALIASES[os.id] ?? os.id;
}

function compare(a: Package, b: Package): number {
  const key = (p: Package) => [p.type, p.name, p.version, p.arch ?? '', p.purl];
  const [ka, kb] = [key(a), key(b)];
  for (let i = 0; i < ka.length; i++) {
    if (ka[i]! < kb[i]!) return -1;
    if (ka[i]! > kb[i]!) return 1;
  }
  return 0;
}

export async function collectPackages(rootfsDir: string): Promise<CollectedPackages> {
  const isDirectory = await stat(rootfsDir).then(
    (stats) => stats.isDirectory(),
    () => false,
  );
  if (!isDirectory)
    throw new ConfigurationError(
      `${rootfsDir} is not a directory: give the image's unpacked root filesystem`,
    );
  const root = new Rootfs(rootfsDir);
  const warnings: string[] = [];
  const os = await readOsRelease(root);
  if (!os)
    warnings.push('the image has no /etc/os-release or /usr/lib/os-release: purls have no distro qualifier');
  const [dpkg, rpm, apk] = await Promise.all([
    readDpkg(root),
    readRpm(root, (message) => warnings.push(message)),
    readApk(root),
  ]);
  const found = [dpkg, rpm, apk];
  const records = found.flatMap((list) => list ?? []);
  const databases = [...new Set(records.map((record) => record.foundIn))].sort();
  const distro = distroQualifier(os);
  const seen = new Set<string>();
  const packages: Package[] = [];
  for (const record of records) {
    const purl = packagePurl(record, purlVendor(os, record.type), distro);
    if (seen.has(purl)) continue; // the same package listed twice (e.g. status and status.d)
    seen.add(purl);
    packages.push({ ...record, purl });
  }
  packages.sort(compare);
  if (found.every((list) => list === undefined)) {
    warnings.push(
      'no package database found (looked for /var/lib/dpkg/status, /var/lib/dpkg/status.d, ' +
        '/usr/lib/sysimage/rpm/rpmdb.sqlite, /var/lib/rpm/rpmdb.sqlite, /lib/apk/db/installed): the SBOM lists no packages',
    );
  }
  return os ? { packages, os, databases, warnings } : { packages, databases, warnings };
}
