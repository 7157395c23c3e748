/**
 * The bundled example, built by the committed CLI bundle from the mmdebstrap-made Debian base, pushed to a
 * real registry and read back: labels, digest, and the bootable content (kernel, enabled service).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readlinkSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exec } from '../../src/tools/exec.js';
import { Buildah } from '../../src/tools/buildah.js';
import { DEBIAN_BASE, importDebianBase } from '../harness/bases.js';
import { startRegistry, type TestRegistry } from '../harness/registry.js';
import { createTestStorage, type TestStorage } from '../harness/storage.js';

let storage: TestStorage;
let registry: TestRegistry;

beforeAll(async () => {
  storage = await createTestStorage();
  await importDebianBase(storage);
  registry = await startRegistry();
});

afterAll(async () => {
  await registry?.stop();
  await storage?.cleanup();
});

describe('examples/debian-bootable-app', () => {
  it('builds with osimg build, pushes, and contains a bootable system with the service enabled', async () => {
    const image = `${registry.address}/examples/debian-bootable-app`;
    const cli = spawnSync(
      'node',
      [
        'dist/cli/index.js',
        'build',
        'examples/debian-bootable-app',
        '--image',
        image,
        '--tag',
        'test',
        '--push',
        '--json',
        '--quiet',
        ...storage.cliArgs,
      ],
      { encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' } },
    );
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(0);
    const result = JSON.parse(cli.stdout) as {
      digest: string;
      base: { name: string; digest: string };
      labels: Record<string, string>;
    };
    expect(result.base.name).toBe(DEBIAN_BASE.name);
    expect(result.labels['org.opencontainers.image.description']).toContain('bootable Debian app');

    const inspect = await exec('skopeo', ['inspect', '--tls-verify=false', `docker://${image}:test`]);
    const pushed = JSON.parse(inspect.stdout) as { Digest: string; Labels: Record<string, string> };
    expect(pushed.Digest).toBe(result.digest);
    expect(pushed.Labels['org.opencontainers.image.base.digest']).toBe(result.base.digest);

    // Look inside: a kernel, systemd as init, and the example service enabled for multi-user.target.
    const global = Buildah.globalArgs(storage);
    const container = (await exec('buildah', [...global, 'from', `${image}:test`])).stdout.trim();
    try {
      const root = (await exec('buildah', [...global, 'mount', container])).stdout.trim();
      expect(readdirSync(join(root, 'boot')).some((name) => name.startsWith('vmlinuz-'))).toBe(true);
      expect(readlinkSync(join(root, 'sbin/init'))).toContain('systemd');
      const wants = join(root, 'etc/systemd/system/multi-user.target.wants/hello.service');
      expect(lstatSync(wants).isSymbolicLink()).toBe(true);
      expect(statSync(join(root, 'usr/local/bin/osimg-hello-ready')).mode & 0o111).toBeTruthy();
      expect(existsSync(join(root, 'srv/www/index.html'))).toBe(true);
    } finally {
      await exec('buildah', [...global, 'rm', container]);
    }
  });
});
