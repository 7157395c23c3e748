import { mkdtemp, rm, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OsimgError } from '../../../src/errors.js';
import { OciLayout } from '../../../src/oci/layout.js';
import { formatBytes, pushLayout } from '../../../src/oci/push.js';
import { MEDIA_TYPES, RegistryClient } from '../../../src/oci/registry.js';
import { FakeRegistry, digestOf } from './fake-registry.js';

const REPO = 'org/myos';

interface TinyLayout {
  dir: string;
  layout: OciLayout;
  manifestDigest: string;
  manifestBytes: Buffer;
  configDigest: string;
  layerDigest: string;
  sizes: { config: number; layer: number };
}

async function writeBlob(dir: string, data: Buffer | string): Promise<string> {
  const digest = digestOf(data);
  await writeFile(join(dir, 'blobs', 'sha256', digest.slice('sha256:'.length)), data);
  return digest;
}

/** A minimal OCI image layout, written by hand: one config, one layer, one manifest, an index. */
async function writeTinyLayout(
  dir: string,
  options: { omitLayer?: boolean; layerSizeDelta?: number; manifestOverride?: string } = {},
): Promise<TinyLayout> {
  await mkdir(join(dir, 'blobs', 'sha256'), { recursive: true });
  await writeFile(join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
  const config = Buffer.from(
    JSON.stringify({
      created: '2023-11-14T22:13:20Z',
      architecture: 'amd64',
      os: 'linux',
      config: { Labels: { 'org.opencontainers.image.title': 'myos' } },
      rootfs: { type: 'layers', diff_ids: [] },
    }),
  );
  const layer = Buffer.alloc(2048, 7); // stands in for a tar layer
  const configDigest = await writeBlob(dir, config);
  const layerDigest = digestOf(layer);
  if (!options.omitLayer) await writeBlob(dir, layer);
  const manifestBytes = Buffer.from(
    options.manifestOverride ??
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MEDIA_TYPES.ociManifest,
        config: {
          mediaType: 'application/vnd.oci.image.config.v1+json',
          digest: configDigest,
          size: config.length,
        },
        layers: [
          {
            mediaType: 'application/vnd.oci.image.layer.v1.tar',
            digest: layerDigest,
            size: layer.length + (options.layerSizeDelta ?? 0),
          },
        ],
      }),
  );
  const manifestDigest = await writeBlob(dir, manifestBytes);
  await writeFile(
    join(dir, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      manifests: [
        {
          mediaType: MEDIA_TYPES.ociManifest,
          digest: manifestDigest,
          size: manifestBytes.length,
          annotations: { 'org.opencontainers.image.ref.name': 'latest' },
        },
      ],
    }),
  );
  return {
    dir,
    layout: new OciLayout(dir),
    manifestDigest,
    manifestBytes,
    configDigest,
    layerDigest,
    sizes: { config: config.length, layer: layer.length },
  };
}

function clientFor(fake: FakeRegistry): RegistryClient {
  return new RegistryClient({
    registry: 'registry.fake.test',
    send: fake.send,
    retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 1 },
    sleep: async () => undefined,
  });
}

describe('pushLayout', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'osimg-push-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('uploads every blob, stores the manifest and points every tag at its digest', async () => {
    const tiny = await writeTinyLayout(dir);
    const fake = new FakeRegistry();
    const logs: string[] = [];
    const result = await pushLayout(clientFor(fake), {
      layout: tiny.layout,
      digest: tiny.manifestDigest,
      repository: REPO,
      tags: ['latest', 'v1'],
      log: (message) => logs.push(message),
    });
    expect(result).toEqual({
      digest: tiny.manifestDigest,
      uploadedBlobs: 2,
      skippedBlobs: 0,
      uploadedBytes: tiny.sizes.config + tiny.sizes.layer,
    });
    expect(fake.blobs.has(`${REPO}@${tiny.configDigest}`)).toBe(true);
    expect(fake.blobs.get(`${REPO}@${tiny.layerDigest}`)).toEqual(Buffer.alloc(2048, 7));
    expect(fake.manifests.get(`${REPO}@${tiny.manifestDigest}`)?.bytes).toEqual(tiny.manifestBytes);
    expect(fake.manifests.get(`${REPO}@${tiny.manifestDigest}`)?.mediaType).toBe(MEDIA_TYPES.ociManifest);
    expect(fake.tags.get(`${REPO}:latest`)).toBe(tiny.manifestDigest);
    expect(fake.tags.get(`${REPO}:v1`)).toBe(tiny.manifestDigest);
    expect(logs).toContain(`manifest ${tiny.manifestDigest} stored and verified`);
    expect(logs).toContain(`tag v1 → ${tiny.manifestDigest}`);
    expect(logs).toContain(`uploading ${tiny.layerDigest} (2.0 KiB)`);
  });

  it('skips blobs the registry has already on a second push', async () => {
    const tiny = await writeTinyLayout(dir);
    const fake = new FakeRegistry();
    const request = { layout: tiny.layout, digest: tiny.manifestDigest, repository: REPO, tags: ['latest'] };
    await pushLayout(clientFor(fake), request);
    const uploadsBefore = fake.requests.filter((r) => r.method === 'POST').length;
    const again = await pushLayout(clientFor(fake), request);
    expect(again).toEqual({
      digest: tiny.manifestDigest,
      uploadedBlobs: 0,
      skippedBlobs: 2,
      uploadedBytes: 0,
    });
    expect(fake.requests.filter((r) => r.method === 'POST').length).toBe(uploadsBefore);
  });

  it('uploads only the blobs that are missing', async () => {
    const tiny = await writeTinyLayout(dir);
    const fake = new FakeRegistry();
    fake.blobs.set(`${REPO}@${tiny.layerDigest}`, Buffer.alloc(2048, 7));
    const result = await pushLayout(clientFor(fake), {
      layout: tiny.layout,
      digest: tiny.manifestDigest,
      repository: REPO,
      tags: [],
    });
    expect(result).toMatchObject({ uploadedBlobs: 1, skippedBlobs: 1, uploadedBytes: tiny.sizes.config });
  });

  it.each([1, 2, 3, 8])('pushes correctly with concurrency %i', async (concurrency) => {
    const tiny = await writeTinyLayout(dir);
    const fake = new FakeRegistry();
    const result = await pushLayout(clientFor(fake), {
      layout: tiny.layout,
      digest: tiny.manifestDigest,
      repository: REPO,
      tags: ['t'],
      concurrency,
    });
    expect(result.uploadedBlobs).toBe(2);
    expect(fake.tags.get(`${REPO}:t`)).toBe(tiny.manifestDigest);
  });

  // Regression (fixed): src/oci/push.ts:68 (forEachLimited) — `Math.min(limit, items.length)` workers: a concurrency of 0
  // (or a negative one) starts no worker, so no blob is uploaded and the push then fails at the manifest with a
  // registry MANIFEST_BLOB_UNKNOWN error that does not say why. Fix: `Math.max(1, Math.min(limit, items.length))`
  // (or reject concurrency < 1 up front).
  it('treats a concurrency of 0 as 1', async () => {
    const tiny = await writeTinyLayout(dir);
    const fake = new FakeRegistry();
    const result = await pushLayout(clientFor(fake), {
      layout: tiny.layout,
      digest: tiny.manifestDigest,
      repository: REPO,
      tags: [],
      concurrency: 0,
    });
    expect(result.uploadedBlobs).toBe(2);
  });

  it('stores the manifest by digest and reads it back before any tag is written', async () => {
    const tiny = await writeTinyLayout(dir);
    const fake = new FakeRegistry();
    await pushLayout(clientFor(fake), {
      layout: tiny.layout,
      digest: tiny.manifestDigest,
      repository: REPO,
      tags: ['latest', 'v1', 'stable'],
    });
    const calls = fake.registryCalls();
    const byDigest = calls.indexOf(`PUT /v2/${REPO}/manifests/${tiny.manifestDigest}`);
    const readBack = calls.indexOf(`GET /v2/${REPO}/manifests/${tiny.manifestDigest}`);
    const tagPuts = ['latest', 'v1', 'stable'].map((tag) =>
      calls.indexOf(`PUT /v2/${REPO}/manifests/${tag}`),
    );
    const lastBlob = Math.max(
      ...calls.map((call, index) => (call.startsWith(`PUT /v2/${REPO}/blobs/`) ? index : -1)),
    );
    expect(lastBlob).toBeGreaterThanOrEqual(0);
    expect(byDigest).toBeGreaterThan(lastBlob);
    expect(readBack).toBeGreaterThan(byDigest);
    for (const index of tagPuts) expect(index).toBeGreaterThan(readBack);
    expect(tagPuts).toEqual([...tagPuts].sort((a, b) => a - b)); // tags in the order given
  });

  it('uploads nothing when a blob is missing from the layout', async () => {
    const tiny = await writeTinyLayout(dir, { omitLayer: true });
    const fake = new FakeRegistry();
    const error = await pushLayout(clientFor(fake), {
      layout: tiny.layout,
      digest: tiny.manifestDigest,
      repository: REPO,
      tags: ['latest'],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OsimgError);
    expect((error as OsimgError).code).toBe('DIGEST_MISMATCH');
    expect((error as Error).message).toContain(`blob ${tiny.layerDigest} is missing`);
    expect((error as Error).message).toContain(dir);
    expect(fake.requests).toEqual([]);
  });

  it('uploads nothing when a blob has the wrong size', async () => {
    const tiny = await writeTinyLayout(dir, { layerSizeDelta: 1 });
    const fake = new FakeRegistry();
    await expect(
      pushLayout(clientFor(fake), {
        layout: tiny.layout,
        digest: tiny.manifestDigest,
        repository: REPO,
        tags: [],
      }),
    ).rejects.toThrow(`blob ${tiny.layerDigest} is 2048 bytes, expected 2049`);
    expect(fake.requests).toEqual([]);
  });

  it('moves no tag when the registry returns different bytes on read-back', async () => {
    const tiny = await writeTinyLayout(dir);
    const fake = new FakeRegistry();
    fake.tamperManifest = (bytes) =>
      Buffer.from(bytes.toString('utf8').replace('"schemaVersion":2', '"schemaVersion":2 '));
    const error = await pushLayout(clientFor(fake), {
      layout: tiny.layout,
      digest: tiny.manifestDigest,
      repository: REPO,
      tags: ['latest', 'v1'],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OsimgError);
    expect((error as OsimgError).code).toBe('DIGEST_MISMATCH');
    expect((error as Error).message).toContain('no tag was moved');
    expect(fake.tags.size).toBe(0);
    expect(fake.registryCalls().filter((call) => /manifests\/(latest|v1)$/.test(call))).toEqual([]);
  });

  it('moves no tag when the registry claims another digest for the manifest', async () => {
    const tiny = await writeTinyLayout(dir);
    const fake = new FakeRegistry();
    fake.claimDigest = () => `sha256:${'e'.repeat(64)}`;
    await expect(
      pushLayout(clientFor(fake), {
        layout: tiny.layout,
        digest: tiny.manifestDigest,
        repository: REPO,
        tags: ['x'],
      }),
    ).rejects.toMatchObject({ code: 'DIGEST_MISMATCH' });
    expect(fake.tags.size).toBe(0);
  });

  it('refuses a manifest blob that does not match its digest', async () => {
    const tiny = await writeTinyLayout(dir);
    await writeFile(join(dir, 'blobs', 'sha256', tiny.manifestDigest.slice(7)), '{"tampered":true}');
    const fake = new FakeRegistry();
    const error = await pushLayout(clientFor(fake), {
      layout: tiny.layout,
      digest: tiny.manifestDigest,
      repository: REPO,
      tags: [],
    }).catch((e: unknown) => e);
    expect((error as OsimgError).code).toBe('DIGEST_MISMATCH');
    expect((error as Error).message).toContain('is corrupt');
    expect(fake.requests).toEqual([]);
  });
});

describe('OciLayout', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'osimg-layout-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('maps a digest to blobs/<algorithm>/<hex>', () => {
    const layout = new OciLayout('/x/layout');
    expect(layout.blobPath(`sha256:${'a'.repeat(64)}`)).toBe(`/x/layout/blobs/sha256/${'a'.repeat(64)}`);
    expect(layout.blobPath(`sha512:${'b'.repeat(128)}`)).toBe(`/x/layout/blobs/sha512/${'b'.repeat(128)}`);
  });

  it.each(['sha256:../../etc/passwd', `sha256:${'A'.repeat(64)}`, 'latest', ''])(
    'refuses the digest %j (no path escapes)',
    (digest) => {
      expect(() => new OciLayout(dir).blobPath(digest)).toThrow(OsimgError);
      expect(() => new OciLayout(dir).blobPath(digest)).toThrow('is not a valid digest');
    },
  );

  it('reads and verifies the manifest, defaulting the media type', async () => {
    const manifest = {
      schemaVersion: 2,
      config: { mediaType: 'c', digest: digestOf('c'), size: 1 },
      layers: [],
    };
    await mkdir(join(dir, 'blobs', 'sha256'), { recursive: true });
    const bytes = Buffer.from(JSON.stringify(manifest));
    const digest = await writeBlob(dir, bytes);
    const read = await new OciLayout(dir).readManifest(digest);
    expect(read.bytes).toEqual(bytes);
    expect(read.manifest).toEqual(manifest);
    expect(read.mediaType).toBe(MEDIA_TYPES.ociManifest);
  });

  it('refuses an image index where an image manifest is needed', async () => {
    await mkdir(join(dir, 'blobs', 'sha256'), { recursive: true });
    const digest = await writeBlob(
      dir,
      JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests: [] }),
    );
    await expect(new OciLayout(dir).readManifest(digest)).rejects.toThrow('is not an image manifest');
  });

  it('fails when the manifest blob is absent', async () => {
    await expect(new OciLayout(dir).readManifest(digestOf('absent'))).rejects.toThrow();
  });

  // Regression (fixed): src/oci/layout.ts:51 — a manifest blob that matches its digest but is not JSON (or is JSON `null`)
  // escapes as a raw SyntaxError/TypeError ("unexpected error ... bug in osimg") instead of the layout error.
  // Fix: wrap JSON.parse and the shape check in try/catch and throw
  // OsimgError(`${digest} in ${this.dir} is not an image manifest`).
  it.each(['not json at all', 'null'])('reports a non-manifest blob %j as an OsimgError', async (content) => {
    await mkdir(join(dir, 'blobs', 'sha256'), { recursive: true });
    const digest = await writeBlob(dir, content);
    const error = await new OciLayout(dir).readManifest(digest).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OsimgError);
  });

  it('reads blobs as streams', async () => {
    await mkdir(join(dir, 'blobs', 'sha256'), { recursive: true });
    const digest = await writeBlob(dir, 'stream me');
    const chunks: Buffer[] = [];
    for await (const chunk of new OciLayout(dir).openBlob(digest)) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('stream me');
  });
});

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [1, '1 B'],
    [1023, '1023 B'],
    [1024, '1.0 KiB'],
    [1536, '1.5 KiB'],
    [1024 * 1024, '1.0 MiB'],
    [5.5 * 1024 ** 3, '5.5 GiB'],
    [1024 ** 4, '1.0 TiB'],
    [2048 * 1024 ** 4, '2048.0 TiB'],
  ])('%i → %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
