import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/errors.js';
import {
  generateKeyPair,
  openPrivateKey,
  openPublicKey,
  publicKeyPem,
  sealPrivateKey,
} from '../../../src/sign/keys.js';

const body = (pem: string) => Buffer.from(pem.split('\n').slice(1, -2).join(''), 'base64');

describe('cosign-format keys', () => {
  it('seals a P-256 key in the scrypt + nacl/secretbox envelope and opens it again', async () => {
    const pair = await generateKeyPair('s3cret');
    expect(pair.privatePem.startsWith('-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n')).toBe(true);
    const envelope = JSON.parse(body(pair.privatePem).toString()) as {
      kdf: { name: string; params: { N: number; r: number; p: number }; salt: string };
      cipher: { name: string; nonce: string };
    };
    expect(envelope.kdf).toMatchObject({ name: 'scrypt', params: { N: 32768, r: 8, p: 1 } });
    expect(Buffer.from(envelope.kdf.salt, 'base64')).toHaveLength(32);
    expect(envelope.cipher.name).toBe('nacl/secretbox');
    expect(Buffer.from(envelope.cipher.nonce, 'base64')).toHaveLength(24);
    const key = await openPrivateKey(pair.privatePem, 's3cret');
    expect(key.asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
    expect(publicKeyPem(key)).toBe(pair.publicPem);
    expect(openPublicKey(pair.publicPem).asymmetricKeyType).toBe('ec');
  });

  it('refuses an empty passphrase (cosign allows one; the key would be as good as unencrypted)', async () => {
    await expect(generateKeyPair('')).rejects.toThrow(
      /^the passphrase for the new private key is empty, which leaves the key as good as unencrypted: set a passphrase/,
    );
    const pair = await generateKeyPair('x');
    const error = await openPrivateKey(pair.privatePem, '', 'cosign.key').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/^the passphrase for cosign\.key is empty/);
  });

  it('reads cosign 1.x PEM type and plain PKCS#8 keys', async () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const legacy = (await sealPrivateKey(privateKey, 'p')).replace(/SIGSTORE/g, 'COSIGN');
    await expect(openPrivateKey(legacy, 'p')).resolves.toBeDefined();
    const plain = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    await expect(openPrivateKey(plain, 'ignored')).resolves.toBeDefined();
  });

  it.each([
    ['not PEM at all', 'hello', /is not a PEM file/],
    [
      'another PEM type',
      '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n',
      /is a CERTIFICATE, not a cosign private key/,
    ],
    [
      'a damaged envelope',
      '-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\nbm90IGpzb24=\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n',
      /is damaged/,
    ],
    [
      'another cipher',
      `-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n${Buffer.from(JSON.stringify({ kdf: { name: 'pbkdf2' }, cipher: { name: 'aes' }, ciphertext: '' })).toString('base64')}\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n`,
      /unsupported encryption/,
    ],
    [
      'absurd scrypt parameters',
      `-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n${Buffer.from(JSON.stringify({ kdf: { name: 'scrypt', params: { N: 2 ** 30, r: 8, p: 1 }, salt: '' }, cipher: { name: 'nacl/secretbox', nonce: '' }, ciphertext: '' })).toString('base64')}\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n`,
      /scrypt parameters osimg will not use/,
    ],
  ])('rejects %s with a ConfigurationError', async (_name, text, message) => {
    const attempt = openPrivateKey(text, 'p', 'cosign.key');
    await expect(attempt).rejects.toBeInstanceOf(ConfigurationError);
    await expect(attempt).rejects.toThrow(message);
  });

  interface Sealed {
    kdf: { name: string; params: Record<string, unknown>; salt?: string };
    cipher: { name: string; nonce: string };
    ciphertext: string;
  }
  const sealed = (change: (envelope: Sealed) => void) => {
    const envelope: Sealed = {
      kdf: { name: 'scrypt', params: { N: 32768, r: 8, p: 1 }, salt: Buffer.alloc(32).toString('base64') },
      cipher: { name: 'nacl/secretbox', nonce: Buffer.alloc(24).toString('base64') },
      ciphertext: Buffer.alloc(64).toString('base64'),
    };
    change(envelope);
    const der = Buffer.from(JSON.stringify(envelope)).toString('base64');
    return `-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n${der}\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n`;
  };

  it.each<[string, string, RegExp]>([
    [
      'a PKCS#8 block that is not DER',
      '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n',
      /not a valid PRIVATE KEY/,
    ],
    [
      'a SEC1 block that is not DER',
      '-----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----\n',
      /not a valid EC PRIVATE KEY/,
    ],
    [
      'a body that is not base64',
      '-----BEGIN PRIVATE KEY-----\nA*A\n-----END PRIVATE KEY-----\n',
      /not base64/,
    ],
    ['no END line', '-----BEGIN PRIVATE KEY-----\nAAAA\n', /no matching -----END PRIVATE KEY-----/],
    ['a missing salt', sealed((e) => delete e.kdf.salt), /no base64 scrypt salt/],
    ['a 3-byte nonce', sealed((e) => (e.cipher.nonce = 'AAAA')), /3-byte nonce/],
    ['N=3', sealed((e) => (e.kdf.params.N = 3)), /scrypt parameters osimg will not use/],
    ['N=2^20, p=64', sealed((e) => (e.kdf.params = { N: 2 ** 20, r: 8, p: 64 })), /will not use/],
    ['N=2^20, r=16', sealed((e) => (e.kdf.params = { N: 2 ** 20, r: 16, p: 1 })), /will not use/],
    ['N as a string', sealed((e) => (e.kdf.params.N = '32768')), /will not use/],
    ['a truncated ciphertext', sealed((e) => (e.ciphertext = 'AAAA')), /truncated ciphertext/],
  ])('refuses %s in one sentence, before deriving anything', async (_name, text, message) => {
    const start = performance.now();
    const attempt = openPrivateKey(text, 'x', 'k.pem');
    await expect(attempt).rejects.toBeInstanceOf(ConfigurationError);
    await expect(attempt).rejects.toThrow(message);
    expect(performance.now() - start).toBeLessThan(5000);
  });

  it('refuses 60,000 BEGIN lines by size, and reads an oversized-but-allowed PEM in one pass', async () => {
    const many = '-----BEGIN PUBLIC KEY-----\n'.repeat(60_000);
    expect(() => openPublicKey(many, 'k.pub')).toThrow(/a key is at most 65536 bytes/);
    const justUnder = '-----BEGIN PUBLIC KEY-----\n'.repeat(2400);
    expect(() => openPublicKey(justUnder, 'k.pub')).toThrow(/no matching -----END PUBLIC KEY-----/);
  });

  it('rejects a private key where a public key is expected', async () => {
    const pair = await generateKeyPair('p');
    expect(() => openPublicKey(pair.privatePem, 'cosign.pub')).toThrow(
      'cosign.pub is a ENCRYPTED SIGSTORE PRIVATE KEY, not a PUBLIC KEY',
    );
  });
});
