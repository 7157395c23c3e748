/**
 * Upload with VM Import: a multipart upload of the disk file to the user's S3 bucket (lib-storage: parts
 * in parallel, aborted on failure), ImportSnapshot by the vmimport service role, DescribeImportSnapshotTasks
 * polled with backoff, tags put on the resulting snapshot. The S3 object is removed only once the import
 * task has finished (completed or failed): VM Import reads it until then.
 */
import { createReadStream } from 'node:fs';
import {
  CancelImportTaskCommand,
  CreateTagsCommand,
  DescribeImportSnapshotTasksCommand,
  ImportSnapshotCommand,
  type EC2Client,
  type Tag,
} from '@aws-sdk/client-ec2';
import { DeleteObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { ConfigurationError, OsimgError } from '../errors.js';
import type { Logger } from '../log.js';
import { AwsError, call, describeAwsError, errorCode } from './aws.js';
import type { DiskFormat } from './disk-image.js';
import { poll, type Sleep } from './ec2.js';
import { formatBytes } from './ebs-direct.js';

export interface ImportOptions {
  path: string;
  format: DiskFormat;
  size: number;
  bucket: string;
  key: string;
  region: string;
  tags: Tag[];
  description: string;
  clientToken: string;
  /** Called as soon as the snapshot exists (cleanup after a later failure). */
  onSnapshot(snapshotId: string): void;
  sleep: Sleep;
  /** Bytes per part (default: 16 MiB, more for disks that would need over 9,000 parts). */
  partSize?: number;
  timeoutMs?: number;
}

export interface ImportResult {
  snapshotId: string;
  bytesUploaded: number;
  seconds: number;
}

/** VM Import's names for the formats it takes. */
export function importFormat(format: DiskFormat): 'RAW' | 'VMDK' | 'VHD' | 'VHDX' {
  switch (format) {
    case 'raw':
      return 'RAW';
    case 'vmdk':
      return 'VMDK';
    case 'vhd-fixed':
    case 'vhd-dynamic':
      return 'VHD';
    case 'vhdx':
      return 'VHDX';
    default:
      throw new ConfigurationError(
        `method import-snapshot takes raw, vmdk or vhd disks, not ${format}: use method ebs-direct, or convert the disk (osimg disk --format vmdk)`,
      );
  }
}

export async function uploadViaImport(
  s3: S3Client,
  ec2: EC2Client,
  options: ImportOptions,
  log: Logger,
): Promise<ImportResult> {
  const started = Date.now();
  const format = importFormat(options.format);
  const partSize = options.partSize ?? Math.max(16 * 1024 * 1024, Math.ceil(options.size / 9000));
  log.info(`uploading ${formatBytes(options.size)} to s3://${options.bucket}/${options.key}`);
  const upload = new Upload({
    client: s3,
    params: {
      Bucket: options.bucket,
      Key: options.key,
      Body: createReadStream(options.path),
      ContentLength: options.size,
    },
    partSize,
    queueSize: 4,
    leavePartsOnError: false,
  });
  let lastReported = 0;
  upload.on('httpUploadProgress', (progress) => {
    const percent = Math.floor(((progress.loaded ?? 0) * 100) / options.size);
    if (percent >= lastReported + 10) {
      lastReported = percent - (percent % 10);
      log.info(`  ${lastReported}% uploaded`);
    }
  });
  try {
    await upload.done();
  } catch (error) {
    throw bucketError(error, options.bucket, options.region);
  }

  let taskId: string | undefined;
  try {
    const task = await call(
      'ec2:ImportSnapshot',
      () =>
        ec2.send(
          new ImportSnapshotCommand({
            Description: options.description,
            ClientToken: options.clientToken,
            DiskContainer: {
              Description: options.description,
              Format: format,
              UserBucket: { S3Bucket: options.bucket, S3Key: options.key },
            },
            TagSpecifications: [{ ResourceType: 'import-snapshot-task', Tags: options.tags }],
          }),
        ),
      options.sleep,
    ).catch((error: unknown) => {
      throw roleError(error);
    });
    taskId = task.ImportTaskId;
    if (!taskId) throw new OsimgError('ImportSnapshot answered without an import task ID');
    log.info(`import task ${taskId} started`);
    const id = taskId;
    const snapshotId = await poll(
      `import task ${id}`,
      options.sleep,
      options.timeoutMs ?? 3 * 60 * 60_000,
      async () => {
        const page = await call(
          'ec2:DescribeImportSnapshotTasks',
          () => ec2.send(new DescribeImportSnapshotTasksCommand({ ImportTaskIds: [id] })),
          options.sleep,
        );
        const detail = page.ImportSnapshotTasks?.[0]?.SnapshotTaskDetail;
        const status = detail?.Status;
        if (status === 'completed') {
          if (!detail?.SnapshotId) throw new OsimgError(`import task ${id} completed without a snapshot ID`);
          return detail.SnapshotId;
        }
        if (status === 'deleted' || status === 'deleting')
          throw importFailed(id, detail?.StatusMessage ?? '', options);
        return undefined;
      },
    );
    taskId = undefined; // finished: nothing to cancel
    options.onSnapshot(snapshotId);
    await call(
      'ec2:CreateTags',
      () => ec2.send(new CreateTagsCommand({ Resources: [snapshotId], Tags: options.tags })),
      options.sleep,
    );
    return { snapshotId, bytesUploaded: options.size, seconds: (Date.now() - started) / 1000 };
  } finally {
    // A task still running (we gave up or were interrupted) is cancelled first: the object goes after.
    if (taskId) {
      const id = taskId;
      await call(
        'ec2:CancelImportTask',
        () => ec2.send(new CancelImportTaskCommand({ ImportTaskId: id })),
        options.sleep,
      ).catch((error: unknown) =>
        log.warning(`could not cancel import task ${id}: ${(error as Error).message}`),
      );
    }
    await call(
      's3:DeleteObject',
      () => s3.send(new DeleteObjectCommand({ Bucket: options.bucket, Key: options.key })),
      options.sleep,
    ).catch((error: unknown) =>
      log.warning(
        `could not remove s3://${options.bucket}/${options.key}: ${(error as Error).message}; delete it by hand`,
      ),
    );
  }
}

function bucketError(error: unknown, bucket: string, region: string): Error {
  const code = errorCode(error);
  if (code === 'NoSuchBucket')
    return new ConfigurationError(
      `the S3 bucket ${bucket} does not exist: create it in ${region} or name another bucket`,
      { cause: error },
    );
  if (code === 'AccessDenied' || code === 'Forbidden' || code === 'AllAccessDisabled')
    return new ConfigurationError(
      `AWS denied the upload to s3://${bucket} (${code}): allow s3:PutObject, s3:AbortMultipartUpload and s3:DeleteObject on arn:aws:s3:::${bucket}/osimg/* for this role (docs/publish-ami.md)`,
      { cause: error },
    );
  if (code === 'PermanentRedirect' || code === 'AuthorizationHeaderMalformed')
    return new ConfigurationError(
      `the S3 bucket ${bucket} is not in ${region}: VM Import needs a bucket in the source region`,
      { cause: error },
    );
  return describeAwsError(error, 's3:multipart upload');
}

function roleError(error: unknown): Error {
  const message = (error as Error).message ?? '';
  if (error instanceof AwsError && /vmimport|service role/i.test(message))
    return new ConfigurationError(
      'VM Import cannot use the vmimport service role (it does not exist or lacks permissions): create the role "vmimport" with the trust and permissions policy in docs/publish-ami.md, or use method ebs-direct',
      { cause: error },
    );
  return error as Error;
}

function importFailed(taskId: string, message: string, options: ImportOptions): Error {
  if (/S3|bucket|access denied|forbidden|permission/i.test(message))
    return new ConfigurationError(
      `VM Import could not read s3://${options.bucket}/${options.key} (${message}): allow the vmimport role s3:GetBucketLocation, s3:GetObject and s3:ListBucket on the bucket (docs/publish-ami.md)`,
    );
  return new OsimgError(`import task ${taskId} failed: ${message || 'no reason given'}`, { code: 'AWS' });
}
