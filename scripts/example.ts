/**
 * The README's quick start, after `scripts/setup.mjs`: `osimg pipeline examples/debian-bootable-app` with the
 * committed CLI bundle. On a machine that cannot download trivy (and has no pinned trivy on PATH or in
 * osimg's tool cache) the scan is skipped, and the log says so and why, instead of failing the run.
 */
import { spawnSync } from 'node:child_process';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { unreachable } from '../src/net.js';
import { DEFAULT_TRIVY_VERSION, trivyAsset } from '../src/scan/trivy-release.js';
import { directoryStore } from '../src/tools/install.js';
import { Trivy } from '../src/tools/trivy.js';

async function trivyUnavailable(): Promise<string | undefined> {
  if ((await new Trivy().version().catch(() => undefined)) === DEFAULT_TRIVY_VERSION) return undefined;
  const asset = trivyAsset(DEFAULT_TRIVY_VERSION, { platform: process.platform, arch: process.arch });
  const store = directoryStore(
    join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'osimg', 'tools'),
  );
  if (await store.find('trivy', asset.version, asset.arch)) return undefined;
  return unreachable(asset.url);
}

// The example's own checks: its service's console marker, its page on port 8080, its unit.
const checks = ['--expect', 'osimg-example: ready', '--http', '8080 / 200 Hello', '--unit', 'hello.service'];
const args = ['pipeline', 'examples/debian-bootable-app', ...checks, ...process.argv.slice(2)];
const offline = await trivyUnavailable();
if (offline && !args.includes('--skip')) {
  console.error(
    `example: trivy ${DEFAULT_TRIVY_VERSION} cannot be downloaded here (${offline}): running with --skip scan`,
  );
  args.push('--skip', 'scan');
}
console.error(`example: osimg ${args.join(' ')}`);
const result = spawnSync('node', ['dist/cli/index.js', ...args], { stdio: 'inherit' });
process.exit(result.status ?? 1);
