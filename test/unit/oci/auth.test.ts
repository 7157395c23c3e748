import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/errors.js';
import {
  authFileContent,
  basicAuthorization,
  credentialsFromAuthFiles,
  parseChallenge,
  type Challenge,
} from '../../../src/oci/auth.js';

const b64 = (text: string) => Buffer.from(text).toString('base64');

describe('parseChallenge', () => {
  it.each<[string | undefined, Challenge | undefined]>([
    [
      'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:org/app:pull"',
      {
        scheme: 'bearer',
        params: { realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:org/app:pull' },
      },
    ],
    [
      // a comma inside a quoted value does not split it
      'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/debian:pull,push"',
      {
        scheme: 'bearer',
        params: {
          realm: 'https://auth.docker.io/token',
          service: 'registry.docker.io',
          scope: 'repository:library/debian:pull,push',
        },
      },
    ],
    ['Basic realm="Registry Realm"', { scheme: 'basic', params: { realm: 'Registry Realm' } }],
    ['basic realm="x"', { scheme: 'basic', params: { realm: 'x' } }],
    ['BEARER Realm="x"', { scheme: 'bearer', params: { realm: 'x' } }],
    ['Basic', { scheme: 'basic', params: {} }],
    ['  Bearer   realm="r" , service = "s"  ', { scheme: 'bearer', params: { realm: 'r', service: 's' } }],
    [
      'Bearer realm=https://r.test/t,service=reg',
      { scheme: 'bearer', params: { realm: 'https://r.test/t', service: 'reg' } },
    ],
    ['Bearer realm="a \\"quoted\\" b"', { scheme: 'bearer', params: { realm: 'a "quoted" b' } }],
    [
      'Bearer realm="r",error="insufficient_scope",scope="repository:a:push"',
      { scheme: 'bearer', params: { realm: 'r', error: 'insufficient_scope', scope: 'repository:a:push' } },
    ],
    ['Digest realm="x", nonce="y"', undefined],
    ['Negotiate', undefined],
    ['', undefined],
    [undefined, undefined],
    ['   ', undefined],
    ['"Bearer"', undefined],
  ])('%j', (value, expected) => {
    expect(parseChallenge(value)).toEqual(expected);
  });
});

describe('basicAuthorization', () => {
  it.each([
    ['alice', 's3cret', 'alice:s3cret'],
    ['bob', 'pa:ss:word', 'bob:pa:ss:word'],
    ['ünï', 'çødé', 'ünï:çødé'],
    ['u', '', 'u:'],
  ])('%s / %s', (username, password, plain) => {
    const value = basicAuthorization({ username, password });
    expect(value).toBe(`Basic ${b64(plain)}`);
    expect(Buffer.from(value.slice('Basic '.length), 'base64').toString('utf8')).toBe(plain);
  });
});

describe('credentialsFromAuthFiles', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'osimg-auth-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function authFile(name: string, content: unknown): Promise<string> {
    const path = join(dir, name);
    await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  }

  it.each([
    ['the auth (base64) form', { auths: { 'ghcr.io': { auth: b64('alice:tok') } } }, 'ghcr.io'],
    ['a password containing colons', { auths: { 'ghcr.io': { auth: b64('alice:t:o:k') } } }, 'ghcr.io'],
    [
      'the username/password form',
      { auths: { 'ghcr.io': { username: 'alice', password: 'tok' } } },
      'ghcr.io',
    ],
    ['an https:// key', { auths: { 'https://ghcr.io': { auth: b64('alice:tok') } } }, 'ghcr.io'],
    ['an http:// key', { auths: { 'http://localhost:5000': { auth: b64('alice:tok') } } }, 'localhost:5000'],
    [
      'docker hub under its v1 URL',
      { auths: { 'https://index.docker.io/v1/': { auth: b64('alice:tok') } } },
      'docker.io',
    ],
    [
      'docker hub as index.docker.io',
      { auths: { 'index.docker.io': { auth: b64('alice:tok') } } },
      'docker.io',
    ],
    [
      'docker hub as registry-1.docker.io',
      { auths: { 'registry-1.docker.io': { auth: b64('alice:tok') } } },
      'docker.io',
    ],
  ])('reads %s', async (_what, content, registry) => {
    const path = await authFile('auth.json', content);
    const credentials = await credentialsFromAuthFiles([path], registry);
    expect(credentials?.username).toBe('alice');
    expect(credentials?.password).toMatch(/^t:?o:?k$/);
  });

  it.each([
    ['another registry', { auths: { 'quay.io': { auth: b64('alice:tok') } } }],
    ['no auths key', { credHelpers: { 'ghcr.io': 'gcloud' } }],
    ['an empty entry', { auths: { 'ghcr.io': {} } }],
    ['auth without a colon', { auths: { 'ghcr.io': { auth: b64('nocolon') } } }],
    ['auth with an empty user', { auths: { 'ghcr.io': { auth: b64(':pw') } } }],
    ['username without password', { auths: { 'ghcr.io': { username: 'alice' } } }],
    ['a JSON array', []],
  ])('finds nothing for %s', async (_what, content) => {
    const path = await authFile('auth.json', content);
    await expect(credentialsFromAuthFiles([path], 'ghcr.io')).resolves.toBeUndefined();
  });

  it('does not treat the docker hub keys as belonging to other registries', async () => {
    const path = await authFile('auth.json', {
      auths: { 'https://index.docker.io/v1/': { auth: b64('a:b') } },
    });
    await expect(credentialsFromAuthFiles([path], 'ghcr.io')).resolves.toBeUndefined();
  });

  it('skips missing files and takes the first file that has the registry', async () => {
    const first = await authFile('first.json', { auths: { 'quay.io': { auth: b64('q:q') } } });
    const second = await authFile('second.json', { auths: { 'ghcr.io': { auth: b64('second:2') } } });
    const third = await authFile('third.json', { auths: { 'ghcr.io': { auth: b64('third:3') } } });
    const credentials = await credentialsFromAuthFiles(
      [join(dir, 'missing.json'), first, second, third],
      'ghcr.io',
    );
    expect(credentials).toEqual({ username: 'second', password: '2' });
  });

  it('prefers the exact registry key to the https:// one within a file', async () => {
    const path = await authFile('auth.json', {
      auths: { 'https://ghcr.io': { auth: b64('url:1') }, 'ghcr.io': { auth: b64('plain:2') } },
    });
    await expect(credentialsFromAuthFiles([path], 'ghcr.io')).resolves.toEqual({
      username: 'plain',
      password: '2',
    });
  });

  it('returns undefined when no file exists', async () => {
    await expect(
      credentialsFromAuthFiles([join(dir, 'a'), join(dir, 'b')], 'ghcr.io'),
    ).resolves.toBeUndefined();
    await expect(credentialsFromAuthFiles([], 'ghcr.io')).resolves.toBeUndefined();
  });

  it('skips a path that is a directory', async () => {
    await expect(credentialsFromAuthFiles([dir], 'ghcr.io')).resolves.toBeUndefined();
  });

  it.each(['{ not json', '', '{"auths": {"ghcr.io": {"auth": "x"}}'])(
    'rejects invalid JSON %j with a ConfigurationError naming the path',
    async (content) => {
      const path = await authFile('broken.json', content);
      const error = await credentialsFromAuthFiles([path], 'ghcr.io').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toContain(path);
      expect((error as Error).message).toContain('not valid JSON');
    },
  );

  it('stops at an invalid file even when a later one would match', async () => {
    const broken = await authFile('broken.json', '{');
    const good = await authFile('good.json', { auths: { 'ghcr.io': { auth: b64('a:b') } } });
    await expect(credentialsFromAuthFiles([broken, good], 'ghcr.io')).rejects.toThrow(ConfigurationError);
  });

  // Regression (fixed): src/oci/auth.ts:72,76 — valid JSON of the wrong shape crashes with a TypeError: `null` makes
  // `parsed.auths` throw, and a non-string "auth" makes Buffer.from throw. The user sees "unexpected error
  // ... this is a bug in osimg" instead of "fix or delete the auth file".
  // Fix: after JSON.parse, check `typeof parsed === 'object' && parsed !== null`, and use an entry's
  // auth/username/password only when they are strings (else throw the same ConfigurationError naming the path).
  it.each([
    ['null', 'null'],
    ['a numeric auth', '{"auths":{"ghcr.io":{"auth":5}}}'],
  ])('rejects valid JSON of the wrong shape (%s) with a ConfigurationError', async (_what, content) => {
    const path = await authFile('odd.json', content);
    const error = await credentialsFromAuthFiles([path], 'ghcr.io').then(
      () => undefined,
      (e: unknown) => e,
    );
    // Either ignoring the entry or a clear ConfigurationError is fine; a TypeError is not.
    expect(error === undefined || error instanceof ConfigurationError).toBe(true);
  });
});

describe('authFileContent', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'osimg-authfile-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the containers-auth.json format', () => {
    const text = authFileContent([{ registry: 'ghcr.io', credentials: { username: 'u', password: 'p' } }]);
    expect(text.endsWith('\n')).toBe(true);
    expect(JSON.parse(text)).toEqual({ auths: { 'ghcr.io': { auth: b64('u:p') } } });
  });

  it('writes an empty auths object for no entries', () => {
    expect(JSON.parse(authFileContent([]))).toEqual({ auths: {} });
  });

  it.each([
    ['ghcr.io', { username: 'alice', password: 'ghp_token' }],
    ['localhost:5000', { username: 'bob', password: 'pa:ss:wo:rd' }],
    ['docker.io', { username: 'carol', password: 'ünïcødé pässwörd' }],
  ])('round-trips %s through credentialsFromAuthFiles', async (registry, credentials) => {
    const path = join(dir, 'auth.json');
    await writeFile(
      path,
      authFileContent([
        { registry: 'other.example.com', credentials: { username: 'x', password: 'y' } },
        { registry, credentials },
      ]),
    );
    await expect(credentialsFromAuthFiles([path], registry)).resolves.toEqual(credentials);
  });
});
