// `npm run release -- X.Y.Z`: checks that this commit is releasable as vX.Y.Z, then tags it and moves vN.
//
//   npm run release -- X.Y.Z --bump   rewrite every org/osimg/…@v… reference and the versions to X.Y.Z
//                                      (then review, add the CHANGELOG section, commit, and run without --bump)
//   npm run release -- X.Y.Z          verify, then tag vX.Y.Z and move vN to it (nothing is pushed)
//
// Verified, in this order: the tree is clean; package.json and src/version.ts say X.Y.Z; CHANGELOG.md has a
// "## X.Y.Z" section; every org/osimg reference in workflows, docs and READMEs points at vX.Y.Z (or vN);
// dist/ is what the sources build (scripts/check-dist.mjs). Plain JS: it runs before `npm ci`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SUITE = 'org/osimg';
// org/osimg/<action or .github/workflows/file.yml>@<ref>, and the keyless identity …yml@refs/tags/<ref>.
const REFERENCE = /\borg\/osimg\/([\w.-]+(?:\/[\w.-]+)*)@((?:refs\/tags\/)?[\w.-]+)/g;

function fail(message) {
  console.error(`release: ${message}`);
  process.exit(1);
}

function git(args, options = {}) {
  const result = spawnSync('git', args, { encoding: 'utf8' });
  if (result.status !== 0 && !options.allowFailure)
    fail(`git ${args.join(' ')} failed: ${(result.stderr || result.stdout).trim()}`);
  return result;
}

/** Files that may name a release: workflows, action metadata, docs and READMEs (not tests, not dist). */
function referenceFiles() {
  const files = [];
  const walk = (dir, accept) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path, accept);
      else if (accept(name)) files.push(path);
    }
  };
  walk('.github/workflows', (name) => /\.ya?ml$/.test(name));
  walk('workflows', (name) => /\.ya?ml$/.test(name));
  walk('docs', (name) => name.endsWith('.md'));
  for (const name of readdirSync('.')) {
    if (name === 'README.md' || name === 'action.yml') files.push(name);
    else if (existsSync(join(name, 'action.yml'))) {
      files.push(join(name, 'action.yml'));
      if (existsSync(join(name, 'README.md'))) files.push(join(name, 'README.md'));
    }
  }
  return files.sort();
}

/** What a reference's ref must be: vX.Y.Z for a full version, vN for a major-only one. */
function expectedRef(ref, version) {
  const tag = ref.replace(/^refs\/tags\//, '');
  const prefix = ref.startsWith('refs/tags/') ? 'refs/tags/' : '';
  if (/^v\d+\.\d+\.\d+$/.test(tag)) return `${prefix}v${version}`;
  if (/^v\d+$/.test(tag)) return `${prefix}v${version.split('.')[0]}`;
  return undefined;
}

function checkReferences(version, rewrite) {
  const problems = [];
  let rewritten = 0;
  for (const file of referenceFiles()) {
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n');
    const updated = lines.map((line, index) =>
      line.replace(REFERENCE, (whole, path, ref) => {
        const expected = expectedRef(ref, version);
        if (expected === undefined) {
          problems.push(
            `${file}:${index + 1}: ${SUITE}/${path}@${ref} is not a release tag (use @v${version})`,
          );
          return whole;
        }
        if (expected === ref) return whole;
        if (!rewrite) problems.push(`${file}:${index + 1}: ${SUITE}/${path}@${ref} should be @${expected}`);
        rewritten++;
        return `${SUITE}/${path}@${expected}`;
      }),
    );
    if (rewrite && updated.join('\n') !== text) writeFileSync(file, updated.join('\n'));
  }
  return { problems, rewritten };
}

function versions() {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')).version;
  const source = /VERSION = '([^']+)'/.exec(readFileSync('src/version.ts', 'utf8'))?.[1];
  return { pkg, source };
}

function setVersions(version) {
  const pkg = readFileSync('package.json', 'utf8');
  writeFileSync('package.json', pkg.replace(/("version":\s*")[^"]+(")/, `$1${version}$2`));
  const lock = existsSync('package-lock.json') ? readFileSync('package-lock.json', 'utf8') : undefined;
  // The lock names the root package's version twice (top level and packages[""]).
  if (lock)
    writeFileSync(
      'package-lock.json',
      lock
        .replace(/^(\s{2}"version":\s*")[^"]+(")/m, `$1${version}$2`)
        .replace(/("":\s*\{\s*"name":\s*"osimg",\s*"version":\s*")[^"]+(")/, `$1${version}$2`),
    );
  const source = readFileSync('src/version.ts', 'utf8');
  writeFileSync('src/version.ts', source.replace(/VERSION = '[^']+'/, `VERSION = '${version}'`));
}

function changelogHas(version) {
  if (!existsSync('CHANGELOG.md')) return false;
  const escaped = version.replace(/\./g, '\\.');
  return new RegExp(`^## \\[?v?${escaped}\\]?(\\s|$)`, 'm').test(readFileSync('CHANGELOG.md', 'utf8'));
}

function compareVersions(a, b) {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}

// ---- main
const args = process.argv.slice(2);
const bump = args.includes('--bump');
const version = args.find((arg) => !arg.startsWith('--'))?.replace(/^v/, '');
const unknown = args.filter((arg) => arg.startsWith('--') && arg !== '--bump');
if (unknown.length) fail(`unknown option ${unknown[0]}: usage: npm run release -- X.Y.Z [--bump]`);
if (!version || !/^\d+\.\d+\.\d+$/.test(version))
  fail('give the version as X.Y.Z: npm run release -- 1.2.3 [--bump]');
const major = `v${version.split('.')[0]}`;

if (bump) {
  setVersions(version);
  const { rewritten, problems } = checkReferences(version, true);
  for (const problem of problems) console.error(problem);
  console.log(
    `release: set version ${version} and rewrote ${rewritten} reference(s) to v${version} / ${major}.`,
  );
  if (!changelogHas(version)) console.log(`release: add a "## ${version}" section to CHANGELOG.md.`);
  console.log(`release: review, commit, then run: npm run release -- ${version}`);
  process.exit(problems.length ? 1 : 0);
}

const status = git(['status', '--porcelain']).stdout.trim();
if (status) fail(`the working tree is not clean: commit or remove these first:\n${status}`);

const { pkg, source } = versions();
if (pkg !== version || source !== version)
  fail(
    `package.json says ${pkg} and src/version.ts says ${source}, not ${version}: run npm run release -- ${version} --bump`,
  );

if (!changelogHas(version))
  fail(`CHANGELOG.md has no "## ${version}" section: say what changed, then commit`);

const { problems } = checkReferences(version, false);
if (problems.length)
  fail(
    `${problems.length} reference(s) do not point at v${version}:\n  ${problems.join('\n  ')}\nrun npm run release -- ${version} --bump`,
  );

// dist/ must be what the sources build. The test suite swaps the command (OSIMG_RELEASE_DIST_CHECK, a JSON
// argv) so it can exercise both outcomes in a throwaway clone without running ncc there.
const distCheck = process.env.OSIMG_RELEASE_DIST_CHECK
  ? JSON.parse(process.env.OSIMG_RELEASE_DIST_CHECK)
  : [process.execPath, 'scripts/check-dist.mjs'];
const dist = spawnSync(distCheck[0], distCheck.slice(1), { stdio: 'inherit' });
if (dist.status !== 0)
  fail('dist/ is stale (see above): run npm run package, commit dist/, then release again');
if (git(['status', '--porcelain']).stdout.trim())
  fail('checking dist/ changed the tree: commit dist/ and release again');

const tag = `v${version}`;
const head = git(['rev-parse', 'HEAD']).stdout.trim();
const existing = git(['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`], {
  allowFailure: true,
}).stdout.trim();
if (existing && existing !== head)
  fail(`${tag} already exists at ${existing.slice(0, 12)}: pick a new version`);
if (!existing) git(['tag', '-a', tag, '-m', `osimg ${version}`]);

// vN moves only forward: a patch of an older minor does not take it from a newer release.
const newest = git(['tag', '--list', `${major}.*.*`])
  .stdout.split('\n')
  .map((name) => name.trim().replace(/^v/, ''))
  .filter((name) => /^\d+\.\d+\.\d+$/.test(name))
  .sort(compareVersions)
  .pop();
if (newest === version) {
  git(['tag', '-f', '-a', major, '-m', `osimg ${major} → ${version}`]);
  console.log(`release: tagged ${tag} and moved ${major} to ${head.slice(0, 12)}`);
  console.log(`release: publish with: git push origin ${tag} && git push --force origin ${major}`);
} else {
  console.log(`release: tagged ${tag}; ${major} stays at v${newest} (newer)`);
  console.log(`release: publish with: git push origin ${tag}`);
}
