/**
 * Which builder makes the disk. bootc/ostree images carry their own deployment layout and bootloader
 * setup, which osbuild's image-builder knows; everything else gets osimg's rootless built-in builder.
 */
import { ConfigurationError } from '../errors.js';

export type Backend = 'builtin' | 'image-builder';

/** The built-in builder met a bootc image under backend auto: image-builder makes its disks instead. */
export class BootcImageError extends ConfigurationError {
  constructor(
    readonly image: string,
    readonly digest: string,
    readonly labels: Readonly<Record<string, string>>,
  ) {
    super(
      `${image} is a bootc image: its disks are made by osbuild's image-builder (backend image-builder); set backend to builtin to use osimg's builder anyway`,
    );
  }
}

/** Labels bootc (containers.bootc=1) and ostree-native images (ostree.bootable) carry. */
export function isBootcImage(labels: Readonly<Record<string, string>>): boolean {
  const truthy = (value: string | undefined) => value === '1' || value === 'true';
  return truthy(labels['containers.bootc']) || truthy(labels['ostree.bootable']);
}

export function selectBackend(
  requested: 'auto' | Backend,
  labels: Readonly<Record<string, string>>,
): Backend {
  if (requested !== 'auto') return requested;
  return isBootcImage(labels) ? 'image-builder' : 'builtin';
}

export interface BootcUser {
  name: string;
  /** An SSH public key; allowed only where the ops policy permits SSH. */
  key?: string;
  groups?: readonly string[];
}

export interface BootcConfig {
  users: readonly BootcUser[];
  kernelArgs: readonly string[];
  /** Minimum sizes by mount point, e.g. { '/': '10 GiB' }. */
  filesystems: Readonly<Record<string, string>>;
  allowSshKeys: boolean;
}

function tomlString(value: string): string {
  return JSON.stringify(value); // a TOML basic string is a JSON string for the characters we allow
}

/** bootc-image-builder's config.toml. Passwords are never accepted: images are replaced, not logged into. */
export function bootcConfigToml(config: BootcConfig): string {
  const lines: string[] = [];
  for (const user of config.users) {
    if (!/^[a-z_][a-z0-9_-]{0,31}$/.test(user.name))
      throw new ConfigurationError(
        `"${user.name}" is not a valid user name (lower case letters, digits, _ and -)`,
      );
    if (user.key && !config.allowSshKeys)
      throw new ConfigurationError(
        `user ${user.name} has an SSH key but the policy does not allow SSH logins: remove the key or allow SSH in the policy`,
      );
    lines.push('[[customizations.user]]', `name = ${tomlString(user.name)}`);
    if (user.key) lines.push(`key = ${tomlString(user.key)}`);
    if (user.groups?.length) lines.push(`groups = [${user.groups.map(tomlString).join(', ')}]`);
    lines.push('');
  }
  for (const [mountpoint, minsize] of Object.entries(config.filesystems)) {
    if (!mountpoint.startsWith('/'))
      throw new ConfigurationError(`filesystem mount point "${mountpoint}" must be an absolute path`);
    lines.push(
      '[[customizations.filesystem]]',
      `mountpoint = ${tomlString(mountpoint)}`,
      `minsize = ${tomlString(minsize)}`,
      '',
    );
  }
  if (config.kernelArgs.length > 0) {
    lines.push('[customizations.kernel]', `append = ${tomlString(config.kernelArgs.join(' '))}`, '');
  }
  return lines.join('\n');
}
