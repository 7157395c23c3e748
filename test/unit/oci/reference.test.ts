import { describe, expect, it } from 'vitest';
import { ConfigurationError, quoteInput } from '../../../src/errors.js';
import {
  DOCKER_HUB,
  formatReference,
  isLoopbackRegistry,
  isValidDigest,
  isValidTag,
  parseReference,
  registryEndpoint,
  repositoryName,
  type ImageReference,
} from '../../../src/oci/reference.js';

const SHA256 = `sha256:${'a1'.repeat(32)}`;
const SHA512 = `sha512:${'b2'.repeat(64)}`;

function parseError(input: string): ConfigurationError {
  try {
    parseReference(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return error as ConfigurationError;
  }
  throw new Error(`parseReference(${JSON.stringify(input)}) did not throw`);
}

describe('parseReference: valid references', () => {
  it.each<[string, ImageReference]>([
    ['debian', { registry: 'docker.io', repository: 'library/debian' }],
    ['debian:12', { registry: 'docker.io', repository: 'library/debian', tag: '12' }],
    ['library/debian:12', { registry: 'docker.io', repository: 'library/debian', tag: '12' }],
    ['docker.io/debian', { registry: 'docker.io', repository: 'library/debian' }],
    ['index.docker.io/debian:sid', { registry: 'docker.io', repository: 'library/debian', tag: 'sid' }],
    ['docker.io/org/app', { registry: 'docker.io', repository: 'org/app' }],
    ['org/app', { registry: 'docker.io', repository: 'org/app' }],
    ['ghcr.io/org/myos:v1.2.3', { registry: 'ghcr.io', repository: 'org/myos', tag: 'v1.2.3' }],
    ['quay.io/a/b/c/d', { registry: 'quay.io', repository: 'a/b/c/d' }],
    [
      `localhost:5000/a/b:t@${SHA256}`,
      { registry: 'localhost:5000', repository: 'a/b', tag: 't', digest: SHA256 },
    ],
    ['localhost/x', { registry: 'localhost', repository: 'x' }],
    ['127.0.0.1:5000/x', { registry: '127.0.0.1:5000', repository: 'x' }],
    ['[::1]:5000/x:1', { registry: '[::1]:5000', repository: 'x', tag: '1' }],
    [`debian@${SHA256}`, { registry: 'docker.io', repository: 'library/debian', digest: SHA256 }],
    [`r.test/app@${SHA512}`, { registry: 'r.test', repository: 'app', digest: SHA512 }],
    [
      'my-registry.example.com:443/team/app',
      { registry: 'my-registry.example.com:443', repository: 'team/app' },
    ],
    ['a__b/c.d/e-f/g--h', { registry: 'docker.io', repository: 'a__b/c.d/e-f/g--h' }],
    // A tag is whatever follows the last ':' after the last '/'; a bare host:port is a docker.io name.
    ['host:5000', { registry: 'docker.io', repository: 'library/host', tag: '5000' }],
    ['app:_underscore-first', { registry: 'docker.io', repository: 'library/app', tag: '_underscore-first' }],
    ['app:MiXeD.case-1', { registry: 'docker.io', repository: 'library/app', tag: 'MiXeD.case-1' }],
    [`app:${'t'.repeat(128)}`, { registry: 'docker.io', repository: 'library/app', tag: 't'.repeat(128) }],
    ['  debian:12\n', { registry: 'docker.io', repository: 'library/debian', tag: '12' }],
  ])('%s', (input, expected) => {
    const ref = parseReference(input);
    expect(ref).toEqual({ tag: undefined, digest: undefined, ...expected });
  });

  it('treats an upper-case first component as a registry host, as docker does', () => {
    expect(parseReference('MyHost/app')).toMatchObject({ registry: 'MyHost', repository: 'app' });
  });
});

describe('parseReference: invalid references', () => {
  it.each([
    ['empty', '', 'it is empty'],
    ['blank', '   ', 'it is empty'],
    ['inner space', 'debian :12', 'white space'],
    ['tab', 'a\tb', 'white space'],
    ['a newline', 'a\nb', 'white space'],
    ['a 1 MiB token', 'a'.repeat(1024 * 1024), 'over 512 characters'],
    ['upper-case repository', 'Debian', '"Debian" must be lower-case'],
    ['upper-case path component', 'ghcr.io/Org/app', '"Org" must be lower-case'],
    ['upper-case last component', 'a/B', '"B" must be lower-case'],
    ['empty tag', 'debian:', 'tag ""'],
    ['tag starting with a dot', 'debian:.x', 'tag ".x"'],
    ['tag starting with a dash', 'debian:-x', 'tag "-x"'],
    ['tag with a plus', 'debian:1+2', 'tag "1+2"'],
    ['tag too long', `debian:${'t'.repeat(129)}`, 'must be 1-128'],
    ['short digest', 'debian@sha256:abc', '"sha256:abc" is not a sha256 or sha512 digest'],
    ['upper-case digest', `debian@sha256:${'A'.repeat(64)}`, 'not a sha256 or sha512 digest'],
    ['unknown digest algorithm', `debian@md5:${'a'.repeat(32)}`, 'not a sha256 or sha512 digest'],
    ['sha512 of sha256 length', `debian@sha512:${'a'.repeat(64)}`, 'not a sha256 or sha512 digest'],
    ['empty digest', 'debian@', 'not a sha256 or sha512 digest'],
    ['two digests', `debian@${SHA256}@${SHA256}`, 'not a sha256 or sha512 digest'],
    ['only a digest', `@${SHA256}`, 'the name is empty'],
    ['only a tag', ':latest', 'the name is empty'],
    ['leading slash', '/app', 'the name is empty'],
    ['double slash', 'a//b', 'the name is empty'],
    ['trailing slash', 'ghcr.io/org/', 'the name is empty'],
    ['registry only', 'ghcr.io/', 'the name is empty'],
    ['two colons in the name', 'a:b:c', '"a:b" must be lower-case'],
    ['triple underscore', 'a___b', 'must be lower-case letters and digits separated by'],
    ['double dot', 'a..b', 'must be lower-case letters and digits separated by'],
    ['trailing separator', 'app-', 'must be lower-case letters and digits separated by'],
    ['empty port', 'host:/x', '"host:" is not a valid registry host'],
    ['non-numeric port', 'host:abc/x', '"host:abc" is not a valid registry host'],
    ['host starting with a dash', '-a.com/x', '"-a.com" is not a valid registry host'],
    ['underscore in host', 'exa_mple.com/x', '"exa_mple.com" is not a valid registry host'],
  ])('rejects %s', (_why, input, reason) => {
    const error = parseError(input);
    expect(error.code).toBe('CONFIGURATION');
    expect(error.message).toContain(`${quoteInput(input)} is not a valid image reference`);
    expect(error.message).not.toMatch(/[\t\n]/);
    expect(error.message).toContain(reason);
    expect(error.message).toContain('expected [registry/]name[:tag]');
  });

  it('rejects a name over 255 characters, counting the registry', () => {
    const longest = `r.io/${'a'.repeat(250)}`; // 4 + 1 + 250 = 255
    expect(parseReference(longest).repository).toHaveLength(250);
    const error = parseError(`r.io/${'a'.repeat(251)}`);
    expect(error.message).toContain('over 255 characters');
  });

  it('counts the normalised docker.io/library/ prefix towards the length limit', () => {
    // docker.io/library/ is 18 characters, so 237 is the longest short name.
    expect(parseReference('a'.repeat(237)).repository).toBe(`library/${'a'.repeat(237)}`);
    expect(parseError('a'.repeat(238)).message).toContain('over 255 characters');
  });
});

describe('formatReference and repositoryName', () => {
  it.each([
    ['debian', 'docker.io/library/debian'],
    ['debian:12', 'docker.io/library/debian:12'],
    [`localhost:5000/a/b:t@${SHA256}`, `localhost:5000/a/b:t@${SHA256}`],
    [`ghcr.io/org/app@${SHA256}`, `ghcr.io/org/app@${SHA256}`],
    ['index.docker.io/org/app:1', 'docker.io/org/app:1'],
  ])('%s formats as %s', (input, formatted) => {
    expect(formatReference(parseReference(input))).toBe(formatted);
  });

  it.each([
    'docker.io/library/debian:12',
    `ghcr.io/org/app:v1@${SHA512}`,
    '127.0.0.1:5000/x',
    '[::1]:5000/deep/path/name:tag',
  ])('round-trips the canonical form %s', (canonical) => {
    expect(formatReference(parseReference(canonical))).toBe(canonical);
    expect(parseReference(formatReference(parseReference(canonical)))).toEqual(parseReference(canonical));
  });

  it('repositoryName drops tag and digest', () => {
    expect(repositoryName(parseReference(`ghcr.io/org/app:1@${SHA256}`))).toBe('ghcr.io/org/app');
  });
});

describe('isValidTag / isValidDigest', () => {
  it.each([
    ['latest', true],
    ['v1.2.3', true],
    ['_x', true],
    ['1', true],
    ['t'.repeat(128), true],
    ['t'.repeat(129), false],
    ['', false],
    ['.x', false],
    ['-x', false],
    ['a/b', false],
    ['a:b', false],
    ['a b', false],
  ])('tag %j → %s', (tag, valid) => {
    expect(isValidTag(tag)).toBe(valid);
  });

  it.each([
    [SHA256, true],
    [SHA512, true],
    [`sha256:${'a'.repeat(63)}`, false],
    [`sha256:${'a'.repeat(65)}`, false],
    [`sha256:${'g'.repeat(64)}`, false],
    [`SHA256:${'a'.repeat(64)}`, false],
    [`${'a'.repeat(64)}`, false],
  ])('digest %j → %s', (digest, valid) => {
    expect(isValidDigest(digest)).toBe(valid);
  });
});

describe('isLoopbackRegistry', () => {
  it.each([
    ['localhost', true],
    ['localhost:5000', true],
    ['127.0.0.1', true],
    ['127.0.0.1:5000', true],
    ['127.1.2.3:80', true],
    ['[::1]', true],
    ['[::1]:5000', true],
    ['localhost.example.com', false],
    ['127.0.0.1.nip.io', false],
    ['10.0.0.1:5000', false],
    ['ghcr.io', false],
    ['docker.io', false],
    ['[::2]:5000', false],
  ])('%s → %s', (registry, loopback) => {
    expect(isLoopbackRegistry(registry)).toBe(loopback);
  });
});

describe('registryEndpoint', () => {
  it.each([
    [DOCKER_HUB, 'registry-1.docker.io'],
    ['ghcr.io', 'ghcr.io'],
    ['localhost:5000', 'localhost:5000'],
    ['quay.io', 'quay.io'],
  ])('%s → %s', (registry, endpoint) => {
    expect(registryEndpoint(registry)).toBe(endpoint);
  });
});
