/**
 * The sign and verify actions, run from source the way the runner runs them (INPUT_* variables, the
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files), keyless against the mock Sigstore and the FAKE GitHub
 * OIDC endpoint, with the real registry: sign → provenance + SPDX attested → verify by identity with the
 * attestations required. (test/bundle/sign-action.test.ts runs the committed dist the same way.)
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegistryClient } from '../../src/oci/registry.js';
import { attachmentTag, signatureTag } from '../../src/sign/cosign-legacy.js';
import { generateKeyPair } from '../../src/sign/keys.js';
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
import { parseOutputFile } from '../bundle/run-action.js';

let registry: TestRegistry;
let storage: TestStorage;
let oidc: FakeGithubOidc;
let sigstore: MockSigstore;
let workspace: string;
let digest: string;

/** tsx by absolute URL: the action runs in the workspace, outside this package. */
const TSX = pathToFileURL(resolve('node_modules/tsx/dist/loader.mjs')).href;
const IDENTITY = `${DEFAULT_WORKFLOW.repository}/${DEFAULT_WORKFLOW.workflow}@${DEFAULT_WORKFLOW.ref}`;

async function runAction(
  action: 'sign' | 'verify',
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<{ exitCode: number; stdout: string; outputs: Record<string, string>; summary: string }> {
  const output = join(workspace, `${action}-output`);
  const summary = join(workspace, `${action}-summary`);
  await writeFile(output, '');
  await writeFile(summary, '');
  const inputEnv = Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]),
  );
  const { exitCode, stdout } = await new Promise<{ exitCode: number; stdout: string }>((done) => {
    const child = spawn('node', ['--import', TSX, resolve('src/actions', action, 'index.ts')], {
      cwd: workspace,
      env: {
        PATH: process.env.PATH,
        HOME: workspace,
        GITHUB_OUTPUT: output,
        GITHUB_STEP_SUMMARY: summary,
        GITHUB_WORKSPACE: workspace,
        RUNNER_TEMP: join(workspace, 'runner-temp'),
        GITHUB_REPOSITORY: DEFAULT_WORKFLOW.repository,
        GITHUB_SHA: DEFAULT_WORKFLOW.sha,
        GITHUB_REF: DEFAULT_WORKFLOW.ref,
        GITHUB_WORKFLOW_REF: `${DEFAULT_WORKFLOW.repository}/${DEFAULT_WORKFLOW.workflow}@${DEFAULT_WORKFLOW.ref}`,
        GITHUB_RUN_ID: '42',
        ...inputEnv,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('close', (code) => done({ exitCode: code ?? -1, stdout: out }));
  });
  return {
    exitCode,
    stdout,
    outputs: parseOutputFile(await readFile(output, 'utf8')),
    summary: await readFile(summary, 'utf8'),
  };
}

beforeAll(async () => {
  registry = await startRegistry();
  storage = await createTestStorage();
  oidc = await startFakeGithubOidc();
  sigstore = await startMockSigstore(oidc);
  workspace = await mkdtemp(join(tmpdir(), 'osimg-sign-actions-'));
  await writeFile(join(workspace, 'trusted_root.json'), JSON.stringify(sigstore.trustedRoot));
  await mkdir(join(workspace, 'out'));
  const global = Buildah.globalArgs(storage);
  const container = (await exec('buildah', [...global, 'from', await importTinyBase(storage)])).stdout.trim();
  await exec('buildah', [...global, 'copy', container, 'test/fixtures/sbom/debian', '/']);
  await exec('buildah', [...global, 'commit', '--quiet', container, 'localhost/actions/dpkg:1']);
  await exec('buildah', [...global, 'rm', container]);
  await exec('buildah', [
    ...global,
    'push',
    '--quiet',
    '--tls-verify=false',
    'localhost/actions/dpkg:1',
    `docker://${registry.address}/os/action:1`,
  ]);
  digest = (await new RegistryClient({ registry: registry.address }).getManifest('os/action', '1')).digest;
});

afterAll(async () => {
  await sigstore?.stop();
  await oidc?.stop();
  await registry?.stop();
  await storage?.cleanup();
  await rm(workspace, { recursive: true, force: true });
});

describe('sign and verify actions, keyless', () => {
  it('fails at once without the id-token permission, writing nothing', async () => {
    const run = await runAction('sign', {
      image: `${registry.address}/os/action:1`,
      'fulcio-url': sigstore.fulcioUrl,
      'rekor-url': sigstore.rekorUrl,
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('::error::keyless signing needs an OIDC identity token');
    expect(run.stdout).toContain('permissions: id-token: write');
    expect(run.outputs).toEqual({});
    const client = new RegistryClient({ registry: registry.address });
    await expect(client.getManifest('os/action', signatureTag(digest))).rejects.toThrow();
  });

  it('refuses an sbom-output in a directory that does not exist, before signing, and creates none', async () => {
    const run = await runAction(
      'sign',
      {
        image: `${registry.address}/os/action:1`,
        'fulcio-url': sigstore.fulcioUrl,
        'rekor-url': sigstore.rekorUrl,
        attest: 'spdx',
        'sbom-output': 'nonexistent/dir/sbom.spdx.json',
      },
      oidc.env,
    );
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('::error::input "sbom-output"');
    expect(run.stdout).toContain('which is not an existing directory');
    await expect(stat(join(workspace, 'nonexistent'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('signs, attests provenance and an SPDX SBOM, and verify requires them by identity', async () => {
    const signed = await runAction(
      'sign',
      {
        image: `${registry.address}/os/action:1`,
        'fulcio-url': sigstore.fulcioUrl,
        'rekor-url': sigstore.rekorUrl,
        'tsa-url': sigstore.tsaUrl,
        attest: 'provenance\nspdx\n',
        'sbom-output': 'out/sbom.spdx.json',
      },
      oidc.env,
    );
    expect(signed.stdout).not.toContain('::error::');
    expect(signed.exitCode).toBe(0);
    expect(signed.outputs).toEqual({
      digest,
      'signed-ref': `${registry.address}/os/action@${digest}`,
      'signature-tag': `${registry.address}/os/action:${signatureTag(digest)}`,
      sbom: join(workspace, 'out/sbom.spdx.json'),
      attestations: JSON.stringify(['https://slsa.dev/provenance/v1', 'https://spdx.dev/Document']),
    });
    expect(signed.summary).toContain(`keyless identity &quot;${IDENTITY}&quot;`);
    const sbom = JSON.parse(await readFile(signed.outputs.sbom!, 'utf8')) as { packages: unknown[] };
    expect(sbom.packages.length).toBeGreaterThan(10);
    const client = new RegistryClient({ registry: registry.address });
    const att = JSON.parse(
      (await client.getManifest('os/action', attachmentTag(digest, 'att'))).bytes.toString(),
    ) as {
      layers: Array<{ annotations: Record<string, string> }>;
    };
    expect(att.layers.map((layer) => layer.annotations.predicateType)).toEqual([
      'https://slsa.dev/provenance/v1',
      'https://spdx.dev/Document',
    ]);

    const verify = (inputs: Record<string, string>) =>
      runAction('verify', {
        image: `${registry.address}/os/action:1`,
        'certificate-oidc-issuer': GITHUB_ISSUER,
        'trusted-root': 'trusted_root.json',
        'require-attestations': 'slsaprovenance\nspdxjson',
        ...inputs,
      });
    const verified = await verify({ 'certificate-identity': IDENTITY });
    expect(verified.stdout).not.toContain('::error::');
    expect(verified.exitCode).toBe(0);
    expect(verified.outputs).toEqual({ digest, 'verified-ref': `${registry.address}/os/action@${digest}` });
    const prefix = await verify({ 'certificate-identity-regexp': 'example-org/os' });
    expect(prefix.exitCode).toBe(1);
    expect(prefix.stdout).toMatch(/^::error::.*but none by identity \/\^\(\?:example-org\/os\)\$\//m);
    const cyclonedx = await verify({ 'certificate-identity': IDENTITY, 'require-attestations': 'cyclonedx' });
    expect(cyclonedx.exitCode).toBe(1);
    expect(cyclonedx.stdout).toContain('of type https://cyclonedx.org/bom');
    const { publicPem } = await generateKeyPair('p');
    const mixed = await verify({ 'certificate-identity': IDENTITY, key: publicPem });
    expect(mixed.exitCode).toBe(1);
    expect(mixed.stdout).toContain('::error::give input "key" or a keyless identity');
  });
});
