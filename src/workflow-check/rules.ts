/** The hardening rules every workflow in this repository (and the examples users copy) must follow. */

export interface WorkflowRule {
  id: string;
  name: string;
  /** What the rule asks for, in one sentence (shown with each finding and in docs/workflows.md). */
  description: string;
}

export const WORKFLOW_RULES: readonly WorkflowRule[] = [
  {
    id: 'WF001',
    name: 'top-level-permissions',
    description: 'The workflow starts from no permissions: a top-level `permissions: {}`.',
  },
  {
    id: 'WF002',
    name: 'job-permissions',
    description: 'Every job names the permissions it needs (least privilege); never write-all or read-all.',
  },
  {
    id: 'WF003',
    name: 'id-token-scope',
    description:
      '`id-token: write` only in jobs that sign (sign action, image pipeline) or assume an AWS role (configure-aws-credentials, publish-ami).',
  },
  {
    id: 'WF004',
    name: 'expression-in-run',
    description: 'No `${{ }}` expressions inside `run:` scripts: pass values through `env:` and quote them.',
  },
  {
    id: 'WF005',
    name: 'pull-request-target',
    description: 'No `pull_request_target` trigger: it runs with write tokens and secrets on untrusted code.',
  },
  {
    id: 'WF006',
    name: 'pinned-actions',
    description:
      'Third-party actions are pinned by full commit SHA with a version comment (`@<40 hex> # v1.2.3`); docker:// images by digest.',
  },
  {
    id: 'WF007',
    name: 'suite-references',
    description:
      "osimg's own actions and workflows are referenced as `org/osimg/<action>@vX.Y.Z` (never a branch, a major-only tag or `./<action>`; osimg's internal `.github/workflows/_*.yml` use `./<action>`, this checkout).",
  },
  {
    id: 'WF008',
    name: 'explicit-secrets',
    description: 'Reusable workflows get the secrets they declare, by name: no `secrets: inherit`.',
  },
  {
    id: 'WF009',
    name: 'checkout-credentials',
    description:
      'actions/checkout runs with `persist-credentials: false`, so later steps cannot reuse the token.',
  },
  {
    id: 'WF010',
    name: 'action-inputs',
    description:
      "Every `with:` key of an osimg action step is an input of that action's action.yml, and every required input is given.",
  },
  {
    id: 'WF011',
    name: 'run-shellcheck',
    description:
      'Every `run:` script in a shell (bash unless `shell:` says otherwise) passes shellcheck, with `${{ }}` expressions read as a variable.',
  },
];

export function ruleById(id: string): WorkflowRule {
  const rule = WORKFLOW_RULES.find((candidate) => candidate.id === id);
  if (!rule) throw new Error(`unknown workflow rule ${id}`);
  return rule;
}
