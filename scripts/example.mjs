// `npm run example`: the README's quick start on a fresh clone. Sets up what is missing (scripts/setup.mjs:
// system packages, node modules, `osimg` on PATH, the example base), then runs
// `osimg pipeline examples/debian-bootable-app`. Plain JS so it runs before `npm ci`.
import { spawnSync } from 'node:child_process';

for (const args of [
  ['scripts/setup.mjs'],
  ['--import', 'tsx', 'scripts/example.ts', ...process.argv.slice(2)],
]) {
  const result = spawnSync('node', args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
