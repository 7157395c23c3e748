/**
 * The real sigstore-capable verifiers .ci/install-newer-tools fetches from Debian's newer suites (cosign 2.5
 * from trixie, cosign 3.1 from sid, skopeo 1.18 and podman 5.4 in a trixie root), found through the
 * tools.json it writes. Missing tools FAIL the tests with how to get them (CI runs install-deps first).
 *
 * skopeo and podman need trixie's libc, so they run with `chroot ROOT`; the network is shared, so the test
 * registry on 127.0.0.1 is reachable. Files they read go into a scratch directory inside the root.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { exec, type ExecOptions } from '../../src/tools/exec.js';

interface ToolsManifest {
  cosign2: { path: string; version: string };
  cosign3: { path: string; version: string };
  trixieRoot: { path: string; skopeo: string; podman: string };
}

export interface RealTools {
  cosign: { 2: { path: string; version: string }; 3: { path: string; version: string } };
  root: { path: string; skopeo: string; podman: string };
}

export function realTools(): RealTools {
  const cache = process.env.OSIMG_TOOLS_CACHE ?? join(homedir(), '.cache', 'osimg-tools');
  const file = join(cache, 'tools.json');
  const fix = 'run .ci/install-newer-tools (CI runs it from .ci/install-deps)';
  if (!existsSync(file)) throw new Error(`the interop tests need cosign 2/3, skopeo and podman: ${fix}`);
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as ToolsManifest;
  for (const path of [
    manifest.cosign2.path,
    manifest.cosign3.path,
    join(manifest.trixieRoot.path, '.complete'),
  ]) {
    if (!existsSync(path)) throw new Error(`${path} is missing: ${fix}`);
  }
  return { cosign: { 2: manifest.cosign2, 3: manifest.cosign3 }, root: manifest.trixieRoot };
}

export interface Outcome {
  ok: boolean;
  output: string;
}

/** Runs a tool that is expected to succeed or to refuse: the outcome, never a throw for a non-zero exit. */
export async function attempt(
  file: string,
  args: readonly string[],
  options: ExecOptions = {},
): Promise<Outcome> {
  try {
    const result = await exec(file, args, { timeoutMs: 120_000, ...options });
    return { ok: true, output: `${result.stdout}\n${result.stderr}` };
  } catch (error) {
    return { ok: false, output: String((error as Error).message) };
  }
}

/**
 * A cosign of one major version with its own HOME and TUF cache in `work` (so it never reads or writes the
 * user's ~/.sigstore) and no network beyond loopback: every call names a key or a trusted root file.
 */
export function cosignRunner(tools: RealTools, major: 2 | 3, work: string) {
  return (args: readonly string[], env: Record<string, string> = {}) =>
    attempt(tools.cosign[major].path, args, {
      cwd: work,
      env: { HOME: work, TUF_ROOT: join(work, 'tuf'), COSIGN_YES: 'true', ...env },
    });
}

const MOUNTS = ['proc', 'dev', 'sys'] as const;

/**
 * The trixie root, prepared for one test file: a scratch dir inside it (`inside` is its path as the
 * chrooted tools see it), and for podman the mounts it needs (/proc, /dev, /sys, and the root bound onto
 * itself, else layer writes fail with "remount /, flags: 0x44000"). `close()` undoes all of it.
 */
export interface TrixieRoot {
  path: string;
  /** The scratch dir: its host path, and its path inside the root. */
  scratch: { host: string; inside: string };
  run(args: readonly string[], options?: ExecOptions): Promise<Outcome>;
  close(): Promise<void>;
}

async function mountedUnder(root: string): Promise<string[]> {
  const lines = (await readFile('/proc/self/mountinfo', 'utf8')).split('\n');
  return lines
    .map((line) => line.split(' ')[4] ?? '')
    .filter((point) => point === root || point.startsWith(`${root}/`));
}

async function unmountAll(root: string): Promise<void> {
  // Deepest first; lazily, so a busy mount cannot outlive the test run.
  for (const point of (await mountedUnder(root)).sort((a, b) => b.length - a.length)) {
    await exec('umount', ['-l', point]);
  }
}

export async function openTrixieRoot(tools: RealTools, options: { mounts: boolean }): Promise<TrixieRoot> {
  const root = tools.root.path;
  // A run that was killed may have left its mounts: start clean.
  await unmountAll(root);
  const host = await mkdtemp(join(root, 'tmp', 'osimg-interop-'));
  const inside = host.slice(root.length);
  if (options.mounts) {
    try {
      await exec('mount', ['--bind', root, root]);
      await exec('mount', ['-t', 'proc', 'proc', join(root, 'proc')]);
      await exec('mount', ['--bind', '/dev', join(root, 'dev')]);
      await exec('mount', ['-t', 'sysfs', 'sysfs', join(root, 'sys')]);
    } catch (error) {
      await unmountAll(root);
      await rm(host, { recursive: true, force: true });
      throw error;
    }
  }
  return {
    path: root,
    scratch: { host, inside },
    run: (args, runOptions = {}) => attempt('chroot', [root, ...args], runOptions),
    async close() {
      await unmountAll(root);
      await rm(host, { recursive: true, force: true });
      for (const point of MOUNTS) {
        if ((await mountedUnder(join(root, point))).length > 0)
          throw new Error(`${root}/${point} is still mounted`);
      }
    },
  };
}
