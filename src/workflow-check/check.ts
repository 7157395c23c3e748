/**
 * The in-repository workflow checker: GitHub's own parser (@actions/workflow-parser, a dev dependency)
 * says whether a workflow is valid at all; this says whether it is hardened the way osimg promises
 * (WORKFLOW_RULES). It reads YAML with positions so every finding names a line.
 */
import {
  LineCounter,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type Node,
  type YAMLMap,
} from 'yaml';
import type { ShellCheck } from '../tools/shellcheck.js';
import { shellcheckWorkflow } from './run-scripts.js';
import { WORKFLOW_RULES } from './rules.js';

export interface WorkflowFinding {
  rule: string;
  file: string;
  line: number;
  message: string;
}

export interface ActionSpec {
  inputs: Record<string, { required: boolean; hasDefault: boolean }>;
}

export interface CheckOptions {
  /** `owner/name` of the suite: its references must be version tags (default `org/osimg`). */
  suite?: string;
  /** The action.yml of a suite action by folder name, or undefined when it does not exist (yet). */
  action?: (name: string) => ActionSpec | undefined;
}

export interface CheckResult {
  findings: WorkflowFinding[];
  /** Suite actions whose action.yml does not exist, so their inputs could not be checked. */
  unresolved: string[];
}

const SHA = /^[0-9a-f]{40}$/;
const VERSION = /^v\d+\.\d+\.\d+$/;
const SIGNING_ACTIONS = [
  /^[^/]+\/osimg\/sign@/,
  /\/\.github\/workflows\/image-pipeline\.yml@/,
  /^\.\/\.github\/workflows\/image-pipeline\.yml$/,
];
const AWS_ACTIONS = [/^aws-actions\/configure-aws-credentials@/, /^[^/]+\/osimg\/publish-ami@/];

export function checkWorkflow(text: string, file: string, options: CheckOptions = {}): CheckResult {
  const suite = options.suite ?? 'org/osimg';
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, keepSourceTokens: false });
  const findings: WorkflowFinding[] = [];
  const unresolved = new Set<string>();
  const lines = text.split('\n');
  const internal = /(^|\/)\.github\/workflows\/_[^/]+$/.test(file);
  const lineOf = (node: Node | null | undefined): number =>
    node?.range ? counter.linePos(node.range[0]).line : 1;
  const add = (rule: string, node: Node | null | undefined, message: string) =>
    findings.push({ rule, file, line: lineOf(node), message });
  if (doc.errors.length > 0) {
    add('WF000', undefined, `not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
    return { findings, unresolved: [] };
  }
  const root = doc.contents;
  if (!isMap(root)) return { findings, unresolved: [] };

  // WF001: permissions: {} at the top.
  const topPermissions = root.get('permissions', true) as Node | undefined;
  if (!topPermissions)
    add('WF001', root, 'no top-level permissions: add `permissions: {}` and grant each job what it needs');
  else if (!(isMap(topPermissions) && topPermissions.items.length === 0))
    add('WF001', topPermissions, 'top-level permissions must be `{}`: grant permissions per job instead');

  // WF005: no pull_request_target.
  const on = root.get('on', true) as Node | undefined;
  const triggers = isMap(on)
    ? on.items.map((pair) => scalarText(pair.key))
    : isSeq(on)
      ? on.items.map(scalarText)
      : [scalarText(on)];
  if (triggers.includes('pull_request_target'))
    add(
      'WF005',
      on,
      'pull_request_target runs untrusted code with write tokens and secrets: use pull_request',
    );

  const jobs = root.get('jobs', true);
  if (isMap(jobs)) {
    for (const pair of jobs.items) {
      const id = scalarText(pair.key);
      const job = pair.value;
      if (!isMap(job)) continue;
      checkJob(id, job);
    }
  }
  // write-all / read-all anywhere.
  visitPairs(root, (key, value) => {
    if (
      key === 'permissions' &&
      isScalar(value) &&
      (value.value === 'write-all' || value.value === 'read-all')
    )
      add('WF002', value, `permissions: ${String(value.value)} grants everything: list what the job needs`);
  });
  return {
    findings: findings.sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule)),
    unresolved: [...unresolved].sort(),
  };

  function checkJob(id: string, job: YAMLMap) {
    const permissions = job.get('permissions', true) as Node | undefined;
    if (!permissions)
      add(
        'WF002',
        job,
        `job "${id}" does not name its permissions: add a permissions: block with what it needs`,
      );
    const calls = [
      scalarText(job.get('uses', true) as Node | undefined),
      ...stepsOf(job).map((step) => scalarText(step.get('uses', true) as Node | undefined)),
    ].filter(Boolean);
    if (isMap(permissions)) {
      const idToken = permissions.get('id-token', true) as Node | undefined;
      if (isScalar(idToken) && idToken.value === 'write') {
        const needs = calls.some((uses) =>
          [...SIGNING_ACTIONS, ...AWS_ACTIONS].some((pattern) => pattern.test(uses)),
        );
        if (!needs)
          add(
            'WF003',
            idToken,
            `job "${id}" asks for id-token: write but neither signs nor assumes an AWS role`,
          );
      }
    }
    const jobUses = job.get('uses', true) as Node | undefined;
    if (jobUses) checkReference(scalarText(jobUses), jobUses);
    const secrets = job.get('secrets', true) as Node | undefined;
    if (isScalar(secrets) && secrets.value === 'inherit')
      add(
        'WF008',
        secrets,
        `job "${id}" passes every secret (secrets: inherit): pass the ones the workflow declares, by name`,
      );

    for (const step of stepsOf(job)) {
      const run = step.get('run', true) as Node | undefined;
      if (isScalar(run) && String(run.value).includes('${{')) {
        // Point at the line of the expression itself, not at the start of a block script.
        const at = run.range ? text.indexOf('${{', run.range[0]) : -1;
        findings.push({
          rule: 'WF004',
          file,
          line: at >= 0 ? counter.linePos(at).line : lineOf(run),
          message: `a run: script of job "${id}" contains a \${{ }} expression: pass the value through env: and use "$NAME"`,
        });
      }
      const usesNode = step.get('uses', true) as Node | undefined;
      if (!usesNode) continue;
      const uses = scalarText(usesNode);
      checkReference(uses, usesNode);
      const withNode = step.get('with', true) as Node | undefined;
      if (/^actions\/checkout@/.test(uses)) {
        const persist = isMap(withNode)
          ? (withNode.get('persist-credentials', true) as Node | undefined)
          : undefined;
        if (!(isScalar(persist) && (persist.value === false || persist.value === 'false')))
          add(
            'WF009',
            usesNode,
            'actions/checkout keeps the token in .git/config: set with: persist-credentials: false',
          );
      }
      checkInputs(uses, usesNode, withNode);
    }
  }

  function checkReference(uses: string, node: Node) {
    if (uses.startsWith('docker://')) {
      if (!/@sha256:[0-9a-f]{64}$/.test(uses))
        add('WF006', node, `${uses} is not pinned: use docker://IMAGE@sha256:…`);
      return;
    }
    const local = /^\.\/([^/@]+)\/?$/.exec(uses);
    if (local && suiteAction(local[1]!)) {
      // An internal workflow (.github/workflows/_*.yml, osimg's own CI) runs here, where ./<action> is this checkout.
      if (!internal)
        add(
          'WF007',
          node,
          `./${local[1]} resolves in the calling repository: use ${suite}/${local[1]}@vX.Y.Z`,
        );
      return;
    }
    if (uses.startsWith('./')) return;
    const at = uses.lastIndexOf('@');
    const name = at > 0 ? uses.slice(0, at) : uses;
    const ref = at > 0 ? uses.slice(at + 1) : '';
    if (
      name.toLowerCase() === suite.toLowerCase() ||
      name.toLowerCase().startsWith(`${suite.toLowerCase()}/`)
    ) {
      if (!VERSION.test(ref))
        add('WF007', node, `${uses}: reference osimg by a release tag (@vX.Y.Z), not "${ref || 'nothing'}"`);
      return;
    }
    if (!SHA.test(ref)) {
      add(
        'WF006',
        node,
        `${uses} is not pinned by commit SHA: use ${name}@<40-hex SHA> # ${ref || 'vX.Y.Z'}`,
      );
      return;
    }
    const line = lines[lineOf(node) - 1] ?? '';
    if (!/#\s*v?\d+(\.\d+)*\b/.test(line.slice(line.indexOf(ref))))
      add('WF006', node, `${uses}: add the version the SHA stands for as a comment (# v1.2.3)`);
  }

  function suiteAction(name: string): boolean {
    return options.action?.(name) !== undefined || KNOWN_ACTIONS.has(name);
  }

  function checkInputs(uses: string, node: Node, withNode: Node | undefined) {
    const match = new RegExp(`^${escape(suite)}/([^/@]+)@`, 'i').exec(uses) ?? /^\.\/([^/@]+)\/?$/.exec(uses);
    if (!match || !options.action) return;
    const name = match[1]!;
    const spec = options.action(name);
    if (!spec) {
      unresolved.add(name);
      return;
    }
    const given = new Map<string, Node>();
    if (isMap(withNode))
      for (const pair of withNode.items) given.set(scalarText(pair.key), (pair.key as Node) ?? withNode);
    for (const [key, keyNode] of given) {
      if (!spec.inputs[key])
        add(
          'WF010',
          keyNode,
          `${name} has no input "${key}" (its action.yml declares: ${Object.keys(spec.inputs).join(', ')})`,
        );
    }
    for (const [input, definition] of Object.entries(spec.inputs)) {
      if (definition.required && !definition.hasDefault && !given.has(input))
        add('WF010', node, `${name} needs its required input "${input}"`);
    }
  }
}

/** checkWorkflow, then shellcheck on every run: script (WF011): every rule, with the findings by line. */
export async function checkWorkflowAndScripts(
  text: string,
  file: string,
  options: CheckOptions & { shellcheck?: ShellCheck } = {},
): Promise<CheckResult> {
  const result = checkWorkflow(text, file, options);
  // Invalid YAML has no scripts to check.
  if (result.findings.some((finding) => finding.rule === 'WF000')) return result;
  const scripts = await shellcheckWorkflow(text, file, options.shellcheck);
  return {
    findings: [...result.findings, ...scripts].sort(
      (a, b) => a.line - b.line || a.rule.localeCompare(b.rule),
    ),
    unresolved: result.unresolved,
  };
}

/** The suite's action folders (used when no action resolver is given). */
const KNOWN_ACTIONS = new Set([
  'build',
  'lint',
  'scan',
  'sign',
  'verify',
  'disk',
  'boot-test',
  'publish-ami',
  'promote',
  'rebuild',
]);

function stepsOf(job: YAMLMap): YAMLMap[] {
  const steps = job.get('steps', true);
  return isSeq(steps) ? steps.items.filter(isMap) : [];
}

function scalarText(node: unknown): string {
  return isScalar(node) ? String(node.value) : '';
}

function visitPairs(node: unknown, visit: (key: string, value: unknown) => void): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      visit(scalarText(pair.key), pair.value);
      visitPairs(pair.value, visit);
    }
  } else if (isSeq(node)) for (const item of node.items) visitPairs(item, visit);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Parses an action.yml's inputs (for the resolver). */
export function actionSpec(text: string): ActionSpec {
  const doc: Document = parseDocument(text);
  const inputs =
    (doc.toJS() as { inputs?: Record<string, { required?: boolean; default?: unknown } | null> }).inputs ??
    {};
  return {
    inputs: Object.fromEntries(
      Object.entries(inputs).map(([name, input]) => [
        name,
        {
          required: input?.required === true,
          hasDefault: input?.default !== undefined && input?.default !== '',
        },
      ]),
    ),
  };
}

export { WORKFLOW_RULES };
