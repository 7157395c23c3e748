/**
 * publishAmi end to end against the stateful AWS fake (test/harness/aws-fake.ts) with real sparse disks
 * made by sfdisk and mkfs (and the real debugfs/dump.erofs/qemu-img in the preflight and conversions).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { publishAmi, assertComplete, PartialPublishError } from '../../src/ami/publish.js';
import { publishOutputs } from '../../src/ami/report.js';
import type { PublishRequest } from '../../src/ami/request.js';
import { runJanitor } from '../../src/ami/janitor.js';
import { ConfigurationError } from '../../src/errors.js';
import { MemoryLogger } from '../../src/log.js';
import { exec } from '../../src/tools/exec.js';
import { AwsFake, FAKE_ACCOUNT } from '../harness/aws-fake.js';
import { expectedBlocks, KERNEL, makeSparseDisk, randomDigest } from '../harness/sparse-disk.js';

let dir: string;
let disk: string;
let fake: AwsFake;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'osimg-ami-test-'));
  disk = await makeSparseDisk(dir, 'disk.raw');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

beforeEach(() => {
  fake = new AwsFake().install();
});

afterEach(() => {
  fake.restore();
});

function request(change: Partial<PublishRequest> = {}): PublishRequest {
  return {
    disk,
    imageDigest: `sha256:${'ab'.repeat(32)}`,
    namePrefix: 'osimg-test',
    regions: ['us-east-1', 'eu-west-1', 'ap-south-1'],
    method: 'ebs-direct',
    bootMode: 'uefi',
    architecture: 'x86_64',
    tpmSupport: false,
    imdsV2: 'required',
    shareAccounts: [],
    shareOrganizations: [],
    public: false,
    tags: { team: 'ops' },
    runId: 'run-1',
    tempDir: dir,
    concurrency: 8,
    ...change,
  };
}

describe('publishAmi with EBS direct', () => {
  it('uploads only the non-zero blocks, registers, copies to every region and reports the AMIs', async () => {
    const log = new MemoryLogger();
    const result = await publishAmi(request(), fake.clients(), log);
    assertComplete(result);
    const expected = await expectedBlocks(disk);
    const [snapshot] = fake.snapshotsIn('us-east-1');
    expect(snapshot!.origin).toBe('ebs-direct');
    expect(
      new Map([...snapshot!.blocks].map(([index, digest]) => [index, digest.toString('base64')])),
    ).toEqual(expected);
    expect(fake.blockBytesReceived).toBe(expected.size * 512 * 1024);
    expect(result.upload).toMatchObject({
      method: 'ebs-direct',
      blocksSent: expected.size,
      blocksTotal: 192,
    });
    expect(expected.size).toBeLessThan(192 / 4); // a sparse disk: most blocks never sent

    const amis = JSON.parse(publishOutputs(result).amis!) as Record<string, string>;
    expect(Object.keys(amis)).toEqual(['us-east-1', 'eu-west-1', 'ap-south-1']);
    for (const region of ['us-east-1', 'eu-west-1', 'ap-south-1']) {
      const [image] = fake.imagesIn(region);
      expect(image!.state).toBe('available');
      expect(amis[region]).toBe(image!.id);
      expect(image!.name).toBe(`osimg-test-${'ab'.repeat(32)}-x86_64`);
      expect(image!.tags).toEqual(
        expect.arrayContaining([
          { Key: 'osimg:image-digest', Value: `sha256:${'ab'.repeat(32)}` },
          { Key: 'osimg:managed', Value: 'true' },
          { Key: 'team', Value: 'ops' },
        ]),
      );
    }
    const source = fake.imagesIn('us-east-1')[0]!;
    expect(source.input).toMatchObject({
      BootMode: 'uefi',
      Architecture: 'x86_64',
      EnaSupport: true,
      SriovNetSupport: 'simple',
      RootDeviceName: '/dev/xvda',
      ImdsSupport: 'v2.0',
      VirtualizationType: 'hvm',
      Description: `osimg: OS image sha256:${'ab'.repeat(32)}`,
    });
    expect(source.input.TpmSupport).toBeUndefined();
    expect(result.preflight).toMatchObject({
      kernel: KERNEL,
      drivers: [
        { driver: 'ena', found: 'module' },
        { driver: 'nvme', found: 'module' },
      ],
    });
    expect(JSON.parse(publishOutputs(result).snapshots!)).toEqual({
      'us-east-1': snapshot!.id,
      'eu-west-1': fake.snapshotsIn('eu-west-1')[0]!.id,
      'ap-south-1': fake.snapshotsIn('ap-south-1')[0]!.id,
    });
    expect(fake.count('CopyImage')).toBe(2);
    expect(fake.calls.find((call) => call.op === 'CopyImage')!.input.ClientToken).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('publishAmi under throttling and retries', () => {
  it('survives ThrottlingException and RequestLimitExceeded on every kind of call', async () => {
    fake.throttle('StartSnapshot', 2);
    fake.throttle('PutSnapshotBlock', 15);
    fake.throttle('CompleteSnapshot', 1);
    fake.throttle('DescribeSnapshots', 2);
    fake.throttle('RegisterImage', 2);
    fake.throttle('DescribeImages', 3);
    fake.throttle('CopyImage', 2, 'eu-west-1');
    fake.fail('PutSnapshotBlock', 'InternalServerException', { times: 2 });
    const result = await publishAmi(
      request({ regions: ['us-east-1', 'eu-west-1'] }),
      fake.clients(),
      new MemoryLogger(),
    );
    assertComplete(result);
    const expected = await expectedBlocks(disk);
    expect(result.upload!.retries).toBe(17);
    expect(fake.snapshotsIn('us-east-1')).toHaveLength(1);
    expect(fake.snapshotsIn('us-east-1')[0]!.blocks.size).toBe(expected.size);
    expect(fake.count('StartSnapshot')).toBe(3); // two throttled, then one snapshot (same client token)
    expect(fake.imagesIn('eu-west-1')).toHaveLength(1);
  });

  it('gives up on a block after its attempts and cleans up the snapshot', async () => {
    fake.throttle('PutSnapshotBlock', 1000);
    const error = await publishAmi(request(), fake.clients(), new MemoryLogger()).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      /^ebs:PutSnapshotBlock \(block \d+\) failed: ThrottlingException: Rate exceeded$/,
    );
    expect(fake.snapshots.size).toBe(0);
    expect(fake.images.size).toBe(0);
  });
});

describe('re-runs', () => {
  it('a second run reuses every AMI and uploads nothing', async () => {
    const first = await publishAmi(request(), fake.clients(), new MemoryLogger());
    const calls = fake.calls.length;
    const second = await publishAmi(request({ runId: 'run-2' }), fake.clients(), new MemoryLogger());
    expect(second.regions.map((r) => r.status)).toEqual(['reused', 'reused', 'reused']);
    expect(publishOutputs(second)).toEqual(publishOutputs(first));
    const later = fake.calls.slice(calls).map((call) => call.op);
    expect(later.filter((op) => !op.startsWith('Describe'))).toEqual([]);
    expect(second.upload).toBeUndefined();
  });

  it('one region failing is reported, cleaned up, and completed by a re-run', async () => {
    fake.failingCopies.add('ap-south-1');
    const result = await publishAmi(request(), fake.clients(), new MemoryLogger());
    expect(result.regions.map((r) => [r.region, r.status])).toEqual([
      ['us-east-1', 'created'],
      ['eu-west-1', 'copied'],
      ['ap-south-1', 'failed'],
    ]);
    expect(result.regions[2]!.error).toMatch(/is failed: Copy of ami-\w+ to ap-south-1 failed/);
    expect(() => assertComplete(result)).toThrow(PartialPublishError);
    expect(() => assertComplete(result)).toThrow(
      /^published osimg-test-\w+-x86_64 in us-east-1 \(ami-\w+\), eu-west-1 \(ami-\w+\); failed in ap-south-1: .*; run again to complete the rest$/,
    );
    expect(JSON.parse(publishOutputs(result).amis!)).toEqual({
      'us-east-1': fake.imagesIn('us-east-1')[0]!.id,
      'eu-west-1': fake.imagesIn('eu-west-1')[0]!.id,
    });
    // The failed copy and its snapshot are gone; nothing else was touched.
    expect(fake.imagesIn('ap-south-1')).toEqual([]);
    expect(fake.snapshotsIn('ap-south-1')).toEqual([]);
    expect(result.cleanedUp).toHaveLength(2);

    fake.failingCopies.clear();
    const puts = fake.count('PutSnapshotBlock');
    const again = await publishAmi(request({ runId: 'run-2' }), fake.clients(), new MemoryLogger());
    assertComplete(again);
    expect(again.regions.map((r) => r.status)).toEqual(['reused', 'reused', 'copied']);
    expect(fake.count('PutSnapshotBlock')).toBe(puts);
    expect(fake.count('RegisterImage')).toBe(1);
  });

  it('registers from a completed snapshot an earlier run left behind instead of uploading again', async () => {
    const name = `osimg-test-${'ab'.repeat(32)}-x86_64`;
    const left = fake.seedSnapshot('us-east-1', {
      tags: [
        { Key: 'osimg:managed', Value: 'true' },
        { Key: 'osimg:image-digest', Value: `sha256:${'ab'.repeat(32)}` },
        { Key: 'osimg:ami-name', Value: name },
      ],
    });
    const result = await publishAmi(request({ regions: ['us-east-1'] }), fake.clients(), new MemoryLogger());
    expect(fake.count('StartSnapshot')).toBe(0);
    expect(result.regions[0]).toMatchObject({ status: 'created', snapshotId: left.id });
  });

  it('refuses to reuse an AMI of the same name made for another boot mode', async () => {
    const name = `osimg-test-${'ab'.repeat(32)}-x86_64`;
    fake.seedImage('us-east-1', {
      name,
      snapshotIds: [],
      input: { Architecture: 'x86_64', BootMode: 'legacy-bios' },
    });
    await expect(publishAmi(request(), fake.clients(), new MemoryLogger())).rejects.toThrow(
      /is already named .* but is x86_64\/legacy-bios, not x86_64\/uefi: deregister it, or publish under another name/,
    );
  });
});

describe('cleanup after a failure', () => {
  it('removes exactly the snapshot this run created, and nothing that was there before', async () => {
    const unrelated = fake.seedSnapshot('us-east-1', { tags: [{ Key: 'osimg:managed', Value: 'true' }] });
    const used = fake.seedSnapshot('us-east-1');
    fake.seedImage('us-east-1', { name: 'someone-else', snapshotIds: [used.id] });
    fake.fail('PutSnapshotBlock', 'ValidationException', {
      times: 1,
      message: 'INVALID_BLOCK',
      match: (input) => (input.BlockIndex as number) > 20,
    });
    const error = await publishAmi(request(), fake.clients(), new MemoryLogger()).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      /PutSnapshotBlock \(block \d+\) failed: ValidationException: INVALID_BLOCK/,
    );
    expect([...fake.snapshots.keys()].sort()).toEqual([unrelated.id, used.id].sort());
    expect(fake.count('DeleteSnapshot')).toBe(1);
  });

  it('removes its snapshot when RegisterImage fails, but never a reused snapshot', async () => {
    fake.fail('RegisterImage', 'InvalidParameterValue', { message: 'injected: bad value' });
    await expect(publishAmi(request(), fake.clients(), new MemoryLogger())).rejects.toThrow(
      'ec2:RegisterImage failed: InvalidParameterValue: injected: bad value',
    );
    expect(fake.snapshots.size).toBe(0);

    const name = `osimg-test-${'ab'.repeat(32)}-x86_64`;
    const earlier = fake.seedSnapshot('us-east-1', {
      tags: [
        { Key: 'osimg:managed', Value: 'true' },
        { Key: 'osimg:image-digest', Value: `sha256:${'ab'.repeat(32)}` },
        { Key: 'osimg:ami-name', Value: name },
      ],
    });
    fake.fail('RegisterImage', 'InvalidParameterValue', { message: 'injected again' });
    await expect(publishAmi(request(), fake.clients(), new MemoryLogger())).rejects.toThrow('injected again');
    expect([...fake.snapshots.keys()]).toEqual([earlier.id]);
  });

  it('a block damaged in transit is caught by its checksum; the run fails and removes its snapshot', async () => {
    const [first] = (await expectedBlocks(disk)).keys();
    fake.corruptBlocks.add(first!);
    await expect(publishAmi(request(), fake.clients(), new MemoryLogger())).rejects.toThrow(
      `ebs:PutSnapshotBlock (block ${first}) failed: ValidationException: The checksum of the block does not match the data.`,
    );
    expect(fake.snapshots.size).toBe(0);
  });
});

describe('sharing and policy', () => {
  it('shares with accounts and organizations in every region, public only when asked', async () => {
    const org = 'arn:aws:organizations::123456789012:organization/o-abcdefghij';
    const ou = 'arn:aws:organizations::123456789012:ou/o-abcdefghij/ou-ab12-abcdefgh';
    await publishAmi(
      request({ shareAccounts: ['444455556666'], shareOrganizations: [org, ou], tpmSupport: true }),
      fake.clients(),
      new MemoryLogger(),
    );
    for (const region of ['us-east-1', 'eu-west-1', 'ap-south-1']) {
      const image = fake.imagesIn(region)[0]!;
      expect(image.launchPermissions).toEqual([
        { UserId: '444455556666' },
        { OrganizationArn: org },
        { OrganizationalUnitArn: ou },
      ]);
      expect([...fake.snapshots.get(image.snapshotIds[0]!)!.createVolumeUserIds]).toEqual(['444455556666']);
    }
    expect(fake.imagesIn('us-east-1')[0]!.input.TpmSupport).toBe('v2.0');
  });

  it('refuses public before uploading when the account blocks public AMIs in a region', async () => {
    fake.blockPublicAccess.set('eu-west-1', 'block-new-sharing');
    await expect(publishAmi(request({ public: true }), fake.clients(), new MemoryLogger())).rejects.toThrow(
      /^public is true, but the account blocks public AMI sharing in eu-west-1/,
    );
    expect(fake.count('StartSnapshot')).toBe(0);
  });

  it('makes the AMIs public when asked and allowed', async () => {
    await publishAmi(request({ public: true, regions: ['us-east-1'] }), fake.clients(), new MemoryLogger());
    expect(fake.imagesIn('us-east-1')[0]!.launchPermissions).toEqual([{ Group: 'all' }]);
  });

  it('fails in one sentence without credentials, before any AWS call', async () => {
    await expect(
      publishAmi(request(), fake.clients({ credentials: false }), new MemoryLogger()),
    ).rejects.toThrow(
      /^no AWS credentials found: run aws-actions\/configure-aws-credentials before this step/,
    );
    expect(fake.calls).toEqual([]);
  });
});

describe('import-snapshot', () => {
  beforeEach(() => fake.addBucket('osimg-imports', 'us-east-1'));

  it('uploads to S3 in parts, imports, tags the snapshot and removes the object after the import finished', async () => {
    const result = await publishAmi(
      request({ method: 'import-snapshot', bucket: 'osimg-imports', regions: ['us-east-1', 'eu-west-1'] }),
      fake.clients(),
      new MemoryLogger(),
    );
    assertComplete(result);
    const ops = fake.calls.map((call) => call.op);
    expect(ops.filter((op) => op === 'UploadPart')).toHaveLength(6); // 96 MiB in 16 MiB parts
    expect([...fake.importTasks.values()].map((task) => task.status)).toEqual(['completed']);
    expect(ops.lastIndexOf('DescribeImportSnapshotTasks')).toBeLessThan(ops.indexOf('DeleteObject'));
    expect(fake.buckets.get('osimg-imports')!.objects.size).toBe(0);
    const snapshot = fake.snapshotsIn('us-east-1')[0]!;
    expect(snapshot.origin).toBe('import');
    expect(snapshot.tags).toContainEqual({ Key: 'osimg:managed', Value: 'true' });
    expect(fake.imagesIn('eu-west-1')[0]!.state).toBe('available');
    expect(fake.count('StartSnapshot')).toBe(0);
  });

  it('says how to fix a missing vmimport role, and leaves no object behind', async () => {
    fake.vmimportRole = 'missing';
    await expect(
      publishAmi(
        request({ method: 'import-snapshot', bucket: 'osimg-imports' }),
        fake.clients(),
        new MemoryLogger(),
      ),
    ).rejects.toThrow(/^VM Import cannot use the vmimport service role .*create the role "vmimport"/);
    expect(fake.buckets.get('osimg-imports')!.objects.size).toBe(0);
    expect(fake.snapshots.size).toBe(0);
  });

  it('says the vmimport role cannot read the bucket when the import task fails on S3', async () => {
    fake.vmimportRole = 'no-bucket-access';
    await expect(
      publishAmi(
        request({ method: 'import-snapshot', bucket: 'osimg-imports' }),
        fake.clients(),
        new MemoryLogger(),
      ),
    ).rejects.toThrow(
      /^VM Import could not read s3:\/\/osimg-imports\/osimg\/.*allow the vmimport role s3:GetBucketLocation, s3:GetObject/,
    );
    expect(fake.buckets.get('osimg-imports')!.objects.size).toBe(0);
  });

  it('says which S3 permission is missing when the upload is denied, and leaves no multipart upload', async () => {
    fake.addBucket('locked', 'us-east-1', { denied: true });
    await expect(
      publishAmi(
        request({ method: 'import-snapshot', bucket: 'locked' }),
        fake.clients(),
        new MemoryLogger(),
      ),
    ).rejects.toThrow(/^AWS denied the upload to s3:\/\/locked \(AccessDenied\): allow s3:PutObject/);
    expect(fake.buckets.get('locked')!.uploads.size).toBe(0);
    await expect(
      publishAmi(
        request({ method: 'import-snapshot', bucket: 'nowhere' }),
        fake.clients(),
        new MemoryLogger(),
      ),
    ).rejects.toThrow(/^the S3 bucket nowhere does not exist: create it in us-east-1/);
  });
});

describe('preflight checks on the disk', () => {
  const publish = (path: string, change: Partial<PublishRequest> = {}) =>
    publishAmi(request({ disk: path, ...change }), fake.clients(), new MemoryLogger());

  it.each([
    [
      'no partition table',
      { table: 'none' as const },
      {},
      /has no valid GPT partition table: boot-mode uefi needs a GPT disk with an EFI system partition/,
    ],
    ['an MBR disk for UEFI', { table: 'mbr' as const }, {}, /has no valid GPT partition table/],
    ['no ESP', { esp: false }, {}, /has a GPT but no EFI system partition/],
    [
      'no BIOS boot code for legacy-bios',
      {},
      { bootMode: 'legacy-bios' as const },
      /has no BIOS boot code in its first sector/,
    ],
    [
      'no ENA driver',
      { ena: 'missing' as const },
      {},
      new RegExp(`kernel ${KERNEL} in the disk has no ena driver`),
    ],
    ['no NVMe driver', { nvme: 'missing' as const }, {}, /has no nvme driver .* EC2 needs it for NVMe/],
    [
      'an arm64 root for x86_64',
      { rootType: 'arm64' as const },
      {},
      /typed for arm64, but architecture is x86_64/,
    ],
  ])('refuses a disk with %s in one sentence, before any AWS call', async (_, options, change, message) => {
    const path = await makeSparseDisk(dir, `bad-${_.replace(/\W+/g, '-')}.raw`, {
      sizeMiB: 24,
      payloadBytes: 0,
      ...options,
    });
    const error = await publish(path, change).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
    expect(fake.calls).toEqual([]);
  });

  it('refuses a missing disk', async () => {
    await expect(publish(join(dir, 'nope.raw'))).rejects.toThrow(
      /^disk: .*nope\.raw does not exist; pass the raw disk osimg disk wrote$/,
    );
  });

  it('accepts built-in drivers (modules.builtin), a generic Linux root type and an erofs root', async () => {
    const path = await makeSparseDisk(dir, 'builtin.raw', {
      sizeMiB: 24,
      payloadBytes: 0,
      ena: 'builtin',
      nvme: 'builtin',
      rootType: 'linux',
    });
    const result = await publish(path, { regions: ['us-east-1'] });
    expect(result.preflight.drivers).toEqual([
      { driver: 'ena', found: 'builtin' },
      { driver: 'nvme', found: 'builtin' },
    ]);
    const erofs = await makeSparseDisk(dir, 'erofs.raw', {
      sizeMiB: 24,
      payloadBytes: 0,
      root: 'erofs',
      nvme: 'builtin',
    });
    const second = await publish(erofs, { regions: ['us-east-1'], imageDigest: randomDigest() });
    expect(second.preflight).toMatchObject({
      kernel: KERNEL,
      drivers: [
        { driver: 'ena', found: 'module' },
        { driver: 'nvme', found: 'builtin' },
      ],
    });
  });

  it('boots an MBR disk with BIOS boot code as legacy-bios', async () => {
    const path = await makeSparseDisk(dir, 'bios.raw', {
      sizeMiB: 24,
      payloadBytes: 0,
      table: 'mbr',
      esp: false,
    });
    const result = await publish(path, { regions: ['us-east-1'], bootMode: 'legacy-bios' });
    expect(result.preflight.table).toBe('mbr');
    expect(fake.imagesIn('us-east-1')[0]!.input.BootMode).toBe('legacy-bios');
  });

  it('uploads the same blocks from a streamOptimized vmdk (converted to raw) and a fixed vhd (read in place)', async () => {
    const vmdk = join(dir, 'disk.vmdk');
    const vhd = join(dir, 'disk.vhd');
    await exec('qemu-img', [
      'convert',
      '-f',
      'raw',
      '-O',
      'vmdk',
      '-o',
      'subformat=streamOptimized',
      disk,
      vmdk,
    ]);
    await exec('qemu-img', [
      'convert',
      '-f',
      'raw',
      '-O',
      'vpc',
      '-o',
      'subformat=fixed,force_size=on',
      disk,
      vhd,
    ]);
    const expected = await expectedBlocks(disk);
    for (const [path, digest] of [
      [vmdk, randomDigest()],
      [vhd, randomDigest()],
    ] as const) {
      const result = await publish(path, { regions: ['us-east-1'], imageDigest: digest });
      const snapshot = fake.snapshots.get(result.regions[0]!.snapshotId!)!;
      expect(new Map([...snapshot.blocks].map(([i, d]) => [i, d.toString('base64')]))).toEqual(expected);
    }
  });
});

describe('janitor', () => {
  const DAY = 24 * 60 * 60 * 1000;
  const managed = [
    { Key: 'osimg:managed', Value: 'true' },
    { Key: 'osimg:ami-name', Value: 'old' },
  ];

  it('lists osimg orphans older than N days on a dry run, and removes exactly those otherwise', async () => {
    const old = new Date(fake.clock - 10 * DAY);
    const orphan = fake.seedSnapshot('us-east-1', { tags: managed, startTime: old });
    const recent = fake.seedSnapshot('us-east-1', { tags: managed, startTime: new Date(fake.clock - DAY) });
    const used = fake.seedSnapshot('us-east-1', { tags: managed, startTime: old });
    fake.seedImage('us-east-1', { name: 'in-use', snapshotIds: [used.id], tags: managed, created: old });
    const untagged = fake.seedSnapshot('us-east-1', { startTime: old });
    const failedRoot = fake.seedSnapshot('eu-west-1', { tags: managed, startTime: old });
    const failed = fake.seedImage('eu-west-1', {
      name: 'broken',
      state: 'failed',
      snapshotIds: [failedRoot.id],
      tags: managed,
      created: old,
    });
    const clients = fake.clients();
    const janitor = { regions: ['us-east-1', 'eu-west-1'], olderThanDays: 7 };

    const dry = await runJanitor({ ...janitor, dryRun: true }, clients, new MemoryLogger());
    expect(dry.orphans.map((o) => `${o.region} ${o.kind} ${o.id}`).sort()).toEqual(
      [
        `us-east-1 snapshot ${orphan.id}`,
        `eu-west-1 image ${failed.id}`,
        `eu-west-1 snapshot ${failedRoot.id}`,
      ].sort(),
    );
    expect(fake.calls.filter((call) => !call.op.startsWith('Describe'))).toEqual([]);

    const wet = await runJanitor({ ...janitor, dryRun: false }, clients, new MemoryLogger());
    expect(wet.orphans.every((o) => o.removed)).toBe(true);
    expect([...fake.snapshots.keys()].sort()).toEqual([recent.id, used.id, untagged.id].sort());
    expect(fake.imagesIn('eu-west-1')).toEqual([]);
    expect(fake.imagesIn('us-east-1')).toHaveLength(1);
    expect(FAKE_ACCOUNT).toMatch(/^\d{12}$/);
  });
});
