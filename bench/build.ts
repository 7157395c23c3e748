/**
 * Build benchmarks (issue: foundation): wrapper overhead of `osimg build` against the same `buildah build`
 * run directly, warm rebuild against cold build, and the cold start of every dist bundle.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Buildah } from '../src/tools/buildah.js';
import { exec } from '../src/tools/exec.js';
import { DEBIAN_BASE, importDebianBase } from '../test/harness/bases.js';
import { startRegistry } from '../test/harness/registry.js';
import { createTestStorage, type TestStorage } from '../test/harness/storage.js';
import { bareNodeMs, comparison, median, sideBySide, timeCommand, type Row } from './lib.js';

const EXAMPLE = 'examples/debian-bootable-app';
const EPOCH = '1700000000';

export async function buildBench(): Promise<Row[]> {
  const storage = await createTestStorage();
  const registry = await startRegistry();
  const scratch = await mkdtemp(join(tmpdir(), 'osimg-bench-'));
  try {
    await importDebianBase(storage);
    // The base in a registry, so a cold build can pull it the way a fresh CI runner does.
    const remoteBase = `${registry.address}/osimg/debian-base:bookworm`;
    await exec('buildah', [
      ...Buildah.globalArgs(storage),
      'push',
      '--quiet',
      '--tls-verify=false',
      DEBIAN_BASE.name,
      `docker://${remoteBase}`,
    ]);

    const env = { ...process.env, BUILDAH_ISOLATION: 'chroot' };
    const osimg =
      (store: TestStorage, tag: string, extra: string[] = []) =>
      () =>
        timeCommand(
          'node',
          [
            'dist/cli/index.js',
            'build',
            EXAMPLE,
            '--image',
            'localhost/bench/osimg',
            '--tag',
            tag,
            '--quiet',
            '--isolation=chroot',
            `--source-date-epoch=${EPOCH}`,
            ...store.cliArgs,
            ...extra,
          ],
          { env },
        );
    // The same invocation osimg makes, minus its labels: file, tag, layers, isolation, timestamp, pull policy.
    const buildah =
      (store: TestStorage, tag: string, extra: string[] = []) =>
      () =>
        timeCommand(
          'buildah',
          [
            ...Buildah.globalArgs(store),
            'build',
            `--file=${EXAMPLE}/Containerfile`,
            `--iidfile=${join(scratch, 'iid')}`,
            '--layers',
            `--tag=localhost/bench/buildah:${tag}`,
            '--isolation=chroot',
            `--timestamp=${EPOCH}`,
            '--pull=false',
            '--quiet',
            ...extra,
            EXAMPLE,
          ],
          { env },
        );
    /** A run in a storage of its own, made and removed outside the timing. */
    const fresh = (run: (store: TestStorage) => () => Promise<number>) => async () => {
      const store = await createTestStorage();
      try {
        return await run(store)();
      } finally {
        await store.cleanup();
      }
    };

    // Warm: prime both layer caches, then no-op rebuilds side by side.
    await osimg(storage, 'warm')();
    await buildah(storage, 'warm')();
    const [warmOsimg, warmBuildah] = await sideBySide(7, osimg(storage, 'warm'), buildah(storage, 'warm'));
    // Cold: empty storage, the base pulled from the registry, every step run.
    const pullBase = [`--build-arg=BASE=${remoteBase}`];
    const [coldOsimg, coldBuildah] = await sideBySide(
      5,
      fresh((store) => osimg(store, 'cold', pullBase)),
      fresh((store) => buildah(store, 'cold', [...pullBase, '--tls-verify=false'])),
    );

    const rows: Row[] = [
      comparison(
        'build, warm cache (no-op rebuild)',
        warmOsimg,
        { label: 'buildah', ms: warmBuildah },
        { ratio: 1.05 },
      ),
      comparison(
        'build, cold (empty storage, base pulled)',
        coldOsimg,
        { label: 'buildah', ms: coldBuildah },
        { ratio: 1.05 },
      ),
      comparison(
        'warm rebuild / cold build (osimg)',
        warmOsimg,
        { label: 'cold', ms: coldOsimg },
        { ratio: 0.1 },
      ),
    ];

    const nodeStart = await bareNodeMs();
    for (const bundle of (await readdir('dist')).sort()) {
      const args = bundle === 'cli' ? ['dist/cli/index.js', '--help'] : [`dist/${bundle}/index.js`];
      const times: number[] = [];
      for (let i = 0; i < 10; i++) {
        times.push(
          await timeCommand('node', args, { untilFirstOutput: true, env: { PATH: process.env.PATH } }),
        );
      }
      rows.push(
        comparison(
          `cold start to first output: dist/${bundle}`,
          median(times),
          { label: 'bare node', ms: nodeStart },
          { ms: 150 },
        ),
      );
    }
    return rows;
  } finally {
    await registry.stop();
    await storage.cleanup();
    await rm(scratch, { recursive: true, force: true });
  }
}
