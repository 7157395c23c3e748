// `npm run docs`: writes the generated docs and schemas (docs/lint-rules.md, schema/policy.schema.json).
import { mkdirSync, writeFileSync } from 'node:fs';
import { GENERATED } from './generated.js';

for (const [path, content] of Object.entries(GENERATED())) {
  mkdirSync(path.split('/').slice(0, -1).join('/'), { recursive: true });
  writeFileSync(path, content);
  console.log(`wrote ${path}`);
}
