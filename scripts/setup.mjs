// `npm run setup`: makes a fresh clone ready, and does nothing that is already done. `npm test` runs the
// first two steps before the tests, `npm run example` all of them before the quick start. Plain JS, so it
// runs before the node modules exist.
//   1. system packages (.ci/install-deps: apt packages, and cosign/skopeo/podman from Debian's newer suites)
//   2. node modules: `npm ci` when node_modules is missing or older than the lock (a stale lock fails loudly)
//   3. `osimg` on PATH: a link in npm's global bin directory (or $OSIMG_BIN_DIR) to this clone's
//      dist/cli/index.js
//   4. the example's base image, localhost/osimg/debian-base:bookworm (mmdebstrap, cached)
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readlinkSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const testsOnly = process.argv.includes('--tests');
const say = (line) => console.error(`setup: ${line}`);

function run(command, args, what) {
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) {
    say(`${what} failed (${command} ${args.join(' ')} exited ${result.status ?? result.signal})`);
    process.exit(result.status || 1);
  }
}

function mtime(path) {
  return existsSync(path) ? statSync(path).mtimeMs : 0;
}

run('bash', ['.ci/install-deps'], 'installing system packages');

const installed = join(root, 'node_modules', '.package-lock.json');
if (mtime(installed) < Math.max(mtime(join(root, 'package-lock.json')), mtime(join(root, 'package.json')))) {
  say('node modules: npm ci');
  run('npm', ['ci', '--no-audit', '--no-fund'], 'npm ci');
}
if (testsOnly) process.exit(0);

linkCli();
run('node', ['--import', 'tsx', 'scripts/example-base.ts'], 'making the example base image');

/** Puts `osimg` on PATH the way `npm link` does, without npm link's reinstall of the dependencies. */
function linkCli() {
  const bin =
    process.env.OSIMG_BIN_DIR ||
    join(spawnSync('npm', ['prefix', '--global'], { encoding: 'utf8' }).stdout.trim(), 'bin');
  const link = join(bin, 'osimg');
  const target = join(root, 'dist', 'cli', 'index.js');
  let current;
  try {
    current = lstatSync(link).isSymbolicLink() ? readlinkSync(link) : 'a file';
  } catch {
    current = undefined;
  }
  if (current !== target) {
    try {
      mkdirSync(bin, { recursive: true });
      if (current) rmSync(link);
      symlinkSync(target, link);
      say(`osimg on PATH: ${link} → ${target}`);
    } catch (error) {
      say(
        `cannot link ${link} (${error.code ?? error.message}): run \`sudo npm link\` here, or use \`npx --no -- osimg\``,
      );
      return;
    }
  }
  if (!(process.env.PATH ?? '').split(delimiter).includes(bin)) {
    say(`${bin} is not on your PATH: add it (export PATH="${bin}:$PATH") to run osimg by name`);
  }
}
