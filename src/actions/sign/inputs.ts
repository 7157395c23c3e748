/** The sign action's inputs, read once; names match sign/action.yml. */
import { getBoolean, getKeyValues, getString } from '../../runner/inputs.js';

export interface SignInputs {
  image: string;
  /** Empty: keyless (the job's GitHub OIDC identity through Sigstore). */
  key: string;
  keyPassphrase: string;
  annotations: Record<string, string>;
  format: string;
  attest: string;
  sbomOutput: string;
  fulcioUrl: string;
  rekorUrl: string;
  tsaUrl: string;
  username: string;
  password: string;
  tlsVerify: boolean;
}

export function getInputs(): SignInputs {
  return {
    image: getString('image', { required: true }),
    key: getString('key', { secret: true }),
    keyPassphrase: getString('key-passphrase', { secret: true }),
    annotations: getKeyValues('annotations'),
    format: getString('format'),
    attest: getString('attest'),
    sbomOutput: getString('sbom-output'),
    fulcioUrl: getString('fulcio-url'),
    rekorUrl: getString('rekor-url'),
    tsaUrl: getString('tsa-url'),
    username: getString('username'),
    password: getString('password', { secret: true }),
    tlsVerify: getBoolean('tls-verify', true),
  };
}

export const ACTION_INPUTS = [
  'image',
  'key',
  'key-passphrase',
  'annotations',
  'format',
  'attest',
  'sbom-output',
  'fulcio-url',
  'rekor-url',
  'tsa-url',
  'username',
  'password',
  'tls-verify',
];

export const ACTION_OUTPUTS = ['digest', 'signed-ref', 'signature-tag', 'sbom', 'attestations'];
