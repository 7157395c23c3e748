/**
 * Console patterns: the ordered `expect` list, the `fail-on` list and their defaults. A pattern line may
 * start with `within=SECONDS ` to give that assertion its own deadline (counted from qemu's start).
 */
import { ConfigurationError } from '../errors.js';

/** systemd's "Reached target ... Multi-User System." or a getty's login prompt. */
export const DEFAULT_EXPECT = String.raw`Reached target .*Multi-User System|^\S+ login: ?$`;

/**
 * What fails a boot at once, whatever the image: kernel panics and oopses, systemd's emergency mode and
 * failed units, an initramfs that gives up on the root device, the OOM killer, crashing processes.
 */
export const DEFAULT_FAIL_ON: readonly string[] = [
  String.raw`Kernel panic`,
  String.raw`Entering emergency mode|You are in emergency mode`,
  String.raw`Failed to start `,
  String.raw`Dependency failed for`,
  String.raw`Out of memory: Kill`,
  String.raw`segfault at [0-9a-f]+ ip `,
  String.raw`Gave up waiting for (?:root|suspend/resume) (?:file system )?device`,
  String.raw`Dropping to a shell`,
  String.raw`BUG: (?:unable to handle|kernel NULL pointer)`,
];

export interface ConsolePattern {
  /** The pattern as the user wrote it (without the within= prefix). */
  source: string;
  regex: RegExp;
  /** The assertion's own deadline in ms after qemu started; unset = the overall timeout. */
  withinMs?: number;
}

const WITHIN = /^within=(\d+)(?:s)?\s+/;

/** Splits an optional `within=SECONDS ` prefix off an assertion line. */
export function splitWithin(line: string, name: string): { rest: string; withinMs?: number } {
  const match = WITHIN.exec(line);
  if (!match) return { rest: line };
  const seconds = Number(match[1]);
  if (seconds <= 0)
    throw new ConfigurationError(`${name}: within= must be a positive number of seconds in "${line}"`);
  return { rest: line.slice(match[0].length), withinMs: seconds * 1000 };
}

export function compilePattern(source: string, name: string): RegExp {
  try {
    return new RegExp(source);
  } catch (error) {
    throw new ConfigurationError(
      `${name}: "${source}" is not a valid regular expression (${(error as Error).message}); write one JavaScript regex per line`,
      { cause: error },
    );
  }
}

/** One pattern per line (a regex may contain commas, so lines only); blank and `#` lines dropped. */
export function patternLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'));
}

export function parsePatterns(text: string, name: string): ConsolePattern[] {
  return patternLines(text).map((line) => {
    const { rest, withinMs } = splitWithin(line, name);
    return { source: rest, regex: compilePattern(rest, name), withinMs };
  });
}

export function expectPatterns(text: string, name: string): ConsolePattern[] {
  const patterns = parsePatterns(text, name);
  return patterns.length > 0 ? patterns : [{ source: DEFAULT_EXPECT, regex: new RegExp(DEFAULT_EXPECT) }];
}

export function failOnPatterns(text: string, name: string, withDefaults: boolean): ConsolePattern[] {
  const extra = parsePatterns(text, name);
  for (const pattern of extra) {
    if (pattern.withinMs !== undefined)
      throw new ConfigurationError(
        `${name}: within= does not apply to fail-on patterns (they apply all along)`,
      );
  }
  const defaults = withDefaults
    ? DEFAULT_FAIL_ON.map((source) => ({ source, regex: new RegExp(source) }))
    : [];
  return [...defaults, ...extra];
}
