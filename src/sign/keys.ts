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

/** Keys are a few hundred bytes; anything far larger is not a key (docs/limits.md). */
export const MAX_KEY_LENGTH = 64 * 1024;

const PEM_BEGIN = /^-----BEGIN ([A-Z0-9 ]{1,64})-----$/;
const PEM_BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * The first PEM block of a text, read line by line (one pass: a file of nothing but BEGIN lines costs
 * no more than its length). Its body must be base64 and its END line must name the same type.
 */
function unpem(text: string, what: string): { type: string; der: Buffer } {
  if (text.length > MAX_KEY_LENGTH) {
    throw new ConfigurationError(
      `${what} is ${text.length} bytes long; a key is at most ${MAX_KEY_LENGTH} bytes: give the key file itself`,
    );
  }
  const lines = text.split('\n').map((line) => line.trim());
  const begin = lines.findIndex((line) => line.startsWith('-----BEGIN '));
  const type = begin < 0 ? undefined : PEM_BEGIN.exec(lines[begin]!)?.[1];
  if (type === undefined) {
    throw new ConfigurationError(`${what} is not a PEM file: expected a -----BEGIN ...----- line`);
  }
  const end = lines.findIndex((line, index) => index > begin && line.startsWith('-----'));
  if (end < 0 || lines[end] !== `-----END ${type}-----`) {
    throw new ConfigurationError(
      `${what} is damaged: its ${type} block has no matching -----END ${type}----- line`,
    );
  }
  const body = lines.slice(begin + 1, end).join('');
  if (!PEM_BASE64.test(body) || body.length % 4 === 1) {
    throw new ConfigurationError(`${what} is damaged: its ${type} block is not base64`);
  }
  return { type, der: Buffer.from(body, 'base64') };
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
    return decodePrivateKey(der, type === 'PRIVATE KEY' ? 'pkcs8' : 'sec1', `${name} is not a valid ${type}`);
  }
  if (type !== PRIVATE_KEY_PEM_TYPE && type !== LEGACY_PRIVATE_KEY_PEM_TYPE) {
    throw new ConfigurationError(`${name} is a ${type}, not a cosign private key (${PRIVATE_KEY_PEM_TYPE})`);
  }
  const envelope = readEnvelope(der, `${name} is damaged: its ${type} block`);
  refuseEmptyPassphrase(passphrase, name);
  const key = await deriveKey(passphrase, envelope.salt, envelope.params).catch((error: unknown) => {
    throw new ConfigurationError(`${name} cannot be opened: scrypt refused its parameters`, { cause: error });
  });
  const opened = nacl.secretbox.open(
    new Uint8Array(envelope.ciphertext),
    new Uint8Array(envelope.nonce),
    new Uint8Array(key),
  );
  if (!opened) throw new ConfigurationError(`wrong passphrase for ${name} (or the key is damaged)`);
  return decodePrivateKey(
    Buffer.from(opened),
    'pkcs8',
    `${name} decrypts to something that is not a PKCS#8 private key`,
  );
}

function decodePrivateKey(der: Buffer, type: 'pkcs8' | 'sec1', message: string): KeyObject {
  try {
    return createPrivateKey({ key: der, format: 'der', type });
  } catch (error) {
    throw new ConfigurationError(message, { cause: error });
  }
}

/**
 * The most work a key file may ask of scrypt before anything is derived (docs/limits.md): cosign writes
 * N=2^15, r=8, p=1 (32 MiB, about a tenth of a second); a key may cost at most four times that, so a
 * hostile key cannot hold osimg for minutes or take gigabytes.
 */
export const SCRYPT_LIMITS = { maxN: 2 ** 17, maxR: 16, maxP: 4, maxWork: 2 ** 20 };

interface OpenedEnvelope {
  params: { N: number; r: number; p: number };
  salt: Buffer;
  nonce: Buffer;
  ciphertext: Buffer;
}

/** The envelope's fields, each checked (type, base64, size, scrypt bounds) before any is used. */
function readEnvelope(der: Buffer, damaged: string): OpenedEnvelope {
  let envelope: Envelope;
  try {
    envelope = JSON.parse(der.toString('utf8')) as Envelope;
  } catch {
    throw new ConfigurationError(`${damaged} is not the expected JSON envelope`);
  }
  if (
    envelope?.kdf?.name !== 'scrypt' ||
    envelope?.cipher?.name !== 'nacl/secretbox' ||
    typeof envelope.ciphertext !== 'string'
  ) {
    throw new ConfigurationError(`${damaged} uses an unsupported encryption (need scrypt + nacl/secretbox)`);
  }
  const { N, r, p } = envelope.kdf.params ?? {};
  const { maxN, maxR, maxP, maxWork } = SCRYPT_LIMITS;
  if (
    ![N, r, p].every((value) => Number.isSafeInteger(value) && value > 0) ||
    N < 2 ||
    N > maxN ||
    (N & (N - 1)) !== 0 ||
    r > maxR ||
    p > maxP ||
    N * r * p > maxWork
  ) {
    throw new ConfigurationError(
      `${damaged} has scrypt parameters osimg will not use (N must be a power of two up to ${maxN}, r at most ${maxR}, p at most ${maxP}, N·r·p at most ${maxWork}): re-create the key with cosign's defaults`,
    );
  }
  const salt = base64Field(envelope.kdf.salt, `${damaged} has no base64 scrypt salt`);
  const nonce = base64Field(envelope.cipher.nonce, `${damaged} has no base64 secretbox nonce`);
  if (nonce.length !== nacl.secretbox.nonceLength) {
    throw new ConfigurationError(
      `${damaged} has a ${nonce.length}-byte nonce; nacl/secretbox needs ${nacl.secretbox.nonceLength}`,
    );
  }
  const ciphertext = base64Field(envelope.ciphertext, `${damaged} has no base64 ciphertext`);
  if (salt.length === 0 || ciphertext.length < nacl.secretbox.overheadLength) {
    throw new ConfigurationError(`${damaged} has an empty salt or a truncated ciphertext`);
  }
  return { params: { N, r, p }, salt, nonce, ciphertext };
}

function base64Field(value: unknown, missing: string): Buffer {
  if (typeof value !== 'string' || !PEM_BASE64.test(value)) throw new ConfigurationError(missing);
  return Buffer.from(value, 'base64');
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
