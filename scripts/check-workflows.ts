/**
 * `npm run check-workflows`: every workflow and action.yml in this repository, parsed by GitHub's own
 * @actions/workflow-parser, then the hardening rules of src/workflow-check (docs/workflows.md), shellcheck on
 * every run: script among them (the shellcheck package must be installed). Dev-only:
 * users get the same guarantees by copying the examples; the rules are here to keep this repository honest.
 * (actionlint is not packaged for Debian 12 and cannot be downloaded here; see docs/workflows.md.)
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { NoOperationTraceWriter, convertWorkflowTemplate, parseWorkflow } from '@actions/workflow-parser';
import { convertActionTemplate, parseAction } from '@actions/workflow-parser/actions/index';
import {
  actionSpec,
  checkWorkflowAndScripts,
  type ActionSpec,
  type WorkflowFinding,
} from '../src/workflow-check/check.js';

export interface RepositoryFiles {
  /** `*\/action.yml` at the root and the root action.yml. */
  actions: string[];
  /** `.github/workflows/*.yml` and `workflows/*.yml`. */
  workflows: string[];
}

export function repositoryFiles(root: string): RepositoryFiles {
  const actions = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'action.yml')))
    .map((entry) => join(root, entry.name, 'action.yml'));
  if (existsSync(join(root, 'action.yml'))) actions.push(join(root, 'action.yml'));
  const workflows = ['.github/workflows', 'workflows'].flatMap((dir) =>
    existsSync(join(root, dir))
      ? readdirSync(join(root, dir))
          .filter((name) => /\.ya?ml$/.test(name))
          .map((name) => join(root, dir, name))
      : [],
  );
  return { actions: actions.sort(), workflows: workflows.sort() };
}

/** GitHub's parser on a workflow: schema errors and expression syntax, converted to the workflow model. */
export async function parseWithGitHub(file: string, content: string): Promise<string[]> {
  const parsed = parseWorkflow({ name: file, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((error) => error.message);
  if (errors.length > 0 || !parsed.value) return errors.length ? errors : [`${file}: empty workflow`];
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  return (template.errors ?? []).map((error) => error.Message);
}

/** GitHub's parser on an action.yml. */
export function parseActionWithGitHub(file: string, content: string): string[] {
  const parsed = parseAction({ name: file, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((error) => error.message);
  if (errors.length > 0 || !parsed.value) return errors.length ? errors : [`${file}: empty action`];
  convertActionTemplate(parsed.context, parsed.value);
  return parsed.context.errors.getErrors().map((error) => error.message);
}

/** Resolves `org/osimg/<name>` to <root>/<name>/action.yml. */
export function actionResolver(root: string): (name: string) => ActionSpec | undefined {
  return (name) => {
    const file = join(root, name, 'action.yml');
    return existsSync(file) ? actionSpec(readFileSync(file, 'utf8')) : undefined;
  };
}

export async function checkRepository(root: string): Promise<{ problems: string[]; unresolved: string[] }> {
  const files = repositoryFiles(root);
  const problems: string[] = [];
  const unresolved = new Set<string>();
  const action = actionResolver(root);
  for (const file of files.actions) {
    for (const error of parseActionWithGitHub(relative(root, file), readFileSync(file, 'utf8')))
      problems.push(error);
  }
  for (const file of files.workflows) {
    const name = relative(root, file);
    const content = readFileSync(file, 'utf8');
    problems.push(...(await parseWithGitHub(name, content)));
    const result = await checkWorkflowAndScripts(content, name, { action });
    problems.push(...result.findings.map(formatFinding));
    result.unresolved.forEach((item) => unresolved.add(item));
  }
  return { problems, unresolved: [...unresolved] };
}

export function formatFinding(finding: WorkflowFinding): string {
  return `${finding.file}:${finding.line}: ${finding.rule} ${finding.message}`;
}

if (process.argv[1] && /check-workflows\.ts$/.test(process.argv[1])) {
  const { problems, unresolved } = await checkRepository(process.cwd());
  for (const name of unresolved)
    console.warn(`warning: ${name}/action.yml does not exist yet: its inputs were not checked`);
  for (const problem of problems) console.error(problem);
  console.log(problems.length ? `${problems.length} problem(s)` : 'workflows and actions: no problems');
  process.exit(problems.length ? 1 : 0);
}
