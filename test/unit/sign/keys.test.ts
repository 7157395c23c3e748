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
      /invalid scrypt parameters/,
    ],
  ])('rejects %s with a ConfigurationError', async (_name, text, message) => {
    const attempt = openPrivateKey(text, 'p', 'cosign.key');
    await expect(attempt).rejects.toBeInstanceOf(ConfigurationError);
    await expect(attempt).rejects.toThrow(message);
  });

  it('rejects a private key where a public key is expected', async () => {
    const pair = await generateKeyPair('p');
    expect(() => openPublicKey(pair.privatePem, 'cosign.pub')).toThrow(
      'cosign.pub is a ENCRYPTED SIGSTORE PRIVATE KEY, not a PUBLIC KEY',
    );
  });
});
