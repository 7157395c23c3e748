import { describe, expect, it } from 'vitest';
import { CommandError, OsimgError } from '../../../src/errors.js';
import type { Exec, ExecOptions, ExecResult } from '../../../src/tools/exec.js';
import { Tool, extractSemver } from '../../../src/tools/tool.js';

describe('extractSemver', () => {
  it.each([
    ['buildah version 1.28.2 (image-spec 1.1.0-rc2, runtime-spec 1.0.2-dev)', '1.28.2'],
    ['git version 2.39.5', '2.39.5'],
    ['tar (GNU tar) 1.34\nCopyright (C) 2021 Free Software Foundation, Inc.', '1.34.0'],
    ['skopeo version 1.9.3', '1.9.3'],
    ['podman version 4.3.1', '4.3.1'],
    ['qemu-img version 7.2.15 (Debian 1:7.2+dfsg-7+deb12u12)', '7.2.15'],
    ['v10.0', '10.0.0'],
  ])('%j → %s', (output, version) => {
    expect(extractSemver(output, 'tool')).toBe(version);
  });

  it.each(['', 'no digits here', 'version 7', 'command not found'])(
    'rejects %j naming the binary',
    (output) => {
      const run = () => extractSemver(output, 'mytool');
      expect(run).toThrow(OsimgError);
      expect(run).toThrow(`cannot read the version of mytool from: ${output}`);
    },
  );

  it('quotes at most 200 characters of the output', () => {
    let message = '';
    try {
      extractSemver('x'.repeat(1000), 'mytool');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(`cannot read the version of mytool from: ${'x'.repeat(200)}`);
  });
});

class FakeTool extends Tool {
  protected readonly installHint = 'install faketool (apt-get install faketool)';
  protected parseVersion(output: string): string {
    return extractSemver(output, this.binary);
  }
  runPublic(args: readonly string[], options?: ExecOptions): Promise<ExecResult> {
    return this.run(args, options);
  }
}

/** A fake Exec answering from a queue; each entry is output or an error to throw. */
function scriptedExec(answers: Array<string | Error>) {
  const calls: string[][] = [];
  const exec: Exec = async (file, args) => {
    calls.push([file, ...args]);
    const answer = answers.shift() ?? new Error('no more answers');
    if (answer instanceof Error) throw answer;
    return { exitCode: 0, stdout: answer, stderr: '', durationMs: 1 };
  };
  return { exec, calls };
}

const notFound = () => new OsimgError('faketool is not installed or not on PATH', { code: 'TOOL_NOT_FOUND' });

describe('Tool', () => {
  it('memoises the version: exec runs once for many calls', async () => {
    const { exec, calls } = scriptedExec(['faketool version 1.2.3']);
    const tool = new FakeTool('faketool', exec);
    const versions = await Promise.all([tool.version(), tool.version(), tool.version()]);
    expect(versions).toEqual(['1.2.3', '1.2.3', '1.2.3']);
    await expect(tool.version()).resolves.toBe('1.2.3');
    await expect(tool.isAvailable()).resolves.toBe(true);
    expect(calls).toEqual([['faketool', '--version']]);
  });

  it('does not cache a failed probe: a tool installed later is found', async () => {
    const { exec, calls } = scriptedExec([notFound(), 'faketool version 2.0.0']);
    const tool = new FakeTool('faketool', exec);
    await expect(tool.version()).rejects.toThrow('not installed');
    await expect(tool.version()).resolves.toBe('2.0.0');
    expect(calls).toHaveLength(2);
  });

  it('does not cache unparsable version output either', async () => {
    const { exec } = scriptedExec(['garbage', 'faketool 3.1']);
    const tool = new FakeTool('faketool', exec);
    await expect(tool.version()).rejects.toThrow('cannot read the version of faketool');
    await expect(tool.version()).resolves.toBe('3.1.0');
  });

  it('isAvailable is false when the probe fails, without throwing', async () => {
    const { exec } = scriptedExec([notFound()]);
    await expect(new FakeTool('faketool', exec).isAvailable()).resolves.toBe(false);
  });

  it.each([
    ['>=1.2', true],
    ['^1.0.0', true],
    ['>=1.3', false],
    ['2.x', false],
  ])('versionSatisfies(%s) for 1.2.3 → %s', async (range, satisfied) => {
    const { exec } = scriptedExec(['faketool version 1.2.3']);
    await expect(new FakeTool('faketool', exec).versionSatisfies(range)).resolves.toBe(satisfied);
  });

  it('rewrites TOOL_NOT_FOUND with the install hint, keeping the cause', async () => {
    const original = notFound();
    const { exec } = scriptedExec([original]);
    const error = await new FakeTool('faketool', exec).runPublic(['do']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OsimgError);
    expect((error as OsimgError).code).toBe('TOOL_NOT_FOUND');
    expect((error as Error).message).toBe(
      'faketool is not installed or not on PATH: install faketool (apt-get install faketool)',
    );
    expect((error as Error).cause).toBe(original);
  });

  it.each([
    [
      'a command failure',
      new CommandError('faketool exited 1', { command: 'faketool', exitCode: 1, stderrTail: [] }),
    ],
    ['another OsimgError', new OsimgError('timeout', { code: 'TIMEOUT' })],
    ['a foreign error', new TypeError('bug')],
  ])('passes %s on unchanged', async (_what, thrown) => {
    const { exec } = scriptedExec([thrown]);
    await expect(new FakeTool('faketool', exec).runPublic([])).rejects.toBe(thrown);
  });

  it('passes arguments and options to exec', async () => {
    const seen: Array<[string, readonly string[], ExecOptions | undefined]> = [];
    const exec: Exec = async (file, args, options) => {
      seen.push([file, args, options]);
      return { exitCode: 0, stdout: 'ok', stderr: '', durationMs: 1 };
    };
    const options = { cwd: '/tmp', timeoutMs: 5 };
    await expect(
      new FakeTool('/opt/bin/faketool', exec).runPublic(['a', 'b'], options),
    ).resolves.toMatchObject({
      stdout: 'ok',
    });
    expect(seen).toEqual([['/opt/bin/faketool', ['a', 'b'], options]]);
  });
});
