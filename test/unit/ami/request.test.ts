import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ACTION_INPUTS, INPUT_NAMES } from '../../../src/actions/publish-ami/inputs.js';
import { publishOutputs } from '../../../src/ami/report.js';
import { toAmiRequest, type PublishAmiInputs } from '../../../src/ami/request.js';
import { ConfigurationError } from '../../../src/errors.js';

const DIGEST = `sha256:${'0f'.repeat(32)}`;
const empty: PublishAmiInputs = {
  disk: '/d/disk.raw',
  imageDigest: DIGEST,
  name: '',
  regions: '',
  method: '',
  bucket: '',
  bootMode: '',
  architecture: '',
  tpmSupport: '',
  imdsV2: '',
  shareAccounts: '',
  shareOrganizations: '',
  public: '',
  tags: '',
  mode: '',
  olderThanDays: '',
  dryRun: '',
};
const context = { names: INPUT_NAMES, defaultRegion: 'eu-central-1', runId: 'r1', tempDir: '/tmp' };
const parseInputs = (change: Partial<PublishAmiInputs>) => toAmiRequest({ ...empty, ...change }, context);

describe('publish-ami inputs', () => {
  it('has the interface defaults', () => {
    const request = parseInputs({});
    expect(request).toEqual({
      mode: 'publish',
      publish: expect.objectContaining({
        regions: ['eu-central-1'],
        namePrefix: 'osimg',
        method: 'ebs-direct',
        bootMode: 'uefi',
        architecture: 'x86_64',
        tpmSupport: false,
        imdsV2: 'required',
        public: false,
        shareAccounts: [],
        tags: {},
      }),
    });
  });

  it('reads lists, tags and the janitor mode', () => {
    const request = parseInputs({
      regions: 'us-east-1, eu-west-1\nap-south-1\nus-east-1',
      shareAccounts: '111122223333\n444455556666',
      shareOrganizations: 'arn:aws:organizations::111122223333:organization/o-abcdefghij',
      tags: 'team=ops\ncost-center=a=b',
    });
    expect(request.mode === 'publish' && request.publish).toMatchObject({
      regions: ['us-east-1', 'eu-west-1', 'ap-south-1'],
      shareAccounts: ['111122223333', '444455556666'],
      tags: { team: 'ops', 'cost-center': 'a=b' },
    });
    expect(parseInputs({ mode: 'janitor', disk: '', imageDigest: '' })).toEqual({
      mode: 'janitor',
      janitor: { regions: ['eu-central-1'], olderThanDays: 7, dryRun: true },
    });
  });

  it.each([
    [{ disk: '' }, /^input "disk" is required: pass the raw disk/],
    [{ imageDigest: 'sha256:abc' }, /^input "image-digest" must be the OS image's digest/],
    [{ regions: 'us-east-1,Mars' }, /^input "regions": "Mars" is not an AWS region name/],
    [{ method: 'scp' }, /^input "method" must be one of ebs-direct, import-snapshot/],
    [
      { method: 'import-snapshot' },
      /^input "bucket" is required with method import-snapshot: name an S3 bucket in eu-central-1/,
    ],
    [{ bucket: 'Bad_Bucket' }, /is not an S3 bucket name/],
    [{ bootMode: 'bios' }, /^input "boot-mode" must be one of uefi, legacy-bios, uefi-preferred/],
    [{ tpmSupport: 'true', bootMode: 'legacy-bios' }, /^input "tpm-support" needs UEFI/],
    [{ shareAccounts: '12345' }, /^input "share-accounts": "12345" is not an AWS account ID/],
    [
      { shareOrganizations: 'o-123' },
      /^input "share-organizations": "o-123" is not an organization or OU ARN/,
    ],
    [{ tags: 'osimg:managed=false' }, /the tag key "osimg:managed" is reserved/],
    [{ name: 'bad*name' }, /^input "name" "bad\*name" cannot start an AMI name/],
    [{ mode: 'janitor', olderThanDays: '-1' }, /^input "older-than-days" must be a whole number from 0/],
  ])('refuses %j in one sentence', (change, message) => {
    const error = (() => {
      try {
        parseInputs(change);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(message);
  });

  it('needs a region from somewhere', () => {
    expect(() => toAmiRequest(empty, { ...context, defaultRegion: undefined })).toThrow(
      /^input "regions": no region given and AWS_REGION is not set/,
    );
  });
});

describe('publish-ami/action.yml matches the code', () => {
  const spec = parse(readFileSync('publish-ami/action.yml', 'utf8')) as {
    inputs: Record<string, { required?: boolean; default?: string }>;
    outputs: Record<string, unknown>;
    runs: unknown;
  };

  it('declares exactly the inputs the action reads, none required (disk only matters in publish mode)', () => {
    expect(Object.keys(spec.inputs).sort()).toEqual([...ACTION_INPUTS].sort());
    expect(Object.values(spec.inputs).filter((input) => input.required)).toEqual([]);
    // action.yml defaults are the request's defaults, so an empty input and the default agree.
    const defaults = Object.fromEntries(
      Object.entries(INPUT_NAMES).map(([key, name]) => [
        key,
        spec.inputs[/"(.+)"/.exec(name)![1]!]!.default ?? '',
      ]),
    ) as unknown as PublishAmiInputs;
    const fromDefaults = toAmiRequest({ ...defaults, disk: 'd', imageDigest: DIGEST }, context);
    expect(fromDefaults).toEqual(parseInputs({ disk: 'd' }));
  });

  it('declares exactly the outputs the action sets', () => {
    const outputs = publishOutputs({
      amiName: 'n',
      imageDigest: DIGEST,
      sourceRegion: 'us-east-1',
      regions: [{ region: 'us-east-1', status: 'created', imageId: 'ami-1', snapshotId: 'snap-1' }],
      preflight: { drivers: [], warnings: [], table: 'gpt' },
      cleanedUp: [],
    });
    expect(Object.keys(spec.outputs).sort()).toEqual(Object.keys(outputs).sort());
    expect(outputs).toEqual({
      amis: '{"us-east-1":"ami-1"}',
      snapshots: '{"us-east-1":"snap-1"}',
      'ami-name': 'n',
    });
  });

  it('runs its own bundle on node24', () => {
    expect(spec.runs).toEqual({ using: 'node24', main: '../dist/publish-ami/index.js' });
  });
});
