/**
 * Parsing user-supplied values the same way in the action and the CLI: lists, KEY=VALUE maps, booleans,
 * integers. Errors name the input and say what form is expected.
 */
import { ConfigurationError } from './errors.js';

/** Newline- or comma-separated; blank items and `#` comment lines dropped. */
export function parseList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .filter((line) => !line.trim().startsWith('#'))
    .flatMap((line) => line.split(','))
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/** One KEY=VALUE per line (the value may contain '=' and commas); blank and `#` lines dropped. */
export function parseKeyValues(text: string, name: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    const key = eq > 0 ? line.slice(0, eq).trim() : '';
    if (!key || /\s/.test(key)) {
      throw new ConfigurationError(`${name}: "${line}" is not KEY=VALUE; write one KEY=VALUE per line`);
    }
    result[key] = line.slice(eq + 1);
  }
  return result;
}

export function parseBoolean(text: string, name: string, fallback: boolean): boolean {
  const value = text.trim().toLowerCase();
  if (value === '') return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new ConfigurationError(`${name} must be true or false, not "${text}"`);
}

export function parseInteger(
  text: string,
  name: string,
  range: { min?: number; max?: number } = {},
): number | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  const min = range.min ?? Number.MIN_SAFE_INTEGER;
  const max = range.max ?? Number.MAX_SAFE_INTEGER;
  if (!/^-?\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new ConfigurationError(`${name} must be a whole number from ${min} to ${max}, not "${text}"`);
  }
  return Number(value);
}

export function parseChoice<T extends string>(
  text: string,
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  const value = text.trim();
  if (value === '') return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new ConfigurationError(`${name} must be one of ${choices.join(', ')}, not "${text}"`);
}

/** Text made safe for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}
