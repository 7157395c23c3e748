/** The verify action's inputs, read once; names match verify/action.yml (the trust inputs: src/runner/trust-inputs.ts). */
import { getBoolean, getList, getString } from '../../runner/inputs.js';
import { TRUST_INPUTS } from '../../runner/trust-inputs.js';

export interface VerifyInputs {
  image: string;
  requireAttestations: string[];
  hostPolicyDir: string;
  username: string;
  password: string;
  tlsVerify: boolean;
}

export function getInputs(): VerifyInputs {
  return {
    image: getString('image', { required: true }),
    requireAttestations: getList('require-attestations'),
    hostPolicyDir: getString('host-policy-dir'),
    username: getString('username'),
    password: getString('password', { secret: true }),
    tlsVerify: getBoolean('tls-verify', true),
  };
}

export const ACTION_INPUTS = [
  'image',
  ...TRUST_INPUTS,
  'require-attestations',
  'host-policy-dir',
  'username',
  'password',
  'tls-verify',
];

export const ACTION_OUTPUTS = ['digest', 'verified-ref'];
