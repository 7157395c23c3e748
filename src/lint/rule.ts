/** What a lint rule is: data (id, title, severity, why, how to fix) plus a check over one file. */
import type { ImageKind, Policy } from '../policy/types.js';
import type { Severity } from '../report/severity.js';
import type { Containerfile, Instruction, Stage } from './containerfile.js';
import type { Command, PackageOperation, Pipeline } from './shell.js';

export type Target = 'containerfile' | 'compose' | 'kubernetes';

export interface RuleMeta {
  id: string;
  title: string;
  severity: Severity;
  /** One line: why the rule exists. */
  rationale: string;
  /** One line: what to do instead. */
  fix: string;
  target: Target;
  /** Only for these image kinds (default: both). */
  kinds?: readonly ImageKind[];
  /** `osimg lint --fix` can apply the fix. */
  fixable?: boolean;
}

/** One thing a check found. */
export interface Hit {
  line: number;
  endLine?: number;
  message: string;
  /** When the policy makes this occurrence more (or less) severe than the rule's default. */
  severity?: Severity;
}

export interface RunStep {
  stage: Stage;
  instruction: Instruction;
  pipelines: Pipeline[];
  commands: Command[];
  packages: PackageOperation[];
  /** In the final image (the last stage or a stage it builds on). */
  final: boolean;
}

export interface ContainerfileContext {
  file: Containerfile;
  kind: ImageKind;
  policy: Policy;
  /** ISO date (YYYY-MM-DD) the lint runs on, for bans with a start date. */
  today: string;
  /** The final stage and the stages it builds on. */
  finalStages: Stage[];
  runs: RunStep[];
}

export interface ContainerfileRule extends RuleMeta {
  target: 'containerfile';
  check(context: ContainerfileContext): Hit[];
}

/** A YAML document with a way to find the line of any node path. */
export interface ManifestDocument {
  data: unknown;
  lineOf(path: ReadonlyArray<string | number>): number;
}

export interface ManifestContext {
  path: string;
  documents: ManifestDocument[];
  kind: ImageKind;
}

export interface ManifestRule extends RuleMeta {
  target: 'compose' | 'kubernetes';
  check(context: ManifestContext): Hit[];
}

export type Rule = ContainerfileRule | ManifestRule;

/** A finding: a hit, placed in a file, with the severity that applies after policy. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  endLine?: number;
}
