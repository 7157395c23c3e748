/**
 * The three modes behind one front door (the action and the CLI call these with their own inputs):
 *   dispatch  find images whose base the policy bans or patches, start their pipelines (dry run default)
 *   check     the pre-deploy gate for named images: base not banned, last scan recent enough
 *   record    store the pipeline record of a freshly built image next to it in the registry
 */
import { OsimgError } from '../errors.js';
import type { Logger } from '../log.js';
import { parseReference } from '../oci/reference.js';
import type { RegistryClient } from '../oci/registry.js';
import { checkImage, type ImageCheck } from './check.js';
import { readImage } from './discover.js';
import type { GitHubClient } from './github.js';
import { serializeIndex, INDEX_KIND, type DependentImage } from './index-file.js';
import { readRecord, writeRecord } from './record.js';
import { rebuild, type RebuildReport, type RebuildRequest } from './rebuild.js';
import { checkMarkdown, rebuildCounts, rebuildJson, rebuildMarkdown } from './report.js';
import type { CheckRequest, RecordRequest } from './request.js';

export interface ModeResult {
  outputs: Record<string, string>;
  markdown: string;
  /** Files to write (path → content), e.g. the JSON report. */
  files: Record<string, string>;
  /** Set when the step must fail after its outputs are written. */
  failure?: string;
}

export async function runDispatchMode(
  request: RebuildRequest,
  deps: {
    clientFor: (registry: string) => Promise<RegistryClient>;
    github?: GitHubClient;
    log: Logger;
    reportPath: string;
  },
): Promise<ModeResult & { report: RebuildReport }> {
  const report = await rebuild(request, deps);
  const counts = rebuildCounts(report);
  const json = rebuildJson(report);
  const failed = counts.failed ?? 0;
  return {
    report,
    outputs: {
      affected: String(counts.affected),
      dispatched: String(counts.dispatched),
      planned: String(counts.planned),
      failed: String(failed),
      deferred: String(counts.deferred),
      report: deps.reportPath,
    },
    markdown: rebuildMarkdown(report),
    files: { [deps.reportPath]: `${json}\n` },
    failure: failed > 0 ? `${failed} pipeline(s) could not be started: see the report` : undefined,
  };
}

export async function runCheckMode(
  request: CheckRequest,
  deps: { clientFor: (registry: string) => Promise<RegistryClient>; today: string; now: number },
): Promise<ModeResult & { checks: ImageCheck[] }> {
  const checks: ImageCheck[] = [];
  for (const image of request.images) {
    checks.push(
      await checkImage(image, {
        policy: request.policy,
        today: deps.today,
        maxScanAgeDays: request.maxScanAgeDays,
        now: deps.now,
        clientFor: deps.clientFor,
      }),
    );
  }
  const banned = checks.filter((check) => check.verdict?.reason === 'banned');
  const patched = checks.filter((check) => check.verdict?.reason === 'patched');
  const failing =
    request.failOn === 'banned' ? banned : request.failOn === 'patched' ? [...banned, ...patched] : [];
  const scanned = checks
    .map((check) => check.scannedAt)
    .filter((time): time is string => Boolean(time))
    .sort();
  return {
    checks,
    outputs: {
      digest: parseReference(checks[0]!.image.image).digest ?? '',
      banned: String(banned.length > 0),
      patched: String(patched.length > 0),
      'scan-stale': String(checks.some((check) => check.scanStale)),
      // The oldest of the images' last scans: what the gate's freshness rests on.
      'scanned-at': checks.every((check) => check.scannedAt) ? (scanned[0] ?? '') : '',
    },
    markdown: checkMarkdown(checks, request.maxScanAgeDays),
    files: {},
    failure: failing.length
      ? failing.map((check) => `${check.image.image}: ${check.verdict!.detail}`).join('; ')
      : undefined,
  };
}

export async function runRecordMode(
  request: RecordRequest,
  deps: { clientFor: (registry: string) => Promise<RegistryClient>; indexPath: string },
): Promise<ModeResult> {
  const ref = parseReference(request.image);
  const client = await deps.clientFor(ref.registry);
  const [labels] = await readImage(client, ref);
  if (!labels)
    throw new OsimgError(`${request.image} is not an image (no image config)`, { code: 'NOT_FOUND' });
  // A re-scan (the gate) updates the scan time and keeps the pipeline the build recorded.
  const existing = await readRecord(client, { ...ref, digest: ref.digest! });
  const entry: DependentImage = {
    ...labels,
    pipeline: request.explicitPipeline
      ? request.entry.pipeline
      : (existing?.pipeline ?? request.entry.pipeline),
    builtAt: existing?.builtAt ?? request.entry.builtAt,
    scannedAt: request.entry.scannedAt ?? existing?.scannedAt,
  };
  delete entry.tags;
  const record = await writeRecord(client, { ...ref, digest: ref.digest! }, entry);
  const index = serializeIndex({ kind: INDEX_KIND, version: 1, images: [entry] });
  return {
    outputs: { record, index: deps.indexPath },
    markdown: `### osimg record\n\nRecorded \`${entry.image}\` (base \`${entry.base.name ?? entry.base.digest ?? 'none'}\`, pipeline ${entry.pipeline?.repository ?? '?'} ${entry.pipeline?.workflow ?? ''}) as ${record.slice(0, 19)}.\n`,
    files: { [deps.indexPath]: index },
  };
}
