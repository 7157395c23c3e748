/**
 * Interop with containers/image as built into Debian trixie's skopeo 1.18 and podman 5.4 (with sigstore;
 * bookworm's have it compiled out), run in a trixie root by chroot. Both directions: osimg's `.sig`
 * signatures under the host policy `osimg verify --write-host-policy` writes (skopeo copy, and podman pull:
 * the bootc path), and the signatures skopeo and podman make with `--sign-by-sigstore-private-key` (their
 * docker-reference names `repo:tag`) verified by osimg. containers/image reads and writes only the `.sig`
 * layout and has no attestations, so those rows are absent here.
 */
import type { KeyObject } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parseReference } from '../../src/oci/reference.js';
import { RegistryClient } from '../../src/oci/registry.js';
import { containersPolicy, registriesDConfig } from '../../src/sign/containers-policy.js';
import { generateKeyPair, openPrivateKey, openPublicKey } from '../../src/sign/keys.js';
import { signImage, verifyImageLayouts } from '../../src/sign/signatures.js';
import { importTinyBase } from '../harness/bases.js';
import { pushImage } from '../harness/push.js';
import { interopSuite, type CaseInfo } from '../harness/interop-results.js';
import { copyAttachments, tamperSignature } from '../harness/interop-registry.js';
import { openTrixieRoot, realTools, type RealTools, type TrixieRoot } from '../harness/real-tools.js';
import { startRegistry, type TestRegistry } from '../harness/registry.js';
import { createTestStorage, type TestStorage } from '../harness/storage.js';

const suite = interopSuite('interop-containers');
let tools: RealTools;
let root: TrixieRoot;
let registry: TestRegistry;
let storage: TestStorage;
let work: string;
let client: RegistryClient;
let image: string;
let digest: string;
let keys: { privateKey: KeyObject; publicKey: KeyObject };
let stranger: { privateKey: KeyObject; publicKey: KeyObject };
let registriesD: string;
/** The first directory made inside the root to mirror a host path (removed at the end). */
let mirrorTop: string | undefined;

async function push(repository: string): Promise<string> {
  await pushImage(storage, image, `${registry.address}/${repository}:1`);
  return `${registry.address}/${repository}`;
}

const refOf = (repository: string) => parseReference(`${registry.address}/${repository}@${digest}`);

/** A host file at the same absolute path inside the root, so a policy naming it works in both. */
async function mirrorIntoRoot(hostPath: string): Promise<void> {
  const target = join(root.path, hostPath);
  let missing: string | undefined;
  for (let dir = dirname(target); !existsSync(dir); dir = dirname(dir)) missing = dir;
  mirrorTop ??= missing;
  await mkdir(dirname(target), { recursive: true });
  await copyFile(hostPath, target);
}

/** skopeo copy from the registry under a policy (a host path, mirrored into the root). */
async function skopeoPull(repository: string, policyPath: string) {
  await mirrorIntoRoot(policyPath);
  const dest = `${root.scratch.inside}/out-${repository.replace(/\W/g, '-')}-${Date.now()}`;
  return root.run([
    'skopeo',
    '--policy',
    policyPath,
    'copy',
    '--src-tls-verify=false',
    // The OCI layout cannot hold them; they are verified on the way out all the same.
    '--remove-signatures',
    `docker://${registry.address}/${repository}:1`,
    `oci:${dest}`,
  ]);
}

const podmanStorage = () => [
  '--root',
  `${root.scratch.inside}/podman/root`,
  '--runroot',
  `${root.scratch.inside}/podman/run`,
  '--storage-driver',
  'vfs',
  '--cgroup-manager',
  'cgroupfs',
  '--events-backend',
  'none',
];

/** A policy (osimg's host policy for `repository`, the key mirrored into the root). */
async function hostPolicy(repository: string, publicKey: string): Promise<string> {
  const path = join(work, `policy-${repository.replace(/\W/g, '-')}.json`);
  await writeFile(path, containersPolicy(`${registry.address}/${repository}`, publicKey));
  return path;
}

beforeAll(async () => {
  tools = realTools();
  registry = await startRegistry();
  storage = await createTestStorage();
  root = await openTrixieRoot(tools, { mounts: true });
  work = await mkdtemp(join(tmpdir(), 'osimg-interop-containers-'));
  client = new RegistryClient({ registry: registry.address });
  image = await importTinyBase(storage);
  await push('c/base');
  digest = (await client.getManifest('c/base', '1')).digest;
  const pair = await generateKeyPair('interop');
  keys = {
    privateKey: await openPrivateKey(pair.privatePem, 'interop'),
    publicKey: openPublicKey(pair.publicPem),
  };
  const other = await generateKeyPair('x');
  stranger = {
    privateKey: await openPrivateKey(other.privatePem, 'x'),
    publicKey: openPublicKey(other.publicPem),
  };
  await writeFile(join(work, 'osimg.pub'), pair.publicPem);
  await mirrorIntoRoot(join(work, 'osimg.pub'));
  // containers/image signs with osimg's cosign-format key (the passphrase from a file, never argv).
  await writeFile(join(root.scratch.host, 'osimg.key'), pair.privatePem);
  await writeFile(join(root.scratch.host, 'passphrase'), 'interop');
  await writeFile(join(root.scratch.host, 'stranger.key'), other.privatePem);
  await writeFile(join(root.scratch.host, 'stranger-passphrase'), 'x');
  await writeFile(
    join(root.scratch.host, 'permissive.json'),
    JSON.stringify({ default: [{ type: 'insecureAcceptAnything' }] }),
  );
  // podman has no registries.d flag: the file goes into the root, named for this run, removed at the end.
  registriesD = join(root.path, 'etc/containers/registries.d', `osimg-interop-${process.pid}.yaml`);
  await mkdir(dirname(registriesD), { recursive: true });
  await writeFile(registriesD, registriesDConfig(registry.address));
});

afterAll(async () => {
  if (registriesD) await rm(registriesD, { force: true });
  if (mirrorTop) await rm(mirrorTop, { recursive: true, force: true });
  await root?.close();
  await registry?.stop();
  await storage?.cleanup();
  if (work) await rm(work, { recursive: true, force: true });
  // Last: a mismatch with the committed results must not skip the cleanup.
  suite.finish();
});

const info = (tool: 'skopeo' | 'podman', direction: CaseInfo['direction'], check: string): CaseInfo => ({
  tool,
  version: tool === 'skopeo' ? '1.18.0' : '5.4.2',
  direction,
  layout: '.sig',
  mode: 'key',
  kind: 'signature',
  check,
});

describe('osimg signs, containers/image verifies under the host policy', () => {
  suite.case(
    'skopeo copy accepts an osimg-signed image under the policy osimg verify writes',
    info('skopeo', 'osimg to tool', 'accepts; rejects unsigned, other key, other repository, tampered'),
    async () => {
      await push('c/osimg');
      await signImage(client, refOf('c/osimg'), keys, { formats: ['legacy'] });
      const dir = join(work, 'host-policy');
      let stderr = '';
      const code = await main(
        [
          'verify',
          `${registry.address}/c/osimg:1`,
          '--key',
          'osimg.pub',
          '--tls-verify=false',
          '--write-host-policy',
          dir,
        ],
        {
          cwd: work,
          env: { PATH: process.env.PATH, HOME: work },
          stdout: () => undefined,
          stderr: (text) => (stderr += text),
          readStdin: async () => '',
        },
      );
      expect(code, stderr).toBe(0);
      const accepted = await skopeoPull('c/osimg', join(dir, 'policy.json'));
      expect(accepted.ok, accepted.output).toBe(true);

      await push('c/unsigned');
      const unsigned = await skopeoPull(
        'c/unsigned',
        await hostPolicy('c/unsigned', join(work, 'osimg.pub')),
      );
      expect(unsigned.ok).toBe(false);
      expect(unsigned.output).toMatch(/signature was required|no signature/i);

      await push('c/stranger');
      await signImage(client, refOf('c/stranger'), stranger, { formats: ['legacy'] });
      const other = await skopeoPull('c/stranger', await hostPolicy('c/stranger', join(work, 'osimg.pub')));
      expect(other.ok).toBe(false);

      await push('c/copy');
      await copyAttachments(client, 'c/osimg', 'c/copy', digest);
      const copied = await skopeoPull('c/copy', await hostPolicy('c/copy', join(work, 'osimg.pub')));
      expect(copied.ok).toBe(false);
      expect(copied.output).toMatch(/does not match|identity/i);

      await push('c/tampered');
      await signImage(client, refOf('c/tampered'), keys, { formats: ['legacy'] });
      await tamperSignature(client, 'c/tampered', digest, 'sig');
      const tampered = await skopeoPull(
        'c/tampered',
        await hostPolicy('c/tampered', join(work, 'osimg.pub')),
      );
      expect(tampered.ok).toBe(false);
    },
  );

  suite.case(
    'podman pull (the bootc path) accepts an osimg-signed image under the host policy and refuses an unsigned one',
    info('podman', 'osimg to tool', 'accepts; rejects unsigned'),
    async () => {
      await push('p/osimg');
      await signImage(client, refOf('p/osimg'), keys, { formats: ['legacy'] });
      const policy = await hostPolicy('p/osimg', join(work, 'osimg.pub'));
      await mirrorIntoRoot(policy);
      const pull = (repository: string, policyPath: string) =>
        root.run([
          'podman',
          ...podmanStorage(),
          'pull',
          '--quiet',
          '--tls-verify=false',
          '--signature-policy',
          policyPath,
          `${registry.address}/${repository}:1`,
        ]);
      const accepted = await pull('p/osimg', policy);
      expect(accepted.ok, accepted.output).toBe(true);
      await push('p/unsigned');
      const unsignedPolicy = await hostPolicy('p/unsigned', join(work, 'osimg.pub'));
      await mirrorIntoRoot(unsignedPolicy);
      const refused = await pull('p/unsigned', unsignedPolicy);
      expect(refused.ok).toBe(false);
      expect(refused.output).toMatch(/signature was required|no signature/i);
    },
  );
});

describe('containers/image signs, osimg verifies', () => {
  suite.case(
    'osimg verifies skopeo copy --sign-by-sigstore-private-key (docker-reference repo:tag)',
    info('skopeo', 'tool to osimg', 'accepts; rejects other key, other repository, tampered'),
    async () => {
      const copied = await root.run([
        'skopeo',
        '--insecure-policy',
        'copy',
        '--src-tls-verify=false',
        '--dest-tls-verify=false',
        '--sign-by-sigstore-private-key',
        `${root.scratch.inside}/osimg.key`,
        '--sign-passphrase-file',
        `${root.scratch.inside}/passphrase`,
        `docker://${registry.address}/c/base:1`,
        `docker://${registry.address}/s/signed:1`,
      ]);
      expect(copied.ok, copied.output).toBe(true);
      const result = await verifyImageLayouts(client, refOf('s/signed'), keys.publicKey);
      expect(result.layouts).toContainEqual({ layout: 'sig', found: 1, verified: 1 });
      await expect(verifyImageLayouts(client, refOf('s/signed'), stranger.publicKey)).rejects.toThrow(
        /none by this key/,
      );
      await push('s/copy');
      await copyAttachments(client, 's/signed', 's/copy', digest);
      await expect(verifyImageLayouts(client, refOf('s/copy'), keys.publicKey)).rejects.toThrow(
        /none by this key/,
      );
      await tamperSignature(client, 's/signed', digest, 'sig');
      await expect(verifyImageLayouts(client, refOf('s/signed'), keys.publicKey)).rejects.toThrow(
        /none by this key/,
      );
    },
  );

  suite.case(
    'osimg verifies podman push --sign-by-sigstore-private-key',
    info('podman', 'tool to osimg', 'accepts; rejects other key'),
    async () => {
      const podman = (args: string[]) => root.run(['podman', ...podmanStorage(), ...args]);
      const pulled = await podman([
        'pull',
        '--quiet',
        '--tls-verify=false',
        '--signature-policy',
        `${root.scratch.inside}/permissive.json`,
        `${registry.address}/c/base:1`,
      ]);
      expect(pulled.ok, pulled.output).toBe(true);
      const pushed = await podman([
        'push',
        '--tls-verify=false',
        '--sign-by-sigstore-private-key',
        `${root.scratch.inside}/osimg.key`,
        '--sign-passphrase-file',
        `${root.scratch.inside}/passphrase`,
        `${registry.address}/c/base:1`,
        `docker://${registry.address}/p/signed:1`,
      ]);
      expect(pushed.ok, pushed.output).toBe(true);
      const pushedDigest = (await client.getManifest('p/signed', '1')).digest;
      const ref = parseReference(`${registry.address}/p/signed@${pushedDigest}`);
      expect((await verifyImageLayouts(client, ref, keys.publicKey)).layouts).toContainEqual({
        layout: 'sig',
        found: 1,
        verified: 1,
      });
      await expect(verifyImageLayouts(client, ref, stranger.publicKey)).rejects.toThrow(/none by this key/);
    },
  );
});
