/**
 * Every `run:` script of a workflow through shellcheck, as actionlint does: the script is taken out of the
 * YAML, each `${{ … }}` becomes a placeholder variable (GitHub substitutes it before the shell runs), the
 * script goes to shellcheck in the dialect of the step's shell (bash when none is named), and each finding
 * is put back on its line in the workflow. Steps in another language (pwsh, python, cmd) are not checked.
 */
import { LineCounter, Scalar, isMap, isScalar, isSeq, parseDocument, type Node, type YAMLMap } from 'yaml';
import { ShellCheck, type ShellDialect } from '../tools/shellcheck.js';
import type { WorkflowFinding } from './check.js';

export interface RunScript {
  job: string;
  dialect: ShellDialect;
  /** The script as the shell will see it, expressions replaced by PLACEHOLDER. */
  script: string;
  /** Workflow line of the script's first line. */
  firstLine: number;
  /** A literal block (`run: |`): script line N is workflow line firstLine + N - 1. Else all map to firstLine. */
  literal: boolean;
}

/** What a `${{ … }}` becomes: a variable, so quoting findings (SC2086) still apply to where it stands. */
export const PLACEHOLDER = '$GITHUB_EXPRESSION';

const DIALECTS: Record<string, ShellDialect> = { bash: 'bash', sh: 'sh', dash: 'dash', ksh: 'ksh' };

/** The shellcheck dialect of a `shell:` value (`bash`, `sh`, `bash -e {0}`, `/bin/sh -x {0}`), if it is one. */
export function shellDialect(shell: string): ShellDialect | undefined {
  const program = shell.trim().split(/\s+/)[0] ?? '';
  return DIALECTS[program.slice(program.lastIndexOf('/') + 1)];
}

export function withPlaceholders(script: string): string {
  // An expression spanning lines keeps its line breaks, so later lines stay where they were.
  return script.replace(/\$\{\{[\s\S]*?\}\}/g, (expression) =>
    PLACEHOLDER.concat('\n'.repeat(expression.split('\n').length - 1)),
  );
}

export function runScripts(text: string): RunScript[] {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const root = doc.contents;
  if (doc.errors.length > 0 || !isMap(root)) return [];
  const lineOf = (offset: number) => counter.linePos(offset).line;
  const scripts: RunScript[] = [];
  const topShell = defaultShell(root);
  const jobs = root.get('jobs', true);
  if (!isMap(jobs)) return [];
  for (const pair of jobs.items) {
    const job = pair.value;
    if (!isMap(job)) continue;
    const id = isScalar(pair.key) ? String(pair.key.value) : '';
    const runsOn = job.get('runs-on', true) as Node | undefined;
    // GitHub's default is bash everywhere but on Windows runners (pwsh).
    const windows = isScalar(runsOn) && /windows/i.test(String(runsOn.value));
    const jobShell = defaultShell(job) ?? topShell ?? (windows ? 'pwsh' : 'bash');
    const steps = job.get('steps', true);
    if (!isSeq(steps)) continue;
    for (const step of steps.items) {
      if (!isMap(step)) continue;
      const run = step.get('run', true) as Node | undefined;
      if (!isScalar(run) || !run.range) continue;
      const shell = step.get('shell');
      const dialect = shellDialect(typeof shell === 'string' ? shell : jobShell);
      if (!dialect) continue;
      const literal = run.type === Scalar.BLOCK_LITERAL;
      scripts.push({
        job: id,
        dialect,
        script: withPlaceholders(String(run.value)),
        firstLine: lineOf(run.range[0]) + (literal ? 1 : 0),
        literal,
      });
    }
  }
  return scripts;
}

function defaultShell(node: YAMLMap): string | undefined {
  const shell = node.getIn(['defaults', 'run', 'shell']);
  return typeof shell === 'string' ? shell : undefined;
}

/** WF011 findings: shellcheck's, on the workflow's lines. */
export async function shellcheckWorkflow(
  text: string,
  file: string,
  shellcheck: ShellCheck = new ShellCheck(),
): Promise<WorkflowFinding[]> {
  const findings: WorkflowFinding[] = [];
  for (const run of runScripts(text)) {
    for (const finding of await shellcheck.check(run.script, run.dialect)) {
      findings.push({
        rule: 'WF011',
        file,
        line: run.literal ? run.firstLine + finding.line - 1 : run.firstLine,
        message: `SC${finding.code} (${finding.level}) in a run: script of job "${run.job}": ${finding.message} (https://www.shellcheck.net/wiki/SC${finding.code})`,
      });
    }
  }
  return findings;
}
