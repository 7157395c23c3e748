/** Files generated from source, with their content: written by `npm run docs`, checked by a unit test. */
import { RULES } from '../src/lint/engine.js';
import { rulesMarkdown } from '../src/lint/docs.js';
import { POLICY_SCHEMA } from '../src/policy/schema.js';
import { policyValidatorSource } from './policy-validator.js';

export function GENERATED(): Record<string, string> {
  return {
    'docs/lint-rules.md': rulesMarkdown(RULES),
    'schema/policy.schema.json': `${JSON.stringify(POLICY_SCHEMA, null, 2)}\n`,
    'src/policy/policy-validator.generated.js': policyValidatorSource(),
  };
}
