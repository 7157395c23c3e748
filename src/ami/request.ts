/**
 * publish-ami's inputs (same names in the action and the CLI) → a validated request. Every refusal is one
 * sentence naming the input and the fix, and happens before any file is read or AWS is called.
 */
import { ConfigurationError } from '../errors.js';
import { parseBoolean, parseChoice, parseInteger, parseKeyValues, parseList } from '../values.js';
import { AMI_NAME_CHARS, DIGEST, MAX_PREFIX } from './naming.js';
import type { Architecture, BootMode } from './preflight.js';

export const METHODS = ['ebs-direct', 'import-snapshot'] as const;
export type UploadMethod = (typeof METHODS)[number];
export const BOOT_MODES = ['uefi', 'legacy-bios', 'uefi-preferred'] as const;
export const ARCHITECTURES = ['x86_64', 'arm64'] as const;
export const MODES = ['publish', 'janitor'] as const;

/** The inputs as text, exactly as action.yml names them (camel-cased). */
export interface PublishAmiInputs {
  disk: string;
  imageDigest: string;
  name: string;
  regions: string;
  method: string;
  bucket: string;
  bootMode: string;
  architecture: string;
  tpmSupport: string;
  imdsV2: string;
  shareAccounts: string;
  shareOrganizations: string;
  public: string;
  tags: string;
  mode: string;
  olderThanDays: string;
  dryRun: string;
}

/** How errors name each input: `input "regions"` in the action, `--region` in the CLI. */
export type PublishAmiInputNames = Record<keyof PublishAmiInputs, string>;

export interface PublishRequest {
  disk: string;
  imageDigest: string;
  namePrefix: string;
  /** First = where the disk is uploaded and registered; the rest get copies. */
  regions: string[];
  method: UploadMethod;
  bucket?: string;
  bootMode: BootMode;
  architecture: Architecture;
  tpmSupport: boolean;
  imdsV2: 'required' | 'optional';
  shareAccounts: string[];
  shareOrganizations: string[];
  public: boolean;
  tags: Record<string, string>;
  /** Identifies this run in tags and client tokens (GITHUB_RUN_ID-ATTEMPT, or random in the CLI). */
  runId: string;
  /** Scratch space (converted disks, erofs copies). */
  tempDir: string;
  /** PutSnapshotBlock requests in flight (default 32). */
  concurrency?: number;
}

export interface JanitorRequest {
  regions: string[];
  olderThanDays: number;
  dryRun: boolean;
}

export type AmiRequest =
  { mode: 'publish'; publish: PublishRequest } | { mode: 'janitor'; janitor: JanitorRequest };

/** us-east-1, eu-central-2, us-gov-west-1, cn-north-1, ap-southeast-5, us-isob-east-1 … */
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
const ACCOUNT = /^\d{12}$/;
const ORG_ARN =
  /^arn:aws[a-z-]*:organizations::\d{12}:(organization\/o-[a-z0-9]{10,32}|ou\/o-[a-z0-9]{10,32}\/ou-[a-z0-9]{4,32}-[a-z0-9]{8,32})$/;
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

export interface RequestContext {
  names: PublishAmiInputNames;
  /** AWS_REGION or AWS_DEFAULT_REGION: the default when regions is empty. */
  defaultRegion?: string;
  runId: string;
  tempDir: string;
}

export function parseRegions(text: string, name: string, fallback?: string): string[] {
  const regions = [...new Set(parseList(text))];
  if (regions.length === 0 && fallback) regions.push(fallback);
  if (regions.length === 0)
    throw new ConfigurationError(
      `${name}: no region given and AWS_REGION is not set; list the regions (the first is where the disk is uploaded)`,
    );
  const bad = regions.find((region) => !REGION.test(region));
  if (bad)
    throw new ConfigurationError(
      `${name}: "${bad}" is not an AWS region name; write regions like us-east-1 or eu-west-2`,
    );
  return regions;
}

export function toAmiRequest(inputs: PublishAmiInputs, context: RequestContext): AmiRequest {
  const { names } = context;
  const mode = parseChoice(inputs.mode, names.mode, MODES, 'publish');
  const regions = parseRegions(inputs.regions, names.regions, context.defaultRegion);
  if (mode === 'janitor') {
    return {
      mode,
      janitor: {
        regions,
        olderThanDays: parseInteger(inputs.olderThanDays, names.olderThanDays, { min: 0, max: 3650 }) ?? 7,
        dryRun: parseBoolean(inputs.dryRun, names.dryRun, true),
      },
    };
  }
  return { mode, publish: toPublishRequest(inputs, regions, context) };
}

function toPublishRequest(
  inputs: PublishAmiInputs,
  regions: string[],
  context: RequestContext,
): PublishRequest {
  const { names } = context;
  if (!inputs.disk.trim())
    throw new ConfigurationError(
      `${names.disk} is required: pass the raw disk osimg disk wrote (or a vmdk or vhd)`,
    );
  const imageDigest = inputs.imageDigest.trim();
  if (!DIGEST.test(imageDigest))
    throw new ConfigurationError(
      `${names.imageDigest} must be the OS image's digest (sha256: and 64 hex digits), not "${imageDigest}": pass the digest output of the build or disk step`,
    );
  const namePrefix = inputs.name.trim() || 'osimg';
  if (!AMI_NAME_CHARS.test(namePrefix) || namePrefix.length > MAX_PREFIX)
    throw new ConfigurationError(
      `${names.name} "${namePrefix}" cannot start an AMI name: use at most ${MAX_PREFIX} letters, digits, spaces or ()[]./-'@_`,
    );
  const method = parseChoice(inputs.method, names.method, METHODS, 'ebs-direct');
  const bucket = inputs.bucket.trim() || undefined;
  if (method === 'import-snapshot' && !bucket)
    throw new ConfigurationError(
      `${names.bucket} is required with method import-snapshot: name an S3 bucket in ${regions[0]} that the vmimport role can read`,
    );
  if (bucket && !BUCKET.test(bucket))
    throw new ConfigurationError(
      `${names.bucket} "${bucket}" is not an S3 bucket name (3-63 lower-case letters, digits, dots, dashes)`,
    );
  const bootMode = parseChoice(inputs.bootMode, names.bootMode, BOOT_MODES, 'uefi');
  const tpmSupport = parseBoolean(inputs.tpmSupport, names.tpmSupport, false);
  if (tpmSupport && bootMode === 'legacy-bios')
    throw new ConfigurationError(
      `${names.tpmSupport} needs UEFI: NitroTPM does not work with boot-mode legacy-bios`,
    );
  const shareAccounts = parseList(inputs.shareAccounts);
  const badAccount = shareAccounts.find((account) => !ACCOUNT.test(account));
  if (badAccount)
    throw new ConfigurationError(
      `${names.shareAccounts}: "${badAccount}" is not an AWS account ID (12 digits)`,
    );
  const shareOrganizations = parseList(inputs.shareOrganizations);
  const badOrg = shareOrganizations.find((arn) => !ORG_ARN.test(arn));
  if (badOrg)
    throw new ConfigurationError(
      `${names.shareOrganizations}: "${badOrg}" is not an organization or OU ARN (arn:aws:organizations::ACCOUNT:organization/o-… or …:ou/o-…/ou-…)`,
    );
  const tags = parseKeyValues(inputs.tags, names.tags);
  const reserved = Object.keys(tags).find((key) => /^(aws|osimg):/i.test(key));
  if (reserved)
    throw new ConfigurationError(
      `${names.tags}: the tag key "${reserved}" is reserved (aws: and osimg: belong to AWS and osimg)`,
    );
  const tooLong = Object.entries(tags).find(([key, value]) => key.length > 128 || value.length > 256);
  if (tooLong)
    throw new ConfigurationError(
      `${names.tags}: "${tooLong[0]}" is too long (keys up to 128, values up to 256 characters)`,
    );
  if (Object.keys(tags).length > 40)
    throw new ConfigurationError(`${names.tags}: at most 40 tags (EC2 allows 50 and osimg uses the rest)`);
  return {
    disk: inputs.disk.trim(),
    imageDigest,
    namePrefix,
    regions,
    method,
    bucket,
    bootMode,
    architecture: parseChoice(inputs.architecture, names.architecture, ARCHITECTURES, 'x86_64'),
    tpmSupport,
    imdsV2: parseChoice(inputs.imdsV2, names.imdsV2, ['required', 'optional'] as const, 'required'),
    shareAccounts,
    shareOrganizations,
    public: parseBoolean(inputs.public, names.public, false),
    tags,
    runId: context.runId,
    tempDir: context.tempDir,
  };
}
