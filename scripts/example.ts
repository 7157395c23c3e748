/**
 * Builds examples/debian-bootable-app end to end with the osimg CLI bundle: makes the Debian base locally
 * (mmdebstrap, cached), starts a registry on 127.0.0.1, builds, pushes by digest, writes an OCI archive,
 * and reads the result back with skopeo.
 */
import { spawnSync } from 'node:child_process';
import { importDebianBase } from '../test/harness/bases.js';
import { startRegistry } from '../test/harness/registry.js';

const archive = '.osimg/example/debian-bootable-app.oci.tar';

console.log(
  '==> Base image: Debian bookworm with systemd and a kernel (mmdebstrap, cached in ~/.cache/osimg-test)',
);
const started = Date.now();
await importDebianBase({});
console.log(`    ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);

const registry = await startRegistry();
try {
  const image = `${registry.address}/osimg/debian-bootable-app`;
  console.log(`==> osimg build → ${image} (a registry on loopback, started for this run)`);
  const build = spawnSync(
    'node',
    [
      'dist/cli/index.js',
      'build',
      'examples/debian-bootable-app',
      '--image',
      image,
      '--tag',
      'latest',
      '--push',
      '--oci-archive',
      archive,
    ],
    { stdio: 'inherit' },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
  console.log('==> Read back with skopeo');
  const inspect = spawnSync('skopeo', ['inspect', '--tls-verify=false', `docker://${image}:latest`], {
    encoding: 'utf8',
  });
  if (inspect.status !== 0) {
    console.error(inspect.stderr);
    process.exit(1);
  }
  const { Digest, Labels } = JSON.parse(inspect.stdout) as { Digest: string; Labels: Record<string, string> };
  console.log(`    ${image}:latest → ${Digest}`);
  console.log(
    `    base ${Labels['org.opencontainers.image.base.name']}@${Labels['org.opencontainers.image.base.digest']}`,
  );
  console.log(`    archive ${archive}`);
} finally {
  await registry.stop();
}
