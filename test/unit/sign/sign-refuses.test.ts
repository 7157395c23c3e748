/** `sign` signs only an image manifest or index: anything else a registry returns is refused, nothing pushed. */
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, OsimgError } from '../../../src/errors.js';
import { parseImageManifest } from '../../../src/oci/manifest.js';
import { parseReference } from '../../../src/oci/reference.js';
import { MEDIA_TYPES, RegistryClient } from '../../../src/oci/registry.js';
import { signImage } from '../../../src/sign/signatures.js';
import { FakeRegistry, digestOf } from '../oci/fake-registry.js';

const D = `sha256:${'a'.repeat(64)}`;
const keys = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const image = (
  layers: unknown = [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: D, size: 3 }],
) =>
  JSON.stringify({
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociManifest,
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: D, size: 2 },
    layers,
  });

async function attempt(body: string, mediaType: string = MEDIA_TYPES.ociManifest) {
  const fake = new FakeRegistry();
  const client = new RegistryClient({ registry: 'fake.test', send: fake.send });
  fake.seedManifest('org/app', mediaType, Buffer.from(body), 'v1');
  const before = fake.requests.length;
  const result = signImage(client, parseReference('fake.test/org/app:v1'), keys);
  await result.catch(() => undefined);
  const writes = fake.requests
    .slice(before)
    .filter((request) => request.method !== 'GET' && request.method !== 'HEAD');
  return { result, writes };
}

describe('sign refuses what is not an image manifest or index', () => {
  it.each<[string, string, string | undefined, typeof OsimgError, RegExp]>([
    ['not JSON', '{"schemaVersion": 2,', undefined, OsimgError, /is not JSON/],
    ['a JSON array', '[1, 2]', undefined, OsimgError, /not a JSON object/],
    [
      'no schemaVersion',
      JSON.stringify({ mediaType: MEDIA_TYPES.ociManifest }),
      undefined,
      OsimgError,
      /schemaVersion/,
    ],
    ['layers that are not a list', image({}), undefined, OsimgError, /"layers" is not a list/],
    [
      'a layer without a digest',
      image([{ mediaType: 'x', size: 1 }]),
      undefined,
      OsimgError,
      /layers\[0\] has no valid digest/,
    ],
    [
      'a config with a negative size',
      image().replace('"size":2', '"size":-2'),
      undefined,
      OsimgError,
      /config has no valid size/,
    ],
    [
      'an index entry that is a string',
      JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests: ['x'] }),
      MEDIA_TYPES.ociIndex,
      OsimgError,
      /manifests\[0\] is not a descriptor/,
    ],
    ['a body that contradicts its content type', image(), MEDIA_TYPES.ociIndex, OsimgError, /says it is/],
    [
      'a signature artifact',
      image().replace(
        'application/vnd.oci.image.config.v1+json',
        'application/vnd.dev.cosign.artifact.sig.v1+json',
      ),
      undefined,
      ConfigurationError,
      /is not an image but an artifact/,
    ],
    [
      'an unknown media type',
      JSON.stringify({ schemaVersion: 2, mediaType: 'text/plain' }),
      'text/plain',
      ConfigurationError,
      /is not an image/,
    ],
  ])('%s: one sentence, nothing pushed', async (_name, body, mediaType, errorClass, message) => {
    const { result, writes } = await attempt(body, mediaType);
    await expect(result).rejects.toBeInstanceOf(errorClass);
    await expect(result).rejects.toThrow(message);
    expect(writes).toEqual([]);
  });

  it('goes on to push for a valid image (so the checks above would see a push)', async () => {
    const { writes } = await attempt(image());
    expect(writes.length).toBeGreaterThan(0);
  });

  it('accepts an image manifest and an index', () => {
    const manifest = {
      mediaType: MEDIA_TYPES.ociManifest,
      digest: digestOf(image()),
      bytes: Buffer.from(image()),
    };
    expect(parseImageManifest(manifest, 'x').kind).toBe('manifest');
    const index = JSON.stringify({
      schemaVersion: 2,
      manifests: [{ mediaType: MEDIA_TYPES.ociManifest, digest: D, size: 5 }],
    });
    expect(parseImageManifest({ mediaType: '', digest: D, bytes: Buffer.from(index) }, 'x')).toMatchObject({
      kind: 'index',
      mediaType: MEDIA_TYPES.ociIndex,
    });
  });
});
