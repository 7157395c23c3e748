/**
 * `osimg lint --fix`: applies the policy's base substitutions (which is also how digests get pinned:
 * `from: image:tag`, `to: image:tag@sha256:...`) to a Containerfile. It edits only the image token of a
 * FROM line, or the default of the global ARG that a FROM consists of, and reports every change.
 */
import { findSubstitution, imageOf } from '../policy/images.js';
import type { Policy } from '../policy/types.js';
import { parseContainerfile } from './containerfile.js';

export interface FixChange {
  line: number;
  from: string;
  to: string;
  reason?: string;
}

export interface FixResult {
  content: string;
  changes: FixChange[];
  /** Substitutions that apply but could not be written safely, with why. */
  skipped: Array<{ line: number; reason: string }>;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function fixContainerfile(
  content: string,
  path: string,
  policy: Policy,
  buildArgs: Readonly<Record<string, string>> = {},
): FixResult {
  const file = parseContainerfile(content, path, buildArgs);
  const lines = content.split('\n');
  const result: FixResult = { content, changes: [], skipped: [] };
  const fixedArgs = new Set<string>();
  for (const stage of file.stages) {
    if (stage.from.stage !== undefined) continue;
    const ref = imageOf(stage.from.image);
    const substitution = ref && findSubstitution(policy, ref);
    if (!substitution) continue;
    const raw = stage.from.raw;
    const variable = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(raw)?.[1];
    if (variable && fixedArgs.has(variable)) continue;
    if (!raw.includes('$')) {
      const index = stage.from.line - 1;
      const token = new RegExp(`(^\\s*FROM\\s+(?:--\\S+\\s+)*)${escapeRegExp(raw)}(?=\\s|$)`, 'i');
      if (!token.test(lines[index]!)) {
        result.skipped.push({ line: stage.from.line, reason: 'the FROM line spans several lines' });
        continue;
      }
      lines[index] = lines[index]!.replace(token, `$1${substitution.to}`);
      result.changes.push({
        line: stage.from.line,
        from: raw,
        to: substitution.to,
        reason: substitution.reason,
      });
    } else if (
      variable &&
      file.globalArgs.get(variable)?.value !== undefined &&
      !Object.hasOwn(buildArgs, variable)
    ) {
      const arg = file.globalArgs.get(variable)!;
      const index = arg.line - 1;
      const pattern = new RegExp(`(\\b${variable}=)(["']?)${escapeRegExp(arg.value!)}\\2`);
      if (!pattern.test(lines[index]!)) {
        result.skipped.push({
          line: arg.line,
          reason: `ARG ${variable} is not written as ${variable}=<image>`,
        });
        continue;
      }
      lines[index] = lines[index]!.replace(pattern, `$1$2${substitution.to}$2`);
      result.changes.push({
        line: arg.line,
        from: arg.value!,
        to: substitution.to,
        reason: substitution.reason,
      });
      // Later FROMs using the same ARG are fixed by this one change.
      fixedArgs.add(variable);
    } else {
      result.skipped.push({
        line: stage.from.line,
        reason: `FROM ${raw} is built from ARGs; change it by hand to ${substitution.to}`,
      });
    }
  }
  result.content = lines.join('\n');
  return result;
}
