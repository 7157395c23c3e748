/**
 * The README's quick start, run exactly as the README prints it, in a fresh clone of this repository: the
 * set-up (system packages, `npm ci`, `osimg` on PATH, the example base) and the whole pipeline must pass
 * first time, and leave `git status` clean. `osimg` is linked into a private bin directory here
 * (OSIMG_BIN_DIR) so the test does not repoint the machine's own link at a clone it then deletes.
 */
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exec } from '../../src/tools/exec.js';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** The first command of the first `sh` block under "## Quick start", comment stripped. */
function quickStartCommand(readme: string): string[] {
  const section = readme.split(/^## /m).find((part) => part.startsWith('Quick start'));
  const block = section && /```sh\n([^`]*)```/.exec(section)?.[1];
  const line = block?.split('\n')[0]?.replace(/#.*$/, '').trim();
  if (!line) throw new Error('the README has no quick-start command');
  return line.split(/\s+/);
}

let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'osimg-quickstart-'));
  await exec('git', ['clone', '--quiet', ROOT, join(work, 'osimg')]);
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('the README quick start', () => {
  it('runs as printed on a fresh clone: set-up, osimg on PATH, the pipeline passes, git status stays clean', async () => {
    const [command, ...args] = quickStartCommand(await readFile(join(ROOT, 'README.md'), 'utf8'));
    expect([command, ...args]).toEqual(['npm', 'run', 'example']);
    const clone = join(work, 'osimg');
    const bin = join(work, 'bin');
    const result = await exec(command!, args, {
      cwd: clone,
      env: { ...process.env, OSIMG_BIN_DIR: bin, PATH: `${bin}:${process.env.PATH}` },
      timeoutMs: 20 * 60_000,
    });
    expect(result.stderr).toMatch(/osimg pipeline: passed in \d+\.\d s/);
    expect(result.stderr).toContain(`setup: osimg on PATH: ${join(bin, 'osimg')}`);
    expect((await exec(join(bin, 'osimg'), ['version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const report = await readFile(join(clone, 'osimg-pipeline', 'report.md'), 'utf8');
    expect(report).toContain('boot-test');
    expect(report).toMatch(/http.*8080/i); // the example's own checks reach the boot test and its row
    expect((await exec('git', ['-C', clone, 'status', '--porcelain'])).stdout).toBe('');
  });
});
