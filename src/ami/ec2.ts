/**
 * The EC2 calls of publish-ami, one function each: find (by name and tags), wait, register, copy, share,
 * and delete. Every call goes through `call` (retries, clear errors).
 */
import {
  CopyImageCommand,
  DeleteSnapshotCommand,
  DeregisterImageCommand,
  DescribeImagesCommand,
  DescribeSnapshotsCommand,
  GetImageBlockPublicAccessStateCommand,
  ModifyImageAttributeCommand,
  ModifySnapshotAttributeCommand,
  RegisterImageCommand,
  type EC2Client,
  type Filter,
  type Image,
  type LaunchPermission,
  type Snapshot,
  type Tag,
} from '@aws-sdk/client-ec2';
import { ConfigurationError, OsimgError } from '../errors.js';
import { AwsError, call, errorCode } from './aws.js';
import { TAG } from './naming.js';
import type { Architecture, BootMode } from './preflight.js';

export type Sleep = (ms: number) => Promise<void>;

/** Poll intervals: start at 2 s, grow by half each time, at most 30 s. */
export async function poll<T>(
  what: string,
  sleep: Sleep,
  timeoutMs: number,
  check: () => Promise<T | undefined>,
): Promise<T> {
  let waited = 0;
  for (let interval = 2000; ; interval = Math.min(30_000, Math.round(interval * 1.5))) {
    const result = await check();
    if (result !== undefined) return result;
    if (waited >= timeoutMs)
      throw new OsimgError(`gave up waiting for ${what} after ${Math.round(waited / 60_000)} minutes`, {
        code: 'TIMEOUT',
      });
    await sleep(interval);
    waited += interval;
  }
}

/** Our AMI by name in this region (names are unique per account and region), or undefined. */
export async function findImage(ec2: EC2Client, name: string, sleep: Sleep): Promise<Image | undefined> {
  const images = await describeImages(ec2, [{ Name: 'name', Values: [name] }], sleep);
  return images.find((image) => image.Name === name);
}

export async function describeImages(ec2: EC2Client, filters: Filter[], sleep: Sleep): Promise<Image[]> {
  const images: Image[] = [];
  let NextToken: string | undefined;
  do {
    const page = await call(
      'ec2:DescribeImages',
      () => ec2.send(new DescribeImagesCommand({ Owners: ['self'], Filters: filters, NextToken })),
      sleep,
    );
    images.push(...(page.Images ?? []));
    NextToken = page.NextToken;
  } while (NextToken);
  return images;
}

export async function describeSnapshots(
  ec2: EC2Client,
  filters: Filter[],
  sleep: Sleep,
): Promise<Snapshot[]> {
  const snapshots: Snapshot[] = [];
  let NextToken: string | undefined;
  do {
    const page = await call(
      'ec2:DescribeSnapshots',
      () => ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ['self'], Filters: filters, NextToken })),
      sleep,
    );
    snapshots.push(...(page.Snapshots ?? []));
    NextToken = page.NextToken;
  } while (NextToken);
  return snapshots;
}

/** A completed osimg snapshot of this digest and AMI name, left by an earlier run, to register again. */
export async function findSnapshot(
  ec2: EC2Client,
  name: string,
  digest: string,
  sleep: Sleep,
): Promise<Snapshot | undefined> {
  const snapshots = await describeSnapshots(
    ec2,
    [
      { Name: `tag:${TAG.managed}`, Values: ['true'] },
      { Name: `tag:${TAG.digest}`, Values: [digest] },
      { Name: `tag:${TAG.name}`, Values: [name] },
      { Name: 'status', Values: ['completed'] },
    ],
    sleep,
  );
  return snapshots.sort((a, b) => (b.StartTime?.getTime() ?? 0) - (a.StartTime?.getTime() ?? 0))[0];
}

export async function waitSnapshot(
  ec2: EC2Client,
  snapshotId: string,
  sleep: Sleep,
  timeoutMs = 90 * 60_000,
) {
  return poll(`snapshot ${snapshotId} to complete`, sleep, timeoutMs, async () => {
    const page = await call(
      'ec2:DescribeSnapshots',
      () => ec2.send(new DescribeSnapshotsCommand({ SnapshotIds: [snapshotId] })),
      sleep,
    );
    const snapshot = page.Snapshots?.[0];
    if (snapshot?.State === 'error')
      throw new OsimgError(
        `snapshot ${snapshotId} failed${snapshot.StateMessage ? `: ${snapshot.StateMessage}` : ''}`,
      );
    return snapshot?.State === 'completed' ? snapshot : undefined;
  });
}

export async function waitImage(ec2: EC2Client, imageId: string, sleep: Sleep, timeoutMs = 3 * 60 * 60_000) {
  return poll(`AMI ${imageId} to become available`, sleep, timeoutMs, async () => {
    const page = await call(
      'ec2:DescribeImages',
      () => ec2.send(new DescribeImagesCommand({ ImageIds: [imageId] })),
      sleep,
    );
    const image = page.Images?.[0];
    if (!image) return undefined; // a new AMI can take a moment to be visible
    if (image.State === 'available') return image;
    if (image.State === 'pending') return undefined;
    throw new OsimgError(
      `AMI ${imageId} is ${image.State}${image.StateReason?.Message ? `: ${image.StateReason.Message}` : ''}`,
    );
  });
}

export interface Registration {
  name: string;
  description: string;
  snapshotId: string;
  bootMode: BootMode;
  architecture: Architecture;
  tpmSupport: boolean;
  imdsV2: 'required' | 'optional';
  tags: Tag[];
}

export const ROOT_DEVICE = '/dev/xvda';

/** RegisterImage's input: HVM, ENA and SR-IOV, gp3 root on /dev/xvda, tags at creation. */
export function registerInput(registration: Registration) {
  return {
    Name: registration.name,
    Description: registration.description,
    Architecture: registration.architecture,
    VirtualizationType: 'hvm',
    RootDeviceName: ROOT_DEVICE,
    BlockDeviceMappings: [
      {
        DeviceName: ROOT_DEVICE,
        Ebs: { SnapshotId: registration.snapshotId, VolumeType: 'gp3' as const, DeleteOnTermination: true },
      },
    ],
    EnaSupport: true,
    SriovNetSupport: 'simple',
    BootMode: registration.bootMode,
    ...(registration.tpmSupport ? { TpmSupport: 'v2.0' as const } : {}),
    ...(registration.imdsV2 === 'required' ? { ImdsSupport: 'v2.0' as const } : {}),
    TagSpecifications: [{ ResourceType: 'image' as const, Tags: registration.tags }],
  };
}

/**
 * Registers the AMI. RegisterImage takes no client token; the name is unique per region, so a retry whose
 * first attempt did register finds "InvalidAMIName.Duplicate" and returns that AMI instead.
 */
export async function registerImage(
  ec2: EC2Client,
  registration: Registration,
  sleep: Sleep,
): Promise<{ imageId: string; created: boolean }> {
  try {
    const result = await call(
      'ec2:RegisterImage',
      () => ec2.send(new RegisterImageCommand(registerInput(registration))),
      sleep,
    );
    if (!result.ImageId) throw new OsimgError('RegisterImage answered without an AMI ID');
    return { imageId: result.ImageId, created: true };
  } catch (error) {
    if (error instanceof AwsError && error.awsCode === 'InvalidAMIName.Duplicate') {
      const existing = await findImage(ec2, registration.name, sleep);
      const snapshot = existing?.BlockDeviceMappings?.[0]?.Ebs?.SnapshotId;
      if (existing?.ImageId && snapshot === registration.snapshotId)
        return { imageId: existing.ImageId, created: false };
    }
    throw error;
  }
}

export async function copyImage(
  ec2: EC2Client,
  input: {
    name: string;
    description: string;
    sourceImageId: string;
    sourceRegion: string;
    clientToken: string;
    tags: Tag[];
  },
  sleep: Sleep,
): Promise<string> {
  const result = await call(
    'ec2:CopyImage',
    () =>
      ec2.send(
        new CopyImageCommand({
          Name: input.name,
          Description: input.description,
          SourceImageId: input.sourceImageId,
          SourceRegion: input.sourceRegion,
          ClientToken: input.clientToken,
          TagSpecifications: [
            { ResourceType: 'image', Tags: input.tags },
            { ResourceType: 'snapshot', Tags: input.tags },
          ],
        }),
      ),
    sleep,
  );
  if (!result.ImageId) throw new OsimgError('CopyImage answered without an AMI ID');
  return result.ImageId;
}

export function snapshotsOf(image: Image): string[] {
  return (image.BlockDeviceMappings ?? []).flatMap((mapping) =>
    mapping.Ebs?.SnapshotId ? [mapping.Ebs.SnapshotId] : [],
  );
}

/** Refuses to make anything public where the account blocks public AMI sharing (before any upload). */
export async function checkPublicAllowed(ec2: EC2Client, region: string, sleep: Sleep): Promise<void> {
  let state: string | undefined;
  try {
    state = (
      await call(
        'ec2:GetImageBlockPublicAccessState',
        () => ec2.send(new GetImageBlockPublicAccessStateCommand({})),
        sleep,
      )
    ).ImageBlockPublicAccessState;
  } catch (error) {
    // Partitions without the API (some GovCloud/China regions) answer InvalidAction: ModifyImageAttribute decides.
    if (error instanceof AwsError && /InvalidAction|UnsupportedOperation/.test(error.awsCode)) return;
    throw error;
  }
  if (state === 'block-new-sharing')
    throw new ConfigurationError(
      `public is true, but the account blocks public AMI sharing in ${region} (image block public access: block-new-sharing); turn it off with ec2 disable-image-block-public-access, or publish without public`,
    );
}

export interface Sharing {
  accounts: string[];
  organizations: string[];
  public: boolean;
}

/**
 * Launch permission for accounts, organizations/OUs and (only when asked) everyone; createVolumePermission
 * on the AMI's snapshots for the accounts (EC2 cannot share snapshots with organizations, and launching
 * does not need it).
 */
export async function shareImage(
  ec2: EC2Client,
  image: Image,
  sharing: Sharing,
  sleep: Sleep,
): Promise<void> {
  const add: LaunchPermission[] = [
    ...sharing.accounts.map((UserId) => ({ UserId })),
    ...sharing.organizations.map((arn) =>
      arn.includes(':ou/') ? { OrganizationalUnitArn: arn } : { OrganizationArn: arn },
    ),
    ...(sharing.public ? [{ Group: 'all' as const }] : []),
  ];
  if (add.length === 0) return;
  await call(
    'ec2:ModifyImageAttribute',
    () =>
      ec2.send(new ModifyImageAttributeCommand({ ImageId: image.ImageId, LaunchPermission: { Add: add } })),
    sleep,
  );
  if (sharing.accounts.length === 0) return;
  for (const snapshotId of snapshotsOf(image)) {
    await call(
      'ec2:ModifySnapshotAttribute',
      () =>
        ec2.send(
          new ModifySnapshotAttributeCommand({
            SnapshotId: snapshotId,
            Attribute: 'createVolumePermission',
            OperationType: 'add',
            UserIds: sharing.accounts,
          }),
        ),
      sleep,
    );
  }
}

export async function deregisterImage(ec2: EC2Client, imageId: string, sleep: Sleep): Promise<void> {
  try {
    await call(
      'ec2:DeregisterImage',
      () => ec2.send(new DeregisterImageCommand({ ImageId: imageId })),
      sleep,
    );
  } catch (error) {
    if (!/InvalidAMIID\.(NotFound|Unavailable)/.test(errorCode((error as { cause?: unknown }).cause)))
      throw error;
  }
}

/** Deletes a snapshot unless an AMI still uses it (then it is a source in use: kept, and false returned). */
export async function deleteSnapshotIfUnused(
  ec2: EC2Client,
  snapshotId: string,
  sleep: Sleep,
): Promise<boolean> {
  const users = await describeImages(
    ec2,
    [{ Name: 'block-device-mapping.snapshot-id', Values: [snapshotId] }],
    sleep,
  );
  if (users.some((image) => image.State !== 'deregistered')) return false;
  try {
    await call(
      'ec2:DeleteSnapshot',
      () => ec2.send(new DeleteSnapshotCommand({ SnapshotId: snapshotId })),
      sleep,
    );
  } catch (error) {
    const code = errorCode((error as { cause?: unknown }).cause);
    if (code === 'InvalidSnapshot.InUse') return false;
    if (code !== 'InvalidSnapshot.NotFound') throw error;
  }
  return true;
}
