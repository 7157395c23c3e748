/** dist/promote run as the runner runs it: refuses an unsigned digest, then promotes the signed one. */
import { mkdtemp, rm } from 'node:fs/promises';
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
let digest: string;
let client: RegistryClient;

beforeAll(async () => {
  [registry, storage] = await Promise.all([startRegistry(), createTestStorage()]);
  workspace = await mkdtemp(join(tmpdir(), 'osimg-promote-action-'));
  const image = await importTinyBase(storage);
  await exec('buildah', [
    ...Buildah.globalArgs(storage),
    'push',
    '--quiet',
    '--tls-verify=false',
    image,
    `docker://${registry.address}/os/app:candidate`,
  ]);
  client = new RegistryClient({ registry: registry.address });
  digest = (await client.getManifest('os/app', 'candidate')).digest;
  ops = await generateKeyPair('pass-phrase');
});

afterAll(async () => {
  await Promise.all([registry?.stop(), storage?.cleanup(), rm(workspace, { recursive: true, force: true })]);
});

const env = () => ({ GITHUB_WORKSPACE: workspace });
const inputs = () => ({
  image: `${registry.address}/os/app:candidate`,
  to: 'stable\nprod',
  key: ops.publicPem,
});

async function tagged(tag: string): Promise<string | undefined> {
  return client.getManifest('os/app', tag).then(
    (manifest) => manifest.digest,
    () => undefined,
  );
}

describe('dist/promote', () => {
  it('refuses the unsigned digest with one line and moves no tag', async () => {
    const refused = await runActionBundle('promote', inputs(), env());
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toMatch(/^::error::.*@sha256:[0-9a-f]{64} is not signed/m);
    expect(refused.outputs).toEqual({});
    expect(await tagged('stable')).toBeUndefined();
  });

  it('promotes the signed digest to every channel tag and reports what they pointed at', async () => {
    const signed = await runActionBundle(
      'sign',
      { image: `${registry.address}/os/app:candidate`, key: ops.privatePem, 'key-passphrase': 'pass-phrase' },
      env(),
    );
    expect(signed.exitCode).toBe(0);
    const promoted = await runActionBundle('promote', inputs(), env());
    expect(promoted.exitCode).toBe(0);
    expect(promoted.outputs.digest).toBe(digest);
    expect(JSON.parse(promoted.outputs.promoted!)).toEqual([
      { ref: `${registry.address}/os/app:stable`, changed: true },
      { ref: `${registry.address}/os/app:prod`, changed: true },
    ]);
    expect(await tagged('stable')).toBe(digest);
    expect(await tagged('prod')).toBe(digest);
    expect(promoted.summary).toContain('moved (new)');
  });
});
