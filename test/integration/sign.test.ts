/**
 * Key-based signing in cosign's legacy format against a real registry: sign, idempotent re-sign, verify
 * (fails closed for unsigned, other key, tampered and transplanted signatures), and skopeo (containers/
 * image, the verifier of podman and bootc) reading the signatures through the host policy osimg writes.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { RegistryClient } from '../../src/oci/registry.js';
import { SIGNATURE_ANNOTATION, signatureTag } from '../../src/sign/cosign-legacy.js';
import { Buildah } from '../../src/tools/buildah.js';
import { exec } from '../../src/tools/exec.js';
import { importTinyBase } from '../harness/bases.js';
import { startRegistry, type TestRegistry } from '../harness/registry.js';
import { createTestStorage, type TestStorage } from '../harness/storage.js';

const PASS = 'correct horse battery staple';
let registry: TestRegistry;
let storage: TestStorage;
let work: string;
let client: RegistryClient;

async function osimg(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd: work,
    env: { PATH: process.env.PATH, HOME: work, OSIMG_KEY_PASSWORD: PASS, ...env },
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readStdin: async () => '',
  });
  return { code, stdout, stderr };
}

async function push(
  repository: string,
  tag: string,
  extraLayer?: string,
  labels: string[] = [],
): Promise<string> {
  const global = Buildah.globalArgs(storage);
  let image = await importTinyBase(storage);
  if (extraLayer) {
    const container = (await exec('buildah', [...global, 'from', image])).stdout.trim();
    await exec('buildah', [
      ...global,
      'config',
      `--label=variant=${extraLayer}`,
      ...labels.map((label) => `--label=${label}`),
      container,
    ]);
    image = `localhost/variant:${extraLayer}`;
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

beforeAll(async () => {
  registry = await startRegistry();
  storage = await createTestStorage();
  work = await mkdtemp(join(tmpdir(), 'osimg-sign-'));
  client = new RegistryClient({ registry: registry.address });
  expect((await osimg(['key', 'generate', '--output-key-prefix', 'ops'])).code).toBe(0);
  expect((await osimg(['key', 'generate', '--output-key-prefix', 'other'])).code).toBe(0);
});

afterAll(async () => {
  await registry?.stop();
  await storage?.cleanup();
  await rm(work, { recursive: true, force: true });
});

describe('osimg sign and verify (cosign legacy format)', () => {
  it('signs the digest a tag names, idempotently, and verifies it', async () => {
    const digest = await push('apps/web', '1.0');
    const ref = `${registry.address}/apps/web:1.0`;
    const first = await osimg(['sign', ref, '--key', 'ops.key', '-a', 'commit=abc123']);
    expect(first.code).toBe(0);
    expect(first.stdout.trim()).toBe(`${registry.address}/apps/web@${digest}`);
    const again = await osimg(['sign', ref, '--key', 'ops.key', '-a', 'commit=abc123']);
    expect(again.stderr).toContain('already signed by this key');
    const sig = JSON.parse((await client.getManifest('apps/web', signatureTag(digest))).bytes.toString()) as {
      layers: unknown[];
    };
    expect(sig.layers).toHaveLength(1);

    const verified = await osimg(['verify', ref, '--key', 'ops.pub']);
    expect(verified.code).toBe(0);
    expect(verified.stdout.trim()).toBe(`${registry.address}/apps/web@${digest}`);
    // The public key of the private key is the one written beside it.
    const publicOut = await osimg(['key', 'public', '--key', 'ops.key']);
    expect(publicOut.stdout).toBe(await readFile(join(work, 'ops.pub'), 'utf8'));
  });

  it('fails closed: unsigned, another key, a tampered signature, a signature moved to another digest', async () => {
    const unsigned = await osimg(['verify', `${registry.address}/apps/unsigned:1`, '--key', 'ops.pub']).catch(
      () => undefined,
    );
    expect(unsigned).toBeDefined();
    await push('apps/unsigned', '1');
    const none = await osimg(['verify', `${registry.address}/apps/unsigned:1`, '--key', 'ops.pub']);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/is not signed: no signature was found for this digest/);

    const other = await osimg(['verify', `${registry.address}/apps/web:1.0`, '--key', 'other.pub']);
    expect(other.code).toBe(1);
    expect(other.stderr).toMatch(/has 2 signature\(s\), but none by this key/);

    // Legacy format only, so the .sig image is the only signature: tamper with it, then transplant it.
    await push('apps/legacy', '1.0');
    expect(
      (await osimg(['sign', `${registry.address}/apps/legacy:1.0`, '--key', 'ops.key', '--format', 'legacy']))
        .code,
    ).toBe(0);
    // Tamper: same payload, signature bytes changed.
    const digest = (await client.getManifest('apps/legacy', '1.0')).digest;
    const stored = await client.getManifest('apps/legacy', signatureTag(digest));
    const manifest = JSON.parse(stored.bytes.toString()) as {
      layers: Array<{ annotations: Record<string, string> }>;
    };
    const original = manifest.layers[0]!.annotations[SIGNATURE_ANNOTATION]!;
    const forged = Buffer.from(original, 'base64');
    forged[forged.length - 1] = forged[forged.length - 1]! ^ 0x01;
    manifest.layers[0]!.annotations[SIGNATURE_ANNOTATION] = forged.toString('base64');
    await client.putManifest('apps/legacy', signatureTag(digest), {
      mediaType: stored.mediaType,
      bytes: Buffer.from(JSON.stringify(manifest)),
    });
    expect((await osimg(['verify', `${registry.address}/apps/legacy:1.0`, '--key', 'ops.pub'])).code).toBe(1);
    await client.putManifest('apps/legacy', signatureTag(digest), {
      mediaType: stored.mediaType,
      bytes: stored.bytes,
    });
    expect((await osimg(['verify', `${registry.address}/apps/legacy:1.0`, '--key', 'ops.pub'])).code).toBe(0);

    // Transplant: web's valid signature stored at the .sig tag of another digest in the same repository.
    const otherDigest = await push('apps/legacy', '2.0', 'two');
    await client.putManifest('apps/legacy', signatureTag(otherDigest), {
      mediaType: stored.mediaType,
      bytes: stored.bytes,
    });
    const moved = await osimg(['verify', `${registry.address}/apps/legacy:2.0`, '--key', 'ops.pub']);
    expect(moved.code).toBe(1);
    expect(moved.stderr).toContain('none by this key for this digest and repository');
  });

  it('checks the digest the tag names now: a tag moved to an unsigned image does not verify', async () => {
    const signed = await push('apps/moving', 'stable');
    expect((await osimg(['sign', `${registry.address}/apps/moving:stable`, '--key', 'ops.key'])).code).toBe(
      0,
    );
    await push('apps/moving', 'stable', 'moved');
    const result = await osimg(['verify', `${registry.address}/apps/moving:stable`, '--key', 'ops.pub']);
    expect(result.code).toBe(1);
    expect(
      (await osimg(['verify', `${registry.address}/apps/moving@${signed}`, '--key', 'ops.pub'])).code,
    ).toBe(0);
  });

  it('says so for a wrong passphrase, a malformed key and a missing passphrase, with exit code 2', async () => {
    const wrong = await osimg(['sign', `${registry.address}/apps/web:1.0`, '--key', 'ops.key'], {
      OSIMG_KEY_PASSWORD: 'nope',
    });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr.trim()).toBe('osimg: wrong passphrase for ops.key (or the key is damaged)');
    await writeFile(
      join(work, 'broken.key'),
      '-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\nbm90IGpzb24=\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n',
    );
    const broken = await osimg(['sign', `${registry.address}/apps/web:1.0`, '--key', 'broken.key']);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('broken.key is damaged');
    const missing = await main(['key', 'generate', '--output-key-prefix', 'x'], {
      cwd: work,
      env: { PATH: process.env.PATH },
      stdout: () => undefined,
      stderr: () => undefined,
      readStdin: async () => '',
    });
    expect(missing).toBe(2);
  });

  it('is found by containers/image through the host policy osimg writes', async () => {
    await push('apps/host', '1.0');
    expect((await osimg(['sign', `${registry.address}/apps/host:1.0`, '--key', 'ops.key'])).code).toBe(0);
    const hostDir = join(work, 'host');
    expect(
      (
        await osimg([
          'verify',
          `${registry.address}/apps/host:1.0`,
          '--key',
          'ops.pub',
          '--write-host-policy',
          hostDir,
        ])
      ).code,
    ).toBe(0);
    const policy = JSON.parse(await readFile(join(hostDir, 'policy.json'), 'utf8')) as {
      default: Array<{ type: string }>;
    };
    expect(policy.default).toEqual([{ type: 'reject' }]);
    const copy = (image: string) =>
      exec('skopeo', [
        '--policy',
        join(hostDir, 'policy.json'),
        '--registries.d',
        join(hostDir, 'registries.d'),
        'copy',
        '--src-tls-verify=false',
        `docker://${registry.address}/${image}`,
        `dir:${join(work, image.replace(/[/:]/g, '-'))}`,
      ]).then(
        () => 'accepted',
        (error: { stderrTail: string[] }) => error.stderrTail.join('\n'),
      );
    // Debian's containers/image has sigstore verification compiled out ("Debian-local change: sigstore
    // disabled"), so here skopeo can only show that it found and parsed our signature; a skopeo with
    // sigstore enabled must accept it.
    expect(await copy('apps/host:1.0')).toMatch(/^accepted$|Debian-local change: sigstore disabled/);
    // An unsigned digest in the same repository (the policy covers that repository).
    await push('apps/host', 'unsigned', 'three');
    expect(await copy('apps/host:unsigned')).toContain('A signature was required, but no signature exists');
  });
});

describe('osimg attest and verify --require-attestation', () => {
  it('attaches SLSA provenance from the image labels and an SBOM, and verify requires them', async () => {
    const base = `sha256:${'ab'.repeat(32)}`;
    const digest = await push('apps/attested', '1', 'attested', [
      'org.opencontainers.image.source=https://github.com/example/os',
      `org.opencontainers.image.revision=${'e'.repeat(40)}`,
      'org.opencontainers.image.base.name=localhost/osimg/tiny-base:1',
      `org.opencontainers.image.base.digest=${base}`,
    ]);
    const image = `${registry.address}/apps/attested:1`;
    // Attestations alone do not verify: the signature comes first.
    expect((await osimg(['attest', image, '--key', 'ops.key', '--provenance'])).code).toBe(0);
    const unsigned = await osimg([
      'verify',
      image,
      '--key',
      'ops.pub',
      '--require-attestation',
      'slsaprovenance',
    ]);
    expect(unsigned.stderr).toContain('is not signed');
    expect((await osimg(['sign', image, '--key', 'ops.key'])).code).toBe(0);
    const missing = await osimg([
      'verify',
      image,
      '--key',
      'ops.pub',
      '--require-attestation',
      'slsaprovenance',
      '--require-attestation',
      'spdxjson',
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(
      'has no attestation by this key of type https://spdx.dev/Document (found: https://slsa.dev/provenance/v1)',
    );

    await writeFile(join(work, 'sbom.spdx.json'), JSON.stringify({ spdxVersion: 'SPDX-2.3', packages: [] }));
    expect(
      (
        await osimg([
          'attest',
          image,
          '--key',
          'ops.key',
          '--predicate',
          'sbom.spdx.json',
          '--type',
          'spdxjson',
        ])
      ).code,
    ).toBe(0);
    const again = await osimg([
      'attest',
      image,
      '--key',
      'ops.key',
      '--predicate',
      'sbom.spdx.json',
      '--type',
      'spdxjson',
    ]);
    expect(again.stderr).toContain('already attested by this key');
    const verified = await osimg([
      'verify',
      image,
      '--key',
      'ops.pub',
      '--require-attestation',
      'slsaprovenance',
      '--require-attestation',
      'spdxjson',
    ]);
    expect(verified.code).toBe(0);
    expect(verified.stdout.trim()).toBe(`${registry.address}/apps/attested@${digest}`);
    // Another key's view: the attestations do not count.
    expect(
      (await osimg(['verify', image, '--key', 'other.pub', '--require-attestation', 'slsaprovenance'])).code,
    ).toBe(1);

    // The provenance names the source commit and the base digest from the image's labels.
    const att = JSON.parse(
      (await client.getManifest('apps/attested', `${digest.replace(':', '-')}.att`)).bytes.toString(),
    ) as {
      layers: Array<{ digest: string; annotations: Record<string, string> }>;
    };
    expect(att.layers.map((layer) => layer.annotations.predicateType)).toEqual([
      'https://slsa.dev/provenance/v1',
      'https://spdx.dev/Document',
    ]);
    const envelope = JSON.parse(
      (await client.getBlob('apps/attested', att.layers[0]!.digest)).toString(),
    ) as { payload: string };
    const provenance = JSON.parse(Buffer.from(envelope.payload, 'base64').toString()) as {
      subject: Array<{ digest: { sha256: string } }>;
      predicate: {
        buildDefinition: { resolvedDependencies: Array<{ uri: string; digest: Record<string, string> }> };
      };
    };
    expect(provenance.subject[0]!.digest.sha256).toBe(digest.slice(7));
    expect(provenance.predicate.buildDefinition.resolvedDependencies).toEqual([
      { uri: 'git+https://github.com/example/os', digest: { gitCommit: 'e'.repeat(40) } },
      { uri: 'oci://localhost/osimg/tiny-base:1', digest: { sha256: 'ab'.repeat(32) }, name: 'base image' },
    ]);
  });

  it('attaches an SBOM made by osimg sbom from an rpm-based root, and verify requires it', async () => {
    const digest = await push('apps/fedora', '1', 'fedora');
    const image = `${registry.address}/apps/fedora@${digest}`;
    expect((await osimg(['sign', image, '--key', 'ops.key'])).code).toBe(0);
    const rootfs = join(process.cwd(), 'test/fixtures/sbom/fedora');
    const sbom = await osimg([
      'sbom',
      '--rootfs',
      rootfs,
      '--image',
      image,
      '--format',
      'cyclonedx',
      '-o',
      'bom.json',
      '--created',
      '2026-11-22T00:00:00Z',
    ]);
    expect(sbom.code).toBe(0);
    expect(sbom.stderr).toContain('2 packages from /usr/lib/sysimage/rpm/rpmdb.sqlite');
    expect(
      (await osimg(['attest', image, '--key', 'ops.key', '--predicate', 'bom.json', '--type', 'cyclonedx']))
        .code,
    ).toBe(0);
    const verified = await osimg(['verify', image, '--key', 'ops.pub', '--require-attestation', 'cyclonedx']);
    expect(verified.code).toBe(0);
    expect(
      (await osimg(['verify', image, '--key', 'ops.pub', '--require-attestation', 'slsaprovenance'])).code,
    ).toBe(1);
  });
});
