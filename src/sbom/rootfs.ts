/**
 * Reading files of an image's root filesystem unpacked in a directory, as a process chrooted there would:
 * symbolic links resolve inside the root (an absolute target is taken from the root, `..` stops at it), so a
 * link such as /etc/os-release → /usr/lib/os-release never reads the host's file.
 */
import { lstat, readFile, readdir, readlink } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { OsimgError } from '../errors.js';

const MAX_LINKS = 40; // as Linux's MAXSYMLINKS

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP';
}

export class Rootfs {
  /** Resolved in-root paths of the directories and files looked up so far (undefined: does not exist). */
  private readonly resolved = new Map<string, Promise<string | undefined>>();

  constructor(readonly dir: string) {}

  /** The host path of an in-root path after resolving its links inside the root; undefined when missing. */
  async resolve(path: string): Promise<string | undefined> {
    const inRoot = await this.resolveInRoot(posix.normalize(`/${path}`), 0);
    return inRoot === undefined ? undefined : join(this.dir, inRoot);
  }

  private resolveInRoot(path: string, links: number): Promise<string | undefined> {
    if (path === '/') return Promise.resolve('/');
    // Only lookups outside a chain of links are memoised (and reused): a link loop must count up to the
    // limit, never wait on its own pending lookup.
    if (links > 0) return this.resolveUncached(path, links);
    let result = this.resolved.get(path);
    if (!result) {
      result = this.resolveUncached(path, 0);
      this.resolved.set(path, result);
    }
    return result;
  }

  private async resolveUncached(path: string, links: number): Promise<string | undefined> {
    const parent = await this.resolveInRoot(posix.dirname(path), links);
    if (parent === undefined) return undefined;
    const candidate = posix.join(parent, posix.basename(path));
    try {
      const stats = await lstat(join(this.dir, candidate));
      if (!stats.isSymbolicLink()) return candidate;
      if (links >= MAX_LINKS) return undefined;
      const target = await readlink(join(this.dir, candidate));
      const next = posix.normalize(target.startsWith('/') ? target : posix.join(parent, target));
      return await this.resolveInRoot(next, links + 1);
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw this.ioError(path, error);
    }
  }

  private ioError(path: string, error: unknown): OsimgError {
    return new OsimgError(
      `cannot read ${path} in the image's root filesystem ${this.dir}: ${(error as Error).message}`,
      {
        code: 'CONFIGURATION',
        cause: error,
      },
    );
  }

  /** The contents of an in-root file, or undefined when it does not exist (or is not a file). */
  async read(path: string): Promise<Buffer | undefined> {
    const host = await this.resolve(path);
    if (host === undefined) return undefined;
    try {
      return await readFile(host);
    } catch (error) {
      if (isMissing(error) || (error as NodeJS.ErrnoException).code === 'EISDIR') return undefined;
      throw this.ioError(path, error);
    }
  }

  async readText(path: string): Promise<string | undefined> {
    return (await this.read(path))?.toString('utf8');
  }

  /** Whether an in-root path exists (after links). */
  async exists(path: string): Promise<boolean> {
    return (await this.resolve(path)) !== undefined;
  }

  /** The sorted names in an in-root directory; undefined when it does not exist. */
  async list(path: string): Promise<string[] | undefined> {
    const host = await this.resolve(path);
    if (host === undefined) return undefined;
    try {
      return (await readdir(host)).sort();
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw this.ioError(path, error);
    }
  }
}
