/** The promote action: verify the digest (key or keyless identity), then point the channel tags at it. */
import * as core from '@actions/core';
import { defaultAuthFiles } from '../../build/request.js';
import { parseReference } from '../../oci/reference.js';
import { parseTargets, promoteImage } from '../../promote/promote.js';
import { trustVerifier } from '../../promote/verifier.js';
import { getBoolean, getList, getString } from '../../runner/inputs.js';
import { writeSummaryTable } from '../../runner/summary.js';
import { getTrustPolicy } from '../../runner/trust-inputs.js';
import { predicateTypeOf } from '../../sign/provenance.js';
import { clientFor } from '../../sign/registry-access.js';
import { describePolicy } from '../../sign/trust-policy.js';

export async function run(): Promise<void> {
  const source = parseReference(getString('image', { required: true }));
  const targets = parseTargets(getList('to'), source);
  const { policy } = await getTrustPolicy(process.env.GITHUB_WORKSPACE ?? process.cwd());
  const required = getList('require-attestations').map(predicateTypeOf);
  const username = getString('username');
  const password = getString('password', { secret: true });
  const tlsVerify = getBoolean('tls-verify', true);
  const result = await promoteImage({
    source,
    targets,
    clientFor: (registry) =>
      clientFor(registry, {
        credentials: username && password ? { username, password } : undefined,
        authFiles: defaultAuthFiles(process.env),
        tlsVerify,
      }),
    verify: trustVerifier(policy, required),
    log: (line) => core.info(line),
  });
  core.setOutput('digest', result.digest);
  core.setOutput('promoted', JSON.stringify(result.promotions));
  await writeSummaryTable('osimg promote', [
    ['Digest', result.digest],
    ['Signed by', describePolicy(policy)],
    ...result.promotions.map((entry): [string, string] => [
      entry.ref,
      entry.changed ? `moved${entry.previous ? ` (was ${entry.previous})` : ' (new)'}` : 'already there',
    ]),
  ]);
}
