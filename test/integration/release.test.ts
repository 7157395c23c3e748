/**
 * scripts/release.mjs in a throwaway clone of this repository (so no real tag is ever made): the happy
 * path tags vX.Y.Z and moves vN; each failure (dirty tree, versions, changelog, references, stale dist)
 * stops before any tag exists. The dist check is swapped for a command with a known outcome
 * (OSIMG_RELEASE_DIST_CHECK): running ncc in a clone would rebuild every bundle for minutes.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PASS = JSON.stringify([process.execPath, '-e', 'process.exit(0)']);
const STALE = JSON.stringify([
  process.execPath,
  '-e',
  'console.error("dist/ is stale: run npm run package"); process.exit(1)',
]);
let clone: string;

function sh(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: clone, encoding: 'utf8' });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}
const git = (...args: string[]) => sh('git', args);
const release = (args: string[], distCheck = PASS) => {
  const result = spawnSync(process.execPath, ['scripts/release.mjs', ...args], {
    cwd: clone,
    encoding: 'utf8',
    env: { ...process.env, OSIMG_RELEASE_DIST_CHECK: distCheck },
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
};
const tags = () => git('tag', '--list').out.split('\n').filter(Boolean).sort();
const commitAll = (message: string) => {
  git('add', '-A');
  expect(git('commit', '-qm', message).code).toBe(0);
};

beforeAll(() => {
  clone = mkdtempSync(join(tmpdir(), 'osimg-release-'));
  const cloned = spawnSync('git', ['clone', '-q', process.cwd(), clone], { encoding: 'utf8' });
  expect(cloned.status, cloned.stderr).toBe(0);
  git('config', 'user.email', 'release-test@example.invalid');
  git('config', 'user.name', 'release test');
  // Tags of the source repository (if any) are not the clone's business.
  for (const tag of tags()) git('tag', '-d', tag);
});

afterAll(() => rmSync(clone, { recursive: true, force: true }));

describe('npm run release (in a temporary clone)', () => {
  it('refuses a version that is not X.Y.Z', () => {
    expect(release(['1.2']).out).toMatch(/give the version as X.Y.Z/);
    expect(release(['1.0.0', '--push']).out).toMatch(/unknown option --push/);
  });

  it('refuses versions that do not match, and says to bump', () => {
    const result = release(['1.0.0']);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(
      /package.json says \d+\.\d+\.\d+ and src\/version.ts says .*not 1.0.0: run npm run release -- 1.0.0 --bump/,
    );
    expect(tags()).toEqual([]);
  });

  it('--bump rewrites versions and every org/osimg reference, and names what is left to do', () => {
    const result = release(['1.0.0', '--bump']);
    expect(result.code, result.out).toBe(0);
    expect(result.out).toMatch(/rewrote \d+ reference\(s\) to v1.0.0 \/ v1/);
    expect(result.out).toMatch(/add a "## 1.0.0" section to CHANGELOG.md/);
    expect(JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8')).version).toBe('1.0.0');
    expect(readFileSync(join(clone, 'src/version.ts'), 'utf8')).toContain("VERSION = '1.0.0'");
    const pipeline = readFileSync(join(clone, '.github/workflows/image-pipeline.yml'), 'utf8');
    expect(pipeline).toContain('org/osimg/build@v1.0.0');
    expect(pipeline).toContain('org/osimg/.github/workflows/image-pipeline.yml@refs/tags/v1.0.0');
    expect(pipeline).not.toMatch(/org\/osimg\/[\w./-]+@(refs\/tags\/)?v0\./);
    expect(readFileSync(join(clone, 'workflows/debian-app.yml'), 'utf8')).toContain(
      'org/osimg/.github/workflows/image-pipeline.yml@v1.0.0',
    );
  });

  it('refuses a dirty tree', () => {
    const result = release(['1.0.0']);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/the working tree is not clean/);
    expect(tags()).toEqual([]);
  });

  it('refuses without a CHANGELOG section', () => {
    commitAll('Bump to 1.0.0');
    const result = release(['1.0.0']);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/CHANGELOG.md has no "## 1.0.0" section/);
    expect(tags()).toEqual([]);
  });

  it('refuses references to another version, naming file and line', () => {
    appendFileSync(join(clone, 'CHANGELOG.md'), '\n## 1.0.0\n\n- First release.\n');
    const file = join(clone, 'workflows/bootc-image.yml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('image-pipeline.yml@v1.0.0', 'image-pipeline.yml@v0.9.0'),
    );
    appendFileSync(join(clone, 'docs/workflows.md'), '\nUse `org/osimg/scan@main`.\n');
    commitAll('Changelog, and two wrong references');
    const result = release(['1.0.0']);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/2 reference\(s\) do not point at v1.0.0/);
    expect(result.out).toMatch(
      /workflows\/bootc-image.yml:\d+: org\/osimg\/.github\/workflows\/image-pipeline.yml@v0.9.0 should be @v1.0.0/,
    );
    expect(result.out).toMatch(/docs\/workflows.md:\d+: org\/osimg\/scan@main is not a release tag/);
    expect(tags()).toEqual([]);
  });

  it('refuses a stale dist/', () => {
    const file = join(clone, 'workflows/bootc-image.yml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('@v0.9.0', '@v1.0.0'));
    const doc = join(clone, 'docs/workflows.md');
    writeFileSync(doc, readFileSync(doc, 'utf8').replace('\nUse `org/osimg/scan@main`.\n', ''));
    commitAll('Fix the references');
    const result = release(['1.0.0'], STALE);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/dist\/ is stale: run npm run package/);
    expect(result.out).toMatch(/release: dist\/ is stale \(see above\)/);
    expect(tags()).toEqual([]);
  });

  it('tags vX.Y.Z and moves vN when everything holds', () => {
    const result = release(['1.0.0']);
    expect(result.code, result.out).toBe(0);
    const head = git('rev-parse', 'HEAD').out.trim();
    expect(tags()).toEqual(['v1', 'v1.0.0']);
    expect(git('rev-parse', 'v1.0.0^{commit}').out.trim()).toBe(head);
    expect(git('rev-parse', 'v1^{commit}').out.trim()).toBe(head);
    expect(result.out).toMatch(/git push origin v1.0.0 && git push --force origin v1/);
  });

  it('moves vN forward on the next release, never back to an older patch', () => {
    expect(release(['1.1.0', '--bump']).code).toBe(0);
    appendFileSync(join(clone, 'CHANGELOG.md'), '\n## 1.1.0\n\n- More.\n');
    commitAll('1.1.0');
    expect(release(['1.1.0']).code).toBe(0);
    const v110 = git('rev-parse', 'HEAD').out.trim();
    expect(git('rev-parse', 'v1^{commit}').out.trim()).toBe(v110);

    // A 1.0.1 patch released afterwards (from a maintenance branch) leaves v1 on 1.1.0.
    git('checkout', '-q', '-b', 'maint-1.0', 'v1.0.0');
    expect(release(['1.0.1', '--bump']).code).toBe(0);
    appendFileSync(join(clone, 'CHANGELOG.md'), '\n## 1.0.1\n\n- A fix.\n');
    commitAll('1.0.1');
    const result = release(['1.0.1']);
    expect(result.code, result.out).toBe(0);
    expect(result.out).toMatch(/v1 stays at v1.1.0 \(newer\)/);
    expect(git('rev-parse', 'v1^{commit}').out.trim()).toBe(v110);
  });

  it('refuses to re-tag a version that already exists elsewhere', () => {
    const result = release(['1.0.1']);
    expect(result.code).toBe(0); // same commit: nothing to do but re-check
    git('commit', '-q', '--allow-empty', '-m', 'later');
    const again = release(['1.0.1']);
    expect(again.code).toBe(1);
    expect(again.out).toMatch(/v1.0.1 already exists at [0-9a-f]{12}: pick a new version/);
  });
});
