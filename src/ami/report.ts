/** publish-ami's outputs and job-summary rows, the same for the action and the CLI. */
import type { JanitorResult } from './janitor.js';
import type { PublishResult } from './publish.js';
import { formatBytes } from './ebs-direct.js';

export function publishOutputs(result: PublishResult): Record<string, string> {
  const ok = result.regions.filter((region) => region.imageId && region.status !== 'failed');
  return {
    amis: JSON.stringify(Object.fromEntries(ok.map((region) => [region.region, region.imageId]))),
    snapshots: JSON.stringify(
      Object.fromEntries(
        ok.filter((region) => region.snapshotId).map((region) => [region.region, region.snapshotId]),
      ),
    ),
    'ami-name': result.amiName,
  };
}

/** One row per region: region, AMI, snapshot, what happened. */
export function regionRows(result: PublishResult): Array<[string, string, string, string]> {
  return result.regions.map((region) => [
    region.region,
    region.imageId ?? '',
    region.snapshotId ?? '',
    region.status === 'failed' ? `failed: ${region.error ?? ''}` : region.status,
  ]);
}

export function publishSummaryRows(result: PublishResult): Array<[string, string]> {
  const rows: Array<[string, string]> = [
    ['AMI name', result.amiName],
    ['image digest', result.imageDigest],
    [
      'kernel',
      `${result.preflight.kernel ?? '?'} (${result.preflight.drivers.map((d) => `${d.driver}: ${d.found}`).join(', ')})`,
    ],
  ];
  const upload = result.upload;
  if (upload) {
    rows.push([
      'upload',
      upload.method === 'ebs-direct'
        ? `EBS direct: ${upload.blocksSent} of ${upload.blocksTotal} blocks, ${formatBytes(upload.bytesSent)} of a ${formatBytes(upload.diskBytes)} disk, ${upload.retries ?? 0} retries, ${upload.seconds.toFixed(1)} s`
        : `S3 + VM Import: ${formatBytes(upload.bytesSent)}, ${upload.seconds.toFixed(1)} s`,
    ]);
  }
  for (const warning of result.preflight.warnings) rows.push(['warning', warning]);
  if (result.cleanedUp.length > 0) rows.push(['cleaned up', result.cleanedUp.join(', ')]);
  return rows;
}

export function janitorRows(result: JanitorResult): Array<[string, string, string, string, string]> {
  return result.orphans.map((orphan) => [
    orphan.region,
    `${orphan.kind} ${orphan.id}`,
    orphan.name,
    `${orphan.ageDays} days, ${orphan.reason}`,
    result.dryRun ? 'dry run: kept' : orphan.removed ? 'removed' : `not removed: ${orphan.error ?? ''}`,
  ]);
}
