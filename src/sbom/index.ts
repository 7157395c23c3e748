/**
 * SBOMs generated natively from an image's root filesystem: the installed packages of every package
 * database it has (dpkg, rpm with the SQLite rpmdb, apk) and its OS release, as SPDX 2.3 JSON and
 * CycloneDX 1.6 JSON. Same root filesystem, digest and creation time → byte-identical documents.
 */
import { toCycloneDx, type CycloneDxBom } from './cyclonedx.js';
import type { Package } from './model.js';
import type { OsRelease } from './os-release.js';
import { collectPackages } from './packages.js';
import { toSpdx, type SpdxDocument } from './spdx.js';
import { subject, type SbomSubject } from './subject.js';

export type { Package } from './model.js';
export type { OsRelease } from './os-release.js';
export type { SbomSubject } from './subject.js';

export interface Sbom {
  packages: Package[];
  os?: OsRelease;
  /** The package databases read, e.g. ["/var/lib/dpkg/status"]. */
  databases: string[];
  spdx: SpdxDocument;
  cyclonedx: CycloneDxBom;
  warnings: string[];
}

export async function generateSbom(rootfsDir: string, image: SbomSubject): Promise<Sbom> {
  const about = subject(image);
  const { packages, os, databases, warnings } = await collectPackages(rootfsDir);
  const sbom: Sbom = {
    packages,
    databases,
    spdx: toSpdx(packages, os, about),
    cyclonedx: toCycloneDx(packages, os, about),
    warnings,
  };
  if (os) sbom.os = os;
  return sbom;
}

/** The serialised form attached to images: two-space indented JSON with a final newline. */
export function serialize(document: SpdxDocument | CycloneDxBom): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
