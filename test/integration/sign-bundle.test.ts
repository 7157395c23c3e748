/**
 * Signatures and attestations as Sigstore bundle referrers (cosign v3's layout): on Debian's registry,
 * which has no referrers API (the referrers tag schema is kept), and behind a referrers-capable proxy.
 */
import { bundleFromJSON, assertBundleLatest } from '@sigstore/bundle';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OsimgError } from '../../src/errors.js';
import { parseReference } from '../../src/oci/reference.js';
import { attachReferrer, listReferrers, referrersTag } from '../../src/oci/referrers.js';
import { RegistryClient } from '../../src/oci/registry.js';
import { BUNDLE_MEDIA_TYPE, COSIGN_SIGN_PREDICATE } from '../../src/sign/bundle.js';
import { generateKeyPair, openPrivateKey, openPublicKey } from '../../src/sign/keys.js';
import { signImage, verifyImage } from '../../src/sign/signatures.js';
import { Buildah } from '../../src/tools/buildah.js';
import { exec } from '../../src/tools/exec.js';
import { importTinyBase } from '../harness/bases.js';
import { startReferrersProxy, type ReferrersProxy } from '../harness/referrers-proxy.js';
import { startRegistry, type TestRegistry } from '../harness/registry.js';
import { createTestStorage, type TestStorage } from '../harness/storage.js';

let registry: TestRegistry;
let proxy: ReferrersProxy;
let storage: TestStorage;
let work: string;
let keys: { privateKey: import('node:crypto').KeyObject; publicKey: import('node:crypto').KeyObject };
let other: import('node:crypto').KeyObject;

async function push(address: string, repository: string): Promise<string> {
  const image = await importTinyBase(storage);
  await exec('buildah', [
    ...Buildah.globalArgs(storage),
    'push',
    '--quiet',
    '--tls-verify=false',
    image,
    `docker://${address}/${repository}:1`,
  ]);
  return (await new RegistryClient({ registry: address }).getManifest(repository, '1')).digest;
}

beforeAll(async () => {
  registry = await startRegistry();
  proxy = await startReferrersProxy(registry.address);
  storage = await createTestStorage();
  work = await mkdtemp(join(tmpdir(), 'osimg-bundle-'));
  const pair = await generateKeyPair('p');
  keys = { privateKey: await openPrivateKey(pair.privatePem, 'p'), publicKey: openPublicKey(pair.publicPem) };
  other = openPublicKey((await generateKeyPair('q')).publicPem);
});

afterAll(async () => {
  await proxy?.stop();
  await registry?.stop();
  await storage?.cleanup();
  await rm(work, { recursive: true, force: true });
});

describe('bundle signatures on a registry without the referrers API', () => {
  it('keeps the referrers tag index, writes a valid v0.3 bundle, verifies, and re-signs idempotently', async () => {
    const digest = await push(registry.address, 'os/bundle');
    const client = new RegistryClient({ registry: registry.address });
    const ref = parseReference(`${registry.address}/os/bundle:1`);
    expect(await client.getReferrers('os/bundle', digest)).toBeUndefined(); // distribution 2.8: no API

    const signed = await signImage(client, ref, keys, {
      formats: ['bundle'],
      now: new Date('2026-11-22T00:00:00Z'),
    });
    expect(signed.added).toEqual(['bundle']);
    const index = JSON.parse(
      (await client.getManifest('os/bundle', referrersTag(digest))).bytes.toString(),
    ) as {
      manifests: Array<{ artifactType: string; digest: string; annotations: Record<string, string> }>;
    };
    expect(index.manifests).toHaveLength(1);
    expect(index.manifests[0]).toMatchObject({
      artifactType: BUNDLE_MEDIA_TYPE,
      annotations: {
        'dev.sigstore.bundle.content': 'dsse-envelope',
        'dev.sigstore.bundle.predicateType': COSIGN_SIGN_PREDICATE,
        'org.opencontainers.image.created': '2026-11-22T00:00:00.000Z',
      },
    });
    const artifact = JSON.parse(
      (await client.getManifest('os/bundle', index.manifests[0]!.digest)).bytes.toString(),
    ) as {
      subject: { digest: string };
      config: { mediaType: string; size: number };
      layers: Array<{ digest: string; mediaType: string }>;
    };
    expect(artifact.subject.digest).toBe(digest);
    expect(artifact.config).toMatchObject({ mediaType: 'application/vnd.oci.empty.v1+json', size: 2 });
    const bundle = JSON.parse(
      (await client.getBlob('os/bundle', artifact.layers[0]!.digest)).toString(),
    ) as unknown;
    // sigstore-js's own parser and validator accept it as a current (v0.3) bundle.
    expect(() => assertBundleLatest(bundleFromJSON(bundle))).not.toThrow();

    await expect(verifyImage(client, ref, keys.publicKey)).resolves.toBe(digest);
    await expect(verifyImage(client, ref, other)).rejects.toThrow('none by this key');
    expect((await signImage(client, ref, keys, { formats: ['bundle'] })).added).toEqual([]);
    expect(await listReferrers(client, 'os/bundle', digest, BUNDLE_MEDIA_TYPE)).toHaveLength(1);
  });

  it("rejects a tampered bundle that is an image's only signature", async () => {
    const client = new RegistryClient({ registry: registry.address });
    const signedDigest = await push(registry.address, 'os/source');
    await signImage(client, parseReference(`${registry.address}/os/source:1`), keys, { formats: ['bundle'] });
    const [entry] = await listReferrers(client, 'os/source', signedDigest, BUNDLE_MEDIA_TYPE);
    const artifact = JSON.parse((await client.getManifest('os/source', entry!.digest)).bytes.toString()) as {
      layers: Array<{ digest: string }>;
    };
    const bundle = JSON.parse((await client.getBlob('os/source', artifact.layers[0]!.digest)).toString()) as {
      dsseEnvelope: { signatures: Array<{ sig: string }> };
    };
    const sig = Buffer.from(bundle.dsseEnvelope.signatures[0]!.sig, 'base64');
    sig[10] = sig[10]! ^ 0xff;
    bundle.dsseEnvelope.signatures[0]!.sig = sig.toString('base64');

    const targetDigest = await push(registry.address, 'os/target');
    const manifest = await client.getManifest('os/target', targetDigest);
    await attachReferrer(
      client,
      'os/target',
      { digest: targetDigest, mediaType: manifest.mediaType, size: manifest.bytes.length },
      {
        artifactType: BUNDLE_MEDIA_TYPE,
        content: Buffer.from(JSON.stringify(bundle)),
        annotations: { 'dev.sigstore.bundle.predicateType': COSIGN_SIGN_PREDICATE },
      },
    );
    await expect(
      verifyImage(client, parseReference(`${registry.address}/os/target:1`), keys.publicKey),
    ).rejects.toThrow('has 1 signature(s), but none by this key');
  });

  it('names a missing image instead of signing anything', async () => {
    const client = new RegistryClient({ registry: registry.address });
    const attempt = signImage(client, parseReference(`${registry.address}/os/none:1`), keys);
    await expect(attempt).rejects.toBeInstanceOf(OsimgError);
    await expect(attempt).rejects.toThrow(
      `${registry.address}/os/none:1 does not exist: check the name, tag or digest`,
    );
  });
});

describe('bundle signatures on a registry with the referrers API (fake API over the real registry)', () => {
  it('lets the registry index the referrer: no referrers tag is written, and verification finds it', async () => {
    const digest = await push(proxy.address, 'os/indexed');
    const client = new RegistryClient({ registry: proxy.address });
    const ref = parseReference(`${proxy.address}/os/indexed:1`);
    expect((await signImage(client, ref, keys)).added).toEqual(['legacy', 'bundle']);
    await expect(client.getManifest('os/indexed', referrersTag(digest))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const listed = await listReferrers(client, 'os/indexed', digest, BUNDLE_MEDIA_TYPE);
    expect(listed).toHaveLength(1);
    await expect(verifyImage(client, ref, keys.publicKey)).resolves.toBe(digest);
  });
});
