/**
 * `osimg publish-ami` refuses bad input with one sentence and exit code 2, run as a user runs it: a separate
 * node process on the CLI entry (src/cli/index.ts through tsx: the entry dist/cli is bundled from), with no
 * AWS credentials anywhere. The action bundle gets the same inputs once dist/publish-ami exists.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSparseDisk } from '../harness/sparse-disk.js';
import { runActionBundle } from './run-action.js';

const DIGEST = `sha256:${'cd'.repeat(32)}`;
let dir: string;
let good: string;
let noGpt: string;
let noEsp: string;

/** No credentials from any provider: no env keys, an empty HOME, no instance metadata. */
function env(home: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: home,
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: join(home, 'none'),
    AWS_SHARED_CREDENTIALS_FILE: join(home, 'none'),
  };
}

function osimg(args: string[]) {
  const result = spawnSync('node', ['--import', 'tsx', 'src/cli/index.ts', 'publish-ami', '-q', ...args], {
    encoding: 'utf8',
    env: env(dir),
    timeout: 60_000,
  });
  return { code: result.status, stderr: result.stderr, stdout: result.stdout };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'osimg-ami-cli-'));
  good = await makeSparseDisk(dir, 'good.raw', { sizeMiB: 24, payloadBytes: 0 });
  noGpt = await makeSparseDisk(dir, 'nogpt.raw', { sizeMiB: 24, payloadBytes: 0, table: 'none' });
  noEsp = await makeSparseDisk(dir, 'noesp.raw', { sizeMiB: 24, payloadBytes: 0, esp: false });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('osimg publish-ami refuses bad input in one sentence', () => {
  it.each([
    [
      'no disk',
      () => ['--image-digest', DIGEST, '-r', 'us-east-1'],
      /^osimg: DISK is required: pass the raw disk osimg disk wrote \(or a vmdk or vhd\)$/,
    ],
    [
      'a missing disk',
      () => [join(dir, 'gone.raw'), '--image-digest', DIGEST, '-r', 'us-east-1'],
      /^osimg: disk: .*gone\.raw does not exist; pass the raw disk osimg disk wrote$/,
    ],
    [
      'a disk without GPT',
      () => [noGpt, '--image-digest', DIGEST, '-r', 'us-east-1'],
      /^osimg: .*nogpt\.raw has no valid GPT partition table: boot-mode uefi needs a GPT disk with an EFI system partition; .*$/,
    ],
    [
      'a GPT disk without ESP',
      () => [noEsp, '--image-digest', DIGEST, '-r', 'us-east-1'],
      /^osimg: .*noesp\.raw has a GPT but no EFI system partition .*UEFI firmware cannot boot it; .*$/,
    ],
    [
      'a bad region name',
      () => [good, '--image-digest', DIGEST, '-r', 'us-east-1,moon-base-one'],
      /^osimg: --region: "moon-base-one" is not an AWS region name; write regions like us-east-1 or eu-west-2$/,
    ],
    [
      'no region at all',
      () => [good, '--image-digest', DIGEST],
      /^osimg: --region: no region given and AWS_REGION is not set; .*$/,
    ],
    [
      'a bad digest',
      () => [good, '--image-digest', 'latest', '-r', 'us-east-1'],
      /^osimg: --image-digest must be the OS image's digest .*$/,
    ],
    [
      'missing credentials',
      () => [good, '--image-digest', DIGEST, '-r', 'us-east-1'],
      /^osimg: no AWS credentials found: run aws-actions\/configure-aws-credentials before this step \(or set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY\)$/,
    ],
  ])('%s', (_, args, message) => {
    const result = osimg(args());
    expect(result.stderr.trimEnd()).toMatch(message);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
  });

  it('prints its help', () => {
    const result = osimg(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: osimg publish-ami DISK --image-digest sha256:');
  });
});

describe.skipIf(!existsSync('dist/publish-ami/index.js'))('dist/publish-ami/index.js', () => {
  it.each([
    [{ 'image-digest': DIGEST, regions: 'us-east-1' }, /^::error::input "disk" is required: /m],
    [
      { disk: 'nogpt.raw', 'image-digest': DIGEST, regions: 'us-east-1' },
      /^::error::.*nogpt\.raw has no valid GPT partition table/m,
    ],
    [
      { disk: 'good.raw', 'image-digest': DIGEST, regions: 'moon-base-one' },
      /^::error::input "regions": "moon-base-one" is not an AWS region name/m,
    ],
    [
      { disk: 'good.raw', 'image-digest': DIGEST, regions: 'us-east-1' },
      /^::error::no AWS credentials found: run aws-actions\/configure-aws-credentials/m,
    ],
  ])('refuses %j with one error line', async (inputs, message) => {
    const run = await runActionBundle('publish-ami', inputs, { ...env(dir), GITHUB_WORKSPACE: dir } as Record<
      string,
      string
    >);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(message);
    expect(run.stdout.match(/^::error::/gm)).toHaveLength(1);
    expect(run.outputs).toEqual({});
  });
});
