/**
 * Alpine packages: /lib/apk/db/installed (apk-tools' installed database). One package per blank-line
 * separated block of `X:value` lines: P name, V version, A arch, L license, o origin, U url, m maintainer,
 * T description (others, such as files and checksums, are not needed here).
 */
import { ConfigurationError } from '../errors.js';
import { license } from './license.js';
import { parseContact, type PackageRecord } from './model.js';
import type { Rootfs } from './rootfs.js';

export const APK_INSTALLED = '/lib/apk/db/installed';

export function parseApkInstalled(text: string, file = APK_INSTALLED): PackageRecord[] {
  const records: PackageRecord[] = [];
  let fields = new Map<string, string>();
  let start = 0;
  const end = () => {
    if (fields.size === 0) return;
    const name = fields.get('P');
    const version = fields.get('V');
    if (!name || !version) {
      throw new ConfigurationError(
        `${file}:${start}: package entry without ${name ? 'a V: version' : 'a P: name'}`,
      );
    }
    const record: PackageRecord = { type: 'apk', name, version, foundIn: file };
    const arch = fields.get('A');
    if (arch) record.arch = arch;
    const declared = fields.get('L');
    const parsed = declared === undefined ? undefined : license(declared);
    if (parsed) record.license = parsed;
    const origin = fields.get('o');
    if (origin) record.source = { name: origin };
    const maintainer = fields.get('m');
    const supplier = maintainer ? parseContact(maintainer, 'Person') : undefined;
    if (supplier) record.supplier = supplier;
    const url = fields.get('U');
    if (url) record.homepage = url;
    const summary = fields.get('T');
    if (summary) record.summary = summary;
    records.push(record);
    fields = new Map();
  };
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.endsWith('\r') ? lines[i]!.slice(0, -1) : lines[i]!;
    if (line === '') {
      end();
      continue;
    }
    if (line[1] !== ':')
      throw new ConfigurationError(`${file}:${i + 1}: expected "X:value", found "${line.slice(0, 60)}"`);
    if (fields.size === 0) start = i + 1;
    // Repeated keys (F: folders, R: files) only matter for the first of the fields kept here.
    const key = line[0]!;
    if (!fields.has(key)) fields.set(key, line.slice(2));
  }
  end();
  return records;
}

/** The apk database of an image: undefined when it has none. */
export async function readApk(root: Rootfs): Promise<PackageRecord[] | undefined> {
  const text = await root.readText(APK_INSTALLED);
  return text === undefined ? undefined : parseApkInstalled(text, APK_INSTALLED);
}
