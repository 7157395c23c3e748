/**
 * osbuild's disk builders for bootc (ostree) images, which need root, a privileged container and loop
 * devices — so they run on GitHub's ubuntu runners, not in osimg's own rootless builder:
 * - `image-builder build --bootc-ref REF TYPE` (osbuild/image-builder-cli), run with sudo;
 * - the bootc-image-builder container through `sudo podman run --privileged`.
 * Registry credentials reach them only through an auth file (mounted read-only), never argv.
 */
import type { Exec } from './exec.js';
import { Tool, extractSemver } from './tool.js';

export const BOOTC_IMAGE_TYPES = ['qcow2', 'raw', 'ami', 'vmdk', 'anaconda-iso', 'vhd'] as const;
export type BootcImageType = (typeof BOOTC_IMAGE_TYPES)[number];

export const BOOTC_IMAGE_BUILDER = 'quay.io/centos-bootc/bootc-image-builder:latest';

export interface BootcBuild {
  /** The bootc image, e.g. quay.io/fedora/fedora-bootc:41 (must be in root's containers storage). */
  ref: string;
  types: readonly BootcImageType[];
  outputDir: string;
  /** config.toml (users, kernel arguments, filesystem sizes): see bootcConfigToml. */
  config?: string;
  /** Root filesystem type when the image does not set one (ext4, xfs, btrfs). */
  rootfs?: string;
  /** Registry auth file (podman login format), mounted read-only. */
  authfile?: string;
  tlsVerify?: boolean;
}

/** `image-builder build`: one image type per run. */
export class ImageBuilder extends Tool {
  protected readonly installHint =
    'install image-builder (Fedora: dnf install image-builder; elsewhere use backend image-builder through podman, see disk/README.md)';

  constructor(exec?: Exec) {
    super('image-builder', exec);
  }

  protected parseVersion(output: string): string {
    return extractSemver(output, 'image-builder');
  }

  static buildArgs(build: BootcBuild, type: BootcImageType): string[] {
    const args = ['build', `--bootc-ref=${build.ref}`, `--output-dir=${build.outputDir}`];
    if (build.config) args.push(`--blueprint=${build.config}`);
    if (build.rootfs) args.push(`--bootc-default-fs=${build.rootfs}`);
    args.push(type);
    return args;
  }

  /** REGISTRY_AUTH_FILE is how containers/image finds credentials without argv. */
  static env(build: BootcBuild): Record<string, string> {
    return build.authfile ? { REGISTRY_AUTH_FILE: build.authfile } : {};
  }

  async build(build: BootcBuild, onLine?: (line: string) => void): Promise<void> {
    for (const type of build.types) {
      await this.run(ImageBuilder.buildArgs(build, type), {
        env: ImageBuilder.env(build),
        onStdoutLine: onLine,
        onStderrLine: onLine,
      });
    }
  }
}

/** bootc-image-builder through podman: privileged, unconfined, with root's container storage mounted. */
export class BootcImageBuilder extends Tool {
  protected readonly installHint = 'install podman (Debian/Ubuntu: apt-get install podman)';

  constructor(
    readonly builderImage: string = BOOTC_IMAGE_BUILDER,
    exec?: Exec,
  ) {
    super('podman', exec);
  }

  protected parseVersion(output: string): string {
    return extractSemver(output, 'podman');
  }

  static runArgs(build: BootcBuild, builderImage: string): string[] {
    const args = [
      'run',
      '--rm',
      '--privileged',
      '--pull=newer',
      // SELinux hosts: osbuild must label files itself; AppArmor hosts need nothing here.
      '--security-opt=label=type:unconfined_t',
      `--volume=${build.outputDir}:/output`,
      // bootc-image-builder reads the image from the host's (root's) storage.
      '--volume=/var/lib/containers/storage:/var/lib/containers/storage',
    ];
    if (build.config) args.push(`--volume=${build.config}:/config.toml:ro`);
    if (build.authfile) args.push(`--volume=${build.authfile}:/run/containers/0/auth.json:ro`);
    args.push(builderImage);
    for (const type of build.types) args.push(`--type=${type}`);
    if (build.rootfs) args.push(`--rootfs=${build.rootfs}`);
    if (build.tlsVerify === false) args.push('--tls-verify=false');
    args.push(build.ref);
    return args;
  }

  async build(build: BootcBuild, onLine?: (line: string) => void): Promise<void> {
    await this.run(BootcImageBuilder.runArgs(build, this.builderImage), {
      onStdoutLine: onLine,
      onStderrLine: onLine,
    });
  }
}
