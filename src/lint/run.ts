/**
 * One lint run, shared by the action and the CLI: resolve the policy (file, ops repository, or defaults),
 * find the files, apply --fix, lint, and render.
 */
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { ConfigurationError } from '../errors.js';
import type { Logger } from '../log.js';
import { loadPolicy } from '../policy/load.js';
import { makeScratch, writeFileAtomically } from '../scratch/files.js';
import { DEFAULT_POLICY, type ImageKind, type Policy } from '../policy/types.js';
import type { Severity } from '../report/severity.js';
import type { Git } from '../tools/git.js';
import { SURFACE_RULE_IDS } from '../surface/budget.js';
import { isContainerfileName, lint, RULE_IDS, type LintResult } from './engine.js';
import { findFiles } from './files.js';
import { fixContainerfile, type FixResult } from './fix.js';
import { failing, render, type Format } from './report.js';
import type { Finding } from './rule.js';
import { readInputFile } from '../input-file.js';

export interface PolicySource {
  /** A local policy file. */
  file?: string;
  /** The ops repository: owner/name (on serverUrl), a git URL, or a local path. */
  repository?: string;
  ref?: string;
  /** The policy's path inside the repository. */
  path?: string;
  token?: string;
  serverUrl?: string;
}

export interface LintRequest {
  paths: string[];
  root: string;
  policy: PolicySource;
  kind: 'auto' | ImageKind;
  failOn: Severity | 'none';
  fix: boolean;
  today: string;
  repository?: string;
  buildArgs: Record<string, string>;
  format: Format;
}

export interface LintRun {
  result: LintResult;
  failing: Finding[];
  rendered: string;
  fixes: Array<{ file: string } & Pick<FixResult, 'changes' | 'skipped'>>;
  /** Where the policy came from, for logs and summaries. */
  policyName: string;
}

/** Rule ids a policy may name: lint's and the attack-surface gate's (one policy file serves both). */
export const POLICY_RULE_IDS: ReadonlySet<string> = new Set([...RULE_IDS, ...SURFACE_RULE_IDS]);

/** A policy file is named relative to `root` (the workspace), like the paths to lint, and reported as given. */
export async function resolvePolicy(
  source: PolicySource,
  git: Git,
  root: string,
): Promise<{ policy: Policy; name: string }> {
  if (source.file && source.repository) {
    throw new ConfigurationError('give either a policy file or a policy repository, not both');
  }
  if (source.file) {
    let text: string;
    try {
      text = await readInputFile(resolve(root, source.file), 'policy', `the policy file ${source.file}`);
    } catch (error) {
      if (error instanceof ConfigurationError) throw error;
      throw new ConfigurationError(`cannot read the policy file ${source.file}: check the path`, {
        cause: error,
      });
    }
    return { policy: loadPolicy(text, source.file, { knownRules: POLICY_RULE_IDS }), name: source.file };
  }
  if (source.repository) {
    const url = /^[\w.-]+\/[\w.-]+$/.test(source.repository)
      ? `${source.serverUrl ?? 'https://github.com'}/${source.repository}.git`
      : source.repository;
    const ref = source.ref || 'main';
    const path = source.path || 'osimg-policy.yml';
    const scratch = await makeScratch(tmpdir(), 'osimg-policy-');
    try {
      const text = await git.readRemoteFile(url, ref, path, scratch.path, source.token);
      const name = `${source.repository}@${ref}:${path}`;
      return { policy: loadPolicy(text, name, { knownRules: POLICY_RULE_IDS }), name };
    } finally {
      await scratch.remove();
    }
  }
  return { policy: DEFAULT_POLICY, name: 'built-in defaults' };
}

export async function runLint(request: LintRequest, deps: { git: Git; log: Logger }): Promise<LintRun> {
  const { policy, name } = await resolvePolicy(request.policy, deps.git, request.root);
  deps.log.info(`policy: ${name}`);
  const files = await findFiles(request.paths, request.root);
  const fixes: LintRun['fixes'] = [];
  const inputs = [];
  for (const file of files) {
    let content = await readInputFile(
      file.absolute,
      isContainerfileName(file.path) ? 'containerfile' : 'manifest',
      file.path,
    );
    if (request.fix && isContainerfileName(file.path)) {
      const fixed = fixContainerfile(content, file.path, policy, request.buildArgs);
      if (fixed.changes.length > 0) {
        await writeFileAtomically(file.absolute, fixed.content);
        content = fixed.content;
      }
      if (fixed.changes.length > 0 || fixed.skipped.length > 0)
        fixes.push({ file: file.path, changes: fixed.changes, skipped: fixed.skipped });
    }
    inputs.push({ path: file.path, content });
  }
  const result = lint(inputs, {
    policy,
    kind: request.kind,
    today: request.today,
    repository: request.repository,
    buildArgs: request.buildArgs,
  });
  for (const { exception } of result.expired) {
    deps.log.warning(
      `the policy exception for ${exception.rule}${exception.path ? ` on ${exception.path}` : ''} expired on ${exception.expires}; its findings count again`,
    );
  }
  return {
    result,
    failing: failing(result.findings, request.failOn),
    rendered: render(result, request.format, request.failOn),
    fixes,
    policyName: name,
  };
}
