/**
 * Debian control-file syntax (deb-control(5)), shared by /var/lib/dpkg/status and DEP-5 copyright files:
 * paragraphs separated by blank lines, `Field: value` lines, continuation lines starting with a space or tab.
 */
import { ConfigurationError } from '../errors.js';

export interface Paragraph {
  /** Field names in lower case (field names are case-insensitive) → value, continuation lines joined by \n. */
  fields: Map<string, string>;
  /** 1-based line of the paragraph's first field. */
  line: number;
}

/**
 * Splits control text into paragraphs. In strict mode a line that is neither a field nor a continuation
 * is a ConfigurationError naming `file:line`; otherwise such lines are skipped (copyright files are
 * often hand-written).
 */
export function parseParagraphs(text: string, file: string, strict = true): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | undefined;
  let last: string | undefined;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.endsWith('\r') ? lines[i]!.slice(0, -1) : lines[i]!;
    if (line.trim() === '') {
      if (current) paragraphs.push(current);
      current = undefined;
      last = undefined;
      continue;
    }
    if (line.startsWith('#')) continue; // comments (deb-control(5); dpkg never writes them to status)
    if (line.startsWith(' ') || line.startsWith('\t')) {
      if (current && last !== undefined) {
        current.fields.set(last, `${current.fields.get(last)!}\n${line.slice(1)}`);
        continue;
      }
      if (strict) throw new ConfigurationError(`${file}:${i + 1}: continuation line without a field`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0 || /\s/.test(line.slice(0, colon))) {
      if (strict)
        throw new ConfigurationError(
          `${file}:${i + 1}: expected "Field: value", found "${line.slice(0, 60)}"`,
        );
      continue;
    }
    current ??= { fields: new Map(), line: i + 1 };
    last = line.slice(0, colon).toLowerCase();
    current.fields.set(last, line.slice(colon + 1).trim());
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}
