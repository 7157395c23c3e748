/**
 * A FAKE of the EC2, EBS and S3 calls publish-ami makes — AWS cannot run here. Stateful and in memory,
 * wired into the real SDK clients with aws-sdk-client-mock (every EC2Client/EBSClient/S3Client `send` is
 * answered here, per region read from the client's own config). It enforces the API rules osimg relies on:
 *
 * - EBS direct: 512 KiB blocks only, SHA-256 checksums checked per block (base64), block index inside the
 *   volume, writes only while the snapshot is pending, ChangedBlocksCount and the LINEAR aggregate checksum
 *   checked by CompleteSnapshot (a mismatch puts the snapshot in state error), StartSnapshot client tokens.
 * - Snapshots pending → completed (or error) after a few DescribeSnapshots; AMIs pending → available (or
 *   failed) after a few DescribeImages; import tasks active → completed/deleted.
 * - AMI names unique per region (InvalidAMIName.Duplicate), RegisterImage only from a completed snapshot in
 *   the same region, TPM only with UEFI, arm64 only with UEFI, tag resource types, CopyImage client tokens
 *   (same token + same parameters = same AMI, else IdempotentParameterMismatch), snapshots in use cannot be
 *   deleted, public sharing refused under image block public access.
 * - S3 multipart: parts of at least 5 MiB but the last, part ETags checked on completion, NoSuchBucket,
 *   AccessDenied; VM Import needs the vmimport role and its read access to the bucket, and the object must
 *   exist until the import task has finished.
 * - Throttling on demand (ThrottlingException for EBS, RequestLimitExceeded for EC2, SlowDown for S3) and
 *   any other fault injected per operation and region.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import {
  CancelImportTaskCommand,
  CopyImageCommand,
  CreateTagsCommand,
  DeleteSnapshotCommand,
  DeregisterImageCommand,
  DescribeImagesCommand,
  DescribeImportSnapshotTasksCommand,
  DescribeSnapshotsCommand,
  EC2Client,
  EC2ServiceException,
  GetImageBlockPublicAccessStateCommand,
  ImportSnapshotCommand,
  ModifyImageAttributeCommand,
  ModifySnapshotAttributeCommand,
  RegisterImageCommand,
  type Filter,
  type Image,
  type Snapshot,
  type Tag,
} from '@aws-sdk/client-ec2';
import {
  CompleteSnapshotCommand,
  EBSClient,
  EBSServiceException,
  PutSnapshotBlockCommand,
  StartSnapshotCommand,
} from '@aws-sdk/client-ebs';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import type { AwsClients } from '../../src/ami/aws.js';

export const FAKE_ACCOUNT = '111122223333';
export const EBS_BLOCK = 512 * 1024;
const GIB = 1024 ** 3;
const MIN_PART = 5 * 1024 * 1024;

export interface FakeSnapshot {
  id: string;
  region: string;
  state: 'pending' | 'completed' | 'error';
  /** EBS direct: CompleteSnapshot was called; completes after `polls` more DescribeSnapshots. */
  sealed: boolean;
  polls: number;
  volumeSize: number;
  /** Block index → raw SHA-256 of what was written. */
  blocks: Map<number, Buffer>;
  tags: Tag[];
  description: string;
  startTime: Date;
  stateMessage?: string;
  createVolumeUserIds: Set<string>;
  origin: 'ebs-direct' | 'copy' | 'import';
}

export interface FakeImage {
  id: string;
  region: string;
  name: string;
  state: 'pending' | 'available' | 'failed';
  polls: number;
  /** Becomes failed instead of available (an injected copy failure). */
  willFail?: string;
  input: Record<string, unknown>;
  snapshotIds: string[];
  tags: Tag[];
  created: Date;
  launchPermissions: Array<Record<string, string>>;
}

export interface FakeImportTask {
  id: string;
  region: string;
  status: 'active' | 'completed' | 'deleted';
  polls: number;
  bucket: string;
  key: string;
  snapshotId?: string;
  statusMessage: string;
  tags: Tag[];
}

interface FakeObject {
  bytes: number;
  sha256: string;
}

interface FakeBucket {
  region: string;
  /** The caller (publish role) may not write: AccessDenied. */
  denied: boolean;
  objects: Map<string, FakeObject>;
  uploads: Map<string, { key: string; parts: Map<number, { data: Buffer; etag: string }> }>;
}

interface Fault {
  op: string;
  region?: string;
  times: number;
  code: string;
  message: string;
  match?: (input: Record<string, unknown>) => boolean;
}

export interface FakeCall {
  op: string;
  region: string;
  input: Record<string, unknown>;
}

const EBS_OPS = new Set(['StartSnapshot', 'PutSnapshotBlock', 'CompleteSnapshot']);
const S3_OPS = new Set([
  'CreateMultipartUpload',
  'UploadPart',
  'CompleteMultipartUpload',
  'AbortMultipartUpload',
  'PutObject',
  'DeleteObject',
]);

export class AwsFake {
  readonly calls: FakeCall[] = [];
  readonly snapshots = new Map<string, FakeSnapshot>();
  readonly images = new Map<string, FakeImage>();
  readonly importTasks = new Map<string, FakeImportTask>();
  readonly buckets = new Map<string, FakeBucket>();
  readonly blockPublicAccess = new Map<string, 'block-new-sharing' | 'unblocked'>();
  /** Regions whose CopyImage results end in state failed. */
  readonly failingCopies = new Set<string>();
  /** The vmimport service role: fine, absent, or without read access to the bucket. */
  vmimportRole: 'ok' | 'missing' | 'no-bucket-access' = 'ok';
  /** Describe calls a pending resource stays pending. */
  pendingPolls = 2;
  /** Block indexes whose next PutSnapshotBlock body arrives with one byte flipped (damage in transit). */
  readonly corruptBlocks = new Set<number>();
  /** Bytes received by PutSnapshotBlock (every attempt that passed validation). */
  blockBytesReceived = 0;
  clock = Date.parse('2025-01-15T12:00:00Z');
  private readonly faults: Fault[] = [];
  private readonly ebsTokens = new Map<string, { snapshotId: string; params: string }>();
  private readonly copyTokens = new Map<string, { imageId: string; params: string }>();
  private readonly importTokens = new Map<string, string>();
  private counter = 0;
  private mocks: Array<{ restore(): void }> = [];

  /** Answers every EC2, EBS and S3 client's send from now on. */
  install(): this {
    const ec2 = mockClient(EC2Client);
    const ebs = mockClient(EBSClient);
    const s3 = mockClient(S3Client);
    this.mocks = [ec2, ebs, s3];
    const unknown = (input: unknown) => {
      throw new Error(`the AWS fake does not implement this command: ${JSON.stringify(input).slice(0, 200)}`);
    };
    for (const mock of this.mocks as Array<ReturnType<typeof mockClient>>)
      mock.onAnyCommand().callsFake(unknown);
    const wire = <T>(
      mock: ReturnType<typeof mockClient>,
      command: new (input: never) => T,
      op: string,
      handler: (region: string, input: Record<string, unknown>) => unknown,
    ) => {
      mock
        .on(command as never)
        .callsFake(async (input: Record<string, unknown>, getClient: () => unknown) => {
          const client = getClient() as { config: { region: () => Promise<string> } };
          const region = await client.config.region();
          this.calls.push({ op, region, input });
          this.injected(op, region, input);
          return handler.call(this, region, input);
        });
    };
    wire(ebs as never, StartSnapshotCommand, 'StartSnapshot', this.startSnapshot);
    wire(ebs as never, PutSnapshotBlockCommand, 'PutSnapshotBlock', this.putSnapshotBlock);
    wire(ebs as never, CompleteSnapshotCommand, 'CompleteSnapshot', this.completeSnapshot);
    wire(ec2 as never, DescribeSnapshotsCommand, 'DescribeSnapshots', this.describeSnapshots);
    wire(ec2 as never, DescribeImagesCommand, 'DescribeImages', this.describeImages);
    wire(ec2 as never, RegisterImageCommand, 'RegisterImage', this.registerImage);
    wire(ec2 as never, CopyImageCommand, 'CopyImage', this.copyImage);
    wire(ec2 as never, DeregisterImageCommand, 'DeregisterImage', this.deregisterImage);
    wire(ec2 as never, DeleteSnapshotCommand, 'DeleteSnapshot', this.deleteSnapshot);
    wire(ec2 as never, ModifyImageAttributeCommand, 'ModifyImageAttribute', this.modifyImageAttribute);
    wire(
      ec2 as never,
      ModifySnapshotAttributeCommand,
      'ModifySnapshotAttribute',
      this.modifySnapshotAttribute,
    );
    wire(ec2 as never, GetImageBlockPublicAccessStateCommand, 'GetImageBlockPublicAccessState', (region) => ({
      ImageBlockPublicAccessState: this.blockPublicAccess.get(region) ?? 'unblocked',
    }));
    wire(ec2 as never, CreateTagsCommand, 'CreateTags', this.createTags);
    wire(ec2 as never, ImportSnapshotCommand, 'ImportSnapshot', this.importSnapshot);
    wire(
      ec2 as never,
      DescribeImportSnapshotTasksCommand,
      'DescribeImportSnapshotTasks',
      this.describeImportTasks,
    );
    wire(ec2 as never, CancelImportTaskCommand, 'CancelImportTask', this.cancelImportTask);
    wire(s3 as never, CreateMultipartUploadCommand, 'CreateMultipartUpload', this.createMultipartUpload);
    wire(s3 as never, UploadPartCommand, 'UploadPart', this.uploadPart);
    wire(
      s3 as never,
      CompleteMultipartUploadCommand,
      'CompleteMultipartUpload',
      this.completeMultipartUpload,
    );
    wire(s3 as never, AbortMultipartUploadCommand, 'AbortMultipartUpload', this.abortMultipartUpload);
    wire(s3 as never, PutObjectCommand, 'PutObject', this.putObject);
    wire(s3 as never, DeleteObjectCommand, 'DeleteObject', this.deleteObject);
    return this;
  }

  restore(): void {
    for (const mock of this.mocks) mock.restore();
    this.mocks = [];
  }

  /** Clients for publishAmi: real SDK clients (answered by this fake), no waiting, the fake's clock. */
  clients(options: { credentials?: boolean } = {}): AwsClients {
    const ec2 = new Map<string, EC2Client>();
    const ebs = new Map<string, EBSClient>();
    const s3 = new Map<string, S3Client>();
    const credentials = { accessKeyId: 'AKIAFAKE', secretAccessKey: 'fake' };
    const get = <T>(map: Map<string, T>, region: string, make: () => T) => {
      if (!map.has(region)) map.set(region, make());
      return map.get(region)!;
    };
    return {
      ec2: (region) => get(ec2, region, () => new EC2Client({ region, credentials, maxAttempts: 1 })),
      ebs: (region) => get(ebs, region, () => new EBSClient({ region, credentials, maxAttempts: 1 })),
      s3: (region) => get(s3, region, () => new S3Client({ region, credentials, maxAttempts: 1 })),
      checkCredentials: async () => {
        if (options.credentials === false) {
          const { missingCredentials } = await import('../../src/ami/aws.js');
          throw missingCredentials(new Error('Could not load credentials from any providers'));
        }
      },
      sleep: async () => undefined,
      now: () => this.clock,
    };
  }

  // ---- faults ----

  /** The next `times` calls of `op` (in `region`, if given) fail with the service's throttling error. */
  throttle(op: string, times: number, region?: string): void {
    const code = EBS_OPS.has(op)
      ? 'ThrottlingException'
      : S3_OPS.has(op)
        ? 'SlowDown'
        : 'RequestLimitExceeded';
    this.faults.push({ op, region, times, code, message: 'Rate exceeded' });
  }

  fail(
    op: string,
    code: string,
    options: { times?: number; region?: string; message?: string; match?: Fault['match'] } = {},
  ): void {
    this.faults.push({
      op,
      region: options.region,
      times: options.times ?? 1,
      code,
      message: options.message ?? `injected ${code}`,
      match: options.match,
    });
  }

  addBucket(name: string, region: string, options: { denied?: boolean } = {}): void {
    this.buckets.set(name, {
      region,
      denied: options.denied ?? false,
      objects: new Map(),
      uploads: new Map(),
    });
  }

  /** A resource made outside this test's run (an earlier run, a colleague), for reuse and janitor tests. */
  seedSnapshot(region: string, fields: Partial<FakeSnapshot> = {}): FakeSnapshot {
    const snapshot: FakeSnapshot = {
      id: this.id('snap'),
      region,
      state: 'completed',
      sealed: true,
      polls: 0,
      volumeSize: 1,
      blocks: new Map(),
      tags: [],
      description: '',
      startTime: new Date(this.clock),
      createVolumeUserIds: new Set(),
      origin: 'ebs-direct',
      ...fields,
    };
    this.snapshots.set(snapshot.id, snapshot);
    return snapshot;
  }

  seedImage(region: string, fields: Partial<FakeImage> & { name: string; snapshotIds: string[] }): FakeImage {
    const image: FakeImage = {
      id: this.id('ami'),
      region,
      state: 'available',
      polls: 0,
      input: { Architecture: 'x86_64', BootMode: 'uefi' },
      tags: [],
      created: new Date(this.clock),
      launchPermissions: [],
      ...fields,
    };
    this.images.set(image.id, image);
    return image;
  }

  count(op: string, region?: string): number {
    return this.calls.filter((call) => call.op === op && (!region || call.region === region)).length;
  }

  imagesIn(region: string): FakeImage[] {
    return [...this.images.values()].filter((image) => image.region === region);
  }

  snapshotsIn(region: string): FakeSnapshot[] {
    return [...this.snapshots.values()].filter((snapshot) => snapshot.region === region);
  }

  // ---- helpers ----

  private id(prefix: string): string {
    this.counter++;
    return `${prefix}-${this.counter.toString(16).padStart(17, '0')}`;
  }

  private injected(op: string, region: string, input: Record<string, unknown>): void {
    const fault = this.faults.find(
      (f) => f.op === op && f.times > 0 && (!f.region || f.region === region) && (!f.match || f.match(input)),
    );
    if (!fault) return;
    fault.times--;
    throw this.error(op, fault.code, fault.message);
  }

  private error(op: string, code: string, message: string): Error {
    const status = /Throttl|RequestLimitExceeded|SlowDown/.test(code)
      ? code === 'SlowDown'
        ? 503
        : 400
      : /Internal/.test(code)
        ? 500
        : 400;
    const shape = {
      name: code,
      $fault: status >= 500 ? ('server' as const) : ('client' as const),
      $metadata: { httpStatusCode: status },
      message,
    };
    if (EBS_OPS.has(op))
      return Object.assign(
        new EBSServiceException(shape),
        code === 'ThrottlingException' ? { $retryable: { throttling: true } } : {},
      );
    if (S3_OPS.has(op)) return new S3ServiceException(shape);
    return Object.assign(new EC2ServiceException(shape), { Code: code });
  }

  private snapshot(op: string, region: string, id: unknown): FakeSnapshot {
    const snapshot = typeof id === 'string' ? this.snapshots.get(id) : undefined;
    if (!snapshot || snapshot.region !== region) {
      if (EBS_OPS.has(op))
        throw this.error(op, 'ResourceNotFoundException', `The snapshot '${String(id)}' does not exist.`);
      throw this.error(op, 'InvalidSnapshot.NotFound', `The snapshot '${String(id)}' does not exist.`);
    }
    return snapshot;
  }

  private image(op: string, region: string, id: unknown): FakeImage {
    const image = typeof id === 'string' ? this.images.get(id) : undefined;
    if (!image || image.region !== region)
      throw this.error(op, 'InvalidAMIID.NotFound', `The image id '[${String(id)}]' does not exist`);
    return image;
  }

  private tagsFor(op: string, specs: unknown, allowed: string[]): Record<string, Tag[]> {
    const result: Record<string, Tag[]> = {};
    for (const spec of (specs as Array<{ ResourceType?: string; Tags?: Tag[] }>) ?? []) {
      if (!spec.ResourceType || !allowed.includes(spec.ResourceType))
        throw this.error(
          op,
          'InvalidParameterValue',
          `'${spec.ResourceType}' is not a valid taggable resource type for this operation.`,
        );
      result[spec.ResourceType] = [...(result[spec.ResourceType] ?? []), ...(spec.Tags ?? [])];
    }
    return result;
  }

  // ---- EBS direct ----

  private startSnapshot(region: string, input: Record<string, unknown>) {
    const size = input.VolumeSize as number;
    if (!Number.isInteger(size) || size < 1 || size > 65536)
      throw this.error('StartSnapshot', 'ValidationException', 'INVALID_VOLUME_SIZE');
    const token = input.ClientToken as string | undefined;
    const params = JSON.stringify([size, input.Description ?? '', input.Tags ?? []]);
    if (token) {
      const known = this.ebsTokens.get(`${region}/${token}`);
      if (known) {
        if (known.params !== params)
          throw this.error(
            'StartSnapshot',
            'ConflictException',
            'The client token was reused with different parameters.',
          );
        return this.startResponse(this.snapshots.get(known.snapshotId)!);
      }
    }
    const snapshot = this.seedSnapshot(region, {
      state: 'pending',
      sealed: false,
      volumeSize: size,
      tags: (input.Tags as Tag[]) ?? [],
      description: (input.Description as string) ?? '',
    });
    if (token) this.ebsTokens.set(`${region}/${token}`, { snapshotId: snapshot.id, params });
    return this.startResponse(snapshot);
  }

  private startResponse(snapshot: FakeSnapshot) {
    return {
      SnapshotId: snapshot.id,
      OwnerId: FAKE_ACCOUNT,
      Status: snapshot.state,
      VolumeSize: snapshot.volumeSize,
      BlockSize: EBS_BLOCK,
      StartTime: snapshot.startTime,
      Tags: snapshot.tags,
      Description: snapshot.description,
    };
  }

  private async putSnapshotBlock(region: string, input: Record<string, unknown>) {
    const op = 'PutSnapshotBlock';
    const snapshot = this.snapshot(op, region, input.SnapshotId);
    if (snapshot.state !== 'pending' || snapshot.sealed)
      throw this.error(op, 'ValidationException', `The snapshot ${snapshot.id} is not in the pending state.`);
    const index = input.BlockIndex as number;
    if (!Number.isInteger(index) || index < 0 || index >= (snapshot.volumeSize * GIB) / EBS_BLOCK)
      throw this.error(op, 'ValidationException', 'INVALID_BLOCK: the block index is outside the volume');
    if (input.DataLength !== EBS_BLOCK)
      throw this.error(op, 'ValidationException', `INVALID_PARAMETER_VALUE: DataLength must be ${EBS_BLOCK}`);
    let data = await bytesOf(input.BlockData);
    if (this.corruptBlocks.delete(index)) {
      data = Buffer.from(data);
      data[0] = data[0]! ^ 0xff;
    }
    if (data.length !== EBS_BLOCK)
      throw this.error(
        op,
        'ValidationException',
        `the body has ${data.length} bytes, DataLength says ${EBS_BLOCK}`,
      );
    if (input.ChecksumAlgorithm !== 'SHA256')
      throw this.error(
        op,
        'ValidationException',
        'INVALID_PARAMETER_VALUE: ChecksumAlgorithm must be SHA256',
      );
    const digest = createHash('sha256').update(data).digest();
    if (input.Checksum !== digest.toString('base64'))
      throw this.error(op, 'ValidationException', 'The checksum of the block does not match the data.');
    snapshot.blocks.set(index, digest);
    this.blockBytesReceived += data.length;
    return { Checksum: digest.toString('base64'), ChecksumAlgorithm: 'SHA256' };
  }

  private completeSnapshot(region: string, input: Record<string, unknown>) {
    const op = 'CompleteSnapshot';
    const snapshot = this.snapshot(op, region, input.SnapshotId);
    if (snapshot.state !== 'pending' || snapshot.sealed)
      throw this.error(op, 'ValidationException', `The snapshot ${snapshot.id} is not in the pending state.`);
    snapshot.sealed = true;
    snapshot.polls = this.pendingPolls;
    if (input.ChangedBlocksCount !== snapshot.blocks.size) {
      snapshot.state = 'error';
      snapshot.stateMessage = `ChangedBlocksCount ${String(input.ChangedBlocksCount)} does not match the ${snapshot.blocks.size} blocks written`;
    } else if (input.Checksum !== undefined) {
      if (input.ChecksumAlgorithm !== 'SHA256' || input.ChecksumAggregationMethod !== 'LINEAR')
        throw this.error(
          op,
          'ValidationException',
          'INVALID_PARAMETER_VALUE: SHA256 with LINEAR aggregation only',
        );
      const hash = createHash('sha256');
      for (const index of [...snapshot.blocks.keys()].sort((a, b) => a - b))
        hash.update(snapshot.blocks.get(index)!);
      if (hash.digest('base64') !== input.Checksum) {
        snapshot.state = 'error';
        snapshot.stateMessage = 'The aggregated checksum does not match the blocks written';
      }
    }
    return { Status: snapshot.state === 'error' ? 'error' : 'pending' };
  }

  // ---- EC2: snapshots ----

  private describeSnapshots(region: string, input: Record<string, unknown>) {
    const ids = input.SnapshotIds as string[] | undefined;
    let list = [...this.snapshots.values()].filter((s) => s.region === region);
    if (ids?.length) {
      for (const id of ids) this.snapshot('DescribeSnapshots', region, id);
      list = list.filter((s) => ids.includes(s.id));
    }
    list = list.filter((s) =>
      matches(input.Filters as Filter[] | undefined, { tags: s.tags, status: s.state }),
    );
    for (const s of list) {
      if (s.state === 'pending' && s.sealed && s.polls-- <= 0) s.state = 'completed';
    }
    return { Snapshots: list.map((s) => this.snapshotView(s)) };
  }

  private snapshotView(s: FakeSnapshot): Snapshot {
    return {
      SnapshotId: s.id,
      State: s.state,
      StateMessage: s.stateMessage,
      StartTime: s.startTime,
      VolumeSize: s.volumeSize,
      OwnerId: FAKE_ACCOUNT,
      Tags: s.tags,
      Description: s.description,
      Progress: s.state === 'completed' ? '100%' : '50%',
    };
  }

  private deleteSnapshot(region: string, input: Record<string, unknown>) {
    const snapshot = this.snapshot('DeleteSnapshot', region, input.SnapshotId);
    const user = [...this.images.values()].find((image) => image.snapshotIds.includes(snapshot.id));
    if (user)
      throw this.error(
        'DeleteSnapshot',
        'InvalidSnapshot.InUse',
        `The snapshot ${snapshot.id} is currently in use by ${user.id}`,
      );
    this.snapshots.delete(snapshot.id);
    return {};
  }

  private modifySnapshotAttribute(region: string, input: Record<string, unknown>) {
    const snapshot = this.snapshot('ModifySnapshotAttribute', region, input.SnapshotId);
    if (input.Attribute !== 'createVolumePermission' || input.OperationType !== 'add')
      throw this.error(
        'ModifySnapshotAttribute',
        'InvalidParameterValue',
        'only createVolumePermission add is faked',
      );
    for (const user of (input.UserIds as string[]) ?? []) {
      if (!/^\d{12}$/.test(user))
        throw this.error('ModifySnapshotAttribute', 'InvalidUserID.Malformed', `Invalid user id: "${user}"`);
      snapshot.createVolumeUserIds.add(user);
    }
    return {};
  }

  // ---- EC2: images ----

  private describeImages(region: string, input: Record<string, unknown>) {
    const ids = input.ImageIds as string[] | undefined;
    let list = [...this.images.values()].filter((image) => image.region === region);
    if (ids?.length) {
      for (const id of ids) this.image('DescribeImages', region, id);
      list = list.filter((image) => ids.includes(image.id));
    }
    list = list.filter((image) =>
      matches(input.Filters as Filter[] | undefined, {
        tags: image.tags,
        name: image.name,
        state: image.state,
        'block-device-mapping.snapshot-id': image.snapshotIds,
      }),
    );
    for (const image of list) {
      if (image.state === 'pending' && image.polls-- <= 0) {
        image.state = image.willFail ? 'failed' : 'available';
        for (const id of image.snapshotIds) {
          const snapshot = this.snapshots.get(id);
          if (snapshot?.state === 'pending') snapshot.state = image.willFail ? 'error' : 'completed';
        }
      }
    }
    return { Images: list.map((image) => this.imageView(image)) };
  }

  private imageView(image: FakeImage): Image {
    return {
      ImageId: image.id,
      Name: image.name,
      State: image.state,
      StateReason:
        image.state === 'failed' ? { Code: 'Client.CopyFailed', Message: image.willFail } : undefined,
      OwnerId: FAKE_ACCOUNT,
      CreationDate: image.created.toISOString(),
      Architecture: image.input.Architecture as Image['Architecture'],
      BootMode: image.input.BootMode as Image['BootMode'],
      TpmSupport: image.input.TpmSupport as Image['TpmSupport'],
      ImdsSupport: image.input.ImdsSupport as Image['ImdsSupport'],
      EnaSupport: image.input.EnaSupport as boolean | undefined,
      SriovNetSupport: image.input.SriovNetSupport as string | undefined,
      RootDeviceName: image.input.RootDeviceName as string | undefined,
      Description: image.input.Description as string | undefined,
      Public: image.launchPermissions.some((p) => p.Group === 'all'),
      BlockDeviceMappings: image.snapshotIds.map((id, i) => ({
        DeviceName:
          i === 0 ? ((image.input.RootDeviceName as string) ?? '/dev/xvda') : `/dev/xvd${'bcdefg'[i - 1]}`,
        Ebs: { SnapshotId: id, VolumeType: 'gp3', DeleteOnTermination: true },
      })),
      Tags: image.tags,
    };
  }

  private checkName(op: string, region: string, name: unknown): string {
    if (
      typeof name !== 'string' ||
      name.length < 3 ||
      name.length > 128 ||
      !/^[A-Za-z0-9()[\] ./\-'@_]+$/.test(name)
    )
      throw this.error(
        op,
        'InvalidAMIName.Malformed',
        `AMI names must be 3-128 characters of [A-Za-z0-9()[] ./-'@_]: ${String(name)}`,
      );
    if (this.imagesIn(region).some((image) => image.name === name))
      throw this.error(
        op,
        'InvalidAMIName.Duplicate',
        `AMI name ${name} is already in use by an AMI in ${region}`,
      );
    return name;
  }

  private registerImage(region: string, input: Record<string, unknown>) {
    const op = 'RegisterImage';
    const name = this.checkName(op, region, input.Name);
    const mappings =
      (input.BlockDeviceMappings as Array<{ DeviceName?: string; Ebs?: { SnapshotId?: string } }>) ?? [];
    if (!mappings.some((m) => m.DeviceName === input.RootDeviceName))
      throw this.error(
        op,
        'InvalidBlockDeviceMapping',
        `the root device ${String(input.RootDeviceName)} has no block device mapping`,
      );
    const snapshotIds = mappings.flatMap((m) => (m.Ebs?.SnapshotId ? [m.Ebs.SnapshotId] : []));
    for (const id of snapshotIds) {
      const snapshot = this.snapshot(op, region, id);
      if (snapshot.state !== 'completed')
        throw this.error(op, 'IncorrectState', `Snapshot ${id} is in invalid state - ${snapshot.state}`);
    }
    if (!['i386', 'x86_64', 'arm64'].includes(input.Architecture as string))
      throw this.error(op, 'InvalidParameterValue', `Invalid architecture: ${String(input.Architecture)}`);
    if (
      input.BootMode !== undefined &&
      !['legacy-bios', 'uefi', 'uefi-preferred'].includes(input.BootMode as string)
    )
      throw this.error(op, 'InvalidParameterValue', `Invalid boot mode: ${String(input.BootMode)}`);
    if (input.Architecture === 'arm64' && input.BootMode && input.BootMode !== 'uefi')
      throw this.error(op, 'InvalidParameterCombination', 'arm64 AMIs boot with UEFI only');
    if (
      input.TpmSupport !== undefined &&
      (input.TpmSupport !== 'v2.0' || input.BootMode === 'legacy-bios' || !input.BootMode)
    )
      throw this.error(
        op,
        'InvalidParameterCombination',
        'NitroTPM (TpmSupport v2.0) requires boot mode uefi',
      );
    if (input.ImdsSupport !== undefined && input.ImdsSupport !== 'v2.0')
      throw this.error(op, 'InvalidParameterValue', 'ImdsSupport must be v2.0');
    if (input.EnaSupport && input.VirtualizationType !== 'hvm')
      throw this.error(op, 'InvalidParameterCombination', 'ENA requires HVM');
    const tags = this.tagsFor(op, input.TagSpecifications, ['image']);
    const image = this.seedImage(region, {
      name,
      state: 'pending',
      polls: this.pendingPolls,
      input,
      snapshotIds,
      tags: tags.image ?? [],
    });
    return { ImageId: image.id };
  }

  private copyImage(region: string, input: Record<string, unknown>) {
    const op = 'CopyImage';
    const sourceRegion = input.SourceRegion as string;
    const source = this.image(op, sourceRegion, input.SourceImageId);
    const params = JSON.stringify([input.SourceImageId, sourceRegion, input.Name, input.Description]);
    const token = input.ClientToken as string | undefined;
    if (token) {
      const known = this.copyTokens.get(`${region}/${token}`);
      if (known) {
        if (known.params !== params)
          throw this.error(
            op,
            'IdempotentParameterMismatch',
            'The client token was already used with different parameters.',
          );
        return { ImageId: known.imageId };
      }
    }
    if (source.state !== 'available')
      throw this.error(op, 'IncorrectState', `Image ${source.id} is not available (${source.state})`);
    const name = this.checkName(op, region, input.Name);
    const tags = this.tagsFor(op, input.TagSpecifications, ['image', 'snapshot']);
    const snapshots = source.snapshotIds.map((id) =>
      this.seedSnapshot(region, {
        state: 'pending',
        sealed: false,
        volumeSize: this.snapshots.get(id)?.volumeSize ?? 1,
        tags: tags.snapshot ?? [],
        description: `Copied for DestinationAmi from SourceAmi ${source.id}`,
        origin: 'copy',
      }),
    );
    const image = this.seedImage(region, {
      name,
      state: 'pending',
      polls: this.pendingPolls,
      willFail: this.failingCopies.has(region)
        ? `Copy of ${source.id} to ${region} failed (injected)`
        : undefined,
      input: { ...source.input, Name: name, Description: input.Description },
      snapshotIds: snapshots.map((s) => s.id),
      tags: [...(input.CopyImageTags ? source.tags : []), ...(tags.image ?? [])],
    });
    if (token) this.copyTokens.set(`${region}/${token}`, { imageId: image.id, params });
    return { ImageId: image.id };
  }

  private deregisterImage(region: string, input: Record<string, unknown>) {
    const image = this.image('DeregisterImage', region, input.ImageId);
    this.images.delete(image.id);
    return {};
  }

  private modifyImageAttribute(region: string, input: Record<string, unknown>) {
    const op = 'ModifyImageAttribute';
    const image = this.image(op, region, input.ImageId);
    const add = ((input.LaunchPermission as { Add?: Array<Record<string, string>> })?.Add ?? []) as Array<
      Record<string, string>
    >;
    for (const permission of add) {
      if (permission.UserId !== undefined && !/^\d{12}$/.test(permission.UserId))
        throw this.error(
          op,
          'InvalidAMIAttributeItemValue',
          `Invalid attribute item value "${permission.UserId}" for userId item type.`,
        );
      if (permission.Group === 'all' && this.blockPublicAccess.get(region) === 'block-new-sharing')
        throw this.error(
          op,
          'OperationNotPermitted',
          'Public sharing of AMIs is blocked by image block public access.',
        );
      if (permission.Group !== undefined && permission.Group !== 'all')
        throw this.error(op, 'InvalidParameterValue', `Invalid group "${permission.Group}"`);
    }
    for (const permission of add)
      if (!image.launchPermissions.some((p) => JSON.stringify(p) === JSON.stringify(permission)))
        image.launchPermissions.push(permission);
    return {};
  }

  private createTags(region: string, input: Record<string, unknown>) {
    for (const id of (input.Resources as string[]) ?? []) {
      const resource = id.startsWith('snap-')
        ? this.snapshot('CreateTags', region, id)
        : this.image('CreateTags', region, id);
      for (const tag of (input.Tags as Tag[]) ?? []) {
        resource.tags = resource.tags.filter((t) => t.Key !== tag.Key);
        resource.tags.push(tag);
      }
    }
    return {};
  }

  // ---- VM Import ----

  private importSnapshot(region: string, input: Record<string, unknown>) {
    const op = 'ImportSnapshot';
    const token = input.ClientToken as string | undefined;
    if (token && this.importTokens.has(`${region}/${token}`)) {
      const task = this.importTasks.get(this.importTokens.get(`${region}/${token}`)!)!;
      return { ImportTaskId: task.id, SnapshotTaskDetail: this.taskDetail(task) };
    }
    if (this.vmimportRole === 'missing')
      throw this.error(
        op,
        'InvalidParameter',
        'The service role vmimport provided does not exist or does not have sufficient permissions',
      );
    const container = input.DiskContainer as {
      Format?: string;
      UserBucket?: { S3Bucket?: string; S3Key?: string };
    };
    if (!['RAW', 'VMDK', 'VHD', 'VHDX', 'OVA'].includes((container?.Format ?? '').toUpperCase()))
      throw this.error(op, 'InvalidParameter', `Unsupported disk format ${String(container?.Format)}`);
    const bucket = container.UserBucket?.S3Bucket ?? '';
    const key = container.UserBucket?.S3Key ?? '';
    const tags = this.tagsFor(op, input.TagSpecifications, ['import-snapshot-task']);
    const task: FakeImportTask = {
      id: this.id('import-snap'),
      region,
      status: 'active',
      polls: this.pendingPolls + 1,
      bucket,
      key,
      statusMessage: 'pending',
      tags: tags['import-snapshot-task'] ?? [],
    };
    this.importTasks.set(task.id, task);
    if (token) this.importTokens.set(`${region}/${token}`, task.id);
    return { ImportTaskId: task.id, SnapshotTaskDetail: this.taskDetail(task) };
  }

  private taskDetail(task: FakeImportTask) {
    return {
      Status: task.status,
      StatusMessage: task.statusMessage,
      SnapshotId: task.snapshotId,
      UserBucket: { S3Bucket: task.bucket, S3Key: task.key },
    };
  }

  private describeImportTasks(region: string, input: Record<string, unknown>) {
    const ids = (input.ImportTaskIds as string[]) ?? [];
    const tasks = [...this.importTasks.values()].filter(
      (task) => task.region === region && (!ids.length || ids.includes(task.id)),
    );
    for (const task of tasks) this.advance(task);
    return {
      ImportSnapshotTasks: tasks.map((task) => ({
        ImportTaskId: task.id,
        SnapshotTaskDetail: this.taskDetail(task),
        Tags: task.tags,
      })),
    };
  }

  /** One poll of an active task: it reads the object each time, so the object must still be there. */
  private advance(task: FakeImportTask): void {
    if (task.status !== 'active') return;
    const bucket = this.buckets.get(task.bucket);
    const object = bucket?.objects.get(task.key);
    if (this.vmimportRole === 'no-bucket-access') {
      task.status = 'deleted';
      task.statusMessage = `ClientError: Access Denied: the role vmimport cannot read s3://${task.bucket}/${task.key}`;
      return;
    }
    if (!bucket || !object || bucket.region !== task.region) {
      task.status = 'deleted';
      task.statusMessage = `ClientError: Unable to find the S3 object s3://${task.bucket}/${task.key}`;
      return;
    }
    if (task.polls-- > 0) {
      task.statusMessage = 'converting';
      return;
    }
    const snapshot = this.seedSnapshot(task.region, {
      volumeSize: Math.max(1, Math.ceil(object.bytes / GIB)),
      description: `Created by AWS-VMImport service for ${task.id}`,
      origin: 'import',
    });
    task.status = 'completed';
    task.statusMessage = 'completed';
    task.snapshotId = snapshot.id;
  }

  private cancelImportTask(region: string, input: Record<string, unknown>) {
    const task = this.importTasks.get(input.ImportTaskId as string);
    if (!task || task.region !== region)
      throw this.error('CancelImportTask', 'InvalidConversionTaskId', 'no such task');
    if (task.status === 'active') {
      task.status = 'deleted';
      task.statusMessage = 'cancelled';
    }
    return { ImportTaskId: task.id, PreviousState: 'active', State: task.status };
  }

  // ---- S3 ----

  private bucket(op: string, region: string, name: unknown, write: boolean): FakeBucket {
    const bucket = this.buckets.get(name as string);
    if (!bucket) throw this.error(op, 'NoSuchBucket', 'The specified bucket does not exist');
    if (bucket.region !== region)
      throw this.error(op, 'PermanentRedirect', `The bucket is in ${bucket.region}`);
    if (write && bucket.denied) throw this.error(op, 'AccessDenied', 'Access Denied');
    return bucket;
  }

  private createMultipartUpload(region: string, input: Record<string, unknown>) {
    const bucket = this.bucket('CreateMultipartUpload', region, input.Bucket, true);
    const uploadId = this.id('upload');
    bucket.uploads.set(uploadId, { key: input.Key as string, parts: new Map() });
    return { UploadId: uploadId, Bucket: input.Bucket, Key: input.Key };
  }

  private async uploadPart(region: string, input: Record<string, unknown>) {
    const bucket = this.bucket('UploadPart', region, input.Bucket, true);
    const upload = bucket.uploads.get(input.UploadId as string);
    if (!upload || upload.key !== input.Key)
      throw this.error('UploadPart', 'NoSuchUpload', 'The specified upload does not exist');
    const number = input.PartNumber as number;
    if (!Number.isInteger(number) || number < 1 || number > 10000)
      throw this.error('UploadPart', 'InvalidArgument', 'Part number must be an integer between 1 and 10000');
    const data = await bytesOf(input.Body);
    const etag = `"${createHash('md5').update(data).digest('hex')}"`;
    upload.parts.set(number, { data, etag });
    return { ETag: etag };
  }

  private completeMultipartUpload(region: string, input: Record<string, unknown>) {
    const op = 'CompleteMultipartUpload';
    const bucket = this.bucket(op, region, input.Bucket, true);
    const upload = bucket.uploads.get(input.UploadId as string);
    if (!upload) throw this.error(op, 'NoSuchUpload', 'The specified upload does not exist');
    const listed =
      (input.MultipartUpload as { Parts?: Array<{ PartNumber?: number; ETag?: string }> })?.Parts ?? [];
    if (listed.length === 0) throw this.error(op, 'MalformedXML', 'no parts');
    const hash = createHash('sha256');
    let bytes = 0;
    listed.forEach((part, i) => {
      if (i > 0 && part.PartNumber! <= listed[i - 1]!.PartNumber!)
        throw this.error(op, 'InvalidPartOrder', 'parts must be ascending');
      const stored = upload.parts.get(part.PartNumber!);
      if (!stored || stored.etag !== part.ETag)
        throw this.error(op, 'InvalidPart', `part ${part.PartNumber} is missing or its ETag differs`);
      if (i < listed.length - 1 && stored.data.length < MIN_PART)
        throw this.error(
          op,
          'EntityTooSmall',
          'Your proposed upload is smaller than the minimum allowed size',
        );
      hash.update(stored.data);
      bytes += stored.data.length;
    });
    bucket.objects.set(upload.key, { bytes, sha256: hash.digest('hex') });
    bucket.uploads.delete(input.UploadId as string);
    return { Bucket: input.Bucket, Key: upload.key, ETag: '"multipart"' };
  }

  private abortMultipartUpload(region: string, input: Record<string, unknown>) {
    const bucket = this.bucket('AbortMultipartUpload', region, input.Bucket, true);
    bucket.uploads.delete(input.UploadId as string);
    return {};
  }

  private async putObject(region: string, input: Record<string, unknown>) {
    const bucket = this.bucket('PutObject', region, input.Bucket, true);
    const data = await bytesOf(input.Body);
    bucket.objects.set(input.Key as string, {
      bytes: data.length,
      sha256: createHash('sha256').update(data).digest('hex'),
    });
    return { ETag: `"${createHash('md5').update(data).digest('hex')}"` };
  }

  private deleteObject(region: string, input: Record<string, unknown>) {
    const bucket = this.bucket('DeleteObject', region, input.Bucket, true);
    bucket.objects.delete(input.Key as string);
    return {};
  }
}

/** EC2 filters as the fake understands them: tag:KEY, tag-key, name, state/status, block-device-mapping.snapshot-id. */
function matches(
  filters: Filter[] | undefined,
  resource: { tags: Tag[]; [field: string]: unknown },
): boolean {
  for (const filter of filters ?? []) {
    const values = filter.Values ?? [];
    const name = filter.Name ?? '';
    let actual: unknown[];
    if (name.startsWith('tag:'))
      actual = resource.tags.filter((t) => t.Key === name.slice(4)).map((t) => t.Value);
    else if (name === 'tag-key') actual = resource.tags.map((t) => t.Key);
    else if (name in resource) actual = ([] as unknown[]).concat(resource[name]);
    else throw new Error(`the AWS fake does not know the filter ${name}`);
    if (!actual.some((value) => values.includes(value as string))) return false;
  }
  return true;
}

async function bytesOf(body: unknown): Promise<Buffer> {
  if (Buffer.isBuffer(body)) return body;
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  if (typeof body === 'string') return Buffer.from(body);
  if (
    body instanceof Readable ||
    (body && typeof (body as AsyncIterable<Buffer>)[Symbol.asyncIterator] === 'function')
  ) {
    const chunks: Buffer[] = [];
    for await (const chunk of body as AsyncIterable<Buffer>) chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks);
  }
  throw new Error(`the AWS fake cannot read a body of type ${typeof body}`);
}
