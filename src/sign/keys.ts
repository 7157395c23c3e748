/**
 * Signing keys in cosign's format, so keys move freely between osimg, cosign, skopeo and podman:
 * an ECDSA P-256 key whose PKCS#8 DER is sealed in go-securesystemslib's `encrypted` envelope
 * (scrypt KDF + NaCl secretbox, JSON) inside an `ENCRYPTED SIGSTORE PRIVATE KEY` PEM block, and the
 * public key as a PKIX `PUBLIC KEY` PEM.
 */
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  scrypt,
  type KeyObject,
} from 'node:crypto';
import nacl from 'tweetnacl';
import { ConfigurationError } from '../errors.js';

export const PRIVATE_KEY_PEM_TYPE = 'ENCRYPTED SIGSTORE PRIVATE KEY';
/** cosign 1.x wrote this type; the content is the same envelope. */
const LEGACY_PRIVATE_KEY_PEM_TYPE = 'ENCRYPTED COSIGN PRIVATE KEY';

/** scrypt cost of go-securesystemslib's default (what cosign uses): N=2^15, r=8, p=1. */
const SCRYPT = { N: 32768, r: 8, p: 1 };

interface Envelope {
  kdf: { name: 'scrypt'; params: { N: number; r: number; p: number }; salt: string };
  cipher: { name: 'nacl/secretbox'; nonce: string };
  ciphertext: string;
}

export interface KeyPair {
  privatePem: string;
  publicPem: string;
}

function deriveKey(
  passphrase: string,
  salt: Buffer,
  params: { N: number; r: number; p: number },
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // 128 * N * r bytes of memory; Node's default cap (32 MiB) is just below what N=2^15, r=8 needs.
    scrypt(
      passphrase,
      salt,
      32,
      { ...params, maxmem: 256 * params.N * params.r + 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

function pem(type: string, der: Buffer): string {
  const body = der
    .toString('base64')
    .replace(/(.{64})/g, '$1\n')
    .replace(/\n$/, '');
  return `-----BEGIN ${type}-----\n${body}\n-----END ${type}-----\n`;
}

function unpem(text: string, what: string): { type: string; der: Buffer } {
  const match = /-----BEGIN ([A-Z ]+)-----\r?\n([\s\S]*?)-----END \1-----/.exec(text);
  if (!match) throw new ConfigurationError(`${what} is not a PEM file: expected -----BEGIN ...----- lines`);
  return { type: match[1]!, der: Buffer.from(match[2]!.replace(/\s+/g, ''), 'base64') };
}

/** A new P-256 key pair, the private key sealed with `passphrase` (an empty one is allowed, as in cosign). */
export async function generateKeyPair(passphrase: string): Promise<KeyPair> {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  return { privatePem: await sealPrivateKey(privateKey, passphrase), publicPem: publicKeyPem(publicKey) };
}

export async function sealPrivateKey(privateKey: KeyObject, passphrase: string): Promise<string> {
  refuseEmptyPassphrase(passphrase, 'the new private key');
  const der = privateKey.export({ format: 'der', type: 'pkcs8' });
  const salt = randomBytes(32);
  const nonce = randomBytes(24);
  const key = await deriveKey(passphrase, salt, SCRYPT);
  const sealed = nacl.secretbox(new Uint8Array(der), new Uint8Array(nonce), new Uint8Array(key));
  const envelope: Envelope = {
    kdf: { name: 'scrypt', params: SCRYPT, salt: salt.toString('base64') },
    cipher: { name: 'nacl/secretbox', nonce: nonce.toString('base64') },
    ciphertext: Buffer.from(sealed).toString('base64'),
  };
  return pem(PRIVATE_KEY_PEM_TYPE, Buffer.from(JSON.stringify(envelope)));
}

/** An empty passphrase leaves a sealed key as good as unencrypted: osimg neither writes nor accepts one. */
function refuseEmptyPassphrase(passphrase: string, name: string): void {
  if (passphrase !== '') return;
  throw new ConfigurationError(
    `the passphrase for ${name} is empty, which leaves the key as good as unencrypted: set a passphrase (OSIMG_KEY_PASSWORD, --passphrase-stdin, or the action's key-passphrase input)`,
  );
}

/** The public half of a key (private or public), as a PKIX PEM. */
export function publicKeyPem(key: KeyObject): string {
  const publicKey = key.type === 'public' ? key : createPublicKey(key);
  return pem('PUBLIC KEY', publicKey.export({ format: 'der', type: 'spki' }));
}

/**
 * Opens a cosign-format private key (or a plain PKCS#8 / SEC1 PEM). A wrong passphrase and a damaged key
 * both say so in one sentence.
 */
export async function openPrivateKey(
  text: string,
  passphrase: string,
  name = 'the private key',
): Promise<KeyObject> {
  const { type, der } = unpem(text, name);
  if (type === 'PRIVATE KEY' || type === 'EC PRIVATE KEY') {
    return createPrivateKey({ key: der, format: 'der', type: type === 'PRIVATE KEY' ? 'pkcs8' : 'sec1' });
  }
  if (type !== PRIVATE_KEY_PEM_TYPE && type !== LEGACY_PRIVATE_KEY_PEM_TYPE) {
    throw new ConfigurationError(`${name} is a ${type}, not a cosign private key (${PRIVATE_KEY_PEM_TYPE})`);
  }
  let envelope: Envelope;
  try {
    envelope = JSON.parse(der.toString('utf8')) as Envelope;
  } catch {
    throw new ConfigurationError(`${name} is damaged: its ${type} block is not the expected JSON envelope`);
  }
  if (
    envelope?.kdf?.name !== 'scrypt' ||
    envelope?.cipher?.name !== 'nacl/secretbox' ||
    typeof envelope.ciphertext !== 'string'
  ) {
    throw new ConfigurationError(`${name} uses an unsupported encryption (need scrypt + nacl/secretbox)`);
  }
  const { N, r, p } = envelope.kdf.params ?? {};
  if (![N, r, p].every((value) => Number.isInteger(value) && value > 0) || N > 2 ** 20) {
    throw new ConfigurationError(`${name} has invalid scrypt parameters`);
  }
  refuseEmptyPassphrase(passphrase, name);
  const key = await deriveKey(passphrase, Buffer.from(envelope.kdf.salt, 'base64'), { N, r, p });
  const opened = nacl.secretbox.open(
    new Uint8Array(Buffer.from(envelope.ciphertext, 'base64')),
    new Uint8Array(Buffer.from(envelope.cipher.nonce, 'base64')),
    new Uint8Array(key),
  );
  if (!opened) throw new ConfigurationError(`wrong passphrase for ${name} (or the key is damaged)`);
  try {
    return createPrivateKey({ key: Buffer.from(opened), format: 'der', type: 'pkcs8' });
  } catch (error) {
    throw new ConfigurationError(`${name} decrypts to something that is not a PKCS#8 private key`, {
      cause: error,
    });
  }
}

export function openPublicKey(text: string, name = 'the public key'): KeyObject {
  const { type, der } = unpem(text, name);
  if (type !== 'PUBLIC KEY') throw new ConfigurationError(`${name} is a ${type}, not a PUBLIC KEY`);
  try {
    return createPublicKey({ key: der, format: 'der', type: 'spki' });
  } catch (error) {
    throw new ConfigurationError(`${name} is not a valid public key`, { cause: error });
  }
}
