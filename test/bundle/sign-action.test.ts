/** dist/sign and dist/verify run as the runner runs them, against a real registry. */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegistryClient } from '../../src/oci/registry.js';
import { generateKeyPair, type KeyPair } from '../../src/sign/keys.js';
import { Buildah } from '../../src/tools/buildah.js';
import { exec } from '../../src/tools/exec.js';
import { importTinyBase } from '../harness/bases.js';
import { startRegistry, type TestRegistry } from '../harness/registry.js';
import { createTestStorage, type TestStorage } from '../harness/storage.js';
import { runActionBundle } from './run-action.js';

let registry: TestRegistry;
let storage: TestStorage;
let workspace: string;
let ops: KeyPair;
let other: KeyPair;
let digest: string;

beforeAll(async () => {
  registry = await startRegistry();
  storage = await createTestStorage();
  workspace = await mkdtemp(join(tmpdir(), 'osimg-sign-action-'));
  const image = await importTinyBase(storage);
  await exec('buildah', [
    ...Buildah.globalArgs(storage),
    'push',
    '--quiet',
    '--tls-verify=false',
    image,
    `docker://${registry.address}/os/app:1`,
  ]);
  digest = (await new RegistryClient({ registry: registry.address }).getManifest('os/app', '1')).digest;
  ops = await generateKeyPair('pass-phrase');
  other = await generateKeyPair('x');
});

afterAll(async () => {
  await registry?.stop();
  await storage?.cleanup();
  await rm(workspace, { recursive: true, force: true });
});

const env = () => ({ GITHUB_WORKSPACE: workspace });

describe('dist/sign and dist/verify', () => {
  it('signs the digest, masks the key and passphrase, and verify accepts it and writes the host policy', async () => {
    const signed = await runActionBundle(
      'sign',
      { image: `${registry.address}/os/app:1`, key: ops.privatePem, 'key-passphrase': 'pass-phrase' },
      env(),
    );
    expect(signed.exitCode).toBe(0);
    // Default attestations: SLSA provenance and an SPDX SBOM read from the image's files.
    expect(signed.outputs).toEqual({
      digest,
      'signed-ref': `${registry.address}/os/app@${digest}`,
      'signature-tag': `${registry.address}/os/app:${digest.replace(':', '-')}.sig`,
      sbom: expect.stringMatching(/\/osimg-sign\/sbom\.spdx\.json$/) as unknown as string,
      attestations: JSON.stringify(['https://slsa.dev/provenance/v1', 'https://spdx.dev/Document']),
    });
    expect(signed.stdout).toContain('::add-mask::pass-phrase');
    expect(signed.stdout).toContain('::add-mask::-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----');

    const verified = await runActionBundle(
      'verify',
      {
        image: `${registry.address}/os/app:1`,
        key: ops.publicPem,
        'host-policy-dir': 'host',
        'require-attestations': 'slsaprovenance\nspdxjson',
      },
      env(),
    );
    expect(verified.exitCode).toBe(0);
    expect(verified.outputs.digest).toBe(digest);
    expect(verified.summary).toContain('signature verified');
    expect(JSON.parse(await readFile(join(workspace, 'host', 'policy.json'), 'utf8'))).toMatchObject({
      default: [{ type: 'reject' }],
    });
    expect(existsSync(join(workspace, 'host', 'registries.d', 'osimg.yaml'))).toBe(true);
  });

  it('fails closed with one line for another key, and for a wrong passphrase', async () => {
    const verified = await runActionBundle(
      'verify',
      { image: `${registry.address}/os/app:1`, key: other.publicPem },
      env(),
    );
    expect(verified.exitCode).toBe(1);
    expect(verified.stdout).toMatch(/^::error::.*has 2 signature\(s\), but none by this key/m);
    expect(verified.outputs).toEqual({});
    const wrong = await runActionBundle(
      'sign',
      { image: `${registry.address}/os/app:1`, key: ops.privatePem, 'key-passphrase': 'nope' },
      env(),
    );
    expect(wrong.exitCode).toBe(1);
    expect(wrong.stdout).toContain('::error::wrong passphrase for input "key" (or the key is damaged)');
  });
});
