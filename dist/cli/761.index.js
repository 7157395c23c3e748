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

/***/ 12122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fg: () => (/* binding */ ToolClock),
/* harmony export */   m0: () => (/* binding */ exec),
/* harmony export */   oM: () => (/* binding */ toolTimeMs),
/* harmony export */   os: () => (/* binding */ tailLines),
/* harmony export */   xP: () => (/* binding */ withToolClock)
/* harmony export */ });
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16698);
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_async_hooks__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/**
 * The only place in osimg that starts processes. Always an argv array, never a shell; output captured and
 * capped; a timeout and an AbortSignal that end the process (TERM, then KILL); failures as CommandError.
 */





const STDERR_KEEP = 256 * 1024;
const TAIL_LINES = 15;
/** The last non-empty lines of some output, for error messages. */
function tailLines(text, count = TAIL_LINES) {
    if (count <= 0)
        return [];
    return text
        .split(/\r?\n/)
        .map((line) => line.trimEnd())
        .filter((line) => line.length > 0)
        .slice(-count);
}
/** Splits a byte stream into lines for a callback, keeping a partial last line until more arrives. */
function lineSplitter(onLine) {
    let pending = '';
    return {
        push(chunk) {
            if (!onLine)
                return;
            pending += chunk;
            const lines = pending.split(/\r?\n/);
            pending = lines.pop() ?? '';
            for (const line of lines)
                onLine(line);
        },
        flush() {
            if (onLine && pending.length > 0)
                onLine(pending);
            pending = '';
        },
    };
}
/**
 * Wall time during which at least one child process ran (overlaps counted once): what the wrapped tools
 * cost, so a pipeline can tell its own overhead from theirs. One clock for the whole process, and one per
 * unit of work that asks for its own (`withToolClock`: a pipeline stage running beside another).
 */
class ToolClock {
    running = 0;
    busySince = 0;
    busyMs = 0;
    ms() {
        return this.busyMs + (this.running > 0 ? Date.now() - this.busySince : 0);
    }
    started() {
        if (this.running++ === 0)
            this.busySince = Date.now();
    }
    ended() {
        if (--this.running === 0)
            this.busyMs += Date.now() - this.busySince;
    }
}
const processClock = new ToolClock();
const workClock = new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();
function toolTimeMs() {
    return processClock.ms();
}
/** Runs `work` with its own tool clock: the children it (and only it) starts are counted there too. */
function withToolClock(clock, work) {
    return workClock.run(clock, work);
}
function childStarted() {
    const clocks = [processClock, workClock.getStore()].filter((clock) => clock !== undefined);
    for (const clock of clocks)
        clock.started();
    return () => clocks.forEach((clock) => clock.ended());
}
const exec = (file, args, options = {}) => {
    const started = Date.now();
    const command = [file, ...args].join(' ');
    return new Promise((resolve, reject) => {
        if (options.signal?.aborted) {
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .OsimgError */ .ec(`${file} was not started: the operation was cancelled`, { code: 'TIMEOUT' }));
            return;
        }
        const env = { ...process.env };
        for (const [key, value] of Object.entries(options.env ?? {})) {
            if (value === undefined)
                delete env[key];
            else
                env[key] = value;
        }
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_1__.spawn)(file, [...args], {
            cwd: options.cwd,
            env,
            shell: false,
            stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        });
        // A background server (a local registry) is not work done for the caller: not tool time.
        let stopClocks = options.background ? undefined : childStarted();
        const end = () => {
            stopClocks?.();
            stopClocks = undefined;
        };
        const maxStdout = options.maxStdoutBytes ?? 64 * 1024 * 1024;
        let stdout = '';
        let stdoutBytes = 0;
        let stdoutTruncated = false;
        let stderr = '';
        const outLines = lineSplitter(options.onStdoutLine);
        const errLines = lineSplitter(options.onStderrLine);
        const childStdout = child.stdout;
        const childStderr = child.stderr;
        const stdoutDecoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_3__.StringDecoder('utf8');
        const lineDecoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_3__.StringDecoder('utf8');
        childStderr.setEncoding('utf8');
        childStdout.on('data', (chunk) => {
            // The cap is in bytes; decoding keeps multi-byte characters whole across chunks.
            const kept = chunk.subarray(0, Math.max(0, maxStdout - stdoutBytes));
            if (kept.length < chunk.length)
                stdoutTruncated = true;
            stdoutBytes += kept.length;
            stdout += stdoutDecoder.write(kept);
            outLines.push(lineDecoder.write(chunk));
        });
        childStderr.on('data', (chunk) => {
            errLines.push(chunk);
            stderr += chunk;
            if (stderr.length > STDERR_KEEP * 2)
                stderr = stderr.slice(-STDERR_KEEP);
        });
        let stopReason;
        let killTimer;
        const stop = (reason) => {
            if (stopReason)
                return;
            stopReason = reason;
            child.kill('SIGTERM');
            killTimer = setTimeout(() => child.kill('SIGKILL'), options.killGraceMs ?? 5000);
            killTimer.unref();
        };
        const timer = options.timeoutMs === undefined
            ? undefined
            : setTimeout(() => stop(`timed out after ${formatSeconds(options.timeoutMs)}`), options.timeoutMs);
        const onAbort = () => stop('was cancelled');
        options.signal?.addEventListener('abort', onAbort, { once: true });
        const cleanup = () => {
            if (timer)
                clearTimeout(timer);
            if (killTimer)
                clearTimeout(killTimer);
            options.signal?.removeEventListener('abort', onAbort);
        };
        child.on('error', (error) => {
            cleanup();
            end();
            if (error.code === 'ENOENT' && options.cwd !== undefined && !(0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(options.cwd)) {
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .OsimgError */ .ec(`${file} was not started: its working directory ${options.cwd} does not exist`, {
                    code: 'COMMAND_FAILED',
                    cause: error,
                }));
            }
            else if (error.code === 'ENOENT') {
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .OsimgError */ .ec(`${file} is not installed or not on PATH`, { code: 'TOOL_NOT_FOUND', cause: error }));
            }
            else {
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .OsimgError */ .ec(`${file} could not be started: ${error.message}`, {
                    code: 'COMMAND_FAILED',
                    cause: error,
                }));
            }
        });
        if (options.input !== undefined && child.stdin) {
            // A child that exits without reading stdin must not crash us with EPIPE.
            child.stdin.on('error', () => undefined);
            child.stdin.end(options.input);
        }
        child.on('close', (code, signal) => {
            cleanup();
            end();
            outLines.push(lineDecoder.end());
            outLines.flush();
            errLines.flush();
            const durationMs = Date.now() - started;
            const exitCode = code ?? -1;
            if (stopReason) {
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CommandError */ .Qd(`${file} ${stopReason}`, {
                    command,
                    exitCode: code,
                    stderrTail: tailLines(stderr),
                    code: 'TIMEOUT',
                }));
                return;
            }
            stdout += stdoutDecoder.end();
            if (stdoutTruncated)
                stdout += '\n[output truncated]';
            if (!(options.okExitCodes ?? [0]).includes(exitCode)) {
                const how = signal ? `was killed by ${signal}` : `exited with code ${exitCode}`;
                const tail = tailLines(stderr);
                const last = tail.at(-1);
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CommandError */ .Qd(`${file} ${args[0] ?? ''} ${how}${last ? `: ${last}` : ''}`.replace(/\s+/g, ' '), {
                    command,
                    exitCode: code,
                    stderrTail: tail,
                }));
                return;
            }
            resolve({ exitCode, stdout, stderr, durationMs });
        });
    });
};
function formatSeconds(ms) {
    return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
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
