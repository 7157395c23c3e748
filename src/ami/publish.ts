/**
 * publishAmi: a disk becomes an AMI in the first region and copies in the others, re-runnably.
 *
 *   check the disk (preflight) → credentials → per region, what exists already (AMI by name, snapshot by
 *   tags) → upload (EBS direct or VM Import) → RegisterImage → wait → CopyImage to the other regions in
 *   parallel (client tokens) → wait → share.
 *
 * The AMI name derives from the image digest, so a re-run reuses what is there and does only what is
 * missing. A region that fails does not stop the others: the result says which succeeded, and the front
 * doors fail the step after setting the outputs. What this run created and could not finish (snapshots,
 * unfinished AMIs) is removed, and the S3 object of an import once the import has finished; nothing an AMI
 * still uses is ever deleted.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DescribeImagesCommand, type EC2Client, type Image } from '@aws-sdk/client-ec2';
import { ConfigurationError, OsimgError, describeError } from '../errors.js';
import type { Logger } from '../log.js';
import { QemuImg } from '../tools/qemu-img.js';
import { call, type AwsClients } from './aws.js';
import { inspectDiskFile, type DiskFile } from './disk-image.js';
import { uploadEbsDirect } from './ebs-direct.js';
import {
  checkPublicAllowed,
  copyImage,
  deleteSnapshotIfUnused,
  deregisterImage,
  findImage,
  findSnapshot,
  registerImage,
  shareImage,
  snapshotsOf,
  waitImage,
  waitSnapshot,
} from './ec2.js';
import { importFormat, uploadViaImport } from './import-snapshot.js';
import { amiName, clientToken, description, resourceTags } from './naming.js';
import { preflight, type PreflightReport } from './preflight.js';
import type { PublishRequest } from './request.js';
import { defaultRootfsTools, type RootfsTools } from './rootfs.js';
import { makeScratch } from '../scratch/files.js';

export interface PublishTools extends RootfsTools {
  qemuImg: QemuImg;
}

export function defaultPublishTools(): PublishTools {
  return { ...defaultRootfsTools(), qemuImg: new QemuImg() };
}

export type RegionStatus = 'created' | 'reused' | 'copied' | 'failed';

export interface RegionResult {
  region: string;
  status: RegionStatus;
  imageId?: string;
  snapshotId?: string;
  error?: string;
}

export interface UploadStats {
  method: PublishRequest['method'];
  /** Bytes that went over the wire (EBS blocks or the S3 object). */
  bytesSent: number;
  /** Bytes of the raw disk. */
  diskBytes: number;
  blocksSent?: number;
  blocksTotal?: number;
  retries?: number;
  seconds: number;
}

export interface PublishResult {
  amiName: string;
  imageDigest: string;
  sourceRegion: string;
  regions: RegionResult[];
  upload?: UploadStats;
  preflight: Pick<PreflightReport, 'kernel' | 'drivers' | 'warnings' | 'table'>;
  /** Resources this run created and removed again after a failure ("snap-… in us-east-1"). */
  cleanedUp: string[];
}

/** A publication that failed in some regions; the outputs still carry the regions that succeeded. */
export class PartialPublishError extends OsimgError {
  constructor(readonly result: PublishResult) {
    const ok = result.regions.filter((region) => region.status !== 'failed');
    const failed = result.regions.filter((region) => region.status === 'failed');
    super(
      `published ${result.amiName} in ${ok.map((region) => `${region.region} (${region.imageId})`).join(', ') || 'no region'}; failed in ${failed.map((region) => `${region.region}: ${region.error}`).join('; ')}; run again to complete the rest`,
      { code: 'AWS' },
    );
  }
}

export function assertComplete(result: PublishResult): void {
  if (result.regions.some((region) => region.status === 'failed')) throw new PartialPublishError(result);
}

/** What this run made, per region, for cleanup after a failure. */
class Created {
  readonly snapshots = new Map<string, string[]>();
  readonly images = new Map<string, string[]>();
  add(kind: 'snapshots' | 'images', region: string, id: string): void {
    const list = this[kind].get(region) ?? [];
    list.push(id);
    this[kind].set(region, list);
  }
}

interface Context {
  request: PublishRequest;
  clients: AwsClients;
  log: Logger;
  tools: PublishTools;
  name: string;
  created: Created;
  cleanedUp: string[];
}

export async function publishAmi(
  request: PublishRequest,
  clients: AwsClients,
  log: Logger,
  tools: PublishTools = defaultPublishTools(),
): Promise<PublishResult> {
  const name = amiName(request.namePrefix, request.imageDigest, request.architecture);
  const context: Context = { request, clients, log, tools, name, created: new Created(), cleanedUp: [] };
  const [source, ...targets] = request.regions as [string, ...string[]];
  const file = await inspectDiskFile(request.disk, 'disk');
  if (request.method === 'import-snapshot') importFormat(file.format); // refuses qcow2 before any work
  const work = (await makeScratch(request.tempDir, 'osimg-ami-')).path;
  try {
    const raw = await log.group('Check the disk', () => rawView(file, work, tools));
    const report = await preflight(
      {
        path: raw.path,
        range: raw.range,
        label: request.disk,
        bootMode: request.bootMode,
        architecture: request.architecture,
      },
      tools,
      work,
      log,
    );
    for (const warning of report.warnings) log.warning(warning);
    for (const error of report.errors.slice(1)) log.warning(error);
    if (report.errors.length > 0) throw new ConfigurationError(report.errors[0]!);
    log.info(
      `disk ${request.disk}: ${file.format}, ${report.table}, kernel ${report.kernel ?? '?'} (${report.drivers.map((d) => `${d.driver} ${d.found}`).join(', ')})`,
    );

    await clients.checkCredentials(source);
    if (request.public)
      for (const region of request.regions)
        await checkPublicAllowed(clients.ec2(region), region, clients.sleep);

    const result: PublishResult = {
      amiName: name,
      imageDigest: request.imageDigest,
      sourceRegion: source,
      regions: [],
      preflight: {
        kernel: report.kernel,
        drivers: report.drivers,
        warnings: report.warnings,
        table: report.table,
      },
      cleanedUp: context.cleanedUp,
    };
    let sourceImage: Image;
    try {
      const made = await log.group(`AMI in ${source}`, () => sourceAmi(context, file, raw, result));
      sourceImage = made.image;
      await shareImage(clients.ec2(source), sourceImage, sharing(request), clients.sleep);
      result.regions.push(regionResult(source, made.status, sourceImage));
    } catch (error) {
      await cleanup(context, source);
      throw error;
    }

    const copies = await Promise.all(
      targets.map((region) =>
        log.group(`Copy to ${region}`, async (): Promise<RegionResult> => {
          try {
            const made = await copyTo(context, region, sourceImage);
            await shareImage(clients.ec2(region), made.image, sharing(request), clients.sleep);
            return regionResult(region, made.status, made.image);
          } catch (error) {
            if (error instanceof ConfigurationError && /credentials/.test(error.message)) throw error;
            log.warning(`${region}: ${describeError(error)}`);
            await cleanup(context, region);
            return { region, status: 'failed', error: describeError(error) };
          }
        }),
      ),
    );
    result.regions.push(...copies);
    return result;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function sharing(request: PublishRequest) {
  return {
    accounts: request.shareAccounts,
    organizations: request.shareOrganizations,
    public: request.public,
  };
}

function regionResult(region: string, status: RegionStatus, image: Image): RegionResult {
  return { region, status, imageId: image.ImageId, snapshotId: snapshotsOf(image)[0] };
}

/** The raw disk bytes: the file itself (raw, fixed VHD) or a sparse raw conversion in the work dir. */
async function rawView(
  file: DiskFile,
  work: string,
  tools: PublishTools,
): Promise<{ path: string; range: { start: number; length: number } }> {
  if (file.raw) return { path: file.path, range: file.raw };
  const path = join(work, 'disk.raw');
  await tools.qemuImg.toRaw(file.path, path);
  const converted = await inspectDiskFile(path, 'the converted disk');
  return { path, range: converted.raw ?? { start: 0, length: converted.size } };
}

/** An AMI with the same name must be the same kind of AMI; otherwise the user has two images with one name. */
function checkCompatible(image: Image, request: PublishRequest, region: string): void {
  const bootMode = image.BootMode ?? 'legacy-bios';
  if (image.Architecture !== request.architecture || bootMode !== request.bootMode)
    throw new ConfigurationError(
      `${image.ImageId} in ${region} is already named ${image.Name} but is ${image.Architecture}/${bootMode}, not ${request.architecture}/${request.bootMode}: deregister it, or publish under another name`,
    );
}

/** An existing AMI by name: available → reuse; pending → wait; failed (ours) → deregister and redo. */
async function existingImage(context: Context, ec2: EC2Client, region: string): Promise<Image | undefined> {
  const { clients, log, request, name } = context;
  const image = await findImage(ec2, name, clients.sleep);
  if (!image?.ImageId) return undefined;
  checkCompatible(image, request, region);
  if (image.State === 'available') {
    log.info(`${region}: reusing ${image.ImageId} (${name})`);
    return image;
  }
  if (image.State === 'pending') {
    log.info(`${region}: ${image.ImageId} is pending (an earlier run); waiting for it`);
    return waitImage(ec2, image.ImageId, clients.sleep);
  }
  log.warning(`${region}: ${image.ImageId} is ${image.State}; deregistering it and publishing again`);
  const snapshots = snapshotsOf(image);
  await deregisterImage(ec2, image.ImageId, clients.sleep);
  for (const snapshotId of snapshots) await deleteSnapshotIfUnused(ec2, snapshotId, clients.sleep);
  return undefined;
}

async function sourceAmi(
  context: Context,
  file: DiskFile,
  raw: { path: string; range: { start: number; length: number } },
  result: PublishResult,
): Promise<{ image: Image; status: RegionStatus }> {
  const { request, clients, log, name, created } = context;
  const region = request.regions[0]!;
  const ec2 = clients.ec2(region);
  const existing = await existingImage(context, ec2, region);
  if (existing) return { image: existing, status: 'reused' };

  const tags = resourceTags(name, request.imageDigest, request.runId, request.tags);
  let snapshotId = (await findSnapshot(ec2, name, request.imageDigest, clients.sleep))?.SnapshotId;
  if (snapshotId) {
    log.info(`${region}: reusing snapshot ${snapshotId} of an earlier run`);
  } else if (request.method === 'ebs-direct') {
    const upload = await uploadEbsDirect(
      clients.ebs(region),
      {
        path: raw.path,
        range: raw.range,
        tags,
        description: description(request.imageDigest),
        clientToken: clientToken('StartSnapshot', region, name, request.runId),
        concurrency: request.concurrency ?? 32,
        onStarted: (id) => created.add('snapshots', region, id),
        sleep: clients.sleep,
      },
      log,
    );
    snapshotId = upload.snapshotId;
    result.upload = {
      method: 'ebs-direct',
      bytesSent: upload.bytesSent,
      diskBytes: raw.range.length,
      blocksSent: upload.blocksSent,
      blocksTotal: upload.blocksTotal,
      retries: upload.retries,
      seconds: upload.seconds,
    };
  } else {
    const imported = await uploadViaImport(
      clients.s3(region),
      ec2,
      {
        path: file.path,
        format: file.format,
        size: file.size,
        bucket: request.bucket!,
        key: `osimg/${name}/${request.runId}.${file.format.startsWith('vhd') ? 'vhd' : file.format}`,
        region,
        tags,
        description: description(request.imageDigest),
        clientToken: clientToken('ImportSnapshot', region, name, request.runId),
        onSnapshot: (id) => created.add('snapshots', region, id),
        sleep: clients.sleep,
      },
      log,
    );
    snapshotId = imported.snapshotId;
    result.upload = {
      method: 'import-snapshot',
      bytesSent: imported.bytesUploaded,
      diskBytes: raw.range.length,
      seconds: imported.seconds,
    };
  }
  await waitSnapshot(ec2, snapshotId, clients.sleep);
  const registered = await registerImage(
    ec2,
    {
      name,
      description: description(request.imageDigest),
      snapshotId,
      bootMode: request.bootMode,
      architecture: request.architecture,
      tpmSupport: request.tpmSupport,
      imdsV2: request.imdsV2,
      tags,
    },
    clients.sleep,
  );
  if (registered.created) created.add('images', region, registered.imageId);
  log.info(`${region}: registered ${registered.imageId} (${name}); waiting until it is available`);
  const image = await waitImage(ec2, registered.imageId, clients.sleep);
  return { image, status: 'created' };
}

async function copyTo(
  context: Context,
  region: string,
  source: Image,
): Promise<{ image: Image; status: RegionStatus }> {
  const { request, clients, log, name, created } = context;
  const ec2 = clients.ec2(region);
  const existing = await existingImage(context, ec2, region);
  if (existing) return { image: existing, status: 'reused' };
  const tags = resourceTags(name, request.imageDigest, request.runId, request.tags);
  const imageId = await copyImage(
    ec2,
    {
      name,
      description: description(request.imageDigest),
      sourceImageId: source.ImageId!,
      sourceRegion: request.regions[0]!,
      clientToken: clientToken('CopyImage', region, name, source.ImageId!, request.runId),
      tags,
    },
    clients.sleep,
  );
  created.add('images', region, imageId);
  log.info(`${region}: copying to ${imageId}; waiting until it is available`);
  return { image: await waitImage(ec2, imageId, clients.sleep), status: 'copied' };
}

/**
 * After a failure in `region`: deregisters the AMIs this run registered or copied there that never became
 * available, then deletes the snapshots this run made there (and those of the deregistered copies) unless
 * an AMI still uses them.
 */
async function cleanup(context: Context, region: string): Promise<void> {
  const { clients, log, created } = context;
  const cleanedUp: string[] = [];
  const ec2 = clients.ec2(region);
  const snapshots = [...(created.snapshots.get(region) ?? [])];
  for (const imageId of created.images.get(region) ?? []) {
    try {
      const image = (await findImageById(ec2, imageId, clients.sleep)) ?? { ImageId: imageId };
      if (image.State === 'available') continue;
      snapshots.push(...snapshotsOf(image));
      await deregisterImage(ec2, imageId, clients.sleep);
      cleanedUp.push(`${imageId} in ${region}`);
    } catch (error) {
      log.warning(
        `could not deregister ${imageId} in ${region}: ${describeError(error)}; the janitor mode will find it`,
      );
    }
  }
  for (const snapshotId of new Set(snapshots)) {
    try {
      if (await deleteSnapshotIfUnused(ec2, snapshotId, clients.sleep))
        cleanedUp.push(`${snapshotId} in ${region}`);
      else log.info(`${snapshotId} in ${region} is used by an AMI: kept`);
    } catch (error) {
      log.warning(
        `could not delete ${snapshotId} in ${region}: ${describeError(error)}; the janitor mode will find it`,
      );
    }
  }
  if (cleanedUp.length > 0) log.info(`removed what this run created in ${region}: ${cleanedUp.join(', ')}`);
  context.cleanedUp.push(...cleanedUp);
}

async function findImageById(ec2: EC2Client, imageId: string, sleep: (ms: number) => Promise<void>) {
  const page = await call(
    'ec2:DescribeImages',
    () => ec2.send(new DescribeImagesCommand({ ImageIds: [imageId] })),
    sleep,
  );
  return page.Images?.[0];
}
