/**
 * dist/pipeline (the repository's root action.yml, the all-in-one) run as the runner runs it: the tiny
 * fixture is linted, built, pushed with registry auth, signed, verified and promoted to a channel tag.
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegistryClient } from '../../src/oci/registry.js';
import { generateKeyPair, type KeyPair } from '../../src/sign/keys.js';
import { importTinyBase } from '../harness/bases.js';
import { startRegistry, type TestRegistry } from '../harness/registry.js';
import { createTestStorage, type TestStorage } from '../harness/storage.js';
import { runActionBundle } from './run-action.js';

const AUTH = { username: 'ci', password: 'pa55-w0rd-secret' };
let registry: TestRegistry;
let storage: TestStorage;
let workspace: string;
let storageConf: string;
let ops: KeyPair;

beforeAll(async () => {
  [registry, storage] = await Promise.all([startRegistry({ auth: AUTH }), createTestStorage()]);
  await importTinyBase(storage);
  storageConf = await storage.writeStorageConf();
  workspace = await mkdtemp(join(tmpdir(), 'osimg-pipeline-action-'));
  await cp(resolve('test/fixtures/contexts/tiny'), workspace, { recursive: true });
  ops = await generateKeyPair('pass-phrase');
});

afterAll(async () => {
  await Promise.all([registry?.stop(), storage?.cleanup(), rm(workspace, { recursive: true, force: true })]);
});

const env = () => ({
  GITHUB_WORKSPACE: workspace,
  GITHUB_RUN_ID: '4242',
  CONTAINERS_STORAGE_CONF: storageConf,
  BUILDAH_ISOLATION: 'chroot',
});

describe('dist/pipeline (root action.yml)', () => {
  it('runs the stages, promotes to the channel and reports', async () => {
    const run = await runActionBundle(
      'pipeline',
      {
        image: `${registry.address}/team/tiny`,
        key: ops.privatePem,
        'key-passphrase': 'pass-phrase',
        username: AUTH.username,
        password: AUTH.password,
        skip: 'scan,disk,boot-test',
        channel: 'candidate',
      },
      env(),
    );
    expect(run.stdout).not.toMatch(/^::error::/m);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('::add-mask::pa55-w0rd-secret');
    expect(run.stdout).toMatch(/^\[2\/9\] build: passed/m);
    expect(run.stdout).toMatch(/^build │ /m);
    expect(run.outputs.passed).toBe('true');
    expect(run.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(run.outputs.ref).toBe(`${registry.address}/team/tiny@${run.outputs.digest}`);
    expect(run.summary).toMatch(/^\| promote \*? ?\| ✓ passed \|/m);
    const client = new RegistryClient({ registry: registry.address, credentials: AUTH });
    expect((await client.getManifest('team/tiny', 'candidate')).digest).toBe(run.outputs.digest);
    expect((await client.getManifest('team/tiny', 'run-4242')).digest).toBe(run.outputs.digest);
    expect(await readFile(run.outputs.report!, 'utf8')).toContain('osimg pipeline: ');
  });

  it('fails with one line when a stage cannot be skipped, before anything runs', async () => {
    const run = await runActionBundle(
      'pipeline',
      { image: `${registry.address}/team/tiny`, key: ops.privatePem, skip: 'sign' },
      env(),
    );
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      /^::error::input "skip": sign: only lint, scan, disk, boot-test, surface can be skipped/m,
    );
    expect(run.outputs).toEqual({});
  });
});
