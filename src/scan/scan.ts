/**
 * The scan, start to finish: DB ready → trivy writes its JSON report → osimg's gate decides → SARIF and
 * JSON report written. `evaluateReport` is the same second half for a report trivy wrote elsewhere.
 */
import { join } from 'node:path';
import { writeFileAtomically } from '../scratch/files.js';
import { ConfigurationError, OsimgError } from '../errors.js';
import type { Logger } from '../log.js';
import type { Trivy } from '../tools/trivy.js';
import { prepareDb, type DbCache } from './db.js';
import { evaluate, type Decision } from './gate.js';
import { utcDate } from './ignores.js';
import { jsonReport } from './outputs.js';
import type { Policy } from './policy.js';
import { parseTrivyReport } from './report.js';
import type { ScanRequest } from './request.js';
import { decisionToSarif } from './sarif.js';
import { readInputFile } from '../input-file.js';

export interface ScanDeps {
  trivy: Trivy;
  dbCache?: DbCache;
  log: Logger;
  now: Date;
  /** An empty directory of our own: trivy runs there and writes its report there. */
  scratchDir: string;
  sleep?: (ms: number) => Promise<void>;
}

export interface ScanOutcome {
  decision: Decision;
  sarifPath: string;
  reportPath: string;
}

export async function scanImage(request: ScanRequest, deps: ScanDeps): Promise<ScanOutcome> {
  const today = utcDate(deps.now);
  const db = await deps.log.group('trivy DB', () =>
    prepareDb(request.db, {
      trivy: deps.trivy,
      cache: deps.dbCache,
      log: deps.log,
      now: deps.now,
      today,
      cwd: deps.scratchDir,
      sleep: deps.sleep,
      timeoutMs: request.timeoutMs,
    }),
  );
  const output = join(deps.scratchDir, 'trivy-report.json');
  const log = await deps.log.group('Scan', () =>
    deps.trivy.scanImage(
      {
        image: request.source,
        output,
        scanners: request.policy.scanners,
        cacheDir: db.cacheDir,
        repositories: request.db.repositories,
        skipDbUpdate: true,
        offline: db.offline,
        platform: request.platform,
        insecure: request.insecure,
        timeout: request.timeout,
      },
      {
        cwd: deps.scratchDir,
        credentials: request.credentials,
        timeoutMs: request.timeoutMs,
        onLine: (line) => deps.log.info(line),
      },
    ),
  );
  const text = await readInputFile(output, 'trivyReport', 'the trivy report').catch((error: unknown) => {
    if (error instanceof ConfigurationError) throw error;
    throw new OsimgError(`trivy finished but wrote no report to ${output}: ${(error as Error).message}`, {
      cause: error,
    });
  });
  return decideAndWrite(parseTrivyReport(text, 'the trivy report'), request, today, log);
}

/** Gates a trivy JSON report that already exists (`osimg scan --from-report`). */
export async function evaluateReport(
  reportFile: string,
  request: Pick<ScanRequest, 'policy' | 'sarifPath' | 'reportPath' | 'locationUri'>,
  now: Date,
): Promise<ScanOutcome> {
  const text = await readInputFile(reportFile, 'trivyReport').catch((error: NodeJS.ErrnoException) => {
    if (error instanceof ConfigurationError) throw error;
    throw new ConfigurationError(
      `cannot read the trivy report ${reportFile} (${error.code ?? error.message}): check the path`,
      {
        cause: error,
      },
    );
  });
  return decideAndWrite(parseTrivyReport(text, reportFile), request, utcDate(now), []);
}

async function decideAndWrite(
  report: ReturnType<typeof parseTrivyReport>,
  request: { policy: Policy; sarifPath: string; reportPath: string; locationUri: string },
  today: string,
  trivyWarnings: string[],
): Promise<ScanOutcome> {
  const decision = evaluate(report, request.policy, today, trivyWarnings);
  const category = `osimg-scan/${report.artifactName || 'image'}`;
  await writeJson(
    request.sarifPath,
    decisionToSarif(decision, { locationUri: request.locationUri, category }),
  );
  await writeJson(request.reportPath, jsonReport(decision));
  return { decision, sarifPath: request.sarifPath, reportPath: request.reportPath };
}

async function writeJson(path: string, value: unknown): Promise<void> {
  await writeFileAtomically(path, `${JSON.stringify(value, null, 2)}\n`, { createDirectory: true });
}
