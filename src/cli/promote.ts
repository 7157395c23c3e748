/**
 * `osimg promote IMAGE --to TAG`: a verified digest becomes a channel tag, without a rebuild. The
 * signature (and any required attestations) is verified first; an unverified digest moves no tag.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultAuthFiles } from '../build/request.js';
import { ConfigurationError } from '../errors.js';
import { parseReference } from '../oci/reference.js';
import { parseTargets, promoteImage } from '../promote/promote.js';
import { trustVerifier } from '../promote/verifier.js';
import { clientFor } from '../sign/registry-access.js';
import { openPublicKey } from '../sign/keys.js';
import { predicateTypeOf } from '../sign/provenance.js';
import { parseBoolean } from '../values.js';
import type { CliContext } from './main.js';

export const PROMOTE_HELP = `Usage: osimg promote IMAGE --to TAG [--to TAG]... --key PUBLIC_KEY [options]

Points channel tags at the digest IMAGE names (a tag is resolved once) after verifying its signature:
no rebuild, and the digest, its signatures and attestations stay as they are. A bare TAG (stable) moves
in IMAGE's repository; a full reference (registry/prod/os:stable) copies the image with its signatures,
attestations and referrers to that repository first. Hosts following the channel with bootc switch /
bootc upgrade get the new digest as a transactional update; the previous one stays their rollback.

Options:
      --to TAG                   channel tag or full reference (repeatable, or comma-separated)
      --key FILE                 public key the signature must verify with
      --require-attestation T    also require an attestation of type T by that key (repeatable:
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
      key: { type: 'string' },
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
  if (!values.key) {
    throw new ConfigurationError('osimg promote needs --key PUBLIC_KEY: only a verified digest is promoted');
  }
  const source = parseReference(positionals[0]!);
  const targets = parseTargets(
    (values.to ?? [])
      .flatMap((value) => value.split(','))
      .map((value) => value.trim())
      .filter(Boolean),
    source,
  );
  let keyText: string;
  try {
    keyText = await readFile(resolve(context.cwd, values.key), 'utf8');
  } catch {
    throw new ConfigurationError(`cannot read the public key ${values.key}: check the path`);
  }
  const tlsVerify = parseBoolean(values['tls-verify'] ?? '', '--tls-verify', true);
  const env = context.env;
  const credentials =
    env.OSIMG_REGISTRY_USERNAME && env.OSIMG_REGISTRY_PASSWORD
      ? { username: env.OSIMG_REGISTRY_USERNAME, password: env.OSIMG_REGISTRY_PASSWORD }
      : undefined;
  const result = await promoteImage({
    source,
    targets,
    clientFor: (registry) =>
      clientFor(registry, { credentials, authFiles: defaultAuthFiles(env), tlsVerify }),
    verify: trustVerifier(
      openPublicKey(keyText, values.key),
      (values['require-attestation'] ?? []).map(predicateTypeOf),
    ),
    log: (line) => context.stderr(`osimg promote: ${line}\n`),
  });
  if (values.json) context.stdout(`${JSON.stringify(result)}\n`);
  else context.stdout(result.promotions.map((entry) => `${entry.ref}@${result.digest}\n`).join(''));
  return 0;
}
