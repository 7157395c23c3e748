/** `osimg sbom`: an SBOM (SPDX 2.3 or CycloneDX 1.6 JSON) from an unpacked image root filesystem. */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigurationError } from '../errors.js';
import { writeFileAtomically } from '../scratch/files.js';
import { parseReference, repositoryName } from '../oci/reference.js';
import { generateSbom, serialize } from '../sbom/index.js';
import { parseChoice } from '../values.js';
import type { CliContext } from './main.js';

export const SBOM_HELP = `Usage: osimg sbom --rootfs DIR --image NAME@sha256:DIGEST [--format spdx|cyclonedx] [-o FILE]

Reads the package databases in DIR (dpkg, the rpm sqlite database of Fedora/CentOS bootc images, apk) and
os-release, and writes an SPDX 2.3 (default) or CycloneDX 1.6 JSON SBOM about the image. The same root,
digest and --created time give the same bytes. Attach it with:
  osimg attest NAME@sha256:DIGEST --key K --predicate FILE --type spdxjson (or cyclonedx)

Options:
      --created TIME   the SBOM's creation time (default: SOURCE_DATE_EPOCH, else now)
`;

export async function sbomCommand(args: string[], context: CliContext): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      rootfs: { type: 'string' },
      image: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
      created: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    context.stdout(SBOM_HELP);
    return 0;
  }
  if (!values.rootfs || !values.image)
    throw new ConfigurationError('osimg sbom needs --rootfs DIR and --image NAME@sha256:DIGEST');
  const rootfs = resolve(context.cwd, values.rootfs);
  if (!(await stat(rootfs).catch(() => undefined))?.isDirectory()) {
    throw new ConfigurationError(
      `${values.rootfs} is not a directory: point --rootfs at an unpacked image root`,
    );
  }
  const ref = parseReference(values.image);
  if (!ref.digest)
    throw new ConfigurationError(`--image must name a digest (NAME@sha256:...), not ${values.image}`);
  const format = parseChoice(values.format ?? '', '--format', ['spdx', 'cyclonedx'] as const, 'spdx');
  const epoch = context.env.SOURCE_DATE_EPOCH;
  const created =
    values.created ??
    (epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000).toISOString() : new Date().toISOString());
  const sbom = await generateSbom(rootfs, {
    imageName: `${repositoryName(ref)}${ref.tag ? `:${ref.tag}` : ''}`,
    digest: ref.digest,
    created,
  });
  for (const warning of sbom.warnings) context.stderr(`warning: ${warning}\n`);
  const text = serialize(format === 'spdx' ? sbom.spdx : sbom.cyclonedx);
  if (values.output) await writeFileAtomically(resolve(context.cwd, values.output), text);
  else context.stdout(text);
  context.stderr(
    `${sbom.packages.length} packages from ${sbom.databases.join(', ') || 'no package database'}\n`,
  );
  return 0;
}
