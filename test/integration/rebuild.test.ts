/**
 * osimg rebuild against the real registry (Debian's docker-registry on 127.0.0.1) holding images whose
 * configs carry the base labels osimg build writes, and the FAKE GitHub API (test/harness/fake-github.ts)
 * standing in for api.github.com.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as runAction } from '../../src/actions/rebuild/main.js';
import { main, type CliContext } from '../../src/cli/main.js';
import { MEDIA_TYPES, RegistryClient, sha256Digest } from '../../src/oci/registry.js';
import { readRecord } from '../../src/rebuild/record.js';
import { startFakeGitHub, type FakeGitHub } from '../harness/fake-github.js';
import { startRegistry, type TestRegistry } from '../harness/registry.js';

const D = (c: string) => `sha256:${c.repeat(64)}`;
const TOKEN = 'ghs_integration_fake';

let registry: TestRegistry;
let github: FakeGitHub;
let dir: string;
let client: RegistryClient;
const digests: Record<string, string> = {};

/** A minimal image: one small layer and a config whose labels are what osimg build would write. */
async function pushImage(repository: string, tag: string, labels: Record<string, string>): Promise<string> {
  const layer = Buffer.from(`layer of ${repository}`);
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      config: { Labels: labels },
      rootfs: { type: 'layers', diff_ids: [sha256Digest(layer)] },
    }),
  );
  for (const blob of [layer, config]) {
    await client.pushBlob(repository, sha256Digest(blob), blob.length, () => Readable.from(blob));
  }
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociManifest,
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        digest: sha256Digest(config),
        size: config.length,
      },
      layers: [
        {
          mediaType: 'application/vnd.oci.image.layer.v1.tar',
          digest: sha256Digest(layer),
          size: layer.length,
        },
      ],
    }),
  );
  return client.putManifest(repository, tag, { mediaType: MEDIA_TYPES.ociManifest, bytes: manifest });
}

const labels = (base: string, baseDigest: string, source?: string) => ({
  'org.opencontainers.image.base.name': base,
  'org.opencontainers.image.base.digest': baseDigest,
  ...(source
    ? { 'org.opencontainers.image.source': source, 'org.opencontainers.image.revision': 'abc123' }
    : {}),
});

async function cli(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const context: CliContext = {
    cwd: dir,
    env,
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readStdin: async () => '',
  };
  const code = await main(argv, context);
  return { code, stdout, stderr };
}

beforeAll(async () => {
  registry = await startRegistry();
  client = new RegistryClient({ registry: registry.address });
  dir = await mkdtemp(join(tmpdir(), 'osimg-rebuild-'));
  await writeFile(
    join(dir, 'osimg-policy.yml'),
    `version: 1
images:
  banned:
    - image: docker.io/library/centos
      reason: CentOS 7 is end of life
  substitutions:
    - from: quay.io/fedora/fedora-bootc:42
      to: quay.io/fedora/fedora-bootc:42@${D('1')}
      reason: the 2026-11 patch cycle
`,
  );
  await writeFile(join(dir, 'previous-policy.yml'), 'version: 1\n');
  // One CentOS-based image under two tags (same content, same digest), a Fedora image on the unpatched base, one already on the patch,
  // one from a repository without a GitHub source label, and one FROM scratch.
  digests.legacy = await pushImage(
    'org/legacy',
    '1.0',
    labels('docker.io/library/centos:7', D('2'), 'https://github.com/org/legacy'),
  );
  await pushImage(
    'org/legacy',
    'latest',
    labels('docker.io/library/centos:7', D('2'), 'https://github.com/org/legacy'),
  );
  digests.fedora = await pushImage(
    'org/fedora-app',
    'latest',
    labels('quay.io/fedora/fedora-bootc:42', D('3'), 'https://github.com/org/fedora-app.git'),
  );
  digests.patched = await pushImage(
    'org/patched',
    'latest',
    labels('quay.io/fedora/fedora-bootc:42', D('1'), 'https://github.com/org/patched'),
  );
  digests.orphan = await pushImage('team/orphan', 'latest', labels('docker.io/library/centos:7', D('2')));
  digests.scratch = await pushImage('org/scratch', 'latest', {});

  github = await startFakeGitHub({
    token: TOKEN,
    repositories: {
      'org/legacy': {
        defaultBranch: 'main',
        branches: ['main'],
        workflows: { 'os-image.yml': { dispatchable: true } },
        writable: true,
      },
      'org/fedora-app': {
        defaultBranch: 'trunk',
        branches: ['trunk'],
        workflows: { 'image.yml': { dispatchable: true } },
        writable: true,
      },
      'org/patched': {
        defaultBranch: 'main',
        branches: ['main'],
        workflows: { 'image.yml': { dispatchable: true } },
        writable: true,
      },
    },
    // The first dispatch meets a secondary rate limit and must be retried after retry-after.
    secondary: { 1: { status: 429, retryAfter: 1 } },
  });
}, 120_000);

afterAll(async () => {
  await github?.stop();
  await registry?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('osimg rebuild (real registry, fake GitHub API)', () => {
  it('records how to rebuild an image next to it in the registry', async () => {
    const result = await cli(
      [
        'rebuild',
        '--mode',
        'record',
        `${registry.address}/org/legacy@${digests.legacy}`,
        '--scanned-at',
        '2026-11-01T08:00:00Z',
        '--report',
        'entry.json',
      ],
      {
        GITHUB_WORKFLOW_REF: 'org/legacy/.github/workflows/os-image.yml@refs/heads/main',
        GITHUB_REPOSITORY: 'org/legacy',
      },
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const record = await readRecord(client, {
      registry: registry.address,
      repository: 'org/legacy',
      digest: digests.legacy!,
    });
    expect(record).toMatchObject({
      image: `${registry.address}/org/legacy@${digests.legacy}`,
      base: { name: 'docker.io/library/centos:7', digest: D('2') },
      source: { url: 'https://github.com/org/legacy', revision: 'abc123' },
      pipeline: { repository: 'org/legacy', workflow: 'os-image.yml', ref: 'main' },
      scannedAt: '2026-11-01T08:00:00.000Z',
    });
    const entry = JSON.parse(await readFile(join(dir, 'entry.json'), 'utf8')) as {
      kind: string;
      images: unknown[];
    };
    expect(entry).toMatchObject({ kind: 'osimg-dependents', version: 1, images: [record] });
  });

  it('a dry run over the catalog plans one start per pipeline and sends nothing', async () => {
    const result = await cli([
      'rebuild',
      `${registry.address}/*`,
      '--workflow',
      'image.yml',
      '--json',
      '--report',
      'plan.json',
    ]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as {
      dryRun: boolean;
      counts: Record<string, number>;
      targets: Array<{
        repository: string;
        workflow: string;
        status: string;
        images: Array<{ image: string; tags: string[]; reason: string }>;
      }>;
      unroutable: Array<{ image: string }>;
      unknownBase: string[];
    };
    expect(report.dryRun).toBe(true);
    expect(
      report.targets.map((t) => [t.repository, t.workflow, t.status, t.images.map((i) => i.reason)]),
    ).toEqual([
      // The record written above names os-image.yml; the label-only image gets the default workflow.
      ['org/fedora-app', 'image.yml', 'planned', ['patched']],
      ['org/legacy', 'os-image.yml', 'planned', ['banned']],
    ]);
    expect(report.targets[1]!.images[0]!.tags).toEqual(['1.0', 'latest']);
    expect(report.unroutable.map((u) => u.image)).toEqual([
      `${registry.address}/team/orphan@${digests.orphan}`,
    ]);
    expect(report.unknownBase).toEqual([`${registry.address}/org/scratch@${digests.scratch}`]);
    expect(report.counts).toMatchObject({ affected: 3, planned: 2, dispatched: 0 });
    expect(github.log).toEqual([]);
    expect(JSON.parse(await readFile(join(dir, 'plan.json'), 'utf8'))).toEqual(report);
  });

  it('starts the pipelines through the GitHub API, waiting out a rate limit, with the token from the environment', async () => {
    const result = await cli(
      [
        'rebuild',
        `${registry.address}/org/legacy`,
        `${registry.address}/org/fedora-app`,
        `${registry.address}/org/patched`,
        '--workflow',
        'image.yml',
        '--previous-policy',
        'previous-policy.yml',
        '--dry-run',
        'false',
        '--interval',
        '0',
      ],
      { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: github.url },
    );
    expect(result.stderr).toMatch(/dispatches: secondary rate limit; waiting 1 s/);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/2 pipeline\(s\) to start: 2 started/);
    expect(github.dispatches.map((d) => [d.repository, d.workflow, d.ref]).sort()).toEqual([
      ['org/fedora-app', 'image.yml', 'trunk'],
      ['org/legacy', 'os-image.yml', 'main'],
    ]);
    expect(github.log.filter((line) => line.includes('→ 429'))).toHaveLength(1);
  });

  it('does not start again what the previous policy already condemned', async () => {
    const before = github.dispatches.length;
    const result = await cli(
      [
        'rebuild',
        `${registry.address}/org/legacy`,
        '--previous-policy',
        'osimg-policy.yml',
        '--dry-run',
        'false',
        '--json',
      ],
      { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: github.url },
    );
    console.log(result.stdout, result.stderr);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as { counts: Record<string, number> }).counts).toMatchObject({
      affected: 0,
      unchanged: 1,
    });
    expect(github.dispatches.length).toBe(before);
  });

  it('exits 1 and names the fix when GitHub refuses a start', async () => {
    const result = await cli(
      ['rebuild', `${registry.address}/team/orphan`, '--event', 'repository_dispatch', '--dry-run', 'false'],
      { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: github.url },
    );
    // No source label: nothing to start; the report says so and nothing failed.
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/no pipeline is known/);
    await writeFile(
      join(dir, 'ghost.json'),
      JSON.stringify({
        image: `${registry.address}/team/orphan@${digests.orphan}`,
        base: { name: 'docker.io/library/centos:7' },
        pipeline: { repository: 'org/ghost' },
      }),
    );
    const refused = await cli(
      ['rebuild', '--index', 'ghost.json', '--event', 'repository_dispatch', '--dry-run', 'false'],
      { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: github.url },
    );
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(
      /FAILED: org\/ghost does not exist, or the token cannot see it \(HTTP 404\)/,
    );
  });

  it('without a token, a real run stops before anything is sent', async () => {
    const result = await cli(['rebuild', `${registry.address}/org/legacy`, '--dry-run', 'false'], {
      GITHUB_API_URL: github.url,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no GitHub token: set GITHUB_TOKEN/);
  });

  it('gates an image: banned base fails, the scan age comes from its record', async () => {
    const banned = await cli([
      'rebuild',
      '--mode',
      'check',
      `${registry.address}/org/legacy:latest`,
      '--max-scan-age-days',
      '7',
    ]);
    expect(banned.code).toBe(1);
    expect(banned.stderr).toMatch(
      /base docker.io\/library\/centos:7@sha256:2{64} is banned: CentOS 7 is end of life/,
    );
    expect(banned.stdout).toMatch(/2026-11-01T08:00:00.000Z \(\d+ d, over 7 d: re-scan\)/);

    const patched = await cli(['rebuild', '--mode', 'check', `${registry.address}/org/fedora-app:latest`]);
    expect(patched.code).toBe(0);
    expect(patched.stdout).toMatch(/patched: base .* is replaced by/);
    expect(patched.stdout).toMatch(/none recorded: re-scan/);
    const strict = await cli([
      'rebuild',
      '--mode',
      'check',
      `${registry.address}/org/fedora-app:latest`,
      '--fail-on',
      'patched',
    ]);
    expect(strict.code).toBe(1);
    const fine = await cli(['rebuild', '--mode', 'check', `${registry.address}/org/patched:latest`]);
    expect(fine.code).toBe(0);
    expect(fine.stdout).toMatch(/\| ok \|/);
  });

  it('as an action: check mode sets the gate outputs and fails the step on a banned base', async () => {
    const outputFile = join(dir, 'github-output');
    await writeFile(outputFile, '');
    const saved = { ...process.env };
    Object.assign(process.env, {
      GITHUB_WORKSPACE: dir,
      GITHUB_OUTPUT: outputFile,
      INPUT_MODE: 'check',
      INPUT_IMAGES: `${registry.address}/org/legacy:1.0`,
      'INPUT_MAX-SCAN-AGE-DAYS': '3650',
    });
    process.exitCode = undefined;
    try {
      await runAction();
      const outputs = await readFile(outputFile, 'utf8');
      expect(outputs).toMatch(/banned<<[^\n]+\ntrue\n/);
      expect(outputs).toMatch(/scan-stale<<[^\n]+\nfalse\n/);
      expect(outputs).toMatch(/scanned-at<<[^\n]+\n2026-11-01T08:00:00.000Z\n/);
      expect(outputs).toContain(digests.legacy);
      expect(process.exitCode).toBe(1);
    } finally {
      process.exitCode = undefined;
      for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
      Object.assign(process.env, saved);
    }
  });

  it('a re-scan from another repository updates the scan time and keeps the recorded pipeline', async () => {
    const result = await cli(
      [
        'rebuild',
        '--mode',
        'record',
        `${registry.address}/org/legacy@${digests.legacy}`,
        '--scanned-at',
        '2026-11-20T00:00:00Z',
      ],
      {
        GITHUB_WORKFLOW_REF: 'ops/deploy/.github/workflows/gate.yml@refs/heads/main',
        GITHUB_REPOSITORY: 'ops/deploy',
      },
    );
    expect(result.code).toBe(0);
    const record = await readRecord(client, {
      registry: registry.address,
      repository: 'org/legacy',
      digest: digests.legacy!,
    });
    expect(record?.pipeline).toEqual({ repository: 'org/legacy', workflow: 'os-image.yml', ref: 'main' });
    expect(record?.scannedAt).toBe('2026-11-20T00:00:00.000Z');
  });
});
