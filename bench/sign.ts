/**
 * Sign benchmarks (issue 4): sign + store both formats + SLSA provenance + an SPDX SBOM for the example
 * OS image (examples/debian-bootable-app on the cached Debian base) in the local registry, keyless against
 * the mock Sigstore (Fulcio, Rekor, TSA on loopback HTTP, FAKE GitHub OIDC) and with a key, side by side.
 * Target: <= 2 s excluding the SBOM extraction, which is reported on its own row against a plain
 * `skopeo copy` of the same image (the transfer floor under any reading of its files; skopeo checks the
 * digests but does not decompress), against gunzip of the same layers (its floor), and with its layers
 * read one at a time against two at once.
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { MemoryLogger } from '../src/log.js';
import { parseReference } from '../src/oci/reference.js';
import { RegistryClient } from '../src/oci/registry.js';
import { imageLayers } from '../src/oci/image-layers.js';
import { imageSbom } from '../src/sign/image-sbom.js';
import { keySigner, sigstoreSigner } from '../src/sign/image-signer.js';
import { KeylessSigner } from '../src/sign/keyless.js';
import { generateKeyPair, openPrivateKey, openPublicKey } from '../src/sign/keys.js';
import { tokenSource } from '../src/sign/oidc.js';
import { signAndAttest, type SignAndAttestResult } from '../src/sign/sign-and-attest.js';
import { Buildah } from '../src/tools/buildah.js';
import { exec } from '../src/tools/exec.js';
import { buildExample } from '../test/integration/disk-example.js';
import { startFakeGithubOidc } from '../test/harness/fake-github-oidc.js';
import { startRegistry } from '../test/harness/registry.js';
import { startMockSigstore } from '../test/harness/sigstore.js';
import { createTestStorage } from '../test/harness/storage.js';
import { comparison, median, ms, sideBySide, timeCommand, type Row } from './lib.js';

const RUNS = 3;
/**
 * The SBOM extraction must inflate every layer, which skopeo copy never does: its floor is gunzip of the
 * layers, and it should stay within 30% of it (download, digest and tar reading overlap with inflating).
 */
const SBOM_TARGET_RATIO = 1.3;

export async function signBench(): Promise<Row[]> {
  const storage = await createTestStorage();
  const registry = await startRegistry();
  const oidc = await startFakeGithubOidc();
  const sigstore = await startMockSigstore(oidc);
  const scratch = await mkdtemp(join(tmpdir(), 'osimg-bench-sign-'));
  try {
    const image = await buildExample(storage, scratch);
    const push = async (repository: string) => {
      await exec('buildah', [
        ...Buildah.globalArgs(storage),
        'push',
        '--quiet',
        '--tls-verify=false',
        image,
        `docker://${registry.address}/${repository}:1`,
      ]);
      return parseReference(`${registry.address}/${repository}:1`);
    };
    const keylessRef = await push('bench/keyless');
    const keyRef = await push('bench/key');
    const client = new RegistryClient({ registry: registry.address });
    const pair = await generateKeyPair('bench');
    const keys = {
      privateKey: await openPrivateKey(pair.privatePem, 'bench'),
      publicKey: openPublicKey(pair.publicPem),
    };
    const options = {
      formats: ['legacy', 'bundle'] as const,
      annotations: {},
      attest: ['provenance', 'spdx'] as const,
      run: undefined,
      fallbackBuilderId: 'https://github.com/org/osimg/bench',
      sbom: { log: new MemoryLogger(), tempDir: scratch },
    };

    const keyless: SignAndAttestResult[] = [];
    const keyed: SignAndAttestResult[] = [];
    const copies: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // Keyless: every run adds a new certificate, Rekor entries and signatures (nothing is skipped).
      const signer = sigstoreSigner(
        new KeylessSigner(
          { fulcioUrl: sigstore.fulcioUrl, rekorUrl: sigstore.rekorUrl, tsaUrl: sigstore.tsaUrl },
          tokenSource(oidc.env),
        ),
      );
      keyless.push(
        await signAndAttest(client, keylessRef, signer, {
          ...options,
          formats: [...options.formats],
          attest: [...options.attest],
        }),
      );
      // A key: a new annotation each run, so the signature is new too (a re-sign would write nothing).
      keyed.push(
        await signAndAttest(client, keyRef, keySigner(keys), {
          ...options,
          formats: [...options.formats],
          attest: [...options.attest],
          annotations: { run: String(i) },
        }),
      );
      const target = join(scratch, `copy-${i}`);
      copies.push(
        await timeCommand('skopeo', [
          'copy',
          '--quiet',
          '--src-tls-verify=false',
          `docker://${registry.address}/bench/key:1`,
          `dir:${target}`,
        ]),
      );
      if (i > 0) await rm(target, { recursive: true, force: true });
    }
    const signed = {
      repository: keyRef.repository,
      name: `${registry.address}/bench/key`,
      created: new Date(0).toISOString(),
    };
    const digest = keyed[0]!.digest;
    const { layers } = await imageLayers(client, signed.repository, digest, {
      os: 'linux',
      architecture: 'amd64',
    });
    // The floor under any reading of gzip layers: inflating them, here from skopeo's copy on local disk.
    const copied = join(scratch, 'copy-0');
    const inflate = async () => {
      const started = process.hrtime.bigint();
      for (const layer of layers) {
        const file = join(copied, layer.digest.replace(/^sha256:/, ''));
        await pipeline(createReadStream(file), createGunzip({ chunkSize: 128 * 1024 }), async (source) => {
          for await (const _chunk of source as AsyncIterable<Buffer>);
        });
      }
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    const extract = async (concurrency: number) => {
      const started = process.hrtime.bigint();
      await imageSbom(
        client,
        { ...signed, digest },
        { log: new MemoryLogger(), tempDir: scratch, concurrency },
      );
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    const [together, oneByOne] = await sideBySide(
      RUNS,
      () => extract(2),
      () => extract(1),
    );
    const [extracted, inflated] = await sideBySide(RUNS, () => extract(2), inflate);
    const packages = keyless[0]?.sbom?.packages ?? 0;
    const signMs = median(keyless.map((result) => result.timings.signMs));
    const keyMs = median(keyed.map((result) => result.timings.signMs));
    const sbomMs = median([...keyless, ...keyed].map((result) => result.timings.sbomMs));
    return [
      comparison(
        'sign: keyless (mock Fulcio/Rekor/TSA) both formats + provenance + SPDX attestations, excl. SBOM extraction',
        signMs,
        { label: 'with a key', ms: keyMs },
        { ms: 2000 },
      ),
      {
        ...comparison(
          `sign: SBOM extraction of the example image (${packages} packages; layer blobs streamed by digest, tar read)`,
          sbomMs,
          { label: 'skopeo copy', ms: median(copies) },
          { ratio: Infinity },
        ),
        target: '-',
        verdict: 'info',
      },
      comparison(
        'sign: SBOM extraction against gunzip of the same layers from local disk (the floor)',
        extracted,
        { label: 'gunzip', ms: inflated },
        { ratio: SBOM_TARGET_RATIO },
      ),
      {
        ...comparison(
          `sign: SBOM extraction, ${layers.length} layers fetched 2 at once (applied in order)`,
          together,
          { label: 'one at a time', ms: oneByOne },
          { ratio: Infinity },
        ),
        target: '-',
        verdict: 'info',
      },
      {
        measure: 'sign: whole step, keyless, incl. SBOM extraction',
        osimg: ms(median(keyless.map((result) => result.timings.signMs + result.timings.sbomMs))),
        baseline: '-',
        ratio: '-',
        target: '-',
        verdict: 'info',
      },
    ];
  } finally {
    await sigstore.stop();
    await oidc.stop();
    await registry.stop();
    await storage.cleanup();
    await rm(scratch, { recursive: true, force: true });
  }
}
