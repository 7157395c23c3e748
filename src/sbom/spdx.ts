/**
 * SPDX 2.3 JSON: the image as a CONTAINER package that the document DESCRIBES and that CONTAINS its
 * operating system and every installed package. Licenses are SPDX expressions of listed identifiers;
 * a declared license that is not one becomes a LicenseRef with the declared text kept in
 * hasExtractedLicensingInfos, never free text in a license field.
 */
import { createHash } from 'node:crypto';
import { VERSION } from '../version.js';
import type { Package, Supplier } from './model.js';
import type { OsRelease } from './os-release.js';
import { SPDX_LICENSE_LIST_VERSION } from './spdx-license-ids.js';
import { uuidFromName, type Subject } from './subject.js';

const NOASSERTION = 'NOASSERTION';

export interface SpdxExternalRef {
  referenceCategory: 'PACKAGE-MANAGER' | 'SECURITY' | 'OTHER' | 'PERSISTENT-ID';
  referenceType: string;
  referenceLocator: string;
}

export interface SpdxPackage {
  SPDXID: string;
  name: string;
  versionInfo?: string;
  supplier?: string;
  downloadLocation: string;
  filesAnalyzed: false;
  homepage?: string;
  sourceInfo?: string;
  licenseConcluded: string;
  licenseDeclared: string;
  copyrightText: string;
  summary?: string;
  checksums?: Array<{ algorithm: 'SHA256' | 'SHA512'; checksumValue: string }>;
  externalRefs?: SpdxExternalRef[];
  primaryPackagePurpose: 'CONTAINER' | 'OPERATING-SYSTEM' | 'LIBRARY';
}

export interface SpdxDocument {
  spdxVersion: 'SPDX-2.3';
  dataLicense: 'CC0-1.0';
  SPDXID: 'SPDXRef-DOCUMENT';
  name: string;
  documentNamespace: string;
  creationInfo: { created: string; creators: string[]; licenseListVersion: string };
  packages: SpdxPackage[];
  relationships: Array<{
    spdxElementId: string;
    relationshipType: 'DESCRIBES' | 'CONTAINS';
    relatedSpdxElement: string;
  }>;
  hasExtractedLicensingInfos?: Array<{
    licenseId: string;
    extractedText: string;
    name: string;
    comment: string;
  }>;
}

const hash = (text: string, length: number) =>
  createHash('sha256').update(text).digest('hex').slice(0, length);

/** Letters, digits, '.' and '-' only (the idstring of SPDX identifiers). */
const idString = (text: string) => text.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '');

export function spdxSupplier(supplier: Supplier | undefined): string {
  if (!supplier) return NOASSERTION;
  return `${supplier.kind}: ${supplier.name}${supplier.email ? ` (${supplier.email})` : ''}`;
}

/** SPDX's URL-ish documentNamespace: unique per image digest, the same for the same digest. */
export function documentNamespace(subject: Subject): string {
  const name = idString(subject.imageName.split('/').at(-1) ?? '') || 'image';
  return `https://github.com/org/osimg/spdx/${name}-${uuidFromName(`spdx:${subject.digest}`)}`;
}

function osPackage(os: OsRelease): SpdxPackage {
  const pkg: SpdxPackage = {
    SPDXID: 'SPDXRef-OperatingSystem',
    name: os.id,
    downloadLocation: NOASSERTION,
    filesAnalyzed: false,
    licenseConcluded: NOASSERTION,
    licenseDeclared: NOASSERTION,
    copyrightText: NOASSERTION,
    primaryPackagePurpose: 'OPERATING-SYSTEM',
  };
  if (os.versionId) pkg.versionInfo = os.versionId;
  if (os.homeUrl) pkg.homepage = os.homeUrl;
  if (os.prettyName) pkg.summary = os.prettyName;
  if (os.cpe?.startsWith('cpe:/')) {
    pkg.externalRefs = [
      { referenceCategory: 'SECURITY', referenceType: 'cpe22Type', referenceLocator: os.cpe },
    ];
  } else if (os.cpe?.startsWith('cpe:2.3:')) {
    pkg.externalRefs = [
      { referenceCategory: 'SECURITY', referenceType: 'cpe23Type', referenceLocator: os.cpe },
    ];
  }
  return pkg;
}

export function toSpdx(packages: Package[], os: OsRelease | undefined, subject: Subject): SpdxDocument {
  const extracted = new Map<string, NonNullable<SpdxDocument['hasExtractedLicensingInfos']>[number]>();
  const licenseRef = (declared: string) => {
    const id = `LicenseRef-${idString(declared).slice(0, 40) || 'declared'}-${hash(declared, 8)}`;
    extracted.set(id, {
      licenseId: id,
      extractedText: declared,
      name: declared.length > 80 ? `${declared.slice(0, 77)}...` : declared,
      comment:
        'The license as the package declares it; it is not an expression of SPDX License List identifiers.',
    });
    return id;
  };

  const image: SpdxPackage = {
    SPDXID: 'SPDXRef-Image',
    name: subject.imageName,
    versionInfo: subject.digest,
    downloadLocation: NOASSERTION,
    filesAnalyzed: false,
    licenseConcluded: NOASSERTION,
    licenseDeclared: NOASSERTION,
    copyrightText: NOASSERTION,
    checksums: [
      { algorithm: subject.algorithm === 'sha256' ? 'SHA256' : 'SHA512', checksumValue: subject.hex },
    ],
    primaryPackagePurpose: 'CONTAINER',
  };
  if (subject.purl) {
    image.externalRefs = [
      { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: subject.purl },
    ];
  }

  const contained = packages.map((pkg): SpdxPackage => {
    const spdx: SpdxPackage = {
      SPDXID: `SPDXRef-Package-${pkg.type}-${idString(pkg.name)}-${hash(pkg.purl, 12)}`,
      name: pkg.name,
      versionInfo: pkg.version,
      supplier: spdxSupplier(pkg.supplier),
      downloadLocation: NOASSERTION,
      filesAnalyzed: false,
      licenseConcluded: NOASSERTION,
      licenseDeclared: pkg.license
        ? (pkg.license.expression ?? licenseRef(pkg.license.declared))
        : NOASSERTION,
      copyrightText: NOASSERTION,
      externalRefs: [
        { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: pkg.purl },
      ],
      primaryPackagePurpose: 'LIBRARY',
    };
    if (pkg.homepage) spdx.homepage = pkg.homepage;
    if (pkg.source) {
      spdx.sourceInfo = `built package from: ${pkg.source.name}${pkg.source.version ? ` ${pkg.source.version}` : ''}`;
    }
    if (pkg.summary) spdx.summary = pkg.summary;
    return spdx;
  });
  const osPkg = os ? [osPackage(os)] : [];

  const document: SpdxDocument = {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: `${subject.imageName}@${subject.digest}`,
    documentNamespace: documentNamespace(subject),
    creationInfo: {
      created: subject.created,
      creators: [`Tool: osimg-${VERSION}`],
      licenseListVersion: SPDX_LICENSE_LIST_VERSION.split('.').slice(0, 2).join('.'),
    },
    packages: [image, ...osPkg, ...contained],
    relationships: [
      { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: image.SPDXID },
      ...[...osPkg, ...contained].map((pkg) => ({
        spdxElementId: image.SPDXID,
        relationshipType: 'CONTAINS' as const,
        relatedSpdxElement: pkg.SPDXID,
      })),
    ],
  };
  if (extracted.size > 0) {
    document.hasExtractedLicensingInfos = [...extracted.values()].sort((a, b) =>
      a.licenseId < b.licenseId ? -1 : 1,
    );
  }
  return document;
}
