import { describe, expect, it } from 'vitest';
import {
  checkBuildable,
  ociArchitecture,
  parsePlatform,
  type Platform,
} from '../../../src/build/platform.js';
import { ConfigurationError } from '../../../src/errors.js';

describe('parsePlatform', () => {
  it.each<[string, Platform]>([
    ['linux/amd64', { os: 'linux', architecture: 'amd64', variant: undefined }],
    ['linux/arm64', { os: 'linux', architecture: 'arm64', variant: undefined }],
    ['linux/arm64/v8', { os: 'linux', architecture: 'arm64', variant: 'v8' }],
    ['linux/arm/v7', { os: 'linux', architecture: 'arm', variant: 'v7' }],
    ['linux/x86_64', { os: 'linux', architecture: 'amd64', variant: undefined }],
    ['linux/aarch64', { os: 'linux', architecture: 'arm64', variant: undefined }],
    ['linux/armhf', { os: 'linux', architecture: 'arm', variant: undefined }],
    ['linux/i386', { os: 'linux', architecture: '386', variant: undefined }],
    ['linux/riscv64', { os: 'linux', architecture: 'riscv64', variant: undefined }],
    ['  linux/s390x \n', { os: 'linux', architecture: 's390x', variant: undefined }],
    ['windows/amd64', { os: 'windows', architecture: 'amd64', variant: undefined }],
  ])('%j', (text, platform) => {
    expect(parsePlatform(text)).toEqual(platform);
  });

  it.each([
    '',
    'linux',
    'amd64',
    'linux/',
    '/amd64',
    'linux/amd64/v8/extra',
    'Linux/amd64',
    'linux/AMD64',
    'linux/arm-64',
    'linux//v7',
    'linux amd64',
  ])('rejects %j with the expected form', (text) => {
    const run = () => parsePlatform(text);
    expect(run).toThrow(ConfigurationError);
    expect(run).toThrow(`"${text}" is not a platform: use os/arch[/variant]`);
  });
});

describe('checkBuildable', () => {
  const platform = (architecture: string, os = 'linux'): Platform => ({ os, architecture });

  it.each<[string, string, string[]]>([
    ['native amd64', 'amd64', []],
    ['native arm64', 'arm64', []],
  ])('accepts %s without handlers', (_what, arch, handlers) => {
    expect(() => checkBuildable(platform(arch), arch, handlers)).not.toThrow();
  });

  it.each<[string, string, string[]]>([
    ['arm64', 'amd64', ['qemu-aarch64']],
    ['arm64', 'amd64', ['status', 'register', 'qemu-aarch64', 'qemu-arm']],
    ['arm', 'amd64', ['qemu-arm']],
    ['amd64', 'arm64', ['qemu-x86_64']],
    ['386', 'amd64', ['qemu-i386']],
    ['ppc64le', 'amd64', ['qemu-ppc64le']],
    ['s390x', 'amd64', ['qemu-s390x']],
    ['riscv64', 'amd64', ['qemu-riscv64']],
    ['arm64', 'amd64', ['qemu-user-static-aarch64']], // some distributions prefix the handler name differently
  ])('accepts foreign %s on %s with handlers %j', (arch, host, handlers) => {
    expect(() => checkBuildable(platform(arch), host, handlers)).not.toThrow();
  });

  it.each<[string, string, string[]]>([
    ['arm64', 'amd64', []],
    ['arm64', 'amd64', ['qemu-arm', 'qemu-x86_64']],
    ['arm64', 'amd64', ['qemu-aarch64_be']],
    ['riscv64', 'arm64', ['qemu-aarch64']],
    ['mips64le', 'amd64', ['qemu-mips64el']],
  ])('rejects foreign %s on %s with handlers %j, pointing at qemu-user-static', (arch, host, handlers) => {
    const run = () => checkBuildable(platform(arch), host, handlers);
    expect(run).toThrow(ConfigurationError);
    expect(run).toThrow(`cannot build linux/${arch} on this ${host} host`);
    expect(run).toThrow('qemu-user-static');
  });

  it.each(['windows', 'darwin', 'freebsd'])('rejects os %s even on a matching architecture', (os) => {
    const run = () => checkBuildable(platform('amd64', os), 'amd64', ['qemu-x86_64']);
    expect(run).toThrow(ConfigurationError);
    expect(run).toThrow(`cannot build for ${os}: osimg builds Linux images only`);
  });
});

describe('ociArchitecture', () => {
  it.each([
    ['x64', 'amd64'],
    ['arm64', 'arm64'],
    ['arm', 'arm'],
    ['ia32', '386'],
    ['ppc64', 'ppc64le'],
    ['s390x', 's390x'],
    ['riscv64', 'riscv64'],
    ['loong64', 'loong64'],
  ])('%s → %s', (node, oci) => {
    expect(ociArchitecture(node)).toBe(oci);
  });

  it('maps this host to a name checkBuildable accepts natively', () => {
    const arch = ociArchitecture(process.arch);
    expect(() => checkBuildable({ os: 'linux', architecture: arch }, arch, [])).not.toThrow();
  });
});
