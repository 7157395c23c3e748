/** The lint action: policy + files → findings as annotations, SARIF, a summary and outputs. */
import * as core from '@actions/core';
import { countBySeverity, render, ruleTitle } from '../../lint/report.js';
import { runLint } from '../../lint/run.js';
import { writeFileAtomically } from '../../scratch/files.js';
import { today } from '../../lint/today.js';
import { SEVERITIES } from '../../report/severity.js';
import { annotate } from '../../runner/annotations.js';
import { actionsLogger } from '../../runner/logger.js';
import { writeSummaryTable } from '../../runner/summary.js';
import { Git } from '../../tools/git.js';
import { getInputs } from './inputs.js';

export async function run(): Promise<void> {
  const inputs = getInputs();
  const env = process.env;
  const root = env.GITHUB_WORKSPACE ?? process.cwd();
  const lintRun = await runLint(
    {
      paths: inputs.paths,
      root,
      policy: {
        file: inputs.policy || undefined,
        repository: inputs.policyRepository || undefined,
        ref: inputs.policyRef || undefined,
        path: inputs.policyPath || undefined,
        token: inputs.policyToken || undefined,
        serverUrl: env.GITHUB_SERVER_URL,
      },
      kind: inputs.kind,
      failOn: inputs.failOn,
      fix: inputs.fix,
      today: today(),
      repository: env.GITHUB_REPOSITORY,
      buildArgs: inputs.buildArgs,
      format: 'text',
    },
    { git: new Git(), log: actionsLogger },
  );
  const { result } = lintRun;
  await core.group('Findings', async () => core.info(lintRun.rendered));
  annotate(
    result.findings.map((finding) => ({
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      location: { uri: finding.file, startLine: finding.line, endLine: finding.endLine },
    })),
    (finding) => `${finding.ruleId} ${ruleTitle(finding.ruleId)}`,
  );
  for (const fix of lintRun.fixes) {
    for (const change of fix.changes)
      core.info(`fixed ${fix.file}:${change.line}: ${change.from} → ${change.to}`);
    for (const skipped of fix.skipped)
      core.warning(`not fixed ${fix.file}:${skipped.line}: ${skipped.reason}`);
  }
  if (inputs.sarif) await writeFileAtomically(inputs.sarif, render(result, 'sarif', 'none'));

  const counts = countBySeverity(result.findings);
  const passed = lintRun.failing.length === 0;
  core.setOutput('passed', String(passed));
  core.setOutput('findings', String(result.findings.length));
  for (const severity of SEVERITIES) core.setOutput(severity, String(counts[severity]));
  core.setOutput('sarif', inputs.sarif);
  core.setOutput('fixed', String(lintRun.fixes.reduce((sum, fix) => sum + fix.changes.length, 0)));
  await writeSummaryTable(`osimg lint: ${passed ? 'passed' : 'failed'}`, [
    ['Policy', lintRun.policyName],
    ['Files', String(result.files.filter((file) => file.type !== 'skipped').length)],
    ...SEVERITIES.slice()
      .reverse()
      .map((severity) => [severity, String(counts[severity])] as [string, string]),
    ['Excepted by policy', String(result.suppressed.length)],
    ['Fail on', inputs.failOn],
  ]);
  if (!passed) {
    const first = lintRun.failing[0]!;
    core.setFailed(
      `${lintRun.failing.length} finding(s) at or above ${inputs.failOn}; first: ${first.file}:${first.line} ${first.ruleId} ${first.message}`,
    );
  }
}
