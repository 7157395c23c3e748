/** `osimg rebuild`: the rebuild action's three modes on a laptop or any CI, with the same modules. */
import { resolve } from 'node:path';
import { writeFileAtomically } from '../scratch/files.js';
import { parseArgs } from 'node:util';
import { defaultAuthFiles } from '../build/request.js';
import { today } from '../lint/today.js';
import { GitHubClient } from '../rebuild/github.js';
import {
  MODES,
  registryClients,
  toCheckRequest,
  toRebuildRequest,
  toRecordRequest,
  type RebuildInputNames,
} from '../rebuild/request.js';
import { runCheckMode, runDispatchMode, runRecordMode, type ModeResult } from '../rebuild/run.js';
import { parseBoolean, parseChoice } from '../values.js';
import { CliLogger } from './logger.js';
import type { CliContext } from './main.js';

export const REBUILD_HELP = `Usage: osimg rebuild [IMAGE...] [options]

When the ops policy bans or patches a base image, find every image built on it and start its pipeline
through the GitHub API (dry run unless --dry-run false). IMAGE is registry/repository (every tag),
registry/repository:tag, or registry/* (the registry's catalog). The base comes from each image's
org.opencontainers.image.base.* labels, the repository from org.opencontainers.image.source, the
workflow from the image's pipeline record or --workflow.

Modes:
  --mode dispatch        (default) find affected images and start their pipelines
  --mode check IMAGE...  pre-deploy gate: base not banned (exit 1 if it is), last scan age
  --mode record IMAGE    store the pipeline record (repository, workflow, scan time) next to IMAGE@sha256:…

Options:
      --policy FILE            the ops policy (default: osimg-policy.yml)
      --previous-policy FILE   the policy before the change: what it already condemned is not started again
      --index FILE             dependents index file written by the pipeline (repeatable)
      --base GLOB              only images on these bases (registry/repository globs; repeatable)
      --tag GLOB               only images carrying one of these tags (repeatable)
      --check-base-updates     also rebuild images whose base tag now points at a newer digest
      --read-records BOOL      read each image's pipeline record (default true)
      --workflow FILE          workflow to start where no record names one (e.g. image.yml)
      --ref REF                branch or tag to run on (default: the repository's default branch)
      --event EVENT            auto (default), workflow_dispatch or repository_dispatch
      --event-type TYPE        repository_dispatch event type (default: osimg-rebuild)
      --dry-run BOOL           only report (default true); false starts pipelines
      --concurrency N          GitHub requests at once (default 2)
      --max-dispatches N       at most N pipelines per run; the rest is deferred (default 50)
      --interval SECONDS       between two starts (default 1)
      --max-scan-age-days N    check: a scan this old or older is stale (default 7)
      --fail-on WHAT           check: banned (default), patched or never
      --repository OWNER/NAME  record: the repository whose pipeline built the image
      --scanned-at TIME        record: when the image was last scanned (ISO date-time)
      --report FILE            write the JSON report (dispatch) or index entry (record) there
      --github-api-url URL     default: GITHUB_API_URL, else https://api.github.com
      --username USER          registry user (password from OSIMG_REGISTRY_PASSWORD)
      --tls-verify BOOL        verify registry TLS (default true)
      --json                   print the JSON report on stdout
  -q, --quiet                  only errors and the result
  -h, --help                   this help

The GitHub token comes from OSIMG_GITHUB_TOKEN or GITHUB_TOKEN, never from an argument; it needs
"actions: write" (workflow_dispatch) or "contents: write" (repository_dispatch) on the target repositories.
Exit codes: 0 done, 1 a pipeline could not be started or the gate failed, 2 bad usage or configuration.
`;

const NAMES: RebuildInputNames = {
  mode: '--mode',
  policy: '--policy',
  previousPolicy: '--previous-policy',
  images: 'IMAGE',
  index: '--index',
  bases: '--base',
  tags: '--tag',
  checkBaseUpdates: '--check-base-updates',
  readRecords: '--read-records',
  workflow: '--workflow',
  ref: '--ref',
  event: '--event',
  eventType: '--event-type',
  dryRun: '--dry-run',
  concurrency: '--concurrency',
  maxDispatches: '--max-dispatches',
  interval: '--interval',
  maxScanAgeDays: '--max-scan-age-days',
  failOn: '--fail-on',
  repository: '--repository',
  scannedAt: '--scanned-at',
};

export async function rebuildCommand(args: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      mode: { type: 'string' },
      policy: { type: 'string' },
      'previous-policy': { type: 'string' },
      index: { type: 'string', multiple: true },
      base: { type: 'string', multiple: true },
      tag: { type: 'string', multiple: true },
      'check-base-updates': { type: 'boolean' },
      'read-records': { type: 'string' },
      workflow: { type: 'string' },
      ref: { type: 'string' },
      event: { type: 'string' },
      'event-type': { type: 'string' },
      'dry-run': { type: 'string' },
      concurrency: { type: 'string' },
      'max-dispatches': { type: 'string' },
      interval: { type: 'string' },
      'max-scan-age-days': { type: 'string' },
      'fail-on': { type: 'string' },
      repository: { type: 'string' },
      'scanned-at': { type: 'string' },
      report: { type: 'string' },
      'github-api-url': { type: 'string' },
      username: { type: 'string' },
      'tls-verify': { type: 'string' },
      json: { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      verbose: { type: 'boolean', short: 'v' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    context.stdout(REBUILD_HELP);
    return 0;
  }
  const env = context.env;
  const mode = parseChoice(values.mode ?? '', NAMES.mode, MODES, 'dispatch');
  const inputs = {
    mode,
    policy: values.policy ?? '',
    previousPolicy: values['previous-policy'] ?? '',
    images: positionals.join('\n'),
    index: (values.index ?? []).join('\n'),
    bases: (values.base ?? []).join('\n'),
    tags: (values.tag ?? []).join('\n'),
    checkBaseUpdates: values['check-base-updates'] ?? false,
    readRecords: parseBoolean(values['read-records'] ?? '', NAMES.readRecords, true),
    workflow: values.workflow ?? '',
    ref: values.ref ?? '',
    event: values.event ?? '',
    eventType: values['event-type'] ?? '',
    dryRun: parseBoolean(values['dry-run'] ?? '', NAMES.dryRun, true),
    concurrency: values.concurrency ?? '',
    maxDispatches: values['max-dispatches'] ?? '',
    interval: values.interval ?? '',
    maxScanAgeDays: values['max-scan-age-days'] ?? '',
    failOn: values['fail-on'] ?? '',
    repository: values.repository ?? '',
    scannedAt: values['scanned-at'] ?? '',
  };
  const log = new CliLogger(
    { quiet: values.quiet ?? false, verbose: values.verbose ?? false },
    context.stderr,
  );
  const password = env.OSIMG_REGISTRY_PASSWORD;
  const clientFor = registryClients({
    credentials: values.username && password ? { username: values.username, password } : undefined,
    authFiles: defaultAuthFiles(env),
    tlsVerify: parseBoolean(values['tls-verify'] ?? '', '--tls-verify', true),
    log: (line) => log.info(line),
  });

  let result: ModeResult;
  if (mode === 'dispatch') {
    const request = await toRebuildRequest(inputs, { cwd: context.cwd, names: NAMES, today: today() });
    const github = request.dryRun
      ? undefined
      : new GitHubClient({
          apiUrl: values['github-api-url'] || env.GITHUB_API_URL || 'https://api.github.com',
          token: env.OSIMG_GITHUB_TOKEN || env.GITHUB_TOKEN || '',
          log: (line) => log.info(line),
        });
    result = await runDispatchMode(request, { clientFor, github, log, reportPath: values.report ?? '' });
  } else if (mode === 'check') {
    result = await runCheckMode(await toCheckRequest(inputs, { cwd: context.cwd, names: NAMES }), {
      clientFor,
      today: today(),
      now: Date.now(),
    });
  } else {
    const request = toRecordRequest(inputs, { names: NAMES, env, now: new Date() });
    result = await runRecordMode(request, { clientFor, indexPath: values.report ?? '' });
  }
  for (const [path, content] of Object.entries(result.files)) {
    if (path) await writeFileAtomically(resolve(context.cwd, path), content, { createDirectory: true });
  }
  const json = Object.values(result.files)[0];
  context.stdout(values.json && json ? json : result.markdown);
  if (result.failure) {
    context.stderr(`osimg: ${result.failure}\n`);
    return 1;
  }
  return 0;
}
