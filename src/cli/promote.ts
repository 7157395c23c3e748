/**
 * `osimg promote IMAGE --to TAG`: a verified digest becomes a channel tag, without a rebuild. The
 * signature (and any required attestations) is verified first; an unverified digest moves no tag.
 */
import { parseArgs } from 'node:util';
import { ConfigurationError } from '../errors.js';
import { parseReference } from '../oci/reference.js';
import { parseTargets, promoteImage } from '../promote/promote.js';
import { trustVerifier } from '../promote/verifier.js';
import { predicateTypeOf } from '../sign/provenance.js';
import { parseBoolean } from '../values.js';
import type { CliContext } from './main.js';
import { registryClient } from './sign.js';
import { TRUST_OPTIONS, trustPolicyFrom } from './verify.js';

export const PROMOTE_HELP = `Usage: osimg promote IMAGE --to TAG [--to TAG]... --key PUBLIC_KEY [options]
       osimg promote IMAGE --to TAG (--certificate-identity ID | --certificate-identity-regexp RE)
                     --certificate-oidc-issuer ISSUER --trusted-root FILE [options]

Points channel tags at the digest IMAGE names (a tag is resolved once) after verifying its signature, as
osimg verify does: no rebuild, and the digest, its signatures and attestations stay as they are. A bare
TAG (stable) moves in IMAGE's repository; a full reference (registry/prod/os:stable) copies the image with
its signatures, attestations and referrers to that repository first. Hosts following the channel with
bootc switch / bootc upgrade get the new digest as a transactional update; the previous one stays their
rollback.

Options:
      --to TAG                   channel tag or full reference (repeatable, or comma-separated)
      --require-attestation T    also require an attestation of type T signed the same way (repeatable:
                                 slsaprovenance, spdxjson, cyclonedx or a predicate type URI)
      --tls-verify BOOL          verify registry TLS (default true; loopback registries use HTTP)
      --json                     print the result as JSON
  -h, --help                     this help

Registry login: podman/docker login auth files, or OSIMG_REGISTRY_USERNAME and OSIMG_REGISTRY_PASSWORD.
`;

export async function promoteCommand(args: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      to: { type: 'string', multiple: true },
      ...TRUST_OPTIONS,
      'require-attestation': { type: 'string', multiple: true },
      'tls-verify': { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    context.stdout(PROMOTE_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new ConfigurationError('osimg promote takes one IMAGE reference');
  const source = parseReference(positionals[0]!);
  const targets = parseTargets(
    (values.to ?? [])
      .flatMap((value) => value.split(','))
      .map((value) => value.trim())
      .filter(Boolean),
    source,
  );
  const { policy } = await trustPolicyFrom(values, context);
  const tlsVerify = parseBoolean(values['tls-verify'] ?? '', '--tls-verify', true);
  const result = await promoteImage({
    source,
    targets,
    clientFor: (registry) => registryClient(registry, context, tlsVerify),
    verify: trustVerifier(policy, (values['require-attestation'] ?? []).map(predicateTypeOf)),
    log: (line) => context.stderr(`osimg promote: ${line}\n`),
  });
  if (values.json) context.stdout(`${JSON.stringify(result)}\n`);
  else context.stdout(result.promotions.map((entry) => `${entry.ref}@${result.digest}\n`).join(''));
  return 0;
}
