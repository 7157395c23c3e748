/** The disk inputs (same names in the action and the CLI) → a DiskRequest, validated once. */
import { isAbsolute, resolve } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { BOOTC_IMAGE_TYPES } from '../tools/image-builder.js';
import { parseChoice, parseInteger, parseList } from '../values.js';
import { BOOTC_ONLY_FORMATS, DISK_FORMATS, type DiskRequest, type OutputFormat } from './builder.js';
import { parseSize } from './layout.js';
import { parseImageSource } from './rootfs.js';

export const DEFAULT_KERNEL_ARGS = 'console=tty0 console=ttyS0,115200';

export interface DiskInputs {
  image: string;
  formats: string;
  outputDir: string;
  name: string;
  rootFilesystem: string;
  state: string;
  etc: string;
  stateSize: string;
  size: string;
  headroom: string;
  kernelArgs: string;
  sourceDateEpoch: string;
  tlsVerify: boolean;
  backend: string;
}

/** How errors name each input: `input "formats"` in the action, `--format` in the CLI. */
export type DiskInputNames = Record<Exclude<keyof DiskInputs, 'tlsVerify'>, string>;

const ALL_FORMATS: readonly string[] = [...DISK_FORMATS, ...BOOTC_ONLY_FORMATS];

/** Every format either backend makes; which backend may make which is checked once it is known. */
export function parseFormats(text: string, name: string): OutputFormat[] {
  const formats = parseList(text.toLowerCase());
  if (formats.length === 0) return ['raw'];
  for (const format of formats) {
    if (!ALL_FORMATS.includes(format))
      throw new ConfigurationError(
        `${name}: unknown disk format "${format}"; use ${DISK_FORMATS.join(', ')} (or, for bootc images through image-builder, ${BOOTC_ONLY_FORMATS.join(', ')})`,
      );
  }
  return [...new Set(formats as OutputFormat[])];
}

/** Kernel arguments: whitespace- or line-separated; root= is osimg's to set. */
export function parseKernelArgs(text: string, name: string): string[] {
  const args = text.split(/\s+/).filter((arg) => arg.length > 0);
  const root = args.find((arg) => /^(root|rootfstype)=/.test(arg));
  if (root)
    throw new ConfigurationError(
      `${name}: "${root}" is set by osimg from the disk it makes; remove it from the kernel arguments`,
    );
  return args;
}

function parseOptionalSize(text: string, name: string): number | undefined {
  const value = text.trim().toLowerCase();
  return value === '' || value === 'auto' ? undefined : parseSize(value, name);
}

export async function toDiskRequest(
  inputs: DiskInputs,
  context: { cwd: string; names: DiskInputNames; sourceDateEpochEnv?: string; authfileEnv?: string },
): Promise<DiskRequest> {
  const { names } = context;
  if (!inputs.image.trim())
    throw new ConfigurationError(
      `${names.image} is required: an image name, oci-archive:PATH, oci:DIR or docker://REF`,
    );
  const name = inputs.name.trim() || 'disk';
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name))
    throw new ConfigurationError(
      `${names.name} must be a plain file name (letters, digits, . _ -), not "${inputs.name}"`,
    );
  const rootFilesystem = parseChoice(
    inputs.rootFilesystem,
    names.rootFilesystem,
    ['ext4', 'erofs', 'initramfs'] as const,
    'ext4',
  );
  if (rootFilesystem === 'initramfs' && inputs.size.trim() && inputs.size.trim() !== 'auto')
    throw new ConfigurationError(
      `${names.size} does not apply to root-filesystem initramfs (the disk is only the ESP with the kernel and the root archive); leave it at auto`,
    );
  const readOnly = rootFilesystem === 'erofs';
  const state = parseChoice(inputs.state, names.state, ['tmpfs', 'partition'] as const, 'tmpfs');
  const etc = parseChoice(inputs.etc, names.etc, ['overlay', 'readonly'] as const, 'overlay');
  if (inputs.etc.trim() && !readOnly)
    throw new ConfigurationError(
      `${names.etc} applies only to root-filesystem erofs (an ext4 root's /etc is writable as it is)`,
    );
  const stateSize = parseOptionalSize(inputs.stateSize, names.stateSize);
  if (stateSize !== undefined && !(readOnly && state === 'partition'))
    throw new ConfigurationError(
      `${names.stateSize} applies only to root-filesystem erofs with state partition`,
    );
  const epochText = inputs.sourceDateEpoch.trim() || context.sourceDateEpochEnv?.trim() || '';
  const outputDir = inputs.outputDir.trim() || 'osimg-disk';
  const backend = parseChoice(
    inputs.backend,
    names.backend,
    ['auto', 'builtin', 'image-builder'] as const,
    'auto',
  );
  const formats = parseFormats(inputs.formats, names.formats);
  checkFormats(formats, { backend, readOnly, state }, names);
  const kernelArgs = parseKernelArgs(inputs.kernelArgs || DEFAULT_KERNEL_ARGS, names.kernelArgs);
  const init = kernelArgs.find((arg) => arg.startsWith('init='));
  if (init && readOnly && etc === 'overlay')
    throw new ConfigurationError(
      `${names.kernelArgs}: "${init}" would skip the /etc overlay's pre-init (it starts /sbin/init itself); remove it or set ${names.etc} to readonly`,
    );
  if (rootFilesystem === 'initramfs' && backend === 'image-builder')
    throw new ConfigurationError(
      `${names.rootFilesystem}: initramfs is the built-in builder's root for images without systemd; image-builder makes bootc disks`,
    );
  if (readOnly && backend === 'image-builder')
    throw new ConfigurationError(
      `${names.rootFilesystem}: erofs is the built-in builder's read-only root; image-builder makes ext4, xfs or btrfs roots as the bootc image says`,
    );
  const image = inputs.image.trim();
  // Relative paths in a source are relative to the workspace, like every other path input.
  const source = await parseImageSource(image, context.cwd);
  return {
    source,
    outputDir: isAbsolute(outputDir) ? outputDir : resolve(context.cwd, outputDir),
    name,
    formats,
    rootFilesystem,
    state,
    etc,
    stateSize,
    size: parseOptionalSize(inputs.size, names.size),
    headroom: (parseInteger(inputs.headroom, names.headroom, { min: 0, max: 1000 }) ?? 25) / 100,
    kernelArgs,
    sourceDateEpoch: parseInteger(epochText, names.sourceDateEpoch, { min: 0 }),
    tlsVerify: inputs.tlsVerify,
    backend,
    authfile: context.authfileEnv?.trim() || undefined,
  };
}

/** Which backend makes which format, and what an ISO needs; `auto` defers to the image's labels. */
function checkFormats(
  formats: readonly OutputFormat[],
  options: { backend: DiskRequest['backend']; readOnly: boolean; state: string },
  names: DiskInputNames,
): void {
  const bootcOnly = formats.find((format) => (BOOTC_ONLY_FORMATS as readonly string[]).includes(format));
  if (bootcOnly && options.backend === 'builtin')
    throw new ConfigurationError(
      `${names.formats}: ${bootcOnly} is made by image-builder for bootc images; the built-in builder makes ${DISK_FORMATS.join(', ')}`,
    );
  if (options.backend === 'image-builder') {
    const unsupported = formats.find((format) => !(BOOTC_IMAGE_TYPES as readonly string[]).includes(format));
    if (unsupported)
      throw new ConfigurationError(
        `${names.formats}: image-builder makes ${BOOTC_IMAGE_TYPES.join(', ')}, not ${unsupported}${unsupported === 'iso' ? ' (a bootc image gets the installer ISO, anaconda-iso)' : ''}`,
      );
    return;
  }
  if (formats.includes('iso') && !options.readOnly)
    throw new ConfigurationError(
      `${names.formats}: iso needs root-filesystem erofs (the ISO's root is read-only); set ${names.rootFilesystem} to erofs`,
    );
  if (formats.includes('iso') && options.state === 'partition')
    throw new ConfigurationError(
      `${names.formats}: an ISO has no writable partition for state: set ${names.state} to tmpfs, or drop iso`,
    );
}
