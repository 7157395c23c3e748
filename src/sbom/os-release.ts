/**
 * /etc/os-release (falling back to /usr/lib/os-release), as os-release(5) defines it: KEY=value lines,
 * values optionally in single or double quotes with shell-style backslash escapes, `#` comments.
 */
import type { Rootfs } from './rootfs.js';

export interface OsRelease {
  /** ID, lower case ("debian", "fedora", "centos", "alpine"); "linux" when the file does not say. */
  id: string;
  idLike: string[];
  versionId?: string;
  versionCodename?: string;
  name?: string;
  prettyName?: string;
  /** CPE_NAME, e.g. "cpe:/o:fedoraproject:fedora:41". */
  cpe?: string;
  homeUrl?: string;
  /** The file it was read from. */
  path: string;
}

export const OS_RELEASE_PATHS = ['/etc/os-release', '/usr/lib/os-release'];

function unquote(raw: string): string {
  const value = raw.trim();
  const quote = value[0];
  if ((quote === '"' || quote === "'") && value.length >= 2 && value.endsWith(quote)) {
    const inner = value.slice(1, -1);
    return quote === "'" ? inner : inner.replace(/\\([$"\\`])/g, '$1');
  }
  return value.replace(/\\(.)/g, '$1');
}

/** The variables of an os-release file. Never throws: lines that are not assignments are ignored. */
export function parseOsReleaseVariables(text: string): Map<string, string> {
  const variables = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (match) variables.set(match[1]!, unquote(match[2]!));
  }
  return variables;
}

export function parseOsRelease(text: string, path = OS_RELEASE_PATHS[0]!): OsRelease {
  const vars = parseOsReleaseVariables(text);
  const get = (key: string) => {
    const value = vars.get(key);
    return value ? value : undefined;
  };
  const release: OsRelease = {
    id: (get('ID') ?? 'linux').toLowerCase(),
    idLike: (get('ID_LIKE') ?? '').split(/\s+/).filter(Boolean),
    path,
  };
  const optional = {
    versionId: get('VERSION_ID'),
    versionCodename: get('VERSION_CODENAME'),
    name: get('NAME'),
    prettyName: get('PRETTY_NAME'),
    cpe: get('CPE_NAME'),
    homeUrl: get('HOME_URL'),
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) (release as unknown as Record<string, string>)[key] = value;
  }
  return release;
}

/** The image's OS release, or undefined when it has neither file. */
export async function readOsRelease(root: Rootfs): Promise<OsRelease | undefined> {
  for (const path of OS_RELEASE_PATHS) {
    const text = await root.readText(path);
    if (text !== undefined) return parseOsRelease(text, path);
  }
  return undefined;
}

/** The purl `distro` qualifier: "debian-12", "fedora-41", "alpine-3.19.1"; the codename when there is no version. */
export function distroQualifier(os: OsRelease | undefined): string | undefined {
  if (!os) return undefined;
  const version = os.versionId ?? os.versionCodename;
  return version ? `${os.id}-${version}` : undefined;
}
