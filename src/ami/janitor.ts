/**
 * janitor mode: finds what osimg left behind — osimg-tagged snapshots that no AMI uses (a failed run that
 * could not clean up, a deregistered AMI's root) and osimg-tagged AMIs that failed — older than N days, in
 * each region. Dry run by default: it lists; with dry-run false it deregisters those AMIs, then deletes the
 * snapshots. Available AMIs are never touched: osimg cannot see who launches them (other accounts,
 * organizations), so retiring one is a human decision.
 */
import { DeleteSnapshotCommand } from '@aws-sdk/client-ec2';
import { describeError } from '../errors.js';
import type { Logger } from '../log.js';
import { call, type AwsClients } from './aws.js';
import { deregisterImage, describeImages, describeSnapshots, snapshotsOf } from './ec2.js';
import { TAG, tagValue } from './naming.js';
import type { JanitorRequest } from './request.js';

export interface Orphan {
  region: string;
  kind: 'snapshot' | 'image';
  id: string;
  /** The AMI name it belonged to (tag osimg:ami-name). */
  name: string;
  ageDays: number;
  reason: string;
  /** Set after a non-dry run: removed, or why not. */
  removed?: boolean;
  error?: string;
}

export interface JanitorResult {
  dryRun: boolean;
  olderThanDays: number;
  orphans: Orphan[];
}

const DAY = 24 * 60 * 60 * 1000;
const FAILED_STATES = new Set(['failed', 'error', 'invalid']);

export async function runJanitor(
  request: JanitorRequest,
  clients: AwsClients,
  log: Logger,
): Promise<JanitorResult> {
  await clients.checkCredentials(request.regions[0]!);
  const orphans: Orphan[] = [];
  for (const region of request.regions) {
    const found = await log.group(`Look for osimg leftovers in ${region}`, () =>
      findOrphans(region, request, clients),
    );
    for (const orphan of found)
      log.info(
        `${region}: ${orphan.kind} ${orphan.id} (${orphan.name}, ${orphan.ageDays} days): ${orphan.reason}`,
      );
    if (found.length === 0) log.info(`${region}: nothing older than ${request.olderThanDays} days`);
    if (!request.dryRun) await remove(found, clients, log);
    orphans.push(...found);
  }
  if (request.dryRun && orphans.length > 0)
    log.info(`dry run: nothing removed; run with dry-run false to remove these ${orphans.length}`);
  return { dryRun: request.dryRun, olderThanDays: request.olderThanDays, orphans };
}

async function findOrphans(region: string, request: JanitorRequest, clients: AwsClients): Promise<Orphan[]> {
  const ec2 = clients.ec2(region);
  const cutoff = clients.now() - request.olderThanDays * DAY;
  const age = (date: Date | string | undefined) =>
    Math.floor((clients.now() - new Date(date ?? 0).getTime()) / DAY);
  // Every AMI the account owns counts as a user of its snapshots, tagged by osimg or not.
  const images = await describeImages(ec2, [], clients.sleep);
  const managed = (tags: Parameters<typeof tagValue>[0]) => tagValue(tags, TAG.managed) === 'true';
  const failed = images.filter(
    (image) =>
      managed(image.Tags) &&
      FAILED_STATES.has(image.State ?? '') &&
      new Date(image.CreationDate ?? 0).getTime() < cutoff,
  );
  const failedIds = new Set(failed.map((image) => image.ImageId));
  const inUse = new Set(images.filter((image) => !failedIds.has(image.ImageId)).flatMap(snapshotsOf));
  const snapshots = await describeSnapshots(
    ec2,
    [{ Name: `tag:${TAG.managed}`, Values: ['true'] }],
    clients.sleep,
  );
  const orphans: Orphan[] = failed.map((image) => ({
    region,
    kind: 'image',
    id: image.ImageId!,
    name: image.Name ?? '',
    ageDays: age(image.CreationDate),
    reason: `AMI in state ${image.State}`,
  }));
  for (const snapshot of snapshots) {
    if (!snapshot.SnapshotId || inUse.has(snapshot.SnapshotId)) continue;
    if ((snapshot.StartTime?.getTime() ?? 0) >= cutoff) continue;
    // A pending snapshot may be an upload in progress; EBS cancels abandoned ones itself.
    if (snapshot.State === 'pending') continue;
    orphans.push({
      region,
      kind: 'snapshot',
      id: snapshot.SnapshotId,
      name: tagValue(snapshot.Tags, TAG.name) ?? '',
      ageDays: age(snapshot.StartTime),
      reason: snapshot.State === 'error' ? 'snapshot in state error' : 'no AMI uses it',
    });
  }
  return orphans;
}

/** AMIs first (their snapshots become unused), then snapshots. */
async function remove(orphans: Orphan[], clients: AwsClients, log: Logger): Promise<void> {
  const ordered = [
    ...orphans.filter((o) => o.kind === 'image'),
    ...orphans.filter((o) => o.kind === 'snapshot'),
  ];
  for (const orphan of ordered) {
    const ec2 = clients.ec2(orphan.region);
    try {
      if (orphan.kind === 'image') await deregisterImage(ec2, orphan.id, clients.sleep);
      else
        await call(
          'ec2:DeleteSnapshot',
          () => ec2.send(new DeleteSnapshotCommand({ SnapshotId: orphan.id })),
          clients.sleep,
        );
      orphan.removed = true;
      log.info(`${orphan.region}: removed ${orphan.kind} ${orphan.id}`);
    } catch (error) {
      orphan.removed = false;
      orphan.error = describeError(error);
      log.warning(`${orphan.region}: could not remove ${orphan.kind} ${orphan.id}: ${orphan.error}`);
    }
  }
}
