/** The verify action's inputs, read once; names match verify/action.yml. */
import { getBoolean, getList, getString } from '../../runner/inputs.js';

export interface VerifyInputs {
  image: string;
  /** A public key (PEM), or empty for keyless verification by identity. */
  key: string;
  certificateIdentity: string;
  certificateIdentityRegexp: string;
  certificateOidcIssuer: string;
  trustedRoot: string;
  requireAttestations: string[];
  hostPolicyDir: string;
  username: string;
  password: string;
  tlsVerify: boolean;
}

export function getInputs(): VerifyInputs {
  return {
    image: getString('image', { required: true }),
    key: getString('key'),
    certificateIdentity: getString('certificate-identity'),
    certificateIdentityRegexp: getString('certificate-identity-regexp'),
    certificateOidcIssuer: getString('certificate-oidc-issuer'),
    trustedRoot: getString('trusted-root'),
    requireAttestations: getList('require-attestations'),
    hostPolicyDir: getString('host-policy-dir'),
    username: getString('username'),
    password: getString('password', { secret: true }),
    tlsVerify: getBoolean('tls-verify', true),
  };
}

/** How errors name the trust inputs. */
export const TRUST_NAMES = {
  key: 'input "key"',
  identity: 'input "certificate-identity"',
  identityRegexp: 'input "certificate-identity-regexp"',
  issuer: 'input "certificate-oidc-issuer"',
  trustedRoot: 'input "trusted-root"',
};

export const ACTION_INPUTS = [
  'image',
  'key',
  'certificate-identity',
  'certificate-identity-regexp',
  'certificate-oidc-issuer',
  'trusted-root',
  'require-attestations',
  'host-policy-dir',
  'username',
  'password',
  'tls-verify',
];

export const ACTION_OUTPUTS = ['digest', 'verified-ref'];
