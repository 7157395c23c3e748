/** The package model every database reader produces, and package URLs (purl) for it. */
import type { License } from './license.js';

export type PackageType = 'deb' | 'rpm' | 'apk';

export interface Supplier {
  kind: 'Person' | 'Organization';
  name: string;
  email?: string;
}

/** A package as a database reader finds it, before it is placed in a distribution (purl). */
export interface PackageRecord {
  type: PackageType;
  name: string;
  /** As the package manager prints it: deb "1:2.38.1-5+b1", rpm "[epoch:]version-release", apk "1.2.4-r2". */
  version: string;
  arch?: string;
  /** rpm only: the EPOCH tag, when the package has one (deb epochs are part of the version). */
  epoch?: number;
  license?: License;
  /** The source package: deb Source, rpm SOURCERPM (a file name, no version), apk origin. */
  source?: { name: string; version?: string };
  supplier?: Supplier;
  homepage?: string;
  summary?: string;
  /** The database it was read from, e.g. "/var/lib/dpkg/status". */
  foundIn: string;
}

export interface Package extends PackageRecord {
  purl: string;
}

/** Percent-encoding per the purl spec: only ALPHA DIGIT . - _ ~ (and ':' outside the scheme) stay as they are. */
export function purlEncode(text: string): string {
  return encodeURIComponent(text)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%3A/g, ':');
}

export function formatPurl(parts: {
  type: string;
  namespace?: string;
  name: string;
  version?: string;
  qualifiers?: Record<string, string | undefined>;
}): string {
  let purl = `pkg:${parts.type}/`;
  if (parts.namespace) purl += `${parts.namespace.split('/').map(purlEncode).join('/')}/`;
  purl += purlEncode(parts.name);
  if (parts.version) purl += `@${purlEncode(parts.version)}`;
  const qualifiers = Object.entries(parts.qualifiers ?? {})
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key.toLowerCase()}=${purlEncode(value)}`);
  if (qualifiers.length > 0) purl += `?${qualifiers.join('&')}`;
  return purl;
}

/**
 * The purl of a package in a distribution (namespace: the os-release ID, e.g. "debian", "fedora", "alpine";
 * distro: e.g. "debian-12"). Qualifiers in canonical (sorted) order.
 */
export function packagePurl(record: PackageRecord, vendor: string, distro: string | undefined): string {
  const lowerName = record.type === 'deb' || record.type === 'apk';
  const version =
    record.type === 'rpm' && record.epoch !== undefined
      ? record.version.slice(record.version.indexOf(':') + 1)
      : record.version;
  return formatPurl({
    type: record.type,
    namespace: vendor.toLowerCase(),
    name: lowerName ? record.name.toLowerCase() : record.name,
    version,
    qualifiers: {
      arch: record.arch,
      distro,
      epoch: record.type === 'rpm' && record.epoch !== undefined ? String(record.epoch) : undefined,
    },
  });
}

/** "Jane Doe <jane@example.org>" → name and e-mail. */
export function parseContact(text: string, kind: Supplier['kind']): Supplier | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  const match = /^(.*?)\s*<([^<>]*)>$/.exec(trimmed);
  if (!match) return { kind, name: trimmed };
  const name = match[1]!.trim() || match[2]!.trim();
  return match[2]!.trim() ? { kind, name, email: match[2]!.trim() } : { kind, name };
}
