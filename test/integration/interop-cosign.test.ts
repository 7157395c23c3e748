/**
 * Interop with the real cosign 2.5 (Debian trixie) and 3.1 (sid), both directions, against Debian's
 * registry (no referrers API: the tag schema) and, once, a referrers-capable proxy. Every image sits in a
 * repository of its own, so signatures of one case never count for another. Outcomes are recorded for the
 * compatibility table in docs/sign.md (test/harness/interop-results.ts).
 */
import type { KeyObject } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parseReference } from '../../src/oci/reference.js';
import { RegistryClient } from '../../src/oci/registry.js';
import { attestImage, requireAttestations } from '../../src/sign/attest.js';
import { generateKeyPair, openPrivateKey, openPublicKey } from '../../src/sign/keys.js';
import { SLSA_PROVENANCE_V1 } from '../../src/sign/provenance.js';
import { signImage, verifyImageLayouts } from '../../src/sign/signatures.js';
import { importTinyBase } from '../harness/bases.js';
import { pushImage } from '../harness/push.js';
import { interopSuite } from '../harness/interop-results.js';
import { copyAttachments, tamperSignature } from '../harness/interop-registry.js';
import { cosignRunner, realTools, type RealTools } from '../harness/real-tools.js';
import { startReferrersProxy, type ReferrersProxy } from '../harness/referrers-proxy.js';
import { startRegistry, type TestRegistry } from '../harness/registry.js';
import {
  DEFAULT_WORKFLOW,
  GITHUB_ISSUER,
  startFakeGithubOidc,
  type FakeGithubOidc,
} from '../harness/fake-github-oidc.js';
import { startMockSigstore, type MockSigstore } from '../harness/sigstore.js';
import { sigstoreSigner } from '../../src/sign/image-signer.js';
import { KeylessSigner } from '../../src/sign/keyless.js';
import { tokenSource } from '../../src/sign/oidc.js';
import { createTestStorage, type TestStorage } from '../harness/storage.js';

const suite = interopSuite('interop-cosign');
let tools: RealTools;
let registry: TestRegistry;
let proxy: ReferrersProxy;
let storage: TestStorage;
let work: string;
let client: RegistryClient;
let image: string;
let digest: string;
let osimgKeys: { privateKey: KeyObject; publicKey: KeyObject };
let cosignPublic: KeyObject;
let strangerPublic: KeyObject;
let oidc: FakeGithubOidc;
let sigstore: MockSigstore;

/** The mock Fulcio writes the token's job_workflow_ref as the identity (test/harness/sigstore.ts). */
const IDENTITY = `${DEFAULT_WORKFLOW.repository}/${DEFAULT_WORKFLOW.workflow}@${DEFAULT_WORKFLOW.ref}`;

const PREDICATE = { buildDefinition: { buildType: 'https://example.org/interop' }, runDetails: {} };

/** The tiny image pushed to its own repository (same digest everywhere: same content). */
async function push(repository: string, address = registry.address): Promise<string> {
  await pushImage(storage, image, `${address}/${repository}:1`);
  return `${address}/${repository}@${digest}`;
}

const cosign = (major: 2 | 3) => cosignRunner(tools, major, work);
/** cosign 3 without the public-good instance: no Fulcio/Rekor/TSA in the signing config, an empty root. */
const COSIGN3_OFFLINE = ['--signing-config', 'signing-config.json', '--trusted-root', 'empty-root.json'];
const KEY_VERIFY = (major: 2 | 3) => [
  '--insecure-ignore-tlog',
  ...(major === 3 ? ['--trusted-root', 'empty-root.json'] : []),
];

beforeAll(async () => {
  tools = realTools();
  registry = await startRegistry();
  proxy = await startReferrersProxy(registry.address);
  storage = await createTestStorage();
  work = await mkdtemp(join(tmpdir(), 'osimg-interop-cosign-'));
  client = new RegistryClient({ registry: registry.address });
  image = await importTinyBase(storage);
  await push('interop/base');
  digest = (await client.getManifest('interop/base', '1')).digest;

  const pair = await generateKeyPair('interop');
  await writeFile(join(work, 'osimg.key'), pair.privatePem);
  await writeFile(join(work, 'osimg.pub'), pair.publicPem);
  osimgKeys = {
    privateKey: await openPrivateKey(pair.privatePem, 'interop'),
    publicKey: openPublicKey(pair.publicPem),
  };
  const stranger = await generateKeyPair('x');
  await writeFile(join(work, 'stranger.pub'), stranger.publicPem);
  strangerPublic = openPublicKey(stranger.publicPem);
  // cosign's own key pair, in cosign's format, read by osimg as it is.
  const generated = await cosign(3)(['generate-key-pair'], { COSIGN_PASSWORD: 'interop' });
  expect(generated.ok, generated.output).toBe(true);
  cosignPublic = openPublicKey((await import('node:fs')).readFileSync(join(work, 'cosign.pub'), 'utf8'));
  await writeFile(join(work, 'predicate.json'), JSON.stringify(PREDICATE));
  await writeFile(
    join(work, 'empty-root.json'),
    JSON.stringify({ mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1' }),
  );
  oidc = await startFakeGithubOidc();
  sigstore = await startMockSigstore(oidc);
  await writeFile(join(work, 'trusted_root.json'), JSON.stringify(sigstore.trustedRoot));
  const config = await cosign(3)([
    'signing-config',
    'create',
    '--no-default-fulcio',
    '--no-default-oidc',
    '--no-default-rekor',
    '--no-default-tsa',
    '--out',
    'signing-config.json',
  ]);
  expect(config.ok, config.output).toBe(true);
});

afterAll(async () => {
  await sigstore?.stop();
  await oidc?.stop();
  await proxy?.stop();
  await registry?.stop();
  await storage?.cleanup();
  if (work) await rm(work, { recursive: true, force: true });
  // Last: a mismatch with the committed results must not skip the cleanup.
  suite.finish();
});

async function osimgVerify(ref: string, args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(['verify', ref, '--tls-verify=false', ...args], {
    cwd: work,
    env: { PATH: process.env.PATH, HOME: work },
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readStdin: async () => '',
  });
  return { code, stdout, stderr };
}

const refOf = (repository: string) => parseReference(`${registry.address}/${repository}@${digest}`);

describe('osimg signs, cosign verifies', () => {
  const cosignVersion = (major: 2 | 3) => ({ tool: `cosign ${major}`, version: '' });
  for (const major of [2, 3] as const) {
    const info = (layout: '.sig' | '.att' | 'bundle referrer', check: string, kind: Kind = 'signature') => ({
      ...cosignVersion(major),
      version: major === 2 ? '2.5.0' : '3.1.1',
      direction: 'osimg to tool' as const,
      layout,
      mode: 'key' as const,
      kind,
      check,
    });
    // cosign 2 reads the .sig/.att tags; cosign 3 reads bundle referrers first (and .sig when there are none).
    const formats = major === 2 ? (['legacy'] as const) : (['bundle'] as const);
    const sigLayout = major === 2 ? '.sig' : 'bundle referrer';
    const attLayout = major === 2 ? '.att' : 'bundle referrer';

    suite.case(
      `cosign ${major} verify accepts osimg's signature, refuses another key and a tampered one`,
      info(sigLayout, 'accepts; rejects other key, tampered'),
      async () => {
        const ref = await push(`osimg-key/cosign${major}`);
        await signImage(client, refOf(`osimg-key/cosign${major}`), osimgKeys, { formats: [...formats] });
        const good = await cosign(major)(['verify', '--key', 'osimg.pub', ...KEY_VERIFY(major), ref]);
        expect(good.ok, good.output).toBe(true);
        const other = await cosign(major)(['verify', '--key', 'stranger.pub', ...KEY_VERIFY(major), ref]);
        expect(other.ok).toBe(false);
        await tamperSignature(client, `osimg-key/cosign${major}`, digest, major === 2 ? 'sig' : 'bundle');
        const tampered = await cosign(major)(['verify', '--key', 'osimg.pub', ...KEY_VERIFY(major), ref]);
        expect(tampered.ok, tampered.output).toBe(false);
      },
    );

    suite.case(
      `cosign ${major} verify-attestation accepts osimg's provenance, refuses another key`,
      info(attLayout, 'accepts; rejects other key', 'attestation'),
      async () => {
        const ref = await push(`osimg-att/cosign${major}`);
        await attestImage(
          client,
          refOf(`osimg-att/cosign${major}`),
          osimgKeys,
          SLSA_PROVENANCE_V1,
          PREDICATE,
        );
        const args = ['verify-attestation', '--type', SLSA_PROVENANCE_V1, ...KEY_VERIFY(major)];
        const good = await cosign(major)([...args, '--key', 'osimg.pub', ref]);
        expect(good.ok, good.output).toBe(true);
        const other = await cosign(major)([...args, '--key', 'stranger.pub', ref]);
        expect(other.ok).toBe(false);
      },
    );
  }
});

describe('cosign signs, osimg verifies', () => {
  for (const major of [2, 3] as const) {
    const info = (layout: InteropLayout, check: string, kind: Kind = 'signature') => ({
      tool: `cosign ${major}`,
      version: major === 2 ? '2.5.0' : '3.1.1',
      direction: 'tool to osimg' as const,
      layout,
      mode: 'key' as const,
      kind,
      check,
    });
    const signArgs = major === 2 ? ['--tlog-upload=false'] : COSIGN3_OFFLINE;
    const sigLayout = major === 2 ? '.sig' : 'bundle referrer';

    suite.case(
      `osimg verifies cosign ${major}'s signature; refuses another key, another repository, tampered`,
      info(
        sigLayout,
        major === 2
          ? 'accepts; rejects other key, other repository, tampered'
          : 'accepts, also a copy in another repository (its statement names none); rejects other key, tampered',
      ),
      async () => {
        const repository = `cosign${major}-key/sig`;
        const ref = await push(repository);
        const signed = await cosign(major)(['sign', '--key', 'cosign.key', ...signArgs, ref], {
          COSIGN_PASSWORD: 'interop',
        });
        expect(signed.ok, signed.output).toBe(true);
        const result = await verifyImageLayouts(client, refOf(repository), cosignPublic);
        expect(result.layouts).toContainEqual({
          layout: major === 2 ? 'sig' : 'bundle',
          found: 1,
          verified: 1,
        });
        await expect(verifyImageLayouts(client, refOf(repository), strangerPublic)).rejects.toThrow(
          /none by this key/,
        );
        // The same signature copied next to the same digest in another repository names the first one.
        await push(`cosign${major}-key/copy`);
        await copyAttachments(client, repository, `cosign${major}-key/copy`, digest);
        // cosign's bundle statement names no repository: it binds the digest only (docs/sign.md).
        if (major === 2) {
          await expect(
            verifyImageLayouts(client, refOf(`cosign${major}-key/copy`), cosignPublic),
          ).rejects.toThrow(/none by this key/);
        } else {
          await expect(
            verifyImageLayouts(client, refOf(`cosign${major}-key/copy`), cosignPublic),
          ).resolves.toBeDefined();
        }
        await tamperSignature(client, repository, digest, major === 2 ? 'sig' : 'bundle');
        await expect(verifyImageLayouts(client, refOf(repository), cosignPublic)).rejects.toThrow(
          /none by this key/,
        );
      },
    );

    suite.case(
      `osimg requires cosign ${major}'s provenance attestation; refuses another key`,
      info(major === 2 ? '.att' : 'bundle referrer', 'accepts; rejects other key', 'attestation'),
      async () => {
        const repository = `cosign${major}-key/att`;
        const ref = await push(repository);
        const attested = await cosign(major)(
          [
            'attest',
            '--key',
            'cosign.key',
            ...signArgs,
            '--type',
            SLSA_PROVENANCE_V1,
            '--predicate',
            'predicate.json',
            ref,
          ],
          { COSIGN_PASSWORD: 'interop' },
        );
        expect(attested.ok, attested.output).toBe(true);
        const found = await requireAttestations(client, refOf(repository), digest, cosignPublic, [
          SLSA_PROVENANCE_V1,
        ]);
        expect(found.map((statement) => statement.predicateType)).toContain(SLSA_PROVENANCE_V1);
        await expect(
          requireAttestations(client, refOf(repository), digest, strangerPublic, [SLSA_PROVENANCE_V1]),
        ).rejects.toThrow(/no attestation/);
      },
    );
  }

  suite.case(
    "osimg verifies cosign 3's signature on a registry with the referrers API",
    {
      tool: 'cosign 3',
      version: '3.1.1',
      direction: 'tool to osimg',
      layout: 'bundle referrer (referrers API)',
      mode: 'key',
      kind: 'signature',
      check: 'accepts; rejects other key',
    },
    async () => {
      const ref = await push('cosign3-key/api', proxy.address);
      const signed = await cosign(3)(['sign', '--key', 'cosign.key', ...COSIGN3_OFFLINE, ref], {
        COSIGN_PASSWORD: 'interop',
      });
      expect(signed.ok, signed.output).toBe(true);
      const viaApi = new RegistryClient({ registry: proxy.address });
      expect(await viaApi.getReferrers('cosign3-key/api', digest)).toBeDefined();
      const apiRef = parseReference(`${proxy.address}/cosign3-key/api@${digest}`);
      expect((await verifyImageLayouts(viaApi, apiRef, cosignPublic)).layouts).toContainEqual({
        layout: 'bundle',
        found: 1,
        verified: 1,
      });
      await expect(verifyImageLayouts(viaApi, apiRef, strangerPublic)).rejects.toThrow(/none by this key/);
    },
  );
});

/** PEM files of the mock instance's Fulcio root, Rekor key and CT log key, as cosign 2's SIGSTORE_* env. */
async function cosign2InstanceFiles(): Promise<Record<string, string>> {
  const root = sigstore.trustedRoot as {
    certificateAuthorities: Array<{ certChain: { certificates: Array<{ rawBytes: string }> } }>;
    tlogs: Array<{ publicKey: { rawBytes: string } }>;
    ctlogs: Array<{ publicKey: { rawBytes: string } }>;
  };
  const pem = (type: string, base64: string) =>
    `-----BEGIN ${type}-----\n${base64.match(/.{1,64}/g)!.join('\n')}\n-----END ${type}-----\n`;
  const files = {
    SIGSTORE_ROOT_FILE: [
      'fulcio-root.pem',
      pem('CERTIFICATE', root.certificateAuthorities[0]!.certChain.certificates[0]!.rawBytes),
    ],
    SIGSTORE_REKOR_PUBLIC_KEY: ['rekor.pub', pem('PUBLIC KEY', root.tlogs[0]!.publicKey.rawBytes)],
    SIGSTORE_CT_LOG_PUBLIC_KEY_FILE: ['ctlog.pub', pem('PUBLIC KEY', root.ctlogs[0]!.publicKey.rawBytes)],
  } as const;
  const env: Record<string, string> = {};
  for (const [name, [file, content]] of Object.entries(files)) {
    await writeFile(join(work, file), content);
    env[name] = join(work, file);
  }
  return env;
}

describe('osimg signs keyless (mock Fulcio/Rekor), cosign verifies with the trusted root', () => {
  const keyless = () =>
    sigstoreSigner(
      new KeylessSigner(
        { fulcioUrl: sigstore.fulcioUrl, rekorUrl: sigstore.rekorUrl },
        tokenSource(oidc.env),
      ),
    );
  const identityArgs = (identity: string) => [
    '--trusted-root',
    'trusted_root.json',
    '--certificate-identity',
    identity,
    '--certificate-oidc-issuer',
    GITHUB_ISSUER,
  ];
  suite.case(
    "cosign 2 verify accepts osimg's keyless .sig by identity and issuer; refuses another identity",
    {
      tool: 'cosign 2',
      version: '2.5.0',
      direction: 'osimg to tool',
      layout: '.sig',
      mode: 'keyless',
      kind: 'signature',
      check: 'accepts; rejects other identity',
    },
    async () => {
      // cosign 2 takes a trusted root file only for bundles; for .sig it reads the instance's keys from
      // SIGSTORE_* files (else it asks the public TUF repository).
      const env = await cosign2InstanceFiles();
      const repository = 'osimg-keyless/cosign2';
      const ref = await push(repository);
      await signImage(client, refOf(repository), keyless(), { formats: ['legacy'] });
      const args = (identity: string) => [
        'verify',
        '--certificate-identity',
        identity,
        '--certificate-oidc-issuer',
        GITHUB_ISSUER,
        ref,
      ];
      const good = await cosign(2)(args(IDENTITY), env);
      expect(good.ok, good.output).toBe(true);
      const other = await cosign(2)(args(`${IDENTITY}x`), env);
      expect(other.ok).toBe(false);
    },
  );
  suite.case(
    "cosign 3 verify accepts osimg's keyless bundle by identity and issuer; refuses another identity",
    {
      tool: 'cosign 3',
      version: '3.1.1',
      direction: 'osimg to tool',
      layout: 'bundle referrer',
      mode: 'keyless',
      kind: 'signature',
      check: 'accepts; rejects other identity',
    },
    async () => {
      const repository = 'osimg-keyless/cosign3';
      const ref = await push(repository);
      await signImage(client, refOf(repository), keyless(), { formats: ['bundle'] });
      const good = await cosign(3)(['verify', ...identityArgs(IDENTITY), ref]);
      expect(good.ok, good.output).toBe(true);
      const other = await cosign(3)(['verify', ...identityArgs(`${IDENTITY}x`), ref]);
      expect(other.ok).toBe(false);
    },
  );
  suite.case(
    "cosign 3 verify-attestation accepts osimg's keyless provenance by identity",
    {
      tool: 'cosign 3',
      version: '3.1.1',
      direction: 'osimg to tool',
      layout: 'bundle referrer',
      mode: 'keyless',
      kind: 'attestation',
      check: 'accepts; rejects other identity',
    },
    async () => {
      const repository = 'osimg-keyless/att3';
      const ref = await push(repository);
      await attestImage(client, refOf(repository), keyless(), SLSA_PROVENANCE_V1, PREDICATE);
      const args = ['verify-attestation', '--type', SLSA_PROVENANCE_V1];
      const good = await cosign(3)([...args, ...identityArgs(IDENTITY), ref]);
      expect(good.ok, good.output).toBe(true);
      const other = await cosign(3)([...args, ...identityArgs(`${IDENTITY}x`), ref]);
      expect(other.ok).toBe(false);
    },
  );
});

describe('repository binding (docs/sign.md, identity rules)', () => {
  it("refuses osimg's own signatures and attestations copied to another repository, in both layouts", async () => {
    await push('bind/source');
    await signImage(client, refOf('bind/source'), osimgKeys);
    await attestImage(client, refOf('bind/source'), osimgKeys, SLSA_PROVENANCE_V1, PREDICATE);
    await push('bind/copy');
    await copyAttachments(client, 'bind/source', 'bind/copy', digest);
    await expect(verifyImageLayouts(client, refOf('bind/copy'), osimgKeys.publicKey)).rejects.toThrow(
      /has 2 signature\(s\), but none by this key .*cosign \.sig: 0 of 1 .*Sigstore bundle: 0 of 1/,
    );
    await expect(
      requireAttestations(client, refOf('bind/copy'), digest, osimgKeys.publicKey, [SLSA_PROVENANCE_V1]),
    ).rejects.toThrow(/no attestation/);
    // In its own repository, by a tagged reference too, everything verifies.
    const tagged = parseReference(`${registry.address}/bind/source:1`);
    expect((await verifyImageLayouts(client, tagged, osimgKeys.publicKey)).layouts).toEqual([
      { layout: 'sig', found: 1, verified: 1 },
      { layout: 'bundle', found: 1, verified: 1 },
    ]);
  });
});

describe('osimg verify reports the layouts', () => {
  it('names each layout, what it found and what verified (text and --json)', async () => {
    const repository = 'report/both';
    const ref = await push(repository);
    await signImage(client, refOf(repository), osimgKeys);
    const text = await osimgVerify(ref, ['--key', 'osimg.pub']);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stderr).toMatch(/cosign \.sig: 1 of 1 signature\(s\) verified; Sigstore bundle: 1 of 1/);
    const json = await osimgVerify(ref, ['--key', 'osimg.pub', '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({
      digest,
      layouts: [
        { layout: 'sig', found: 1, verified: 1 },
        { layout: 'bundle', found: 1, verified: 1 },
      ],
    });
    const other = await osimgVerify(ref, ['--key', 'stranger.pub']);
    expect(other.code).not.toBe(0);
    expect(other.stderr).toMatch(/cosign \.sig: 0 of 1 signature\(s\) verified; Sigstore bundle: 0 of 1/);
  });
});

type InteropLayout = '.sig' | '.att' | 'bundle referrer';
type Kind = 'signature' | 'attestation';
