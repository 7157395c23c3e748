export const id = 707;
export const ids = [707];
export const modules = {

/***/ 42161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FL: () => (/* binding */ parsePlatform),
/* harmony export */   Jk: () => (/* binding */ ociArchitecture),
/* harmony export */   zf: () => (/* binding */ checkBuildable)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * Whether this host can build for a platform: natively, or through a registered binfmt_misc handler
 * (qemu-user-static), which is what buildah relies on for RUN steps of foreign architectures.
 */

/** Node's process.arch → the OCI architecture names. */
const NODE_TO_OCI = {
    x64: 'amd64',
    arm64: 'arm64',
    arm: 'arm',
    ia32: '386',
    ppc64: 'ppc64le',
    s390x: 's390x',
    riscv64: 'riscv64',
};
/** OCI architecture → the binfmt_misc handler names qemu-user registers. */
const BINFMT = {
    amd64: 'x86_64',
    arm64: 'aarch64',
    arm: 'arm',
    '386': 'i386',
    ppc64le: 'ppc64le',
    s390x: 's390x',
    riscv64: 'riscv64',
};
const ALIASES = { x86_64: 'amd64', aarch64: 'arm64', armhf: 'arm', i386: '386' };
function ociArchitecture(nodeArch) {
    return NODE_TO_OCI[nodeArch] ?? nodeArch;
}
function parsePlatform(text) {
    const parts = text.trim().split('/');
    const [os, arch, variant] = parts;
    if (parts.length < 2 ||
        parts.length > 3 ||
        !os ||
        !arch ||
        parts.some((part) => !/^[a-z0-9_]+$/.test(part))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`"${text}" is not a platform: use os/arch[/variant], e.g. linux/amd64 or linux/arm64`);
    }
    return { os, architecture: ALIASES[arch] ?? arch, variant };
}
/**
 * Throws when the platform cannot be built here. `binfmtHandlers` are the names under
 * /proc/sys/fs/binfmt_misc (e.g. "qemu-aarch64").
 */
function checkBuildable(platform, hostArchitecture, binfmtHandlers) {
    if (platform.os !== 'linux') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`cannot build for ${platform.os}: osimg builds Linux images only (use linux/<arch>)`);
    }
    if (platform.architecture === hostArchitecture)
        return;
    const handler = BINFMT[platform.architecture];
    if (handler && binfmtHandlers.some((name) => name === `qemu-${handler}` || name.endsWith(`-${handler}`)))
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`cannot build linux/${platform.architecture} on this ${hostArchitecture} host: no binfmt handler for ${handler ?? platform.architecture} is registered; install qemu-user-static (binfmt) or use a runner of that architecture`);
}


/***/ }),

/***/ 8707:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ATTEST_HELP: () => (/* binding */ ATTEST_HELP),
  KEY_HELP: () => (/* binding */ KEY_HELP),
  SIGN_HELP: () => (/* binding */ SIGN_HELP),
  attestCommand: () => (/* binding */ attestCommand),
  keyCommand: () => (/* binding */ keyCommand),
  yR: () => (/* binding */ readText),
  Rk: () => (/* binding */ registryClient),
  signCommand: () => (/* binding */ signCommand),
  aC: () => (/* binding */ target)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/build/request.ts
var request = __webpack_require__(26449);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/scratch/files.ts
var files = __webpack_require__(54865);
// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __webpack_require__(62148);
// EXTERNAL MODULE: ./src/sign/keys.ts
var keys = __webpack_require__(82821);
// EXTERNAL MODULE: ./src/sign/attest.ts
var attest = __webpack_require__(476);
// EXTERNAL MODULE: ./src/sign/provenance.ts
var provenance = __webpack_require__(40890);
;// CONCATENATED MODULE: ./src/sign/image-provenance.ts


/** The run, when these are GitHub Actions variables (GITHUB_REPOSITORY and GITHUB_SHA at least). */
function githubRun(env) {
    if (!env.GITHUB_REPOSITORY || !env.GITHUB_SHA)
        return undefined;
    return {
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
    };
}
async function imageProvenance(client, image, run, fallbackBuilderId) {
    const labels = await (0,attest/* imageLabels */.J0)(client, image.repository, image.digest);
    const base = labels['org.opencontainers.image.base.name'] && labels['org.opencontainers.image.base.digest']
        ? {
            name: labels['org.opencontainers.image.base.name'],
            digest: labels['org.opencontainers.image.base.digest'],
        }
        : undefined;
    const source = labels['org.opencontainers.image.source'] && labels['org.opencontainers.image.revision']
        ? {
            url: labels['org.opencontainers.image.source'],
            revision: labels['org.opencontainers.image.revision'],
        }
        : undefined;
    return (0,provenance/* slsaProvenance */.$f)({ parameters: { image: `${image.name}@${image.digest}` }, base }, run, {
        builderId: fallbackBuilderId,
        source,
    });
}

// EXTERNAL MODULE: ./src/sign/modes.ts + 4 modules
var modes = __webpack_require__(15643);
// EXTERNAL MODULE: ./src/sign/signatures.ts + 1 modules
var signatures = __webpack_require__(27908);
// EXTERNAL MODULE: ./src/sbom/index.ts + 3 modules
var src_sbom = __webpack_require__(76670);
// EXTERNAL MODULE: ./src/values.ts
var src_values = __webpack_require__(74777);
// EXTERNAL MODULE: ./src/sign/image-sbom.ts
var image_sbom = __webpack_require__(88028);
;// CONCATENATED MODULE: ./src/sign/sign-and-attest.ts
/**
 * What the sign action and `osimg sign --attest` do: resolve the image to a digest once, make every
 * predicate first (SLSA provenance, the SBOM read from the image's files), then sign the digest and attach
 * each attestation, all by the same signer (key or keyless identity). Predicates come before any write, so
 * a failing SBOM extraction leaves the registry as it was rather than an image signed but not attested.
 */









const ATTESTATION_KINDS = ['provenance', 'spdx', 'cyclonedx'];
const PREDICATE_TYPE_OF = {
    provenance: provenance/* SLSA_PROVENANCE_V1 */.us,
    spdx: provenance/* PREDICATE_TYPES */.Cs.spdxjson,
    cyclonedx: provenance/* PREDICATE_TYPES */.Cs.cyclonedx,
};
/** A list of kinds (newline or comma separated); empty means `fallback`, `none` means no attestation. */
function parseAttestationKinds(text, name, fallback) {
    const items = (0,src_values/* parseList */.E1)(text).map((item) => item.toLowerCase());
    if (items.length === 0)
        return [...fallback];
    if (items.length === 1 && items[0] === 'none')
        return [];
    const unknown = items.filter((item) => !ATTESTATION_KINDS.includes(item));
    if (unknown.length > 0) {
        throw new errors/* ConfigurationError */.j1(`${name}: unknown attestation ${unknown.join(', ')}; use provenance, spdx, cyclonedx (or none)`);
    }
    return [...new Set(items)];
}
const since = (started) => Number(process.hrtime.bigint() - started) / 1e6;
async function signAndAttest(client, ref, signer, options) {
    const started = process.hrtime.bigint();
    const now = options.now ?? new Date();
    const name = (0,reference/* repositoryName */.aR)(ref);
    // Resolved once: from here on everything names the digest, whatever the tag does meanwhile.
    const image = await (0,signatures/* resolveImage */.AT)(client, ref);
    const pinned = { ...ref, tag: undefined, digest: image.digest };
    const target = { repository: ref.repository, name, digest: image.digest };
    await signer.prepare();
    const predicates = [];
    let sbomMs = 0;
    let sbom;
    if (options.attest.includes('provenance')) {
        predicates.push({
            kind: 'provenance',
            predicate: await imageProvenance(client, target, options.run, options.fallbackBuilderId),
        });
    }
    if (options.attest.includes('spdx') || options.attest.includes('cyclonedx')) {
        const sbomStarted = process.hrtime.bigint();
        const generated = await (0,image_sbom/* imageSbom */.ns)(client, { repository: ref.repository, name, digest: image.digest, created: now.toISOString() }, options.sbom);
        sbomMs = since(sbomStarted);
        for (const kind of ['spdx', 'cyclonedx']) {
            if (options.attest.includes(kind))
                predicates.push({ kind, predicate: generated[kind] });
        }
        const format = options.attest.includes('spdx') ? 'spdx' : 'cyclonedx';
        sbom = { format, text: (0,src_sbom/* serialize */.l)(generated[format]), packages: generated.packages.length };
    }
    const signed = await (0,signatures/* signImage */.jV)(client, pinned, signer, {
        formats: options.formats,
        annotations: options.annotations,
        now,
    });
    for (const { kind, predicate } of predicates) {
        await (0,attest/* attestImage */.DT)(client, pinned, signer, PREDICATE_TYPE_OF[kind], predicate, now);
    }
    return {
        name,
        digest: image.digest,
        added: signed.added,
        attestations: predicates.map(({ kind }) => PREDICATE_TYPE_OF[kind]),
        ...(sbom ? { sbom } : {}),
        timings: { sbomMs, signMs: since(started) - sbomMs },
    };
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/oci/auth.ts
var auth = __webpack_require__(76599);
// EXTERNAL MODULE: ./src/oci/registry.ts + 1 modules
var oci_registry = __webpack_require__(94051);
;// CONCATENATED MODULE: ./src/sign/registry-access.ts
/** A registry client for an image reference: explicit credentials, else the logins in auth files. */


async function clientFor(registry, options) {
    const credentials = options.credentials ?? (await (0,auth/* credentialsFromAuthFiles */.i5)(options.authFiles, registry));
    return new oci_registry/* RegistryClient */.bP({ registry, credentials, insecure: !options.tlsVerify });
}

// EXTERNAL MODULE: ./src/cli/logger.ts
var logger = __webpack_require__(12280);
// EXTERNAL MODULE: ./src/input-file.ts
var input_file = __webpack_require__(31054);
;// CONCATENATED MODULE: ./src/cli/sign.ts
/**
 * `osimg key`, `osimg sign` and `osimg attest`: cosign-format keys, or keyless Sigstore
 * (an OIDC identity, Fulcio, Rekor) when no key is given. Passphrases, tokens and registry passwords come
 * from the environment or stdin, never from arguments.
 */




















const CLI_BUILDER_ID = `https://github.com/org/osimg/cli@${version/* VERSION */.x}`;
const SIGSTORE_OPTIONS = `Keyless (no --key): the OIDC identity token comes from GitHub Actions (the job needs
\`permissions: id-token: write\`) or SIGSTORE_ID_TOKEN; Fulcio certifies an ephemeral key for it and Rekor
logs every signature. --fulcio-url, --rekor-url (default: the public-good instance) and --tsa-url (a
RFC 3161 timestamp authority, optional) point at a private Sigstore instance.`;
const KEY_HELP = `Usage: osimg key generate [--output-key-prefix PREFIX]
       osimg key public --key PRIVATE_KEY

generate: writes PREFIX.key (cosign format: ENCRYPTED SIGSTORE PRIVATE KEY) and PREFIX.pub (default
prefix: cosign). public: prints the public key of a private key (cosign-generated keys work too).
The passphrase comes from OSIMG_KEY_PASSWORD (or COSIGN_PASSWORD), or from stdin with --passphrase-stdin.
`;
const SIGN_HELP = `Usage: osimg sign IMAGE [--key PRIVATE_KEY] [-a KEY=VALUE]... [--format legacy|bundle|both]
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
const ATTEST_HELP = `Usage: osimg attest IMAGE [--key PRIVATE_KEY] (--predicate FILE --type TYPE | --provenance)
                    [--fulcio-url URL] [--rekor-url URL] [--tsa-url URL]

Attaches a DSSE-signed in-toto statement about the digest IMAGE names, in cosign's .att layout and as a
Sigstore bundle referrer. TYPE is slsaprovenance, spdxjson, cyclonedx or a predicate type URI.
--provenance writes SLSA provenance v1 from the GitHub Actions context (or git) and the image's own
osimg labels (source revision, base digest). Without --key, keyless as for osimg sign.
`;
async function passphrase(context, fromStdin) {
    if (fromStdin)
        return (await context.readStdin()).replace(/\r?\n$/, '');
    const value = context.env.OSIMG_KEY_PASSWORD ?? context.env.COSIGN_PASSWORD;
    if (value === undefined) {
        throw new errors/* ConfigurationError */.j1('no key passphrase: set OSIMG_KEY_PASSWORD (or COSIGN_PASSWORD), or pass --passphrase-stdin');
    }
    return value;
}
/** A file the user named, or one sentence saying it cannot be read. */
async function readText(path, what, kind) {
    try {
        return await (0,input_file/* readInputFile */.jH)(path, kind, `${what} ${path}`);
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1)
            throw error;
        throw new errors/* ConfigurationError */.j1(`cannot read ${what} ${path}: check the path`);
    }
}
/** A registry client with the CLI's credentials: OSIMG_REGISTRY_USERNAME/PASSWORD, else the login auth files. */
function registryClient(registry, context, tlsVerify) {
    const env = context.env;
    const credentials = env.OSIMG_REGISTRY_USERNAME && env.OSIMG_REGISTRY_PASSWORD
        ? { username: env.OSIMG_REGISTRY_USERNAME, password: env.OSIMG_REGISTRY_PASSWORD }
        : undefined;
    return clientFor(registry, { credentials, authFiles: (0,request/* defaultAuthFiles */.Dc)(env), tlsVerify });
}
/** The one IMAGE a command takes, and a registry client for it. */
async function target(positionals, command, context, tlsVerify) {
    if (positionals.length !== 1)
        throw new errors/* ConfigurationError */.j1(`osimg ${command} takes one IMAGE reference`);
    const ref = (0,reference/* parseReference */.F2)(positionals[0]);
    const client = await registryClient(ref.registry, context, (0,src_values/* parseBoolean */.yG)(tlsVerify ?? '', '--tls-verify', true));
    return { ref, client };
}
/** The signer: the key named by --key (opened with the passphrase), else keyless Sigstore. */
async function signerFrom(values, context) {
    const instance = (0,modes/* sigstoreInstance */.KY)({
        fulcioUrl: values['fulcio-url'],
        rekorUrl: values['rekor-url'],
        tsaUrl: values['tsa-url'],
    });
    if (!values.key)
        return (0,modes/* chooseSigner */.Cl)(undefined, instance, context.env);
    const privateKey = await (0,keys/* openPrivateKey */.V9)(await readText((0,external_node_path_.resolve)(context.cwd, values.key), 'the key', 'key'), await passphrase(context, values['passphrase-stdin']), values.key);
    return (0,modes/* chooseSigner */.Cl)({ privateKey, publicKey: (0,keys/* openPublicKey */.Hm)((0,keys/* publicKeyPem */.rY)(privateKey)) }, instance, context.env);
}
const SIGSTORE_ARGS = {
    'fulcio-url': { type: 'string' },
    'rekor-url': { type: 'string' },
    'tsa-url': { type: 'string' },
};
async function keyCommand(args, context) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
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
        const prefix = (0,external_node_path_.resolve)(context.cwd, values['output-key-prefix'] ?? 'cosign');
        const pair = await (0,keys/* generateKeyPair */.TZ)(await passphrase(context, values['passphrase-stdin']));
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(prefix), { recursive: true });
        await (0,promises_.writeFile)(`${prefix}.key`, pair.privatePem, { mode: 0o600, flag: 'wx' }).catch((error) => {
            throw new errors/* ConfigurationError */.j1(error.code === 'EEXIST'
                ? `${prefix}.key exists already: remove it or choose another --output-key-prefix`
                : `cannot write ${prefix}.key: ${error.message}`);
        });
        await (0,files/* writeFileAtomically */.lo)(`${prefix}.pub`, pair.publicPem);
        context.stderr(`wrote ${prefix}.key and ${prefix}.pub\n`);
        return 0;
    }
    if (positionals[0] === 'public') {
        if (!values.key)
            throw new errors/* ConfigurationError */.j1('osimg key public needs --key PRIVATE_KEY');
        const key = await (0,keys/* openPrivateKey */.V9)(await readText((0,external_node_path_.resolve)(context.cwd, values.key), 'the key', 'key'), await passphrase(context, values['passphrase-stdin']), values.key);
        context.stdout((0,keys/* publicKeyPem */.rY)(key));
        return 0;
    }
    throw new errors/* ConfigurationError */.j1(`unknown key command "${positionals[0]}": use generate or public`);
}
async function signCommand(args, context) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
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
    const annotations = (0,src_values/* parseKeyValues */.Hl)((values.annotation ?? []).join('\n'), '--annotation');
    const formats = (0,signatures/* parseSignatureFormat */.fp)(values.format ?? '', '--format');
    const attest = parseAttestationKinds((values.attest ?? []).join('\n'), '--attest', []);
    if (values['sbom-output'] && !attest.some((kind) => kind !== 'provenance')) {
        throw new errors/* ConfigurationError */.j1('--sbom-output needs --attest spdx or --attest cyclonedx');
    }
    if (values['sbom-output']) {
        await (0,input_file/* requireParentDirectory */.dZ)((0,external_node_path_.resolve)(context.cwd, values['sbom-output']), '--sbom-output');
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
            log: new logger/* CliLogger */.f({ quiet: values.quiet ?? false, verbose: false }, context.stderr),
            tempDir: env.TMPDIR ?? (0,external_node_os_.tmpdir)(),
        },
    });
    if (result.sbom && values['sbom-output']) {
        await (0,files/* writeFileAtomically */.lo)((0,external_node_path_.resolve)(context.cwd, values['sbom-output']), result.sbom.text);
    }
    context.stderr(`${(0,signatures/* describeSignResult */.k1)(result.name, result)}\n`);
    for (const type of result.attestations)
        context.stderr(`attested ${type}\n`);
    context.stdout(`${result.name}@${result.digest}\n`);
    return 0;
}
/** The options that say whom to trust: --key, or a keyless identity, issuer and trusted root. */
async function attestCommand(args, context) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
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
        throw new errors/* ConfigurationError */.j1('give either --predicate FILE with --type, or --provenance');
    }
    if (values.predicate && !values.type)
        throw new errors/* ConfigurationError */.j1('--predicate needs --type (e.g. spdxjson, cyclonedx or a URI)');
    let predicate;
    if (values.predicate) {
        try {
            predicate = JSON.parse(await readText((0,external_node_path_.resolve)(context.cwd, values.predicate), 'the predicate', 'predicate'));
        }
        catch (error) {
            if (error instanceof errors/* ConfigurationError */.j1)
                throw error;
            throw new errors/* ConfigurationError */.j1(`the predicate ${values.predicate} is not JSON`);
        }
    }
    const signer = await signerFrom(values, context);
    const { ref, client } = await target(positionals, 'attest', context, values['tls-verify']);
    // Resolved once: the provenance and the statement name the same digest.
    const pinned = { ...ref, tag: undefined, digest: (await (0,signatures/* resolveImage */.AT)(client, ref)).digest };
    const predicateType = values.provenance ? provenance/* SLSA_PROVENANCE_V1 */.us : (0,provenance/* predicateTypeOf */.T4)(values.type);
    if (values.provenance) {
        predicate = await imageProvenance(client, { repository: ref.repository, name: (0,reference/* repositoryName */.aR)(ref), digest: pinned.digest }, githubRun(context.env), CLI_BUILDER_ID);
    }
    await signer.prepare();
    const result = await (0,attest/* attestImage */.DT)(client, pinned, signer, predicateType, predicate);
    context.stderr(`${result.added ? 'attested' : 'already attested by this key'}: ${predicateType} for ${(0,reference/* repositoryName */.aR)(ref)}@${result.digest}\n`);
    context.stdout(`${(0,reference/* repositoryName */.aR)(ref)}@${result.digest}\n`);
    return 0;
}


/***/ }),

/***/ 57115:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   Mv: () => (/* binding */ imageLayers)
/* harmony export */ });
/* unused harmony export selectPlatform */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94051);
/**
 * The layers of an image in a registry, by digest: its manifest, or for a multi-platform index the
 * manifest of the wanted platform, chosen as containers/image (buildah, podman, skopeo) chooses for a
 * pull: same OS and architecture, the variant when one is asked for. Digests are checked on the way: the
 * manifest read must be the one named.
 */


const IMAGE_MANIFESTS = new Set([_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .MEDIA_TYPES */ .Z2.ociManifest, _registry_js__WEBPACK_IMPORTED_MODULE_1__/* .MEDIA_TYPES */ .Z2.dockerManifest]);
const INDEXES = new Set([_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .MEDIA_TYPES */ .Z2.ociIndex, _registry_js__WEBPACK_IMPORTED_MODULE_1__/* .MEDIA_TYPES */ .Z2.dockerList]);
function formatPlatform(platform) {
    return [platform.os ?? '?', platform.architecture ?? '?', platform.variant].filter(Boolean).join('/');
}
/**
 * The index entry for `wanted`: OS and architecture must match; among several, the one with the wanted
 * variant (or, none wanted, the one without a variant), else the first. Entries of platform
 * unknown/unknown (build attestations) never match.
 */
function selectPlatform(manifests, wanted) {
    const candidates = manifests.filter((entry) => entry.digest && entry.platform?.os === wanted.os && entry.platform.architecture === wanted.architecture);
    return (candidates.find((entry) => (entry.platform?.variant ?? undefined) === wanted.variant) ?? candidates[0]);
}
async function readManifest(client, repository, digest, where) {
    const manifest = await client.getManifest(repository, digest);
    if (manifest.digest !== digest) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OsimgError */ .ec(`the registry returned other content for ${where}`, { code: 'DIGEST_MISMATCH' });
    }
    let json;
    try {
        json = JSON.parse(manifest.bytes.toString('utf8'));
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OsimgError */ .ec(`the manifest of ${where} is not JSON`, { code: 'REGISTRY' });
    }
    return { mediaType: json.mediaType ?? manifest.mediaType, json };
}
async function imageLayers(client, repository, digest, wanted) {
    const where = `${repository}@${digest}`;
    let { mediaType, json } = await readManifest(client, repository, digest, where);
    let manifestDigest = digest;
    let platform;
    if (INDEXES.has(mediaType) || (json.manifests && !json.layers)) {
        const entries = json.manifests ?? [];
        const entry = selectPlatform(entries, wanted);
        if (!entry?.digest) {
            const have = entries
                .filter((candidate) => candidate.platform && candidate.platform.os !== 'unknown')
                .map((candidate) => formatPlatform(candidate.platform));
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OsimgError */ .ec(`${where} is a multi-platform image without a ${formatPlatform(wanted)} manifest ` +
                `(it has ${have.length > 0 ? have.join(', ') : 'no platform manifests'}): ` +
                `give the digest of the platform's manifest instead`, { code: 'NOT_FOUND' });
        }
        manifestDigest = entry.digest;
        platform = {
            os: entry.platform.os,
            architecture: entry.platform.architecture,
            ...(entry.platform.variant ? { variant: entry.platform.variant } : {}),
        };
        ({ mediaType, json } = await readManifest(client, repository, manifestDigest, `the ${formatPlatform(platform)} manifest of ${where}`));
    }
    if (!IMAGE_MANIFESTS.has(mediaType) && !json.layers) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OsimgError */ .ec(`${where} is not an image (its manifest is ${mediaType || 'of no known type'}): it has no layers to read`, { code: 'REGISTRY' });
    }
    const layers = (json.layers ?? []).map((layer, index) => {
        if (!layer.digest || typeof layer.mediaType !== 'string') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OsimgError */ .ec(`layer ${index + 1} of ${where} has no digest or media type`, {
                code: 'REGISTRY',
            });
        }
        return { mediaType: layer.mediaType, digest: layer.digest, size: layer.size ?? 0 };
    });
    return platform ? { manifestDigest, platform, layers } : { manifestDigest, layers };
}


/***/ }),

/***/ 36179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PJ: () => (/* binding */ readLayerFiles)
});

// UNUSED EXPORTS: layerCompression, readLayer

// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
// EXTERNAL MODULE: ./node_modules/fzstd/esm/index.mjs
var esm = __webpack_require__(68339);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/oci/layer-tree.ts
/**
 * An image's file tree as its layers build it up, held in memory: every path with its kind (the data only
 * of the files a caller kept), layers applied in order with the OCI whiteout rules (image-spec layer.md):
 * `.wh.NAME` removes NAME and what is under it, `.wh..wh..opq` empties its directory, each only of what
 * lower layers put there; a non-directory replaces a directory with all it held. `materialize` then writes
 * the kept files, and the links and directories that given lookups pass through, into a directory, so
 * code that reads those paths of an unpacked root filesystem (links resolved inside it) reads it unchanged.
 */


const WHITEOUT = '.wh.';
const OPAQUE = '.wh..wh..opq';
/**
 * A tar entry name as a root-relative path: "./usr/bin/" → "usr/bin"; `..` cannot climb above the root;
 * the root itself is "".
 */
function layerPath(name) {
    return external_node_path_.posix.normalize(`/${name}`).replace(/^\/+/, '').replace(/\/+$/, '');
}
/**
 * The change a tar entry makes: whiteout files become removals (other `.wh..wh.` names are aufs
 * bookkeeping and are dropped), everything else an addition or a hard link.
 */
function changeOf(path, entry, data) {
    if (path === '')
        return undefined;
    const name = external_node_path_.posix.basename(path);
    if (name.startsWith(WHITEOUT)) {
        const dir = external_node_path_.posix.dirname(path) === '.' ? '' : external_node_path_.posix.dirname(path);
        if (name === OPAQUE)
            return { op: 'opaque', path: dir };
        if (name.startsWith(`${WHITEOUT}${WHITEOUT}`))
            return undefined;
        return {
            op: 'whiteout',
            path: dir ? `${dir}/${name.slice(WHITEOUT.length)}` : name.slice(WHITEOUT.length),
        };
    }
    // The attack-surface report reads modes (setuid, world-writable) and sizes; SBOM callers ignore them.
    const meta = {};
    if (entry.mode !== undefined)
        meta.mode = entry.mode;
    if (entry.size !== undefined && entry.type === 'file')
        meta.size = entry.size;
    switch (entry.type) {
        case 'file':
            return { op: 'add', path, node: data ? { kind: 'file', data, ...meta } : { kind: 'file', ...meta } };
        case 'symlink':
            return { op: 'add', path, node: { kind: 'symlink', target: entry.linkTarget, ...meta } };
        case 'directory':
            return { op: 'add', path, node: { kind: 'directory', ...meta } };
        case 'hardlink':
            return { op: 'hardlink', path, target: layerPath(entry.linkTarget) };
        default:
            return { op: 'add', path, node: { kind: 'other', ...meta } };
    }
}
class LayerTree {
    nodes = new Map();
    layers = 0;
    /** Applies the next layer's changes (layers in the manifest's order, lowest first). */
    apply(changes, warn = () => undefined) {
        const layer = this.layers++;
        for (const change of changes) {
            switch (change.op) {
                case 'add':
                    this.add(change.path, change.node, layer);
                    break;
                case 'hardlink': {
                    const target = this.nodes.get(change.target);
                    const linked = target && target.kind !== 'directory' ? withoutLayer(target) : { kind: 'file' };
                    if (change.keep && (linked.kind !== 'file' || !linked.data)) {
                        warn(`${change.path} is a hard link to ${change.target}, whose data was not read: it is left out`);
                    }
                    this.add(change.path, linked, layer);
                    break;
                }
                case 'whiteout':
                    this.ensureParents(change.path, layer);
                    this.removeLower(change.path, layer, true);
                    break;
                case 'opaque':
                    this.ensureParents(`${change.path}/${OPAQUE}`, layer);
                    this.removeLower(change.path, layer, false);
                    break;
            }
        }
    }
    /** The node at a root-relative path (no links followed). */
    get(path) {
        const stored = this.nodes.get(path);
        return stored && withoutLayer(stored);
    }
    /** Every path in the tree, sorted. */
    paths() {
        return [...this.nodes.keys()].sort();
    }
    add(path, node, layer) {
        this.ensureParents(path, layer);
        const existing = this.nodes.get(path);
        // A non-directory hides whatever directory was there, with everything in it.
        if (existing?.kind === 'directory' && node.kind !== 'directory')
            this.removeBelow(path);
        this.nodes.set(path, { ...node, layer });
    }
    /** Parent directories exist (implied when the tar stream leaves them out); a link or file in the way
     * is replaced by a directory, as an upper layer's directory hides what a lower layer had there. */
    ensureParents(path, layer) {
        const missing = [];
        for (let dir = parentOf(path); dir !== ''; dir = parentOf(dir)) {
            const existing = this.nodes.get(dir);
            if (existing?.kind === 'directory')
                break;
            missing.push(dir);
        }
        for (const dir of missing.reverse())
            this.nodes.set(dir, { kind: 'directory', layer });
    }
    /** Removes what lower layers put under `path`, and at `path` itself when `self`. */
    removeLower(path, layer, self) {
        const existing = this.nodes.get(path);
        if (self && existing && existing.layer < layer)
            this.nodes.delete(path);
        // Nothing is below a missing path or a non-directory (parents always exist as directories).
        if (path !== '' && existing?.kind !== 'directory')
            return;
        const kept = [];
        for (const [key, stored] of this.nodes) {
            if (!isBelow(key, path))
                continue;
            if (stored.layer < layer)
                this.nodes.delete(key);
            else
                kept.push(key);
        }
        // This layer's own entries under removed directories keep the directories they are in.
        for (const key of kept)
            this.ensureParents(key, layer);
    }
    removeBelow(path) {
        for (const key of this.nodes.keys())
            if (isBelow(key, path))
                this.nodes.delete(key);
    }
    /**
     * Writes into `dir` (which must exist) what reading `lookups` in it needs: every file whose data was
     * kept, and the symbolic links and directories those lookups pass through, following links as a
     * process chrooted there would (a lookup such as "usr/share/doc/STAR/copyright", with STAR for any one
     * name, walks every matching directory). Other links are left out: an image has hundreds (time zones,
     * man pages) and each costs a file system call. Returns the count of entries written.
     */
    materialize(dir, lookups) {
        const { links, directories } = this.walk(lookups);
        const made = new Set(['']);
        // Synchronous on purpose: these are hundreds of tiny calls, each a thread-pool round trip if async.
        const makeDirectory = (path) => {
            if (made.has(path))
                return;
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(dir, path), { recursive: true });
            for (let at = path; at !== '' && !made.has(at); at = parentOf(at))
                made.add(at);
        };
        let written = 0;
        for (const path of this.paths()) {
            const node = this.nodes.get(path);
            if (node.kind === 'directory' && directories.has(path))
                makeDirectory(path);
            else if (node.kind === 'symlink' && links.has(path)) {
                makeDirectory(parentOf(path));
                (0,external_node_fs_.symlinkSync)(node.target, (0,external_node_path_.join)(dir, path));
            }
            else if (node.kind === 'file' && node.data) {
                makeDirectory(parentOf(path));
                (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, path), node.data);
            }
            else
                continue;
            written++;
        }
        return written;
    }
    /** The links and directories that resolving `lookups` from the root passes through. */
    walk(lookups) {
        const children = new Map();
        for (const path of this.nodes.keys()) {
            const parent = parentOf(path);
            const list = children.get(parent);
            if (list)
                list.push(external_node_path_.posix.basename(path));
            else
                children.set(parent, [external_node_path_.posix.basename(path)]);
        }
        const links = new Set();
        const directories = new Set();
        const seen = new Set();
        const visit = (at, rest, hops) => {
            const key = `${at}\0${rest.join('/')}`;
            if (rest.length === 0 || hops > MAX_LINKS || seen.has(key))
                return;
            seen.add(key);
            const [name, ...tail] = rest;
            const names = name === '*' ? (children.get(at) ?? []) : [name];
            for (const child of names) {
                const path = at === '' ? child : `${at}/${child}`;
                const node = this.nodes.get(path);
                if (node?.kind === 'directory') {
                    directories.add(path);
                    visit(path, tail, hops);
                }
                else if (node?.kind === 'symlink') {
                    links.add(path);
                    // The target, resolved from the root ('..' stops there), then what was left of the lookup.
                    const target = external_node_path_.posix.normalize(node.target.startsWith('/') ? node.target : `/${at}/${node.target}`);
                    visit('', [...target.split('/').filter(Boolean), ...tail], hops + 1);
                }
            }
        };
        for (const lookup of lookups)
            visit('', lookup.split('/').filter(Boolean), 0);
        return { links, directories };
    }
}
/** As Linux's MAXSYMLINKS (and src/sbom's Rootfs). */
const MAX_LINKS = 40;
function withoutLayer(stored) {
    const { layer: _layer, ...node } = stored;
    return node;
}
function parentOf(path) {
    const slash = path.lastIndexOf('/');
    return slash === -1 ? '' : path.slice(0, slash);
}
function isBelow(path, dir) {
    return dir === '' ? path !== '' : path.startsWith(`${dir}/`);
}

;// CONCATENATED MODULE: ./src/oci/tar-reader.ts
/**
 * A streaming tar reader for image layers: chunks in, entries out, one at a time, with the data of only the
 * entries the caller asks for; the rest is counted past, never held, so a 500 MB layer costs no memory.
 * Reads ustar and GNU headers (base-256 sizes, `L`/`K` long names and link names, old sparse headers),
 * pax extended headers (`path`, `linkpath`, `size`; sparse files flagged), and stops at the end-of-archive
 * blocks (what follows is ignored, as tar does).
 */

const BLOCK = 512;
/** pax and GNU long-name bodies are names and numbers: anything bigger is not a sane archive. */
const MAX_META = 1024 * 1024;
const TYPES = {
    '0': 'file',
    '\0': 'file',
    '7': 'file',
    '1': 'hardlink',
    '2': 'symlink',
    '5': 'directory',
    '3': 'other',
    '4': 'other',
    '6': 'other',
    D: 'directory', // GNU dumpdir: a directory with a listing as data
};
class TarReader {
    onEntry;
    header = Buffer.alloc(BLOCK);
    headerFill = 0;
    /** Data bytes still to come for the current entry, then the padding to the next block. */
    remaining = 0;
    padding = 0;
    chunks;
    receive;
    /** Old GNU sparse extension blocks still to come before the current entry's data. */
    sparseBlocks = false;
    pending = {};
    zeroBlocks = 0;
    done = false;
    /** Bytes of the archive read so far, for error messages. */
    offset = 0;
    constructor(onEntry) {
        this.onEntry = onEntry;
    }
    /** Whether the end-of-archive blocks have been read. */
    get finished() {
        return this.done;
    }
    write(chunk) {
        let at = 0;
        while (at < chunk.length && !this.done) {
            if (this.remaining > 0) {
                const take = Math.min(this.remaining, chunk.length - at);
                this.chunks?.push(chunk.subarray(at, at + take));
                at += take;
                this.remaining -= take;
                this.offset += take;
                if (this.remaining === 0)
                    this.endData();
                continue;
            }
            if (this.padding > 0) {
                const take = Math.min(this.padding, chunk.length - at);
                at += take;
                this.padding -= take;
                this.offset += take;
                continue;
            }
            if (this.headerFill === 0 && chunk.length - at >= BLOCK) {
                this.block(chunk.subarray(at, at + BLOCK));
                at += BLOCK;
                continue;
            }
            const take = Math.min(BLOCK - this.headerFill, chunk.length - at);
            chunk.copy(this.header, this.headerFill, at, at + take);
            this.headerFill += take;
            at += take;
            if (this.headerFill === BLOCK) {
                this.headerFill = 0;
                this.block(this.header);
            }
        }
    }
    /** The input ended: an archive cut in the middle of an entry is an error. */
    end() {
        if (this.done)
            return;
        if (this.remaining > 0 || this.headerFill > 0 || this.sparseBlocks || hasPending(this.pending)) {
            throw this.error('the archive ends in the middle of an entry (truncated layer?)');
        }
        // No end-of-archive blocks after whole entries (or an empty input): accepted, as GNU tar does.
        this.done = true;
    }
    error(message) {
        return new errors/* OsimgError */.ec(`not a valid tar archive at byte ${this.offset}: ${message}`, {
            code: 'REGISTRY',
        });
    }
    block(block) {
        this.offset += BLOCK;
        if (this.sparseBlocks) {
            // An old GNU sparse extension block (21 map entries); byte 504 says whether another follows.
            this.sparseBlocks = block[504] !== 0;
            if (!this.sparseBlocks)
                this.startData(this.sparseData);
            return;
        }
        if (isZero(block)) {
            if (++this.zeroBlocks >= 2)
                this.done = true;
            return;
        }
        this.zeroBlocks = 0;
        if (!checksumMatches(block)) {
            throw this.error(this.offset === BLOCK
                ? 'the first header has a wrong checksum (not a tar stream, or still compressed)'
                : 'header checksum mismatch');
        }
        const flag = String.fromCharCode(block[156]);
        const headerSize = this.number(block, 124, 12);
        if (flag === 'x' || flag === 'g' || flag === 'L' || flag === 'K') {
            this.meta(flag, headerSize);
            return;
        }
        if (flag === 'V') {
            // A volume label: not a file.
            this.startData(headerSize);
            return;
        }
        let path = this.pending.path;
        if (path === undefined) {
            const name = tar_reader_text(block, 0, 100);
            // Only POSIX ustar has a prefix field; GNU headers keep other data there.
            const prefix = block.toString('latin1', 257, 263) === 'ustar\0' ? tar_reader_text(block, 345, 155) : '';
            path = prefix ? `${prefix}/${name}` : name;
        }
        const entry = {
            path,
            type: flag === 'S' ? 'file' : (TYPES[flag] ?? 'file'),
            size: this.pending.size ?? headerSize,
            mode: this.number(block, 100, 8),
            linkTarget: this.pending.linkTarget ?? tar_reader_text(block, 157, 100),
            sparse: flag === 'S' || this.pending.sparse === true,
        };
        this.pending = {};
        this.receive = this.onEntry(entry);
        if (this.receive && entry.sparse) {
            throw new errors/* OsimgError */.ec(`${entry.path} is stored as a GNU sparse file in the layer, which osimg cannot read`, { code: 'REGISTRY' });
        }
        this.chunks = this.receive ? [] : undefined;
        if (flag === 'S' && block[482] !== 0) {
            // Old GNU sparse with extension blocks: the data comes after them.
            this.sparseBlocks = true;
            this.sparseData = entry.size;
            return;
        }
        this.startData(entry.size);
    }
    /** Old GNU sparse: the size of the data that follows the extension blocks. */
    sparseData = 0;
    startData(size) {
        this.remaining = size;
        this.padding = padding(size);
        if (size === 0)
            this.endData();
    }
    endData() {
        const receive = this.receive;
        const chunks = this.chunks;
        this.receive = undefined;
        this.chunks = undefined;
        if (receive && chunks)
            receive(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks));
    }
    /** A pax or GNU long-name header: its data describes the next entry (a pax global header: ignored). */
    meta(flag, size) {
        if (size > MAX_META)
            throw this.error(`a "${flag}" header of ${size} bytes`);
        this.chunks = [];
        this.receive = (data) => {
            if (flag === 'L')
                this.pending.path = cString(data);
            else if (flag === 'K')
                this.pending.linkTarget = cString(data);
            else if (flag === 'x')
                this.pax(data);
        };
        this.startData(size);
    }
    pax(data) {
        for (const [key, value] of paxRecords(data, (message) => this.error(message))) {
            if (key === 'path')
                this.pending.path = value;
            else if (key === 'linkpath')
                this.pending.linkTarget = value;
            else if (key === 'size') {
                if (!/^\d+$/.test(value))
                    throw this.error(`pax size "${value}" is not a number`);
                this.pending.size = Number(value);
            }
            else if (key.startsWith('GNU.sparse.')) {
                this.pending.sparse = true;
                if (key === 'GNU.sparse.name')
                    this.pending.path = value;
            }
        }
    }
    /** An octal field, or GNU's base-256 form (high bit of the first byte set) for large values. */
    number(block, start, length) {
        const field = block.subarray(start, start + length);
        if (field[0] & 0x80) {
            if (field[0] === 0xff)
                throw this.error('a negative number in a header');
            let value = field[0] & 0x7f;
            for (let i = 1; i < field.length; i++)
                value = value * 256 + field[i];
            if (!Number.isSafeInteger(value))
                throw this.error('a number too large in a header');
            return value;
        }
        const digits = field
            .toString('latin1')
            .replace(/[\0 ]+$/, '')
            .trim();
        if (digits === '')
            return 0;
        if (!/^[0-7]+$/.test(digits))
            throw this.error(`"${digits}" is not an octal number`);
        return parseInt(digits, 8);
    }
}
function hasPending(pending) {
    return Object.keys(pending).length > 0;
}
function padding(size) {
    return (BLOCK - (size % BLOCK)) % BLOCK;
}
function isZero(block) {
    for (let i = 0; i < BLOCK; i++)
        if (block[i] !== 0)
            return false;
    return true;
}
/** The header sum with the checksum field read as spaces; old tars summed signed bytes. */
function checksumMatches(header) {
    const field = header
        .toString('latin1', 148, 156)
        .replace(/[\0 ]+$/, '')
        .trim();
    if (!/^[0-7]+$/.test(field))
        return false;
    const stored = parseInt(field, 8);
    let unsigned = 0;
    let signed = 0;
    for (let i = 0; i < BLOCK; i++) {
        const byte = i >= 148 && i < 156 ? 0x20 : header[i];
        unsigned += byte;
        signed += byte > 127 ? byte - 256 : byte;
    }
    return stored === unsigned || stored === signed;
}
/** A NUL-terminated (or full-width) header field. */
function tar_reader_text(header, start, length) {
    const field = header.subarray(start, start + length);
    const nul = field.indexOf(0);
    return field.toString('utf8', 0, nul === -1 ? length : nul);
}
function cString(data) {
    const nul = data.indexOf(0);
    return data.toString('utf8', 0, nul === -1 ? data.length : nul);
}
/** pax records: "<length> <key>=<value>\n", the length in bytes counting the whole record. */
function paxRecords(data, error) {
    const records = [];
    let at = 0;
    while (at < data.length) {
        if (data[at] === 0)
            break; // NUL padding after the last record
        const space = data.indexOf(0x20, at);
        const length = space === -1 ? NaN : Number(data.toString('latin1', at, space));
        if (!Number.isInteger(length) || length <= space - at + 1 || at + length > data.length) {
            throw error('a malformed pax record');
        }
        const record = data.toString('utf8', space + 1, at + length - 1);
        const equals = record.indexOf('=');
        if (equals <= 0 || data[at + length - 1] !== 0x0a)
            throw error('a malformed pax record');
        records.push([record.slice(0, equals), record.slice(equals + 1)]);
        at += length;
    }
    return records;
}

;// CONCATENATED MODULE: ./src/oci/layer-files.ts
/**
 * Chosen files of an image read straight from its layer blobs in the registry: each blob streamed (its
 * digest checked at its end), decompressed (gzip; zstd with Node's zlib where it has it, else fzstd),
 * read as tar keeping the data of only the files asked for, and the layers applied in order with their
 * whiteouts. No container storage, no unpacking of anything else, no root.
 */







/** The compression a layer media type names; an unknown type is refused (its bytes cannot be read). */
function layerCompression(mediaType) {
    if (/[+.]gzip$/.test(mediaType))
        return 'gzip';
    if (/[+.]zstd$/.test(mediaType))
        return 'zstd';
    if (/[.]tar$/.test(mediaType))
        return 'none';
    throw new errors/* OsimgError */.ec(`a layer has the media type ${mediaType}, which is not a tar layer osimg can read`, {
        code: 'REGISTRY',
    });
}
/** Node's zlib has zstd from 22.15 / 23.8 (the actions' node24 runtime); older ones use fzstd (pure JS). */
function zstdDecompressor() {
    const native = (external_node_zlib_default()).createZstdDecompress;
    if (typeof native === 'function')
        return native();
    let transform = undefined;
    const decoder = new esm/* Decompress */.YM((data) => {
        transform.push(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    });
    const feed = (chunk, final, done) => {
        try {
            decoder.push(chunk, final);
            done();
        }
        catch (error) {
            done(new errors/* OsimgError */.ec(`the layer is not valid zstd data: ${error.message}`, { code: 'REGISTRY' }));
        }
    };
    transform = new external_node_stream_.Transform({
        transform: (chunk, _encoding, done) => feed(chunk, false, done),
        flush: (done) => feed(new Uint8Array(0), true, done),
    });
    return transform;
}
function decompressor(compression) {
    // zlib's default 16 KiB output pieces cost a thread-pool round trip each: 128 KiB made gunzip of the
    // example image's 675 MB ~35% faster here.
    if (compression === 'gzip')
        return external_node_zlib_default().createGunzip({ chunkSize: 128 * 1024 });
    if (compression === 'zstd')
        return zstdDecompressor();
    return undefined;
}
/** The changes one layer makes, with the data of the kept files. */
async function readLayer(client, repository, layer, keep, signal) {
    const compression = layerCompression(layer.mediaType);
    const changes = [];
    const reader = new TarReader((entry) => {
        const path = layerPath(entry.path);
        const wanted = (entry.type === 'file' || entry.type === 'hardlink') && keep(path);
        if (entry.type === 'file' && wanted) {
            return (data) => {
                const change = changeOf(path, entry, data);
                if (change)
                    changes.push(change);
            };
        }
        const change = changeOf(path, entry);
        if (change?.op === 'hardlink' && wanted)
            change.keep = true;
        if (change)
            changes.push(change);
        return undefined;
    });
    const read = async (source) => {
        for await (const chunk of source)
            reader.write(chunk);
        reader.end();
    };
    const blob = await client.openBlob(repository, layer.digest);
    const decompress = decompressor(compression);
    // Resolves once every stage has ended, the blob's digest check included.
    await (decompress ? (0,promises_.pipeline)(blob, decompress, read, { signal }) : (0,promises_.pipeline)(blob, read, { signal })).catch((error) => {
        throw new errors/* OsimgError */.ec(`cannot read layer ${layer.digest}: ${error.message}`, {
            code: error instanceof errors/* OsimgError */.ec ? error.code : 'REGISTRY',
            cause: error,
        });
    });
    return changes;
}
/**
 * The image's tree with the data of the kept files. Layers are fetched up to `concurrency` at a time and
 * applied lowest first as each is complete; the first failure stops the others.
 */
async function readLayerFiles(client, repository, layers, options) {
    const tree = new LayerTree();
    const concurrency = Math.max(1, options.concurrency ?? 2);
    const abort = new AbortController();
    let failure;
    const reads = [];
    const startUpTo = (limit) => {
        while (reads.length < Math.min(limit, layers.length)) {
            const read = readLayer(client, repository, layers[reads.length], options.keep, abort.signal);
            read.catch((error) => {
                // The first failure is the one to report; the reads it stops fail only because of it.
                if (abort.signal.aborted)
                    return;
                failure = error;
                abort.abort();
            });
            reads.push(read);
        }
    };
    for (let index = 0; index < layers.length; index++) {
        startUpTo(index + concurrency);
        let changes;
        try {
            changes = await reads[index];
        }
        catch (error) {
            throw failure ?? error;
        }
        tree.apply(changes, options.warn);
    }
    return tree;
}


/***/ }),

/***/ 50961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hq: () => (/* binding */ addToReferrersTag),
/* harmony export */   vO: () => (/* binding */ attachReferrer),
/* harmony export */   xt: () => (/* binding */ listReferrers)
/* harmony export */ });
/* unused harmony export referrersTag */
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94051);
/**
 * OCI 1.1 referrers: artifacts that name an image as their `subject`. Registries with the referrers API
 * index them; for the others (Debian's distribution 2.8, older registries) the referrers tag schema is
 * kept by hand: an image index at the tag `sha256-<hex>` listing the referring manifests.
 */



/** The OCI empty descriptor's content: `{}`. */
const EMPTY_JSON = Buffer.from('{}');
const EMPTY_MEDIA_TYPE = 'application/vnd.oci.empty.v1+json';
function referrersTag(digest) {
    return digest.replace(':', '-');
}
async function ensureBlob(client, repository, bytes) {
    const digest = (0,_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Digest */ .sI)(bytes);
    if (!(await client.blobExists(repository, digest))) {
        await client.pushBlob(repository, digest, bytes.length, () => node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable.from(bytes));
    }
    return digest;
}
function parseIndex(bytes, where) {
    try {
        const index = JSON.parse(bytes.toString('utf8'));
        if (!Array.isArray(index?.manifests))
            throw new Error('no manifests');
        return index;
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OsimgError */ .ec(`the referrers index ${where} is not an OCI image index`);
    }
}
async function tagIndex(client, repository, digest) {
    const stored = await client.findManifest(repository, referrersTag(digest));
    return stored && parseIndex(stored.bytes, `${repository}:${referrersTag(digest)}`);
}
/** Every referrer of a digest (optionally of one artifact type): referrers API first, then the tag schema. */
async function listReferrers(client, repository, digest, artifactType) {
    const fromApi = await client.getReferrers(repository, digest);
    const index = fromApi
        ? parseIndex(fromApi, `of ${repository}@${digest}`)
        : await tagIndex(client, repository, digest);
    const entries = await Promise.all((index?.manifests ?? []).map((entry) => describedReferrer(client, repository, entry)));
    return entries.filter((entry) => !artifactType || entry.artifactType === artifactType);
}
/**
 * cosign 3 lists its bundles in the tag schema index with the empty artifact type and no annotations,
 * while the manifests say `artifactType: …sigstore.bundle…`. For such entries the manifest is read and its
 * artifact type (or config media type) and annotations used, as the referrers API would have listed them.
 */
async function describedReferrer(client, repository, entry) {
    if (entry.artifactType && entry.artifactType !== EMPTY_MEDIA_TYPE)
        return entry;
    const stored = await client.findManifest(repository, entry.digest);
    if (!stored)
        return entry;
    try {
        const manifest = JSON.parse(stored.bytes.toString('utf8'));
        const type = typeof manifest.artifactType === 'string' ? manifest.artifactType : manifest.config?.mediaType;
        return {
            ...entry,
            ...(typeof type === 'string' ? { artifactType: type } : {}),
            ...(entry.annotations || !manifest.annotations ? {} : { annotations: manifest.annotations }),
        };
    }
    catch {
        return entry;
    }
}
/**
 * Attaches one blob as an artifact referring to `subject`: the blob and the empty config first, then the
 * artifact manifest by digest, then (without a referrers API) the referrers tag index. So a listed
 * referrer always resolves.
 */
async function attachReferrer(client, repository, subject, artifact) {
    const contentDigest = await ensureBlob(client, repository, artifact.content);
    const configDigest = await ensureBlob(client, repository, EMPTY_JSON);
    const manifest = {
        schemaVersion: 2,
        mediaType: _registry_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPES */ .Z2.ociManifest,
        artifactType: artifact.artifactType,
        config: { mediaType: EMPTY_MEDIA_TYPE, digest: configDigest, size: EMPTY_JSON.length },
        layers: [
            {
                mediaType: artifact.artifactType,
                digest: contentDigest,
                size: artifact.content.length,
                ...(artifact.layerAnnotations ? { annotations: artifact.layerAnnotations } : {}),
            },
        ],
        subject,
        annotations: artifact.annotations,
    };
    const bytes = Buffer.from(JSON.stringify(manifest));
    const stored = await client.putReferrer(repository, { mediaType: _registry_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPES */ .Z2.ociManifest, bytes });
    const descriptor = {
        mediaType: _registry_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPES */ .Z2.ociManifest,
        digest: stored.digest,
        size: bytes.length,
        artifactType: artifact.artifactType,
        annotations: artifact.annotations,
    };
    if (!stored.indexed)
        await addToReferrersTag(client, repository, subject.digest, descriptor);
    return descriptor;
}
/** The referrers tag schema by hand (registries without the referrers API): add one referrer to the index. */
async function addToReferrersTag(client, repository, subjectDigest, descriptor) {
    const index = (await tagIndex(client, repository, subjectDigest)) ?? {
        schemaVersion: 2,
        mediaType: _registry_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPES */ .Z2.ociIndex,
        manifests: [],
    };
    if (index.manifests.some((entry) => entry.digest === descriptor.digest))
        return;
    index.manifests.push(descriptor);
    await client.putManifest(repository, referrersTag(subjectDigest), {
        mediaType: _registry_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPES */ .Z2.ociIndex,
        bytes: Buffer.from(JSON.stringify(index)),
    });
}


/***/ }),

/***/ 476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DT: () => (/* binding */ attestImage),
/* harmony export */   J0: () => (/* binding */ imageLabels),
/* harmony export */   Jr: () => (/* binding */ requireAttestations)
/* harmony export */ });
/* unused harmony export verifiedStatements */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62148);
/* harmony import */ var _cosign_legacy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31804);
/* harmony import */ var _dsse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68980);
/* harmony import */ var _bundle_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5385);
/* harmony import */ var _image_signer_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9875);
/* harmony import */ var _signatures_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(27908);
/* harmony import */ var _provenance_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(40890);
/* harmony import */ var _trust_policy_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(20806);









/** The statements among `.att` attachments valid under the policy and about exactly this digest and name. */
function statementsIn(attachments, policy, digest, name) {
    return attachments.flatMap(({ content, layer }) => {
        const payload = (0,_trust_policy_js__WEBPACK_IMPORTED_MODULE_8__/* .attestationPayload */ .NU)(policy, content, layer.annotations);
        return (payload && (0,_dsse_js__WEBPACK_IMPORTED_MODULE_3__/* .statementFor */ .JM)(payload, digest, name)) ?? [];
    });
}
/** Statements in the `.att` image valid under the policy and about exactly this digest in this repository. */
async function verifiedStatements(client, image, digest, policy) {
    const attachments = await (0,_cosign_legacy_js__WEBPACK_IMPORTED_MODULE_2__/* .readAttachments */ .V_)(client, image.repository, digest, 'att', _cosign_legacy_js__WEBPACK_IMPORTED_MODULE_2__/* .ATTESTATION_LAYER_MEDIA_TYPE */ .FQ);
    return statementsIn(attachments, policy, digest, image.name);
}
async function attestImage(client, ref, signerLike, predicateType, predicate, now = new Date()) {
    const signer = (0,_image_signer_js__WEBPACK_IMPORTED_MODULE_5__/* .toImageSigner */ .RN)(signerLike);
    const image = await (0,_signatures_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveImage */ .AT)(client, ref);
    const { digest } = image;
    const body = Buffer.from(JSON.stringify((0,_provenance_js__WEBPACK_IMPORTED_MODULE_7__/* .statement */ .qZ)((0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryName */ .aR)(ref), digest, predicateType, predicate)));
    let added = false;
    // cosign's .att layout (what cosign v2 and most verifiers read), read once...
    const existing = await (0,_cosign_legacy_js__WEBPACK_IMPORTED_MODULE_2__/* .readAttachments */ .V_)(client, ref.repository, digest, 'att', _cosign_legacy_js__WEBPACK_IMPORTED_MODULE_2__/* .ATTESTATION_LAYER_MEDIA_TYPE */ .FQ);
    const same = signer.self !== undefined &&
        statementsIn(existing, signer.self, digest, (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryName */ .aR)(ref)).some((found) => JSON.stringify(found) === body.toString('utf8'));
    if (!same) {
        // Signed (keyless: certified and logged) before anything is written, so no layer lacks its content.
        const layer = await signer.attestation(body);
        await (0,_cosign_legacy_js__WEBPACK_IMPORTED_MODULE_2__/* .attach */ .K0)(client, ref.repository, digest, 'att', layer.content, {
            mediaType: _cosign_legacy_js__WEBPACK_IMPORTED_MODULE_2__/* .ATTESTATION_LAYER_MEDIA_TYPE */ .FQ,
            // cosign 2's verify-attestation requires the signature annotation on every layer; in `.att` the
            // signature is inside the DSSE envelope, so cosign writes it empty, and so does osimg.
            annotations: {
                [_cosign_legacy_js__WEBPACK_IMPORTED_MODULE_2__/* .PREDICATE_TYPE_ANNOTATION */ .nn]: predicateType,
                [_cosign_legacy_js__WEBPACK_IMPORTED_MODULE_2__/* .SIGNATURE_ANNOTATION */ .ZB]: '',
                ...layer.annotations,
            },
        }, existing.map((attachment) => attachment.layer));
        added = true;
    }
    // ...and a Sigstore bundle referrer (what cosign v3 writes).
    const image_ = { repository: ref.repository, name: (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryName */ .aR)(ref), ...image };
    if (await (0,_bundle_js__WEBPACK_IMPORTED_MODULE_4__/* .attachStatementBundle */ .zl)(client, image_, predicateType, predicate, signer, now.toISOString()))
        added = true;
    return { digest, added };
}
/**
 * Fails closed unless every required predicate type has an attestation for this digest valid under the
 * same policy as the signature (the same key, or the same keyless identity).
 */
async function requireAttestations(client, ref, digest, policyLike, required) {
    if (required.length === 0)
        return [];
    const policy = (0,_trust_policy_js__WEBPACK_IMPORTED_MODULE_8__/* .toTrustPolicy */ .cD)(policyLike);
    const image = { repository: ref.repository, name: (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryName */ .aR)(ref) };
    // The signature itself (cosign/sign/v1 in a bundle) is not an attestation.
    const statements = [
        ...(await verifiedStatements(client, image, digest, policy)),
        ...(await (0,_bundle_js__WEBPACK_IMPORTED_MODULE_4__/* .bundleStatements */ .rI)(client, image, digest, policy)),
    ].filter((found) => found.predicateType !== _bundle_js__WEBPACK_IMPORTED_MODULE_4__/* .COSIGN_SIGN_PREDICATE */ .u);
    const missing = required.filter((type) => !statements.some((found) => found.predicateType === type));
    if (missing.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OsimgError */ .ec(`${(0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryName */ .aR)(ref)}@${digest} has no attestation by ${(0,_trust_policy_js__WEBPACK_IMPORTED_MODULE_8__/* .describePolicy */ .wy)(policy)} of type ${missing.join(', ')} (found: ${[...new Set(statements.map((found) => found.predicateType))].join(', ') || 'none'})`, { code: 'AUTH' });
    }
    return statements;
}
/** The labels of an image's config (osimg build records the source and base there). */
async function imageLabels(client, repository, digest) {
    const manifest = JSON.parse((await client.getManifest(repository, digest)).bytes.toString('utf8'));
    if (!manifest.config?.digest)
        return {};
    const config = JSON.parse((await client.getBlob(repository, manifest.config.digest)).toString('utf8'));
    return config.config?.Labels ?? {};
}


/***/ }),

/***/ 5385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NV: () => (/* binding */ BUNDLE_MEDIA_TYPE),
/* harmony export */   oM: () => (/* binding */ statementBundle),
/* harmony export */   rI: () => (/* binding */ bundleStatements),
/* harmony export */   u: () => (/* binding */ COSIGN_SIGN_PREDICATE),
/* harmony export */   zl: () => (/* binding */ attachStatementBundle)
/* harmony export */ });
/* unused harmony export keyHint */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _oci_referrers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50961);
/* harmony import */ var _dsse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68980);
/* harmony import */ var _provenance_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40890);
/* harmony import */ var _trust_policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20806);
/**
 * Sigstore bundles (v0.3) as OCI 1.1 referrers, the layout cosign v3 writes and reads: a bundle holding a
 * DSSE envelope of an in-toto statement about the image digest (for signatures, the predicate type
 * https://sigstore.dev/cosign/sign/v1), attached to the image as an artifact whose subject is the image.
 */





const BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';
/** A stable hint naming the key: base64 of the SHA-256 of its SPKI DER. */
function keyHint(publicKey) {
    const key = publicKey.type === 'public' ? publicKey : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(publicKey);
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(key.export({ format: 'der', type: 'spki' }))
        .digest('base64');
}
function statementBundle(body, privateKey, publicKey) {
    return {
        mediaType: BUNDLE_MEDIA_TYPE,
        // Key-based and without a transparency log: the key is the trust root, named by its hint.
        verificationMaterial: { publicKey: { hint: keyHint(publicKey) }, tlogEntries: [] },
        dsseEnvelope: (0,_dsse_js__WEBPACK_IMPORTED_MODULE_2__/* .signEnvelope */ .Yj)(body, privateKey),
    };
}
/**
 * Statements in the digest's bundle referrers (listed here unless given), validly signed under the policy
 * and about exactly this digest in this repository.
 */
async function bundleStatements(client, image, digest, policy, referrers) {
    const { repository } = image;
    const statements = [];
    for (const referrer of referrers ?? (await (0,_oci_referrers_js__WEBPACK_IMPORTED_MODULE_1__/* .listReferrers */ .xt)(client, repository, digest, BUNDLE_MEDIA_TYPE))) {
        try {
            const manifest = JSON.parse((await client.getManifest(repository, referrer.digest)).bytes.toString('utf8'));
            const layer = manifest.layers?.find((candidate) => candidate.mediaType === BUNDLE_MEDIA_TYPE);
            if (!layer)
                continue;
            const payload = (0,_trust_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .bundlePayload */ .TZ)(policy, await client.getBlob(repository, layer.digest));
            const found = payload && (0,_dsse_js__WEBPACK_IMPORTED_MODULE_2__/* .statementFor */ .JM)(payload, digest, image.name);
            if (found)
                statements.push(found);
        }
        catch {
            // A referrer that cannot be read or parsed is not a valid signature; others may still be.
            continue;
        }
    }
    return statements;
}
/** Attaches a signed statement about the image as a bundle referrer (skipped when an equal one exists). */
async function attachStatementBundle(client, image, predicateType, predicate, signer, created) {
    const body = Buffer.from(JSON.stringify((0,_provenance_js__WEBPACK_IMPORTED_MODULE_3__/* .statement */ .qZ)(image.name, image.digest, predicateType, predicate)));
    if (signer.self) {
        const existing = await bundleStatements(client, image, image.digest, signer.self);
        if (existing.some((found) => JSON.stringify(found) === body.toString('utf8')))
            return false;
    }
    const bundle = await signer.bundle(body);
    await (0,_oci_referrers_js__WEBPACK_IMPORTED_MODULE_1__/* .attachReferrer */ .vO)(client, image.repository, { digest: image.digest, mediaType: image.mediaType, size: image.size }, {
        artifactType: BUNDLE_MEDIA_TYPE,
        content: bundle,
        annotations: {
            'dev.sigstore.bundle.content': 'dsse-envelope',
            'dev.sigstore.bundle.predicateType': predicateType,
            'org.opencontainers.image.created': created,
        },
        layerAnnotations: { 'org.opencontainers.image.title': `${bundleTitle(bundle)}.sigstore.json` },
    });
    return true;
}
function bundleTitle(bundle) {
    return `sha256-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bundle).digest('hex')}`;
}


/***/ }),

/***/ 20737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AC: () => (/* binding */ bundleFromLayer),
/* harmony export */   FE: () => (/* binding */ keylessAnnotations)
/* harmony export */ });
/* unused harmony exports CERTIFICATE_ANNOTATION, CHAIN_ANNOTATION, REKOR_BUNDLE_ANNOTATION, TIMESTAMP_ANNOTATION */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61040);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19654);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Keyless material in cosign's legacy layout (specs/SIGNATURE_SPEC.md), as layer annotations beside the
 * signature: the Fulcio certificate and its chain (PEM), the Rekor entry as cosign's "bundle" (the signed
 * entry timestamp and the fields it signs), and an optional RFC 3161 timestamp. Converted both ways from
 * and to a Sigstore bundle, so one verifier (sigstore-js) checks both layouts.
 */



const CERTIFICATE_ANNOTATION = 'dev.sigstore.cosign/certificate';
const CHAIN_ANNOTATION = 'dev.sigstore.cosign/chain';
const REKOR_BUNDLE_ANNOTATION = 'dev.sigstore.cosign/bundle';
const TIMESTAMP_ANNOTATION = 'dev.sigstore.cosign/rfc3161timestamp';
function pem(der) {
    return new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(der).toString();
}
/** The annotations cosign writes for a keyless signature, from the bundle sigstore-js made for it. */
function keylessAnnotations(bundle, chain) {
    const material = bundle.verificationMaterial;
    const der = material.content.$case === 'certificate'
        ? material.content.certificate.rawBytes
        : material.content.$case === 'x509CertificateChain'
            ? material.content.x509CertificateChain.certificates[0]?.rawBytes
            : undefined;
    const entry = material.tlogEntries[0];
    if (!der || !entry?.inclusionPromise) {
        throw new Error('a keyless bundle without a certificate or a signed Rekor entry timestamp');
    }
    const set = {
        SignedEntryTimestamp: entry.inclusionPromise.signedEntryTimestamp.toString('base64'),
        Payload: {
            body: entry.canonicalizedBody.toString('base64'),
            integratedTime: Number(entry.integratedTime),
            logIndex: Number(entry.logIndex),
            logID: entry.logId.keyId.toString('hex'),
        },
    };
    const annotations = {
        [CERTIFICATE_ANNOTATION]: pem(der),
        [CHAIN_ANNOTATION]: chain.join(''),
        [REKOR_BUNDLE_ANNOTATION]: JSON.stringify(set),
    };
    const timestamp = material.timestampVerificationData?.rfc3161Timestamps[0];
    if (timestamp) {
        annotations[TIMESTAMP_ANNOTATION] = JSON.stringify({
            SignedRFC3161Timestamp: timestamp.signedTimestamp.toString('base64'),
        });
    }
    return annotations;
}
function tlogEntryFrom(text) {
    const set = JSON.parse(text);
    const body = Buffer.from(set.Payload.body, 'base64');
    const { kind, apiVersion } = JSON.parse(body.toString('utf8'));
    return {
        logIndex: String(set.Payload.logIndex),
        logId: { keyId: Buffer.from(set.Payload.logID, 'hex') },
        kindVersion: { kind, version: apiVersion },
        integratedTime: String(set.Payload.integratedTime),
        inclusionPromise: { signedEntryTimestamp: Buffer.from(set.SignedEntryTimestamp, 'base64') },
        inclusionProof: undefined,
        canonicalizedBody: body,
    };
}
/**
 * The Sigstore bundle equivalent to a keyless legacy layer (a plain signature over `payload`, or a DSSE
 * envelope); undefined when the layer carries no certificate or Rekor bundle (it is not keyless). Throws
 * on malformed annotations; callers treat that as "not a valid signature".
 */
function bundleFromLayer(content, annotations) {
    const certificate = annotations?.[CERTIFICATE_ANNOTATION];
    const rekor = annotations?.[REKOR_BUNDLE_ANNOTATION];
    if (!certificate || !rekor)
        return undefined;
    const timestamp = annotations[TIMESTAMP_ANNOTATION];
    const rfc3161Timestamps = timestamp
        ? [
            {
                signedTimestamp: Buffer.from(JSON.parse(timestamp).SignedRFC3161Timestamp, 'base64'),
            },
        ]
        : [];
    const verificationMaterial = {
        content: {
            $case: 'certificate',
            certificate: { rawBytes: new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(certificate).raw },
        },
        tlogEntries: [tlogEntryFrom(rekor)],
        timestampVerificationData: { rfc3161Timestamps },
    };
    if ('envelope' in content) {
        return {
            mediaType: _sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.BUNDLE_V03_MEDIA_TYPE,
            verificationMaterial,
            content: { $case: 'dsseEnvelope', dsseEnvelope: (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.envelopeFromJSON)(content.envelope) },
        };
    }
    return {
        mediaType: _sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.BUNDLE_V03_MEDIA_TYPE,
        verificationMaterial,
        content: {
            $case: 'messageSignature',
            messageSignature: {
                messageDigest: {
                    algorithm: _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_2__.HashAlgorithm.SHA2_256,
                    digest: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(content.payload).digest(),
                },
                signature: Buffer.from(content.signature, 'base64'),
            },
        },
    };
}


/***/ }),

/***/ 31804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FQ: () => (/* binding */ ATTESTATION_LAYER_MEDIA_TYPE),
/* harmony export */   K0: () => (/* binding */ attach),
/* harmony export */   Ko: () => (/* binding */ attachmentTag),
/* harmony export */   Nm: () => (/* binding */ SIGNATURE_LAYER_MEDIA_TYPE),
/* harmony export */   V_: () => (/* binding */ readAttachments),
/* harmony export */   ZB: () => (/* binding */ SIGNATURE_ANNOTATION),
/* harmony export */   nn: () => (/* binding */ PREDICATE_TYPE_ANNOTATION),
/* harmony export */   yz: () => (/* binding */ readSignatures)
/* harmony export */ });
/* unused harmony exports signatureTag, pushBuffer */
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _oci_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94051);
/**
 * cosign's original attachment storage, which podman, skopeo and bootc read today: an OCI image manifest
 * at the tag `sha256-<hex>.sig` (signatures: the simple-signing payload, the signature in the
 * `dev.cosignproject.cosign/signature` annotation) or `.att` (DSSE attestations) in the image's repository.
 */



const SIGNATURE_LAYER_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
const SIGNATURE_ANNOTATION = 'dev.cosignproject.cosign/signature';
const CONFIG_MEDIA_TYPE = 'application/vnd.oci.image.config.v1+json';
const ATTESTATION_LAYER_MEDIA_TYPE = 'application/vnd.dsse.envelope.v1+json';
const PREDICATE_TYPE_ANNOTATION = 'predicateType';
/** `sha256:abc…` → `sha256-abc….sig` (or `.att`) */
function attachmentTag(digest, kind) {
    return `${digest.replace(':', '-')}.${kind}`;
}
function signatureTag(digest) {
    return attachmentTag(digest, 'sig');
}
/** The layers of one media type stored at a digest's attachment tag (none when the tag does not exist). */
async function readAttachments(client, repository, digest, kind, mediaType) {
    const stored = await client.findManifest(repository, attachmentTag(digest, kind));
    if (!stored)
        return [];
    let manifest;
    try {
        manifest = JSON.parse(stored.bytes.toString('utf8'));
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OsimgError */ .ec(`the ${kind} manifest of ${repository}@${digest} is not JSON`);
    }
    const attachments = [];
    for (const layer of Array.isArray(manifest?.layers) ? manifest.layers : []) {
        if (layer.mediaType !== mediaType)
            continue;
        attachments.push({ content: await client.getBlob(repository, layer.digest), layer });
    }
    return attachments;
}
/** The signatures stored for a digest. */
async function readSignatures(client, repository, digest) {
    return (await readAttachments(client, repository, digest, 'sig', SIGNATURE_LAYER_MEDIA_TYPE)).flatMap(({ content, layer }) => {
        const signature = layer.annotations?.[SIGNATURE_ANNOTATION];
        return signature ? [{ payload: content, signature, layer }] : [];
    });
}
/** The config cosign writes for an attachment image: empty, with one diff_id per layer. */
function attachmentConfig(layers) {
    return Buffer.from(JSON.stringify({
        architecture: '',
        created: '0001-01-01T00:00:00Z',
        history: [{ created: '0001-01-01T00:00:00Z' }],
        os: '',
        rootfs: { type: 'layers', diff_ids: layers.map((layer) => layer.digest) },
        config: {},
    }));
}
/** Uploads `bytes` as a blob unless the repository has it. */
async function pushBuffer(client, repository, bytes) {
    const digest = (0,_oci_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Digest */ .sI)(bytes);
    if (!(await client.blobExists(repository, digest))) {
        await client.pushBlob(repository, digest, bytes.length, () => node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable.from(bytes));
    }
    return { digest, size: bytes.length };
}
/**
 * Adds a layer to a digest's attachment image, keeping the layers already there. Blobs go first and the
 * manifest last, so a reader never sees a layer without its content.
 */
async function attach(client, repository, digest, kind, content, layer, existing) {
    const blob = await pushBuffer(client, repository, content);
    const layers = [...existing, { ...layer, digest: blob.digest, size: blob.size }];
    const config = await pushBuffer(client, repository, attachmentConfig(layers));
    const manifest = {
        schemaVersion: 2,
        mediaType: _oci_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPES */ .Z2.ociManifest,
        config: { mediaType: CONFIG_MEDIA_TYPE, digest: config.digest, size: config.size },
        layers,
    };
    await client.putManifest(repository, attachmentTag(digest, kind), {
        mediaType: _oci_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPES */ .Z2.ociManifest,
        bytes: Buffer.from(JSON.stringify(manifest)),
    });
}


/***/ }),

/***/ 68980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JM: () => (/* binding */ statementFor),
/* harmony export */   T4: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE),
/* harmony export */   Yj: () => (/* binding */ signEnvelope),
/* harmony export */   hk: () => (/* binding */ openEnvelope),
/* harmony export */   mE: () => (/* binding */ parseEnvelope)
/* harmony export */ });
/* unused harmony export pae */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _signed_identity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33208);
/**
 * DSSE envelopes (the signature wrapper of in-toto attestations): the signature covers the
 * pre-authentication encoding PAE(type, body) = "DSSEv1 <len(type)> <type> <len(body)> <body>".
 */



const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
function pae(payloadType, body) {
    const type = Buffer.from(payloadType);
    return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `), type, Buffer.from(` ${body.length} `), body]);
}
function signEnvelope(body, key, payloadType = IN_TOTO_PAYLOAD_TYPE) {
    const sig = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createSign)('sha256').update(pae(payloadType, body)).sign(key).toString('base64');
    return { payloadType, payload: body.toString('base64'), signatures: [{ keyid: '', sig }] };
}
function parseEnvelope(bytes) {
    let envelope;
    try {
        envelope = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OsimgError */ .ec('an attestation is not a JSON DSSE envelope');
    }
    if (typeof envelope?.payloadType !== 'string' ||
        typeof envelope.payload !== 'string' ||
        !Array.isArray(envelope.signatures)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OsimgError */ .ec('an attestation is not a DSSE envelope (payloadType, payload, signatures)');
    }
    return envelope;
}
/** The payload when any signature verifies with the key, else undefined. */
function openEnvelope(envelope, key) {
    const body = Buffer.from(envelope.payload, 'base64');
    const message = pae(envelope.payloadType, body);
    const valid = envelope.signatures.some((signature) => {
        try {
            return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createVerify)('sha256').update(message).verify(key, Buffer.from(signature.sig, 'base64'));
        }
        catch {
            return false;
        }
    });
    return valid ? body : undefined;
}
/**
 * The in-toto statement in a payload when a subject is exactly `digest` (algorithm:hex) in `repository`
 * (the full name, `registry/path`; see signed-identity.ts); else undefined.
 */
function statementFor(body, digest, repository) {
    const [algorithm, hex] = digest.split(':');
    try {
        const statement = JSON.parse(body.toString('utf8'));
        return statement.subject?.some((subject) => subject.digest?.[algorithm] === hex && (0,_signed_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .subjectNameAllowed */ .G)(subject.name, repository, digest))
            ? statement
            : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 27435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MY: () => (/* binding */ compileIdentityPolicy),
/* harmony export */   qg: () => (/* binding */ describeIdentityPolicy)
/* harmony export */ });
/* unused harmony export GITHUB_ACTIONS_ISSUER */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * Who a keyless signature must come from: the certificate's subject alternative name (exact, or a regular
 * expression that must match all of it) and the OIDC issuer Fulcio recorded in it. Both are required, as
 * cosign requires them: an identity without its issuer would trust anyone who can mint that name anywhere.
 */

const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
/** Checks a policy for completeness and compiles its regular expression; throws a sentence otherwise. */
function compileIdentityPolicy(policy, names) {
    const identity = policy.identity?.trim() ?? '';
    const regexp = policy.identityRegexp?.trim() ?? '';
    const issuer = policy.issuer?.trim() ?? '';
    if (identity && regexp) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`give ${names.identity} or ${names.identityRegexp}, not both`);
    }
    if (!identity && !regexp) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`keyless verification needs ${names.identity} (or ${names.identityRegexp}) and ${names.issuer}: name the workflow that must have signed`);
    }
    if (!issuer) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`keyless verification needs ${names.issuer} too (GitHub Actions: ${GITHUB_ACTIONS_ISSUER})`);
    }
    let matches;
    if (identity) {
        matches = (name) => name === identity;
    }
    else {
        let compiled;
        try {
            // Anchored, so a pattern written for one workflow cannot match a longer name that merely starts
            // (or ends) with it, e.g. another repository whose name extends this one.
            compiled = new RegExp(`^(?:${regexp})$`, 'u');
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${names.identityRegexp} is not a valid regular expression: ${regexp}`, {
                cause: error,
            });
        }
        matches = (name) => compiled.test(name);
    }
    return (signer) => signer.issuer === issuer &&
        signer.subjectAlternativeName !== undefined &&
        matches(signer.subjectAlternativeName);
}
/** One line naming a policy, for messages. */
function describeIdentityPolicy(policy) {
    const who = policy.identity ? `"${policy.identity}"` : `/^(?:${policy.identityRegexp ?? ''})$/`;
    return `identity ${who} from issuer "${policy.issuer ?? ''}"`;
}


/***/ }),

/***/ 88028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kk: () => (/* binding */ SBOM_LOOKUPS),
/* harmony export */   ns: () => (/* binding */ imageSbom),
/* harmony export */   sV: () => (/* binding */ isSbomInput)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _build_platform_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42161);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _oci_image_layers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57115);
/* harmony import */ var _oci_layer_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(36179);
/* harmony import */ var _sbom_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(76670);
/* harmony import */ var _scratch_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(54865);
/**
 * The SBOM of a signed image, read from the image's own files: the layers of the signed digest (the
 * host platform's manifest of an index, as a pull would pick) are streamed from the registry, and only
 * the files src/sbom reads (package databases, copyright files, os-release) are kept, with every symbolic
 * link and the whiteouts of upper layers applied, in a small directory tree that the generator behind
 * `osimg sbom` reads as it reads an unpacked root filesystem. Reading by digest means the SBOM describes
 * exactly what is signed; nothing is unpacked or mounted, so no root and no user namespace are needed.
 */








/**
 * Whether src/sbom reads the file at this root-relative path: /etc/os-release and /usr/lib/os-release,
 * dpkg's status and status.d/*, /usr/share/doc/<package>/copyright, the rpm databases (rpmdb.sqlite and
 * its -wal; the Berkeley DB and ndb Packages files only to name them in an error), apk's
 * /lib/apk/db/installed. Matched by name and parent directory rather than whole path, so a file reached
 * through a directory link (/lib → usr/lib, /var/lib/rpm → ../../usr/lib/sysimage/rpm) is kept too.
 */
function isSbomInput(path) {
    const parts = path.split('/');
    const name = parts.at(-1);
    const parent = parts.at(-2);
    switch (name) {
        case 'os-release':
        case 'copyright':
        case 'rpmdb.sqlite':
        case 'rpmdb.sqlite-wal':
            return true;
        case 'status':
            return parent === 'dpkg';
        case 'installed':
            return parent === 'db';
        case 'Packages':
        case 'Packages.db':
            return parent === 'rpm';
    }
    return parent === 'status.d';
}
/**
 * The paths src/sbom looks up (`*`: any one name), so that the links and directories on the way are
 * written too, as the image has them: e.g. /etc/os-release → ../usr/lib/os-release, /lib → usr/lib,
 * /usr/share/doc/libstdc++6 → gcc-12-base, and an empty status.d (which still is a dpkg database).
 */
const SBOM_LOOKUPS = [
    'etc/os-release',
    'usr/lib/os-release',
    'var/lib/dpkg/status',
    'var/lib/dpkg/status.d/*',
    'usr/share/doc/*/copyright',
    ...['usr/lib/sysimage/rpm', 'var/lib/rpm'].flatMap((dir) => ['rpmdb.sqlite', 'rpmdb.sqlite-wal', 'Packages', 'Packages.db'].map((name) => `${dir}/${name}`)),
    'lib/apk/db/installed',
];
async function imageSbom(client, image, deps) {
    const platform = deps.platform ?? { os: 'linux', architecture: (0,_build_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .ociArchitecture */ .Jk)(process.arch) };
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(deps.tempDir, { recursive: true });
    const work = (await (0,_scratch_files_js__WEBPACK_IMPORTED_MODULE_7__/* .makeScratch */ .lP)(deps.tempDir, 'osimg-sbom-')).path;
    try {
        const found = await (0,_oci_image_layers_js__WEBPACK_IMPORTED_MODULE_4__/* .imageLayers */ .Mv)(client, image.repository, image.digest, platform);
        const bytes = found.layers.reduce((sum, layer) => sum + layer.size, 0);
        deps.log.info(`reading the package databases of ${image.name}@${image.digest}` +
            `${found.platform ? ` (${(0,_oci_image_layers_js__WEBPACK_IMPORTED_MODULE_4__/* .formatPlatform */ .Bq)(found.platform)})` : ''} from its ` +
            `${found.layers.length} layers (${(bytes / 1e6).toFixed(0)} MB)`);
        const tree = await (0,_oci_layer_files_js__WEBPACK_IMPORTED_MODULE_5__/* .readLayerFiles */ .PJ)(client, image.repository, found.layers, {
            keep: isSbomInput,
            warn: (message) => deps.log.warning(message),
            concurrency: deps.concurrency,
        });
        const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(work, 'rootfs');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(root);
        tree.materialize(root, SBOM_LOOKUPS);
        const sbom = await (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_6__/* .generateSbom */ .N)(root, {
            imageName: image.name,
            digest: image.digest,
            created: image.created,
        });
        for (const warning of sbom.warnings)
            deps.log.warning(warning);
        deps.log.info(`SBOM: ${sbom.packages.length} packages from ${sbom.databases.join(', ') || 'no package database'}`);
        return sbom;
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .OsimgError */ .ec)
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .OsimgError */ .ec(`cannot read the files of ${image.name}@${image.digest}: ${error.message}`, {
            cause: error,
        });
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(work, { recursive: true, force: true }).catch((error) => {
            deps.log.warning(`could not remove ${work}: ${error.message}`);
        });
    }
}


/***/ }),

/***/ 9875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J8: () => (/* binding */ sigstoreSigner),
/* harmony export */   RN: () => (/* binding */ toImageSigner),
/* harmony export */   Ye: () => (/* binding */ keySigner)
/* harmony export */ });
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61040);
/* harmony import */ var _cosign_legacy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31804);
/* harmony import */ var _cosign_keyless_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20737);
/* harmony import */ var _dsse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68980);
/* harmony import */ var _bundle_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5385);
/* harmony import */ var _simple_signing_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83253);






function keySigner(keys) {
    return {
        self: { kind: 'key', publicKey: keys.publicKey },
        prepare: () => Promise.resolve(),
        describe: () => Promise.resolve('a key'),
        simpleSigning: (payload) => Promise.resolve({ [_cosign_legacy_js__WEBPACK_IMPORTED_MODULE_1__/* .SIGNATURE_ANNOTATION */ .ZB]: (0,_simple_signing_js__WEBPACK_IMPORTED_MODULE_5__/* .signPayload */ .cM)(payload, keys.privateKey) }),
        attestation: (statement) => Promise.resolve({
            content: Buffer.from(JSON.stringify((0,_dsse_js__WEBPACK_IMPORTED_MODULE_3__/* .signEnvelope */ .Yj)(statement, keys.privateKey))),
            annotations: {},
        }),
        bundle: (statement) => Promise.resolve(Buffer.from(JSON.stringify((0,_bundle_js__WEBPACK_IMPORTED_MODULE_4__/* .statementBundle */ .oM)(statement, keys.privateKey, keys.publicKey)))),
    };
}
function sigstoreSigner(signer) {
    return {
        self: undefined,
        async prepare() {
            await signer.signingCertificate();
        },
        async describe() {
            const { subjectAlternativeName, issuer } = await signer.signingCertificate();
            return `keyless identity "${subjectAlternativeName}" from issuer "${issuer}"`;
        },
        async simpleSigning(payload) {
            const bundle = await signer.messageBundle(payload);
            if (bundle.content.$case !== 'messageSignature')
                throw new Error('expected a message signature bundle');
            const { chain } = await signer.signingCertificate();
            return {
                [_cosign_legacy_js__WEBPACK_IMPORTED_MODULE_1__/* .SIGNATURE_ANNOTATION */ .ZB]: bundle.content.messageSignature.signature.toString('base64'),
                ...(0,_cosign_keyless_js__WEBPACK_IMPORTED_MODULE_2__/* .keylessAnnotations */ .FE)(bundle, chain),
            };
        },
        async attestation(statement) {
            // cosign's .att layout records attestations as Rekor `intoto` entries.
            const bundle = await signer.dsseBundle(statement, _dsse_js__WEBPACK_IMPORTED_MODULE_3__/* .IN_TOTO_PAYLOAD_TYPE */ .T4, 'intoto');
            if (bundle.content.$case !== 'dsseEnvelope')
                throw new Error('expected a DSSE bundle');
            const { chain } = await signer.signingCertificate();
            const json = (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.bundleToJSON)(bundle);
            return {
                content: Buffer.from(JSON.stringify(json.dsseEnvelope)),
                annotations: (0,_cosign_keyless_js__WEBPACK_IMPORTED_MODULE_2__/* .keylessAnnotations */ .FE)(bundle, chain),
            };
        },
        async bundle(statement) {
            // Bundles (cosign v3) record DSSE envelopes as Rekor `dsse` entries.
            const bundle = await signer.dsseBundle(statement, _dsse_js__WEBPACK_IMPORTED_MODULE_3__/* .IN_TOTO_PAYLOAD_TYPE */ .T4, 'dsse');
            return Buffer.from(JSON.stringify((0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.bundleToJSON)(bundle)));
        },
    };
}
function toImageSigner(signer) {
    return 'simpleSigning' in signer ? signer : keySigner(signer);
}


/***/ }),

/***/ 82821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hm: () => (/* binding */ openPublicKey),
/* harmony export */   TZ: () => (/* binding */ generateKeyPair),
/* harmony export */   V9: () => (/* binding */ openPrivateKey),
/* harmony export */   rY: () => (/* binding */ publicKeyPem)
/* harmony export */ });
/* unused harmony exports PRIVATE_KEY_PEM_TYPE, MAX_KEY_LENGTH, sealPrivateKey, SCRYPT_LIMITS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var tweetnacl__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80668);
/* harmony import */ var tweetnacl__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(tweetnacl__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/**
 * Signing keys in cosign's format, so keys move freely between osimg, cosign, skopeo and podman:
 * an ECDSA P-256 key whose PKCS#8 DER is sealed in go-securesystemslib's `encrypted` envelope
 * (scrypt KDF + NaCl secretbox, JSON) inside an `ENCRYPTED SIGSTORE PRIVATE KEY` PEM block, and the
 * public key as a PKIX `PUBLIC KEY` PEM.
 */



const PRIVATE_KEY_PEM_TYPE = 'ENCRYPTED SIGSTORE PRIVATE KEY';
/** cosign 1.x wrote this type; the content is the same envelope. */
const LEGACY_PRIVATE_KEY_PEM_TYPE = 'ENCRYPTED COSIGN PRIVATE KEY';
/** scrypt cost of go-securesystemslib's default (what cosign uses): N=2^15, r=8, p=1. */
const SCRYPT = { N: 32768, r: 8, p: 1 };
function deriveKey(passphrase, salt, params) {
    return new Promise((resolve, reject) => {
        // 128 * N * r bytes of memory; Node's default cap (32 MiB) is just below what N=2^15, r=8 needs.
        (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.scrypt)(passphrase, salt, 32, { ...params, maxmem: 256 * params.N * params.r + 1024 * 1024 }, (error, key) => (error ? reject(error) : resolve(key)));
    });
}
function pem(type, der) {
    const body = der
        .toString('base64')
        .replace(/(.{64})/g, '$1\n')
        .replace(/\n$/, '');
    return `-----BEGIN ${type}-----\n${body}\n-----END ${type}-----\n`;
}
/** Keys are a few hundred bytes; anything far larger is not a key (docs/limits.md). */
const MAX_KEY_LENGTH = 64 * 1024;
const PEM_BEGIN = /^-----BEGIN ([A-Z0-9 ]{1,64})-----$/;
const PEM_BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/**
 * The first PEM block of a text, read line by line (one pass: a file of nothing but BEGIN lines costs
 * no more than its length). Its body must be base64 and its END line must name the same type.
 */
function unpem(text, what) {
    if (text.length > MAX_KEY_LENGTH) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${what} is ${text.length} bytes long; a key is at most ${MAX_KEY_LENGTH} bytes: give the key file itself`);
    }
    const lines = text.split('\n').map((line) => line.trim());
    const begin = lines.findIndex((line) => line.startsWith('-----BEGIN '));
    const type = begin < 0 ? undefined : PEM_BEGIN.exec(lines[begin])?.[1];
    if (type === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${what} is not a PEM file: expected a -----BEGIN ...----- line`);
    }
    const end = lines.findIndex((line, index) => index > begin && line.startsWith('-----'));
    if (end < 0 || lines[end] !== `-----END ${type}-----`) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${what} is damaged: its ${type} block has no matching -----END ${type}----- line`);
    }
    const body = lines.slice(begin + 1, end).join('');
    if (!PEM_BASE64.test(body) || body.length % 4 === 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${what} is damaged: its ${type} block is not base64`);
    }
    return { type, der: Buffer.from(body, 'base64') };
}
/** A new P-256 key pair, the private key sealed with `passphrase` (an empty one is allowed, as in cosign). */
async function generateKeyPair(passphrase) {
    const { privateKey, publicKey } = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.generateKeyPairSync)('ec', { namedCurve: 'prime256v1' });
    return { privatePem: await sealPrivateKey(privateKey, passphrase), publicPem: publicKeyPem(publicKey) };
}
async function sealPrivateKey(privateKey, passphrase) {
    refuseEmptyPassphrase(passphrase, 'the new private key');
    const der = privateKey.export({ format: 'der', type: 'pkcs8' });
    const salt = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(32);
    const nonce = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(24);
    const key = await deriveKey(passphrase, salt, SCRYPT);
    const sealed = tweetnacl__WEBPACK_IMPORTED_MODULE_1___default().secretbox(new Uint8Array(der), new Uint8Array(nonce), new Uint8Array(key));
    const envelope = {
        kdf: { name: 'scrypt', params: SCRYPT, salt: salt.toString('base64') },
        cipher: { name: 'nacl/secretbox', nonce: nonce.toString('base64') },
        ciphertext: Buffer.from(sealed).toString('base64'),
    };
    return pem(PRIVATE_KEY_PEM_TYPE, Buffer.from(JSON.stringify(envelope)));
}
/** An empty passphrase leaves a sealed key as good as unencrypted: osimg neither writes nor accepts one. */
function refuseEmptyPassphrase(passphrase, name) {
    if (passphrase !== '')
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`the passphrase for ${name} is empty, which leaves the key as good as unencrypted: set a passphrase (OSIMG_KEY_PASSWORD, --passphrase-stdin, or the action's key-passphrase input)`);
}
/** The public half of a key (private or public), as a PKIX PEM. */
function publicKeyPem(key) {
    const publicKey = key.type === 'public' ? key : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(key);
    return pem('PUBLIC KEY', publicKey.export({ format: 'der', type: 'spki' }));
}
/**
 * Opens a cosign-format private key (or a plain PKCS#8 / SEC1 PEM). A wrong passphrase and a damaged key
 * both say so in one sentence.
 */
async function openPrivateKey(text, passphrase, name = 'the private key') {
    const { type, der } = unpem(text, name);
    if (type === 'PRIVATE KEY' || type === 'EC PRIVATE KEY') {
        return decodePrivateKey(der, type === 'PRIVATE KEY' ? 'pkcs8' : 'sec1', `${name} is not a valid ${type}`);
    }
    if (type !== PRIVATE_KEY_PEM_TYPE && type !== LEGACY_PRIVATE_KEY_PEM_TYPE) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${name} is a ${type}, not a cosign private key (${PRIVATE_KEY_PEM_TYPE})`);
    }
    const envelope = readEnvelope(der, `${name} is damaged: its ${type} block`);
    refuseEmptyPassphrase(passphrase, name);
    const key = await deriveKey(passphrase, envelope.salt, envelope.params).catch((error) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${name} cannot be opened: scrypt refused its parameters`, { cause: error });
    });
    const opened = tweetnacl__WEBPACK_IMPORTED_MODULE_1___default().secretbox.open(new Uint8Array(envelope.ciphertext), new Uint8Array(envelope.nonce), new Uint8Array(key));
    if (!opened)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`wrong passphrase for ${name} (or the key is damaged)`);
    return decodePrivateKey(Buffer.from(opened), 'pkcs8', `${name} decrypts to something that is not a PKCS#8 private key`);
}
function decodePrivateKey(der, type, message) {
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: der, format: 'der', type });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(message, { cause: error });
    }
}
/**
 * The most work a key file may ask of scrypt before anything is derived (docs/limits.md): cosign writes
 * N=2^15, r=8, p=1 (32 MiB, about a tenth of a second); a key may cost at most four times that, so a
 * hostile key cannot hold osimg for minutes or take gigabytes.
 */
const SCRYPT_LIMITS = { maxN: 2 ** 17, maxR: 16, maxP: 4, maxWork: 2 ** 20 };
/** The envelope's fields, each checked (type, base64, size, scrypt bounds) before any is used. */
function readEnvelope(der, damaged) {
    let envelope;
    try {
        envelope = JSON.parse(der.toString('utf8'));
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${damaged} is not the expected JSON envelope`);
    }
    if (envelope?.kdf?.name !== 'scrypt' ||
        envelope?.cipher?.name !== 'nacl/secretbox' ||
        typeof envelope.ciphertext !== 'string') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${damaged} uses an unsupported encryption (need scrypt + nacl/secretbox)`);
    }
    const { N, r, p } = envelope.kdf.params ?? {};
    const { maxN, maxR, maxP, maxWork } = SCRYPT_LIMITS;
    if (![N, r, p].every((value) => Number.isSafeInteger(value) && value > 0) ||
        N < 2 ||
        N > maxN ||
        (N & (N - 1)) !== 0 ||
        r > maxR ||
        p > maxP ||
        N * r * p > maxWork) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${damaged} has scrypt parameters osimg will not use (N must be a power of two up to ${maxN}, r at most ${maxR}, p at most ${maxP}, N·r·p at most ${maxWork}): re-create the key with cosign's defaults`);
    }
    const salt = base64Field(envelope.kdf.salt, `${damaged} has no base64 scrypt salt`);
    const nonce = base64Field(envelope.cipher.nonce, `${damaged} has no base64 secretbox nonce`);
    if (nonce.length !== (tweetnacl__WEBPACK_IMPORTED_MODULE_1___default().secretbox).nonceLength) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${damaged} has a ${nonce.length}-byte nonce; nacl/secretbox needs ${(tweetnacl__WEBPACK_IMPORTED_MODULE_1___default().secretbox).nonceLength}`);
    }
    const ciphertext = base64Field(envelope.ciphertext, `${damaged} has no base64 ciphertext`);
    if (salt.length === 0 || ciphertext.length < (tweetnacl__WEBPACK_IMPORTED_MODULE_1___default().secretbox).overheadLength) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${damaged} has an empty salt or a truncated ciphertext`);
    }
    return { params: { N, r, p }, salt, nonce, ciphertext };
}
function base64Field(value, missing) {
    if (typeof value !== 'string' || !PEM_BASE64.test(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(missing);
    return Buffer.from(value, 'base64');
}
function openPublicKey(text, name = 'the public key') {
    const { type, der } = unpem(text, name);
    if (type !== 'PUBLIC KEY')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${name} is a ${type}, not a PUBLIC KEY`);
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: der, format: 'der', type: 'spki' });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${name} is not a valid public key`, { cause: error });
    }
}


/***/ }),

/***/ 15643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Cl: () => (/* binding */ chooseSigner),
  yk: () => (/* binding */ chooseTrustPolicy),
  KY: () => (/* binding */ sigstoreInstance)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/sign/identity.ts
var sign_identity = __webpack_require__(27435);
// EXTERNAL MODULE: ./src/sign/image-signer.ts
var image_signer = __webpack_require__(9875);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@sigstore/sign/dist/index.js
var dist = __webpack_require__(15179);
;// CONCATENATED MODULE: ./src/sign/oidc.ts
/**
 * The OIDC identity token keyless signing trades for a Fulcio certificate: in GitHub Actions, asked from the
 * runner's token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL with the bearer ACTIONS_ID_TOKEN_REQUEST_TOKEN, which
 * exist only when the job has `permissions: id-token: write`); elsewhere a token given as SIGSTORE_ID_TOKEN,
 * as cosign reads it. The front door passes the environment in; the token is never logged.
 */

const SIGSTORE_AUDIENCE = 'sigstore';
const MISSING_ID_TOKEN = 'keyless signing needs an OIDC identity token, and this job has none: add `permissions: id-token: write` to the job (GitHub then sets ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN), set SIGSTORE_ID_TOKEN outside GitHub Actions, or sign with a key';
/** Where the token comes from; throws at once (before anything is signed or written) when nowhere. */
function tokenSource(env, fetchImpl = fetch) {
    const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (url && bearer)
        return () => githubToken(url, bearer, fetchImpl);
    const fixed = env.SIGSTORE_ID_TOKEN;
    if (fixed)
        return () => Promise.resolve(fixed);
    throw new errors/* ConfigurationError */.j1(MISSING_ID_TOKEN);
}
async function githubToken(requestUrl, bearer, fetchImpl) {
    const url = new URL(requestUrl);
    url.searchParams.set('audience', SIGSTORE_AUDIENCE);
    let response;
    try {
        response = await fetchImpl(url, {
            headers: { Accept: 'application/json', Authorization: `Bearer ${bearer}` },
            signal: AbortSignal.timeout(30_000),
        });
    }
    catch (error) {
        throw new errors/* OsimgError */.ec(`cannot reach the GitHub OIDC token endpoint ${url.origin}: ${error.message}`, {
            code: 'AUTH',
            cause: error,
        });
    }
    if (!response.ok) {
        throw new errors/* OsimgError */.ec(`the GitHub OIDC token endpoint refused a token (HTTP ${response.status}): check that the job has \`permissions: id-token: write\``, { code: 'AUTH' });
    }
    const body = (await response.json().catch(() => undefined));
    if (typeof body?.value !== 'string' || body.value.split('.').length !== 3) {
        throw new errors/* OsimgError */.ec('the GitHub OIDC token endpoint answered without a token (no JWT in "value")', {
            code: 'AUTH',
        });
    }
    return body.value;
}
/** The claims of a JWT, unverified (Fulcio verifies the token; we only read which subject to prove). */
function jwtClaims(token) {
    const part = token.split('.')[1];
    try {
        return JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8'));
    }
    catch {
        throw new errors/* OsimgError */.ec('the OIDC identity token is not a JWT', { code: 'AUTH' });
    }
}

;// CONCATENATED MODULE: ./src/sign/fulcio.ts
/**
 * Fulcio's `POST /api/v2/signingCert`: an OIDC token and a public key (with proof that we hold its private
 * key: a signature over the token's subject) in, a short-lived code-signing certificate for the token's
 * identity out, with the chain up to Fulcio's root. The whole chain is kept: cosign's legacy signature
 * layout stores it beside the certificate (`dev.sigstore.cosign/chain`).
 */



const PUBLIC_GOOD_FULCIO_URL = 'https://fulcio.sigstore.dev';
/** The claim Fulcio checks the proof of possession against (email-based issuers sign the email). */
function subjectOf(token) {
    const claims = jwtClaims(token);
    const emailIssuers = ['https://accounts.google.com', 'https://oauth2.sigstore.dev/auth'];
    const subject = emailIssuers.includes(String(claims.iss)) ? claims.email : claims.sub;
    if (typeof subject !== 'string' || !subject) {
        throw new errors/* OsimgError */.ec('the OIDC identity token has no subject ("sub") claim', { code: 'AUTH' });
    }
    return subject;
}
async function requestSigningCertificate(fulcioUrl, token, keys, fetchImpl = fetch) {
    const proof = (0,external_node_crypto_.sign)('sha256', Buffer.from(subjectOf(token)), keys.privateKey).toString('base64');
    const request = {
        credentials: { oidcIdentityToken: token },
        publicKeyRequest: {
            publicKey: {
                algorithm: 'ECDSA',
                content: keys.publicKey.export({ format: 'pem', type: 'spki' }).toString(),
            },
            proofOfPossession: proof,
        },
    };
    const endpoint = new URL('/api/v2/signingCert', fulcioUrl);
    let response;
    try {
        response = await fetchImpl(endpoint, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
            body: JSON.stringify(request),
            signal: AbortSignal.timeout(60_000),
        });
    }
    catch (error) {
        throw new errors/* OsimgError */.ec(`cannot reach Fulcio at ${endpoint.origin}: ${error.message}`, {
            code: 'REGISTRY',
            cause: error,
        });
    }
    const text = await response.text();
    if (!response.ok) {
        throw new errors/* OsimgError */.ec(`Fulcio at ${endpoint.origin} refused a certificate (HTTP ${response.status}): ${text.trim().slice(0, 300)}`, { code: 'AUTH' });
    }
    let certificates;
    try {
        const body = JSON.parse(text);
        certificates = (body.signedCertificateEmbeddedSct ?? body.signedCertificateDetachedSct)?.chain
            ?.certificates;
    }
    catch {
        certificates = undefined;
    }
    if (!Array.isArray(certificates) ||
        certificates.length === 0 ||
        !certificates.every((c) => typeof c === 'string')) {
        throw new errors/* OsimgError */.ec(`Fulcio at ${endpoint.origin} answered without a certificate chain`, {
            code: 'REGISTRY',
        });
    }
    const [leafPem, ...chain] = certificates.map((pem) => pem.endsWith('\n') ? pem : `${pem}\n`);
    const leaf = new external_node_crypto_.X509Certificate(leafPem);
    if (!leaf.publicKey.equals(keys.publicKey)) {
        throw new errors/* OsimgError */.ec(`Fulcio at ${endpoint.origin} certified another key than the one it was sent`, {
            code: 'AUTH',
        });
    }
    return { certificate: leafPem, chain, ...certificateIdentity(leaf) };
}
const ISSUER_V1 = '1.3.6.1.4.1.57264.1.1';
const ISSUER_V2 = '1.3.6.1.4.1.57264.1.8';
/**
 * The identity in a Fulcio certificate: its first URI or email subject alternative name, and the OIDC issuer
 * extension (v2: a DER UTF8String; v1: raw bytes). Node's X509Certificate does not expose extensions, so the
 * issuer is found in the DER by its OID.
 */
function certificateIdentity(cert) {
    const san = (cert.subjectAltName ?? '')
        .split(', ')
        .map((entry) => /^(?:URI|email):(.*)$/.exec(entry)?.[1])
        .find((value) => value !== undefined);
    return {
        subjectAlternativeName: san ?? '',
        issuer: extensionText(cert.raw, ISSUER_V2, true) ?? extensionText(cert.raw, ISSUER_V1, false) ?? '',
    };
}
function encodeOid(oid) {
    const parts = oid.split('.').map(Number);
    const bytes = [40 * parts[0] + parts[1]];
    for (const part of parts.slice(2)) {
        const chunk = [part & 0x7f];
        for (let rest = part >>> 7; rest > 0; rest >>>= 7)
            chunk.unshift((rest & 0x7f) | 0x80);
        bytes.push(...chunk);
    }
    return Buffer.from([0x06, bytes.length, ...bytes]);
}
/** DER length at `offset`: [length, header bytes]. */
function derLength(der, offset) {
    const first = der[offset];
    if (first < 0x80)
        return [first, 1];
    const count = first & 0x7f;
    let length = 0;
    for (let i = 1; i <= count; i++)
        length = (length << 8) | der[offset + i];
    return [length, 1 + count];
}
/** The value of an extension: OID, [critical BOOLEAN], OCTET STRING { value }. */
function extensionText(der, oid, utf8String) {
    const at = der.indexOf(encodeOid(oid));
    if (at < 0)
        return undefined;
    let offset = at + encodeOid(oid).length;
    if (der[offset] === 0x01)
        offset += 3; // critical flag
    if (der[offset] !== 0x04)
        return undefined;
    const [octetLength, octetHeader] = derLength(der, offset + 1);
    let value = der.subarray(offset + 1 + octetHeader, offset + 1 + octetHeader + octetLength);
    if (utf8String) {
        if (value[0] !== 0x0c)
            return undefined;
        const [length, header] = derLength(value, 1);
        value = value.subarray(1 + header, 1 + header + length);
    }
    return value.toString('utf8');
}

;// CONCATENATED MODULE: ./src/sign/keyless.ts
/**
 * Keyless signing: an ephemeral P-256 key, certified once per run by Fulcio for the workflow's OIDC
 * identity, signs everything the run writes; every signature is witnessed by Rekor (and, when configured,
 * a RFC 3161 timestamp authority) through sigstore-js's bundle builders. The URLs are configurable for
 * private Sigstore instances. The private key lives only in memory.
 */




const PUBLIC_GOOD_REKOR_URL = 'https://rekor.sigstore.dev';

/** Fulcio certificates live 10 minutes; ask for a new one when less than this is left. */
const RENEW_BEFORE_MS = 2 * 60 * 1000;
class KeylessSigner {
    instance;
    token;
    fetchImpl;
    keys;
    certificate;
    constructor(instance, token, fetchImpl = fetch) {
        this.instance = instance;
        this.token = token;
        this.fetchImpl = fetchImpl;
        this.keys = (0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'P-256' });
    }
    /** The certificate (asked for once, renewed only when about to expire). */
    async signingCertificate() {
        if (this.certificate && this.certificate.notAfter - Date.now() > RENEW_BEFORE_MS)
            return this.certificate;
        const token = await this.token();
        const issued = await requestSigningCertificate(this.instance.fulcioUrl, token, this.keys, this.fetchImpl);
        this.certificate = { ...issued, notAfter: Date.parse(new external_node_crypto_.X509Certificate(issued.certificate).validTo) };
        return issued;
    }
    /** sigstore-js's Signer: signs with the ephemeral key and names the Fulcio certificate as the key. */
    async sign(data) {
        const { certificate } = await this.signingCertificate();
        return {
            signature: (0,external_node_crypto_.sign)('sha256', data, this.keys.privateKey),
            key: { $case: 'x509Certificate', certificate },
        };
    }
    witnesses(entryType) {
        const witnesses = [new dist/* RekorWitness */.fU({ rekorBaseURL: this.instance.rekorUrl, entryType })];
        if (this.instance.tsaUrl)
            witnesses.push(new dist/* TSAWitness */.gs({ tsaBaseURL: this.instance.tsaUrl }));
        return witnesses;
    }
    /** A v0.3 bundle of a plain signature over `payload` (Rekor `hashedrekord`): cosign's `.sig` signature. */
    messageBundle(payload) {
        return this.witnessed(() => new dist/* MessageSignatureBundleBuilder */.z3({ signer: this, witnesses: this.witnesses('dsse') }).create({
            data: payload,
        }));
    }
    /** A v0.3 bundle of a DSSE envelope around `body` (an in-toto statement). */
    dsseBundle(body, payloadType, entryType) {
        return this.witnessed(() => new dist/* DSSEBundleBuilder */.VV({ signer: this, witnesses: this.witnesses(entryType) }).create({
            data: body,
            type: payloadType,
        }));
    }
    /** sigstore-js errors carry a code and a cause; say which service failed, in one sentence. */
    async witnessed(create) {
        try {
            return await create();
        }
        catch (error) {
            if (error instanceof errors/* OsimgError */.ec)
                throw error;
            const { code, message, cause } = error;
            const service = code?.startsWith('TLOG')
                ? `Rekor at ${this.instance.rekorUrl}`
                : code?.startsWith('TSA')
                    ? `the timestamp authority at ${this.instance.tsaUrl ?? ''}`
                    : 'Sigstore';
            throw new errors/* OsimgError */.ec(`${service} failed: ${message ?? String(error)}${cause?.message ? ` (${cause.message})` : ''}`, {
                code: 'REGISTRY',
                cause: error,
            });
        }
    }
}

// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(19654);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
;// CONCATENATED MODULE: ./src/sign/trusted-root.ts
/**
 * The trust anchors of a Sigstore instance as one `trusted_root.json` (Sigstore's TrustedRoot message): the
 * Fulcio CA chain, the Rekor log keys, the certificate transparency log keys and the timestamp authorities.
 * Private instances publish one; for the public-good instance it is what Sigstore's TUF repository serves
 * (`cosign trusted-root`, `gh attestation trusted-root`).
 */



const TRUSTED_ROOT_MEDIA_TYPE = 'application/vnd.dev.sigstore.trustedroot+json;version=0.1';
function parseTrustedRoot(text, name) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${name} is not JSON: give a Sigstore trusted_root.json`, { cause: error });
    }
    let root;
    let material;
    try {
        root = protobuf_specs_dist.TrustedRoot.fromJSON(json);
        material = (0,verify_dist/* toTrustMaterial */.jO)(root);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${name} is not a valid Sigstore trusted root: ${error.message}`, {
            cause: error,
        });
    }
    if (!root.mediaType.startsWith('application/vnd.dev.sigstore.trustedroot')) {
        throw new errors/* ConfigurationError */.j1(`${name} is not a Sigstore trusted root (mediaType "${root.mediaType}")`);
    }
    if (material.certificateAuthorities.length === 0 || material.tlogs.length === 0) {
        throw new errors/* ConfigurationError */.j1(`${name} names no ${material.certificateAuthorities.length === 0 ? 'certificate authority' : 'transparency log'}: keyless signatures cannot be verified against it`);
    }
    return material;
}

;// CONCATENATED MODULE: ./src/sign/modes.ts






/** Empty URLs mean the public-good instance; a TSA only when one is named. */
function sigstoreInstance(urls) {
    const check = (value, fallback, what) => {
        const url = value?.trim() || fallback;
        if (url === undefined)
            return undefined;
        try {
            const parsed = new URL(url);
            if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
                throw new Error(parsed.protocol);
        }
        catch {
            throw new errors/* ConfigurationError */.j1(`${what} must be an http(s) URL, not "${url}"`);
        }
        return url.replace(/\/+$/, '');
    };
    const tsaUrl = check(urls.tsaUrl, undefined, 'the timestamp authority URL');
    return {
        fulcioUrl: check(urls.fulcioUrl, PUBLIC_GOOD_FULCIO_URL, 'the Fulcio URL'),
        rekorUrl: check(urls.rekorUrl, PUBLIC_GOOD_REKOR_URL, 'the Rekor URL'),
        ...(tsaUrl ? { tsaUrl } : {}),
    };
}
/** A key-based signer when keys are given, else keyless (throws at once when no OIDC token exists). */
function chooseSigner(keys, instance, env) {
    if (keys)
        return (0,image_signer/* keySigner */.Ye)(keys);
    return (0,image_signer/* sigstoreSigner */.J8)(new KeylessSigner(instance, tokenSource(env)));
}
function chooseTrustPolicy(trust, names) {
    const keyless = Boolean(trust.identity.identity || trust.identity.identityRegexp || trust.identity.issuer);
    if (trust.publicKey) {
        if (keyless) {
            throw new errors/* ConfigurationError */.j1(`give ${names.key} or a keyless identity (${names.identity}, ${names.issuer}), not both`);
        }
        return { kind: 'key', publicKey: trust.publicKey };
    }
    if (!keyless) {
        throw new errors/* ConfigurationError */.j1(`nothing to verify against: give ${names.key}, or ${names.identity} (or ${names.identityRegexp}) with ${names.issuer} for keyless signatures`);
    }
    const matches = (0,sign_identity/* compileIdentityPolicy */.MY)(trust.identity, names);
    if (!trust.trustedRoot) {
        throw new errors/* ConfigurationError */.j1(`keyless verification needs ${names.trustedRoot}: the trusted_root.json of your Sigstore instance (for the public-good instance, e.g. \`cosign trusted-root create\` or \`gh attestation trusted-root\` output; osimg does not fetch Sigstore's TUF repository)`);
    }
    const identity = trust.identity;
    return {
        kind: 'keyless',
        material: parseTrustedRoot(trust.trustedRoot.text, trust.trustedRoot.name),
        identity,
        matches,
    };
}


/***/ }),

/***/ 40890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ slsaProvenance),
/* harmony export */   Cs: () => (/* binding */ PREDICATE_TYPES),
/* harmony export */   T4: () => (/* binding */ predicateTypeOf),
/* harmony export */   qZ: () => (/* binding */ statement),
/* harmony export */   us: () => (/* binding */ SLSA_PROVENANCE_V1)
/* harmony export */ });
/* unused harmony exports STATEMENT_TYPE, BUILD_TYPE */
/**
 * in-toto statements, and the SLSA provenance v1 predicate for an image: who built it (the workflow), from
 * what (the source commit and the base image digest), with which parameters. Pure: everything comes in
 * as arguments, so the same facts give the same statement.
 */
const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
const BUILD_TYPE = 'https://github.com/org/osimg/build/v1';
/** Short names accepted for predicate types (cosign's names where they exist). */
const PREDICATE_TYPES = {
    slsaprovenance: SLSA_PROVENANCE_V1,
    slsaprovenance1: SLSA_PROVENANCE_V1,
    spdxjson: 'https://spdx.dev/Document',
    spdx: 'https://spdx.dev/Document',
    cyclonedx: 'https://cyclonedx.org/bom',
};
function predicateTypeOf(name) {
    return PREDICATE_TYPES[name.toLowerCase()] ?? name;
}
function statement(subjectName, digest, predicateType, predicate) {
    const [algorithm, hex] = digest.split(':');
    return {
        _type: STATEMENT_TYPE,
        subject: [{ name: subjectName, digest: { [algorithm]: hex } }],
        predicateType,
        predicate,
    };
}
/** SLSA provenance v1 for a build run in GitHub Actions (or, without `run`, from a local checkout). */
function slsaProvenance(facts, run, fallback) {
    const source = run ? { url: `${run.serverUrl}/${run.repository}`, revision: run.sha } : fallback.source;
    const resolvedDependencies = [];
    if (source) {
        resolvedDependencies.push({
            uri: `git+${source.url}${run?.ref ? `@${run.ref}` : ''}`,
            digest: { gitCommit: source.revision },
        });
    }
    if (facts.base) {
        const [algorithm, hex] = facts.base.digest.split(':');
        resolvedDependencies.push({
            uri: `oci://${facts.base.name}`,
            digest: { [algorithm]: hex },
            name: 'base image',
        });
    }
    const builderId = run?.workflowRef ? `${run.serverUrl}/${run.workflowRef}` : fallback.builderId;
    return {
        buildDefinition: {
            buildType: BUILD_TYPE,
            externalParameters: {
                ...(run
                    ? {
                        workflow: {
                            ref: run.ref,
                            repository: `${run.serverUrl}/${run.repository}`,
                            path: run.workflowRef?.split('@')[0]?.split('/').slice(2).join('/'),
                        },
                    }
                    : {}),
                build: facts.parameters,
            },
            internalParameters: run
                ? {
                    github: {
                        event_name: run.eventName,
                        repository_id: run.repositoryId,
                        repository_owner_id: run.repositoryOwnerId,
                        runner_environment: run.runnerEnvironment,
                    },
                }
                : {},
            resolvedDependencies,
        },
        runDetails: {
            builder: { id: builderId },
            metadata: {
                ...(run?.runId
                    ? {
                        invocationId: `${run.serverUrl}/${run.repository}/actions/runs/${run.runId}/attempts/${run.runAttempt ?? '1'}`,
                    }
                    : {}),
                ...(facts.startedOn ? { startedOn: facts.startedOn } : {}),
                ...(facts.finishedOn ? { finishedOn: facts.finishedOn } : {}),
            },
        },
    };
}


/***/ }),

/***/ 27908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Rx: () => (/* binding */ describeLayouts),
  k1: () => (/* binding */ describeSignResult),
  fp: () => (/* binding */ parseSignatureFormat),
  AT: () => (/* binding */ resolveImage),
  jV: () => (/* binding */ signImage),
  ZG: () => (/* binding */ verifyImage),
  AL: () => (/* binding */ verifyImageLayouts)
});

// UNUSED EXPORTS: SIGNATURE_FORMATS, resolveDigest, validSignatures

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __webpack_require__(62148);
// EXTERNAL MODULE: ./src/oci/registry.ts + 1 modules
var registry = __webpack_require__(94051);
;// CONCATENATED MODULE: ./src/oci/manifest.ts
/**
 * What a registry returned as a manifest, checked before osimg acts on it (signs it, attests it): an OCI
 * or Docker image manifest or index with the structure the specs require. Malformed JSON is the
 * registry's fault (exit 1); a well-formed manifest of something that is not an image (a signature, an
 * SBOM artifact) is the user's (exit 2: they named the wrong thing).
 */



/** The OCI distribution spec's recommended limit: registries may refuse larger manifests. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
const IMAGE_MANIFESTS = new Set([registry/* MEDIA_TYPES */.Z2.ociManifest, registry/* MEDIA_TYPES */.Z2.dockerManifest]);
const INDEXES = new Set([registry/* MEDIA_TYPES */.Z2.ociIndex, registry/* MEDIA_TYPES */.Z2.dockerList]);
const IMAGE_CONFIGS = new Set([
    'application/vnd.oci.image.config.v1+json',
    'application/vnd.docker.container.image.v1+json',
]);
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
function malformed(where, why) {
    return new errors/* OsimgError */.ec(`the registry's manifest for ${where} is malformed: ${why}; nothing was done to it`, {
        code: 'REGISTRY',
    });
}
function descriptor(value, where, field) {
    if (!isObject(value))
        throw malformed(where, `${field} is not a descriptor object`);
    const { mediaType, digest, size } = value;
    if (typeof mediaType !== 'string' || mediaType.length === 0 || mediaType.length > 255) {
        throw malformed(where, `${field} has no mediaType`);
    }
    if (typeof digest !== 'string' || !(0,reference/* isValidDigest */.fH)(digest)) {
        throw malformed(where, `${field} has no valid digest`);
    }
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) {
        throw malformed(where, `${field} has no valid size`);
    }
    return { mediaType, digest, size };
}
function descriptors(value, where, field) {
    if (!Array.isArray(value))
        throw malformed(where, `"${field}" is not a list`);
    return value.map((entry, index) => descriptor(entry, where, `${field}[${index}]`));
}
/**
 * The manifest as a checked image manifest or index; throws (one sentence) for anything else. `where`
 * names the image for the message (a reference the user gave).
 */
function parseImageManifest(manifest, where) {
    if (manifest.bytes.length > MAX_MANIFEST_BYTES) {
        throw malformed(where, `it is ${manifest.bytes.length} bytes, over the ${MAX_MANIFEST_BYTES}-byte limit`);
    }
    let json;
    try {
        json = JSON.parse(manifest.bytes.toString('utf8'));
    }
    catch {
        throw malformed(where, 'it is not JSON');
    }
    if (!isObject(json))
        throw malformed(where, 'it is not a JSON object');
    if (json.schemaVersion !== 2)
        throw malformed(where, 'its schemaVersion is not 2');
    const declared = json.mediaType;
    if (declared !== undefined && typeof declared !== 'string')
        throw malformed(where, 'its mediaType is not text');
    if (declared && manifest.mediaType && declared !== manifest.mediaType) {
        throw malformed(where, `it says it is ${(0,errors/* quoteInput */.Zs)(declared, 80)} but was served as ${(0,errors/* quoteInput */.Zs)(manifest.mediaType, 80)}`);
    }
    // Neither the body nor the server says: the shape does (OCI allows an index or manifest without one).
    const mediaType = declared ||
        manifest.mediaType ||
        (json.manifests !== undefined ? registry/* MEDIA_TYPES */.Z2.ociIndex : registry/* MEDIA_TYPES */.Z2.ociManifest);
    if (INDEXES.has(mediaType)) {
        return { kind: 'index', mediaType, manifests: descriptors(json.manifests, where, 'manifests') };
    }
    if (!IMAGE_MANIFESTS.has(mediaType)) {
        throw new errors/* ConfigurationError */.j1(`${where} is not an image (its manifest type is ${(0,errors/* quoteInput */.Zs)(mediaType, 80)}): name an image manifest or index`);
    }
    const config = descriptor(json.config, where, 'config');
    const layers = descriptors(json.layers, where, 'layers');
    if (!IMAGE_CONFIGS.has(config.mediaType)) {
        throw new errors/* ConfigurationError */.j1(`${where} is not an image but an artifact of type ${(0,errors/* quoteInput */.Zs)(config.mediaType, 80)}: name an image manifest or index`);
    }
    return { kind: 'manifest', mediaType, config, layers };
}

// EXTERNAL MODULE: ./src/oci/referrers.ts
var referrers = __webpack_require__(50961);
// EXTERNAL MODULE: ./src/sign/bundle.ts
var bundle = __webpack_require__(5385);
// EXTERNAL MODULE: ./src/sign/cosign-legacy.ts
var cosign_legacy = __webpack_require__(31804);
// EXTERNAL MODULE: ./src/sign/image-signer.ts
var image_signer = __webpack_require__(9875);
// EXTERNAL MODULE: ./src/sign/signed-identity.ts
var signed_identity = __webpack_require__(33208);
// EXTERNAL MODULE: ./src/sign/simple-signing.ts
var simple_signing = __webpack_require__(83253);
// EXTERNAL MODULE: ./src/sign/trust-policy.ts
var trust_policy = __webpack_require__(20806);
;// CONCATENATED MODULE: ./src/sign/signatures.ts










const SIGNATURE_FORMATS = ['legacy', 'bundle'];
/** The `format` option: legacy, bundle, or both (the default: podman/bootc read one, cosign v3 the other). */
function parseSignatureFormat(text, name) {
    const value = text.trim() || 'both';
    if (value === 'both')
        return [...SIGNATURE_FORMATS];
    if (value === 'legacy' || value === 'bundle')
        return [value];
    throw new errors/* ConfigurationError */.j1(`${name} must be legacy, bundle or both, not "${text}"`);
}
/** One line for logs: what a signing run wrote. */
function describeSignResult(name, result) {
    return result.added.length > 0
        ? `signed ${name}@${result.digest} (${result.added.join(' and ')})`
        : `already signed by this key: ${name}@${result.digest}`;
}
/** What a reference names now: its digest (asked once for a tag), media type and size. */
async function resolveImage(client, ref) {
    let manifest;
    try {
        manifest = await client.getManifest(ref.repository, ref.digest ?? ref.tag ?? 'latest');
    }
    catch (error) {
        if (error instanceof errors/* OsimgError */.ec && error.code === 'NOT_FOUND') {
            throw new errors/* OsimgError */.ec(`${(0,reference/* formatReference */.FH)(ref)} does not exist: check the name, tag or digest`, {
                code: 'NOT_FOUND',
                cause: error,
            });
        }
        throw error;
    }
    if (ref.digest && manifest.digest !== ref.digest) {
        throw new errors/* OsimgError */.ec(`the registry returned other content for ${(0,reference/* formatReference */.FH)(ref)}`, {
            code: 'DIGEST_MISMATCH',
        });
    }
    // Only an image manifest or index is signed, attested or verified: never whatever else a registry returns.
    const checked = parseImageManifest(manifest, (0,reference/* formatReference */.FH)(ref));
    return { digest: manifest.digest, mediaType: checked.mediaType, size: manifest.bytes.length };
}
async function resolveDigest(client, ref) {
    return (await resolveImage(client, ref)).digest;
}
/** Signatures among `stored` valid under the policy, over this digest for this repository (full name). */
function validSignatures(stored, policy, repository, digest) {
    return stored.filter((entry) => {
        if (!(0,trust_policy/* simpleSigningValid */.Kw)(policy, entry.payload, entry.layer.annotations))
            return false;
        try {
            const payload = (0,simple_signing/* parseSimpleSigning */.LZ)(entry.payload);
            return (payload.critical.image['docker-manifest-digest'] === digest &&
                (0,signed_identity/* namesRepository */.x)(payload.critical.identity?.['docker-reference'] ?? '', repository, digest));
        }
        catch {
            return false;
        }
    });
}
async function signImage(client, ref, signerLike, options = {}) {
    const signer = (0,image_signer/* toImageSigner */.RN)(signerLike);
    const image = await resolveImage(client, ref);
    const { digest } = image;
    const repository = (0,reference/* repositoryName */.aR)(ref);
    const annotations = options.annotations ?? {};
    const formats = options.formats ?? SIGNATURE_FORMATS;
    const added = [];
    if (formats.includes('legacy')) {
        const existing = await (0,cosign_legacy/* readSignatures */.yz)(client, ref.repository, digest);
        const payload = (0,simple_signing/* simpleSigningPayload */.Kq)(repository, digest, annotations);
        const already = signer.self !== undefined &&
            validSignatures(existing, signer.self, repository, digest).some((entry) => entry.payload.equals(payload));
        if (!already) {
            // Signed (and for keyless, certified and logged in Rekor) before anything is written to the registry.
            const annotations_ = await signer.simpleSigning(payload);
            await (0,cosign_legacy/* attach */.K0)(client, ref.repository, digest, 'sig', payload, { mediaType: cosign_legacy/* SIGNATURE_LAYER_MEDIA_TYPE */.Nm, annotations: annotations_ }, existing.map((stored) => stored.layer));
            added.push('legacy');
        }
    }
    if (formats.includes('bundle')) {
        const created = (options.now ?? new Date()).toISOString();
        const image_ = { repository: ref.repository, name: repository, ...image };
        if (await (0,bundle/* attachStatementBundle */.zl)(client, image_, bundle/* COSIGN_SIGN_PREDICATE */.u, annotations, signer, created))
            added.push('bundle');
    }
    return { digest, added };
}
/** One line for logs: which layouts held signatures and which verified. */
function describeLayouts(layouts) {
    const name = (layout) => (layout === 'sig' ? 'cosign .sig' : 'Sigstore bundle');
    const parts = layouts.map((entry) => `${name(entry.layout)}: ${entry.verified} of ${entry.found} signature(s) verified`);
    return parts.join('; ');
}
/**
 * Fails closed: returns the digest only when a signature valid under the policy (by the key, or keyless by
 * the identity) covers exactly that digest and repository; otherwise throws a sentence saying what was found.
 * Both layouts are read, so the result says which held signatures and which verified.
 */
async function verifyImageLayouts(client, ref, policyLike) {
    const policy = (0,trust_policy/* toTrustPolicy */.cD)(policyLike);
    const digest = await resolveDigest(client, ref);
    const image = { repository: ref.repository, name: (0,reference/* repositoryName */.aR)(ref) };
    const stored = await (0,cosign_legacy/* readSignatures */.yz)(client, ref.repository, digest);
    // Bundle referrers that say they are signatures (attestation bundles are not).
    const bundles = (await (0,referrers/* listReferrers */.xt)(client, ref.repository, digest, bundle/* BUNDLE_MEDIA_TYPE */.NV)).filter((entry) => entry.annotations?.['dev.sigstore.bundle.predicateType'] === bundle/* COSIGN_SIGN_PREDICATE */.u);
    const statements = await (0,bundle/* bundleStatements */.rI)(client, image, digest, policy, bundles);
    const layouts = [
        {
            layout: 'sig',
            found: stored.length,
            verified: validSignatures(stored, policy, image.name, digest).length,
        },
        {
            layout: 'bundle',
            found: bundles.length,
            verified: statements.filter((found) => found.predicateType === bundle/* COSIGN_SIGN_PREDICATE */.u).length,
        },
    ];
    if (layouts.some((entry) => entry.verified > 0))
        return { digest, layouts };
    const found = stored.length + bundles.length;
    if (found === 0) {
        throw new errors/* OsimgError */.ec(`${image.name}@${digest} is not signed: no signature was found for this digest`, {
            code: 'NOT_FOUND',
        });
    }
    throw new errors/* OsimgError */.ec(`${image.name}@${digest} has ${found} signature(s), but none by ${(0,trust_policy/* describePolicy */.wy)(policy)} for this digest and repository (${describeLayouts(layouts)})`, { code: 'AUTH' });
}
/** verifyImageLayouts for callers that need only the verified digest. */
async function verifyImage(client, ref, policyLike) {
    return (await verifyImageLayouts(client, ref, policyLike)).digest;
}


/***/ }),

/***/ 33208:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ subjectNameAllowed),
/* harmony export */   x: () => (/* binding */ namesRepository)
/* harmony export */ });
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62148);
/**
 * Which repository a signature is for. osimg binds every signature to the image's repository (registry and
 * path), in both layouts and for signatures it reads from other tools, so a signature copied next to the
 * same digest in another repository does not verify there (cosign itself checks only the digest).
 *
 * - `.sig` (simple signing): `critical.identity.docker-reference` must name this repository, bare (cosign,
 *   osimg), with a tag (containers/image writes the `repo:tag` it pushed; any tag: the digest is what is
 *   signed) or with this digest. Anything else, or a reference that does not parse, is another identity.
 * - in-toto statements (bundles, `.att`): a subject that names the digest must name this repository the same
 *   way; a subject without a name (cosign 3's `cosign/sign/v1` statements carry none) binds the digest only.
 */

/** A docker reference (`registry/path[:tag][@digest]`) names exactly `repository`, and no other digest. */
function namesRepository(reference, repository, digest) {
    try {
        const parsed = (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .parseReference */ .F2)(reference);
        return (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryName */ .aR)(parsed) === repository && (parsed.digest === undefined || parsed.digest === digest);
    }
    catch {
        return false;
    }
}
/** An in-toto subject's name: absent (digest only) or this repository. */
function subjectNameAllowed(name, repository, digest) {
    if (name === undefined || name === '')
        return true;
    return typeof name === 'string' && namesRepository(name, repository, digest);
}


/***/ }),

/***/ 83253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kq: () => (/* binding */ simpleSigningPayload),
/* harmony export */   LZ: () => (/* binding */ parseSimpleSigning),
/* harmony export */   Lo: () => (/* binding */ verifyPayload),
/* harmony export */   cM: () => (/* binding */ signPayload)
/* harmony export */ });
/* unused harmony export SIMPLE_SIGNING_TYPE */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/**
 * The "simple signing" payload cosign signs and containers/image (podman, skopeo, bootc) verifies: it binds
 * a manifest digest to a repository name. Signatures are over these exact bytes.
 */


const SIMPLE_SIGNING_TYPE = 'cosign container image signature';
/** The payload bytes for a repository (`registry/repo`, no tag) and a manifest digest. */
function simpleSigningPayload(repository, digest, annotations = {}) {
    const payload = {
        critical: {
            identity: { 'docker-reference': repository },
            image: { 'docker-manifest-digest': digest },
            type: SIMPLE_SIGNING_TYPE,
        },
        optional: Object.keys(annotations).length > 0 ? annotations : null,
    };
    return Buffer.from(JSON.stringify(payload));
}
function parseSimpleSigning(bytes) {
    let parsed;
    try {
        parsed = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OsimgError */ .ec('a signature payload is not JSON');
    }
    if (parsed?.critical?.type !== SIMPLE_SIGNING_TYPE ||
        typeof parsed.critical.image?.['docker-manifest-digest'] !== 'string') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OsimgError */ .ec('a signature payload is not a cosign simple-signing payload');
    }
    return parsed;
}
/** ECDSA (or RSA/Ed25519) over SHA-256 of the payload, DER-encoded, base64 — cosign's signature annotation. */
function signPayload(payload, key) {
    if (key.asymmetricKeyType === 'ed25519') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OsimgError */ .ec('Ed25519 keys are not supported for image signatures; use an ECDSA P-256 key');
    }
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createSign)('sha256').update(payload).sign(key).toString('base64');
}
function verifyPayload(payload, signatureBase64, key) {
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createVerify)('sha256').update(payload).verify(key, Buffer.from(signatureBase64, 'base64'));
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 20806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kw: () => (/* binding */ simpleSigningValid),
/* harmony export */   NU: () => (/* binding */ attestationPayload),
/* harmony export */   TZ: () => (/* binding */ bundlePayload),
/* harmony export */   cD: () => (/* binding */ toTrustPolicy),
/* harmony export */   wy: () => (/* binding */ describePolicy)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61040);
/* harmony import */ var _sigstore_verify__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54187);
/* harmony import */ var _cosign_legacy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(31804);
/* harmony import */ var _cosign_keyless_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20737);
/* harmony import */ var _dsse_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(68980);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(27435);
/* harmony import */ var _simple_signing_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(83253);
/**
 * What verification trusts: a public key, or (keyless) a Sigstore trusted root plus the identity that must
 * have signed. One place answers "is this stored signature valid under the policy?" for each layout, so
 * signatures and attestations are held to the same rule: an attestation counts only when signed by the
 * same key or the same identity as the image.
 */








/** A public key where a policy is expected means "signed by this key". */
function toTrustPolicy(policy) {
    return policy instanceof node_crypto__WEBPACK_IMPORTED_MODULE_0__.KeyObject ? { kind: 'key', publicKey: policy } : policy;
}
function describePolicy(policy) {
    return policy.kind === 'key' ? 'this key' : (0,_identity_js__WEBPACK_IMPORTED_MODULE_6__/* .describeIdentityPolicy */ .qg)(policy.identity);
}
/**
 * sigstore-js verifies the certificate chain to the trusted root at the signing time, the SCTs (when the
 * root names CT logs), the Rekor entry (SET or inclusion proof) against the content, any RFC 3161
 * timestamps, and the signature; the identity is then matched here (sigstore-js's own SAN check is an
 * unanchored regular expression, too loose for an exact identity).
 */
function keylessSigner(policy, bundle, artifact) {
    if (bundle.verificationMaterial.content.$case === 'publicKey')
        return false;
    const verifier = new _sigstore_verify__WEBPACK_IMPORTED_MODULE_2__/* .Verifier */ .BL(policy.material, {
        tlogThreshold: 1,
        ctlogThreshold: policy.material.ctlogs.length > 0 ? 1 : 0,
    });
    const verify = (candidate) => {
        const signer = verifier.verify((0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_2__/* .toSignedEntity */ .DC)(candidate, artifact));
        return policy.matches({
            subjectAlternativeName: signer.identity?.subjectAlternativeName,
            issuer: signer.identity?.extensions?.issuer,
        });
    };
    try {
        return verify(bundle);
    }
    catch (error) {
        // @sigstore/core 3.2 cannot parse a RFC 3161 genTime with one or two fractional digits (DER drops
        // trailing zeros, so a TSA emits them for 10% of milliseconds). Rekor's integrated time is a timestamp
        // of its own: verify again without the RFC 3161 ones, never with fewer checks on anything else.
        const timestamps = bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps ?? [];
        if (!/invalid time/.test(error.message) || timestamps.length === 0)
            return false;
        try {
            return verify({
                ...bundle,
                verificationMaterial: {
                    ...bundle.verificationMaterial,
                    timestampVerificationData: { rfc3161Timestamps: [] },
                },
            });
        }
        catch {
            return false;
        }
    }
}
/** A legacy `.sig` layer: the signature annotation over the simple-signing payload. */
function simpleSigningValid(policy, payload, annotations) {
    const signature = annotations?.[_cosign_legacy_js__WEBPACK_IMPORTED_MODULE_3__/* .SIGNATURE_ANNOTATION */ .ZB];
    if (!signature)
        return false;
    if (policy.kind === 'key')
        return (0,_simple_signing_js__WEBPACK_IMPORTED_MODULE_7__/* .verifyPayload */ .Lo)(payload, signature, policy.publicKey);
    try {
        const bundle = (0,_cosign_keyless_js__WEBPACK_IMPORTED_MODULE_4__/* .bundleFromLayer */ .AC)({ payload, signature }, annotations);
        return bundle !== undefined && keylessSigner(policy, bundle, payload);
    }
    catch {
        return false;
    }
}
/** A legacy `.att` layer (a DSSE envelope): its payload when validly signed, else undefined. */
function attestationPayload(policy, content, annotations) {
    let envelope;
    try {
        envelope = (0,_dsse_js__WEBPACK_IMPORTED_MODULE_5__/* .parseEnvelope */ .mE)(content);
    }
    catch {
        return undefined;
    }
    if (policy.kind === 'key')
        return (0,_dsse_js__WEBPACK_IMPORTED_MODULE_5__/* .openEnvelope */ .hk)(envelope, policy.publicKey);
    try {
        const bundle = (0,_cosign_keyless_js__WEBPACK_IMPORTED_MODULE_4__/* .bundleFromLayer */ .AC)({ envelope }, annotations);
        return bundle && keylessSigner(policy, bundle) ? Buffer.from(envelope.payload, 'base64') : undefined;
    }
    catch {
        return undefined;
    }
}
/** A Sigstore bundle (a referrer's content): the DSSE payload when validly signed, else undefined. */
function bundlePayload(policy, content) {
    let json;
    try {
        json = JSON.parse(content.toString('utf8'));
    }
    catch {
        return undefined;
    }
    if (!json?.dsseEnvelope)
        return undefined;
    if (policy.kind === 'key') {
        // Key-based bundles name the key by a hint only; the key given to verify is what decides.
        try {
            return (0,_dsse_js__WEBPACK_IMPORTED_MODULE_5__/* .openEnvelope */ .hk)(json.dsseEnvelope, policy.publicKey);
        }
        catch {
            return undefined;
        }
    }
    try {
        const bundle = (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.bundleFromJSON)(json);
        if (bundle.content.$case !== 'dsseEnvelope' || !keylessSigner(policy, bundle))
            return undefined;
        return bundle.content.dsseEnvelope.payload;
    }
    catch {
        return undefined;
    }
}


/***/ })

};
