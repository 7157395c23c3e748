import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_HELP } from '../../../src/cli/build.js';
import { HELP, main, type CliContext } from '../../../src/cli/main.js';

let cwd: string;

beforeAll(async () => {
  // Not a git checkout, so the build command's source lookup finds nothing.
  cwd = await mkdtemp(join(tmpdir(), 'osimg-cli-'));
});

afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

/** Runs the CLI with an in-memory context. */
async function run(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const context: CliContext = {
    cwd,
    env,
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readStdin: async () => '',
  };
  const code = await main(argv, context);
  return { code, stdout, stderr };
}

describe('osimg CLI', () => {
  it('prints help and exits 2 without arguments', async () => {
    const result = await run([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe(HELP);
    expect(result.stderr).toBe('');
  });

  it.each([['--help'], ['-h'], ['help']])('%s prints help and exits 0', async (flag) => {
    const result = await run([flag]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(HELP);
    expect(result.stdout).toContain('Usage: osimg <command>');
  });

  it.each([['version'], ['--version']])('%s prints the package.json version', async (command) => {
    const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };
    const result = await run([command]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${pkg.version}\n`);
  });

  it('help build prints the build help', async () => {
    const result = await run(['help', 'build']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(BUILD_HELP);
  });

  it('help for an unknown topic prints the general help', async () => {
    expect((await run(['help', 'nope'])).stdout).toBe(HELP);
  });

  it('rejects an unknown command with one line and exit 2', async () => {
    const result = await run(['frobnicate', '--x']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`osimg: unknown command "frobnicate": run 'osimg --help' for the list\n`);
  });

  it('build --help exits 0 and lists --image', async () => {
    const result = await run(['build', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(BUILD_HELP);
    expect(result.stdout).toContain('--image NAME');
  });

  it.each([
    [['build', '--bogus'], 'unknown option --bogus'],
    [['build', '-x'], 'unknown option -x'],
    [['build', '--image=x', '--tag'], '--tag'],
    [['build', '--push=yes'], '--push'],
  ])('%j is a usage error (exit 2, one line)', async (argv, fragment) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^osimg: .*: run with --help for the options\n$/);
    expect(result.stderr).toContain(fragment);
    expect(result.stderr.split('\n')).toHaveLength(2);
  });

  // Regression (fixed): src/cli/main.ts:73 (describeUsage) — `message.split('. ')[0]` keeps only the first sentence when
  // sentences are separated by ". ", but node:util parseArgs separates them with ".\n" for an option value that
  // starts with a dash, so `osimg build --tag -bad` prints a three-line message. Fix: `message.split(/\.\s/)[0]`.
  it('keeps a usage error for a dash-led option value to one line', async () => {
    const result = await run(['build', '--image', 'ghcr.io/org/myos', '--tag', '-bad']);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')).toHaveLength(2);
  });

  it.each([
    [['build', 'a', 'b'], 'osimg build takes one CONTEXT directory, got 2: a b'],
    [['build', '--pull', 'sometimes'], '--pull must be one of missing, always, never, not "sometimes"'],
    [['build', '--tls-verify', 'maybe'], '--tls-verify must be true or false, not "maybe"'],
    [['build', '--isolation', 'vm'], '--isolation must be one of auto, chroot, oci, rootless'],
    [['build', '--build-arg', 'NOEQUALS'], '--build-arg: "NOEQUALS" is not KEY=VALUE'],
    [['build', '--label', '=v'], '--label: "=v" is not KEY=VALUE'],
  ])('%j is a configuration error (exit 2)', async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr.startsWith('osimg: ')).toBe(true);
  });

  it('build without --image exits 2 saying the image is required', async () => {
    const result = await run(['build', cwd]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('osimg: image is required: set it to the image name, e.g. ghcr.io/org/myos\n');
  });

  it.each([
    [['build', '--image', 'Bad/Name'], 'is not a valid image reference'],
    [['build', '--image', 'ghcr.io/org/myos', '--tag=-bad'], 'tag "-bad" is invalid'],
    [['build', '--image', 'ghcr.io/org/myos', '--username', 'alice'], 'username is set but password is not'],
    [
      ['build', '--image', 'ghcr.io/org/myos', '--source-date-epoch', 'now'],
      'source-date-epoch must be a Unix time',
    ],
  ])('%j is rejected before building (exit 2)', async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('reads the password from the environment', async () => {
    // A password without a username is rejected, which proves the variable was read.
    const result = await run(['build', '--image', 'ghcr.io/org/myos'], { OSIMG_REGISTRY_PASSWORD: 'secret' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('password is set but username is not');
    expect(result.stderr).not.toContain('secret');
  });
});
