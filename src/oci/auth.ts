/**
 * Registry credentials: WWW-Authenticate challenges (Basic and Bearer token auth), and the auth files that
 * `podman login`, `buildah login` and `docker login` write, so a prior login step is honoured.
 */
import { ConfigurationError } from '../errors.js';
import { DOCKER_HUB } from './reference.js';
import { readInputFile } from '../input-file.js';

export interface Credentials {
  username: string;
  password: string;
}

export interface Challenge {
  scheme: 'basic' | 'bearer';
  params: Record<string, string>;
}

/** Parses `Bearer realm="...",service="...",scope="..."` or `Basic realm="..."`. */
export function parseChallenge(value: string | undefined): Challenge | undefined {
  if (!value) return undefined;
  const match = /^\s*(\w+)\s*(.*)$/s.exec(value);
  if (!match) return undefined;
  const scheme = match[1]!.toLowerCase();
  if (scheme !== 'basic' && scheme !== 'bearer') return undefined;
  const params: Record<string, string> = {};
  // (?<!\w): a name starts at a word boundary, which keeps this linear on long garbage.
  for (const param of match[2]!.matchAll(/(?<!\w)(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g)) {
    params[param[1]!.toLowerCase()] = (param[2] ?? param[3] ?? '').replace(/\\(.)/g, '$1');
  }
  return { scheme, params };
}

export function basicAuthorization(credentials: Credentials): string {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
}

/** The keys under which auth files may store a registry (docker keeps Docker Hub under its v1 URL). */
function authKeys(registry: string): string[] {
  const keys = [registry, `https://${registry}`, `http://${registry}`];
  if (registry === DOCKER_HUB)
    keys.push('https://index.docker.io/v1/', 'index.docker.io', 'registry-1.docker.io');
  return keys;
}

/**
 * Looks a registry up in auth files (first match wins). Missing files are skipped; a file that exists but
 * is not valid JSON is an error, because silently ignoring it would push anonymously.
 */
export async function credentialsFromAuthFiles(
  paths: readonly string[],
  registry: string,
): Promise<Credentials | undefined> {
  for (const path of paths) {
    let text: string;
    try {
      text = await readInputFile(path, 'registryAuth', `the registry auth file ${path}`);
    } catch (error) {
      if (error instanceof ConfigurationError) throw error;
      continue;
    }
    let parsed: { auths?: Record<string, { auth?: string; username?: string; password?: string }> };
    try {
      parsed = JSON.parse(text) as typeof parsed;
    } catch (error) {
      throw new ConfigurationError(
        `the auth file ${path} is not valid JSON: fix or delete it, then log in again`,
        {
          cause: error,
        },
      );
    }
    if (
      typeof parsed !== 'object' ||
      parsed === null ||
      (parsed.auths !== undefined && (typeof parsed.auths !== 'object' || parsed.auths === null))
    ) {
      throw new ConfigurationError(
        `the auth file ${path} is not a containers auth file ({"auths": {...}}): fix or delete it`,
      );
    }
    for (const key of authKeys(registry)) {
      const entry = parsed.auths?.[key];
      if (typeof entry !== 'object' || entry === null) continue;
      if (
        typeof entry.username === 'string' &&
        typeof entry.password === 'string' &&
        entry.username &&
        entry.password
      ) {
        return { username: entry.username, password: entry.password };
      }
      if (typeof entry.auth === 'string') {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon > 0) return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
      }
    }
  }
  return undefined;
}

/** An auth file in the containers-auth.json format, for handing credentials to buildah and skopeo. */
export function authFileContent(
  entries: ReadonlyArray<{ registry: string; credentials: Credentials }>,
): string {
  const auths: Record<string, { auth: string }> = {};
  for (const { registry, credentials } of entries) {
    auths[registry] = {
      auth: Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64'),
    };
  }
  return `${JSON.stringify({ auths }, null, 2)}\n`;
}
