/** What a disk build reports: action outputs, summary rows (also the CLI's text output), JSON metadata. */
import type { DiskResult } from './builder.js';
import { formatMiB } from './layout.js';

/** The action's outputs, by name (disk/action.yml declares exactly these). */
export function diskOutputs(result: DiskResult): Record<string, string> {
  const pathOf = (format: string) => result.files.find((file) => file.format === format)?.path ?? '';
  return {
    paths: result.files.map((file) => file.path).join('\n'),
    formats: result.files.map((file) => file.format).join(','),
    raw: pathOf('raw'),
    qcow2: pathOf('qcow2'),
    vmdk: pathOf('vmdk'),
    vhd: pathOf('vhd'),
    iso: pathOf('iso'),
    sha256: result.files.map((file) => `${file.sha256}  ${file.path}`).join('\n'),
    'kernel-version': result.kernelVersion,
    cmdline: result.cmdline,
    digest: result.digest,
    metadata: diskMetadata(result),
  };
}

export function diskMetadata(result: DiskResult): string {
  return JSON.stringify(result);
}

export function diskReportRows(result: DiskResult): Array<[string, string]> {
  return [
    ['image', result.image],
    ['digest', result.digest],
    ['backend', result.backend],
    ['kernel', result.kernelVersion],
    ['cmdline', result.cmdline],
    [
      'root filesystem',
      result.readOnlyRoot
        ? `${result.rootFilesystem} (read-only; /var: ${result.readOnlyRoot.state}, /etc: ${result.readOnlyRoot.etc})`
        : result.rootFilesystem,
    ],
    ['content', formatMiB(result.contentBytes)],
    ...result.files.map((file): [string, string] => [
      file.format,
      `${file.path} (${formatMiB(file.bytes)}, ${formatMiB(file.allocated)} allocated) sha256:${file.sha256}`,
    ]),
  ];
}
