/** The AWS fake enforces the rules publish-ami relies on: if it did not, the publish tests could not fail. */
import { createHash } from 'node:crypto';
import {
  CompleteSnapshotCommand,
  EBSClient,
  PutSnapshotBlockCommand,
  StartSnapshotCommand,
} from '@aws-sdk/client-ebs';
import {
  CopyImageCommand,
  DeleteSnapshotCommand,
  EC2Client,
  RegisterImageCommand,
} from '@aws-sdk/client-ec2';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AwsFake } from '../../harness/aws-fake.js';

let fake: AwsFake;
const credentials = { accessKeyId: 'AKIAFAKE', secretAccessKey: 'fake' };
const ebs = () => new EBSClient({ region: 'us-east-1', credentials, maxAttempts: 1 });
const ec2 = (region = 'us-east-1') => new EC2Client({ region, credentials, maxAttempts: 1 });
const block = Buffer.alloc(512 * 1024, 7);
const sha = (data: Buffer) => createHash('sha256').update(data).digest();

beforeEach(() => {
  fake = new AwsFake().install();
});
afterEach(() => fake.restore());

async function started(): Promise<string> {
  return (await ebs().send(new StartSnapshotCommand({ VolumeSize: 1, ClientToken: 't1' }))).SnapshotId!;
}

describe('the AWS fake', () => {
  it('returns the same snapshot for a repeated StartSnapshot client token, and refuses other parameters with it', async () => {
    const id = await started();
    expect(await started()).toBe(id);
    await expect(ebs().send(new StartSnapshotCommand({ VolumeSize: 2, ClientToken: 't1' }))).rejects.toThrow(
      /client token/,
    );
  });

  it.each([
    [
      'a wrong checksum',
      { Checksum: sha(Buffer.alloc(512 * 1024)).toString('base64') },
      /checksum of the block does not match/,
    ],
    ['a 4 KiB block', { BlockData: Buffer.alloc(4096, 1), DataLength: 4096 }, /DataLength must be 524288/],
    ['a block past the volume', { BlockIndex: 2048 }, /INVALID_BLOCK/],
    ['another algorithm', { ChecksumAlgorithm: 'MD5' }, /SHA256/],
  ])('refuses %s', async (_, change, message) => {
    const id = await started();
    await expect(
      ebs().send(
        new PutSnapshotBlockCommand({
          SnapshotId: id,
          BlockIndex: 0,
          BlockData: block,
          DataLength: 512 * 1024,
          Checksum: sha(block).toString('base64'),
          ChecksumAlgorithm: 'SHA256',
          ...(change as object),
        } as never),
      ),
    ).rejects.toThrow(message);
  });

  it('puts a snapshot whose LINEAR checksum or block count is wrong into state error', async () => {
    const id = await started();
    await ebs().send(
      new PutSnapshotBlockCommand({
        SnapshotId: id,
        BlockIndex: 3,
        BlockData: block,
        DataLength: 512 * 1024,
        Checksum: sha(block).toString('base64'),
        ChecksumAlgorithm: 'SHA256',
      }),
    );
    await ebs().send(
      new CompleteSnapshotCommand({
        SnapshotId: id,
        ChangedBlocksCount: 1,
        Checksum: sha(block).toString('base64'),
        ChecksumAlgorithm: 'SHA256',
        ChecksumAggregationMethod: 'LINEAR',
      }),
    );
    expect(fake.snapshots.get(id)!.state).toBe('error');
    // The right aggregate: SHA-256 over the raw block digests.
    const good = (await ebs().send(new StartSnapshotCommand({ VolumeSize: 1 }))).SnapshotId!;
    await ebs().send(
      new PutSnapshotBlockCommand({
        SnapshotId: good,
        BlockIndex: 3,
        BlockData: block,
        DataLength: 512 * 1024,
        Checksum: sha(block).toString('base64'),
        ChecksumAlgorithm: 'SHA256',
      }),
    );
    await ebs().send(
      new CompleteSnapshotCommand({
        SnapshotId: good,
        ChangedBlocksCount: 1,
        Checksum: sha(sha(block)).toString('base64'),
        ChecksumAlgorithm: 'SHA256',
        ChecksumAggregationMethod: 'LINEAR',
      }),
    );
    expect(fake.snapshots.get(good)!.state).toBe('pending');
    await expect(
      ebs().send(
        new PutSnapshotBlockCommand({
          SnapshotId: good,
          BlockIndex: 4,
          BlockData: block,
          DataLength: 512 * 1024,
          Checksum: sha(block).toString('base64'),
          ChecksumAlgorithm: 'SHA256',
        }),
      ),
    ).rejects.toThrow(/not in the pending state/);
  });

  it('registers only from completed snapshots, once per name, with TPM only under UEFI', async () => {
    const pending = await started();
    const register = (change: object = {}) =>
      ec2().send(
        new RegisterImageCommand({
          Name: 'one',
          Architecture: 'x86_64',
          RootDeviceName: '/dev/xvda',
          VirtualizationType: 'hvm',
          BootMode: 'uefi',
          BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { SnapshotId: pending } }],
          ...change,
        }),
      );
    await expect(register()).rejects.toThrow(/invalid state - pending/);
    const done = fake.seedSnapshot('us-east-1');
    const mapping = { BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { SnapshotId: done.id } }] };
    await expect(register({ ...mapping, BootMode: 'legacy-bios', TpmSupport: 'v2.0' })).rejects.toThrow(
      /requires boot mode uefi/,
    );
    await register(mapping);
    await expect(register(mapping)).rejects.toMatchObject({ name: 'InvalidAMIName.Duplicate' });
    await expect(ec2().send(new DeleteSnapshotCommand({ SnapshotId: done.id }))).rejects.toMatchObject({
      name: 'InvalidSnapshot.InUse',
    });
  });

  it('honours CopyImage client tokens and refuses a token reused with other parameters', async () => {
    const snapshot = fake.seedSnapshot('us-east-1');
    const source = fake.seedImage('us-east-1', { name: 'src', snapshotIds: [snapshot.id] });
    const copy = (name: string) =>
      ec2('eu-west-1').send(
        new CopyImageCommand({
          Name: name,
          SourceImageId: source.id,
          SourceRegion: 'us-east-1',
          ClientToken: 'c1',
        }),
      );
    const first = (await copy('dst')).ImageId;
    expect((await copy('dst')).ImageId).toBe(first);
    await expect(copy('other')).rejects.toMatchObject({ name: 'IdempotentParameterMismatch' });
    expect(fake.imagesIn('eu-west-1')).toHaveLength(1);
  });

  it('throttles on demand with the error of each service', async () => {
    fake.throttle('StartSnapshot', 1);
    fake.throttle('RegisterImage', 1);
    await expect(started()).rejects.toMatchObject({ name: 'ThrottlingException' });
    await expect(ec2().send(new RegisterImageCommand({ Name: 'x' }))).rejects.toMatchObject({
      name: 'RequestLimitExceeded',
    });
  });
});
