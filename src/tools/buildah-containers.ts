/**
 * buildah working containers: `from`, `mount`, `rm` — how the disk builder reads an image's root filesystem
 * straight out of local storage (no copy). Kept beside buildah.ts so the build action's class stays small.
 */
import { Buildah } from './buildah.js';

export class BuildahContainers extends Buildah {
  /** Never pulls: the caller has resolved the image already. */
  static fromArgs(image: string): string[] {
    return ['from', '--pull=never', '--quiet', image];
  }

  static mountArgs(container: string): string[] {
    return ['mount', container];
  }

  static removeArgs(container: string): string[] {
    return ['rm', container];
  }

  /** Pulls any containers-transport reference (oci-archive:, oci:, docker://) and returns the image ID. */
  async pullImage(ref: string, options: { tlsVerify?: boolean } = {}): Promise<string> {
    const result = await this.run([...Buildah.globalArgs(this.storage), ...Buildah.pullArgs(ref, options)]);
    return result.stdout.trim().split('\n').at(-1) ?? '';
  }

  async from(image: string): Promise<string> {
    const result = await this.run([
      ...Buildah.globalArgs(this.storage),
      ...BuildahContainers.fromArgs(image),
    ]);
    return result.stdout.trim();
  }

  async mount(container: string): Promise<string> {
    const result = await this.run([
      ...Buildah.globalArgs(this.storage),
      ...BuildahContainers.mountArgs(container),
    ]);
    return result.stdout.trim();
  }

  async remove(container: string): Promise<void> {
    await this.run([...Buildah.globalArgs(this.storage), ...BuildahContainers.removeArgs(container)]);
  }
}
