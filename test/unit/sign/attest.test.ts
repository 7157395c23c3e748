import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { OsimgError } from '../../../src/errors.js';
import { openEnvelope, pae, parseEnvelope, signEnvelope } from '../../../src/sign/dsse.js';
import { predicateTypeOf, slsaProvenance, statement } from '../../../src/sign/provenance.js';

const DIGEST = `sha256:${'cd'.repeat(32)}`;

describe('DSSE', () => {
  it('encodes PAE as the spec says (its own example)', () => {
    expect(pae('http://example.com/HelloWorld', Buffer.from('hello world')).toString()).toBe(
      'DSSEv1 29 http://example.com/HelloWorld 11 hello world',
    );
  });

  it('signs an envelope that opens with the key only, and not after tampering', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const other = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey;
    const envelope = signEnvelope(Buffer.from('{"a":1}'), privateKey);
    expect(envelope.payloadType).toBe('application/vnd.in-toto+json');
    expect(openEnvelope(envelope, publicKey)?.toString()).toBe('{"a":1}');
    expect(openEnvelope(envelope, other)).toBeUndefined();
    expect(
      openEnvelope({ ...envelope, payload: Buffer.from('{"a":2}').toString('base64') }, publicKey),
    ).toBeUndefined();
    expect(openEnvelope({ ...envelope, payloadType: 'text/plain' }, publicKey)).toBeUndefined();
    expect(() => parseEnvelope(Buffer.from('{"payload":1}'))).toThrow(OsimgError);
  });
});

describe('SLSA provenance', () => {
  it('names the workflow, the commit and the base digest', () => {
    const predicate = slsaProvenance(
      {
        parameters: { containerfile: 'Containerfile' },
        base: { name: 'quay.io/fedora/fedora-bootc:42', digest: DIGEST },
      },
      {
        serverUrl: 'https://github.com',
        repository: 'org/os',
        ref: 'refs/heads/main',
        sha: 'f'.repeat(40),
        workflowRef: 'org/os/.github/workflows/image.yml@refs/heads/main',
        runId: '42',
        runAttempt: '2',
      },
      { builderId: 'unused' },
    );
    expect(predicate.runDetails.builder.id).toBe(
      'https://github.com/org/os/.github/workflows/image.yml@refs/heads/main',
    );
    expect(predicate.runDetails.metadata).toEqual({
      invocationId: 'https://github.com/org/os/actions/runs/42/attempts/2',
    });
    expect(predicate.buildDefinition.resolvedDependencies).toEqual([
      { uri: 'git+https://github.com/org/os@refs/heads/main', digest: { gitCommit: 'f'.repeat(40) } },
      {
        uri: 'oci://quay.io/fedora/fedora-bootc:42',
        digest: { sha256: 'cd'.repeat(32) },
        name: 'base image',
      },
    ]);
    expect(predicate.buildDefinition.externalParameters).toMatchObject({
      workflow: { path: '.github/workflows/image.yml' },
    });
  });

  it('wraps predicates in in-toto v1 statements about the digest', () => {
    expect(statement('ghcr.io/org/os', DIGEST, predicateTypeOf('spdxjson'), {})).toEqual({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'ghcr.io/org/os', digest: { sha256: 'cd'.repeat(32) } }],
      predicateType: 'https://spdx.dev/Document',
      predicate: {},
    });
    expect(predicateTypeOf('https://example.com/custom/v1')).toBe('https://example.com/custom/v1');
  });
});
