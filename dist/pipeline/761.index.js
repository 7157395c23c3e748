export const id = 761;
export const ids = [761];
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
/* harmony import */ var _lint_today_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(17196);
/* harmony import */ var _report_severity_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59179);
/* harmony import */ var _tools_git_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90615);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74777);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(12280);
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
    const format = (0,_values_js__WEBPACK_IMPORTED_MODULE_5__/* .parseChoice */ .HU)(values.format ?? '', '--format', _lint_report_js__WEBPACK_IMPORTED_MODULE_1__/* .FORMATS */ .hR, 'text');
    const log = new _logger_js__WEBPACK_IMPORTED_MODULE_6__/* .CliLogger */ .f({ quiet: values.quiet ?? false, verbose: false }, context.stderr);
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
        kind: (0,_values_js__WEBPACK_IMPORTED_MODULE_5__/* .parseChoice */ .HU)(values.kind ?? '', '--kind', ['auto', 'os', 'app'], 'auto'),
        failOn: (0,_report_severity_js__WEBPACK_IMPORTED_MODULE_3__/* .parseThreshold */ .B7)(values['fail-on'] ?? '', '--fail-on', 'high'),
        fix: values.fix ?? false,
        today: (0,_lint_today_js__WEBPACK_IMPORTED_MODULE_7__/* .today */ .E)(),
        repository: context.env.GITHUB_REPOSITORY,
        buildArgs: (0,_values_js__WEBPACK_IMPORTED_MODULE_5__/* .parseKeyValues */ .Hl)((values['build-arg'] ?? []).join('\n'), '--build-arg'),
        format,
    }, { git: new _tools_git_js__WEBPACK_IMPORTED_MODULE_4__/* .Git */ .T(), log });
    for (const fix of run.fixes) {
        for (const change of fix.changes)
            log.info(`fixed ${fix.file}:${change.line}: ${change.from} → ${change.to}${change.reason ? ` (${change.reason})` : ''}`);
        for (const skipped of fix.skipped)
            log.warning(`not fixed ${fix.file}:${skipped.line}: ${skipped.reason}`);
    }
    if (values.output)
        await (0,_lint_run_js__WEBPACK_IMPORTED_MODULE_2__/* .writeAtomically */ .vK)(values.output, run.rendered);
    else
        context.stdout(run.rendered);
    if (values.sarif)
        await (0,_lint_run_js__WEBPACK_IMPORTED_MODULE_2__/* .writeAtomically */ .vK)(values.sarif, (0,_lint_report_js__WEBPACK_IMPORTED_MODULE_1__/* .render */ .XX)(run.result, 'sarif', 'none'));
    if (run.failing.length > 0 && format !== 'text') {
        log.info(`failed: ${run.failing.length} finding(s) at or above the threshold, first: ${(0,_lint_report_js__WEBPACK_IMPORTED_MODULE_1__/* .ruleTitle */ .zO)(run.failing[0].ruleId)}`);
    }
    return run.failing.length > 0 ? 1 : 0;
}


/***/ }),

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

/***/ 17196:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ today)
/* harmony export */ });
/** Today's date as YYYY-MM-DD (UTC): what bans and exceptions are compared with. */
function today(now = new Date()) {
    return now.toISOString().slice(0, 10);
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


/***/ }),

/***/ 59601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ Tool),
/* harmony export */   Y: () => (/* binding */ extractSemver)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12122);



/**
 * Base of the one-class-per-binary wrappers: availability, a memoised version, and a run() that turns a
 * missing binary into an error that says how to install it.
 */
class Tool {
    binary;
    exec;
    versionPromise;
    constructor(binary, exec = _exec_js__WEBPACK_IMPORTED_MODULE_2__/* .exec */ .m0) {
        this.binary = binary;
        this.exec = exec;
    }
    versionArgs() {
        return ['--version'];
    }
    async isAvailable() {
        try {
            await this.version();
            return true;
        }
        catch {
            return false;
        }
    }
    version() {
        this.versionPromise ??= this.run(this.versionArgs()).then((result) => this.parseVersion(result.stdout));
        // A failed probe must not be cached: the tool may be installed afterwards.
        this.versionPromise.catch(() => (this.versionPromise = undefined));
        return this.versionPromise;
    }
    async versionSatisfies(range) {
        return semver__WEBPACK_IMPORTED_MODULE_0___default().satisfies(await this.version(), range);
    }
    async run(args, options) {
        try {
            return await this.exec(this.binary, args, options);
        }
        catch (error) {
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OsimgError */ .ec && error.code === 'TOOL_NOT_FOUND') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OsimgError */ .ec(`${this.binary} is not installed or not on PATH: ${this.installHint}`, {
                    code: 'TOOL_NOT_FOUND',
                    cause: error,
                });
            }
            throw error;
        }
    }
}
/** Pulls `x.y.z` out of a version line ("buildah version 1.28.2 (image-spec ...)"). */
function extractSemver(output, binary) {
    const match = /(\d+)\.(\d+)(?:\.(\d+))?/.exec(output);
    if (!match)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OsimgError */ .ec(`cannot read the version of ${binary} from: ${output.slice(0, 200)}`);
    return `${match[1]}.${match[2]}.${match[3] ?? '0'}`;
}


/***/ })

};
