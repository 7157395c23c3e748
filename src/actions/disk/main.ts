/** The disk action: inputs → buildDisk → outputs and a job summary. */
import { tmpdir } from 'node:os';
import * as core from '@actions/core';
import { makeDisks } from '../../disk/make-disks.js';
import { defaultDiskTools, defaultImageBuilderTools } from '../../disk/tools.js';
import { diskOutputs, diskReportRows } from '../../disk/report.js';
import { toDiskRequest } from '../../disk/request.js';
import { actionsLogger } from '../../runner/logger.js';
import { writeSummaryTable } from '../../runner/summary.js';
import { getInputs, INPUT_NAMES } from './inputs.js';

export async function run(): Promise<void> {
  const inputs = getInputs();
  const env = process.env;
  const cwd = env.GITHUB_WORKSPACE ?? process.cwd();
  const request = await toDiskRequest(inputs, {
    cwd,
    names: INPUT_NAMES,
    sourceDateEpochEnv: env.SOURCE_DATE_EPOCH,
    authfileEnv: env.REGISTRY_AUTH_FILE,
  });
  const uid = process.getuid?.() ?? -1;
  const result = await makeDisks(request, {
    ...defaultDiskTools({ driver: inputs.storageDriver || undefined }),
    ...defaultImageBuilderTools({
      uid,
      gid: process.getgid?.() ?? -1,
      // A GitHub-hosted runner is a throw-away machine with passwordless sudo: osimg may set the sysctl.
      githubHosted: env.GITHUB_ACTIONS === 'true' && env.RUNNER_ENVIRONMENT === 'github-hosted',
      log: actionsLogger,
    }),
    log: actionsLogger,
    tempDir: env.RUNNER_TEMP ?? tmpdir(),
    uid,
  });
  for (const [name, value] of Object.entries(diskOutputs(result))) core.setOutput(name, value);
  core.info(`made ${result.files.map((file) => file.path).join(', ')}`);
  await writeSummaryTable(`osimg disk: ${result.image}`, diskReportRows(result));
}
