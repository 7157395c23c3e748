/** Files generated from source, with their content: written by `npm run docs`, checked by a unit test. */
import { readFileSync } from 'node:fs';
import { RULES } from '../src/lint/engine.js';
import { rulesMarkdown } from '../src/lint/docs.js';
import { POLICY_SCHEMA } from '../src/policy/schema.js';
import { policyValidatorSource } from './policy-validator.js';
import { readResults, withInteropTable } from './interop-table.js';

export function GENERATED(): Record<string, string> {
  return {
    'docs/lint-rules.md': rulesMarkdown(RULES),
    'schema/policy.schema.json': `${JSON.stringify(POLICY_SCHEMA, null, 2)}\n`,
    'src/policy/policy-validator.generated.js': policyValidatorSource(),
    // The compatibility table is rendered from what the interop suite found (docs/interop-results.json).
    'docs/sign.md': withInteropTable(readFileSync('docs/sign.md', 'utf8'), readResults()),
  };
}
