/**
 * The sign action: the image's digest signed (with a key, or keyless with the job's OIDC identity) in both
 * of cosign's layouts, then SLSA provenance and an SBOM read from the image's files attested the same way.
 */
import * as core from '@actions/core';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { defaultAuthFiles } from '../../build/request.js';
import { requireParentDirectory } from '../../input-file.js';
import { writeFileAtomically } from '../../scratch/files.js';
import { parseReference, repositoryName } from '../../oci/reference.js';
import { signatureTag } from '../../sign/cosign-legacy.js';
import { githubRun } from '../../sign/image-provenance.js';
import { openPrivateKey, openPublicKey, publicKeyPem } from '../../sign/keys.js';
import { chooseSigner, sigstoreInstance } from '../../sign/modes.js';
import { describeSignResult, parseSignatureFormat } from '../../sign/signatures.js';
import { parseAttestationKinds, signAndAttest } from '../../sign/sign-and-attest.js';
import { clientFor } from '../../sign/registry-access.js';
import { actionsLogger } from '../../runner/logger.js';
import { writeSummaryTable } from '../../runner/summary.js';
import { VERSION } from '../../version.js';
import { getInputs } from './inputs.js';

export async function run(): Promise<void> {
  const inputs = getInputs();
  // Every input is checked, and the signer made (keyless: the id-token permission checked), before any
  // registry is touched.
  const ref = parseReference(inputs.image);
  const formats = parseSignatureFormat(inputs.format, 'input "format"');
  const attest = parseAttestationKinds(inputs.attest, 'input "attest"', ['provenance', 'spdx']);
  const instance = sigstoreInstance({
    fulcioUrl: inputs.fulcioUrl,
    rekorUrl: inputs.rekorUrl,
    tsaUrl: inputs.tsaUrl,
  });
  let keys;
  if (inputs.key) {
    const privateKey = await openPrivateKey(inputs.key, inputs.keyPassphrase, 'input "key"');
    keys = { privateKey, publicKey: openPublicKey(publicKeyPem(privateKey)) };
  }
  const sbomOutput = inputs.sbomOutput
    ? resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), inputs.sbomOutput)
    : undefined;
  if (sbomOutput) await requireParentDirectory(sbomOutput, 'input "sbom-output"');
  const signer = chooseSigner(keys, instance, process.env);
  const credentials =
    inputs.username && inputs.password ? { username: inputs.username, password: inputs.password } : undefined;
  const client = await clientFor(ref.registry, {
    credentials,
    authFiles: defaultAuthFiles(process.env),
    tlsVerify: inputs.tlsVerify,
  });
  const temp = process.env.RUNNER_TEMP ?? tmpdir();
  const result = await core.group('Sign and attest', () =>
    signAndAttest(client, ref, signer, {
      formats,
      annotations: inputs.annotations,
      attest,
      run: githubRun(process.env),
      fallbackBuilderId: `https://github.com/org/osimg/sign@${VERSION}`,
      sbom: {
        log: actionsLogger,
        tempDir: temp,
      },
    }),
  );
  let sbomPath = '';
  if (result.sbom) {
    const name = result.sbom.format === 'spdx' ? 'sbom.spdx.json' : 'sbom.cdx.json';
    sbomPath = sbomOutput ?? join(temp, 'osimg-sign', name);
    if (!sbomOutput) await mkdir(dirname(sbomPath), { recursive: true });
    await writeFileAtomically(sbomPath, result.sbom.text);
  }
  const signed = `${result.name}@${result.digest}`;
  const who = await signer.describe();
  core.info(`${describeSignResult(result.name, result)} as ${who}`);
  core.setOutput('digest', result.digest);
  core.setOutput('signed-ref', signed);
  core.setOutput('signature-tag', `${repositoryName(ref)}:${signatureTag(result.digest)}`);
  core.setOutput('sbom', sbomPath);
  core.setOutput('attestations', JSON.stringify(result.attestations));
  await writeSummaryTable('osimg sign', [
    ['Image', signed],
    ['Signed by', who],
    ['Signature', `${repositoryName(ref)}:${signatureTag(result.digest)} and a Sigstore bundle referrer`],
    ['New signature', result.added.length > 0 ? result.added.join(', ') : 'no (already signed by this key)'],
    ['Attestations', result.attestations.join(', ') || 'none'],
    ['SBOM', result.sbom ? `${sbomPath} (${result.sbom.packages} packages)` : 'none'],
    [
      'Time',
      `${(result.timings.signMs / 1000).toFixed(1)} s signing${result.sbom ? `, ${(result.timings.sbomMs / 1000).toFixed(1)} s reading the image for the SBOM` : ''}`,
    ],
  ]);
}
