/** Checks, once per integration run, that the real tools are here; a missing one fails with how to get it. */
import { exec } from '../../src/tools/exec.js';

const REQUIRED = [
  'buildah',
  'skopeo',
  'docker-registry',
  'htpasswd',
  'mmdebstrap',
  'tar',
  'sfdisk',
  'mcopy',
  'mkfs.erofs',
  'qemu-img',
  'qemu-system-x86_64',
];

export default async function setup(): Promise<void> {
  const missing: string[] = [];
  for (const tool of REQUIRED) {
    await exec('which', [tool]).catch(() => missing.push(tool));
  }
  if (missing.length > 0) {
    throw new Error(
      `integration tests need ${missing.join(', ')}: run .ci/install-deps (apt packages) first`,
    );
  }
}
