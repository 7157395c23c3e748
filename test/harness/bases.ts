/**
 * Base images made locally (nothing can be pulled from public registries here), cached between runs
 * under ~/.cache/osimg-test keyed by their inputs:
 * - tiny: a static busybox rootfs, for fast build tests;
 * - debian: mmdebstrap bookworm minbase with systemd, a kernel and busybox — a bootable OS base.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rename, rm, symlink } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { exec } from '../../src/tools/exec.js';
import { Buildah, type StorageOptions } from '../../src/tools/buildah.js';

export const CACHE_DIR = process.env.OSIMG_TEST_CACHE ?? join(homedir(), '.cache', 'osimg-test');

export const DEBIAN_BASE = {
  suite: 'bookworm',
  variant: 'minbase',
  packages: ['systemd-sysv', 'udev', 'linux-image-amd64', 'busybox'],
  mirror: process.env.OSIMG_DEBIAN_MIRROR ?? 'http://deb.debian.org/debian',
  name: 'localhost/osimg/debian-base:bookworm',
};

export const TINY_BASE = { name: 'localhost/osimg/tiny-base:1' };

function cacheKey(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 16);
}

/** Writes a cache entry through a temp name, so an interrupted run never leaves a truncated file. */
async function cached(name: string, make: (path: string) => Promise<void>): Promise<string> {
  const path = join(CACHE_DIR, name);
  if (existsSync(path)) return path;
  await mkdir(CACHE_DIR, { recursive: true });
  // Keep the extension last: mmdebstrap picks its output format (a tarball, not a directory) from it.
  const dot = name.indexOf('.');
  const partial = join(
    CACHE_DIR,
    `${dot > 0 ? name.slice(0, dot) : name}.partial-${process.pid}${dot > 0 ? name.slice(dot) : ''}`,
  );
  try {
    await make(partial);
    await rename(partial, path);
  } finally {
    await rm(partial, { force: true });
  }
  return path;
}

export function tinyRootfs(): Promise<string> {
  return cached(`tiny-${cacheKey(['busybox', 1])}.tar`, async (path) => {
    const dir = await mkdtemp(join(tmpdir(), 'osimg-tiny-'));
    try {
      await mkdir(join(dir, 'bin'));
      await mkdir(join(dir, 'etc'));
      await copyFile('/bin/busybox', join(dir, 'bin', 'busybox'));
      for (const applet of ['sh', 'ls', 'cat', 'echo', 'mkdir', 'false', 'true', 'chmod', 'sleep', 'id']) {
        await symlink('busybox', join(dir, 'bin', applet));
      }
      await exec('tar', ['--create', `--file=${path}`, `--directory=${dir}`, '--owner=0', '--group=0', '.']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
}

export function debianRootfs(): Promise<string> {
  const { suite, variant, packages, mirror } = DEBIAN_BASE;
  return cached(`debian-${cacheKey([suite, variant, packages, mirror])}.tar`, async (path) => {
    await exec(
      'mmdebstrap',
      ['--quiet', `--variant=${variant}`, `--include=${packages.join(',')}`, suite, path, mirror],
      {
        timeoutMs: 15 * 60_000,
      },
    );
  });
}

/** Imports a rootfs tar into a storage as an image with the given name (skipped when it is there). */
export async function importBase(
  storage: StorageOptions,
  rootfs: string,
  name: string,
  config: string[] = [],
): Promise<void> {
  const global = Buildah.globalArgs(storage);
  const present = await exec('buildah', [...global, 'inspect', '--type=image', name]).then(
    () => true,
    () => false,
  );
  if (present) return;
  const container = (await exec('buildah', [...global, 'from', 'scratch'])).stdout.trim();
  try {
    await exec('buildah', [...global, 'add', container, rootfs, '/']);
    if (config.length > 0) await exec('buildah', [...global, 'config', ...config, container]);
    await exec('buildah', [...global, 'commit', '--quiet', '--timestamp=1700000000', container, name]);
  } finally {
    await exec('buildah', [...global, 'rm', container]).catch(() => undefined);
  }
}

export async function importTinyBase(storage: StorageOptions): Promise<string> {
  await importBase(storage, await tinyRootfs(), TINY_BASE.name, ['--cmd=/bin/sh']);
  return TINY_BASE.name;
}

export async function importDebianBase(storage: StorageOptions): Promise<string> {
  await importBase(storage, await debianRootfs(), DEBIAN_BASE.name, ['--cmd=/sbin/init']);
  return DEBIAN_BASE.name;
}
