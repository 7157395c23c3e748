import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { OsimgError } from '../../../src/errors.js';
import { containersPolicy, registriesDConfig } from '../../../src/sign/containers-policy.js';
import { signatureTag } from '../../../src/sign/cosign-legacy.js';
import {
  parseSimpleSigning,
  signPayload,
  simpleSigningPayload,
  verifyPayload,
} from '../../../src/sign/simple-signing.js';

const DIGEST = `sha256:${'ab'.repeat(32)}`;

describe('simple signing', () => {
  it('writes the exact payload shape cosign and containers/image use', () => {
    expect(simpleSigningPayload('ghcr.io/org/os', DIGEST).toString()).toBe(
      `{"critical":{"identity":{"docker-reference":"ghcr.io/org/os"},"image":{"docker-manifest-digest":"${DIGEST}"},"type":"cosign container image signature"},"optional":null}`,
    );
    expect(JSON.parse(simpleSigningPayload('r/o', DIGEST, { commit: 'abc' }).toString()).optional).toEqual({
      commit: 'abc',
    });
  });

  it('signs and verifies with ECDSA P-256 over SHA-256; any change breaks it', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const other = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey;
    const payload = simpleSigningPayload('r/o', DIGEST);
    const signature = signPayload(payload, privateKey);
    expect(verifyPayload(payload, signature, publicKey)).toBe(true);
    expect(verifyPayload(payload, signature, other)).toBe(false);
    expect(verifyPayload(simpleSigningPayload('r/other', DIGEST), signature, publicKey)).toBe(false);
    expect(verifyPayload(payload, 'not base64 at all!', publicKey)).toBe(false);
  });

  it('parses payloads and rejects what is not one', () => {
    expect(
      parseSimpleSigning(simpleSigningPayload('r/o', DIGEST)).critical.image['docker-manifest-digest'],
    ).toBe(DIGEST);
    expect(() => parseSimpleSigning(Buffer.from('{}'))).toThrow(OsimgError);
    expect(() => parseSimpleSigning(Buffer.from('nope'))).toThrow('not JSON');
  });

  it('names the signature tag and the host policy files', () => {
    expect(signatureTag(DIGEST)).toBe(`sha256-${'ab'.repeat(32)}.sig`);
    const policy = JSON.parse(containersPolicy('ghcr.io/org/os', '/etc/pki/os.pub')) as Record<
      string,
      unknown
    >;
    expect(policy).toMatchObject({
      default: [{ type: 'reject' }],
      transports: {
        docker: {
          'ghcr.io/org/os': [
            {
              type: 'sigstoreSigned',
              keyPath: '/etc/pki/os.pub',
              signedIdentity: { type: 'matchRepository' },
            },
          ],
        },
      },
    });
    expect(registriesDConfig('ghcr.io')).toBe('docker:\n  ghcr.io:\n    use-sigstore-attachments: true\n');
  });
});
