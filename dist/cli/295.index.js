export const id = 295;
export const ids = [295,258];
export const modules = {

/***/ 12280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ CliLogger)
/* harmony export */ });
class CliLogger {
    options;
    write;
    constructor(options, write = (text) => process.stderr.write(text)) {
        this.options = options;
        this.write = write;
    }
    info(message) {
        if (!this.options.quiet)
            this.write(`${message}\n`);
    }
    warning(message) {
        this.write(`warning: ${message}\n`);
    }
    debug(message) {
        if (this.options.verbose)
            this.write(`debug: ${message}\n`);
    }
    console(line) {
        if (this.options.verbose)
            this.write(`  | ${line}\n`);
    }
    async group(name, work) {
        const started = Date.now();
        if (!this.options.quiet)
            this.write(`==> ${name}\n`);
        const result = await work();
        if (!this.options.quiet)
            this.write(`    ${name}: done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
        return result;
    }
}


/***/ }),

/***/ 40898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ TRUST_OPTIONS),
  VERIFY_HELP: () => (/* binding */ VERIFY_HELP),
  l: () => (/* binding */ trustPolicyFrom),
  verifyCommand: () => (/* binding */ verifyCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/scratch/files.ts
var files = __webpack_require__(54865);
// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __webpack_require__(62148);
// EXTERNAL MODULE: ./src/sign/attest.ts
var attest = __webpack_require__(476);
;// CONCATENATED MODULE: ./src/sign/containers-policy.ts
/**
 * What a host (bootc, podman) needs to enforce the same rule at pull time: a containers policy.json
 * requiring a sigstore signature by the key for the repository, and a registries.d entry that tells
 * containers/image to look for cosign's `.sig` attachments.
 */
function containersPolicy(repository, publicKeyPath) {
    const policy = {
        default: [{ type: 'reject' }],
        transports: {
            docker: {
                // cosign signs the repository name (no tag), so the identity check is on the repository.
                [repository]: [
                    { type: 'sigstoreSigned', keyPath: publicKeyPath, signedIdentity: { type: 'matchRepository' } },
                ],
            },
            'docker-daemon': { '': [{ type: 'reject' }] },
        },
    };
    return `${JSON.stringify(policy, null, 2)}\n`;
}
function registriesDConfig(registry) {
    return `docker:\n  ${registry}:\n    use-sigstore-attachments: true\n`;
}

// EXTERNAL MODULE: ./src/sign/keys.ts
var keys = __webpack_require__(82821);
// EXTERNAL MODULE: ./src/sign/modes.ts + 4 modules
var modes = __webpack_require__(15643);
// EXTERNAL MODULE: ./src/sign/provenance.ts
var provenance = __webpack_require__(40890);
// EXTERNAL MODULE: ./src/sign/signatures.ts + 1 modules
var signatures = __webpack_require__(27908);
// EXTERNAL MODULE: ./src/cli/sign.ts + 3 modules
var sign = __webpack_require__(8707);
;// CONCATENATED MODULE: ./src/cli/verify.ts
/**
 * `osimg verify`: fails closed unless a signature by the key (or the keyless identity) covers the digest
 * and repository, and says which signature layouts it found and which verified. The trust options are
 * shared with `osimg promote`.
 */













const VERIFY_HELP = `Usage: osimg verify IMAGE --key PUBLIC_KEY [--require-attestation TYPE]... [--write-host-policy DIR] [--json]
       osimg verify IMAGE (--certificate-identity ID | --certificate-identity-regexp RE)
                    --certificate-oidc-issuer ISSUER --trusted-root FILE [--require-attestation TYPE]...

Fails closed: exits 0 and prints the verified digest only when a signature by the key (or, keyless, by a
Fulcio certificate for that identity and issuer, chained to the trusted root and logged in Rekor) covers
exactly that digest and repository, and each required attestation type is signed the same way.
--certificate-identity-regexp must match the whole identity (it is anchored). --trusted-root is the
trusted_root.json of the Sigstore instance (osimg does not fetch Sigstore's TUF repository).
--write-host-policy (key only) writes policy.json and registries.d/osimg.yaml for hosts (bootc, podman)
that must enforce the same rule at pull time. Both layouts are read (cosign's .sig tag and Sigstore bundle
referrers); stderr says which held signatures and which verified, --json prints that on stdout instead of
the digest. Identity rules: docs/sign.md.
`;
const TRUST_OPTIONS = {
    key: { type: 'string' },
    'certificate-identity': { type: 'string' },
    'certificate-identity-regexp': { type: 'string' },
    'certificate-oidc-issuer': { type: 'string' },
    'trusted-root': { type: 'string' },
};
/** The trust policy of verify and promote, from TRUST_OPTIONS. */
async function trustPolicyFrom(values, context) {
    const keyPath = values.key ? (0,external_node_path_.resolve)(context.cwd, values.key) : undefined;
    const trustedRoot = values['trusted-root'];
    const policy = (0,modes/* chooseTrustPolicy */.yk)({
        ...(keyPath
            ? { publicKey: (0,keys/* openPublicKey */.Hm)(await (0,sign/* readText */.yR)(keyPath, 'the public key', 'key'), values.key) }
            : {}),
        identity: {
            identity: values['certificate-identity'],
            identityRegexp: values['certificate-identity-regexp'],
            issuer: values['certificate-oidc-issuer'],
        },
        ...(trustedRoot
            ? {
                trustedRoot: {
                    text: await (0,sign/* readText */.yR)((0,external_node_path_.resolve)(context.cwd, trustedRoot), 'the trusted root', 'trustedRoot'),
                    name: trustedRoot,
                },
            }
            : {}),
    }, {
        key: '--key',
        identity: '--certificate-identity',
        identityRegexp: '--certificate-identity-regexp',
        issuer: '--certificate-oidc-issuer',
        trustedRoot: '--trusted-root',
    });
    return { policy, keyPath };
}
async function verifyCommand(args, context) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            ...TRUST_OPTIONS,
            'require-attestation': { type: 'string', multiple: true },
            'write-host-policy': { type: 'string' },
            'tls-verify': { type: 'string' },
            json: { type: 'boolean' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help) {
        context.stdout(VERIFY_HELP);
        return 0;
    }
    const { policy, keyPath } = await trustPolicyFrom(values, context);
    if (values['write-host-policy'] && policy.kind !== 'key') {
        throw new errors/* ConfigurationError */.j1("--write-host-policy works with --key only: containers/image's policy.json can match Fulcio email identities, not the workflow URIs of keyless CI signatures");
    }
    const { ref, client } = await (0,sign/* target */.aC)(positionals, 'verify', context, values['tls-verify']);
    const { digest, layouts } = await (0,signatures/* verifyImageLayouts */.AL)(client, ref, policy);
    const attestations = await (0,attest/* requireAttestations */.Jr)(client, { ...ref, digest }, digest, policy, (values['require-attestation'] ?? []).map(provenance/* predicateTypeOf */.T4));
    if (values['write-host-policy'] && keyPath) {
        const dir = (0,external_node_path_.resolve)(context.cwd, values['write-host-policy']);
        await (0,promises_.mkdir)((0,external_node_path_.resolve)(dir, 'registries.d'), { recursive: true });
        await (0,files/* writeFileAtomically */.lo)((0,external_node_path_.resolve)(dir, 'policy.json'), containersPolicy((0,reference/* repositoryName */.aR)(ref), keyPath));
        await (0,files/* writeFileAtomically */.lo)((0,external_node_path_.resolve)(dir, 'registries.d', 'osimg.yaml'), registriesDConfig(ref.registry));
    }
    const verified = `${(0,reference/* repositoryName */.aR)(ref)}@${digest}`;
    if (values.json) {
        const types = [...new Set(attestations.map((found) => found.predicateType))];
        context.stdout(`${JSON.stringify({ verified, digest, layouts, attestations: types })}\n`);
    }
    else {
        context.stderr(`verified ${verified} (${(0,signatures/* describeLayouts */.Rx)(layouts)})\n`);
        context.stdout(`${verified}\n`);
    }
    return 0;
}


/***/ }),

/***/ 54865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZB: () => (/* binding */ checkWritable),
/* harmony export */   lP: () => (/* binding */ makeScratch),
/* harmony export */   lo: () => (/* binding */ writeFileAtomically),
/* harmony export */   vK: () => (/* binding */ writeAtomically),
/* harmony export */   zd: () => (/* binding */ makeOutputDir)
/* harmony export */ });
/* unused harmony export partialName */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(22455);
/**
 * Atomic writes and private scratch directories: the only way osimg makes files it might not finish.
 * A file is written under a private hidden name in its own directory, flushed, then renamed into place,
 * so a reader sees it whole or not at all; the partial name is registered until the rename.
 */





/** A hidden, unguessable sibling name for writing `path`, renamed into place only when complete. */
function partialName(path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.partial-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`);
}
/** Writes `path` through a partial name: whole, or absent (the partial is removed on any failure). */
async function writeAtomically(path, write, options = {}) {
    if (options.createDirectory)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    const partial = partialName(path);
    const release = (0,_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .trackPath */ .Bb)(partial);
    try {
        await write(partial);
        await flush(partial);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(partial, path);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(partial, { force: true });
        throw error;
    }
    finally {
        release();
    }
}
/** Writes text or bytes atomically; a failure is osimg's one sentence naming the file. */
async function writeFileAtomically(path, content, options = {}) {
    try {
        await writeAtomically(path, async (partial) => {
            const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(partial, 'wx', options.mode ?? 0o644);
            try {
                await handle.writeFile(content);
            }
            finally {
                await handle.close();
            }
        }, options);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`cannot write ${path}: ${describeFsError(error)}`, { cause: error });
    }
}
async function flush(path) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
    try {
        await handle.sync();
    }
    finally {
        await handle.close();
    }
}
function describeFsError(error) {
    const code = error.code;
    if (code === 'EACCES' || code === 'EPERM')
        return 'permission denied; choose a path you can write';
    if (code === 'ENOENT')
        return 'its directory does not exist; create it or choose another path';
    if (code === 'ENOSPC')
        return 'the disk is full';
    if (code === 'EISDIR')
        return 'it is a directory';
    return error.message;
}
/**
 * A private directory (mkdtemp, 0700) for an output with no path of its own (a default console log):
 * never a fixed name in a shared directory. Not registered: it is what the run leaves for the user.
 */
async function makeOutputDir(parent, prefix) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(parent, prefix));
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`cannot make a directory in ${parent}: ${describeFsError(error)}`, {
            cause: error,
        });
    }
}
/** Opens `path` for writing now, so a path that cannot be written fails as one sentence before any work. */
async function checkWritable(path, what) {
    try {
        await (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'w', 0o644)).close();
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`cannot write the ${what} ${path}: ${describeFsError(error)}`, {
            cause: error,
        });
    }
}
/**
 * A private scratch directory (mkdtemp: a fresh unguessable name, mode 0700) under `parent`, registered
 * so that an interruption or the next run's sweep removes it.
 */
async function makeScratch(parent, prefix) {
    let path;
    try {
        path = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(parent, prefix));
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`cannot make a scratch directory in ${parent}: ${describeFsError(error)}`, {
            cause: error,
        });
    }
    const release = (0,_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .trackPath */ .Bb)(path);
    return {
        path,
        remove: async () => {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(path, { recursive: true, force: true, maxRetries: 2 });
            release();
        },
    };
}


/***/ }),

/***/ 74777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   HU: () => (/* binding */ parseChoice),
/* harmony export */   Hl: () => (/* binding */ parseKeyValues),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   cG: () => (/* binding */ parseInteger),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * Parsing user-supplied values the same way in the action and the CLI: lists, KEY=VALUE maps, booleans,
 * integers. Errors name the input and say what form is expected.
 */

/** Newline- or comma-separated; blank items and `#` comment lines dropped. */
function parseList(text) {
    return text
        .split(/\r?\n/)
        .filter((line) => !line.trim().startsWith('#'))
        .flatMap((line) => line.split(','))
        .map((item) => item.trim())
        .filter((item) => item.length > 0);
}
/** One KEY=VALUE per line (the value may contain '=' and commas); blank and `#` lines dropped. */
function parseKeyValues(text, name) {
    const result = {};
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            continue;
        const eq = line.indexOf('=');
        const key = eq > 0 ? line.slice(0, eq).trim() : '';
        if (!key || /\s/.test(key)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${name}: "${line}" is not KEY=VALUE; write one KEY=VALUE per line`);
        }
        result[key] = line.slice(eq + 1);
    }
    return result;
}
function parseBoolean(text, name, fallback) {
    const value = text.trim().toLowerCase();
    if (value === '')
        return fallback;
    if (value === 'true')
        return true;
    if (value === 'false')
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${name} must be true or false, not "${text}"`);
}
function parseInteger(text, name, range = {}) {
    const value = text.trim();
    if (value === '')
        return undefined;
    const min = range.min ?? Number.MIN_SAFE_INTEGER;
    const max = range.max ?? Number.MAX_SAFE_INTEGER;
    if (!/^-?\d+$/.test(value) || Number(value) < min || Number(value) > max) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${name} must be a whole number from ${min} to ${max}, not "${text}"`);
    }
    return Number(value);
}
function parseChoice(text, name, choices, fallback) {
    const value = text.trim();
    if (value === '')
        return fallback;
    if (choices.includes(value))
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${name} must be one of ${choices.join(', ')}, not "${text}"`);
}
/** Text made safe for HTML element content and attribute values. */
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}


/***/ })

};
