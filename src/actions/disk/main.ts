/** The disk action: inputs → buildDisk → outputs and a job summary. */
import { tmpdir } from 'node:os';
import * as core from '@actions/core';
import { defaultDiskTools } from '../../disk/tools.js';
import { buildDisk } from '../../disk/builder.js';
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
  });
  const result = await buildDisk(request, {
    ...defaultDiskTools({ driver: inputs.storageDriver || undefined }),
    log: actionsLogger,
    tempDir: env.RUNNER_TEMP ?? tmpdir(),
    uid: process.getuid?.() ?? -1,
  });
  for (const [name, value] of Object.entries(diskOutputs(result))) core.setOutput(name, value);
  core.info(`made ${result.files.map((file) => file.path).join(', ')}`);
  await writeSummaryTable(`osimg disk: ${result.image}`, diskReportRows(result));
}
