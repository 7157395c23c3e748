/**
 * Which files to lint: the paths given (files as they are; folders searched for Containerfiles and YAML,
 * skipping dependency, build and hidden folders), reported relative to the root with forward slashes.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { isContainerfileName, isManifestName } from './engine.js';

const SKIP = new Set(['node_modules', 'vendor', 'dist', 'build', 'target']);

export interface FoundFile {
  absolute: string;
  /** Relative to the root, forward slashes: what findings, annotations and SARIF name. */
  path: string;
}

async function walk(dir: string, found: string[]): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || SKIP.has(entry.name)) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, found);
    else if (entry.isFile() && (isContainerfileName(entry.name) || isManifestName(entry.name)))
      found.push(full);
  }
}

export async function findFiles(paths: readonly string[], root: string): Promise<FoundFile[]> {
  const found: string[] = [];
  for (const path of paths.length > 0 ? paths : ['.']) {
    const absolute = resolve(root, path);
    const info = await stat(absolute).catch(() => undefined);
    if (!info)
      throw new ConfigurationError(`${path} does not exist: give a Containerfile, a manifest or a folder`);
    if (info.isDirectory()) await walk(absolute, found);
    else found.push(absolute);
  }
  const unique = [...new Set(found)].sort();
  if (unique.length === 0) {
    throw new ConfigurationError(
      `no Containerfile, Dockerfile or YAML manifest under ${paths.join(', ') || '.'}: point lint at your files`,
    );
  }
  return unique.map((absolute) => ({
    absolute,
    path: relative(root, absolute).split(sep).join('/') || absolute,
  }));
}
