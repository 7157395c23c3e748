import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OsimgError } from '../../../src/errors.js';
import { MemoryLogger } from '../../../src/log.js';
import { exec } from '../../../src/tools/exec.js';
import {
  directoryStore,
  extractTarGzMember,
  installTool,
  toolCacheDownload,
  toolCacheStore,
  type ToolRelease,
} from '../../../src/tools/install.js';
import {
  FAKE_TRIVY,
  retryDownloadsAtOnce,
  startReleaseServer,
  type ReleaseServer,
} from '../scan/release-server.js';

let server: ReleaseServer;
let dir: string;

beforeAll(async () => {
  retryDownloadsAtOnce();
  server = await startReleaseServer();
});
afterAll(() => server.stop());
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'osimg-install-test-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const release = (path: string, sha256 = server.sha256): ToolRelease => ({
  name: 'trivy',
  version: '1.2.3',
  arch: 'x64',
  url: `${server.base}/${path}/trivy_1.2.3_Linux-64bit.tar.gz`,
  sha256,
  member: 'trivy',
});
const deps = (store = directoryStore(join(dir, 'store'))) => ({
  store,
  download: toolCacheDownload,
  tempDir: dir,
  log: new MemoryLogger(),
});

describe('installTool', () => {
  it('downloads, verifies the SHA-256, extracts only the binary, and it runs', async () => {
    const binary = await installTool(release('good'), deps());
    expect(binary).toBe(join(dir, 'store', 'trivy', '1.2.3', 'x64', 'trivy'));
    expect((await readdir(join(dir, 'store', 'trivy', '1.2.3', 'x64'))).sort()).toEqual([
      '.osimg-sha256',
      'trivy',
    ]);
    expect((await exec(binary, ['--version'])).stdout).toBe('Version: 0.72.0\n');
    // Nothing left behind but the store.
    expect(await readdir(dir)).toEqual(['store']);
  });

  it('reuses a verified install without downloading again', async () => {
    const first = await installTool(release('good'), deps());
    const hits = server.hits.get('/good/trivy_1.2.3_Linux-64bit.tar.gz');
    const log = new MemoryLogger();
    expect(await installTool(release('good'), { ...deps(), log })).toBe(first);
    expect(server.hits.get('/good/trivy_1.2.3_Linux-64bit.tar.gz')).toBe(hits);
    expect(log.lines[0]).toMatch(/using the verified copy/);
  });

  it('does not trust a cached copy verified against another checksum', async () => {
    const store = join(dir, 'store', 'trivy', '1.2.3', 'x64');
    await mkdir(store, { recursive: true });
    await writeFile(join(store, 'trivy'), '#!/bin/sh\necho planted\n');
    await writeFile(join(store, '.osimg-sha256'), 'f'.repeat(64));
    const binary = await installTool(release('good'), deps());
    expect(await readFile(binary, 'utf8')).toBe(await readFile(FAKE_TRIVY, 'utf8'));
  });

  it('refuses an archive with one byte changed: deleted and never extracted', async () => {
    const error = await installTool(release('tampered'), deps()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OsimgError);
    expect((error as OsimgError).code).toBe('DIGEST_MISMATCH');
    expect((error as Error).message).toMatch(
      new RegExp(
        `^trivy 1\\.2\\.3 from ${server.base}/tampered/\\S+ has SHA-256 [a-f0-9]{64}, but the pinned value is ${server.sha256}: the download was tampered with`,
      ),
    );
    expect(existsSync(join(dir, 'store'))).toBe(false);
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a correct archive when the pinned checksum differs (a replaced release)', async () => {
    const error = await installTool(release('good', '0'.repeat(64)), deps()).catch((e: unknown) => e);
    expect((error as OsimgError).code).toBe('DIGEST_MISMATCH');
  });

  it('says which URL does not exist (404)', async () => {
    const error = await installTool(release('missing'), deps()).catch((e: unknown) => e);
    expect((error as OsimgError).code).toBe('NOT_FOUND');
    expect((error as Error).message).toBe(
      `${server.base}/missing/trivy_1.2.3_Linux-64bit.tar.gz does not exist (HTTP 404): check the version, or the mirror you set`,
    );
  });

  it.each([
    [
      'no DNS',
      'http://osimg-offline.invalid/trivy.tar.gz',
      'osimg-offline.invalid does not resolve (no DNS)',
    ],
    ['a closed port', 'http://127.0.0.1:1/trivy.tar.gz', '127.0.0.1:1 refused the connection'],
  ])('gives up at once, without retries, when the host cannot be reached (%s)', async (_, url, why) => {
    const error = await toolCacheDownload(url, join(dir, 'download')).catch((e: unknown) => e);
    expect((error as OsimgError).code).toBe('REGISTRY');
    expect((error as Error).message).toBe(`could not download ${url}: ${why}; this machine looks offline`);
    expect(existsSync(join(dir, 'download'))).toBe(false);
  });

  it('retries a 503 and then installs', async () => {
    const binary = await installTool(release('flaky'), deps());
    expect(server.hits.get('/flaky/trivy_1.2.3_Linux-64bit.tar.gz')).toBe(2);
    expect(existsSync(binary)).toBe(true);
  });

  it('works with the runner tool cache (RUNNER_TOOL_CACHE)', async () => {
    const saved = process.env.RUNNER_TOOL_CACHE;
    process.env.RUNNER_TOOL_CACHE = join(dir, 'toolcache');
    try {
      const binary = await installTool(release('good'), deps(toolCacheStore()));
      expect(binary).toBe(join(dir, 'toolcache', 'trivy', '1.2.3', 'x64', 'trivy'));
      expect(await toolCacheStore().find('trivy', '1.2.3', 'x64')).toBe(
        join(dir, 'toolcache', 'trivy', '1.2.3', 'x64'),
      );
    } finally {
      if (saved === undefined) delete process.env.RUNNER_TOOL_CACHE;
      else process.env.RUNNER_TOOL_CACHE = saved;
    }
  });
});

describe('extractTarGzMember', () => {
  it.each([
    ['gnu', 'GNU long names'],
    ['pax', 'pax path records'],
    ['ustar', 'ustar prefixes'],
  ])('finds a deeply nested member in a %s archive (%s)', async (format) => {
    const deep = join('a'.repeat(60), 'b'.repeat(60), 'tool');
    await mkdir(join(dir, 'src', 'a'.repeat(60), 'b'.repeat(60)), { recursive: true });
    await writeFile(join(dir, 'src', deep), 'payload');
    await writeFile(join(dir, 'src', 'other'), 'x'.repeat(1000));
    const archive = join(dir, 'x.tar.gz');
    await exec('tar', [`--format=${format}`, '-czf', archive, '-C', join(dir, 'src'), 'other', deep]);
    await extractTarGzMember(archive, `./${deep}`, join(dir, 'out'));
    expect(await readFile(join(dir, 'out'), 'utf8')).toBe('payload');
  });

  it('fails clearly when the member is absent or the file is not a .tar.gz', async () => {
    await writeFile(join(dir, 'a'), 'x');
    await exec('tar', ['-czf', join(dir, 'a.tar.gz'), '-C', dir, 'a']);
    await expect(extractTarGzMember(join(dir, 'a.tar.gz'), 'trivy', join(dir, 'out'))).rejects.toThrow(
      /has no file "trivy"$/,
    );
    expect(existsSync(join(dir, 'out'))).toBe(false);
    await expect(extractTarGzMember(join(dir, 'a'), 'trivy', join(dir, 'out'))).rejects.toThrow(
      /cannot read .* as a \.tar\.gz/,
    );
  });
});
