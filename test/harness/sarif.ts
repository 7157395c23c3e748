/**
 * Validates SARIF against the official SARIF 2.1.0 JSON schema (draft-04), as shipped in
 * @microsoft/jest-sarif. Returns the schema errors, empty when the log is valid.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// A CommonJS module whose export is the class itself: load it as such under NodeNext.
const Ajv = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
// The schema's language-tag pattern is not valid in unicode mode; compile patterns without the u flag.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
const validate = ajv.compile(schema);

export function sarifSchemaErrors(log: unknown): string[] {
  if (validate(log)) return [];
  return (validate.errors ?? []).map(
    (error: { instancePath: string; message?: string }) =>
      `${error.instancePath || '/'} ${error.message ?? ''}`,
  );
}
