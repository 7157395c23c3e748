// `npm run example`: the README quick start. Installs what is missing (apt packages, node modules), then
// builds the bundled example OS image end to end with the committed CLI bundle. Plain JS so it runs on a
// fresh clone before `npm ci`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('bash', ['.ci/install-deps']);
if (!existsSync('node_modules/.package-lock.json')) run('npm', ['ci', '--no-audit', '--no-fund']);
run('node', ['--import', 'tsx', 'scripts/example.ts', ...process.argv.slice(2)]);
