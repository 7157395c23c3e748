/**
 * `npm run bench [-- section...]`: every performance target of the issues, measured side by side in one
 * run and printed as one table. Sections: see `sections` below.
 */
import { bootTestBench } from './boot-test.js';
import { buildBench } from './build.js';
import { diskBench } from './disk.js';
import { interopBench } from './interop.js';
import { lintBench } from './lint.js';
import { minimalBench } from './minimal.js';
import { pipelineBench } from './pipeline.js';
import { publishAmiBench } from './publish-ami.js';
import { sbomBench } from './sbom.js';
import { signBench } from './sign.js';
import { scanBench } from './scan.js';
import { printTable, type Row } from './lib.js';

const sections: Record<string, () => Promise<Row[]>> = {
  build: buildBench,
  lint: lintBench,
  scan: scanBench,
  sbom: sbomBench,
  sign: signBench,
  interop: interopBench,
  disk: diskBench,
  'boot-test': bootTestBench,
  pipeline: pipelineBench,
  'publish-ami': publishAmiBench,
  minimal: minimalBench,
};
const wanted = process.argv.slice(2).filter((arg) => arg !== '--');
const unknown = wanted.filter((name) => !(name in sections));
if (unknown.length > 0) {
  console.error(`unknown bench section ${unknown.join(', ')}; sections: ${Object.keys(sections).join(', ')}`);
  process.exit(2);
}
const rows: Row[] = [];
for (const [name, run] of Object.entries(sections)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.error(`bench: ${name}...`);
  rows.push(...(await run()));
}
printTable(rows);
