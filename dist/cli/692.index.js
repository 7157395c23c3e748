export const id = 692;
export const ids = [692,258];
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

/***/ 12834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fg: () => (/* binding */ ToolClock),
  m0: () => (/* binding */ exec),
  os: () => (/* binding */ tailLines),
  oM: () => (/* binding */ toolTimeMs),
  xP: () => (/* binding */ withToolClock)
});

// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(16698);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/scratch/journal.ts
var journal = __webpack_require__(51593);
// EXTERNAL MODULE: ./src/scratch/registry.ts
var registry = __webpack_require__(22455);
;// CONCATENATED MODULE: ./src/tools/child-env.ts
/**
 * What a child process may see of osimg's environment: an allow-list, never the whole of it. osimg's
 * own settings and secrets (OSIMG_REGISTRY_PASSWORD, the Actions runner's INPUT_*, tokens) stay in osimg;
 * a tool class passes a child whatever else it needs explicitly (ExecOptions.env).
 */
/** Names every tool may need: where programs and home are, locale, scratch, proxies, CA bundles. */
const PASSED = new Set([
    'PATH',
    'HOME',
    'USER',
    'LOGNAME',
    'LANG',
    'LANGUAGE',
    'TZ',
    'TMPDIR',
    'http_proxy',
    'https_proxy',
    'no_proxy',
    'all_proxy',
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'NO_PROXY',
    'ALL_PROXY',
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    // Where buildah, skopeo and podman keep their user state and configuration.
    'XDG_RUNTIME_DIR',
    'XDG_CONFIG_HOME',
    'XDG_DATA_HOME',
    'REGISTRY_AUTH_FILE',
    'DOCKER_CONFIG',
]);
/** Prefixes of the same kind: locale categories and the containers tools' own configuration files. */
const PASSED_PREFIXES = ['LC_', 'CONTAINERS_', 'BUILDAH_'];
/**
 * Extra names the user (or a test's fake tool) wants passed, comma-separated: for a tool setting osimg
 * does not know about. Never needed for osimg's own credentials, which go to exactly one child.
 */
const EXTRA_ENV_VARIABLE = 'OSIMG_CHILD_ENV';
function childEnvironment(parent, added = {}) {
    const extra = new Set((parent[EXTRA_ENV_VARIABLE] ?? '')
        .split(',')
        .map((name) => name.trim())
        .filter((name) => name.length > 0));
    const env = {};
    for (const [name, value] of Object.entries(parent)) {
        if (value === undefined)
            continue;
        if (PASSED.has(name) || extra.has(name) || PASSED_PREFIXES.some((prefix) => name.startsWith(prefix))) {
            env[name] = value;
        }
    }
    for (const [name, value] of Object.entries(added)) {
        if (value === undefined)
            delete env[name];
        else
            env[name] = value;
    }
    return env;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/tools/launcher.ts
/**
 * How exec starts a program so it cannot outlive osimg: through util-linux `setpriv --pdeathsig KILL`,
 * which asks the kernel to SIGKILL the child when osimg dies, however it dies (SIGKILL included). Where
 * setpriv is missing or too old, the program starts directly (the process group kill still applies).
 */


/** The executable `file` names (a path, or a name looked up on `path`), or undefined if there is none. */
function resolveExecutable(file, path = '', cwd = '.') {
    const candidates = file.includes('/')
        ? [(0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.resolve)(cwd, file)]
        : path
            .split(external_node_path_.delimiter)
            .filter((dir) => dir.length > 0)
            .map((dir) => (0,external_node_path_.join)(dir, file));
    return candidates.find(isExecutableFile);
}
function isExecutableFile(path) {
    try {
        (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.X_OK);
        return (0,external_node_fs_.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}
const setprivByPath = new Map();
/** setpriv with --pdeathsig on this PATH, found once per PATH. */
function setpriv(path, probe) {
    if (!setprivByPath.has(path)) {
        const found = resolveExecutable('setpriv', path) ?? resolveExecutable('setpriv', '/usr/bin:/bin');
        setprivByPath.set(path, found && probe(found).includes('--pdeathsig') ? found : undefined);
    }
    return setprivByPath.get(path);
}
/** The argv that starts `file args` with a parent-death signal, or undefined when `file` is not found. */
function launcher(file, args, path, cwd, probe) {
    const executable = resolveExecutable(file, path, cwd);
    if (!executable) {
        return file.includes('/') && (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(cwd, file)) ? { notExecutable: true } : undefined;
    }
    // The program keeps the name it was given as argv[0] (some tools read it; ps and tests match it):
    // setpriv looks it up on the same PATH (the child's), in the same working directory.
    const wrapper = setpriv(path, probe);
    if (!wrapper)
        return { file, args: [...args] };
    return { file: wrapper, args: ['--pdeathsig', 'KILL', '--', file, ...args] };
}

;// CONCATENATED MODULE: ./src/tools/exec.ts
/**
 * The only place in osimg that starts processes. Always an argv array, never a shell; output captured and
 * capped; a timeout and an AbortSignal that end the process (TERM, then KILL); failures as CommandError.
 * Each child leads its own process group (registered, so signals and exit kill all of it), dies with
 * osimg even on SIGKILL (a parent-death signal), and sees only an allow-listed environment.
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
const workClock = new external_node_async_hooks_.AsyncLocalStorage();
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
function setprivHelp(setpriv) {
    return (0,external_node_child_process_.spawnSync)(setpriv, ['--help'], { encoding: 'utf8', timeout: 5000, env: {} }).stdout ?? '';
}
const exec = (file, args, options = {}) => {
    const started = Date.now();
    const command = [file, ...args].join(' ');
    return new Promise((resolve, reject) => {
        if (options.signal?.aborted) {
            reject(new errors/* OsimgError */.ec(`${file} was not started: the operation was cancelled`, { code: 'TIMEOUT' }));
            return;
        }
        const env = childEnvironment(process.env, options.env);
        const start = launcher(file, args, env.PATH ?? '', options.cwd ?? '.', setprivHelp);
        if (!start || 'notExecutable' in start) {
            reject(start
                ? new errors/* OsimgError */.ec(`${file} could not be started: it is not an executable file`, {
                    code: 'COMMAND_FAILED',
                })
                : new errors/* OsimgError */.ec(`${file} is not installed or not on PATH`, { code: 'TOOL_NOT_FOUND' }));
            return;
        }
        const child = (0,external_node_child_process_.spawn)(start.file, start.args, {
            cwd: options.cwd,
            env,
            shell: false,
            // Its own process group (setsid): a signal to osimg's terminal group does not reach it half-way,
            // and osimg can end the child together with everything it started.
            detached: true,
            stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        });
        const group = child.pid;
        const untrack = group === undefined ? () => undefined : (0,registry/* trackGroup */.Tq)(group);
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
        const stdoutDecoder = new external_node_string_decoder_.StringDecoder('utf8');
        const lineDecoder = new external_node_string_decoder_.StringDecoder('utf8');
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
        const signalChild = (name) => {
            if (group === undefined || !(0,journal/* killGroup */.i0)(group, name))
                child.kill(name);
        };
        let stopReason;
        let killTimer;
        const stop = (reason) => {
            if (stopReason)
                return;
            stopReason = reason;
            signalChild('SIGTERM');
            killTimer = setTimeout(() => signalChild('SIGKILL'), options.killGraceMs ?? 5000);
            killTimer.unref();
        };
        const timer = options.timeoutMs === undefined
            ? undefined
            : setTimeout(() => stop(`timed out after ${formatSeconds(options.timeoutMs)}`), options.timeoutMs);
        const onAbort = () => stop('was cancelled');
        options.signal?.addEventListener('abort', onAbort, { once: true });
        const cleanup = () => {
            untrack();
            if (timer)
                clearTimeout(timer);
            if (killTimer)
                clearTimeout(killTimer);
            options.signal?.removeEventListener('abort', onAbort);
        };
        child.on('error', (error) => {
            cleanup();
            end();
            if (error.code === 'ENOENT' && options.cwd !== undefined && !(0,external_node_fs_.existsSync)(options.cwd)) {
                reject(new errors/* OsimgError */.ec(`${file} was not started: its working directory ${options.cwd} does not exist`, {
                    code: 'COMMAND_FAILED',
                    cause: error,
                }));
            }
            else if (error.code === 'ENOENT') {
                reject(new errors/* OsimgError */.ec(`${file} is not installed or not on PATH`, { code: 'TOOL_NOT_FOUND', cause: error }));
            }
            else {
                reject(new errors/* OsimgError */.ec(`${file} could not be started: ${error.message}`, {
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
                reject(new errors/* CommandError */.Qd(`${file} ${stopReason}`, {
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
                reject(new errors/* CommandError */.Qd(`${file} ${args[0] ?? ''} ${how}${last ? `: ${last}` : ''}`.replace(/\s+/g, ' '), {
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

/***/ 59601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ Tool),
/* harmony export */   Y: () => (/* binding */ extractSemver)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12834);



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
