/**
 * Who a keyless signature must come from: the certificate's subject alternative name (exact, or a regular
 * expression that must match all of it) and the OIDC issuer Fulcio recorded in it. Both are required, as
 * cosign requires them: an identity without its issuer would trust anyone who can mint that name anywhere.
 */
import { ConfigurationError } from '../errors.js';

export interface IdentityPolicy {
  /** The subject alternative name, exactly (e.g. a workflow URL with its ref). */
  identity?: string;
  /** A regular expression the whole subject alternative name must match (it is anchored at both ends). */
  identityRegexp?: string;
  /** The OIDC issuer, exactly (GitHub Actions: https://token.actions.githubusercontent.com). */
  issuer: string;
}

export interface SignerIdentity {
  subjectAlternativeName?: string;
  issuer?: string;
}

/** How the options are named in errors, per front door (`--certificate-identity` or `input "..."`). */
export interface IdentityNames {
  identity: string;
  identityRegexp: string;
  issuer: string;
}

export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';

/** Checks a policy for completeness and compiles its regular expression; throws a sentence otherwise. */
export function compileIdentityPolicy(
  policy: Partial<IdentityPolicy>,
  names: IdentityNames,
): (signer: SignerIdentity) => boolean {
  const identity = policy.identity?.trim() ?? '';
  const regexp = policy.identityRegexp?.trim() ?? '';
  const issuer = policy.issuer?.trim() ?? '';
  if (identity && regexp) {
    throw new ConfigurationError(`give ${names.identity} or ${names.identityRegexp}, not both`);
  }
  if (!identity && !regexp) {
    throw new ConfigurationError(
      `keyless verification needs ${names.identity} (or ${names.identityRegexp}) and ${names.issuer}: name the workflow that must have signed`,
    );
  }
  if (!issuer) {
    throw new ConfigurationError(
      `keyless verification needs ${names.issuer} too (GitHub Actions: ${GITHUB_ACTIONS_ISSUER})`,
    );
  }
  let matches: (name: string) => boolean;
  if (identity) {
    matches = (name) => name === identity;
  } else {
    let compiled: RegExp;
    try {
      // Anchored, so a pattern written for one workflow cannot match a longer name that merely starts
      // (or ends) with it, e.g. another repository whose name extends this one.
      compiled = new RegExp(`^(?:${regexp})$`, 'u');
    } catch (error) {
      throw new ConfigurationError(`${names.identityRegexp} is not a valid regular expression: ${regexp}`, {
        cause: error,
      });
    }
    matches = (name) => compiled.test(name);
  }
  return (signer) =>
    signer.issuer === issuer &&
    signer.subjectAlternativeName !== undefined &&
    matches(signer.subjectAlternativeName);
}

/** One line naming a policy, for messages. */
export function describeIdentityPolicy(policy: Partial<IdentityPolicy>): string {
  const who = policy.identity ? `"${policy.identity}"` : `/^(?:${policy.identityRegexp ?? ''})$/`;
  return `identity ${who} from issuer "${policy.issuer ?? ''}"`;
}
