/**
 * Interop: the pass counts of the interop matrix (the real cosign 2 and 3, skopeo and podman, both
 * directions; test/integration/interop-*.test.ts run here, their outcomes collected through
 * OSIMG_INTEROP_RESULTS), and `osimg verify` against `cosign verify` of the same signed image on the same
 * local registry, side by side.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InteropResults } from '../scripts/interop-table.js';
import { parseReference } from '../src/oci/reference.js';
import { RegistryClient } from '../src/oci/registry.js';
import { generateKeyPair, openPrivateKey, openPublicKey } from '../src/sign/keys.js';
import { signImage } from '../src/sign/signatures.js';
import { exec } from '../src/tools/exec.js';
import { importTinyBase } from '../test/harness/bases.js';
import { pushImage } from '../test/harness/push.js';
import { realTools } from '../test/harness/real-tools.js';
import { startRegistry } from '../test/harness/registry.js';
import { createTestStorage } from '../test/harness/storage.js';
import { comparison, sideBySide, timeCommand, type Row } from './lib.js';

const RUNS = 7;

async function matrixRows(work: string): Promise<Row[]> {
  const results = join(work, 'interop-results.json');
  // The suite's own failures show in the counts; the run's exit code is not the measure.
  await exec(
    'npx',
    [
      'vitest',
      'run',
      '--project',
      'integration',
      'test/integration/interop-cosign.test.ts',
      'test/integration/interop-containers.test.ts',
    ],
    { env: { OSIMG_INTEROP_RESULTS: results }, timeoutMs: 1_800_000 },
  ).catch(() => undefined);
  const found = JSON.parse(await readFile(results, 'utf8').catch(() => '{}')) as InteropResults;
  const cases = Object.values(found).flat();
  const byDirection = new Map<string, { passed: number; total: number }>();
  for (const entry of cases) {
    const label = `interop: osimg ${entry.direction === 'osimg to tool' ? '->' : '<-'} ${entry.tool}`;
    const count = byDirection.get(label) ?? { passed: 0, total: 0 };
    byDirection.set(label, { passed: count.passed + (entry.passed ? 1 : 0), total: count.total + 1 });
  }
  const row = (measure: string, passed: number, total: number): Row => ({
    measure,
    osimg: `${passed}/${total} passed`,
    baseline: '-',
    ratio: '-',
    target: 'all pass',
    verdict: total > 0 && passed === total ? 'ok' : 'MISSED',
  });
  const passed = cases.filter((entry) => entry.passed).length;
  return [
    row('interop matrix (all cases)', passed, cases.length),
    ...[...byDirection.entries()].sort().map(([label, count]) => row(label, count.passed, count.total)),
  ];
}

async function verifyRows(work: string): Promise<Row[]> {
  const tools = realTools();
  const registry = await startRegistry();
  const storage = await createTestStorage();
  try {
    const image = await importTinyBase(storage);
    const address = `${registry.address}/bench/verify`;
    await pushImage(storage, image, `${address}:1`);
    const client = new RegistryClient({ registry: registry.address });
    const digest = (await client.getManifest('bench/verify', '1')).digest;
    const pair = await generateKeyPair('bench');
    await writeFile(join(work, 'osimg.pub'), pair.publicPem);
    await writeFile(
      join(work, 'empty-root.json'),
      JSON.stringify({ mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1' }),
    );
    const keys = {
      privateKey: await openPrivateKey(pair.privatePem, 'bench'),
      publicKey: openPublicKey(pair.publicPem),
    };
    await signImage(client, parseReference(`${address}@${digest}`), keys);
    const ref = `${address}@${digest}`;
    // The committed bundle (code-split: verify lives in a chunk), as users run it; else the source.
    const bundled = existsSync('dist/cli/index.js');
    const cli = bundled ? ['dist/cli/index.js'] : ['--import', 'tsx', 'src/cli/index.ts'];
    console.error(`bench: interop: osimg from ${bundled ? 'dist/cli' : 'src through tsx'}`);
    const env = { ...process.env, HOME: work, TUF_ROOT: join(work, 'tuf') };
    const osimg = () =>
      timeCommand('node', [...cli, 'verify', ref, '--key', join(work, 'osimg.pub'), '--tls-verify=false'], {
        env,
      });
    const cosign = (major: 2 | 3) => () =>
      timeCommand(
        tools.cosign[major].path,
        [
          'verify',
          '--key',
          join(work, 'osimg.pub'),
          '--insecure-ignore-tlog',
          ...(major === 3 ? ['--trusted-root', join(work, 'empty-root.json')] : []),
          ref,
        ],
        { env },
      );
    const rows: Row[] = [];
    for (const major of [2, 3] as const) {
      const [osimgMs, cosignMs] = await sideBySide(RUNS, osimg, cosign(major));
      rows.push(
        comparison(
          `osimg verify vs cosign ${major} verify (key, same image, both layouts signed)`,
          osimgMs,
          { label: `cosign ${major}`, ms: cosignMs },
          { ratio: 1.5 },
        ),
      );
    }
    return rows;
  } finally {
    await registry.stop();
    await storage.cleanup();
  }
}

export async function interopBench(): Promise<Row[]> {
  const work = await mkdtemp(join(tmpdir(), 'osimg-bench-interop-'));
  try {
    return [...(await verifyRows(work)), ...(await matrixRows(work))];
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
