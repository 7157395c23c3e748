/** The disk inputs (same names in the action and the CLI) → a DiskRequest, validated once. */
import { isAbsolute, resolve } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { parseChoice, parseInteger, parseList } from '../values.js';
import { DISK_FORMATS, type DiskFormat, type DiskRequest } from './builder.js';
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

export function parseFormats(text: string, name: string): DiskFormat[] {
  const formats = parseList(text.toLowerCase());
  if (formats.length === 0) return ['raw'];
  for (const format of formats) {
    if (format === 'iso' || format === 'ami' || format === 'anaconda-iso')
      throw new ConfigurationError(
        `${name}: ${format} is not made by the built-in builder yet; use ${DISK_FORMATS.join(', ')} (or backend: image-builder for bootc images)`,
      );
    if (!(DISK_FORMATS as readonly string[]).includes(format))
      throw new ConfigurationError(
        `${name}: unknown disk format "${format}"; use ${DISK_FORMATS.join(', ')}`,
      );
  }
  return [...new Set(formats as DiskFormat[])];
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
  context: { cwd: string; names: DiskInputNames; sourceDateEpochEnv?: string },
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
    ['ext4', 'erofs'] as const,
    'ext4',
  );
  const state = parseChoice(inputs.state, names.state, ['tmpfs', 'partition'] as const, 'tmpfs');
  const stateSize = parseOptionalSize(inputs.stateSize, names.stateSize);
  if (stateSize !== undefined && !(rootFilesystem === 'erofs' && state === 'partition'))
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
  if (backend === 'image-builder')
    throw new ConfigurationError(
      `${names.backend}: image-builder is not run by osimg yet (its commands are in docs/disk.md); use auto or builtin`,
    );
  const image = inputs.image.trim();
  // Relative paths in a source are relative to the workspace, like every other path input.
  const source = await parseImageSource(image, context.cwd);
  return {
    source,
    outputDir: isAbsolute(outputDir) ? outputDir : resolve(context.cwd, outputDir),
    name,
    formats: parseFormats(inputs.formats, names.formats),
    rootFilesystem,
    state,
    stateSize,
    size: parseOptionalSize(inputs.size, names.size),
    headroom: (parseInteger(inputs.headroom, names.headroom, { min: 0, max: 1000 }) ?? 25) / 100,
    kernelArgs: parseKernelArgs(inputs.kernelArgs || DEFAULT_KERNEL_ARGS, names.kernelArgs),
    sourceDateEpoch: parseInteger(epochText, names.sourceDateEpoch, { min: 0 }),
    tlsVerify: inputs.tlsVerify,
    backend,
  };
}
