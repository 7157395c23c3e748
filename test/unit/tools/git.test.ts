import { describe, expect, it } from 'vitest';
import { CommandError } from '../../../src/errors.js';
import type { Exec } from '../../../src/tools/exec.js';
import { Git } from '../../../src/tools/git.js';

const SHA1 = '0123456789abcdef0123456789abcdef01234567';
const SHA256 = `${'ab'.repeat(32)}`;

describe('Git.parseHeadCommit', () => {
  it.each([
    [`${SHA1}\n1700000000\n`, { revision: SHA1, commitTime: 1_700_000_000 }],
    [`${SHA1}\n1700000000`, { revision: SHA1, commitTime: 1_700_000_000 }],
    [`  ${SHA1}\n0\n\n`, { revision: SHA1, commitTime: 0 }],
    [`${SHA256}\n42\n`, { revision: SHA256, commitTime: 42 }], // sha256 repositories
  ])('%j', (output, commit) => {
    expect(Git.parseHeadCommit(output)).toEqual(commit);
  });

  it.each([
    '',
    SHA1,
    `${SHA1}\n`,
    `${SHA1}\nyesterday`,
    `${SHA1}\n-5`,
    `${SHA1.toUpperCase()}\n5`,
    `${SHA1.slice(0, 39)}\n5`,
    'fatal: your current branch does not have any commits yet',
  ])('rejects %j', (output) => {
    expect(Git.parseHeadCommit(output)).toBeUndefined();
  });
});

describe('Git.normaliseRemote', () => {
  it.each([
    ['git@github.com:org/repo.git', 'https://github.com/org/repo'],
    ['git@github.com:org/repo', 'https://github.com/org/repo'],
    ['git@github.com:org/repo.git/', 'https://github.com/org/repo'],
    ['user@gitlab.example.com:group/sub/proj.git', 'https://gitlab.example.com/group/sub/proj'],
    ['https://github.com/org/repo.git', 'https://github.com/org/repo'],
    ['https://github.com/org/repo', 'https://github.com/org/repo'],
    ['https://github.com/org/repo/', 'https://github.com/org/repo'],
    ['https://x-access-token:ghs_secret@github.com/org/repo.git', 'https://github.com/org/repo'],
    ['https://user@github.com/org/repo', 'https://github.com/org/repo'],
    ['http://git.local/org/repo.git', 'https://git.local/org/repo'],
    ['ssh://git@github.com/org/repo.git', 'https://github.com/org/repo'],
    ['ssh://git@github.com:22/org/repo.git', 'https://github.com/org/repo'],
    ['git://github.com/org/repo.git', 'https://github.com/org/repo'],
    ['  https://github.com/org/repo.git\n', 'https://github.com/org/repo'],
    ['https://github.com', 'https://github.com'],
  ])('%j → %j', (url, normalised) => {
    expect(Git.normaliseRemote(url)).toBe(normalised);
  });

  it.each([
    '',
    'garbage',
    '/srv/git/repo.git',
    '../repo',
    'file:///srv/git/repo.git',
    'ftp://host/repo',
    'C:\\repos\\x',
  ])('gives undefined for %j', (url) => {
    expect(Git.normaliseRemote(url)).toBeUndefined();
  });

  it('never leaks credentials', () => {
    expect(Git.normaliseRemote('https://alice:hunter2@git.example.com/org/repo.git')).not.toContain(
      'hunter2',
    );
  });

  // Regression (fixed): src/tools/git.ts:40 — `https://${parsed.hostname}` drops the port of an http(s) remote, so a
  // self-hosted forge on a non-default port gets a source label pointing at the wrong server. (For ssh:// the
  // port is the SSH port and dropping it is right.) Fix: use `parsed.host` for http:/https: remotes.
  it('keeps the port of an https remote', () => {
    expect(Git.normaliseRemote('https://git.example.com:8443/org/repo.git')).toBe(
      'https://git.example.com:8443/org/repo',
    );
  });
});

describe('Git commands', () => {
  function gitWith(answer: (args: readonly string[]) => string | Error) {
    const calls: string[][] = [];
    const exec: Exec = async (file, args) => {
      calls.push([file, ...args]);
      const result = answer(args);
      if (result instanceof Error) throw result;
      return { exitCode: 0, stdout: result, stderr: '', durationMs: 1 };
    };
    return { git: new Git(exec), calls };
  }

  it('headCommit asks for hash and commit time of HEAD in the directory', async () => {
    const { git, calls } = gitWith(() => `${SHA1}\n1700000000\n`);
    await expect(git.headCommit('/src')).resolves.toEqual({ revision: SHA1, commitTime: 1_700_000_000 });
    expect(calls).toEqual([['git', '-C', '/src', 'log', '-1', '--format=%H%n%ct']]);
  });

  it('remoteUrl normalises the named remote', async () => {
    const { git, calls } = gitWith(() => 'git@github.com:org/repo.git\n');
    await expect(git.remoteUrl('/src', 'upstream')).resolves.toBe('https://github.com/org/repo');
    expect(calls).toEqual([['git', '-C', '/src', 'remote', 'get-url', 'upstream']]);
  });

  it('gives undefined when git fails (not a checkout, no remote)', async () => {
    const failed = new CommandError('git exited with code 128', {
      command: 'git',
      exitCode: 128,
      stderrTail: [],
    });
    const { git } = gitWith(() => failed);
    await expect(git.headCommit('/tmp')).resolves.toBeUndefined();
    await expect(git.remoteUrl('/tmp')).resolves.toBeUndefined();
  });

  it('passes other errors on', async () => {
    const { git } = gitWith(() => new RangeError('odd'));
    await expect(git.headCommit('/src')).rejects.toThrow(RangeError);
    await expect(git.remoteUrl('/src')).rejects.toThrow(RangeError);
  });
});
