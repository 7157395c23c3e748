/**
 * Keyless signing end to end: a FAKE GitHub OIDC endpoint → @sigstore/mock's Fulcio, Rekor and timestamp
 * authority on loopback HTTP servers → signatures in both layouts on the real registry, verified against
 * the instance's trusted root and an identity policy. Forgeries are rejected: another identity, another
 * issuer, a regular expression that only matches a prefix, a signature copied to another digest.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleFromJSON, assertBundleLatest } from '@sigstore/bundle';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parseReference } from '../../src/oci/reference.js';
import { referrersTag } from '../../src/oci/referrers.js';
import { RegistryClient } from '../../src/oci/registry.js';
import { attestImage, requireAttestations, verifiedStatements } from '../../src/sign/attest.js';
import { BUNDLE_MEDIA_TYPE, bundleStatements, COSIGN_SIGN_PREDICATE } from '../../src/sign/bundle.js';
import {
  CERTIFICATE_ANNOTATION,
  CHAIN_ANNOTATION,
  REKOR_BUNDLE_ANNOTATION,
  TIMESTAMP_ANNOTATION,
} from '../../src/sign/cosign-keyless.js';
import {
  attachmentTag,
  readSignatures,
  SIGNATURE_ANNOTATION,
  signatureTag,
} from '../../src/sign/cosign-legacy.js';
import { compileIdentityPolicy, type IdentityPolicy } from '../../src/sign/identity.js';
import { sigstoreSigner } from '../../src/sign/image-signer.js';
import { KeylessSigner } from '../../src/sign/keyless.js';
import { tokenSource } from '../../src/sign/oidc.js';
import { SLSA_PROVENANCE_V1 } from '../../src/sign/provenance.js';
import { signImage, validSignatures, verifyImage } from '../../src/sign/signatures.js';
import type { TrustPolicy } from '../../src/sign/trust-policy.js';
import { parseTrustedRoot } from '../../src/sign/trusted-root.js';
import { Buildah } from '../../src/tools/buildah.js';
import { exec } from '../../src/tools/exec.js';
import { importTinyBase } from '../harness/bases.js';
import {
  DEFAULT_WORKFLOW,
  GITHUB_ISSUER,
  startFakeGithubOidc,
  type FakeGithubOidc,
} from '../harness/fake-github-oidc.js';
import { startMockSigstore, type MockSigstore } from '../harness/sigstore.js';
import { startRegistry, type TestRegistry } from '../harness/registry.js';
import { createTestStorage, type TestStorage } from '../harness/storage.js';

let registry: TestRegistry;
let storage: TestStorage;
let oidc: FakeGithubOidc;
let sigstore: MockSigstore;
let work: string;
let client: RegistryClient;

/** The identity the mock Fulcio writes for the default fake workflow (see test/harness/sigstore.ts). */
const IDENTITY = `${DEFAULT_WORKFLOW.repository}/${DEFAULT_WORKFLOW.workflow}@${DEFAULT_WORKFLOW.ref}`;
const NAMES = { identity: 'identity', identityRegexp: 'regexp', issuer: 'issuer' };

function policy(identity: Partial<IdentityPolicy>): TrustPolicy {
  const full = { issuer: GITHUB_ISSUER, ...identity };
  return {
    kind: 'keyless',
    material: parseTrustedRoot(JSON.stringify(sigstore.trustedRoot), 'the trusted root'),
    identity: full,
    matches: compileIdentityPolicy(full, NAMES),
  };
}

function keyless(options: { tsa?: boolean } = {}) {
  return sigstoreSigner(
    new KeylessSigner(
      {
        fulcioUrl: sigstore.fulcioUrl,
        rekorUrl: sigstore.rekorUrl,
        ...(options.tsa ? { tsaUrl: sigstore.tsaUrl } : {}),
      },
      tokenSource(oidc.env),
    ),
  );
}

async function push(repository: string, tag: string, variant?: string): Promise<string> {
  const global = Buildah.globalArgs(storage);
  let image = await importTinyBase(storage);
  if (variant) {
    const container = (await exec('buildah', [...global, 'from', image])).stdout.trim();
    await exec('buildah', [...global, 'config', `--label=variant=${variant}`, container]);
    image = `localhost/variant:${variant}`;
    await exec('buildah', [...global, 'commit', '--quiet', container, image]);
    await exec('buildah', [...global, 'rm', container]);
  }
  await exec('buildah', [
    ...global,
    'push',
    '--quiet',
    '--tls-verify=false',
    image,
    `docker://${registry.address}/${repository}:${tag}`,
  ]);
  return (await client.getManifest(repository, tag)).digest;
}

async function osimg(
  args: string[],
  env: Record<string, string | undefined> = oidc.env,
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd: work,
    env: { PATH: process.env.PATH, HOME: work, TMPDIR: work, ...env },
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readStdin: async () => '',
  });
  return { code, stdout, stderr };
}

const SIGSTORE_FLAGS = () => [
  '--fulcio-url',
  sigstore.fulcioUrl,
  '--rekor-url',
  sigstore.rekorUrl,
  '--tsa-url',
  sigstore.tsaUrl,
];
const TRUST_FLAGS = ['--certificate-oidc-issuer', GITHUB_ISSUER, '--trusted-root', 'trusted_root.json'];

beforeAll(async () => {
  registry = await startRegistry();
  storage = await createTestStorage();
  oidc = await startFakeGithubOidc();
  sigstore = await startMockSigstore(oidc);
  work = await mkdtemp(join(tmpdir(), 'osimg-keyless-'));
  client = new RegistryClient({ registry: registry.address });
  await writeFile(join(work, 'trusted_root.json'), JSON.stringify(sigstore.trustedRoot));
});

afterAll(async () => {
  await sigstore?.stop();
  await oidc?.stop();
  await registry?.stop();
  await storage?.cleanup();
  await rm(work, { recursive: true, force: true });
});

describe('keyless signing against a mock Sigstore on loopback', () => {
  it('signs in both layouts with one certificate, and verifies by exact identity and issuer', async () => {
    const digest = await push('os/keyless', '1');
    const ref = parseReference(`${registry.address}/os/keyless:1`);
    const before = { ...sigstore.requests, tokens: oidc.issued };
    const signer = keyless({ tsa: true });
    const result = await signImage(client, ref, signer);
    expect(result).toEqual({ digest, added: ['legacy', 'bundle'] });
    await attestImage(client, { ...ref, digest }, signer, SLSA_PROVENANCE_V1, { buildDefinition: {} });
    // One token and one certificate for the whole run; one Rekor entry and one timestamp per signature.
    expect(oidc.issued - before.tokens).toBe(1);
    expect(sigstore.requests.fulcio - before.fulcio).toBe(1);
    expect(sigstore.requests.rekor - before.rekor).toBe(4);
    expect(sigstore.requests.tsa - before.tsa).toBe(4);

    // The legacy layer carries cosign's keyless annotations.
    const sig = JSON.parse(
      (await client.getManifest('os/keyless', signatureTag(digest))).bytes.toString(),
    ) as {
      layers: Array<{ annotations: Record<string, string> }>;
    };
    const annotations = sig.layers[0]!.annotations;
    expect(annotations[SIGNATURE_ANNOTATION]).toMatch(/^[A-Za-z0-9+/=]+$/);
    expect(annotations[CERTIFICATE_ANNOTATION]).toMatch(/^-----BEGIN CERTIFICATE-----/);
    expect(annotations[CHAIN_ANNOTATION]).toMatch(/^-----BEGIN CERTIFICATE-----/);
    expect(JSON.parse(annotations[TIMESTAMP_ANNOTATION]!)).toHaveProperty('SignedRFC3161Timestamp');
    const set = JSON.parse(annotations[REKOR_BUNDLE_ANNOTATION]!) as {
      SignedEntryTimestamp: string;
      Payload: { body: string; integratedTime: number; logIndex: number; logID: string };
    };
    expect(Object.keys(set)).toEqual(['SignedEntryTimestamp', 'Payload']);
    expect(Object.keys(set.Payload)).toEqual(['body', 'integratedTime', 'logIndex', 'logID']);
    expect(JSON.parse(Buffer.from(set.Payload.body, 'base64').toString())).toMatchObject({
      kind: 'hashedrekord',
      apiVersion: '0.0.1',
    });
    const att = JSON.parse(
      (await client.getManifest('os/keyless', attachmentTag(digest, 'att'))).bytes.toString(),
    ) as { layers: Array<{ annotations: Record<string, string> }> };
    expect(att.layers[0]!.annotations).toHaveProperty(CERTIFICATE_ANNOTATION);
    expect(att.layers[0]!.annotations.predicateType).toBe(SLSA_PROVENANCE_V1);

    // The referrer is a valid v0.3 bundle with the certificate and a Rekor entry.
    const index = JSON.parse(
      (await client.getManifest('os/keyless', referrersTag(digest))).bytes.toString(),
    ) as {
      manifests: Array<{ digest: string; artifactType: string }>;
    };
    expect(index.manifests.every((entry) => entry.artifactType === BUNDLE_MEDIA_TYPE)).toBe(true);
    const manifest = JSON.parse(
      (await client.getManifest('os/keyless', index.manifests[0]!.digest)).bytes.toString(),
    ) as { layers: Array<{ digest: string }> };
    const bundle = bundleFromJSON(
      JSON.parse((await client.getBlob('os/keyless', manifest.layers[0]!.digest)).toString()),
    );
    assertBundleLatest(bundle);
    expect(bundle.verificationMaterial.content.$case).toBe('certificate');
    expect(bundle.verificationMaterial.tlogEntries[0]!.kindVersion.kind).toBe('dsse');

    // Each layout verifies on its own: the .sig layer, the .att layer and the bundle referrers.
    const exact = policy({ identity: IDENTITY });
    const name = `${registry.address}/os/keyless`;
    expect(
      validSignatures(await readSignatures(client, 'os/keyless', digest), exact, name, digest),
    ).toHaveLength(1);
    expect(
      (await verifiedStatements(client, { repository: 'os/keyless', name }, digest, exact)).map(
        (found) => found.predicateType,
      ),
    ).toEqual([SLSA_PROVENANCE_V1]);
    expect(
      (await bundleStatements(client, { repository: 'os/keyless', name }, digest, exact))
        .map((found) => found.predicateType)
        .sort(),
    ).toEqual([COSIGN_SIGN_PREDICATE, SLSA_PROVENANCE_V1].sort());
    expect(await verifyImage(client, ref, exact)).toBe(digest);
    expect(
      await verifyImage(
        client,
        ref,
        policy({ identityRegexp: 'example-org/os/\\.github/workflows/[a-z]+\\.yml@refs/heads/main' }),
      ),
    ).toBe(digest);
    await requireAttestations(client, ref, digest, policy({ identity: IDENTITY }), [SLSA_PROVENANCE_V1]);
  });
});

describe('keyless verification rejects forgeries', () => {
  it('another identity, another issuer, a regular expression that matches only a prefix, an untrusted root', async () => {
    const legit = await push('os/forge', 'legit', 'legit');
    await signImage(client, parseReference(`${registry.address}/os/forge@${legit}`), keyless());
    // A look-alike repository whose workflow identity starts with the legitimate one.
    oidc.workflow = { ...DEFAULT_WORKFLOW, repository: 'example-org/os-evil' };
    const evil = await push('os/forge', 'evil', 'evil');
    await signImage(client, parseReference(`${registry.address}/os/forge@${evil}`), keyless());
    // The legitimate workflow, but a token from another issuer.
    oidc.workflow = { ...DEFAULT_WORKFLOW, issuer: 'https://token.evil.example' };
    const issuer = await push('os/forge', 'issuer', 'issuer');
    await signImage(client, parseReference(`${registry.address}/os/forge@${issuer}`), keyless());
    oidc.workflow = { ...DEFAULT_WORKFLOW };

    const at = (digest: string) => parseReference(`${registry.address}/os/forge@${digest}`);
    const exact = policy({ identity: IDENTITY });
    await expect(verifyImage(client, at(legit), exact)).resolves.toBe(legit);
    await expect(verifyImage(client, at(evil), exact)).rejects.toThrow(
      `has 2 signature(s), but none by identity "${IDENTITY}" from issuer "${GITHUB_ISSUER}"`,
    );
    await expect(verifyImage(client, at(issuer), exact)).rejects.toThrow('but none by identity');
    // The same signature passes for its own issuer: the issuer alone made the difference above.
    await expect(
      verifyImage(client, at(issuer), policy({ identity: IDENTITY, issuer: 'https://token.evil.example' })),
    ).resolves.toBe(issuer);
    // "example-org/os" would match both identities as an unanchored search; anchored, it matches neither.
    const prefix = policy({ identityRegexp: 'example-org/os' });
    await expect(verifyImage(client, at(evil), prefix)).rejects.toThrow('but none by identity');
    await expect(verifyImage(client, at(legit), prefix)).rejects.toThrow('but none by identity');
    const repository = policy({ identityRegexp: 'example-org/os/.+' });
    await expect(verifyImage(client, at(legit), repository)).resolves.toBe(legit);
    await expect(verifyImage(client, at(evil), repository)).rejects.toThrow('but none by identity');

    // The right identity, but certified by another Sigstore instance than the trusted root names.
    const elsewhere = await startMockSigstore(oidc);
    try {
      const foreign = {
        ...exact,
        material: parseTrustedRoot(JSON.stringify(elsewhere.trustedRoot), 'another root'),
      } as TrustPolicy;
      await expect(verifyImage(client, at(legit), foreign)).rejects.toThrow('but none by identity');
    } finally {
      await elsewhere.stop();
    }
  });

  it('a signature copied to another digest, and a tampered Rekor entry timestamp', async () => {
    const signed = await push('os/copy', 'signed', 'copy-signed');
    const other = await push('os/copy', 'other', 'copy-other');
    await signImage(client, parseReference(`${registry.address}/os/copy@${signed}`), keyless(), {
      formats: ['legacy'],
    });
    const at = (digest: string) => parseReference(`${registry.address}/os/copy@${digest}`);
    const exact = policy({ identity: IDENTITY });
    await expect(verifyImage(client, at(signed), exact)).resolves.toBe(signed);
    const stored = await client.getManifest('os/copy', signatureTag(signed));
    await client.putManifest('os/copy', signatureTag(other), {
      mediaType: stored.mediaType,
      bytes: stored.bytes,
    });
    await expect(verifyImage(client, at(other), exact)).rejects.toThrow(
      'has 1 signature(s), but none by identity',
    );

    // Rekor's signed entry timestamp covers the integrated time: a changed time no longer verifies.
    const manifest = JSON.parse(stored.bytes.toString()) as {
      layers: Array<{ annotations: Record<string, string> }>;
    };
    const set = JSON.parse(manifest.layers[0]!.annotations[REKOR_BUNDLE_ANNOTATION]!) as {
      Payload: { integratedTime: number };
    };
    set.Payload.integratedTime -= 3600;
    manifest.layers[0]!.annotations[REKOR_BUNDLE_ANNOTATION] = JSON.stringify(set);
    await client.putManifest('os/copy', signatureTag(signed), {
      mediaType: stored.mediaType,
      bytes: Buffer.from(JSON.stringify(manifest)),
    });
    await expect(verifyImage(client, at(signed), exact)).rejects.toThrow('but none by identity');
    await client.putManifest('os/copy', signatureTag(signed), {
      mediaType: stored.mediaType,
      bytes: stored.bytes,
    });
    await expect(verifyImage(client, at(signed), exact)).resolves.toBe(signed);
  });
});

describe('osimg sign and verify, keyless', () => {
  it('signs and attests (provenance + an SBOM from the image files) by identity; verify requires both', async () => {
    // An image with a dpkg database, so the SBOM read from its files has packages.
    const global = Buildah.globalArgs(storage);
    const container = (
      await exec('buildah', [...global, 'from', await importTinyBase(storage)])
    ).stdout.trim();
    await exec('buildah', [...global, 'copy', container, 'test/fixtures/sbom/debian', '/']);
    await exec('buildah', [
      ...global,
      'config',
      '--label=org.opencontainers.image.source=https://github.com/example-org/os',
      `--label=org.opencontainers.image.revision=${'e'.repeat(40)}`,
      container,
    ]);
    await exec('buildah', [...global, 'commit', '--quiet', container, 'localhost/keyless/dpkg:1']);
    await exec('buildah', [...global, 'rm', container]);
    await exec('buildah', [
      ...global,
      'push',
      '--quiet',
      '--tls-verify=false',
      'localhost/keyless/dpkg:1',
      `docker://${registry.address}/os/cli:1`,
    ]);
    const digest = (await client.getManifest('os/cli', '1')).digest;
    const image = `${registry.address}/os/cli:1`;

    const signed = await osimg([
      'sign',
      image,
      ...SIGSTORE_FLAGS(),
      '--attest',
      'provenance,spdx',
      '--sbom-output',
      'sbom.spdx.json',
      '-q',
    ]);
    expect(signed.stderr).toContain('attested https://spdx.dev/Document');
    expect(signed.code).toBe(0);
    expect(signed.stdout.trim()).toBe(`${registry.address}/os/cli@${digest}`);
    const sbom = JSON.parse(await readFile(join(work, 'sbom.spdx.json'), 'utf8')) as {
      spdxVersion: string;
      packages: Array<{ name: string }>;
    };
    expect(sbom.spdxVersion).toBe('SPDX-2.3');
    expect(sbom.packages.length).toBeGreaterThan(10);

    const verify = (extra: string[]) =>
      osimg(['verify', image, ...TRUST_FLAGS, ...extra, '--require-attestation', 'slsaprovenance']);
    const ok = await verify(['--certificate-identity', IDENTITY, '--require-attestation', 'spdxjson']);
    expect(ok.stderr).toMatch(
      /^verified \S+ \(cosign \.sig: 1 of 1 signature\(s\) verified; Sigstore bundle: 1 of 1/,
    );
    expect(ok.code).toBe(0);
    expect(ok.stdout.trim()).toBe(`${registry.address}/os/cli@${digest}`);
    const noCyclone = await verify([
      '--certificate-identity',
      IDENTITY,
      '--require-attestation',
      'cyclonedx',
    ]);
    expect(noCyclone.code).toBe(1);
    expect(noCyclone.stderr).toContain('of type https://cyclonedx.org/bom (found: ');
    const prefix = await verify(['--certificate-identity-regexp', 'example-org/os']);
    expect(prefix.code).toBe(1);
    expect(prefix.stderr).toContain('but none by identity /^(?:example-org/os)$/');

    // Attestations signed by another identity do not count for this one.
    oidc.workflow = { ...DEFAULT_WORKFLOW, workflow: '.github/workflows/other.yml' };
    const other = await push('os/cli-other', '1', 'cli-other');
    const otherImage = `${registry.address}/os/cli-other@${other}`;
    try {
      expect((await osimg(['sign', otherImage, ...SIGSTORE_FLAGS()])).code).toBe(0);
    } finally {
      oidc.workflow = { ...DEFAULT_WORKFLOW };
    }
    expect((await osimg(['attest', otherImage, '--provenance', ...SIGSTORE_FLAGS()])).code).toBe(0);
    const mixed = await osimg([
      'verify',
      otherImage,
      ...TRUST_FLAGS,
      '--certificate-identity-regexp',
      'example-org/os/\\.github/workflows/other\\.yml@.+',
      '--require-attestation',
      'slsaprovenance',
    ]);
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toContain('has no attestation by identity');
  });

  it('says what is missing, before anything is written: no id-token permission, no issuer, no root, a missing image', async () => {
    const digest = await push('os/half', '1', 'half');
    const image = `${registry.address}/os/half@${digest}`;
    const before = { ...sigstore.requests, tokens: oidc.issued };
    const noToken = await osimg(['sign', image, ...SIGSTORE_FLAGS(), '--attest', 'provenance'], {});
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toContain('add `permissions: id-token: write` to the job');
    // A bad token-request credential (the permission was removed mid-run) fails the same way, early.
    const refused = await osimg(['sign', image, ...SIGSTORE_FLAGS()], {
      ...oidc.env,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'revoked',
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('refused a token (HTTP 401)');
    expect(sigstore.requests).toEqual({ fulcio: before.fulcio, rekor: before.rekor, tsa: before.tsa });
    for (const tag of [signatureTag(digest), attachmentTag(digest, 'att'), referrersTag(digest)]) {
      await expect(client.getManifest('os/half', tag)).rejects.toThrow();
    }
    const missing = await osimg(['sign', `${registry.address}/os/half:nope`, ...SIGSTORE_FLAGS()]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('os/half:nope does not exist');
    expect(oidc.issued).toBe(before.tokens);

    const noIssuer = await osimg(['verify', image, '--certificate-identity', IDENTITY]);
    expect(noIssuer.code).toBe(2);
    expect(noIssuer.stderr).toContain('needs --certificate-oidc-issuer too');
    const noRoot = await osimg([
      'verify',
      image,
      '--certificate-identity',
      IDENTITY,
      '--certificate-oidc-issuer',
      GITHUB_ISSUER,
    ]);
    expect(noRoot.code).toBe(2);
    expect(noRoot.stderr).toContain('needs --trusted-root');
    await writeFile(join(work, 'broken-root.json'), '{"mediaType": "x"}');
    const badRoot = await osimg([
      'verify',
      image,
      '--certificate-identity',
      IDENTITY,
      '--certificate-oidc-issuer',
      GITHUB_ISSUER,
      '--trusted-root',
      'broken-root.json',
    ]);
    expect(badRoot.code).toBe(2);
    expect(badRoot.stderr).toContain('broken-root.json');
    const badRegexp = await osimg(['verify', image, ...TRUST_FLAGS, '--certificate-identity-regexp', '(']);
    expect(badRegexp.code).toBe(2);
    expect(badRegexp.stderr).toContain('is not a valid regular expression');
  });

  it('signs the digest it resolved, not where the tag points later; verify by digest', async () => {
    const built = await push('os/moving', 'release', 'moving-1');
    // The build's output names the digest; the tag moves before the sign step runs.
    await push('os/moving', 'release', 'moving-2');
    const signed = await osimg([
      'sign',
      `${registry.address}/os/moving:release@${built}`,
      ...SIGSTORE_FLAGS(),
    ]);
    expect(signed.code).toBe(0);
    expect(signed.stdout.trim()).toBe(`${registry.address}/os/moving@${built}`);
    const byDigest = await osimg([
      'verify',
      `${registry.address}/os/moving@${built}`,
      '--certificate-identity',
      IDENTITY,
      ...TRUST_FLAGS,
    ]);
    expect(byDigest.code).toBe(0);
    const byTag = await osimg([
      'verify',
      `${registry.address}/os/moving:release`,
      '--certificate-identity',
      IDENTITY,
      ...TRUST_FLAGS,
    ]);
    expect(byTag.code).toBe(1);
    expect(byTag.stderr).toContain('is not signed');
  });
});
