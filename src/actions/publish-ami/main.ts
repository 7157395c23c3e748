/**
 * The publish-ami action: inputs → publishAmi (or the janitor) → outputs and a job summary. The AWS SDK
 * parts load only after the inputs are read and checked (ncc emits them as chunks): a wrong input fails
 * at once, without parsing three SDK clients first.
 */
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import * as core from '@actions/core';
import { toAmiRequest } from '../../ami/request.js';
import { actionsLogger } from '../../runner/logger.js';
import { writeSummaryTable } from '../../runner/summary.js';
import { getInputs, INPUT_NAMES } from './inputs.js';

export async function run(): Promise<void> {
  const inputs = getInputs();
  const env = process.env;
  const cwd = env.GITHUB_WORKSPACE ?? process.cwd();
  const request = toAmiRequest(
    { ...inputs, disk: inputs.disk ? resolve(cwd, inputs.disk) : '' },
    {
      names: INPUT_NAMES,
      defaultRegion: env.AWS_REGION || env.AWS_DEFAULT_REGION,
      runId: `${env.GITHUB_RUN_ID ?? Date.now()}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`,
      tempDir: env.RUNNER_TEMP ?? tmpdir(),
    },
  );
  const [{ defaultAwsClients }, { runJanitor }, { assertComplete, publishAmi }, report] = await Promise.all([
    import('../../ami/aws.js'),
    import('../../ami/janitor.js'),
    import('../../ami/publish.js'),
    import('../../ami/report.js'),
  ]);
  const { janitorRows, publishOutputs, publishSummaryRows, regionRows } = report;
  const clients = defaultAwsClients();
  if (request.mode === 'janitor') {
    const result = await runJanitor(request.janitor, clients, actionsLogger);
    await summaryTable(
      `osimg publish-ami janitor (${result.dryRun ? 'dry run' : 'removing'}, older than ${result.olderThanDays} days)`,
      ['Region', 'Resource', 'AMI name', 'Why', 'Done'],
      janitorRows(result),
    );
    return;
  }
  const result = await publishAmi(request.publish, clients, actionsLogger);
  for (const [name, value] of Object.entries(publishOutputs(result))) core.setOutput(name, value);
  await summaryTable(
    `osimg publish-ami: ${result.amiName}`,
    ['Region', 'AMI', 'Snapshot', 'Result'],
    regionRows(result),
  );
  await writeSummaryTable('Details', publishSummaryRows(result));
  assertComplete(result);
}

async function summaryTable(title: string, header: string[], rows: string[][]): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary
    .addHeading(title, 3)
    .addTable([header.map((data) => ({ data, header: true })), ...rows.map((row) => row.map(escapeHtml))])
    .write();
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
