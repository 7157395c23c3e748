/**
 * The verify action: fails closed unless the image's digest carries a signature by the key (or, keyless,
 * by the certificate identity and issuer, chained to the trusted root and logged in Rekor), and every
 * required attestation type is signed the same way.
 */
import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { defaultAuthFiles } from '../../build/request.js';
import { ConfigurationError } from '../../errors.js';
import { parseReference, repositoryName } from '../../oci/reference.js';
import { requireAttestations } from '../../sign/attest.js';
import { containersPolicy, registriesDConfig } from '../../sign/containers-policy.js';
import { predicateTypeOf } from '../../sign/provenance.js';
import { describeLayouts, verifyImageLayouts } from '../../sign/signatures.js';
import { describePolicy } from '../../sign/trust-policy.js';
import { clientFor } from '../../sign/registry-access.js';
import { writeSummaryTable } from '../../runner/summary.js';
import { getTrustPolicy } from '../../runner/trust-inputs.js';
import { getInputs } from './inputs.js';

export async function run(): Promise<void> {
  const inputs = getInputs();
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const { policy, key } = await getTrustPolicy(workspace);
  if (inputs.hostPolicyDir && policy.kind !== 'key') {
    throw new ConfigurationError(
      'input "host-policy-dir" works with a key only: containers/image\'s policy.json can match Fulcio email identities, not the workflow URIs of keyless CI signatures',
    );
  }
  const required = inputs.requireAttestations.map(predicateTypeOf);
  const ref = parseReference(inputs.image);
  const client = await clientFor(ref.registry, {
    credentials:
      inputs.username && inputs.password
        ? { username: inputs.username, password: inputs.password }
        : undefined,
    authFiles: defaultAuthFiles(process.env),
    tlsVerify: inputs.tlsVerify,
  });
  const { digest, layouts } = await verifyImageLayouts(client, ref, policy);
  await requireAttestations(client, { ...ref, digest }, digest, policy, required);
  const verified = `${repositoryName(ref)}@${digest}`;
  if (inputs.hostPolicyDir) {
    const dir = resolve(workspace, inputs.hostPolicyDir);
    await mkdir(join(dir, 'registries.d'), { recursive: true });
    await writeFile(join(dir, 'cosign.pub'), key.endsWith('\n') ? key : `${key}\n`);
    await writeFile(
      join(dir, 'policy.json'),
      containersPolicy(repositoryName(ref), '/etc/pki/containers/osimg.pub'),
    );
    await writeFile(join(dir, 'registries.d', 'osimg.yaml'), registriesDConfig(ref.registry));
    core.info(`host policy written to ${dir} (install cosign.pub as /etc/pki/containers/osimg.pub)`);
  }
  core.info(`verified ${verified}: signed by ${describePolicy(policy)} (${describeLayouts(layouts)})`);
  core.setOutput('digest', digest);
  core.setOutput('verified-ref', verified);
  await writeSummaryTable('osimg verify', [
    ['Image', verified],
    ['Result', 'signature verified'],
    ['Signed by', describePolicy(policy)],
    ['Layouts', describeLayouts(layouts)],
    ['Attestations', required.join(', ') || 'none required'],
  ]);
}
