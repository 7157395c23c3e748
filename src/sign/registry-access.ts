/** A registry client for an image reference: explicit credentials, else the logins in auth files. */
import { credentialsFromAuthFiles, type Credentials } from '../oci/auth.js';
import { RegistryClient } from '../oci/registry.js';

export async function clientFor(
  registry: string,
  options: { credentials?: Credentials; authFiles: readonly string[]; tlsVerify: boolean },
): Promise<RegistryClient> {
  const credentials = options.credentials ?? (await credentialsFromAuthFiles(options.authFiles, registry));
  return new RegistryClient({ registry, credentials, insecure: !options.tlsVerify });
}
