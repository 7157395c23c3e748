/** What a build produced, as rows (job summary, CLI) and as the `metadata` JSON output. */
import { formatBytes } from '../oci/push.js';
import type { BuildResult } from './build.js';

export function buildReportRows(result: BuildResult): Array<[string, string]> {
  return [
    ['Image', result.image],
    ['Digest', result.digest],
    ['Image ID', result.imageId],
    ['Platform', result.platform],
    ['Size', `${formatBytes(result.size)} (${result.size} bytes)`],
    ['Layers', String(result.layers)],
    ['Base', result.base ? `${result.base.name}@${result.base.digest}` : 'scratch'],
    ['Revision', result.labels['org.opencontainers.image.revision'] ?? 'unknown'],
    ['Tags', result.tags.join(', ')],
    ['Pushed', result.pushed ? 'yes' : 'no'],
    ...(result.ociArchive ? [['OCI archive', result.ociArchive] as [string, string]] : []),
  ];
}

export function buildMetadata(result: BuildResult): string {
  return JSON.stringify(result);
}
