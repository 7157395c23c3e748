/**
 * Reading a file a user points osimg at (Containerfile, manifest, policy, ignores, key, trivy report …)
 * with a size limit that holds before the file is in memory: a 93 MB ignores file is refused by its size,
 * not parsed. The limits are documented in docs/limits.md.
 */
import { open, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ConfigurationError, quoteInput } from './errors.js';

const KiB = 1024;
const MiB = 1024 * KiB;

/** The largest file of each kind osimg reads (bytes). */
export const INPUT_LIMITS = {
  containerfile: 1 * MiB,
  manifest: 1 * MiB,
  policy: 1 * MiB,
  ignores: 1 * MiB,
  key: 64 * KiB,
  trustedRoot: 1 * MiB,
  trivyReport: 128 * MiB,
  registryAuth: 1 * MiB,
  rebuildIndex: 16 * MiB,
  predicate: 16 * MiB,
} as const;

export type InputKind = keyof typeof INPUT_LIMITS;

function describeSize(bytes: number): string {
  return bytes >= MiB ? `${Math.round((bytes / MiB) * 10) / 10} MiB` : `${Math.ceil(bytes / KiB)} KiB`;
}

/** The sentence for a file over its limit (also used by callers that get text another way). */
export function tooLarge(what: string, kind: InputKind, size?: number): ConfigurationError {
  const limit = INPUT_LIMITS[kind];
  return new ConfigurationError(
    `${what} is ${size === undefined ? 'larger than' : `${describeSize(size)}, over`} osimg's ${describeSize(limit)} limit for ${kind} files (docs/limits.md): check that it is the right file`,
  );
}

/**
 * The file as UTF-8 text, refused with one sentence when it is larger than its kind's limit. The size is
 * checked before reading, and the read itself stops one byte past the limit (a FIFO or a growing file
 * has no size to check). Errors from opening (missing file, permissions) are the caller's to word.
 */
export async function readInputFile(path: string, kind: InputKind, what = path): Promise<string> {
  const limit = INPUT_LIMITS[kind];
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size > limit) throw tooLarge(what, kind, size);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(64 * KiB, limit + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit) throw tooLarge(what, kind);
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } finally {
    await handle.close();
  }
}

/**
 * An output path the user named must sit in a directory that exists: osimg does not create directories
 * it was not asked for (a typo would otherwise make `/nonexistent/dir/…`). Checked before any work.
 */
export async function requireParentDirectory(path: string, what: string): Promise<void> {
  const parent = dirname(path);
  const info = await stat(parent).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new ConfigurationError(
      `${what} ${quoteInput(path)} is in ${quoteInput(parent)}, which is not an existing directory: create it first or choose another path`,
    );
  }
}

/** Deeper flow nesting (`{`/`[` inside each other) than any real file has; the YAML parser slows on it. */
export const MAX_YAML_NESTING = 64;

/**
 * Refuses YAML whose brackets nest deeper than MAX_YAML_NESTING before it reaches the parser (a few KB of
 * `{{{{` cost the yaml library seconds). A rough linear scan: quoted text and comments are skipped, and
 * brackets in block scalars count too, which is harmless at this depth.
 */
export function checkYamlNesting(text: string, what: string): void {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"') i++;
      else if (c === '\n' && quote === "'") quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    } else if (c === '{' || c === '[') {
      if (++depth > MAX_YAML_NESTING) {
        throw new ConfigurationError(
          `${what} nests brackets more than ${MAX_YAML_NESTING} levels deep: check that it is the right file`,
        );
      }
    } else if ((c === '}' || c === ']') && depth > 0) depth--;
  }
}
