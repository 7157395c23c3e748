/**
 * Boot Loader Specification (type #1) entries on the ESP, as systemd-boot reads them: which entry boots,
 * and the same entry with more kernel arguments.
 */

import { Glob, MAX_GLOB_LENGTH } from '../glob.js';

export const ENTRIES_DIR = '/loader/entries';

/** The `default` of loader.conf (a name or a glob, with or without .conf), if any. */
export function loaderDefault(loaderConf: string): string | undefined {
  for (const line of loaderConf.split(/\r?\n/)) {
    const match = /^\s*default\s+(\S+)\s*$/.exec(line);
    if (match) return match[1];
  }
  return undefined;
}

/**
 * The entry file (name in /loader/entries) that boots: loader.conf's default when it names one, else the only
 * entry. Undefined when that cannot be told (no entries, or several and no matching default).
 */
export function pickEntry(entries: readonly string[], loaderConf: string | undefined): string | undefined {
  const confs = entries.filter((name) => name.endsWith('.conf')).sort();
  const wanted = loaderConf ? loaderDefault(loaderConf) : undefined;
  if (wanted) {
    // systemd-boot's glob: `*` and `?` (entry names have no `/`), braces literal; matched in linear time.
    const pattern = new Glob(wanted.length > MAX_GLOB_LENGTH ? '' : wanted, { braces: false });
    const matches = confs.filter((name) => pattern.matches(name) || pattern.matches(name.slice(0, -5)));
    // systemd-boot picks the last match in its (version) order; the name order is the same for osimg's.
    if (matches.length > 0) return matches.at(-1);
  }
  return confs.length === 1 ? confs[0] : undefined;
}

/** The kernel command line of an entry (all `options` lines, joined as systemd-boot does). */
export function entryOptions(entry: string): string {
  return entry
    .split(/\r?\n/)
    .map((line) => /^\s*options\s+(.*?)\s*$/.exec(line)?.[1])
    .filter((options): options is string => options !== undefined)
    .join(' ');
}

/** The entry with `args` appended to its last `options` line (or a new one when it has none). */
export function appendOptions(entry: string, args: readonly string[]): string {
  if (args.length === 0) return entry;
  const lines = entry.replace(/\r?\n$/, '').split(/\r?\n/);
  let last = -1;
  lines.forEach((line, index) => {
    if (/^\s*options\s/.test(line)) last = index;
  });
  if (last >= 0) lines[last] = `${lines[last]!.trimEnd()} ${args.join(' ')}`;
  else lines.push(`options ${args.join(' ')}`);
  return `${lines.join('\n')}\n`;
}
