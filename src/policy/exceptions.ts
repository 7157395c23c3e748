/** Which policy exception covers a finding: same rule, its path glob over the finding's subject, its repository. */
import { matchesGlob } from '../glob.js';
import type { Policy, PolicyException } from './types.js';

export function findException(
  policy: Pick<Policy, 'exceptions'>,
  finding: { ruleId: string; subject: string },
  repository: string | undefined,
): PolicyException | undefined {
  return policy.exceptions.find(
    (exception) =>
      exception.rule === finding.ruleId &&
      (!exception.path || matchesGlob(finding.subject, exception.path)) &&
      (!exception.repository || exception.repository === repository),
  );
}
