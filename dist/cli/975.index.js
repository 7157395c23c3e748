export const id = 975;
export const ids = [975];
export const modules = {

/***/ 93761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LINT_HELP: () => (/* binding */ LINT_HELP),
/* harmony export */   lintCommand: () => (/* binding */ lintCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lint_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32047);
/* harmony import */ var _lint_run_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55456);
/* harmony import */ var _scratch_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54865);
/* harmony import */ var _lint_today_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(17196);
/* harmony import */ var _report_severity_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59179);
/* harmony import */ var _tools_git_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(90615);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(74777);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(12280);
/** `osimg lint`: the lint action's steps locally, with the same modules. */









const LINT_HELP = `Usage: osimg lint [PATH...] [options]

Check Containerfiles, compose files and Kubernetes manifests against the ops policy.
PATH is a file or a folder (searched for Containerfiles, Dockerfiles and YAML); default: .

Options:
      --policy FILE             policy file (YAML or JSON)
      --policy-repository REPO  ops repository holding the policy: owner/name, a git URL or a path
      --policy-ref REF          ref in that repository (default: main)
      --policy-path PATH        policy path in that repository (default: osimg-policy.yml)
      --kind KIND               auto (default), os or app
  -f, --format FORMAT           text (default), json or sarif
  -o, --output FILE             write the report to FILE instead of stdout
      --sarif FILE              also write SARIF 2.1.0 to FILE
      --fail-on SEVERITY        none, info, low, medium, high (default), critical
      --fix                     apply the policy's base substitutions and digest pins
      --build-arg K=V           value for an ARG used in FROM (repeatable)
  -q, --quiet                   only the report
  -h, --help                    this help

The token for a private policy repository comes from OSIMG_POLICY_TOKEN (never an argument).
Exit codes: 0 passed, 1 findings at or above --fail-on, 2 bad usage, configuration or input.
`;
async function lintCommand(args, context) {
    const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            policy: { type: 'string' },
            'policy-repository': { type: 'string' },
            'policy-ref': { type: 'string' },
            'policy-path': { type: 'string' },
            kind: { type: 'string' },
            format: { type: 'string', short: 'f' },
            output: { type: 'string', short: 'o' },
            sarif: { type: 'string' },
            'fail-on': { type: 'string' },
            fix: { type: 'boolean' },
            'build-arg': { type: 'string', multiple: true },
            quiet: { type: 'boolean', short: 'q' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help) {
        context.stdout(LINT_HELP);
        return 0;
    }
    const format = (0,_values_js__WEBPACK_IMPORTED_MODULE_6__/* .parseChoice */ .HU)(values.format ?? '', '--format', _lint_report_js__WEBPACK_IMPORTED_MODULE_1__/* .FORMATS */ .hR, 'text');
    const log = new _logger_js__WEBPACK_IMPORTED_MODULE_7__/* .CliLogger */ .f({ quiet: values.quiet ?? false, verbose: false }, context.stderr);
    const run = await (0,_lint_run_js__WEBPACK_IMPORTED_MODULE_2__/* .runLint */ .nU)({
        paths: positionals,
        root: context.cwd,
        policy: {
            file: values.policy,
            repository: values['policy-repository'],
            ref: values['policy-ref'],
            path: values['policy-path'],
            token: context.env.OSIMG_POLICY_TOKEN,
            serverUrl: context.env.GITHUB_SERVER_URL,
        },
        kind: (0,_values_js__WEBPACK_IMPORTED_MODULE_6__/* .parseChoice */ .HU)(values.kind ?? '', '--kind', ['auto', 'os', 'app'], 'auto'),
        failOn: (0,_report_severity_js__WEBPACK_IMPORTED_MODULE_4__/* .parseThreshold */ .B7)(values['fail-on'] ?? '', '--fail-on', 'high'),
        fix: values.fix ?? false,
        today: (0,_lint_today_js__WEBPACK_IMPORTED_MODULE_8__/* .today */ .E)(),
        repository: context.env.GITHUB_REPOSITORY,
        buildArgs: (0,_values_js__WEBPACK_IMPORTED_MODULE_6__/* .parseKeyValues */ .Hl)((values['build-arg'] ?? []).join('\n'), '--build-arg'),
        format,
    }, { git: new _tools_git_js__WEBPACK_IMPORTED_MODULE_5__/* .Git */ .T(), log });
    for (const fix of run.fixes) {
        for (const change of fix.changes)
            log.info(`fixed ${fix.file}:${change.line}: ${change.from} → ${change.to}${change.reason ? ` (${change.reason})` : ''}`);
        for (const skipped of fix.skipped)
            log.warning(`not fixed ${fix.file}:${skipped.line}: ${skipped.reason}`);
    }
    if (values.fix && run.fixes.every((fix) => fix.changes.length === 0 && fix.skipped.length === 0)) {
        log.info('--fix: nothing to fix (no base to substitute or pin by digest under this policy)');
    }
    if (values.output)
        await (0,_scratch_files_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomically */ .lo)(values.output, run.rendered);
    else
        context.stdout(run.rendered);
    if (values.sarif)
        await (0,_scratch_files_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomically */ .lo)(values.sarif, (0,_lint_report_js__WEBPACK_IMPORTED_MODULE_1__/* .render */ .XX)(run.result, 'sarif', 'none'));
    if (run.failing.length > 0 && format !== 'text') {
        log.info(`failed: ${run.failing.length} finding(s) at or above the threshold, first: ${(0,_lint_report_js__WEBPACK_IMPORTED_MODULE_1__/* .ruleTitle */ .zO)(run.failing[0].ruleId)}`);
    }
    return run.failing.length > 0 ? 1 : 0;
}


/***/ }),

/***/ 31054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dZ: () => (/* binding */ requireParentDirectory),
/* harmony export */   jH: () => (/* binding */ readInputFile),
/* harmony export */   s0: () => (/* binding */ checkYamlNesting)
/* harmony export */ });
/* unused harmony exports INPUT_LIMITS, tooLarge, MAX_YAML_NESTING */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/**
 * Reading a file a user points osimg at (Containerfile, manifest, policy, ignores, key, trivy report …)
 * with a size limit that holds before the file is in memory: a 93 MB ignores file is refused by its size,
 * not parsed. The limits are documented in docs/limits.md.
 */



const KiB = 1024;
const MiB = 1024 * KiB;
/** The largest file of each kind osimg reads (bytes). */
const INPUT_LIMITS = {
    containerfile: 1 * MiB,
    manifest: 1 * MiB,
    policy: 1 * MiB,
    ignores: 1 * MiB,
    key: 64 * KiB,
    trustedRoot: 1 * MiB,
    trivyReport: 128 * MiB,
    registryAuth: 1 * MiB,
    rebuildIndex: 16 * MiB,
    predicate: 16 * MiB,
};
function describeSize(bytes) {
    return bytes >= MiB ? `${Math.round((bytes / MiB) * 10) / 10} MiB` : `${Math.ceil(bytes / KiB)} KiB`;
}
/** The sentence for a file over its limit (also used by callers that get text another way). */
function tooLarge(what, kind, size) {
    const limit = INPUT_LIMITS[kind];
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${what} is ${size === undefined ? 'larger than' : `${describeSize(size)}, over`} osimg's ${describeSize(limit)} limit for ${kind} files (docs/limits.md): check that it is the right file`);
}
/**
 * The file as UTF-8 text, refused with one sentence when it is larger than its kind's limit. The size is
 * checked before reading, and the read itself stops one byte past the limit (a FIFO or a growing file
 * has no size to check). Errors from opening (missing file, permissions) are the caller's to word.
 */
async function readInputFile(path, kind, what = path) {
    const limit = INPUT_LIMITS[kind];
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
    try {
        const { size } = await handle.stat();
        if (size > limit)
            throw tooLarge(what, kind, size);
        const chunks = [];
        let total = 0;
        for (;;) {
            const chunk = Buffer.alloc(Math.min(64 * KiB, limit + 1 - total));
            const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
            if (bytesRead === 0)
                break;
            chunks.push(chunk.subarray(0, bytesRead));
            total += bytesRead;
            if (total > limit)
                throw tooLarge(what, kind);
        }
        return Buffer.concat(chunks, total).toString('utf8');
    }
    finally {
        await handle.close();
    }
}
/**
 * An output path the user named must sit in a directory that exists: osimg does not create directories
 * it was not asked for (a typo would otherwise make `/nonexistent/dir/…`). Checked before any work.
 */
async function requireParentDirectory(path, what) {
    const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path);
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(parent).catch(() => undefined);
    if (!info?.isDirectory()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${what} ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quoteInput */ .Zs)(path)} is in ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quoteInput */ .Zs)(parent)}, which is not an existing directory: create it first or choose another path`);
    }
}
/** Deeper flow nesting (`{`/`[` inside each other) than any real file has; the YAML parser slows on it. */
const MAX_YAML_NESTING = 64;
/**
 * Refuses YAML whose brackets nest deeper than MAX_YAML_NESTING before it reaches the parser (a few KB of
 * `{{{{` cost the yaml library seconds). A rough linear scan: quoted text and comments are skipped, and
 * brackets in block scalars count too, which is harmless at this depth.
 */
function checkYamlNesting(text, what) {
    let depth = 0;
    let quote;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quote) {
            if (c === quote)
                quote = undefined;
            else if (c === '\\' && quote === '"')
                i++;
            else if (c === '\n' && quote === "'")
                quote = undefined;
        }
        else if (c === '"' || c === "'")
            quote = c;
        else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
            const end = text.indexOf('\n', i);
            i = end < 0 ? text.length : end;
        }
        else if (c === '{' || c === '[') {
            if (++depth > MAX_YAML_NESTING) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${what} nests brackets more than ${MAX_YAML_NESTING} levels deep: check that it is the right file`);
            }
        }
        else if ((c === '}' || c === ']') && depth > 0)
            depth--;
    }
}


/***/ }),

/***/ 62148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   Fh: () => (/* binding */ registryEndpoint),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   aR: () => (/* binding */ repositoryName),
/* harmony export */   fH: () => (/* binding */ isValidDigest),
/* harmony export */   jW: () => (/* binding */ isLoopbackRegistry),
/* harmony export */   r_: () => (/* binding */ isValidTag)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * Image references in the grammar of distribution/reference (what docker, podman and buildah accept):
 * [registry[:port]/]path[:tag][@algorithm:hex]. Short names are normalised the way docker does it.
 */

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$|^sha512:[a-f0-9]{128}$/;
const DOMAIN = /^(?:localhost|\[[0-9a-fA-F:.]+\]|(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*)(?::[0-9]+)?$/;
const MAX_NAME = 255;
const DOCKER_HUB = 'docker.io';
function isValidTag(tag) {
    return TAG.test(tag);
}
function isValidDigest(digest) {
    return DIGEST.test(digest);
}
/** Whether the first path component names a registry rather than a namespace (docker's rule). */
function looksLikeRegistry(component) {
    return (component.includes('.') || component.includes(':') || component === 'localhost' || /[A-Z]/.test(component));
}
/** The longest reference worth parsing: a 255-character name, a 128-character tag and a sha512 digest. */
const MAX_REFERENCE = 512;
function invalid(input, why) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteInput */ .Zs)(input)} is not a valid image reference: ${why} (expected [registry/]name[:tag][@sha256:digest], lower-case name)`);
}
function parseReference(input) {
    const text = input.trim();
    if (text.length === 0)
        throw invalid(input, 'it is empty');
    if (/\s/.test(text))
        throw invalid(input, 'it contains white space');
    // Name, tag and digest together fit well within this; longer text is not worth scanning.
    if (text.length > MAX_REFERENCE)
        throw invalid(input, `it is over ${MAX_REFERENCE} characters`);
    let rest = text;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!isValidDigest(digest))
            throw invalid(input, `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteInput */ .Zs)(digest, 80)} is not a sha256 or sha512 digest`);
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const lastColon = rest.lastIndexOf(':');
    if (lastColon > lastSlash) {
        tag = rest.slice(lastColon + 1);
        rest = rest.slice(0, lastColon);
        if (!isValidTag(tag)) {
            throw invalid(input, `tag ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteInput */ .Zs)(tag, 80)} must be 1-128 letters, digits, '_', '.' or '-', not starting with '.' or '-'`);
        }
    }
    const parts = rest.split('/');
    let registry = DOCKER_HUB;
    if (parts.length > 1 && looksLikeRegistry(parts[0])) {
        registry = parts.shift();
        if (!DOMAIN.test(registry))
            throw invalid(input, `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteInput */ .Zs)(registry, 80)} is not a valid registry host`);
    }
    if (parts.length === 0 || parts.some((part) => part.length === 0))
        throw invalid(input, 'the name is empty');
    for (const part of parts) {
        if (!COMPONENT.test(part)) {
            throw invalid(input, `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteInput */ .Zs)(part, 80)} must be lower-case letters and digits separated by '.', '_', '__' or '-'`);
        }
    }
    if (registry === 'index.docker.io')
        registry = DOCKER_HUB;
    if (registry === DOCKER_HUB && parts.length === 1)
        parts.unshift('library');
    const repository = parts.join('/');
    if (registry.length + 1 + repository.length > MAX_NAME)
        throw invalid(input, `the name is over ${MAX_NAME} characters`);
    return { registry, repository, tag, digest };
}
/** The name without tag or digest: `registry/repository`. */
function repositoryName(ref) {
    return `${ref.registry}/${ref.repository}`;
}
function formatReference(ref) {
    return `${repositoryName(ref)}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
/**
 * The registry to talk to for a reference: docker.io's API lives elsewhere.
 */
function registryEndpoint(registry) {
    return registry === DOCKER_HUB ? 'registry-1.docker.io' : registry;
}
/** Whether a registry host is on this machine, where plain HTTP is the norm (as docker treats it). */
function isLoopbackRegistry(registry) {
    const host = registry.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}


/***/ }),

/***/ 90615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ Git)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _tool_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59601);
/**
 * git: where the CLI learns which commit and repository an image comes from (Actions gets it from the
 * GitHub context instead).
 */


class Git extends _tool_js__WEBPACK_IMPORTED_MODULE_1__/* .Tool */ .N {
    installHint = 'install git (apt-get install git)';
    constructor(exec) {
        super('git', exec);
    }
    parseVersion(output) {
        return (0,_tool_js__WEBPACK_IMPORTED_MODULE_1__/* .extractSemver */ .Y)(output, 'git');
    }
    static parseHeadCommit(output) {
        const [revision, time] = output.trim().split('\n');
        if (!revision || !/^[0-9a-f]{40,64}$/.test(revision) || !time || !/^\d+$/.test(time))
            return undefined;
        return { revision, commitTime: Number(time) };
    }
    /** `git@github.com:org/repo.git` and friends → `https://github.com/org/repo`, without credentials. */
    static normaliseRemote(url) {
        const text = url.trim();
        const scp = /^[\w.-]+@([\w.-]+):(.+?)(?:\.git)?\/?$/.exec(text);
        if (scp)
            return `https://${scp[1]}/${scp[2]}`;
        try {
            const parsed = new URL(text);
            if (!['https:', 'http:', 'ssh:', 'git:'].includes(parsed.protocol))
                return undefined;
            // An ssh port says nothing about where the web view lives; an http(s) port does.
            const host = parsed.protocol.startsWith('http') ? parsed.host : parsed.hostname;
            return `https://${host}${parsed.pathname.replace(/\.git\/?$/, '').replace(/\/$/, '')}`;
        }
        catch {
            return undefined;
        }
    }
    /** The HEAD commit of the repository containing `dir`, or undefined outside a git checkout. */
    async headCommit(dir) {
        try {
            const result = await this.run(['-C', dir, 'log', '-1', '--format=%H%n%ct']);
            return Git.parseHeadCommit(result.stdout);
        }
        catch (error) {
            if (isUnavailable(error))
                return undefined;
            throw error;
        }
    }
    /**
     * One file of a remote repository at a ref, without a checkout: fetch the ref shallowly into an empty
     * repository and show the file. A token goes in an HTTP header through git's environment, never argv.
     */
    async readRemoteFile(url, ref, path, scratch, token) {
        const env = { GIT_TERMINAL_PROMPT: '0' };
        if (token) {
            env.GIT_CONFIG_COUNT = '1';
            env.GIT_CONFIG_KEY_0 = 'http.extraHeader';
            env.GIT_CONFIG_VALUE_0 = `Authorization: Basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
        }
        await this.run(['init', '-q', scratch]);
        try {
            await this.run(['-C', scratch, 'fetch', '--depth=1', '--no-tags', '-q', '--', url, ref], {
                env,
                timeoutMs: 120_000,
            });
        }
        catch (error) {
            const detail = error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandError */ .Qd ? (error.stderrTail.at(-1) ?? error.message) : String(error);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`cannot fetch ${ref} from ${url}: ${detail}; check the repository, the ref, and that the token may read it`, { cause: error });
        }
        try {
            return (await this.run(['-C', scratch, 'show', `FETCH_HEAD:${path}`])).stdout;
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${url} has no file ${path} at ${ref}: check the policy path`, {
                cause: error,
            });
        }
    }
    async remoteUrl(dir, remote = 'origin') {
        try {
            const result = await this.run(['-C', dir, 'remote', 'get-url', remote]);
            return Git.normaliseRemote(result.stdout);
        }
        catch (error) {
            if (isUnavailable(error))
                return undefined;
            throw error;
        }
    }
}
/** Not a checkout, no such remote, or no git at all: the source is simply unknown, never an error. */
function isUnavailable(error) {
    return error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandError */ .Qd || (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OsimgError */ .ec && error.code === 'TOOL_NOT_FOUND');
}


/***/ })

};
