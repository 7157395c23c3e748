/** `osimg lint`: the lint action's steps locally, with the same modules. */
import { parseArgs } from 'node:util';
import { FORMATS, render, ruleTitle } from '../lint/report.js';
import { runLint } from '../lint/run.js';
import { writeFileAtomically } from '../scratch/files.js';
import { today } from '../lint/today.js';
import { parseThreshold } from '../report/severity.js';
import { Git } from '../tools/git.js';
import { parseChoice, parseKeyValues } from '../values.js';
import { CliLogger } from './logger.js';
import type { CliContext } from './main.js';

export const LINT_HELP = `Usage: osimg lint [PATH...] [options]

Check Containerfiles, compose files and Kubernetes manifests against the ops policy.
PATH is a file or a folder (searched for Containerfiles, Dockerfiles and YAML); default: .

Options:
      --policy FILE             policy file (YAML or JSON)
      --policy-repository REPO  ops repository holding the policy: owner/name, a git URL or a path
      --policy-ref REF          ref in that repository (default: main)
      --policy-path PATH        policy path in that repository (default: osimg-policy.yml)
      --kind KIND               auto (default), os or app
  -f, --format FORMAT           text (default), json or sarif
  -o, --output FILE             write the report to FILE instead of stdout
      --sarif FILE              also write SARIF 2.1.0 to FILE
      --fail-on SEVERITY        none, info, low, medium, high (default), critical
      --fix                     apply the policy's base substitutions and digest pins
      --build-arg K=V           value for an ARG used in FROM (repeatable)
  -q, --quiet                   only the report
  -h, --help                    this help

The token for a private policy repository comes from OSIMG_POLICY_TOKEN (never an argument).
Exit codes: 0 passed, 1 findings at or above --fail-on, 2 bad usage, configuration or input.
`;

export async function lintCommand(args: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      policy: { type: 'string' },
      'policy-repository': { type: 'string' },
      'policy-ref': { type: 'string' },
      'policy-path': { type: 'string' },
      kind: { type: 'string' },
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      sarif: { type: 'string' },
      'fail-on': { type: 'string' },
      fix: { type: 'boolean' },
      'build-arg': { type: 'string', multiple: true },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    context.stdout(LINT_HELP);
    return 0;
  }
  const format = parseChoice(values.format ?? '', '--format', FORMATS, 'text');
  const log = new CliLogger({ quiet: values.quiet ?? false, verbose: false }, context.stderr);
  const run = await runLint(
    {
      paths: positionals,
      root: context.cwd,
      policy: {
        file: values.policy,
        repository: values['policy-repository'],
        ref: values['policy-ref'],
        path: values['policy-path'],
        token: context.env.OSIMG_POLICY_TOKEN,
        serverUrl: context.env.GITHUB_SERVER_URL,
      },
      kind: parseChoice(values.kind ?? '', '--kind', ['auto', 'os', 'app'] as const, 'auto'),
      failOn: parseThreshold(values['fail-on'] ?? '', '--fail-on', 'high'),
      fix: values.fix ?? false,
      today: today(),
      repository: context.env.GITHUB_REPOSITORY,
      buildArgs: parseKeyValues((values['build-arg'] ?? []).join('\n'), '--build-arg'),
      format,
    },
    { git: new Git(), log },
  );
  for (const fix of run.fixes) {
    for (const change of fix.changes)
      log.info(
        `fixed ${fix.file}:${change.line}: ${change.from} → ${change.to}${change.reason ? ` (${change.reason})` : ''}`,
      );
    for (const skipped of fix.skipped)
      log.warning(`not fixed ${fix.file}:${skipped.line}: ${skipped.reason}`);
  }
  if (values.fix && run.fixes.every((fix) => fix.changes.length === 0 && fix.skipped.length === 0)) {
    log.info('--fix: nothing to fix (no base to substitute or pin by digest under this policy)');
  }
  if (values.output) await writeFileAtomically(values.output, run.rendered);
  else context.stdout(run.rendered);
  if (values.sarif) await writeFileAtomically(values.sarif, render(run.result, 'sarif', 'none'));
  if (run.failing.length > 0 && format !== 'text') {
    log.info(
      `failed: ${run.failing.length} finding(s) at or above the threshold, first: ${ruleTitle(run.failing[0]!.ruleId)}`,
    );
  }
  return run.failing.length > 0 ? 1 : 0;
}
