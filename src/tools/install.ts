/**
 * Installing a pinned tool release: download (with @actions/tool-cache's retries on 5xx/408/429), verify the
 * archive's SHA-256 against a value carried in this repository, and only then extract the one binary and put
 * it in a tool store. An archive that does not match is deleted unextracted, so it can never run. Cached
 * installs carry the checksum they were verified against and are reused only when it still matches.
 *
 * Extraction is done here, in-process, and takes exactly one member: no `tar` process, no path traversal,
 * nothing else from the archive lands on disk.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { chmod, cp, mkdir, open, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createGunzip } from 'node:zlib';
import * as tc from '@actions/tool-cache';
import { OsimgError } from '../errors.js';
import type { Logger } from '../log.js';
import { unreachable } from '../net.js';
import { makeScratch } from '../scratch/files.js';

export interface ToolRelease {
  name: string;
  version: string;
  arch: string;
  url: string;
  /** SHA-256 of the archive at `url`, lowercase hex, from a reviewed table in this repository. */
  sha256: string;
  /** Path of the binary inside the .tar.gz. */
  member: string;
}

/** Where verified tools are kept between runs: the runner's tool cache, or a directory for the CLI. */
export interface ToolStore {
  find(name: string, version: string, arch: string): Promise<string | undefined>;
  add(sourceDir: string, name: string, version: string, arch: string): Promise<string>;
}

/** Downloads `url` to the file `dest` (which must not exist), or throws an OsimgError saying why not. */
export type Downloader = (url: string, dest: string) => Promise<void>;

export interface InstallDeps {
  store: ToolStore;
  download: Downloader;
  /** Scratch space for the archive (removed afterwards). */
  tempDir: string;
  log: Logger;
}

const MARKER = '.osimg-sha256';

/** Returns the absolute path of the verified binary. */
export async function installTool(release: ToolRelease, deps: InstallDeps): Promise<string> {
  const binaryName = basename(release.member);
  const cached = await deps.store.find(release.name, release.version, release.arch);
  if (cached && (await readMarker(cached)) === release.sha256 && existsSync(join(cached, binaryName))) {
    deps.log.info(`${release.name} ${release.version}: using the verified copy in ${cached}`);
    return join(cached, binaryName);
  }
  const work = (await makeScratch(deps.tempDir, `osimg-install-${release.name}-`)).path;
  try {
    const archive = join(work, basename(new URL(release.url).pathname) || 'download');
    deps.log.info(`${release.name} ${release.version}: downloading ${release.url}`);
    await deps.download(release.url, archive);
    const actual = await sha256File(archive);
    if (actual !== release.sha256) {
      await rm(archive, { force: true });
      throw new OsimgError(
        `${release.name} ${release.version} from ${release.url} has SHA-256 ${actual}, but the pinned value is ${release.sha256}: ` +
          'the download was tampered with or the release was replaced; it was deleted without being extracted or run',
        { code: 'DIGEST_MISMATCH' },
      );
    }
    const staged = join(work, 'staged');
    await mkdir(staged);
    await extractTarGzMember(archive, release.member, join(staged, binaryName));
    await writeFile(join(staged, MARKER), release.sha256);
    const dir = await deps.store.add(staged, release.name, release.version, release.arch);
    deps.log.info(`${release.name} ${release.version}: SHA-256 verified, installed in ${dir}`);
    return join(dir, binaryName);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function readMarker(dir: string): Promise<string | undefined> {
  return readFile(join(dir, MARKER), 'utf8').then(
    (text) => text.trim(),
    () => undefined,
  );
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The runner's tool cache (RUNNER_TOOL_CACHE), keyed by name, version and arch. */
export function toolCacheStore(): ToolStore {
  return {
    find: async (name, version, arch) => tc.find(name, version, arch) || undefined,
    add: (sourceDir, name, version, arch) => tc.cacheDir(sourceDir, name, version, arch),
  };
}

/** A plain directory (root/name/version/arch), for the CLI outside a runner. */
export function directoryStore(root: string): ToolStore {
  const dirOf = (name: string, version: string, arch: string) => join(root, name, version, arch);
  return {
    find: async (name, version, arch) => {
      const dir = dirOf(name, version, arch);
      return existsSync(join(dir, MARKER)) ? dir : undefined;
    },
    add: async (sourceDir, name, version, arch) => {
      const dir = dirOf(name, version, arch);
      await rm(dir, { recursive: true, force: true });
      await mkdir(dir, { recursive: true });
      await cp(sourceDir, dir, { recursive: true });
      return dir;
    },
  };
}

/** @actions/tool-cache's download (3 attempts, backoff on 5xx, 408 and 429), with errors that say what to fix. */
export const toolCacheDownload: Downloader = async (url, dest) => {
  const why = await unreachable(url);
  if (why) {
    throw new OsimgError(`could not download ${url}: ${why}; this machine looks offline`, {
      code: 'REGISTRY',
    });
  }
  try {
    await tc.downloadTool(url, dest);
  } catch (error) {
    const status = error instanceof tc.HTTPError ? error.httpStatusCode : undefined;
    if (status === 404) {
      throw new OsimgError(`${url} does not exist (HTTP 404): check the version, or the mirror you set`, {
        code: 'NOT_FOUND',
        cause: error,
      });
    }
    const why = status ? `HTTP ${status}` : (error as Error).message;
    throw new OsimgError(`could not download ${url}: ${why} (after retries)`, {
      code: 'REGISTRY',
      cause: error,
    });
  }
};

/**
 * Streams a .tar.gz and writes the single regular file named `member` to `dest` (mode 0755). Understands
 * ustar names with prefixes, GNU long names and pax `path` records.
 */
export async function extractTarGzMember(archive: string, member: string, dest: string): Promise<void> {
  const wanted = normalizeName(member);
  let pending: Buffer = Buffer.alloc(0);
  let longName: string | undefined;
  let entry:
    | {
        name: string;
        type: string;
        remaining: number;
        padding: number;
        out?: Awaited<ReturnType<typeof open>>;
      }
    | undefined;
  let found = false;
  let ended = false;
  try {
    for await (const chunk of createReadStream(archive).pipe(createGunzip())) {
      pending = pending.length ? Buffer.concat([pending, chunk as Buffer]) : (chunk as Buffer);
      while (!ended) {
        if (!entry) {
          if (pending.length < 512) break;
          const header = pending.subarray(0, 512);
          pending = pending.subarray(512);
          if (header.every((byte) => byte === 0)) {
            ended = true;
            break;
          }
          const parsed = parseHeader(header);
          const name = longName ?? parsed.name;
          longName = undefined;
          const isWanted = (parsed.type === '0' || parsed.type === '\0') && normalizeName(name) === wanted;
          entry = {
            name,
            type: parsed.type,
            remaining: parsed.size,
            padding: (512 - (parsed.size % 512)) % 512,
            out: isWanted ? await open(dest, 'w', 0o755) : undefined,
          };
          if (parsed.type === 'L' || parsed.type === 'x') entry.name = '';
          continue;
        }
        const take = Math.min(entry.remaining, pending.length);
        const data = pending.subarray(0, take);
        if (entry.out) await entry.out.write(data);
        else if (entry.type === 'L' || entry.type === 'x') entry.name += data.toString('utf8');
        pending = pending.subarray(take);
        entry.remaining -= take;
        if (entry.remaining > 0 || pending.length < entry.padding) break;
        pending = pending.subarray(entry.padding);
        if (entry.out) {
          await entry.out.close();
          found = true;
          ended = true;
        } else if (entry.type === 'L') longName = entry.name.replace(/\0+$/, '');
        else if (entry.type === 'x') longName = paxPath(entry.name);
        entry = undefined;
      }
      if (ended) break;
    }
  } catch (error) {
    throw new OsimgError(`cannot read ${archive} as a .tar.gz: ${(error as Error).message}`, {
      cause: error,
    });
  } finally {
    await entry?.out?.close().catch(() => undefined);
  }
  if (!found) {
    await rm(dest, { force: true });
    throw new OsimgError(`${archive} has no file "${member}"`);
  }
  await chmod(dest, 0o755);
}

function parseHeader(header: Buffer): { name: string; size: number; type: string } {
  const text = (start: number, length: number) =>
    header.toString('utf8', start, start + length).replace(/\0.*$/s, '');
  const name = text(0, 100);
  const isUstar = header.toString('latin1', 257, 262) === 'ustar';
  const prefix = isUstar ? text(345, 155) : '';
  const sizeText = text(124, 12).trim();
  if ((header[124]! & 0x80) !== 0 || !/^[0-7]*$/.test(sizeText)) {
    throw new Error(`unsupported size field in the entry "${name}"`);
  }
  return {
    name: prefix ? `${prefix}/${name}` : name,
    size: parseInt(sizeText || '0', 8),
    type: String.fromCharCode(header[156]!),
  };
}

/** The `path=` record of a pax extended header ("<len> path=<value>\n" records). */
function paxPath(records: string): string | undefined {
  return /(?:^|\n)\d+ path=([^\n]*)\n/.exec(records)?.[1];
}

function normalizeName(name: string): string {
  return name.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
}
