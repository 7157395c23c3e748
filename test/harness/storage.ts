/**
 * A private buildah storage for one test file (its own --root/--runroot), so tests never touch a user's
 * images, and everything is removed afterwards (mounts first, then files).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exec } from '../../src/tools/exec.js';
import { Buildah, type StorageOptions } from '../../src/tools/buildah.js';

export interface TestStorage extends Required<Pick<StorageOptions, 'root' | 'runroot' | 'driver'>> {
  dir: string;
  buildah: Buildah;
  /** CLI flags selecting this storage. */
  cliArgs: string[];
  /** A containers storage.conf selecting this storage (for CONTAINERS_STORAGE_CONF). */
  writeStorageConf(): Promise<string>;
  cleanup(): Promise<void>;
}

let probedDriver: Promise<string> | undefined;

/** overlay when this kernel allows it (faster), else vfs; OSIMG_TEST_STORAGE_DRIVER overrides. */
export function testStorageDriver(): Promise<string> {
  const forced = process.env.OSIMG_TEST_STORAGE_DRIVER;
  if (forced) return Promise.resolve(forced);
  probedDriver ??= (async () => {
    const storage = await createStorageWith('overlay');
    try {
      const id = (await exec('buildah', [...Buildah.globalArgs(storage), 'from', 'scratch'])).stdout.trim();
      await exec('buildah', [...Buildah.globalArgs(storage), 'mount', id]);
      return 'overlay';
    } catch {
      return 'vfs';
    } finally {
      await removeStorage(storage);
    }
  })();
  return probedDriver;
}

async function createStorageWith(driver: string): Promise<StorageOptions & { dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'osimg-storage-'));
  return { dir, root: join(dir, 'root'), runroot: join(dir, 'run'), driver };
}

async function removeStorage(storage: StorageOptions & { dir: string }): Promise<void> {
  await exec('buildah', [...Buildah.globalArgs(storage), 'rm', '--all']).catch(() => undefined);
  await exec('buildah', [...Buildah.globalArgs(storage), 'rmi', '--all', '--force']).catch(() => undefined);
  // Overlay layers can stay mounted; unmount whatever lives under this storage before deleting it.
  const mounts = (await readFile('/proc/mounts', 'utf8'))
    .split('\n')
    .map((line) => line.split(' ')[1] ?? '')
    .filter((target) => target.startsWith(storage.dir))
    .sort((a, b) => b.length - a.length);
  for (const target of mounts) await exec('umount', ['-l', target]).catch(() => undefined);
  await rm(storage.dir, { recursive: true, force: true });
}

export async function createTestStorage(): Promise<TestStorage> {
  const storage = await createStorageWith(await testStorageDriver());
  const options = { root: storage.root!, runroot: storage.runroot!, driver: storage.driver! };
  return {
    ...options,
    dir: storage.dir,
    buildah: new Buildah(options),
    cliArgs: [`--root=${options.root}`, `--runroot=${options.runroot}`, `--storage-driver=${options.driver}`],
    async writeStorageConf() {
      const path = join(storage.dir, 'storage.conf');
      await writeFile(
        path,
        `[storage]\ndriver = "${options.driver}"\ngraphroot = "${options.root}"\nrunroot = "${options.runroot}"\n`,
      );
      return path;
    },
    cleanup: () => removeStorage(storage),
  };
}
