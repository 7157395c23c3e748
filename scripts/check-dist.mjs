// Rebuilds dist/ and fails when the committed bundles differ from what the sources produce.
import { spawnSync } from 'node:child_process';

const build = spawnSync('node', ['scripts/package.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const status = spawnSync('git', ['status', '--porcelain', '--', 'dist'], { encoding: 'utf8' });
if (status.status !== 0) {
  console.error(status.stderr);
  process.exit(1);
}
if (status.stdout.trim()) {
  console.error('dist/ is stale: run `npm run package` and commit dist/.\n' + status.stdout);
  process.exit(1);
}
console.log('dist/ is up to date');
