/**
 * The lint engine: decides what each file is, runs the rules that apply to it, then lets the policy speak
 * (rules turned off, severities changed, exceptions that have not expired).
 */
import { LineCounter, parseAllDocuments } from 'yaml';
import { ConfigurationError } from '../errors.js';
import { findException } from '../policy/exceptions.js';
import { checkYamlNesting } from '../input-file.js';
import type { ImageKind, Policy, PolicyException } from '../policy/types.js';
import { finalChain, parseContainerfile, type Containerfile } from './containerfile.js';
import type { ContainerfileContext, Finding, ManifestDocument, Rule, RunStep, Target } from './rule.js';
import { CONTAINERFILE_RULES } from './rules/containerfile.js';
import { COMPOSE_RULES, KUBERNETES_RULES } from './rules/manifests.js';
import { packageName, packageOperation, parseShell } from './shell.js';

export const RULES: readonly Rule[] = [...CONTAINERFILE_RULES, ...COMPOSE_RULES, ...KUBERNETES_RULES];
export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((rule) => rule.id));

export interface LintInput {
  /** Path as reported (relative to the repository root, forward slashes). */
  path: string;
  content: string;
}

export interface LintOptions {
  policy: Policy;
  /** `auto` reads the kind from the file (labels, base, kernel) or falls back to the policy default. */
  kind: 'auto' | ImageKind;
  /** YYYY-MM-DD. */
  today: string;
  /** owner/name, for exceptions scoped to a repository. */
  repository?: string;
  buildArgs?: Readonly<Record<string, string>>;
}

export interface LintedFile {
  path: string;
  type: Target | 'skipped';
  kind?: ImageKind;
}

export interface LintResult {
  findings: Finding[];
  suppressed: Array<{ finding: Finding; exception: PolicyException }>;
  /** Exceptions that matched a finding but have expired: the finding counts again. */
  expired: Array<{ finding: Finding; exception: PolicyException }>;
  files: LintedFile[];
}

const CONTAINERFILE_NAME =
  /(^|\/)(?:Containerfile|Dockerfile)(?:[.-][^/]*)?$|\.(?:containerfile|dockerfile)$/i;
const YAML_NAME = /\.(?:ya?ml|json)$/i;

export function isContainerfileName(path: string): boolean {
  return CONTAINERFILE_NAME.test(path);
}

export function isManifestName(path: string): boolean {
  return YAML_NAME.test(path);
}

/** Parses a YAML stream; each document can say which line any of its paths is on. */
export function parseManifest(content: string, path: string): ManifestDocument[] {
  const counter = new LineCounter();
  checkYamlNesting(content, path);
  const documents = parseAllDocuments(content, { lineCounter: counter, prettyErrors: false });
  if (!Array.isArray(documents)) return [];
  return documents.map((document) => {
    const error = document.errors[0];
    if (error) {
      throw new ConfigurationError(
        `${path}:${counter.linePos(error.pos[0]).line}: not valid YAML: ${error.message.split('\n')[0]}`,
      );
    }
    let data: unknown;
    try {
      data = document.toJS({ maxAliasCount: 100 }) as unknown;
    } catch (error) {
      // Unresolvable aliases (*name without &name) and alias bombs.
      throw new ConfigurationError(`${path}: not valid YAML: ${(error as Error).message}`, { cause: error });
    }
    return {
      data,
      lineOf(nodePath) {
        // The nearest node that exists on the way down: a missing key is reported where its parent is.
        for (let length = nodePath.length; length >= 0; length--) {
          const node = length === 0 ? document.contents : document.getIn(nodePath.slice(0, length), true);
          const offset = (node as { range?: [number, number, number] } | null | undefined)?.range?.[0];
          if (offset !== undefined) return counter.linePos(offset).line;
        }
        return 1;
      },
    };
  });
}

function manifestType(documents: ManifestDocument[]): Target | undefined {
  const objects = documents
    .map((document) => document.data)
    .filter((data): data is Record<string, unknown> => typeof data === 'object' && data !== null);
  // A GitHub workflow has `services` too (per job, not top-level) but also `jobs` and `on`.
  if (
    objects.some((data) => typeof data.services === 'object' && data.services !== null && !('jobs' in data))
  )
    return 'compose';
  if (objects.some((data) => typeof data.apiVersion === 'string' && typeof data.kind === 'string'))
    return 'kubernetes';
  return undefined;
}

const KERNEL_PACKAGES =
  /^(linux-image-|kernel$|kernel-core$|kernel-default$|linux-virt$|linux-lts$|systemd-sysv$)/;

/** What a Containerfile builds: a bootable OS or an app container. */
export function detectKind(file: Containerfile, runs: RunStep[], fallback: ImageKind): ImageKind {
  for (const stage of finalChain(file)) {
    for (const label of stage.instructions.filter((instruction) => instruction.keyword === 'LABEL')) {
      const kind = /dev\.osimg\.kind\s*=\s*["']?(os|app)\b/.exec(label.args)?.[1];
      if (kind) return kind as ImageKind;
      if (/containers\.bootc\s*=\s*["']?1/.test(label.args)) return 'os';
    }
  }
  const base = finalChain(file).at(-1)!.from.image;
  if (/bootc|coreos|ostree/.test(base)) return 'os';
  const installsKernel = runs.some(
    (run) =>
      run.final &&
      run.packages.some(
        (op) =>
          op.action === 'install' && op.packages.some((spec) => KERNEL_PACKAGES.test(packageName(spec))),
      ),
  );
  // Containers do not run systemd; enabling units means the image boots.
  const enablesUnits = runs.some(
    (run) =>
      run.final &&
      run.commands.some((command) => command.words[0] === 'systemctl' && command.words.includes('enable')),
  );
  if (installsKernel || enablesUnits) return 'os';
  // A booted OS runs its init; a CMD or ENTRYPOINT that starts anything else is a container's workload.
  const starts = finalChain(file)
    .flatMap((stage) => stage.instructions)
    .filter((instruction) => instruction.keyword === 'CMD' || instruction.keyword === 'ENTRYPOINT');
  if (starts.some((instruction) => !INIT_COMMAND.test(instruction.args))) return 'app';
  return fallback;
}

/** What a bootable image's CMD may name: its init (systemd, or a plain /sbin/init). */
const INIT_COMMAND = /^\s*(\[\s*)?"?(\/usr)?(\/lib\/systemd\/systemd|\/s?bin\/init|init)\b/;

function containerfileContext(file: Containerfile, options: LintOptions): ContainerfileContext {
  const finalStages = finalChain(file);
  const runs: RunStep[] = file.stages.flatMap((stage) =>
    stage.instructions
      .filter((instruction) => instruction.keyword === 'RUN')
      .map((instruction) => {
        const pipelines = parseShell(instruction.args);
        const commands = pipelines.flat();
        return {
          stage,
          instruction,
          pipelines,
          commands,
          packages: commands.map(packageOperation).filter((op) => op !== undefined),
          final: finalStages.includes(stage),
        };
      }),
  );
  const kind = options.kind === 'auto' ? detectKind(file, runs, options.policy.defaultKind) : options.kind;
  return { file, kind, policy: options.policy, today: options.today, finalStages, runs };
}

function applies(rule: Rule, target: Target, kind: ImageKind): boolean {
  return rule.target === target && (!rule.kinds || rule.kinds.includes(kind));
}

function matchingException(
  finding: Finding,
  policy: Policy,
  repository: string | undefined,
): PolicyException | undefined {
  return findException(policy, { ruleId: finding.ruleId, subject: finding.file }, repository);
}

/** Lints every input; throws ConfigurationError (with file:line) for a file that cannot be parsed. */
export function lint(inputs: readonly LintInput[], options: LintOptions): LintResult {
  const result: LintResult = { findings: [], suppressed: [], expired: [], files: [] };
  const raw: Finding[] = [];
  for (const input of inputs) {
    let target: Target | undefined;
    let kind: ImageKind;
    let hits: Array<{
      rule: Rule;
      line: number;
      endLine?: number;
      message: string;
      severity?: Finding['severity'];
    }> = [];
    if (isContainerfileName(input.path)) {
      const context = containerfileContext(
        parseContainerfile(input.content, input.path, options.buildArgs),
        options,
      );
      target = 'containerfile';
      kind = context.kind;
      for (const rule of CONTAINERFILE_RULES) {
        if (applies(rule, target, kind) && options.policy.rules[rule.id]?.enabled !== false) {
          hits.push(...rule.check(context).map((hit) => ({ rule, ...hit })));
        }
      }
    } else {
      const documents = parseManifest(input.content, input.path);
      target = manifestType(documents);
      kind = options.kind === 'auto' ? 'app' : options.kind;
      if (!target) {
        result.files.push({ path: input.path, type: 'skipped' });
        continue;
      }
      const context = { path: input.path, documents, kind };
      for (const rule of target === 'compose' ? COMPOSE_RULES : KUBERNETES_RULES) {
        if (applies(rule, target, kind) && options.policy.rules[rule.id]?.enabled !== false) {
          hits.push(...rule.check(context).map((hit) => ({ rule, ...hit })));
        }
      }
    }
    result.files.push({ path: input.path, type: target, kind });
    hits = hits.sort((a, b) => a.line - b.line || a.rule.id.localeCompare(b.rule.id));
    for (const hit of hits) {
      raw.push({
        ruleId: hit.rule.id,
        // The policy's override wins over the rule's default and over a hit's own escalation.
        severity: options.policy.rules[hit.rule.id]?.severity ?? hit.severity ?? hit.rule.severity,
        message: hit.message,
        file: input.path,
        line: hit.line,
        ...(hit.endLine && hit.endLine !== hit.line ? { endLine: hit.endLine } : {}),
      });
    }
  }
  for (const finding of raw) {
    const exception = matchingException(finding, options.policy, options.repository);
    if (!exception) result.findings.push(finding);
    else if (exception.expires < options.today) {
      result.findings.push(finding);
      result.expired.push({ finding, exception });
    } else result.suppressed.push({ finding, exception });
  }
  return result;
}
