/** The boot-test action: inputs → bootTest → outputs, a job summary, and the verdict. */
import { tmpdir } from 'node:os';
import * as core from '@actions/core';
import {
  bootTest,
  consoleExcerpt,
  describeTiming,
  bootTestOutputs,
  resultRows,
  defaultConsoleLog,
  toBootTestRequest,
  type BootTestReport,
} from '../../boot/index.js';
import { actionsLogger } from '../../runner/logger.js';
import { getInputs, INPUT_NAMES } from './inputs.js';

export async function run(): Promise<void> {
  const inputs = getInputs();
  const env = process.env;
  const temp = env.RUNNER_TEMP ?? tmpdir();
  const request = await toBootTestRequest(inputs, {
    cwd: env.GITHUB_WORKSPACE ?? process.cwd(),
    names: INPUT_NAMES,
    tempDir: temp,
    defaultConsoleLog: await defaultConsoleLog(temp, inputs.consoleLog.trim().length > 0),
  });
  // A cancelled job (SIGINT, then SIGTERM): the process guard in runAction stops qemu and removes scratch.
  const report = await bootTest(request, actionsLogger);
  for (const [name, value] of Object.entries(bootTestOutputs(report))) core.setOutput(name, value);
  await writeSummary(report);
  if (report.passed)
    core.info(`osimg boot-test passed: booted in ${report.bootSeconds?.toFixed(1)} s (${report.accel})`);
  else core.setFailed(`osimg boot-test failed: ${report.failure ?? 'an assertion failed'}`);
}

async function writeSummary(report: BootTestReport): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const summary = core.summary
    .addHeading(`osimg boot-test: ${report.passed ? 'passed' : 'FAILED'}`, 3)
    .addRaw(
      `<p>${escapeHtml(
        `${report.failure ? `${report.failure}. ` : ''}Boot: ${report.bootSeconds === undefined ? 'not reached' : `${report.bootSeconds.toFixed(1)} s`}; ${report.accelReason}. Console log: ${report.consoleLog}`,
      )}</p><p>${escapeHtml(`Time (${report.seconds.toFixed(1)} s): ${describeTiming(report.timing)}`)}</p>`,
    )
    .addTable([
      [
        { data: 'Result', header: true },
        { data: 'Assertion', header: true },
        { data: 'Time', header: true },
        { data: 'Detail', header: true },
      ],
      ...resultRows(report).map((row) => row.map(escapeHtml)),
    ]);
  if (!report.passed && report.lastLines.length > 0)
    summary
      .addHeading('Last console lines', 4)
      .addCodeBlock(escapeHtml(consoleExcerpt(report.lastLines, 40).join('\n')), 'text');
  await summary.write();
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}
