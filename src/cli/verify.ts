/**
 * `osimg verify`: fails closed unless a signature by the key (or the keyless identity) covers the digest
 * and repository, and says which signature layouts it found and which verified. The trust options are
 * shared with `osimg promote`.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigurationError } from '../errors.js';
import { writeFileAtomically } from '../scratch/files.js';
import { repositoryName } from '../oci/reference.js';
import { requireAttestations } from '../sign/attest.js';
import { containersPolicy, registriesDConfig } from '../sign/containers-policy.js';
import { openPublicKey } from '../sign/keys.js';
import { chooseTrustPolicy } from '../sign/modes.js';
import { predicateTypeOf } from '../sign/provenance.js';
import { describeLayouts, verifyImageLayouts } from '../sign/signatures.js';
import type { TrustPolicy } from '../sign/trust-policy.js';
import type { CliContext } from './main.js';
import { readText, target } from './sign.js';

export const VERIFY_HELP = `Usage: osimg verify IMAGE --key PUBLIC_KEY [--require-attestation TYPE]... [--write-host-policy DIR] [--json]
       osimg verify IMAGE (--certificate-identity ID | --certificate-identity-regexp RE)
                    --certificate-oidc-issuer ISSUER --trusted-root FILE [--require-attestation TYPE]...

Fails closed: exits 0 and prints the verified digest only when a signature by the key (or, keyless, by a
Fulcio certificate for that identity and issuer, chained to the trusted root and logged in Rekor) covers
exactly that digest and repository, and each required attestation type is signed the same way.
--certificate-identity-regexp must match the whole identity (it is anchored). --trusted-root is the
trusted_root.json of the Sigstore instance (osimg does not fetch Sigstore's TUF repository).
--write-host-policy (key only) writes policy.json and registries.d/osimg.yaml for hosts (bootc, podman)
that must enforce the same rule at pull time. Both layouts are read (cosign's .sig tag and Sigstore bundle
referrers); stderr says which held signatures and which verified, --json prints that on stdout instead of
the digest. Identity rules: docs/sign.md.
`;

export const TRUST_OPTIONS = {
  key: { type: 'string' },
  'certificate-identity': { type: 'string' },
  'certificate-identity-regexp': { type: 'string' },
  'certificate-oidc-issuer': { type: 'string' },
  'trusted-root': { type: 'string' },
} as const;

type TrustValues = { [name in keyof typeof TRUST_OPTIONS]?: string };

/** The trust policy of verify and promote, from TRUST_OPTIONS. */
export async function trustPolicyFrom(
  values: TrustValues,
  context: CliContext,
): Promise<{ policy: TrustPolicy; keyPath?: string }> {
  const keyPath = values.key ? resolve(context.cwd, values.key) : undefined;
  const trustedRoot = values['trusted-root'];
  const policy = chooseTrustPolicy(
    {
      ...(keyPath
        ? { publicKey: openPublicKey(await readText(keyPath, 'the public key', 'key'), values.key) }
        : {}),
      identity: {
        identity: values['certificate-identity'],
        identityRegexp: values['certificate-identity-regexp'],
        issuer: values['certificate-oidc-issuer'],
      },
      ...(trustedRoot
        ? {
            trustedRoot: {
              text: await readText(resolve(context.cwd, trustedRoot), 'the trusted root', 'trustedRoot'),
              name: trustedRoot,
            },
          }
        : {}),
    },
    {
      key: '--key',
      identity: '--certificate-identity',
      identityRegexp: '--certificate-identity-regexp',
      issuer: '--certificate-oidc-issuer',
      trustedRoot: '--trusted-root',
    },
  );
  return { policy, keyPath };
}

export async function verifyCommand(args: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...TRUST_OPTIONS,
      'require-attestation': { type: 'string', multiple: true },
      'write-host-policy': { type: 'string' },
      'tls-verify': { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    context.stdout(VERIFY_HELP);
    return 0;
  }
  const { policy, keyPath } = await trustPolicyFrom(values, context);
  if (values['write-host-policy'] && policy.kind !== 'key') {
    throw new ConfigurationError(
      "--write-host-policy works with --key only: containers/image's policy.json can match Fulcio email identities, not the workflow URIs of keyless CI signatures",
    );
  }
  const { ref, client } = await target(positionals, 'verify', context, values['tls-verify']);
  const { digest, layouts } = await verifyImageLayouts(client, ref, policy);
  const attestations = await requireAttestations(
    client,
    { ...ref, digest },
    digest,
    policy,
    (values['require-attestation'] ?? []).map(predicateTypeOf),
  );
  if (values['write-host-policy'] && keyPath) {
    const dir = resolve(context.cwd, values['write-host-policy']);
    await mkdir(resolve(dir, 'registries.d'), { recursive: true });
    await writeFileAtomically(resolve(dir, 'policy.json'), containersPolicy(repositoryName(ref), keyPath));
    await writeFileAtomically(resolve(dir, 'registries.d', 'osimg.yaml'), registriesDConfig(ref.registry));
  }
  const verified = `${repositoryName(ref)}@${digest}`;
  if (values.json) {
    const types = [...new Set(attestations.map((found) => found.predicateType))];
    context.stdout(`${JSON.stringify({ verified, digest, layouts, attestations: types })}\n`);
  } else {
    context.stderr(`verified ${verified} (${describeLayouts(layouts)})\n`);
    context.stdout(`${verified}\n`);
  }
  return 0;
}
