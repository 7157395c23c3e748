import { describe, expect, it } from 'vitest';
import { bootcConfigToml, isBootcImage, selectBackend } from '../../../src/disk/backend.js';
import { ConfigurationError } from '../../../src/errors.js';
import type { Exec } from '../../../src/tools/exec.js';
import { BootcImageBuilder, ImageBuilder, type BootcBuild } from '../../../src/tools/image-builder.js';

const build: BootcBuild = {
  ref: 'quay.io/fedora/fedora-bootc:41',
  types: ['qcow2', 'ami'],
  outputDir: '/ws/output',
  config: '/ws/config.toml',
  rootfs: 'ext4',
  authfile: '/run/auth.json',
};

describe('selectBackend', () => {
  it.each([
    [{ 'containers.bootc': '1' }, 'image-builder'],
    [{ 'ostree.bootable': 'true' }, 'image-builder'],
    [{ 'ostree.bootable': '1' }, 'image-builder'],
    [{ 'containers.bootc': '0' }, 'builtin'],
    [{}, 'builtin'],
  ])('auto picks by the labels %j', (labels, backend) => {
    expect(isBootcImage(labels)).toBe(backend === 'image-builder');
    expect(selectBackend('auto', labels)).toBe(backend);
  });

  it('keeps an explicit choice', () => {
    expect(selectBackend('builtin', { 'containers.bootc': '1' })).toBe('builtin');
    expect(selectBackend('image-builder', {})).toBe('image-builder');
  });
});

describe('ImageBuilder', () => {
  it('builds one type per run from the bootc ref, credentials only through REGISTRY_AUTH_FILE', async () => {
    expect(ImageBuilder.buildArgs(build, 'qcow2')).toEqual([
      'build',
      '--bootc-ref=quay.io/fedora/fedora-bootc:41',
      '--output-dir=/ws/output',
      '--blueprint=/ws/config.toml',
      '--bootc-default-fs=ext4',
      'qcow2',
    ]);
    const calls: Array<{ args: readonly string[]; env?: Record<string, string | undefined> }> = [];
    const exec: Exec = async (_file, args, options) => {
      calls.push({ args, env: options?.env });
      return { exitCode: 0, stdout: '', stderr: '', durationMs: 0 };
    };
    await new ImageBuilder(exec).build(build);
    expect(calls.map((call) => call.args.at(-1))).toEqual(['qcow2', 'ami']);
    expect(calls[0]!.env).toEqual({ REGISTRY_AUTH_FILE: '/run/auth.json' });
    expect(calls.flatMap((call) => call.args).join(' ')).not.toContain('auth.json');
  });
});

describe('BootcImageBuilder', () => {
  it('runs the builder container privileged with root storage, output, config and auth mounted', () => {
    expect(
      BootcImageBuilder.runArgs(
        { ...build, tlsVerify: false },
        'quay.io/centos-bootc/bootc-image-builder:latest',
      ),
    ).toEqual([
      'run',
      '--rm',
      '--privileged',
      '--pull=newer',
      '--security-opt=label=type:unconfined_t',
      '--volume=/ws/output:/output',
      '--volume=/var/lib/containers/storage:/var/lib/containers/storage',
      '--volume=/ws/config.toml:/config.toml:ro',
      '--volume=/run/auth.json:/run/containers/0/auth.json:ro',
      'quay.io/centos-bootc/bootc-image-builder:latest',
      '--type=qcow2',
      '--type=ami',
      '--rootfs=ext4',
      '--tls-verify=false',
      'quay.io/fedora/fedora-bootc:41',
    ]);
  });

  it('leaves out what is not set', () => {
    expect(BootcImageBuilder.runArgs({ ref: 'r', types: ['raw'], outputDir: '/o' }, 'bib')).toEqual([
      'run',
      '--rm',
      '--privileged',
      '--pull=newer',
      '--security-opt=label=type:unconfined_t',
      '--volume=/o:/output',
      '--volume=/var/lib/containers/storage:/var/lib/containers/storage',
      'bib',
      '--type=raw',
      'r',
    ]);
  });
});

describe('bootcConfigToml', () => {
  it('writes users, filesystem sizes and kernel arguments', () => {
    expect(
      bootcConfigToml({
        users: [{ name: 'ops', key: 'ssh-ed25519 AAAA ops@example', groups: ['wheel'] }],
        kernelArgs: ['console=ttyS0', 'mitigations=auto'],
        filesystems: { '/': '10 GiB' },
        allowSshKeys: true,
      }),
    ).toBe(
      [
        '[[customizations.user]]',
        'name = "ops"',
        'key = "ssh-ed25519 AAAA ops@example"',
        'groups = ["wheel"]',
        '',
        '[[customizations.filesystem]]',
        'mountpoint = "/"',
        'minsize = "10 GiB"',
        '',
        '[customizations.kernel]',
        'append = "console=ttyS0 mitigations=auto"',
        '',
      ].join('\n'),
    );
  });

  it.each([
    [{ users: [{ name: 'ops', key: 'ssh-ed25519 A' }] }, /policy does not allow SSH logins/],
    [{ users: [{ name: 'Root Admin' }] }, /not a valid user name/],
    [{ filesystems: { var: '1 GiB' } }, /must be an absolute path/],
  ])('refuses %j', (change, message) => {
    expect(() =>
      bootcConfigToml({ users: [], kernelArgs: [], filesystems: {}, allowSshKeys: false, ...change }),
    ).toThrow(message);
    expect(() =>
      bootcConfigToml({ users: [], kernelArgs: [], filesystems: {}, allowSshKeys: false, ...change }),
    ).toThrow(ConfigurationError);
  });
});
