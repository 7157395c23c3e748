/**
 * Loading a policy file (YAML or JSON): parsed with source positions, validated against the schema with
 * ajv (compiled ahead of time: policy-validator.generated.js), and every error reported as
 * `file:line: what is wrong` so the fix is one look away.
 */
import type { ErrorObject } from 'ajv';
import { LineCounter, isMap, isPair, isScalar, parseDocument, type Document, type Node } from 'yaml';
import { parseSize } from '../disk/layout.js';
import { ConfigurationError } from '../errors.js';
import { checkYamlNesting } from '../input-file.js';
import type { Severity } from '../report/severity.js';
import { validate as validatePolicy } from './policy-validator.generated.js';
import { DEFAULT_POLICY, type Policy, type RuleSetting, type SurfaceBudget } from './types.js';

function validate(data: unknown): ErrorObject[] {
  return validatePolicy(data) ? [] : (validatePolicy.errors ?? []);
}

/** The 1-based line of the node at a JSON pointer (or of its key, for a key-level error). */
function lineOf(doc: Document, counter: LineCounter, pointer: string, key?: string): number | undefined {
  const path = pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
  let node = (path.length === 0 ? doc.contents : doc.getIn(path, true)) as Node | null | undefined;
  if (key !== undefined && isMap(node)) {
    const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
    if (pair && isScalar(pair.key)) node = pair.key;
  }
  const offset = node?.range?.[0];
  return offset === undefined ? undefined : counter.linePos(offset).line;
}

function describe(error: ErrorObject): { message: string; key?: string } {
  const where = error.instancePath || 'the top level';
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = (error.params as { additionalProperty: string }).additionalProperty;
      return { message: `unknown key "${key}" in ${where}`, key };
    }
    case 'required':
      return { message: `${where} needs "${(error.params as { missingProperty: string }).missingProperty}"` };
    case 'enum':
      return {
        message: `${where} must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`,
      };
    case 'anyOf':
      return {
        message: error.instancePath.startsWith('/rules/')
          ? `${where} must be true, false, "off", a severity (info … critical), or {enabled, severity}`
          : `${where} must give ${error.instancePath.includes('/banned/') ? 'an image or a digest' : 'one of the allowed forms'}`,
      };
    case 'const':
      return {
        message: `${where} must be ${JSON.stringify((error.params as { allowedValue: unknown }).allowedValue)}`,
      };
    default:
      return { message: `${where} ${error.message ?? 'is invalid'}` };
  }
}

/** An anyOf failure comes with one error per branch; the anyOf error alone says it best. */
function collapseAnyOf(errors: ErrorObject[]): ErrorObject[] {
  const anyOfSchemas = errors
    .filter((error) => error.keyword === 'anyOf')
    .map((error) => `${error.schemaPath}/`);
  return errors.filter((error) => !anyOfSchemas.some((schema) => error.schemaPath.startsWith(schema)));
}

/** A real calendar date in YYYY-MM-DD (Date.parse would turn 2026-02-30 into March). */
function isCalendarDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

export interface LoadOptions {
  /** Rule ids that exist, to reject settings and exceptions for rules that do not. */
  knownRules?: ReadonlySet<string>;
}

/** Parses and validates policy text. Throws ConfigurationError naming `file:line` for every problem found. */
export function loadPolicy(text: string, file: string, options: LoadOptions = {}): Policy {
  const counter = new LineCounter();
  checkYamlNesting(text, file);
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    const line = counter.linePos(first.pos[0]).line;
    throw new ConfigurationError(
      `${file}${line ? `:${line}` : ''}: not valid YAML or JSON: ${first.message.split('\n')[0]}`,
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) as unknown;
  } catch (error) {
    // Unresolvable aliases (*name without &name) and alias bombs.
    throw new ConfigurationError(`${file}: not valid YAML: ${(error as Error).message}`, { cause: error });
  }
  const problems = collapseAnyOf(validate(data)).map((error) => {
    const { message, key } = describe(error);
    const line = lineOf(doc, counter, error.instancePath, key);
    return `${file}${line ? `:${line}` : ''}: ${message}`;
  });
  const raw = data as RawPolicy;
  if (problems.length === 0) {
    for (const [id] of Object.entries(raw.rules ?? {})) {
      if (options.knownRules && !options.knownRules.has(id)) {
        problems.push(
          `${file}:${lineOf(doc, counter, '/rules', id) ?? '?'}: unknown rule id "${id}" in rules`,
        );
      }
    }
    (raw.exceptions ?? []).forEach((exception, index) => {
      if (options.knownRules && !options.knownRules.has(exception.rule)) {
        problems.push(
          `${file}:${lineOf(doc, counter, `/exceptions/${index}/rule`) ?? '?'}: unknown rule id "${exception.rule}" in exceptions`,
        );
      }
      if (!isCalendarDate(exception.expires)) {
        problems.push(
          `${file}:${lineOf(doc, counter, `/exceptions/${index}/expires`) ?? '?'}: "${exception.expires}" is not a date`,
        );
      }
    });
    (raw.images?.banned ?? []).forEach((ban, index) => {
      if (ban.since !== undefined && !isCalendarDate(ban.since)) {
        problems.push(
          `${file}:${lineOf(doc, counter, `/images/banned/${index}/since`) ?? '?'}: "${ban.since}" is not a date`,
        );
      }
    });
  }
  if (problems.length > 0) {
    // Dedupe: ajv reports an anyOf failure once per branch.
    const unique = [...new Set(problems)];
    throw new ConfigurationError(
      unique.length === 1
        ? `policy error: ${unique[0]}`
        : `policy has ${unique.length} errors:\n  ${unique.slice(0, 20).join('\n  ')}`,
    );
  }
  return normalise(raw);
}

interface RawPolicy {
  version: 1;
  defaultKind?: Policy['defaultKind'];
  images?: Partial<Policy['images']>;
  requiredLabels?: string[];
  rules?: Record<string, boolean | 'off' | 'on' | Severity | RuleSetting>;
  exceptions?: Policy['exceptions'];
  budgets?: Array<Omit<SurfaceBudget, 'maxImageBytes'> & { maxImageSize?: string }>;
}

function normalise(raw: RawPolicy): Policy {
  const rules: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(raw.rules ?? {})) {
    if (typeof setting === 'boolean') rules[id] = { enabled: setting };
    else if (setting === 'off' || setting === 'on') rules[id] = { enabled: setting === 'on' };
    else if (typeof setting === 'string') rules[id] = { severity: setting };
    else rules[id] = setting;
  }
  return {
    version: 1,
    defaultKind: raw.defaultKind ?? DEFAULT_POLICY.defaultKind,
    images: {
      allowed: raw.images?.allowed,
      banned: raw.images?.banned ?? [],
      substitutions: raw.images?.substitutions ?? [],
      requireDigest: raw.images?.requireDigest ?? false,
    },
    requiredLabels: raw.requiredLabels ?? [],
    rules,
    exceptions: raw.exceptions ?? [],
    budgets: (raw.budgets ?? []).map(({ maxImageSize, ...budget }) =>
      maxImageSize === undefined
        ? budget
        : { ...budget, maxImageBytes: parseSize(maxImageSize, 'maxImageSize') },
    ),
  };
}
