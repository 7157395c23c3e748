/**
 * `osimg key`, `osimg sign` and `osimg verify` with cosign-format keys and cosign's `.sig` signatures.
 * Passphrases and registry passwords come from the environment or stdin, never from arguments.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultAuthFiles } from '../build/request.js';
import { ConfigurationError } from '../errors.js';
import { writeAtomically } from '../lint/run.js';
import { parseReference, repositoryName } from '../oci/reference.js';
import { containersPolicy, registriesDConfig } from '../sign/containers-policy.js';
import { generateKeyPair, openPrivateKey, openPublicKey, publicKeyPem } from '../sign/keys.js';
import { attestImage, imageLabels, requireAttestations } from '../sign/attest.js';
import { describeSignResult, parseSignatureFormat, signImage, verifyImage } from '../sign/signatures.js';
import { predicateTypeOf, slsaProvenance, SLSA_PROVENANCE_V1 } from '../sign/provenance.js';
import { VERSION } from '../version.js';
import { clientFor } from '../sign/registry-access.js';
import { parseBoolean, parseKeyValues } from '../values.js';
import type { CliContext } from './main.js';

export const KEY_HELP = `Usage: osimg key generate [--output-key-prefix PREFIX]
       osimg key public --key PRIVATE_KEY

generate: writes PREFIX.key (cosign format: ENCRYPTED SIGSTORE PRIVATE KEY) and PREFIX.pub (default
prefix: cosign). public: prints the public key of a private key (cosign-generated keys work too).
The passphrase comes from OSIMG_KEY_PASSWORD (or COSIGN_PASSWORD), or from stdin with --passphrase-stdin.
`;

export const SIGN_HELP = `Usage: osimg sign IMAGE --key PRIVATE_KEY [-a KEY=VALUE]... [--format legacy|bundle|both]

Signs the digest IMAGE names (a tag is resolved once) in cosign's formats: the sha256-<hex>.sig tag that
podman, skopeo and bootc verify, and a Sigstore bundle referrer as cosign v3 writes (default: both).
Re-signing the same digest with the same key changes nothing.
Passphrase: OSIMG_KEY_PASSWORD / COSIGN_PASSWORD or --passphrase-stdin. Registry login: the auth files of
podman/docker login, or OSIMG_REGISTRY_USERNAME and OSIMG_REGISTRY_PASSWORD.
`;

export const ATTEST_HELP = `Usage: osimg attest IMAGE --key PRIVATE_KEY (--predicate FILE --type TYPE | --provenance)

Attaches a DSSE-signed in-toto statement about the digest IMAGE names, in cosign's .att layout. TYPE is
slsaprovenance, spdxjson, cyclonedx or a predicate type URI. --provenance writes SLSA provenance v1 from
the GitHub Actions context (or git) and the image's own osimg labels (source revision, base digest).
`;

export const VERIFY_HELP = `Usage: osimg verify IMAGE --key PUBLIC_KEY [--require-attestation TYPE]... [--write-host-policy DIR]

Fails closed: exits 0 and prints the verified digest only when a signature by the key covers exactly
that digest and repository. --write-host-policy writes policy.json and registries.d/osimg.yaml for hosts
(bootc, podman) that must enforce the same rule at pull time.
`;

async function passphrase(context: CliContext, fromStdin: boolean | undefined): Promise<string> {
  if (fromStdin) return (await context.readStdin()).replace(/\r?\n$/, '');
  const value = context.env.OSIMG_KEY_PASSWORD ?? context.env.COSIGN_PASSWORD;
  if (value === undefined) {
    throw new ConfigurationError(
      'no key passphrase: set OSIMG_KEY_PASSWORD (or COSIGN_PASSWORD), or pass --passphrase-stdin',
    );
  }
  return value;
}

async function readText(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    throw new ConfigurationError(`cannot read ${what} ${path}: check the path`);
  }
}

function registryClient(registry: string, context: CliContext, tlsVerify: boolean) {
  const env = context.env;
  const credentials =
    env.OSIMG_REGISTRY_USERNAME && env.OSIMG_REGISTRY_PASSWORD
      ? { username: env.OSIMG_REGISTRY_USERNAME, password: env.OSIMG_REGISTRY_PASSWORD }
      : undefined;
  return clientFor(registry, { credentials, authFiles: defaultAuthFiles(env), tlsVerify });
}

/** The one IMAGE a command takes, and a registry client for it. */
async function target(
  positionals: string[],
  command: string,
  context: CliContext,
  tlsVerify: string | undefined,
) {
  if (positionals.length !== 1) throw new ConfigurationError(`osimg ${command} takes one IMAGE reference`);
  const ref = parseReference(positionals[0]!);
  const client = await registryClient(
    ref.registry,
    context,
    parseBoolean(tlsVerify ?? '', '--tls-verify', true),
  );
  return { ref, client };
}

/** The private key named by --key, opened with the passphrase from the environment or stdin. */
async function privateKeyFrom(
  key: string | undefined,
  command: string,
  context: CliContext,
  fromStdin: boolean | undefined,
) {
  if (!key)
    throw new ConfigurationError(
      `osimg ${command} needs --key PRIVATE_KEY (keyless signing is not available yet)`,
    );
  return openPrivateKey(
    await readText(resolve(context.cwd, key), 'the key'),
    await passphrase(context, fromStdin),
    key,
  );
}

export async function keyCommand(args: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'output-key-prefix': { type: 'string' },
      key: { type: 'string' },
      'passphrase-stdin': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || positionals.length === 0) {
    context.stdout(KEY_HELP);
    return values.help ? 0 : 2;
  }
  if (positionals[0] === 'generate') {
    const prefix = resolve(context.cwd, values['output-key-prefix'] ?? 'cosign');
    const pair = await generateKeyPair(await passphrase(context, values['passphrase-stdin']));
    await mkdir(dirname(prefix), { recursive: true });
    await writeFile(`${prefix}.key`, pair.privatePem, { mode: 0o600, flag: 'wx' }).catch(
      (error: NodeJS.ErrnoException) => {
        throw new ConfigurationError(
          error.code === 'EEXIST'
            ? `${prefix}.key exists already: remove it or choose another --output-key-prefix`
            : `cannot write ${prefix}.key: ${error.message}`,
        );
      },
    );
    await writeAtomically(`${prefix}.pub`, pair.publicPem);
    context.stderr(`wrote ${prefix}.key and ${prefix}.pub\n`);
    return 0;
  }
  if (positionals[0] === 'public') {
    if (!values.key) throw new ConfigurationError('osimg key public needs --key PRIVATE_KEY');
    const key = await openPrivateKey(
      await readText(resolve(context.cwd, values.key), 'the key'),
      await passphrase(context, values['passphrase-stdin']),
      values.key,
    );
    context.stdout(publicKeyPem(key));
    return 0;
  }
  throw new ConfigurationError(`unknown key command "${positionals[0]}": use generate or public`);
}

export async function signCommand(args: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      key: { type: 'string' },
      annotation: { type: 'string', short: 'a', multiple: true },
      format: { type: 'string' },
      'passphrase-stdin': { type: 'boolean' },
      'tls-verify': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    context.stdout(SIGN_HELP);
    return 0;
  }
  const privateKey = await privateKeyFrom(values.key, 'sign', context, values['passphrase-stdin']);
  const { ref, client } = await target(positionals, 'sign', context, values['tls-verify']);
  const annotations = parseKeyValues((values.annotation ?? []).join('\n'), '--annotation');
  const result = await signImage(
    client,
    ref,
    { privateKey, publicKey: openPublicKey(publicKeyPem(privateKey)) },
    { annotations, formats: parseSignatureFormat(values.format ?? '', '--format') },
  );
  context.stderr(`${describeSignResult(repositoryName(ref), result)}\n`);
  context.stdout(`${repositoryName(ref)}@${result.digest}\n`);
  return 0;
}

export async function verifyCommand(args: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      key: { type: 'string' },
      'require-attestation': { type: 'string', multiple: true },
      'write-host-policy': { type: 'string' },
      'tls-verify': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    context.stdout(VERIFY_HELP);
    return 0;
  }
  if (!values.key)
    throw new ConfigurationError(
      'osimg verify needs --key PUBLIC_KEY (keyless identities are not available yet)',
    );
  const keyPath = resolve(context.cwd, values.key);
  const publicKey = openPublicKey(await readText(keyPath, 'the public key'), values.key);
  const { ref, client } = await target(positionals, 'verify', context, values['tls-verify']);
  const digest = await verifyImage(client, ref, publicKey);
  await requireAttestations(
    client,
    ref,
    digest,
    publicKey,
    (values['require-attestation'] ?? []).map(predicateTypeOf),
  );
  if (values['write-host-policy']) {
    const dir = resolve(context.cwd, values['write-host-policy']);
    await mkdir(resolve(dir, 'registries.d'), { recursive: true });
    await writeAtomically(resolve(dir, 'policy.json'), containersPolicy(repositoryName(ref), keyPath));
    await writeAtomically(resolve(dir, 'registries.d', 'osimg.yaml'), registriesDConfig(ref.registry));
  }
  context.stdout(`${repositoryName(ref)}@${digest}\n`);
  return 0;
}

export async function attestCommand(args: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      key: { type: 'string' },
      predicate: { type: 'string' },
      type: { type: 'string' },
      provenance: { type: 'boolean' },
      'passphrase-stdin': { type: 'boolean' },
      'tls-verify': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    context.stdout(ATTEST_HELP);
    return 0;
  }
  if (Boolean(values.provenance) === Boolean(values.predicate)) {
    throw new ConfigurationError('give either --predicate FILE with --type, or --provenance');
  }
  if (values.predicate && !values.type)
    throw new ConfigurationError('--predicate needs --type (e.g. spdxjson, cyclonedx or a URI)');
  const privateKey = await privateKeyFrom(values.key, 'attest', context, values['passphrase-stdin']);
  const { ref, client } = await target(positionals, 'attest', context, values['tls-verify']);
  let predicateType: string;
  let predicate: unknown;
  if (values.provenance) {
    const digest = ref.digest ?? (await client.getManifest(ref.repository, ref.tag ?? 'latest')).digest;
    const labels = await imageLabels(client, ref.repository, digest);
    const env = context.env;
    const run =
      env.GITHUB_REPOSITORY && env.GITHUB_SHA
        ? {
            serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
            repository: env.GITHUB_REPOSITORY,
            repositoryId: env.GITHUB_REPOSITORY_ID,
            repositoryOwnerId: env.GITHUB_REPOSITORY_OWNER_ID,
            ref: env.GITHUB_REF,
            sha: env.GITHUB_SHA,
            workflowRef: env.GITHUB_WORKFLOW_REF,
            eventName: env.GITHUB_EVENT_NAME,
            runId: env.GITHUB_RUN_ID,
            runAttempt: env.GITHUB_RUN_ATTEMPT,
            runnerEnvironment: env.RUNNER_ENVIRONMENT,
          }
        : undefined;
    const base =
      labels['org.opencontainers.image.base.name'] && labels['org.opencontainers.image.base.digest']
        ? {
            name: labels['org.opencontainers.image.base.name'],
            digest: labels['org.opencontainers.image.base.digest'],
          }
        : undefined;
    const source =
      labels['org.opencontainers.image.source'] && labels['org.opencontainers.image.revision']
        ? {
            url: labels['org.opencontainers.image.source'],
            revision: labels['org.opencontainers.image.revision'],
          }
        : undefined;
    predicateType = SLSA_PROVENANCE_V1;
    predicate = slsaProvenance({ parameters: { image: `${repositoryName(ref)}@${digest}` }, base }, run, {
      builderId: `https://github.com/org/osimg/cli@${VERSION}`,
      source,
    });
  } else {
    predicateType = predicateTypeOf(values.type!);
    try {
      predicate = JSON.parse(await readText(resolve(context.cwd, values.predicate!), 'the predicate'));
    } catch (error) {
      if (error instanceof ConfigurationError) throw error;
      throw new ConfigurationError(`the predicate ${values.predicate} is not JSON`);
    }
  }
  const result = await attestImage(
    client,
    ref,
    { privateKey, publicKey: openPublicKey(publicKeyPem(privateKey)) },
    predicateType,
    predicate,
  );
  context.stderr(
    `${result.added ? 'attested' : 'already attested by this key'}: ${predicateType} for ${repositoryName(ref)}@${result.digest}\n`,
  );
  context.stdout(`${repositoryName(ref)}@${result.digest}\n`);
  return 0;
}
