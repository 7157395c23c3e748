/**
 * Debian packages: /var/lib/dpkg/status (and the /var/lib/dpkg/status.d/ files of distroless images), with
 * licenses from machine-readable (DEP-5) /usr/share/doc/<package>/copyright files.
 */
import { ConfigurationError } from '../errors.js';
import { parseParagraphs } from './control.js';
import { allOf, dep5Expression, type License } from './license.js';
import { parseContact, type PackageRecord } from './model.js';
import type { Rootfs } from './rootfs.js';

export const DPKG_STATUS = '/var/lib/dpkg/status';
export const DPKG_STATUS_D = '/var/lib/dpkg/status.d';

/**
 * The installed packages of a dpkg status file. A package counts as installed when its Status says
 * "installed" (whatever is wanted of it: "install", "hold" or "deinstall"), or when it has no Status at
 * all (distroless status.d files are bare control files). Other states (config-files, half-installed,
 * unpacked, not-installed) are left out. Malformed text is a ConfigurationError naming `file:line`.
 */
export function parseDpkgStatus(text: string, file = DPKG_STATUS): PackageRecord[] {
  const records: PackageRecord[] = [];
  for (const { fields, line } of parseParagraphs(text, file)) {
    const status = fields.get('status');
    if (status !== undefined && status.split(/\s+/)[2] !== 'installed') continue;
    const name = fields.get('package');
    const version = fields.get('version');
    if (!name) throw new ConfigurationError(`${file}:${line}: package entry without a Package field`);
    if (!version) throw new ConfigurationError(`${file}:${line}: installed package ${name} has no Version`);
    const record: PackageRecord = { type: 'deb', name, version, foundIn: file };
    const arch = fields.get('architecture');
    if (arch) record.arch = arch;
    const source = fields.get('source');
    if (source) {
      // "Source: gcc-12" or "Source: util-linux (2.38.1-5)" when the source version differs.
      const match = /^(\S+)(?:\s+\((\S+)\))?/.exec(source);
      if (match) record.source = match[2] ? { name: match[1]!, version: match[2] } : { name: match[1]! };
    }
    const maintainer = fields.get('maintainer');
    const supplier = maintainer ? parseContact(maintainer, maintainerKind(maintainer)) : undefined;
    if (supplier) record.supplier = supplier;
    const homepage = fields.get('homepage');
    if (homepage) record.homepage = homepage;
    const summary = fields.get('description')?.split('\n')[0]?.trim();
    if (summary) record.summary = summary;
    records.push(record);
  }
  return records;
}

/** Debian maintainers are people or teams ("Debian GNOME Maintainers", "util-linux packagers"). */
function maintainerKind(maintainer: string): 'Person' | 'Organization' {
  return /\b(maintainers?|packagers|team|project|developers|group|debian)\b/i.test(
    maintainer.replace(/<[^>]*>/, ''),
  )
    ? 'Organization'
    : 'Person';
}

const DEP5_FORMAT =
  /^\s*(https?:\/\/www\.debian\.org\/doc\/packaging-manuals\/copyright-format\/|https?:\/\/dep\.debian\.net\/deps\/dep5)/i;

/**
 * The License names of a machine-readable (DEP-5) copyright file, undefined when the file is not one.
 * Only each License field's first line counts (the rest is the license text).
 */
export function dep5Licenses(text: string): string[] | undefined {
  const paragraphs = parseParagraphs(text, 'copyright', false);
  const header = paragraphs[0]?.fields;
  const format = header?.get('format') ?? header?.get('format-specification');
  if (format === undefined || !DEP5_FORMAT.test(format)) return undefined;
  const names = paragraphs
    .map((paragraph) => paragraph.fields.get('license')?.split('\n')[0]?.trim())
    .filter((name): name is string => Boolean(name));
  return [...new Set(names)].sort();
}

/** A package's license from its DEP-5 copyright names: an SPDX expression when every name maps to one. */
export function dep5License(names: string[]): License | undefined {
  if (names.length === 0) return undefined;
  const declared = names.join(', ');
  const expressions = names.map(dep5Expression);
  if (expressions.some((expression) => expression === undefined)) return { declared };
  return { declared, expression: allOf(expressions as string[])! };
}

async function addLicenses(root: Rootfs, records: PackageRecord[]): Promise<void> {
  await Promise.all(
    records.map(async (record) => {
      const text = await root.readText(`/usr/share/doc/${record.name}/copyright`);
      const names = text === undefined ? undefined : dep5Licenses(text);
      const license = names && dep5License(names);
      if (license) record.license = license;
    }),
  );
}

/** The dpkg database of an image: undefined when it has none. */
export async function readDpkg(root: Rootfs): Promise<PackageRecord[] | undefined> {
  const status = await root.readText(DPKG_STATUS);
  const parts = await root.list(DPKG_STATUS_D);
  if (status === undefined && parts === undefined) return undefined;
  const records = status === undefined ? [] : parseDpkgStatus(status, DPKG_STATUS);
  for (const part of parts ?? []) {
    // distroless also keeps <package>.md5sums files there.
    if (part.endsWith('.md5sums') || part.startsWith('.')) continue;
    const path = `${DPKG_STATUS_D}/${part}`;
    const text = await root.readText(path);
    if (text !== undefined) records.push(...parseDpkgStatus(text, path));
  }
  await addLicenses(root, records);
  return records;
}
