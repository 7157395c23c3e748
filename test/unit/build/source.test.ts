import { describe, expect, it } from 'vitest';
import { defaultVersion, pickSourceDateEpoch, resolveSource } from '../../../src/build/source.js';
import { CommandError, ConfigurationError, OsimgError } from '../../../src/errors.js';
import type { Exec, ExecResult } from '../../../src/tools/exec.js';
import { Git } from '../../../src/tools/git.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const GITHUB_SHA = 'fedcba9876543210fedcba9876543210fedcba98';

/** A fake Exec answering git subcommands with canned output; records the argv it was given. */
function fakeGit(answers: { log?: string | Error; remote?: string | Error }) {
  const calls: string[][] = [];
  const result = (stdout: string): ExecResult => ({ exitCode: 0, stdout, stderr: '', durationMs: 1 });
  const exec: Exec = async (file, args) => {
    calls.push([file, ...args]);
    const answer = args.includes('log') ? answers.log : args.includes('remote') ? answers.remote : undefined;
    if (answer instanceof Error) throw answer;
    if (answer === undefined) throw new Error(`unexpected git call: ${args.join(' ')}`);
    return result(answer);
  };
  return { git: new Git(exec), calls };
}

const notARepo = () =>
  new CommandError('git exited with code 128', {
    command: 'git -C /x log',
    exitCode: 128,
    stderrTail: ['fatal: not a git repository (or any of the parent directories): .git'],
  });

describe('resolveSource', () => {
  it('uses the GitHub context for url, revision and a tag version', async () => {
    const { git, calls } = fakeGit({ log: `${SHA}\n1700000000\n` });
    const resolved = await resolveSource(git, '/work/src', {
      serverUrl: 'https://github.example.com',
      repository: 'org/repo',
      sha: GITHUB_SHA,
      ref: 'refs/tags/v1.2.3',
    });
    expect(resolved).toEqual({
      source: { url: 'https://github.example.com/org/repo', revision: GITHUB_SHA, version: 'v1.2.3' },
      commitTime: 1_700_000_000,
    });
    expect(calls).toEqual([['git', '-C', '/work/src', 'log', '-1', '--format=%H%n%ct']]);
  });

  it.each([
    ['a branch ref', 'refs/heads/main', undefined],
    ['a pull request ref', 'refs/pull/7/merge', undefined],
    ['no ref', undefined, undefined],
    ['a nested tag', 'refs/tags/release/2024.1', 'release/2024.1'],
  ])('GitHub context with %s gives version %s', async (_what, ref, version) => {
    const { git } = fakeGit({ log: notARepo() });
    const resolved = await resolveSource(git, '.', { repository: 'org/repo', sha: GITHUB_SHA, ref });
    expect(resolved.source).toEqual({ url: 'https://github.com/org/repo', revision: GITHUB_SHA, version });
    expect(resolved.commitTime).toBeUndefined();
  });

  it('asks git for the commit and the origin remote outside GitHub', async () => {
    const { git, calls } = fakeGit({ log: `${SHA}\n1700000123\n`, remote: 'git@github.com:org/repo.git\n' });
    const resolved = await resolveSource(git, '/src', {});
    expect(resolved).toEqual({
      source: { url: 'https://github.com/org/repo', revision: SHA },
      commitTime: 1_700_000_123,
    });
    expect(calls).toContainEqual(['git', '-C', '/src', 'remote', 'get-url', 'origin']);
  });

  it('falls back to git when the GitHub context is incomplete', async () => {
    const { git } = fakeGit({ log: `${SHA}\n5\n`, remote: 'https://gitlab.com/g/p.git' });
    const resolved = await resolveSource(git, '/src', { repository: 'org/repo' });
    expect(resolved.source).toEqual({ url: 'https://gitlab.com/g/p', revision: SHA });
  });

  it('gives an empty source outside a git checkout', async () => {
    const { git } = fakeGit({ log: notARepo(), remote: notARepo() });
    await expect(resolveSource(git, '/tmp/x', {})).resolves.toEqual({
      source: { url: undefined, revision: undefined },
      commitTime: undefined,
    });
  });

  it('gives no url when there is no origin remote', async () => {
    const noRemote = new CommandError('git exited with code 2', {
      command: 'git remote get-url origin',
      exitCode: 2,
      stderrTail: ["error: No such remote 'origin'"],
    });
    const { git } = fakeGit({ log: `${SHA}\n5\n`, remote: noRemote });
    const resolved = await resolveSource(git, '/src', {});
    expect(resolved.source).toEqual({ url: undefined, revision: SHA });
  });

  it('passes errors other than a failed git command on', async () => {
    const { git } = fakeGit({ log: new TypeError('boom') });
    await expect(resolveSource(git, '/src', {})).rejects.toThrow('boom');
  });

  // Regression (fixed): src/tools/git.ts:52 and :62 — headCommit/remoteUrl treat only CommandError as "no information", so
  // on a machine without git the TOOL_NOT_FOUND error escapes and `osimg build` fails ("git is not installed")
  // although the source labels are optional (and even `osimg build` without --image reports that instead of
  // "image is required"). Fix: also return undefined for OsimgError code TOOL_NOT_FOUND (maybe with a warning).
  it('builds without source information when git is not installed', async () => {
    const missing = new OsimgError('git is not installed or not on PATH', { code: 'TOOL_NOT_FOUND' });
    const { git } = fakeGit({ log: missing, remote: missing });
    await expect(resolveSource(git, '/src', {})).resolves.toEqual({
      source: { url: undefined, revision: undefined },
      commitTime: undefined,
    });
  });
});

describe('pickSourceDateEpoch', () => {
  it.each<[string, string | undefined, number | undefined, number | undefined]>([
    ['1700000000', '1600000000', 1_500_000_000, 1_700_000_000],
    ['', '1600000000', 1_500_000_000, 1_600_000_000],
    ['  ', ' 1600000000 ', 1_500_000_000, 1_600_000_000],
    ['', undefined, 1_500_000_000, 1_500_000_000],
    ['', '', 1_500_000_000, 1_500_000_000],
    ['', undefined, undefined, undefined],
    ['0', undefined, undefined, 0],
    ['999999999999', undefined, undefined, 999_999_999_999],
  ])('explicit %j, env %j, commit %s → %s', (explicit, env, commit, expected) => {
    expect(pickSourceDateEpoch(explicit, env, commit)).toBe(expected);
  });

  it.each([
    ['explicit', 'yesterday', undefined, 'source-date-epoch'],
    ['explicit', '-1', undefined, 'source-date-epoch'],
    ['explicit', '1.5', undefined, 'source-date-epoch'],
    ['explicit', '1700000000000', undefined, 'source-date-epoch'],
    ['environment', '', '2024-01-01', 'SOURCE_DATE_EPOCH'],
    ['environment', '', '0x10', 'SOURCE_DATE_EPOCH'],
  ])('rejects an invalid %s value naming it', (_where, explicit, env, name) => {
    const run = () => pickSourceDateEpoch(explicit, env, 1);
    expect(run).toThrow(ConfigurationError);
    expect(run).toThrow(new RegExp(`^${name} must be a Unix time in seconds`));
    expect(run).toThrow(`"${explicit || env}"`);
  });

  it('does not look at the environment when the explicit value is valid', () => {
    expect(pickSourceDateEpoch('5', 'garbage', undefined)).toBe(5);
  });
});

describe('defaultVersion', () => {
  it.each<[string | undefined, string[], string | undefined]>([
    ['v1.0.0', ['latest', 'v2'], 'v1.0.0'],
    [undefined, ['latest', '2024.05', 'stable'], '2024.05'],
    [undefined, ['latest'], undefined],
    [undefined, [], undefined],
    [undefined, ['sha-abc'], 'sha-abc'],
  ])('source version %s, tags %j → %s', (version, tags, expected) => {
    expect(defaultVersion({ version }, tags)).toBe(expected);
  });
});
