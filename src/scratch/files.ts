/**
 * Atomic writes and private scratch directories: the only way osimg makes files it might not finish.
 * A file is written under a private hidden name in its own directory, flushed, then renamed into place,
 * so a reader sees it whole or not at all; the partial name is registered until the rename.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { trackPath } from './registry.js';

/** A hidden, unguessable sibling name for writing `path`, renamed into place only when complete. */
export function partialName(path: string): string {
  return join(dirname(path), `.${basename(path)}.partial-${process.pid}-${randomBytes(4).toString('hex')}`);
}

export interface AtomicOptions {
  /** Create the parent directory first (default: it must exist). */
  createDirectory?: boolean;
}

/** Writes `path` through a partial name: whole, or absent (the partial is removed on any failure). */
export async function writeAtomically(
  path: string,
  write: (partial: string) => Promise<void>,
  options: AtomicOptions = {},
): Promise<void> {
  if (options.createDirectory) await mkdir(dirname(path), { recursive: true });
  const partial = partialName(path);
  const release = trackPath(partial);
  try {
    await write(partial);
    await flush(partial);
    await rename(partial, path);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    release();
  }
}

/** Writes text or bytes atomically; a failure is osimg's one sentence naming the file. */
export async function writeFileAtomically(
  path: string,
  content: string | Uint8Array,
  options: AtomicOptions & { mode?: number } = {},
): Promise<void> {
  try {
    await writeAtomically(
      path,
      async (partial) => {
        const handle = await open(partial, 'wx', options.mode ?? 0o644);
        try {
          await handle.writeFile(content);
        } finally {
          await handle.close();
        }
      },
      options,
    );
  } catch (error) {
    throw new ConfigurationError(`cannot write ${path}: ${describeFsError(error)}`, { cause: error });
  }
}

async function flush(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied; choose a path you can write';
  if (code === 'ENOENT') return 'its directory does not exist; create it or choose another path';
  if (code === 'ENOSPC') return 'the disk is full';
  if (code === 'EISDIR') return 'it is a directory';
  return (error as Error).message;
}

/**
 * A private directory (mkdtemp, 0700) for an output with no path of its own (a default console log):
 * never a fixed name in a shared directory. Not registered: it is what the run leaves for the user.
 */
export async function makeOutputDir(parent: string, prefix: string): Promise<string> {
  try {
    return await mkdtemp(join(parent, prefix));
  } catch (error) {
    throw new ConfigurationError(`cannot make a directory in ${parent}: ${describeFsError(error)}`, {
      cause: error,
    });
  }
}

/** Opens `path` for writing now, so a path that cannot be written fails as one sentence before any work. */
export async function checkWritable(path: string, what: string): Promise<void> {
  try {
    await (await open(path, 'w', 0o644)).close();
  } catch (error) {
    throw new ConfigurationError(`cannot write the ${what} ${path}: ${describeFsError(error)}`, {
      cause: error,
    });
  }
}

export interface Scratch {
  path: string;
  /** Removes the directory and everything in it. */
  remove(): Promise<void>;
}

/**
 * A private scratch directory (mkdtemp: a fresh unguessable name, mode 0700) under `parent`, registered
 * so that an interruption or the next run's sweep removes it.
 */
export async function makeScratch(parent: string, prefix: string): Promise<Scratch> {
  let path: string;
  try {
    path = await mkdtemp(join(parent, prefix));
  } catch (error) {
    throw new ConfigurationError(`cannot make a scratch directory in ${parent}: ${describeFsError(error)}`, {
      cause: error,
    });
  }
  const release = trackPath(path);
  return {
    path,
    remove: async () => {
      await rm(path, { recursive: true, force: true, maxRetries: 2 });
      release();
    },
  };
}
