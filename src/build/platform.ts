/**
 * Whether this host can build for a platform: natively, or through a registered binfmt_misc handler
 * (qemu-user-static), which is what buildah relies on for RUN steps of foreign architectures.
 */
import { ConfigurationError } from '../errors.js';

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

/** Node's process.arch → the OCI architecture names. */
const NODE_TO_OCI: Record<string, string> = {
  x64: 'amd64',
  arm64: 'arm64',
  arm: 'arm',
  ia32: '386',
  ppc64: 'ppc64le',
  s390x: 's390x',
  riscv64: 'riscv64',
};
/** OCI architecture → the binfmt_misc handler names qemu-user registers. */
const BINFMT: Record<string, string> = {
  amd64: 'x86_64',
  arm64: 'aarch64',
  arm: 'arm',
  '386': 'i386',
  ppc64le: 'ppc64le',
  s390x: 's390x',
  riscv64: 'riscv64',
};
const ALIASES: Record<string, string> = { x86_64: 'amd64', aarch64: 'arm64', armhf: 'arm', i386: '386' };

export function ociArchitecture(nodeArch: string): string {
  return NODE_TO_OCI[nodeArch] ?? nodeArch;
}

export function parsePlatform(text: string): Platform {
  const parts = text.trim().split('/');
  const [os, arch, variant] = parts;
  if (
    parts.length < 2 ||
    parts.length > 3 ||
    !os ||
    !arch ||
    parts.some((part) => !/^[a-z0-9_]+$/.test(part))
  ) {
    throw new ConfigurationError(
      `"${text}" is not a platform: use os/arch[/variant], e.g. linux/amd64 or linux/arm64`,
    );
  }
  return { os, architecture: ALIASES[arch] ?? arch, variant };
}

/**
 * Throws when the platform cannot be built here. `binfmtHandlers` are the names under
 * /proc/sys/fs/binfmt_misc (e.g. "qemu-aarch64").
 */
export function checkBuildable(
  platform: Platform,
  hostArchitecture: string,
  binfmtHandlers: readonly string[],
): void {
  if (platform.os !== 'linux') {
    throw new ConfigurationError(
      `cannot build for ${platform.os}: osimg builds Linux images only (use linux/<arch>)`,
    );
  }
  if (platform.architecture === hostArchitecture) return;
  const handler = BINFMT[platform.architecture];
  if (handler && binfmtHandlers.some((name) => name === `qemu-${handler}` || name.endsWith(`-${handler}`)))
    return;
  throw new ConfigurationError(
    `cannot build linux/${platform.architecture} on this ${hostArchitecture} host: no binfmt handler for ${handler ?? platform.architecture} is registered; install qemu-user-static (binfmt) or use a runner of that architecture`,
  );
}
