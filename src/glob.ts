/**
 * Glob patterns for paths and image names: `*` (within one segment), `**` (any depth), `?`, `{a,b}`.
 * Compiled once to an anchored RegExp; nothing here touches the file system.
 */
const cache = new Map<string, RegExp>();

export function globToRegExp(pattern: string): RegExp {
  const cached = cache.get(pattern);
  if (cached) return cached;
  let source = '';
  let inBraces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        // `**/` matches zero or more whole segments; a trailing `**` matches the rest.
        i++;
        if (pattern[i + 1] === '/') {
          i++;
          source += '(?:.*/)?';
        } else source += '.*';
      } else source += '[^/]*';
    } else if (c === '?') source += '[^/]';
    else if (c === '{') {
      inBraces++;
      source += '(?:';
    } else if (c === '}' && inBraces > 0) {
      inBraces--;
      source += ')';
    } else if (c === ',' && inBraces > 0) source += '|';
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  source += ')'.repeat(inBraces);
  const regex = new RegExp(`^${source}$`);
  cache.set(pattern, regex);
  return regex;
}

export function matchesGlob(text: string, pattern: string): boolean {
  return globToRegExp(pattern).test(text);
}
