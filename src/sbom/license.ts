/**
 * License strings as packages declare them → SPDX license expressions (SPDX 2.3 Annex D) made only of SPDX
 * License List identifiers. rpm (Fedora ≥ 38, CentOS Stream 10) and apk mostly declare SPDX expressions
 * already; Debian's machine-readable copyright files (DEP-5) use their own short names ("GPL-2+", "Expat",
 * "GPL-2+ with Autoconf exception"), translated here. Anything that does not map exactly is left as text:
 * an SBOM must not present a guess as an SPDX expression.
 */
import { SPDX_LICENSE_IDS } from './spdx-license-ids.js';

export interface License {
  /** The license as the package declares it, verbatim (trimmed). */
  declared: string;
  /** A valid SPDX expression of listed identifiers equivalent to `declared`, when there is one. */
  expression?: string;
}

const CANONICAL = new Map(SPDX_LICENSE_IDS.map((id) => [id.toLowerCase(), id]));

/** The listed identifier in its canonical case (SPDX identifiers match case-insensitively). */
export function canonicalLicenseId(id: string): string | undefined {
  return CANONICAL.get(id.toLowerCase());
}

type Node =
  | { kind: 'id'; id: string; plus: boolean }
  | { kind: 'with'; license: Node; exception: string }
  | { kind: 'and' | 'or'; parts: Node[] };

const MAX_TOKENS = 512;

/** Parses an SPDX license expression; undefined when it is not one or names an unlisted identifier. */
function parse(text: string): Node | undefined {
  const tokens = text.match(/\(|\)|[^\s()]+/g) ?? [];
  if (tokens.length === 0 || tokens.length > MAX_TOKENS) return undefined;
  let at = 0;
  const operator = (name: string) => {
    const token = tokens[at];
    return token !== undefined && (token === name || token === name.toLowerCase());
  };

  const simple = (): Node | undefined => {
    const token = tokens[at];
    if (token === '(') {
      at++;
      const inner = or();
      if (!inner || tokens[at] !== ')') return undefined;
      at++;
      return inner;
    }
    if (token === undefined || token === ')' || /^(AND|OR|WITH)$/i.test(token)) return undefined;
    at++;
    const plus = token.endsWith('+');
    const id = canonicalLicenseId(plus ? token.slice(0, -1) : token);
    if (!id) return undefined;
    let node: Node = { kind: 'id', id, plus };
    if (operator('WITH')) {
      at++;
      const exception = tokens[at] === undefined ? undefined : canonicalLicenseId(tokens[at]!);
      if (!exception) return undefined;
      at++;
      node = { kind: 'with', license: node, exception };
    }
    return node;
  };
  const chain = (kind: 'and' | 'or', next: () => Node | undefined) => (): Node | undefined => {
    const first = next();
    if (!first) return undefined;
    const parts = [first];
    while (operator(kind.toUpperCase())) {
      at++;
      const part = next();
      if (!part) return undefined;
      parts.push(part);
    }
    return parts.length === 1 ? first : { kind, parts };
  };
  const and = chain('and', simple);
  const or = chain('or', and);

  const node = or();
  return node && at === tokens.length ? node : undefined;
}

function format(node: Node, parent?: 'and' | 'or'): string {
  switch (node.kind) {
    case 'id':
      return node.plus ? `${node.id}+` : node.id;
    case 'with':
      return `${format(node.license)} WITH ${node.exception}`;
    default: {
      const text = node.parts.map((part) => format(part, node.kind)).join(` ${node.kind.toUpperCase()} `);
      return parent && parent !== node.kind ? `(${text})` : text;
    }
  }
}

/** The canonical form of an SPDX expression of listed identifiers, or undefined when `text` is not one. */
export function spdxExpression(text: string): string | undefined {
  const node = parse(text.trim());
  return node && format(node);
}

const DEP5_NAMES: Record<string, string> = {
  expat: 'MIT',
  artistic: 'Artistic-1.0-Perl',
  'apache-2': 'Apache-2.0',
  cc0: 'CC0-1.0',
  'psf-2': 'PSF-2.0',
  'mpl-2': 'MPL-2.0',
  'zope-2.1': 'ZPL-2.1',
};

/** One DEP-5 short name ("GPL-2+", "LGPL-2.1", "Expat", "BSD-3-clause") as an SPDX identifier. */
function dep5Name(name: string): string | undefined {
  const gnu = /^(A?GPL|LGPL|GFDL)-?v?(\d+(?:\.\d+)?)(\+)?$/i.exec(name);
  if (gnu) {
    const version = gnu[2]!.includes('.') ? gnu[2]! : `${gnu[2]!}.0`;
    return canonicalLicenseId(`${gnu[1]!}-${version}-${gnu[3] ? 'or-later' : 'only'}`);
  }
  const mapped = DEP5_NAMES[name.toLowerCase()];
  if (mapped) return mapped;
  if (name.endsWith('+')) {
    const base = canonicalLicenseId(name.slice(0, -1));
    return base && `${base}+`;
  }
  return canonicalLicenseId(name);
}

/** "Autoconf" (from "with Autoconf exception") after GPL-3.0-or-later → "Autoconf-exception-3.0". */
function dep5Exception(name: string, license: string | undefined): string | undefined {
  const prefix = `${name.toLowerCase()}-exception`;
  const candidates = SPDX_LICENSE_IDS.filter((id) => id.toLowerCase().startsWith(prefix));
  if (candidates.length === 1) return candidates[0];
  const major = /-(\d+)\.\d+-/.exec(license ?? '')?.[1];
  return major ? candidates.find((id) => id.toLowerCase() === `${prefix}-${major}.0`) : undefined;
}

/** A DEP-5 License short-name expression ("GPL-2+ or Artistic") as an SPDX expression, when it maps. */
export function dep5Expression(text: string): string | undefined {
  const words = text.replace(/,/g, ' ').trim().split(/\s+/);
  if (words.length > MAX_TOKENS) return undefined;
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const lower = word.toLowerCase();
    if (lower === 'and' || lower === 'or') out.push(lower.toUpperCase());
    else if (lower === 'with') {
      const end = words.findIndex((w, j) => j > i && w.toLowerCase() === 'exception');
      if (end < 0) return undefined;
      const exception = dep5Exception(words.slice(i + 1, end).join('-'), out.at(-1));
      if (!exception) return undefined;
      out.push('WITH', exception);
      i = end;
    } else {
      const id = dep5Name(word);
      if (!id) return undefined;
      out.push(id);
    }
  }
  return spdxExpression(out.join(' '));
}

/** Joins expressions with AND (deduplicated, sorted, compound parts in parentheses). */
export function allOf(expressions: string[]): string | undefined {
  const unique = [...new Set(expressions)].sort();
  if (unique.length <= 1) return unique[0];
  return unique
    .map((expression) => (/\s(OR|AND)\s/.test(expression) ? `(${expression})` : expression))
    .join(' AND ');
}

/** A declared license string, with its SPDX expression when it is (or, for DEP-5, maps to) one. */
export function license(declared: string, dialect: 'spdx' | 'dep5' = 'spdx'): License | undefined {
  const text = declared.trim();
  if (!text) return undefined;
  const expression = dialect === 'dep5' ? dep5Expression(text) : spdxExpression(text);
  return expression === undefined ? { declared: text } : { declared: text, expression };
}
