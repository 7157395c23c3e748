/** The sign action (key-based, cosign legacy format): image + key → a signature on the image's digest. */
import * as core from '@actions/core';
import { defaultAuthFiles } from '../../build/request.js';
import { parseReference, repositoryName } from '../../oci/reference.js';
import { signatureTag } from '../../sign/cosign-legacy.js';
import { openPrivateKey, openPublicKey, publicKeyPem } from '../../sign/keys.js';
import { describeSignResult, parseSignatureFormat, signImage } from '../../sign/signatures.js';
import { clientFor } from '../../sign/registry-access.js';
import { getBoolean, getKeyValues, getString } from '../../runner/inputs.js';
import { writeSummaryTable } from '../../runner/summary.js';

export async function run(): Promise<void> {
  const image = getString('image', { required: true });
  const key = getString('key', { required: true, secret: true });
  const passphrase = getString('key-passphrase', { secret: true });
  const username = getString('username');
  const password = getString('password', { secret: true });
  const annotations = getKeyValues('annotations');
  const ref = parseReference(image);
  const privateKey = await openPrivateKey(key, passphrase, 'input "key"');
  const client = await clientFor(ref.registry, {
    credentials: username && password ? { username, password } : undefined,
    authFiles: defaultAuthFiles(process.env),
    tlsVerify: getBoolean('tls-verify', true),
  });
  const result = await signImage(
    client,
    ref,
    { privateKey, publicKey: openPublicKey(publicKeyPem(privateKey)) },
    { annotations, formats: parseSignatureFormat(getString('format'), 'input "format"') },
  );
  const signed = `${repositoryName(ref)}@${result.digest}`;
  core.info(describeSignResult(repositoryName(ref), result));
  core.setOutput('digest', result.digest);
  core.setOutput('signed-ref', signed);
  core.setOutput('signature-tag', `${repositoryName(ref)}:${signatureTag(result.digest)}`);
  await writeSummaryTable('osimg sign', [
    ['Image', signed],
    ['Signature', `${repositoryName(ref)}:${signatureTag(result.digest)}`],
    ['New signature', result.added.length > 0 ? result.added.join(', ') : 'no (already signed by this key)'],
  ]);
}
