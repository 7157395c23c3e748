/** The verify action (key-based): fails closed unless the image's digest carries a signature by the key. */
import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { defaultAuthFiles } from '../../build/request.js';
import { parseReference, repositoryName } from '../../oci/reference.js';
import { containersPolicy, registriesDConfig } from '../../sign/containers-policy.js';
import { openPublicKey } from '../../sign/keys.js';
import { verifyImage } from '../../sign/signatures.js';
import { clientFor } from '../../sign/registry-access.js';
import { getBoolean, getString } from '../../runner/inputs.js';
import { writeSummaryTable } from '../../runner/summary.js';

export async function run(): Promise<void> {
  const image = getString('image', { required: true });
  const key = getString('key', { required: true });
  const hostPolicy = getString('host-policy-dir');
  const username = getString('username');
  const password = getString('password', { secret: true });
  const ref = parseReference(image);
  const client = await clientFor(ref.registry, {
    credentials: username && password ? { username, password } : undefined,
    authFiles: defaultAuthFiles(process.env),
    tlsVerify: getBoolean('tls-verify', true),
  });
  const digest = await verifyImage(client, ref, openPublicKey(key, 'input "key"'));
  const verified = `${repositoryName(ref)}@${digest}`;
  if (hostPolicy) {
    const dir = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), hostPolicy);
    await mkdir(join(dir, 'registries.d'), { recursive: true });
    await writeFile(join(dir, 'cosign.pub'), key.endsWith('\n') ? key : `${key}\n`);
    await writeFile(
      join(dir, 'policy.json'),
      containersPolicy(repositoryName(ref), '/etc/pki/containers/osimg.pub'),
    );
    await writeFile(join(dir, 'registries.d', 'osimg.yaml'), registriesDConfig(ref.registry));
    core.info(`host policy written to ${dir} (install cosign.pub as /etc/pki/containers/osimg.pub)`);
  }
  core.setOutput('digest', digest);
  core.setOutput('verified-ref', verified);
  await writeSummaryTable('osimg verify', [
    ['Image', verified],
    ['Result', 'signature verified'],
  ]);
}
