/** Running image-builder as root (sudo), the runner steps it needs, and the CLI's progress lines. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { progressRenderer } from '../../../src/cli/progress.js';
import { bootcReference, bootcTypes } from '../../../src/disk/image-builder-backend.js';
import { prepareImageBuilderHost } from '../../../src/disk/image-builder-host.js';
import { ConfigurationError } from '../../../src/errors.js';
import { MemoryLogger } from '../../../src/log.js';
import type { Exec, ExecOptions } from '../../../src/tools/exec.js';
import { ImageBuilder } from '../../../src/tools/image-builder.js';
import { asRoot } from '../../../src/tools/sudo.js';
import { Sysctl } from '../../../src/tools/sysctl.js';

function recorder() {
  const calls: Array<{ file: string; args: readonly string[]; options?: ExecOptions }> = [];
  const exec: Exec = async (file, args, options) => {
    calls.push({ file, args, options });
    return { exitCode: 0, stdout: '', stderr: '', durationMs: 0 };
  };
  return { calls, exec };
}

describe('asRoot', () => {
  it('runs through sudo when not root, keeping credentials in the environment by name only', async () => {
    const { calls, exec } = recorder();
    await new ImageBuilder(asRoot(exec, 1001)).build({
      ref: 'quay.io/fedora/fedora-bootc:41',
      types: ['qcow2'],
      outputDir: '/o',
      authfile: '/run/user/1001/auth.json',
    });
    expect(calls[0]!.file).toBe('sudo');
    expect(calls[0]!.args).toEqual([
      '--non-interactive',
      '--preserve-env=REGISTRY_AUTH_FILE',
      '--',
      'image-builder',
      'build',
      '--bootc-ref=quay.io/fedora/fedora-bootc:41',
      '--output-dir=/o',
      'qcow2',
    ]);
    expect(calls[0]!.options?.env).toEqual({ REGISTRY_AUTH_FILE: '/run/user/1001/auth.json' });
  });

  it('runs the tool itself as root', async () => {
    const { calls, exec } = recorder();
    await new Sysctl(asRoot(exec, 0)).set('a.b', '0');
    expect(calls.map(({ file, args }) => [file, ...args])).toEqual([['sysctl', '-w', 'a.b=0']]);
  });
});

describe('image-builder inputs', () => {
  it('reads bootc images from a registry or root storage only, and makes only its own types', () => {
    expect(bootcReference({ kind: 'storage', name: 'localhost/a' })).toBe('localhost/a');
    expect(bootcReference({ kind: 'registry', ref: 'quay.io/a:1' })).toBe('quay.io/a:1');
    expect(() => bootcReference({ kind: 'oci-layout', path: '/l' })).toThrow(/not oci:\/l/);
    expect(bootcTypes(['qcow2', 'anaconda-iso'])).toEqual(['qcow2', 'anaconda-iso']);
    expect(() => bootcTypes(['iso'])).toThrow(/anaconda-iso/);
  });
});

describe('prepareImageBuilderHost', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'osimg-host-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const facts = (githubHosted: boolean, exec: Exec, apparmor: string, neededBytes = 1) => ({
    githubHosted,
    sysctl: new Sysctl(exec),
    log: new MemoryLogger(),
    apparmorPath: apparmor,
    spaceDirs: [dir, join(dir, 'not/made/yet')],
    neededBytes,
  });

  it('lifts the AppArmor user-namespace restriction on a GitHub-hosted runner', async () => {
    const apparmor = join(dir, 'restrict');
    await writeFile(apparmor, '1\n');
    const { calls, exec } = recorder();
    await prepareImageBuilderHost(facts(true, exec, apparmor));
    expect(calls.map(({ file, args }) => [file, ...args])).toEqual([
      ['sysctl', '-w', 'kernel.apparmor_restrict_unprivileged_userns=0'],
    ]);
  });

  it('only says what to run anywhere else', async () => {
    const apparmor = join(dir, 'restrict');
    await writeFile(apparmor, '1\n');
    const { calls, exec } = recorder();
    const error = await prepareImageBuilderHost(facts(false, exec, apparmor)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(
      /\(kernel\.apparmor_restrict_unprivileged_userns=1\).*run `sudo sysctl -w kernel\.apparmor_restrict_unprivileged_userns=0` first$/,
    );
    expect(calls).toEqual([]);
  });

  it('does nothing where there is no restriction, and checks free space (with the runner hint on GitHub)', async () => {
    const { calls, exec } = recorder();
    await prepareImageBuilderHost(facts(false, exec, join(dir, 'absent')));
    expect(calls).toEqual([]);
    await expect(
      prepareImageBuilderHost(facts(true, exec, join(dir, 'absent'), Number.MAX_SAFE_INTEGER)),
    ).rejects.toThrow(/^not enough disk space in .* free space first \(docs\/disk\.md: sudo rm -rf /);
  });
});

describe('progressRenderer', () => {
  it('redraws one line on a terminal and clears it at the end', () => {
    const out: string[] = [];
    const sink = progressRenderer({ write: (text) => out.push(text), isTTY: true });
    sink({ phase: 'write disk.raw', done: 1, total: 4 });
    sink({ phase: 'write disk.raw', done: 1, total: 4 });
    sink({ phase: 'write disk.raw', done: 4, total: 4 });
    sink({ phase: 'done', done: 1, total: 1 });
    expect(out).toEqual(['\r\x1b[Kwrite disk.raw 25%', '\r\x1b[Kwrite disk.raw 100%', '\r\x1b[K']);
  });

  it('writes plain lines at phase changes and then every interval elsewhere', () => {
    const out: string[] = [];
    let now = 0;
    const sink = progressRenderer({
      write: (text) => out.push(text),
      isTTY: false,
      intervalMs: 10,
      now: () => now,
    });
    sink({ phase: 'write disk.raw', done: 1, total: 2 });
    now = 5;
    sink({ phase: 'write disk.raw', done: 2, total: 4 });
    now = 10;
    sink({ phase: 'write disk.raw', done: 3, total: 4 });
    sink({ phase: 'sha256 disk.raw', done: 3 * 1024 * 1024, total: 0 });
    expect(out).toEqual([
      'progress: write disk.raw 50%\n',
      'progress: write disk.raw 75%\n',
      'progress: sha256 disk.raw 3 MiB\n',
    ]);
  });
});
