/** The lint action's inputs, read once; names match lint/action.yml. */
import type { ImageKind } from '../../policy/types.js';
import { parseThreshold, type Severity } from '../../report/severity.js';
import { getBoolean, getChoice, getKeyValues, getList, getString } from '../../runner/inputs.js';
import * as core from '@actions/core';

export interface LintInputs {
  paths: string[];
  policy: string;
  policyRepository: string;
  policyRef: string;
  policyPath: string;
  policyToken: string;
  kind: 'auto' | ImageKind;
  failOn: Severity | 'none';
  sarif: string;
  fix: boolean;
  buildArgs: Record<string, string>;
}

export function getInputs(): LintInputs {
  return {
    paths: getList('path'),
    policy: getString('policy'),
    policyRepository: getString('policy-repository'),
    policyRef: getString('policy-ref'),
    policyPath: getString('policy-path'),
    policyToken: getString('policy-token', { secret: true }),
    kind: getChoice('kind', ['auto', 'os', 'app'] as const, 'auto'),
    failOn: parseThreshold(core.getInput('fail-on'), 'input "fail-on"', 'high'),
    sarif: getString('sarif'),
    fix: getBoolean('fix', false),
    buildArgs: getKeyValues('build-args'),
  };
}
