/**
 * The ignores file: findings a team has decided to accept, each with a justification and an expiry date,
 * so an accepted risk is looked at again instead of living forever. YAML, validated against a published
 * JSON Schema (IGNORES_SCHEMA, printed by `osimg scan --ignores-schema`); every error names file and line.
 *
 *   version: 1
 *   ignores:
 *     - id: CVE-2019-1549          # a vulnerability, secret rule or check id
 *       package: libssl1.1         # optional: only in this package
 *       reason: fork() is never called after RAND use in our services
 *       expires: 2026-09-30        # the rule stops applying after this day (UTC)
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { LineCounter, isNode, parseDocument, visit } from 'yaml';
import { ConfigurationError, quoteInput } from '../errors.js';
import { checkYamlNesting } from '../input-file.js';
import { FINDING_KINDS, type FindingKind } from './findings.js';

export interface IgnoreRule {
  id?: string;
  package?: string;
  /** trivy's Result.Target, exactly (e.g. a file path for secrets). */
  target?: string;
  kind?: FindingKind;
  reason: string;
  /** YYYY-MM-DD, inclusive. */
  expires: string;
  /** Where the rule is written, for messages. */
  source: { file: string; line: number };
}

export const IGNORES_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/org/osimg/blob/v1/docs/scan-ignores.schema.json',
  title: 'osimg scan ignores',
  description: 'Findings accepted on purpose: each with a reason and an expiry date.',
  type: 'object',
  additionalProperties: false,
  required: ['ignores'],
  properties: {
    version: { const: 1 },
    ignores: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['reason', 'expires'],
        anyOf: [{ required: ['id'] }, { required: ['package'] }],
        properties: {
          id: { type: 'string', pattern: '^\\S+$', description: 'CVE/GHSA id, secret rule id or check id' },
          package: { type: 'string', minLength: 1, description: 'package name; alone, every finding in it' },
          target: { type: 'string', minLength: 1, description: "trivy's target (file or image part)" },
          kind: { enum: [...FINDING_KINDS] },
          reason: { type: 'string', minLength: 10, description: 'why this is acceptable' },
          expires: {
            type: 'string',
            pattern: '^\\d{4}-\\d{2}-\\d{2}$',
            description: 'last day (UTC) the rule applies, YYYY-MM-DD',
          },
        },
      },
    },
  },
} as const;

let validator: ValidateFunction | undefined;

function validate(data: unknown): ErrorObject[] {
  validator ??= new Ajv({ allErrors: true }).compile(IGNORES_SCHEMA);
  return validator(data) ? [] : (validator.errors ?? []);
}

/** Parses the ignores file's text; `file` names it in errors. */
export function parseIgnores(text: string, file: string): IgnoreRule[] {
  const lineCounter = new LineCounter();
  checkYamlNesting(text, file);
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (offset: number | undefined) =>
    offset === undefined ? 1 : lineCounter.linePos(offset).line;
  const firstError = doc.errors[0];
  if (firstError) {
    throw new ConfigurationError(
      `${file}:${lineOf(firstError.pos[0])}: not valid YAML: ${firstLine(firstError.message)}`,
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    // Unresolved or excessive aliases surface only when the document is turned into values.
    let line = 1;
    visit(doc, {
      Alias(_key, node) {
        line = lineOf(node.range?.[0]);
        return visit.BREAK;
      },
    });
    throw new ConfigurationError(
      `${file}:${line}: not valid YAML: ${quoteInput((error as Error).message, 120)}`,
      {
        cause: error,
      },
    );
  }
  const nodeLine = (path: readonly (string | number)[]) => {
    for (let length = path.length; length >= 0; length--) {
      const node = doc.getIn(path.slice(0, length), true);
      if (isNode(node) && node.range) return lineOf(node.range[0]);
    }
    return 1;
  };
  const errors = validate(data).filter((error) => !error.schemaPath.includes('/anyOf/'));
  if (errors.length > 0) {
    const messages = errors.map((error) => {
      const path = error.instancePath.split('/').slice(1).map(unescapePointer);
      return `${file}:${nodeLine(path)}: ${describePath(path)} ${explain(error)}`;
    });
    throw new ConfigurationError(
      messages.length === 1
        ? messages[0]!
        : `${messages.length} problems in ${file}:\n${messages.join('\n')}`,
    );
  }
  const entries = (data as { ignores: Array<Omit<IgnoreRule, 'source'>> }).ignores;
  return entries.map((entry, index) => {
    const line = nodeLine(['ignores', index]);
    if (!isRealDate(entry.expires)) {
      throw new ConfigurationError(
        `${file}:${nodeLine(['ignores', index, 'expires'])}: expires ${quoteInput(String(entry.expires), 40)} is not a real date`,
      );
    }
    return { ...entry, source: { file, line } };
  });
}

function explain(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `is missing "${String(params.missingProperty)}"`;
    case 'additionalProperties':
      return `has an unknown key "${String(params.additionalProperty)}"`;
    case 'anyOf':
      return 'needs an id or a package (or both)';
    case 'pattern':
      return error.instancePath.endsWith('/expires')
        ? 'must be a date YYYY-MM-DD'
        : 'must not contain spaces';
    case 'minLength':
      return error.instancePath.endsWith('/reason')
        ? 'must say why the finding is acceptable (at least 10 characters)'
        : 'must not be empty';
    case 'const':
      return 'must be 1';
    case 'enum':
      return `must be one of ${FINDING_KINDS.join(', ')}`;
    default:
      return error.message ?? 'is invalid';
  }
}

function describePath(path: readonly string[]): string {
  if (path.length === 0) return 'the file';
  if (path[0] === 'ignores' && path.length >= 2) {
    const rest = path.slice(2);
    return `ignores[${path[1]}]${rest.length ? `.${rest.join('.')}` : ''}`;
  }
  return path.join('.');
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}

function isRealDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** Today as YYYY-MM-DD in UTC: the date expiry is judged by. */
export function utcDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** Whether a rule still applies on `today` (YYYY-MM-DD): through the end of its expiry day. */
export function isActive(rule: IgnoreRule, today: string): boolean {
  return today <= rule.expires;
}
