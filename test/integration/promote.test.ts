/**
 * Promotion against real registries (Debian's docker-registry, which has no referrers API, so the
 * referrers tag schema is exercised): a signed and attested digest gets channel tags in its own repository,
 * in another repository (blobs mounted) and in another registry (blobs copied), with its signatures,
 * attestations and bundle referrers; unsigned or wrongly signed digests are refused and no tag moves.
 */
import { createPublicKey } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parseReference } from '../../src/oci/reference.js';
import { listReferrers } from '../../src/oci/referrers.js';
import { RegistryClient } from '../../src/oci/registry.js';
import { parseTargets, promoteImage } from '../../src/promote/promote.js';
import { trustVerifier } from '../../src/promote/verifier.js';
import { attestImage } from '../../src/sign/attest.js';
import { attachmentTag, readSignatures } from '../../src/sign/cosign-legacy.js';
import { generateKeyPair, openPrivateKey } from '../../src/sign/keys.js';
import { SLSA_PROVENANCE_V1 } from '../../src/sign/provenance.js';
import { signImage, verifyImage } from '../../src/sign/signatures.js';
import { Buildah } from '../../src/tools/buildah.js';
import { exec } from '../../src/tools/exec.js';
import { importTinyBase } from '../harness/bases.js';
import {
  DEFAULT_WORKFLOW,
  GITHUB_ISSUER,
  startFakeGithubOidc,
  type FakeGithubOidc,
} from '../harness/fake-github-oidc.js';
import { startRegistry, type TestRegistry } from '../harness/registry.js';
import { startMockSigstore, type MockSigstore } from '../harness/sigstore.js';
import { createTestStorage, type TestStorage } from '../harness/storage.js';

let registry: TestRegistry;
let other: TestRegistry;
let storage: TestStorage;
let image: string;
const clients = new Map<string, RegistryClient>();
const clientFor = async (name: string) => {
  if (!clients.has(name)) clients.set(name, new RegistryClient({ registry: name }));
  return clients.get(name)!;
};

async function keys() {
  const pair = await generateKeyPair('pw');
  const privateKey = await openPrivateKey(pair.privatePem, 'pw');
  return { privateKey, publicKey: createPublicKey(privateKey) };
}

async function push(repository: string, tag: string): Promise<string> {
  await exec('buildah', [
    ...Buildah.globalArgs(storage),
    'push',
    '--quiet',
    '--tls-verify=false',
    image,
    `docker://${registry.address}/${repository}:${tag}`,
  ]);
  return (await (await clientFor(registry.address)).getManifest(repository, tag)).digest;
}

async function tagDigest(address: string, repository: string, tag: string): Promise<string | undefined> {
  try {
    return (await (await clientFor(address)).getManifest(repository, tag)).digest;
  } catch {
    return undefined;
  }
}

beforeAll(async () => {
  [registry, other, storage] = await Promise.all([startRegistry(), startRegistry(), createTestStorage()]);
  image = await importTinyBase(storage);
});

afterAll(async () => {
  await Promise.all([registry?.stop(), other?.stop(), storage?.cleanup()]);
});

describe('promote', () => {
  it('moves channel tags in the same repository, another repository and another registry, with signatures and attestations', async () => {
    const ops = await keys();
    const digest = await push('team/os', 'candidate');
    const source = parseReference(`${registry.address}/team/os:candidate`);
    const client = await clientFor(registry.address);
    await signImage(client, source, ops);
    await attestImage(client, source, ops, SLSA_PROVENANCE_V1, { buildDefinition: {} });

    const targets = parseTargets(
      ['stable', `${registry.address}/prod/os:stable`, `${other.address}/mirror/os:stable`],
      source,
    );
    const lines: string[] = [];
    const result = await promoteImage({
      source,
      targets,
      clientFor,
      verify: trustVerifier(ops.publicKey, [SLSA_PROVENANCE_V1]),
      log: (line) => lines.push(line),
    });
    expect(result.digest).toBe(digest);
    expect(result.promotions.map((entry) => [entry.ref, entry.changed, entry.previous])).toEqual([
      [`${registry.address}/team/os:stable`, true, undefined],
      [`${registry.address}/prod/os:stable`, true, undefined],
      [`${other.address}/mirror/os:stable`, true, undefined],
    ]);
    expect(await tagDigest(registry.address, 'team/os', 'stable')).toBe(digest);
    expect(await tagDigest(registry.address, 'prod/os', 'stable')).toBe(digest);
    expect(await tagDigest(other.address, 'mirror/os', 'stable')).toBe(digest);
    // Same registry: blobs were mounted, not moved; the other registry got real copies.
    expect(result.copied.blobsMounted).toBeGreaterThan(0);
    expect(result.copied.blobsCopied).toBeGreaterThan(0);

    for (const [address, repository] of [
      [registry.address, 'prod/os'],
      [other.address, 'mirror/os'],
    ] as const) {
      // The .sig and .att images are byte-identical copies, so the signatures stay valid.
      for (const kind of ['sig', 'att'] as const) {
        expect(await tagDigest(address, repository, attachmentTag(digest, kind))).toBe(
          await tagDigest(registry.address, 'team/os', attachmentTag(digest, kind)),
        );
      }
      const target = await clientFor(address);
      const signatures = await readSignatures(target, repository, digest);
      expect(signatures).toHaveLength(1);
      // The bundle referrers (signature + provenance) are listed in the copy's referrers tag index.
      const referrers = await listReferrers(target, repository, digest);
      expect(
        referrers.map((entry) => entry.annotations?.['dev.sigstore.bundle.predicateType']).sort(),
      ).toEqual(['https://sigstore.dev/cosign/sign/v1', SLSA_PROVENANCE_V1].sort());
      for (const referrer of referrers) {
        expect((await target.getManifest(repository, referrer.digest)).digest).toBe(referrer.digest);
      }
    }

    // Again: nothing changes, and the previous digest is reported.
    const again = await promoteImage({ source, targets, clientFor, verify: trustVerifier(ops.publicKey) });
    expect(again.promotions.every((entry) => !entry.changed && entry.previous === digest)).toBe(true);
    expect(again.copied.blobsCopied + again.copied.blobsMounted).toBe(0);
  });

  it('keeps the signatures another signer already put in the target repository', async () => {
    const [ops, team] = [await keys(), await keys()];
    const digest = await push('merge/src', 'candidate');
    const source = parseReference(`${registry.address}/merge/src@${digest}`);
    const client = await clientFor(registry.address);
    await signImage(client, source, ops, { formats: ['legacy'] });
    await push('merge/dst', 'seed');
    await signImage(client, parseReference(`${registry.address}/merge/dst@${digest}`), team, {
      formats: ['legacy'],
    });
    await promoteImage({
      source,
      targets: parseTargets([`${registry.address}/merge/dst:stable`], source),
      clientFor,
      verify: trustVerifier(ops.publicKey),
    });
    const signatures = await readSignatures(client, 'merge/dst', digest);
    expect(signatures).toHaveLength(2);
    // The team's own signature in its repository still verifies.
    expect(
      await verifyImage(client, parseReference(`${registry.address}/merge/dst:stable`), team.publicKey),
    ).toBe(digest);
  });

  it('refuses an unsigned digest and one signed by another key, and moves no tag', async () => {
    const [ops, stranger] = [await keys(), await keys()];
    await push('refuse/os', 'candidate');
    const source = parseReference(`${registry.address}/refuse/os:candidate`);
    const targets = parseTargets(['stable', `${other.address}/refuse/os:stable`], source);
    await expect(
      promoteImage({ source, targets, clientFor, verify: trustVerifier(ops.publicKey) }),
    ).rejects.toThrow(/is not signed/);
    await signImage(await clientFor(registry.address), source, stranger);
    await expect(
      promoteImage({ source, targets, clientFor, verify: trustVerifier(ops.publicKey) }),
    ).rejects.toThrow(/none by this key/);
    await signImage(await clientFor(registry.address), source, ops, { formats: ['legacy'] });
    await expect(
      promoteImage({
        source,
        targets,
        clientFor,
        verify: trustVerifier(ops.publicKey, [SLSA_PROVENANCE_V1]),
      }),
    ).rejects.toThrow(/no attestation by this key of type https:\/\/slsa.dev\/provenance\/v1/);
    expect(await tagDigest(registry.address, 'refuse/os', 'stable')).toBeUndefined();
    expect(await tagDigest(other.address, 'refuse/os', 'stable')).toBeUndefined();
  });
});

describe('osimg promote, keyless', () => {
  let oidc: FakeGithubOidc;
  let sigstore: MockSigstore;
  let work: string;
  const identity = `${DEFAULT_WORKFLOW.repository}/${DEFAULT_WORKFLOW.workflow}@${DEFAULT_WORKFLOW.ref}`;

  async function osimg(args: string[], env: Record<string, string> = {}) {
    let stderr = '';
    let stdout = '';
    const code = await main(args, {
      cwd: work,
      env: { PATH: process.env.PATH, HOME: work, TMPDIR: work, ...env },
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      readStdin: async () => '',
    });
    return { code, stdout, stderr };
  }

  beforeAll(async () => {
    oidc = await startFakeGithubOidc();
    sigstore = await startMockSigstore(oidc);
    work = await mkdtemp(join(tmpdir(), 'osimg-promote-keyless-'));
    await writeFile(join(work, 'trusted_root.json'), JSON.stringify(sigstore.trustedRoot));
  });

  afterAll(async () => {
    await Promise.all([sigstore?.stop(), oidc?.stop(), rm(work, { recursive: true, force: true })]);
  });

  it('promotes a digest signed by the workflow identity, and refuses another identity', async () => {
    const digest = await push('keyless/os', 'candidate');
    const image = `${registry.address}/keyless/os@${digest}`;
    const signed = await osimg(
      ['sign', image, '--fulcio-url', sigstore.fulcioUrl, '--rekor-url', sigstore.rekorUrl],
      oidc.env,
    );
    expect(signed.code).toBe(0);
    const trust = ['--certificate-oidc-issuer', GITHUB_ISSUER, '--trusted-root', 'trusted_root.json'];
    const other = await osimg([
      'promote',
      image,
      '--to',
      'stable',
      '--certificate-identity',
      `${identity}x`,
      ...trust,
    ]);
    expect(other.code).toBe(1);
    expect(other.stderr).toMatch(/but none by/);
    expect(await tagDigest(registry.address, 'keyless/os', 'stable')).toBeUndefined();
    const promoted = await osimg([
      'promote',
      image,
      '--to',
      'stable',
      '--certificate-identity',
      identity,
      ...trust,
    ]);
    expect(promoted.stderr).not.toMatch(/error/i);
    expect(promoted.code).toBe(0);
    expect(await tagDigest(registry.address, 'keyless/os', 'stable')).toBe(digest);
  });
});
