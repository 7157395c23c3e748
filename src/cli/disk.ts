/** `osimg disk`: the disk action's steps on a laptop or any CI, with the same modules. */
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import { makeDisks } from '../disk/make-disks.js';
import { diskMetadata, diskReportRows } from '../disk/report.js';
import { toDiskRequest, type DiskInputNames } from '../disk/request.js';
import { defaultDiskTools, defaultImageBuilderTools } from '../disk/tools.js';
import { ConfigurationError } from '../errors.js';
import { parseBoolean } from '../values.js';
import { CliLogger } from './logger.js';
import type { CliContext } from './main.js';
import { progressRenderer } from './progress.js';

export const DISK_HELP = `Usage: osimg disk IMAGE [options]

Make bootable UEFI disk images (GPT, systemd-boot) from an OS image, without loop devices or mounts.
IMAGE is a name in local storage, oci-archive:PATH, oci:DIR[:TAG], docker://REF, or a path to an
OCI archive or layout. Needs uid 0: run as root, or rootless as 'buildah unshare osimg disk ...'.
bootc images (labelled containers.bootc=1 or ostree.bootable) are made by osbuild's image-builder
(or bootc-image-builder through podman), as root through sudo; credentials via REGISTRY_AUTH_FILE.

Options:
  -f, --format FORMAT         raw (default), qcow2, vmdk, vhd, iso (hybrid, erofs root) — repeatable or
                              comma-separated; bootc images also ami, anaconda-iso
  -o, --output-dir DIR        where the disks go (default: osimg-disk)
      --name NAME             file name without extension (default: disk)
      --root-filesystem FS    ext4 (default, writable), erofs (read-only root) or initramfs (the
                              whole root in RAM: images with no systemd; docs/minimal.md)
      --state MODE            erofs only: where /var lives: tmpfs (default) or partition
      --etc MODE              erofs only: overlay (default: writable /etc, changes kept with /var)
                              or readonly
      --state-size SIZE       size of the /var partition (default: auto)
      --size SIZE             whole disk size, e.g. 8G (default: auto = content + headroom)
      --headroom PERCENT      free space on an automatic ext4 root, in % of the content (default 25)
      --kernel-args ARGS      kernel command line after root= (default: "console=tty0 console=ttyS0,115200")
      --source-date-epoch N   timestamps in the disk (default: SOURCE_DATE_EPOCH, else the image's creation time)
      --backend NAME          auto (default: image-builder for bootc images, else builtin), builtin,
                              or image-builder
      --tls-verify BOOL       verify registry TLS for docker:// sources (default true)
      --storage-driver NAME   buildah storage driver (default: buildah's configuration)
      --root DIR              buildah storage root (default: buildah's configuration)
      --runroot DIR           buildah run root
      --json                  print the result as JSON on stdout
  -q, --quiet                 only errors and the result (no progress)
  -h, --help                  this help

Exit codes: 0 made, 1 failed, 2 bad usage or configuration.
`;

const NAMES: DiskInputNames = {
  image: 'IMAGE',
  formats: '--format',
  outputDir: '--output-dir',
  name: '--name',
  rootFilesystem: '--root-filesystem',
  state: '--state',
  etc: '--etc',
  stateSize: '--state-size',
  size: '--size',
  headroom: '--headroom',
  kernelArgs: '--kernel-args',
  sourceDateEpoch: '--source-date-epoch',
  backend: '--backend',
};

export async function diskCommand(args: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', multiple: true },
      'output-dir': { type: 'string', short: 'o' },
      name: { type: 'string' },
      'root-filesystem': { type: 'string' },
      state: { type: 'string' },
      etc: { type: 'string' },
      'state-size': { type: 'string' },
      size: { type: 'string' },
      headroom: { type: 'string' },
      'kernel-args': { type: 'string' },
      'source-date-epoch': { type: 'string' },
      'tls-verify': { type: 'string' },
      backend: { type: 'string' },
      'storage-driver': { type: 'string' },
      root: { type: 'string' },
      runroot: { type: 'string' },
      json: { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      verbose: { type: 'boolean', short: 'v' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    context.stdout(DISK_HELP);
    return 0;
  }
  if (positionals.length !== 1)
    throw new ConfigurationError(
      `osimg disk takes one IMAGE, got ${positionals.length}${positionals.length ? `: ${positionals.join(' ')}` : ''}: run with --help for the forms`,
    );
  const request = await toDiskRequest(
    {
      image: positionals[0]!,
      formats: (values.format ?? []).join(','),
      outputDir: values['output-dir'] ?? '',
      name: values.name ?? '',
      rootFilesystem: values['root-filesystem'] ?? '',
      state: values.state ?? '',
      etc: values.etc ?? '',
      stateSize: values['state-size'] ?? '',
      size: values.size ?? '',
      headroom: values.headroom ?? '',
      kernelArgs: values['kernel-args'] ?? '',
      sourceDateEpoch: values['source-date-epoch'] ?? '',
      tlsVerify: parseBoolean(values['tls-verify'] ?? '', '--tls-verify', true),
      backend: values.backend ?? '',
    },
    {
      cwd: context.cwd,
      names: NAMES,
      sourceDateEpochEnv: context.env.SOURCE_DATE_EPOCH,
      authfileEnv: context.env.REGISTRY_AUTH_FILE,
    },
  );
  const log = new CliLogger(
    { quiet: values.quiet ?? false, verbose: values.verbose ?? false },
    context.stderr,
  );
  const uid = process.getuid?.() ?? -1;
  const result = await makeDisks(request, {
    ...defaultDiskTools({ driver: values['storage-driver'], root: values.root, runroot: values.runroot }),
    ...defaultImageBuilderTools({ uid, gid: process.getgid?.() ?? -1, githubHosted: false, log }),
    log,
    progress: values.quiet
      ? undefined
      : progressRenderer({ write: context.stderr, isTTY: process.stderr.isTTY === true }),
    tempDir: context.env.TMPDIR ?? tmpdir(),
    uid,
  });
  if (values.json) context.stdout(`${diskMetadata(result)}\n`);
  else {
    const rows = diskReportRows(result);
    const width = Math.max(...rows.map(([field]) => field.length));
    context.stdout(rows.map(([field, value]) => `${field.padEnd(width)}  ${value}`).join('\n') + '\n');
  }
  return 0;
}
