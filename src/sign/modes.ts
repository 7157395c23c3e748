/**
 * Key or keyless, decided the same way by the action and the CLI: a key given means key-based; no key
 * means keyless (Sigstore with the job's OIDC identity) for signing, and an identity policy checked
 * against a trusted root for verifying. Mixing the two is an error, never a silent choice.
 */
import type { KeyObject } from 'node:crypto';
import { ConfigurationError } from '../errors.js';
import { compileIdentityPolicy, type IdentityNames, type IdentityPolicy } from './identity.js';
import { keySigner, sigstoreSigner, type ImageSigner } from './image-signer.js';
import {
  KeylessSigner,
  PUBLIC_GOOD_FULCIO_URL,
  PUBLIC_GOOD_REKOR_URL,
  type SigstoreInstance,
} from './keyless.js';
import { tokenSource, type TokenEnvironment } from './oidc.js';
import type { TrustPolicy } from './trust-policy.js';
import { parseTrustedRoot } from './trusted-root.js';

/** Empty URLs mean the public-good instance; a TSA only when one is named. */
export function sigstoreInstance(urls: {
  fulcioUrl?: string;
  rekorUrl?: string;
  tsaUrl?: string;
}): SigstoreInstance {
  const check = (value: string | undefined, fallback: string | undefined, what: string) => {
    const url = value?.trim() || fallback;
    if (url === undefined) return undefined;
    try {
      const parsed = new URL(url);
      if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error(parsed.protocol);
    } catch {
      throw new ConfigurationError(`${what} must be an http(s) URL, not "${url}"`);
    }
    return url.replace(/\/+$/, '');
  };
  const tsaUrl = check(urls.tsaUrl, undefined, 'the timestamp authority URL');
  return {
    fulcioUrl: check(urls.fulcioUrl, PUBLIC_GOOD_FULCIO_URL, 'the Fulcio URL')!,
    rekorUrl: check(urls.rekorUrl, PUBLIC_GOOD_REKOR_URL, 'the Rekor URL')!,
    ...(tsaUrl ? { tsaUrl } : {}),
  };
}

/** A key-based signer when keys are given, else keyless (throws at once when no OIDC token exists). */
export function chooseSigner(
  keys: { privateKey: KeyObject; publicKey: KeyObject } | undefined,
  instance: SigstoreInstance,
  env: TokenEnvironment,
): ImageSigner {
  if (keys) return keySigner(keys);
  return sigstoreSigner(new KeylessSigner(instance, tokenSource(env)));
}

export interface VerifyTrust {
  publicKey?: KeyObject;
  identity: Partial<IdentityPolicy>;
  /** The trusted root's text and how to name it in errors. */
  trustedRoot?: { text: string; name: string };
}

export function chooseTrustPolicy(
  trust: VerifyTrust,
  names: IdentityNames & { key: string; trustedRoot: string },
): TrustPolicy {
  const keyless = Boolean(trust.identity.identity || trust.identity.identityRegexp || trust.identity.issuer);
  if (trust.publicKey) {
    if (keyless) {
      throw new ConfigurationError(
        `give ${names.key} or a keyless identity (${names.identity}, ${names.issuer}), not both`,
      );
    }
    return { kind: 'key', publicKey: trust.publicKey };
  }
  if (!keyless) {
    throw new ConfigurationError(
      `nothing to verify against: give ${names.key}, or ${names.identity} (or ${names.identityRegexp}) with ${names.issuer} for keyless signatures`,
    );
  }
  const matches = compileIdentityPolicy(trust.identity, names);
  if (!trust.trustedRoot) {
    throw new ConfigurationError(
      `keyless verification needs ${names.trustedRoot}: the trusted_root.json of your Sigstore instance (for the public-good instance, e.g. \`cosign trusted-root create\` or \`gh attestation trusted-root\` output; osimg does not fetch Sigstore's TUF repository)`,
    );
  }
  const identity = trust.identity as IdentityPolicy;
  return {
    kind: 'keyless',
    material: parseTrustedRoot(trust.trustedRoot.text, trust.trustedRoot.name),
    identity,
    matches,
  };
}
