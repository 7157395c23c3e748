/**
 * `osimg key`, `osimg sign` and `osimg attest`: cosign-format keys, or keyless Sigstore
 * (an OIDC identity, Fulcio, Rekor) when no key is given. Passphrases, tokens and registry passwords come
 * from the environment or stdin, never from arguments.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultAuthFiles } from '../build/request.js';
import { ConfigurationError } from '../errors.js';
import { writeFileAtomically } from '../scratch/files.js';
import { parseReference, repositoryName } from '../oci/reference.js';
import { generateKeyPair, openPrivateKey, openPublicKey, publicKeyPem } from '../sign/keys.js';
import { attestImage } from '../sign/attest.js';
import { imageProvenance, githubRun } from '../sign/image-provenance.js';
import { chooseSigner, sigstoreInstance } from '../sign/modes.js';
import { describeSignResult, parseSignatureFormat, resolveImage } from '../sign/signatures.js';
import { parseAttestationKinds, signAndAttest } from '../sign/sign-and-attest.js';
import { predicateTypeOf, SLSA_PROVENANCE_V1 } from '../sign/provenance.js';
import { VERSION } from '../version.js';
import { clientFor } from '../sign/registry-access.js';
import { parseBoolean, parseKeyValues } from '../values.js';
import { CliLogger } from './logger.js';
import type { CliContext } from './main.js';
import { readInputFile, requireParentDirectory, type InputKind } from '../input-file.js';

const CLI_BUILDER_ID = `https://github.com/org/osimg/cli@${VERSION}`;

const SIGSTORE_OPTIONS = `Keyless (no --key): the OIDC identity token comes from GitHub Actions (the job needs
\`permissions: id-token: write\`) or SIGSTORE_ID_TOKEN; Fulcio certifies an ephemeral key for it and Rekor
logs every signature. --fulcio-url, --rekor-url (default: the public-good instance) and --tsa-url (a
RFC 3161 timestamp authority, optional) point at a private Sigstore instance.`;

export const KEY_HELP = `Usage: osimg key generate [--output-key-prefix PREFIX]
       osimg key public --key PRIVATE_KEY

generate: writes PREFIX.key (cosign format: ENCRYPTED SIGSTORE PRIVATE KEY) and PREFIX.pub (default
prefix: cosign). public: prints the public key of a private key (cosign-generated keys work too).
The passphrase comes from OSIMG_KEY_PASSWORD (or COSIGN_PASSWORD), or from stdin with --passphrase-stdin.
`;

export const SIGN_HELP = `Usage: osimg sign IMAGE [--key PRIVATE_KEY] [-a KEY=VALUE]... [--format legacy|bundle|both]
                  [--attest provenance,spdx,cyclonedx] [--sbom-output FILE]
                  [--fulcio-url URL] [--rekor-url URL] [--tsa-url URL]

Signs the digest IMAGE names (a tag is resolved once) in cosign's formats: the sha256-<hex>.sig tag that
podman, skopeo and bootc verify, and a Sigstore bundle referrer as cosign v3 writes (default: both).
Re-signing the same digest with the same key changes nothing; keyless, each run adds a signature.
--attest then attaches, signed the same way, SLSA provenance and/or an SBOM read from the image's own
files (SPDX 2.3 JSON or CycloneDX 1.6 JSON; reading the files needs uid 0); --sbom-output keeps a copy.
${SIGSTORE_OPTIONS}
Passphrase: OSIMG_KEY_PASSWORD / COSIGN_PASSWORD or --passphrase-stdin. Registry login: the auth files of
podman/docker login, or OSIMG_REGISTRY_USERNAME and OSIMG_REGISTRY_PASSWORD.
`;

export const ATTEST_HELP = `Usage: osimg attest IMAGE [--key PRIVATE_KEY] (--predicate FILE --type TYPE | --provenance)
                    [--fulcio-url URL] [--rekor-url URL] [--tsa-url URL]

Attaches a DSSE-signed in-toto statement about the digest IMAGE names, in cosign's .att layout and as a
Sigstore bundle referrer. TYPE is slsaprovenance, spdxjson, cyclonedx or a predicate type URI.
--provenance writes SLSA provenance v1 from the GitHub Actions context (or git) and the image's own
osimg labels (source revision, base digest). Without --key, keyless as for osimg sign.
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

/** A file the user named, or one sentence saying it cannot be read. */
export async function readText(path: string, what: string, kind: InputKind): Promise<string> {
  try {
    return await readInputFile(path, kind, `${what} ${path}`);
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw new ConfigurationError(`cannot read ${what} ${path}: check the path`);
  }
}

/** A registry client with the CLI's credentials: OSIMG_REGISTRY_USERNAME/PASSWORD, else the login auth files. */
export function registryClient(registry: string, context: CliContext, tlsVerify: boolean) {
  const env = context.env;
  const credentials =
    env.OSIMG_REGISTRY_USERNAME && env.OSIMG_REGISTRY_PASSWORD
      ? { username: env.OSIMG_REGISTRY_USERNAME, password: env.OSIMG_REGISTRY_PASSWORD }
      : undefined;
  return clientFor(registry, { credentials, authFiles: defaultAuthFiles(env), tlsVerify });
}

/** The one IMAGE a command takes, and a registry client for it. */
export async function target(
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

/** The signer: the key named by --key (opened with the passphrase), else keyless Sigstore. */
async function signerFrom(
  values: {
    key?: string;
    'passphrase-stdin'?: boolean;
    'fulcio-url'?: string;
    'rekor-url'?: string;
    'tsa-url'?: string;
  },
  context: CliContext,
) {
  const instance = sigstoreInstance({
    fulcioUrl: values['fulcio-url'],
    rekorUrl: values['rekor-url'],
    tsaUrl: values['tsa-url'],
  });
  if (!values.key) return chooseSigner(undefined, instance, context.env);
  const privateKey = await openPrivateKey(
    await readText(resolve(context.cwd, values.key), 'the key', 'key'),
    await passphrase(context, values['passphrase-stdin']),
    values.key,
  );
  return chooseSigner(
    { privateKey, publicKey: openPublicKey(publicKeyPem(privateKey)) },
    instance,
    context.env,
  );
}

const SIGSTORE_ARGS = {
  'fulcio-url': { type: 'string' },
  'rekor-url': { type: 'string' },
  'tsa-url': { type: 'string' },
} as const;

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
    await writeFileAtomically(`${prefix}.pub`, pair.publicPem);
    context.stderr(`wrote ${prefix}.key and ${prefix}.pub\n`);
    return 0;
  }
  if (positionals[0] === 'public') {
    if (!values.key) throw new ConfigurationError('osimg key public needs --key PRIVATE_KEY');
    const key = await openPrivateKey(
      await readText(resolve(context.cwd, values.key), 'the key', 'key'),
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
      attest: { type: 'string', multiple: true },
      'sbom-output': { type: 'string' },
      'passphrase-stdin': { type: 'boolean' },
      'tls-verify': { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      ...SIGSTORE_ARGS,
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    context.stdout(SIGN_HELP);
    return 0;
  }
  // Every option is checked before anything is signed or written.
  const annotations = parseKeyValues((values.annotation ?? []).join('\n'), '--annotation');
  const formats = parseSignatureFormat(values.format ?? '', '--format');
  const attest = parseAttestationKinds((values.attest ?? []).join('\n'), '--attest', []);
  if (values['sbom-output'] && !attest.some((kind) => kind !== 'provenance')) {
    throw new ConfigurationError('--sbom-output needs --attest spdx or --attest cyclonedx');
  }
  if (values['sbom-output']) {
    await requireParentDirectory(resolve(context.cwd, values['sbom-output']), '--sbom-output');
  }
  const signer = await signerFrom(values, context);
  const { ref, client } = await target(positionals, 'sign', context, values['tls-verify']);
  const env = context.env;
  const result = await signAndAttest(client, ref, signer, {
    formats,
    annotations,
    attest,
    run: githubRun(env),
    fallbackBuilderId: CLI_BUILDER_ID,
    sbom: {
      log: new CliLogger({ quiet: values.quiet ?? false, verbose: false }, context.stderr),
      tempDir: env.TMPDIR ?? tmpdir(),
    },
  });
  if (result.sbom && values['sbom-output']) {
    await writeFileAtomically(resolve(context.cwd, values['sbom-output']), result.sbom.text);
  }
  context.stderr(`${describeSignResult(result.name, result)}\n`);
  for (const type of result.attestations) context.stderr(`attested ${type}\n`);
  context.stdout(`${result.name}@${result.digest}\n`);
  return 0;
}

/** The options that say whom to trust: --key, or a keyless identity, issuer and trusted root. */
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
      ...SIGSTORE_ARGS,
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
  let predicate: unknown;
  if (values.predicate) {
    try {
      predicate = JSON.parse(
        await readText(resolve(context.cwd, values.predicate), 'the predicate', 'predicate'),
      );
    } catch (error) {
      if (error instanceof ConfigurationError) throw error;
      throw new ConfigurationError(`the predicate ${values.predicate} is not JSON`);
    }
  }
  const signer = await signerFrom(values, context);
  const { ref, client } = await target(positionals, 'attest', context, values['tls-verify']);
  // Resolved once: the provenance and the statement name the same digest.
  const pinned = { ...ref, tag: undefined, digest: (await resolveImage(client, ref)).digest };
  const predicateType = values.provenance ? SLSA_PROVENANCE_V1 : predicateTypeOf(values.type!);
  if (values.provenance) {
    predicate = await imageProvenance(
      client,
      { repository: ref.repository, name: repositoryName(ref), digest: pinned.digest },
      githubRun(context.env),
      CLI_BUILDER_ID,
    );
  }
  await signer.prepare();
  const result = await attestImage(client, pinned, signer, predicateType, predicate);
  context.stderr(
    `${result.added ? 'attested' : 'already attested by this key'}: ${predicateType} for ${repositoryName(ref)}@${result.digest}\n`,
  );
  context.stdout(`${repositoryName(ref)}@${result.digest}\n`);
  return 0;
}
