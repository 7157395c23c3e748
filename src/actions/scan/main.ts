/** The scan action: inputs → pinned trivy → scanImage → outputs, job summary, and the gate's verdict. */
import { rm } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import * as core from '@actions/core';
import { actionsLogger } from '../../runner/logger.js';
import { actionsDbCache } from '../../scan/db-cache.js';
import type { Decision } from '../../scan/gate.js';
import { resolveTrivy } from '../../scan/install-trivy.js';
import { scanOutputs } from '../../scan/outputs.js';
import { toScanRequest } from '../../scan/request.js';
import { scanImage } from '../../scan/scan.js';
import { summaryMarkdown, verdictLine } from '../../scan/summary.js';
import { DEFAULT_TRIVY_VERSION } from '../../scan/trivy-release.js';
import { toolCacheDownload, toolCacheStore } from '../../tools/install.js';
import { Trivy } from '../../tools/trivy.js';
import { getInputs, INPUT_NAMES } from './inputs.js';
import { makeScratch } from '../../scratch/files.js';

export async function run(): Promise<void> {
  const inputs = getInputs();
  const env = process.env;
  const cwd = env.GITHUB_WORKSPACE ?? process.cwd();
  const request = await toScanRequest(inputs, {
    cwd,
    homeDir: homedir(),
    names: INPUT_NAMES,
    trivyVersion: DEFAULT_TRIVY_VERSION,
  });
  const temp = env.RUNNER_TEMP ?? tmpdir();
  const scratchDir = (await makeScratch(temp, 'osimg-scan-')).path;
  try {
    const trivy = await core.group('Install trivy', () =>
      resolveTrivy(request.trivyVersion, {
        onPath: new Trivy(),
        install: { store: toolCacheStore(), download: toolCacheDownload, tempDir: temp },
        host: { platform: process.platform, arch: process.arch },
        log: actionsLogger,
      }),
    );
    const outcome = await scanImage(request, {
      trivy,
      dbCache: await actionsDbCache(),
      log: actionsLogger,
      now: new Date(),
      scratchDir,
    });
    await publish(outcome.decision, { sarif: outcome.sarifPath, report: outcome.reportPath });
  } finally {
    await rm(scratchDir, { recursive: true, force: true });
  }
}

async function publish(decision: Decision, paths: { sarif: string; report: string }): Promise<void> {
  for (const [name, value] of Object.entries(scanOutputs(decision, paths))) core.setOutput(name, value);
  // Incomplete results are said loudly whatever the policy does with them.
  for (const problem of decision.completeness.problems)
    core.warning(problem, { title: 'osimg scan: results incomplete' });
  for (const warning of decision.warnings.filter((w) => !decision.completeness.problems.includes(w))) {
    core.warning(warning);
  }
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summaryMarkdown(decision)).write();
  if (decision.passed) core.info(`osimg scan ${verdictLine(decision)}`);
  else core.setFailed(`osimg scan ${verdictLine(decision)}`);
}
