/**
 * The trust inputs every verifying action shares (verify, promote): a public key, or a keyless identity
 * (exact or anchored regexp) with its OIDC issuer and the Sigstore instance's trusted root.
 */
import { resolve } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { openPublicKey } from '../sign/keys.js';
import { chooseTrustPolicy } from '../sign/modes.js';
import type { TrustPolicy } from '../sign/trust-policy.js';
import { getString } from './inputs.js';
import { readInputFile } from '../input-file.js';

export const TRUST_INPUTS = [
  'key',
  'certificate-identity',
  'certificate-identity-regexp',
  'certificate-oidc-issuer',
  'trusted-root',
] as const;

/** How errors name the trust inputs. */
export const TRUST_NAMES = {
  key: 'input "key"',
  identity: 'input "certificate-identity"',
  identityRegexp: 'input "certificate-identity-regexp"',
  issuer: 'input "certificate-oidc-issuer"',
  trustedRoot: 'input "trusted-root"',
};

export async function getTrustPolicy(workspace: string): Promise<{ policy: TrustPolicy; key: string }> {
  const key = getString('key');
  const trustedRootPath = getString('trusted-root');
  let trustedRoot;
  if (trustedRootPath) {
    const text = await readInputFile(
      resolve(workspace, trustedRootPath),
      'trustedRoot',
      `input "trusted-root" (${trustedRootPath})`,
    ).catch((error: unknown) => {
      if (error instanceof ConfigurationError) throw error;
      throw new ConfigurationError(`cannot read input "trusted-root" ${trustedRootPath}: check the path`);
    });
    trustedRoot = { text, name: `input "trusted-root" (${trustedRootPath})` };
  }
  const policy = chooseTrustPolicy(
    {
      ...(key ? { publicKey: openPublicKey(key, TRUST_NAMES.key) } : {}),
      identity: {
        identity: getString('certificate-identity'),
        identityRegexp: getString('certificate-identity-regexp'),
        issuer: getString('certificate-oidc-issuer'),
      },
      ...(trustedRoot ? { trustedRoot } : {}),
    },
    TRUST_NAMES,
  );
  return { policy, key };
}
