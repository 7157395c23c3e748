/**
 * One fuzz target per parser osimg runs on input it did not write: each takes generated input and must
 * return, or throw one of osimg's own errors (OsimgError, ConfigurationError) — anything else (a
 * TypeError, RangeError, a library's SyntaxError) is unsafe, and so is an input that takes over a second.
 * `npm run fuzz` runs them at volume; test/unit/fuzz-sample.test.ts runs a small seeded sample of each.
 */
import { createPrivateKey, generateKeyPairSync, randomBytes, scryptSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import nacl from 'tweetnacl';
import { entryOptions, pickEntry } from '../src/boot/boot-entry.js';
import { parseFactsLine } from '../src/boot/facts.js';
import { readGpt } from '../src/boot/gpt.js';
import { parsePatterns } from '../src/boot/patterns.js';
import { parseModulesDep } from '../src/disk/initrd-modules.js';
import { matchesGlob } from '../src/glob.js';
import { lint, RULE_IDS } from '../src/lint/engine.js';
import { parseShell } from '../src/lint/shell.js';
import { parseChallenge } from '../src/oci/auth.js';
import { parseImageManifest } from '../src/oci/manifest.js';
import { parseReference } from '../src/oci/reference.js';
import { MEDIA_TYPES } from '../src/oci/registry.js';
import { loadPolicy } from '../src/policy/load.js';
import { DEFAULT_POLICY } from '../src/policy/types.js';
import { parseIndex } from '../src/rebuild/index-file.js';
import { parseApkInstalled } from '../src/sbom/apk.js';
import { parseDpkgStatus } from '../src/sbom/dpkg.js';
import { parseOsRelease } from '../src/sbom/os-release.js';
import { parseIgnores } from '../src/scan/ignores.js';
import { parseTrivyReport } from '../src/scan/report.js';
import { parseEnvelope } from '../src/sign/dsse.js';
import { openPrivateKey, openPublicKey, publicKeyPem } from '../src/sign/keys.js';
import { parseSimpleSigning, simpleSigningPayload } from '../src/sign/simple-signing.js';
import { parseKeyValues } from '../src/values.js';
import { binaryInputs, textInputs } from './mutate.js';

export interface FuzzTarget {
  name: string;
  /** Generated inputs (text or bytes). */
  input: fc.Arbitrary<unknown>;
  /** Parses one input; returns or throws. */
  run: (input: unknown) => unknown;
}

const root = new URL('..', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const TODAY = '2026-12-03';
const D = `sha256:${'ab'.repeat(32)}`;

function target<T>(name: string, input: fc.Arbitrary<T>, run: (input: T) => unknown): FuzzTarget {
  return { name, input, run: run as (input: unknown) => unknown };
}

const containerfiles = [
  read('test/fixtures/lint/debian-bootable/Containerfile'),
  read('test/fixtures/lint/fedora-bootc/Containerfile'),
  read('test/fixtures/lint/multistage-app/Containerfile'),
  read('examples/debian-bootable-app/Containerfile'),
];
const policies = [read('examples/ops-policy/osimg-policy.yml'), read('test/fixtures/lint/policy.yml')];
const exampleKinds = loadPolicy(policies[0]!, 'osimg-policy.yml', { knownRules: RULE_IDS });

/** A cosign-format key sealed with a cheap scrypt cost, so thousands of mutants can be opened. */
function cheapSealedKey(passphrase: string): string {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const params = { N: 1024, r: 8, p: 1 };
  const salt = randomBytes(32);
  const nonce = randomBytes(24);
  const key = scryptSync(passphrase, salt, 32, params);
  const der = privateKey.export({ format: 'der', type: 'pkcs8' });
  const envelope = {
    kdf: { name: 'scrypt', params, salt: salt.toString('base64') },
    cipher: { name: 'nacl/secretbox', nonce: nonce.toString('base64') },
    ciphertext: Buffer.from(
      nacl.secretbox(new Uint8Array(der), new Uint8Array(nonce), new Uint8Array(key)),
    ).toString('base64'),
  };
  const body = Buffer.from(JSON.stringify(envelope))
    .toString('base64')
    .replace(/(.{64})/g, '$1\n');
  return `-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n${body}\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n`;
}

const plainKey = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey;
const keys = [
  cheapSealedKey('x'),
  plainKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
  plainKey.export({ format: 'pem', type: 'sec1' }).toString(),
];
const publicKeys = [publicKeyPem(createPrivateKey(keys[1]!))];

const imageManifest = JSON.stringify({
  schemaVersion: 2,
  mediaType: MEDIA_TYPES.ociManifest,
  config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: D, size: 1469 },
  layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: D, size: 3208 }],
});
const imageIndex = JSON.stringify({
  schemaVersion: 2,
  mediaType: MEDIA_TYPES.ociIndex,
  manifests: [
    {
      mediaType: MEDIA_TYPES.ociManifest,
      digest: D,
      size: 529,
      platform: { os: 'linux', architecture: 'amd64' },
    },
  ],
});
const dockerManifest = imageManifest
  .replace(MEDIA_TYPES.ociManifest, MEDIA_TYPES.dockerManifest)
  .replace('application/vnd.oci.image.config.v1+json', 'application/vnd.docker.container.image.v1+json');

const gpt = gunzipSync(readFileSync(new URL('test/fixtures/boot/gpt-head.bin.gz', root)));
const dpkgStatus = read('test/fixtures/sbom/debian/var/lib/dpkg/status')
  .split('\n\n')
  .slice(0, 4)
  .join('\n\n');

export const TARGETS: readonly FuzzTarget[] = [
  target('Containerfile (lint)', textInputs(containerfiles), (text) =>
    lint([{ path: 'Containerfile', content: text }], { policy: exampleKinds, kind: 'auto', today: TODAY }),
  ),
  target('compose manifest (lint)', textInputs([read('test/fixtures/lint/deploy/compose.yml')]), (text) =>
    lint([{ path: 'compose.yml', content: text }], { policy: DEFAULT_POLICY, kind: 'auto', today: TODAY }),
  ),
  target('k8s manifest (lint)', textInputs([read('test/fixtures/lint/deploy/k8s.yml')]), (text) =>
    lint([{ path: 'k8s.yml', content: text }], { policy: DEFAULT_POLICY, kind: 'auto', today: TODAY }),
  ),
  target('policy', textInputs(policies), (text) =>
    loadPolicy(text, 'osimg-policy.yml', { knownRules: RULE_IDS }),
  ),
  target(
    'trivy JSON report',
    textInputs([read('test/fixtures/trivy/dockerfile.json'), read('test/fixtures/trivy/debian-buster.json')]),
    (text) => parseTrivyReport(text, 'trivy.json'),
  ),
  target('scan ignores', textInputs([read('test/fixtures/scan/ignores.yaml')]), (text) =>
    parseIgnores(text, '.osimg-ignores.yml'),
  ),
  target('private key', textInputs(keys), (text) => openPrivateKey(text, 'x', 'k.pem')),
  target('public key', textInputs(publicKeys), (text) => openPublicKey(text, 'k.pub')),
  target('OCI manifest / index', textInputs([imageManifest, imageIndex, dockerManifest]), (text) =>
    parseImageManifest({ mediaType: '', digest: D, bytes: Buffer.from(text) }, 'registry.test/app:1'),
  ),
  target('GPT (disk head)', binaryInputs([gpt]), (bytes) => readGpt(bytes)),
  target(
    'ESP boot entries (loader.conf, entry)',
    fc.tuple(
      textInputs(['default osimg-*.conf\ntimeout 0\n', 'default osimg\n']),
      textInputs(['title osimg\nlinux /vmlinuz\ninitrd /initrd.img\noptions root=LABEL=root ro quiet\n']),
    ),
    ([conf, entry]) => [pickEntry(['osimg-1.conf', 'osimg-2.conf', 'other.conf'], conf), entryOptions(entry)],
  ),
  target(
    'image reference',
    textInputs(['debian:12', `quay.io/fedora/fedora-bootc:42@${D}`, '127.0.0.1:5000/a/b']),
    (text) => parseReference(text),
  ),
  target(
    'policy glob',
    fc.tuple(textInputs(['a/b/c.yml', 'quay.io/x/y']), textInputs(['**/*.yml', 'quay.io/*/{x,y}', 'a?c'])),
    ([text, glob]) => matchesGlob(text, glob),
  ),
  target(
    'shell (RUN lines)',
    textInputs(['apt-get update && apt-get install -y a b | tee x; curl -fsSL u | sh']),
    (text) => parseShell(text),
  ),
  target(
    'registry auth challenge',
    textInputs([
      'Bearer realm="https://auth.test/token",service="r",scope="repository:a:pull"',
      'Basic realm="x"',
    ]),
    (text) => parseChallenge(text),
  ),
  target('key=value lists', textInputs(['a=b\nc=d e\n', 'org.opencontainers.image.vendor=ops']), (text) =>
    parseKeyValues(text, '--annotation'),
  ),
  target(
    'simple signing payload',
    textInputs([simpleSigningPayload('r.test/app', D, { a: 'b' }).toString()]),
    (text) => parseSimpleSigning(Buffer.from(text)),
  ),
  target(
    'DSSE envelope',
    textInputs([
      JSON.stringify({
        payloadType: 'application/vnd.in-toto+json',
        payload: 'e30=',
        signatures: [{ keyid: '', sig: 'AAAA' }],
      }),
    ]),
    (text) => parseEnvelope(Buffer.from(text)),
  ),
  target(
    'dependents index (rebuild)',
    textInputs([
      JSON.stringify({
        image: `ghcr.io/org/app@${D}`,
        base: { name: 'quay.io/fedora/fedora-bootc:42', digest: D },
        pipeline: { repository: 'org/app', workflow: 'image.yml', ref: 'main', event: 'workflow_dispatch' },
        builtAt: '2026-11-20T10:00:00Z',
      }),
    ]),
    (text) => parseIndex(text, 'index.json'),
  ),
  target('dpkg status (SBOM)', textInputs([dpkgStatus]), (text) => parseDpkgStatus(text)),
  target(
    'apk installed (SBOM)',
    textInputs([read('test/fixtures/sbom/alpine/lib/apk/db/installed').slice(0, 3000)]),
    (text) => parseApkInstalled(text),
  ),
  target('os-release (SBOM)', textInputs([read('test/fixtures/sbom/distroless/etc/os-release')]), (text) =>
    parseOsRelease(text),
  ),
  target(
    'console patterns (boot-test)',
    textInputs(['within=90 osimg-example: ready\n\n# note\nlogin:']),
    (text) => parsePatterns(text, 'input "expect"'),
  ),
  target(
    'guest facts line (boot-test)',
    textInputs([read('test/fixtures/boot/facts-line.txt').trim()]),
    (text) => parseFactsLine(text),
  ),
  target(
    'modules.dep (initrd)',
    textInputs(['kernel/a.ko: kernel/b.ko kernel/c.ko\nkernel/b.ko:\nkernel/c.ko: kernel/b.ko\n']),
    (text) => parseModulesDep(text),
  ),
];
