import { describe, expect, it } from 'vitest';
import {
  defaultAuthFiles,
  resolveImage,
  toBuildRequest,
  type BuildInputs,
} from '../../../src/build/request.js';
import type { ResolvedSource } from '../../../src/build/source.js';
import { ConfigurationError } from '../../../src/errors.js';

const SHA256 = `sha256:${'a'.repeat(64)}`;

describe('resolveImage', () => {
  it.each([
    ['myos', '', { registry: 'docker.io', repository: 'library/myos' }, undefined],
    ['ghcr.io/org/myos', '', { registry: 'ghcr.io', repository: 'org/myos' }, undefined],
    ['ghcr.io/org/myos:v1', '', { registry: 'ghcr.io', repository: 'org/myos' }, 'v1'],
    ['org/myos', 'ghcr.io', { registry: 'ghcr.io', repository: 'org/myos' }, undefined],
    ['org/myos', 'ghcr.io/', { registry: 'ghcr.io', repository: 'org/myos' }, undefined],
    ['myos:1', ' localhost:5000 ', { registry: 'localhost:5000', repository: 'myos' }, '1'],
    ['ghcr.io/org/myos', 'ghcr.io', { registry: 'ghcr.io', repository: 'org/myos' }, undefined],
    [
      'team/myos',
      'registry.example.com/prefix',
      { registry: 'registry.example.com', repository: 'prefix/team/myos' },
      undefined,
    ],
    ['  ghcr.io/org/myos  ', '', { registry: 'ghcr.io', repository: 'org/myos' }, undefined],
  ])('%j with registry %j', (image, registry, ref, tag) => {
    expect(resolveImage(image, registry)).toEqual({ ref, tag });
  });

  it.each(['', '   '])('requires an image (%j)', (image) => {
    const run = () => resolveImage(image, 'ghcr.io');
    expect(run).toThrow(ConfigurationError);
    expect(run).toThrow('image is required');
  });

  it('rejects a digest in the image name', () => {
    const run = () => resolveImage(`ghcr.io/org/myos@${SHA256}`, '');
    expect(run).toThrow(ConfigurationError);
    expect(run).toThrow('has a digest');
  });

  // Regression (fixed): src/build/request.ts:40 — the prefix check uses the untrimmed image (`image.startsWith(...)`) but the
  // result uses `image.trim()`, so " ghcr.io/org/myos" with registry "ghcr.io" silently becomes
  // ghcr.io/ghcr.io/org/myos (a valid but wrong repository). Fix: trim once up front and use the trimmed name.
  it('applies the registry prefix check to the trimmed name', () => {
    expect(resolveImage(' ghcr.io/org/myos', 'ghcr.io').ref).toEqual({
      registry: 'ghcr.io',
      repository: 'org/myos',
    });
  });

  it('rejects an invalid name with the parser message', () => {
    expect(() => resolveImage('Org/MyOS', 'ghcr.io')).toThrow('must be lower-case');
  });
});

function inputs(overrides: Partial<BuildInputs> = {}): BuildInputs {
  return {
    containerfile: '',
    context: '',
    image: 'ghcr.io/org/myos',
    tags: [],
    buildArgs: {},
    labels: {},
    platform: '',
    push: false,
    registry: '',
    username: '',
    password: '',
    tlsVerify: true,
    ociArchive: '',
    cache: true,
    cacheFrom: [],
    cacheTo: [],
    sourceDateEpoch: '',
    pull: 'missing',
    ...overrides,
  };
}

const resolved: ResolvedSource = {
  source: { url: 'https://github.com/org/repo', revision: 'f'.repeat(40) },
  commitTime: 1_600_000_000,
};

function request(
  overrides: Partial<BuildInputs> = {},
  extra: Partial<Parameters<typeof toBuildRequest>[1]> = {},
) {
  return toBuildRequest(inputs(overrides), {
    cwd: '/work/repo',
    resolved,
    authFiles: ['/auth.json'],
    ...extra,
  });
}

describe('toBuildRequest', () => {
  it('fills defaults: latest tag, Containerfile and context in cwd, commit time', () => {
    const built = request();
    expect(built).toMatchObject({
      containerfile: '/work/repo/Containerfile',
      context: '/work/repo',
      image: { registry: 'ghcr.io', repository: 'org/myos' },
      tags: ['latest'],
      platform: undefined,
      ociArchive: undefined,
      credentials: undefined,
      authFiles: ['/auth.json'],
      layers: true,
      sourceDateEpoch: 1_600_000_000,
      source: { url: 'https://github.com/org/repo', revision: 'f'.repeat(40), version: undefined },
      pull: 'missing',
    });
  });

  it.each([
    [{ image: 'ghcr.io/org/myos:v2' }, ['v2']],
    [{ image: 'ghcr.io/org/myos:v2', tags: ['latest', 'v2'] }, ['v2', 'latest']],
    [{ tags: ['a', 'b', 'a'] }, ['a', 'b']],
    [{ tags: [] }, ['latest']],
  ])('tags for %j are %j', (overrides, tags) => {
    expect(request(overrides).tags).toEqual(tags);
  });

  it.each(['-bad', '.bad', 'with space', 'a/b', 't'.repeat(129), ''])('rejects the tag %j', (tag) => {
    const run = () => request({ tags: [tag] });
    expect(run).toThrow(ConfigurationError);
    expect(run).toThrow(`tag "${tag}" is invalid`);
  });

  it.each([
    [{ username: 'alice' }, 'username is set but password is not'],
    [{ password: 'secret' }, 'password is set but username is not'],
  ])('requires both username and password (%j)', (overrides, message) => {
    const run = () => request(overrides);
    expect(run).toThrow(ConfigurationError);
    expect(run).toThrow(message);
  });

  it('does not echo the password in the error', () => {
    expect(() => request({ password: 'hunter2' })).not.toThrow(/hunter2/);
  });

  it('passes credentials on when both are set', () => {
    expect(request({ username: 'alice', password: 'tok' }).credentials).toEqual({
      username: 'alice',
      password: 'tok',
    });
  });

  it.each([
    [
      { containerfile: 'images/os/Containerfile', context: 'images/os' },
      '/work/repo/images/os/Containerfile',
      '/work/repo/images/os',
    ],
    [{ containerfile: '/abs/Containerfile', context: '/abs/ctx' }, '/abs/Containerfile', '/abs/ctx'],
    [{ containerfile: '../other/Containerfile', context: '..' }, '/work/other/Containerfile', '/work'],
    [{ context: './sub/' }, '/work/repo/Containerfile', '/work/repo/sub'],
  ])('resolves paths %j against cwd', (overrides, containerfile, context) => {
    const built = request(overrides);
    expect(built.containerfile).toBe(containerfile);
    expect(built.context).toBe(context);
  });

  it('resolves a relative oci-archive path against cwd', () => {
    expect(request({ ociArchive: 'out/image.tar' }).ociArchive).toBe('/work/repo/out/image.tar');
    expect(request({ ociArchive: '/tmp/image.tar' }).ociArchive).toBe('/tmp/image.tar');
  });

  it.each<[Partial<BuildInputs>, ResolvedSource['source'], string | undefined]>([
    [{ tags: ['latest', '2024.05'] }, {}, '2024.05'],
    [{ tags: ['latest'] }, {}, undefined],
    [{ image: 'ghcr.io/org/myos:v3' }, {}, 'v3'],
    [{ tags: ['2024.05'] }, { version: 'v1.0.0' }, 'v1.0.0'],
  ])('version for %j with source %j is %s', (overrides, source, version) => {
    expect(request(overrides, { resolved: { source } }).source.version).toBe(version);
  });

  it('prefers the explicit source-date-epoch, then the environment, then the commit time', () => {
    expect(request({ sourceDateEpoch: '5' }, { sourceDateEpochEnv: '6' }).sourceDateEpoch).toBe(5);
    expect(request({}, { sourceDateEpochEnv: '6' }).sourceDateEpoch).toBe(6);
    expect(request({}, { resolved: { source: {} } }).sourceDateEpoch).toBeUndefined();
    expect(() => request({ sourceDateEpoch: 'now' })).toThrow(ConfigurationError);
  });

  it.each([[{ cacheFrom: ['Not/Valid'] }], [{ cacheTo: ['ghcr.io/org/cache', 'bad ref'] }]])(
    'checks cache references (%j)',
    (overrides) => {
      expect(() => request(overrides)).toThrow(ConfigurationError);
    },
  );

  it('passes platform, cache, pull and isolation through', () => {
    const built = request(
      {
        platform: 'linux/arm64',
        cache: false,
        cacheFrom: ['ghcr.io/org/cache'],
        pull: 'always',
        push: true,
        tlsVerify: false,
      },
      { isolation: 'chroot' },
    );
    expect(built).toMatchObject({
      platform: 'linux/arm64',
      layers: false,
      cacheFrom: ['ghcr.io/org/cache'],
      pull: 'always',
      push: true,
      tlsVerify: false,
      isolation: 'chroot',
    });
  });
});

describe('defaultAuthFiles', () => {
  it('lists every location in the order containers/image reads them', () => {
    expect(
      defaultAuthFiles({
        REGISTRY_AUTH_FILE: '/custom/auth.json',
        XDG_RUNTIME_DIR: '/run/user/1000',
        HOME: '/home/u',
        DOCKER_CONFIG: '/etc/docker-cfg',
      }),
    ).toEqual([
      '/custom/auth.json',
      '/run/user/1000/containers/auth.json',
      '/home/u/.config/containers/auth.json',
      '/etc/docker-cfg/config.json',
    ]);
  });

  it.each([
    [{ HOME: '/home/u' }, ['/home/u/.config/containers/auth.json', '/home/u/.docker/config.json']],
    [{}, ['/root/.docker/config.json']],
    [{ XDG_RUNTIME_DIR: '/run/user/0' }, ['/run/user/0/containers/auth.json', '/root/.docker/config.json']],
    [{ DOCKER_CONFIG: '/d' }, ['/d/config.json']],
  ])('with %j', (env, files) => {
    expect(defaultAuthFiles(env)).toEqual(files);
  });
});
