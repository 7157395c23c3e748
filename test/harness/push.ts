/** Pushes a local buildah image to a test registry (plain HTTP on loopback). */
import { Buildah } from '../../src/tools/buildah.js';
import { exec } from '../../src/tools/exec.js';
import type { TestStorage } from './storage.js';

export async function pushImage(storage: TestStorage, image: string, destination: string): Promise<void> {
  await exec('buildah', [
    ...Buildah.globalArgs(storage),
    'push',
    '--quiet',
    '--tls-verify=false',
    image,
    `docker://${destination}`,
  ]);
}
