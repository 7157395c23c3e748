/**
 * The committed dist/build/index.js, run as the GitHub runner runs it, building the tiny fixture with the
 * real buildah and pushing it to a real registry with htpasswd auth.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exec } from '../../src/tools/exec.js';
import { importTinyBase } from '../harness/bases.js';
import { startRegistry, type TestRegistry } from '../harness/registry.js';
import { createTestStorage, type TestStorage } from '../harness/storage.js';
import { runActionBundle } from './run-action.js';

const COMMIT_TIME = 1_750_000_000;
let storage: TestStorage;
let registry: TestRegistry;
let workspace: string;
let storageConf: string;
let sha: string;

beforeAll(async () => {
  storage = await createTestStorage();
  await importTinyBase(storage);
  storageConf = await storage.writeStorageConf();
  registry = await startRegistry({ auth: { username: 'ci', password: 'pa55-w0rd-secret' } });
  // A workspace that is a git checkout with a known commit time: the default source-date-epoch.
  workspace = await mkdtemp(join(tmpdir(), 'osimg-workspace-'));
  await cp(resolve('test/fixtures/contexts/tiny'), workspace, { recursive: true });
  const git = (args: string[]) =>
    exec('git', ['-C', workspace, ...args], {
      env: {
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.com',
        GIT_COMMITTER_DATE: `@${COMMIT_TIME} +0000`,
        GIT_AUTHOR_DATE: `@${COMMIT_TIME} +0000`,
      },
    });
  await git(['init', '-q']);
  await git(['add', '.']);
  await git(['commit', '-qm', 'fixture']);
  sha = (await git(['rev-parse', 'HEAD'])).stdout.trim();
});

afterAll(async () => {
  await registry?.stop();
  await storage?.cleanup();
  await rm(workspace, { recursive: true, force: true });
});

function github(extra: Record<string, string> = {}): Record<string, string> {
  return {
    GITHUB_WORKSPACE: workspace,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'example/bootable',
    GITHUB_SHA: sha,
    GITHUB_REF: 'refs/tags/v2.1.0',
    CONTAINERS_STORAGE_CONF: storageConf,
    BUILDAH_ISOLATION: 'chroot',
    ...extra,
  };
}

describe('dist/build/index.js', () => {
  it('builds, pushes by digest, sets every output and writes the summary', async () => {
    const run = await runActionBundle(
      'build',
      {
        image: `${registry.address}/example/bootable`,
        tags: 'v2.1.0\nstable',
        'build-args': '',
        labels: 'org.example.owner=ops',
        push: 'true',
        username: 'ci',
        password: 'pa55-w0rd-secret',
        'oci-archive': 'out/image.tar',
      },
      github(),
    );
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);

    const { outputs } = run;
    expect(outputs.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(outputs.ref).toBe(`${registry.address}/example/bootable@${outputs.digest}`);
    expect(outputs['image-id']).toMatch(/^[a-f0-9]{64}$/);
    expect(outputs.tags).toBe(
      `${registry.address}/example/bootable:v2.1.0\n${registry.address}/example/bootable:stable`,
    );
    expect(outputs['oci-archive']).toBe(join(workspace, 'out/image.tar'));
    const metadata = JSON.parse(outputs.metadata!) as {
      digest: string;
      labels: Record<string, string>;
      layers: number;
    };
    expect(metadata.digest).toBe(outputs.digest);
    expect(metadata.labels).toMatchObject({
      'org.opencontainers.image.source': 'https://github.com/example/bootable',
      'org.opencontainers.image.revision': sha,
      'org.opencontainers.image.version': 'v2.1.0',
      'org.opencontainers.image.created': new Date(COMMIT_TIME * 1000).toISOString(),
      'org.example.owner': 'ops',
    });

    const pushed = await exec('skopeo', [
      'inspect',
      '--tls-verify=false',
      '--creds=ci:pa55-w0rd-secret',
      `docker://${registry.address}/example/bootable:stable`,
    ]);
    expect((JSON.parse(pushed.stdout) as { Digest: string }).Digest).toBe(outputs.digest);

    // The summary is a table with the digest; the log groups the phases; the password is masked.
    expect(run.summary).toContain('<table>');
    expect(run.summary).toContain(outputs.digest);
    expect(run.stdout).toContain('::group::Build');
    expect(run.stdout).toContain('::add-mask::pa55-w0rd-secret');
    expect(run.stdout.split('\n').filter((line) => line.includes('pa55-w0rd-secret'))).toEqual([
      '::add-mask::pa55-w0rd-secret',
    ]);
  });

  it('fails the step with one clear line for an invalid tag, before building anything', async () => {
    const run = await runActionBundle(
      'build',
      { image: `${registry.address}/example/bootable`, tags: '-bad' },
      github(),
    );
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/^::error::tag "-bad" is invalid: use 1-128 letters/m);
    expect(run.stdout).not.toContain('::group::Build');
    expect(run.outputs).toEqual({});
  });

  it('fails with the credentials error and leaves no tag when the password is wrong', async () => {
    const run = await runActionBundle(
      'build',
      { image: `${registry.address}/example/other`, push: 'true', username: 'ci', password: 'nope' },
      github(),
    );
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(
      `::error::registry ${registry.address} rejected the credentials of "ci" (HTTP 401)`,
    );
    expect(run.outputs.digest).toBeUndefined();
  });
});
