/**
 * `npm run fuzz`: every parser's fuzz target, 10,000 inputs each by default, bounded in time, printed as a
 * table (inputs tried / accepted / refused cleanly / unsafe / slowest). Exits 1 when any input was unsafe
 * (an error that is not osimg's own, or over a second) or a target ran out of time before its count.
 *
 *   npm run fuzz -- [--runs N] [--seed N] [--budget SECONDS_PER_TARGET] [--only SUBSTRING]
 */
import { parseArgs } from 'node:util';
import { fuzz, SLOW_MS, type FuzzStats } from './harness.js';
import { TARGETS } from './targets.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10000' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    budget: { type: 'string', default: '240' },
    only: { type: 'string' },
  },
});
const runs = Number(values.runs);
const seed = Number(values.seed);
const budgetMs = Number(values.budget) * 1000;

const rows: FuzzStats[] = [];
console.log(
  `fuzz: ${runs} inputs per parser, seed ${seed}, unsafe = not an osimg error or over ${SLOW_MS} ms`,
);
for (const target of TARGETS.filter((t) => !values.only || t.name.includes(values.only))) {
  const stats = await fuzz(target, { runs, seed, budgetMs });
  rows.push(stats);
  console.log(
    `${stats.name.padEnd(40)} ${String(stats.tried).padStart(6)} tried ${String(stats.accepted).padStart(6)} accepted ${String(stats.refused).padStart(6)} refused ${String(stats.unsafe).padStart(3)} unsafe  slowest ${Math.round(stats.slowestMs)} ms`,
  );
  for (const example of stats.examples) console.log(`    unsafe: ${example}`);
}

const header = ['parser', 'inputs tried', 'accepted', 'refused cleanly', 'unsafe', 'slowest (ms)'];
console.log(`\n| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|`);
for (const r of rows) {
  console.log(
    `| ${r.name} | ${r.tried} | ${r.accepted} | ${r.refused} | ${r.unsafe} | ${Math.round(r.slowestMs)} |`,
  );
}
const unsafe = rows.reduce((sum, r) => sum + r.unsafe, 0);
const short = rows.filter((r) => r.tried < runs);
console.log(`\n${unsafe} unsafe inputs; ${short.length} parser(s) ran out of time before ${runs} inputs`);
process.exitCode = unsafe > 0 || short.length > 0 ? 1 : 0;
