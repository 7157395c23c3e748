/** `osimg publish-ami`: the publish-ami action's steps from a laptop or any CI, with the same modules. */
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultAwsClients } from '../ami/aws.js';
import { runJanitor } from '../ami/janitor.js';
import { assertComplete, publishAmi } from '../ami/publish.js';
import { janitorRows, publishOutputs, publishSummaryRows, regionRows } from '../ami/report.js';
import { toAmiRequest, type PublishAmiInputNames } from '../ami/request.js';
import { ConfigurationError } from '../errors.js';
import { CliLogger } from './logger.js';
import type { CliContext } from './main.js';

export const PUBLISH_AMI_HELP = `Usage: osimg publish-ami DISK --image-digest sha256:… [options]
       osimg publish-ami --mode janitor [--region R]… [--older-than-days N] [--dry-run false]

Publish a raw (or vmdk/vhd) disk as EC2 AMIs: checks the disk (GPT + ESP for UEFI, ENA and NVMe drivers),
uploads only its data blocks with the EBS direct APIs (or through S3 and VM Import), registers the AMI in
the first region and copies it to the others. The AMI name derives from the image digest: running again
reuses what exists and completes what is missing. Credentials: the AWS SDK's standard chain (environment,
AWS_PROFILE, SSO, web identity, instance role).

Options:
  -r, --region REGION           region (repeatable or comma-separated); first = upload (default: AWS_REGION)
      --image-digest DIGEST     sha256:… of the OS image (names the AMI)
      --name PREFIX             AMI name prefix (default: osimg)
      --method METHOD           ebs-direct (default) or import-snapshot
      --bucket BUCKET           S3 bucket in the first region (import-snapshot)
      --boot-mode MODE          uefi (default), legacy-bios or uefi-preferred
      --architecture ARCH       x86_64 (default) or arm64
      --tpm-support BOOL        NitroTPM (default false)
      --imds-v2 POLICY          required (default) or optional
      --share-account ID        share with an account (repeatable)
      --share-organization ARN  share with an organization or OU (repeatable)
      --public BOOL             make the AMIs public (default false)
      --tag KEY=VALUE           extra tag (repeatable)
      --mode MODE               publish (default) or janitor
      --older-than-days N       janitor: leftovers older than N days (default 7)
      --dry-run BOOL            janitor: only list (default true)
      --json                    print the result as JSON on stdout
  -q, --quiet                   only errors and the result
  -h, --help                    this help

Exit codes: 0 published (or janitor done), 1 failed (in some regions: run again), 2 bad usage or configuration.
`;

const NAMES: PublishAmiInputNames = {
  disk: 'DISK',
  imageDigest: '--image-digest',
  name: '--name',
  regions: '--region',
  method: '--method',
  bucket: '--bucket',
  bootMode: '--boot-mode',
  architecture: '--architecture',
  tpmSupport: '--tpm-support',
  imdsV2: '--imds-v2',
  shareAccounts: '--share-account',
  shareOrganizations: '--share-organization',
  public: '--public',
  tags: '--tag',
  mode: '--mode',
  olderThanDays: '--older-than-days',
  dryRun: '--dry-run',
};

export async function publishAmiCommand(args: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      region: { type: 'string', short: 'r', multiple: true },
      'image-digest': { type: 'string' },
      name: { type: 'string' },
      method: { type: 'string' },
      bucket: { type: 'string' },
      'boot-mode': { type: 'string' },
      architecture: { type: 'string' },
      'tpm-support': { type: 'string' },
      'imds-v2': { type: 'string' },
      'share-account': { type: 'string', multiple: true },
      'share-organization': { type: 'string', multiple: true },
      public: { type: 'string' },
      tag: { type: 'string', multiple: true },
      mode: { type: 'string' },
      'older-than-days': { type: 'string' },
      'dry-run': { type: 'string' },
      json: { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      verbose: { type: 'boolean', short: 'v' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    context.stdout(PUBLISH_AMI_HELP);
    return 0;
  }
  if (positionals.length > 1)
    throw new ConfigurationError(
      `osimg publish-ami takes one DISK, got ${positionals.length}: ${positionals.join(' ')}; run with --help for the forms`,
    );
  const list = (items: string[] | undefined) => (items ?? []).join('\n');
  const request = toAmiRequest(
    {
      disk: positionals[0] ? resolve(context.cwd, positionals[0]) : '',
      imageDigest: values['image-digest'] ?? '',
      name: values.name ?? '',
      regions: list(values.region),
      method: values.method ?? '',
      bucket: values.bucket ?? '',
      bootMode: values['boot-mode'] ?? '',
      architecture: values.architecture ?? '',
      tpmSupport: values['tpm-support'] ?? '',
      imdsV2: values['imds-v2'] ?? '',
      shareAccounts: list(values['share-account']),
      shareOrganizations: list(values['share-organization']),
      public: values.public ?? '',
      tags: list(values.tag),
      mode: values.mode ?? '',
      olderThanDays: values['older-than-days'] ?? '',
      dryRun: values['dry-run'] ?? '',
    },
    {
      names: NAMES,
      defaultRegion: context.env.AWS_REGION || context.env.AWS_DEFAULT_REGION,
      runId: `cli-${randomBytes(6).toString('hex')}`,
      tempDir: context.env.TMPDIR ?? tmpdir(),
    },
  );
  const log = new CliLogger(
    { quiet: values.quiet ?? false, verbose: values.verbose ?? false },
    context.stderr,
  );
  // osimg carries its own SDK: the SDK's notice about the Node versions its future releases need is not the
  // user's to act on, and on Node 20 it would turn the CLI's one-line errors into ten lines.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const clients = defaultAwsClients();
  if (request.mode === 'janitor') {
    const result = await runJanitor(request.janitor, clients, log);
    if (values.json) context.stdout(`${JSON.stringify(result, null, 2)}\n`);
    else context.stdout(table(janitorRows(result)) || `nothing older than ${result.olderThanDays} days\n`);
    return 0;
  }
  const result = await publishAmi(request.publish, clients, log);
  if (values.json) context.stdout(`${JSON.stringify({ ...publishOutputs(result), result }, null, 2)}\n`);
  else context.stdout(table(regionRows(result)) + table(publishSummaryRows(result)));
  assertComplete(result);
  return 0;
}

function table(rows: ReadonlyArray<readonly string[]>): string {
  if (rows.length === 0) return '';
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return (
    rows
      .map((row) => row.map((cell, i) => (i < row.length - 1 ? cell.padEnd(widths[i]!) : cell)).join('  '))
      .join('\n') + '\n'
  );
}
