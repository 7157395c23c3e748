/**
 * The build domain against the real buildah, skopeo and Debian's docker-registry on 127.0.0.1 (with and
 * without htpasswd auth, and behind a fault-injecting proxy).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildImage, type BuildRequest, type BuildResult } from '../../src/build/build.js';
import { detectHost } from '../../src/build/host.js';
import { CommandError, ConfigurationError, OsimgError } from '../../src/errors.js';
import { MemoryLogger } from '../../src/log.js';
import { Tar } from '../../src/tools/tar.js';
import { exec } from '../../src/tools/exec.js';
import { importTinyBase, TINY_BASE } from '../harness/bases.js';
import { startFaultProxy } from '../harness/fault-proxy.js';
import { freePort } from '../harness/ports.js';
import { startRegistry, type TestRegistry } from '../harness/registry.js';
import { createTestStorage, type TestStorage } from '../harness/storage.js';

const TINY = resolve('test/fixtures/contexts/tiny');
const FAILING = resolve('test/fixtures/contexts/failing');
const EPOCH = 1_700_000_000;
const REVISION = 'a'.repeat(40);
const FAST_RETRY = { retry: { attempts: 4, baseDelayMs: 50, maxDelayMs: 200, maxRetryAfterMs: 2000 } };

let storage: TestStorage;
let open: TestRegistry;
let secured: TestRegistry;
let work: string;

beforeAll(async () => {
  storage = await createTestStorage();
  await importTinyBase(storage);
  open = await startRegistry();
  secured = await startRegistry({ auth: { username: 'ops', password: 's3cret-pw' } });
  work = await mkdtemp(join(tmpdir(), 'osimg-build-test-'));
});

afterAll(async () => {
  await open?.stop();
  await secured?.stop();
  await storage?.cleanup();
  await rm(work, { recursive: true, force: true });
});

function request(registry: string, repository: string, overrides: Partial<BuildRequest> = {}): BuildRequest {
  return {
    containerfile: join(TINY, 'Containerfile'),
    context: TINY,
    image: { registry, repository },
    tags: ['1.0', 'latest'],
    buildArgs: {},
    labels: { 'org.example.team': 'ops' },
    push: true,
    authFiles: [],
    tlsVerify: true,
    layers: true,
    cacheFrom: [],
    cacheTo: [],
    sourceDateEpoch: EPOCH,
    source: { url: 'https://github.com/example/os', revision: REVISION, version: '1.0' },
    pull: 'missing',
    isolation: 'chroot',
    ...overrides,
  };
}

function build(req: BuildRequest, log = new MemoryLogger(), registryOptions = {}): Promise<BuildResult> {
  return buildImage(req, {
    buildah: storage.buildah,
    tar: new Tar(),
    log,
    host: detectHost(),
    registryOptions,
  });
}

async function skopeoInspect(
  ref: string,
  extra: string[] = [],
): Promise<{ Digest: string; Labels: Record<string, string> }> {
  const result = await exec('skopeo', ['inspect', '--tls-verify=false', ...extra, ref]);
  return JSON.parse(result.stdout) as { Digest: string; Labels: Record<string, string> };
}

async function tagsOf(registry: string, repository: string, auth?: string): Promise<string[]> {
  const response = await fetch(`http://${registry}/v2/${repository}/tags/list`, {
    headers: auth ? { authorization: `Basic ${Buffer.from(auth).toString('base64')}` } : {},
  });
  if (response.status === 404) return [];
  const body = (await response.json()) as { tags?: string[] | null };
  return body.tags ?? [];
}

describe('build and push to a real registry', () => {
  it('pushes by digest, moves the tags, and labels the provenance', async () => {
    const result = await build(request(open.address, 'osimg/tiny'));

    expect(result.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(result.ref).toBe(`${open.address}/osimg/tiny@${result.digest}`);
    for (const tag of ['1.0', 'latest']) {
      const inspected = await skopeoInspect(`docker://${open.address}/osimg/tiny:${tag}`);
      expect(inspected.Digest).toBe(result.digest);
    }
    const raw = await exec('skopeo', [
      'inspect',
      '--raw',
      '--tls-verify=false',
      `docker://${open.address}/osimg/tiny@${result.digest}`,
    ]);
    expect(`sha256:${createHash('sha256').update(raw.stdout).digest('hex')}`).toBe(result.digest);

    const { Labels } = await skopeoInspect(`docker://${open.address}/osimg/tiny@${result.digest}`);
    const base = await storage.buildah.inspectImage(TINY_BASE.name);
    expect(Labels).toMatchObject({
      'org.opencontainers.image.revision': REVISION,
      'org.opencontainers.image.source': 'https://github.com/example/os',
      'org.opencontainers.image.version': '1.0',
      'org.opencontainers.image.title': 'tiny',
      'org.opencontainers.image.created': '2023-11-14T22:13:20.000Z',
      'org.opencontainers.image.base.name': TINY_BASE.name,
      'org.opencontainers.image.base.digest': base!.digest,
      'org.example.team': 'ops',
    });
    expect(result.base).toEqual({ name: TINY_BASE.name, digest: base!.digest });
    expect(result.layers).toBe(3);
  });

  it('pushes to a registry with htpasswd auth when given the credentials', async () => {
    const result = await build(request(secured.address, 'team/app', { credentials: secured.credentials }));
    const inspected = await skopeoInspect(`docker://${secured.address}/team/app:1.0`, [
      '--creds=ops:s3cret-pw',
    ]);
    expect(inspected.Digest).toBe(result.digest);
  });

  it('uses a login from an auth file when no credentials are given', async () => {
    const authFile = join(work, 'auth.json');
    await writeFile(
      authFile,
      JSON.stringify({
        auths: { [secured.address]: { auth: Buffer.from('ops:s3cret-pw').toString('base64') } },
      }),
    );
    const result = await build(
      request(secured.address, 'team/from-login', { authFiles: [join(work, 'missing.json'), authFile] }),
    );
    expect(await tagsOf(secured.address, 'team/from-login', 'ops:s3cret-pw')).toEqual(
      expect.arrayContaining(['1.0', 'latest']),
    );
    expect(result.pushed).toBe(true);
  });

  it('fails with a clear sentence on wrong credentials and pushes no tag', async () => {
    const attempt = build(
      request(secured.address, 'team/denied', { credentials: { username: 'ops', password: 'wrong' } }),
    );
    await expect(attempt).rejects.toThrow(
      /rejected the credentials of "ops" \(HTTP 401\).*check the username and the password/,
    );
    await expect(attempt).rejects.toMatchObject({ code: 'AUTH' });
    expect(await tagsOf(secured.address, 'team/denied', 'ops:s3cret-pw')).toEqual([]);
  });

  it('says credentials are needed when none are given', async () => {
    await expect(build(request(secured.address, 'team/anonymous'))).rejects.toThrow(
      /requires credentials for team\/anonymous/,
    );
  });

  it('retries 503 and 429 (with Retry-After) and still delivers the exact digest', async () => {
    const proxy = await startFaultProxy(open.address, [
      { match: (req) => req.method === 'PUT' && req.url!.includes('/blobs/uploads/'), status: 503, times: 2 },
      {
        match: (req) => req.method === 'PUT' && req.url!.includes('/manifests/'),
        status: 429,
        times: 1,
        retryAfterSeconds: 1,
      },
      { match: (req) => req.method === 'HEAD', status: 502, times: 1 },
    ]);
    try {
      const log = new MemoryLogger();
      const result = await build(request(proxy.address, 'osimg/flaky'), log, FAST_RETRY);
      expect(proxy.injected).toBe(4);
      expect(log.lines.filter((line) => line.includes('retrying in'))).toHaveLength(4);
      expect(log.lines.some((line) => /HTTP 429.*retrying in 1\.0 s/.test(line))).toBe(true);
      const inspected = await skopeoInspect(`docker://${open.address}/osimg/flaky:1.0`);
      expect(inspected.Digest).toBe(result.digest);
    } finally {
      await proxy.stop();
    }
  });

  it('gives up on a registry that keeps failing, naming it, without moving tags', async () => {
    const proxy = await startFaultProxy(open.address, [
      { match: (req) => req.method === 'PUT' && req.url!.includes('/manifests/'), status: 503, times: 100 },
    ]);
    try {
      await expect(
        build(request(proxy.address, 'osimg/down'), new MemoryLogger(), FAST_RETRY),
      ).rejects.toThrow(
        new RegExp(
          `could not store manifest osimg/down:sha256:[0-9a-f]{12} at ${proxy.address}: .*HTTP 503.*gave up after 4 attempts`,
        ),
      );
      expect(await tagsOf(open.address, 'osimg/down')).toEqual([]);
    } finally {
      await proxy.stop();
    }
  });

  it('names an unreachable registry', async () => {
    const closed = `127.0.0.1:${await freePort()}`;
    await expect(build(request(closed, 'osimg/nowhere'), new MemoryLogger(), FAST_RETRY)).rejects.toThrow(
      /connection refused by 127\.0\.0\.1:\d+ \(is the registry running and the address right\?\).*gave up after 4 attempts/,
    );
  });
});

describe('labels', () => {
  const hostile = { 'org.example.note': 'say "hi" to $HOME \\ and ${NOPE:-x} ünï' };

  it('carries label values verbatim through the appended LABEL instruction', async () => {
    const result = await build(request(open.address, 'osimg/labels', { push: false, labels: hostile }));
    expect(result.labels['org.example.note']).toBe(hostile['org.example.note']);
    expect(result.labels['org.opencontainers.image.revision']).toBe(REVISION);
  });

  it('falls back to --label flags for a Containerfile with an escape directive, with the same result', async () => {
    const dir = join(work, 'escaped');
    await mkdir(dir, { recursive: true });
    await writeFile(
      join(dir, 'Containerfile'),
      '# escape=`\nFROM localhost/osimg/tiny-base:1\nRUN echo one `\n && echo two\n',
    );
    const log = new MemoryLogger();
    const result = await build(
      request(open.address, 'osimg/escaped', {
        push: false,
        labels: hostile,
        containerfile: join(dir, 'Containerfile'),
        context: dir,
      }),
      log,
    );
    expect(result.labels['org.example.note']).toBe(hostile['org.example.note']);
    expect(result.labels['org.opencontainers.image.base.name']).toBe(TINY_BASE.name);
    expect(log.lines.some((line) => line.startsWith('STEP 3/'))).toBe(true); // one step per --label flag
  });
});

describe('OCI archive and reproducibility', () => {
  it('writes an archive with the same digest as the image, and rebuilds byte-identically', async () => {
    const first = join(work, 'first.tar');
    const second = join(work, 'second.tar');
    const a = await build(
      request(open.address, 'osimg/repro', { push: false, ociArchive: first, layers: false }),
    );
    const b = await build(
      request(open.address, 'osimg/repro', { push: false, ociArchive: second, layers: false }),
    );
    expect(a.ociArchive).toBe(first);
    expect(b.digest).toBe(a.digest);
    expect(await readFile(second)).toEqual(await readFile(first));
    const inspected = await skopeoInspect(`oci-archive:${first}`);
    expect(inspected.Digest).toBe(a.digest);
    expect((await readdir(work)).filter((name) => name.includes('partial'))).toEqual([]);
  });
});

describe('bad input', () => {
  it('shows the failing step and its output, and leaves no archive and no tag', async () => {
    const archive = join(work, 'failed.tar');
    const attempt = build(
      request(open.address, 'osimg/failing', {
        containerfile: join(FAILING, 'Containerfile'),
        context: FAILING,
        ociArchive: archive,
      }),
    );
    await expect(attempt).rejects.toThrow(
      /^the build failed at Containerfile:2 \(RUN echo "about to fail" && false\): exit status 1$/,
    );
    const error = (await attempt.catch((e: unknown) => e)) as CommandError;
    expect(error.code).toBe('BUILD_FAILED');
    expect(error.stderrTail.join('\n')).toContain('about to fail');
    expect(existsSync(archive)).toBe(false);
    expect(await tagsOf(open.address, 'osimg/failing')).toEqual([]);
  });

  it('names a missing Containerfile', async () => {
    await expect(
      build(request(open.address, 'osimg/x', { containerfile: join(work, 'nope', 'Containerfile') })),
    ).rejects.toThrow(ConfigurationError);
    await expect(
      build(request(open.address, 'osimg/x', { containerfile: join(work, 'nope', 'Containerfile') })),
    ).rejects.toThrow(/no Containerfile at .*nope\/Containerfile: set containerfile/);
  });

  it('names a base image that does not exist', async () => {
    const attempt = build(
      request(open.address, 'osimg/x', { buildArgs: { BASE: `${open.address}/nothing/here:1` } }),
    );
    await expect(attempt).rejects.toThrow(
      `the base image "${open.address}/nothing/here:1" was not found: check the name and tag in the FROM line`,
    );
  });

  it.each([
    ['localhost/osimg/debian-base:never-made', /the bundled examples' base is made by `npm run example`/],
    [
      'localhost/team/base:1',
      /: build or import it first \(buildah build\/import, podman load\), or pass another base$/,
    ],
  ])('says a missing localhost base (%s) is never pulled and how to make it', async (base, hint) => {
    const attempt = build(request(open.address, 'osimg/x', { buildArgs: { BASE: base } }));
    await expect(attempt).rejects.toBeInstanceOf(ConfigurationError);
    await expect(attempt).rejects.toThrow(
      `the base image ${base} is not in local storage and localhost names are never pulled: `,
    );
    await expect(attempt).rejects.toThrow(hint);
  });

  it('refuses a platform this host cannot build', async () => {
    const host = detectHost();
    const foreign = host.binfmtHandlers.some((name) => name.includes('s390x'))
      ? 'linux/riscv64'
      : 'linux/s390x';
    await expect(build(request(open.address, 'osimg/x', { platform: foreign }))).rejects.toThrow(
      /cannot build linux\/(s390x|riscv64) on this amd64 host: .*install qemu-user-static/,
    );
  });

  it('reports a registry error as an OsimgError, not a crash', async () => {
    await expect(
      build(
        request(open.address, 'osimg/x', { pull: 'never', buildArgs: { BASE: 'localhost/never/pulled:1' } }),
      ),
    ).rejects.toBeInstanceOf(OsimgError);
  });
});
