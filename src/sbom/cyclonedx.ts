/**
 * CycloneDX 1.6 JSON: the image as metadata.component (type container, with its digest), its operating
 * system as an operating-system component, and every installed package as a library component.
 */
import { VERSION } from '../version.js';
import type { Package, Supplier } from './model.js';
import type { OsRelease } from './os-release.js';
import { uuidFromName, type Subject } from './subject.js';

interface Property {
  name: string;
  value: string;
}

type Licenses = Array<{ license: { id: string } | { name: string } }> | [{ expression: string }];

export interface CdxComponent {
  type: 'container' | 'operating-system' | 'library' | 'application';
  'bom-ref'?: string;
  supplier?: { name: string; contact?: Array<{ email: string }> };
  name: string;
  version?: string;
  description?: string;
  hashes?: Array<{ alg: 'SHA-256' | 'SHA-512'; content: string }>;
  licenses?: Licenses;
  cpe?: string;
  purl?: string;
  externalReferences?: Array<{ type: 'website'; url: string }>;
  properties?: Property[];
}

export interface CycloneDxBom {
  bomFormat: 'CycloneDX';
  specVersion: '1.6';
  serialNumber: string;
  version: 1;
  metadata: { timestamp: string; tools: { components: CdxComponent[] }; component: CdxComponent };
  components: CdxComponent[];
  dependencies: Array<{ ref: string; dependsOn: string[] }>;
}

export function cdxLicenses(pkg: Package): Licenses | undefined {
  const license = pkg.license;
  if (!license) return undefined;
  if (license.expression === undefined) return [{ license: { name: license.declared } }];
  if (/^[A-Za-z0-9.-]+$/.test(license.expression)) return [{ license: { id: license.expression } }];
  return [{ expression: license.expression }];
}

function supplier(value: Supplier | undefined): CdxComponent['supplier'] | undefined {
  if (!value) return undefined;
  return value.email ? { name: value.name, contact: [{ email: value.email }] } : { name: value.name };
}

function libraryComponent(pkg: Package): CdxComponent {
  const component: CdxComponent = {
    type: 'library',
    'bom-ref': pkg.purl,
    name: pkg.name,
    version: pkg.version,
  };
  const vendor = supplier(pkg.supplier);
  if (vendor) component.supplier = vendor;
  if (pkg.summary) component.description = pkg.summary;
  const licenses = cdxLicenses(pkg);
  if (licenses) component.licenses = licenses;
  component.purl = pkg.purl;
  if (pkg.homepage && /^[a-z][a-z0-9+.-]*:\S+$/i.test(pkg.homepage)) {
    component.externalReferences = [{ type: 'website', url: pkg.homepage }];
  }
  const properties: Property[] = [{ name: 'osimg:package:type', value: pkg.type }];
  if (pkg.arch) properties.push({ name: 'osimg:package:arch', value: pkg.arch });
  if (pkg.epoch !== undefined) properties.push({ name: 'osimg:package:epoch', value: String(pkg.epoch) });
  if (pkg.source) {
    properties.push({ name: 'osimg:package:source', value: pkg.source.name });
    if (pkg.source.version)
      properties.push({ name: 'osimg:package:source-version', value: pkg.source.version });
  }
  if (
    pkg.license &&
    pkg.license.expression !== undefined &&
    pkg.license.declared !== pkg.license.expression
  ) {
    properties.push({ name: 'osimg:package:license-declared', value: pkg.license.declared });
  }
  properties.push({ name: 'osimg:package:database', value: pkg.foundIn });
  component.properties = properties;
  return component;
}

function osComponent(os: OsRelease): CdxComponent {
  const component: CdxComponent = { type: 'operating-system', 'bom-ref': `os:${os.id}`, name: os.id };
  if (os.versionId) component.version = os.versionId;
  if (os.prettyName) component.description = os.prettyName;
  if (os.cpe) component.cpe = os.cpe;
  if (os.homeUrl && /^[a-z][a-z0-9+.-]*:\S+$/i.test(os.homeUrl)) {
    component.externalReferences = [{ type: 'website', url: os.homeUrl }];
  }
  return component;
}

export function toCycloneDx(packages: Package[], os: OsRelease | undefined, subject: Subject): CycloneDxBom {
  const imageRef = subject.purl ?? `image:${subject.digest}`;
  const image: CdxComponent = {
    type: 'container',
    'bom-ref': imageRef,
    name: subject.imageName,
    version: subject.digest,
    hashes: [{ alg: subject.algorithm === 'sha256' ? 'SHA-256' : 'SHA-512', content: subject.hex }],
  };
  if (subject.purl) image.purl = subject.purl;
  const components = [...(os ? [osComponent(os)] : []), ...packages.map(libraryComponent)];
  return {
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber: `urn:uuid:${uuidFromName(`cyclonedx:${subject.digest}`)}`,
    version: 1,
    metadata: {
      timestamp: subject.created,
      tools: { components: [{ type: 'application', name: 'osimg', version: VERSION }] },
      component: image,
    },
    components,
    dependencies: [{ ref: imageRef, dependsOn: components.map((component) => component['bom-ref']!) }],
  };
}
