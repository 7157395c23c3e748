export const id = 75;
export const ids = [75];
export const modules = {

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
function invalid(input, why) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`"${input}" is not a valid image reference: ${why} (expected [registry/]name[:tag][@sha256:digest], lower-case name)`);
}
function parseReference(input) {
    const text = input.trim();
    if (text.length === 0)
        throw invalid(input, 'it is empty');
    if (/\s/.test(text))
        throw invalid(input, 'it contains white space');
    let rest = text;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!isValidDigest(digest))
            throw invalid(input, `"${digest}" is not a sha256 or sha512 digest`);
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const lastColon = rest.lastIndexOf(':');
    if (lastColon > lastSlash) {
        tag = rest.slice(lastColon + 1);
        rest = rest.slice(0, lastColon);
        if (!isValidTag(tag)) {
            throw invalid(input, `tag "${tag}" must be 1-128 letters, digits, '_', '.' or '-', not starting with '.' or '-'`);
        }
    }
    const parts = rest.split('/');
    let registry = DOCKER_HUB;
    if (parts.length > 1 && looksLikeRegistry(parts[0])) {
        registry = parts.shift();
        if (!DOMAIN.test(registry))
            throw invalid(input, `"${registry}" is not a valid registry host`);
    }
    if (parts.length === 0 || parts.some((part) => part.length === 0))
        throw invalid(input, 'the name is empty');
    for (const part of parts) {
        if (!COMPONENT.test(part)) {
            throw invalid(input, `"${part}" must be lower-case letters and digits separated by '.', '_', '__' or '-'`);
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

/***/ 53638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JI: () => (/* binding */ BuildStepError),
/* harmony export */   Oz: () => (/* binding */ Buildah)
/* harmony export */ });
/* unused harmony export explainPullFailure */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12122);
/* harmony import */ var _tool_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59601);
/**
 * buildah: builds Containerfiles daemonless, inspects and pulls images, exports them to OCI layouts.
 * Argument builders and parsers are pure and static so they are tested without the binary.
 */




/** A Containerfile step failed; the build domain adds the file and line. */
class BuildStepError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CommandError */ .Qd {
    failure;
    constructor(message, failure, details) {
        super(message, details);
        this.failure = failure;
    }
}
const NOT_FOUND = /image not known|no such image|not found|does not exist/i;
class Buildah extends _tool_js__WEBPACK_IMPORTED_MODULE_3__/* .Tool */ .N {
    storage;
    installHint = 'install buildah (Debian/Ubuntu: apt-get install buildah; Fedora: dnf install buildah)';
    constructor(storage = {}, exec) {
        super('buildah', exec);
        this.storage = storage;
    }
    parseVersion(output) {
        return (0,_tool_js__WEBPACK_IMPORTED_MODULE_3__/* .extractSemver */ .Y)(output, 'buildah');
    }
    static globalArgs(storage) {
        const args = [];
        if (storage.root)
            args.push(`--root=${storage.root}`);
        if (storage.runroot)
            args.push(`--runroot=${storage.runroot}`);
        if (storage.driver)
            args.push(`--storage-driver=${storage.driver}`);
        return args;
    }
    /** `buildah build` arguments. User values go in `--flag=value` form so none can pose as a flag. */
    static buildArgs(options) {
        const args = ['build', `--file=${options.containerfile}`, `--iidfile=${options.iidfile}`];
        args.push(options.layers ? '--layers' : '--layers=false');
        if (options.ignorefile)
            args.push(`--ignorefile=${options.ignorefile}`);
        for (const tag of options.tags)
            args.push(`--tag=${tag}`);
        for (const [key, value] of Object.entries(options.buildArgs))
            args.push(`--build-arg=${key}=${value}`);
        for (const [key, value] of Object.entries(options.labels))
            args.push(`--label=${key}=${value}`);
        if (options.platform)
            args.push(`--platform=${options.platform}`);
        if (options.isolation)
            args.push(`--isolation=${options.isolation}`);
        if (options.timestamp !== undefined)
            args.push(`--timestamp=${options.timestamp}`);
        for (const ref of options.cacheFrom ?? [])
            args.push(`--cache-from=${ref}`);
        for (const ref of options.cacheTo ?? [])
            args.push(`--cache-to=${ref}`);
        if (options.authfile)
            args.push(`--authfile=${options.authfile}`);
        if (options.tlsVerify === false)
            args.push('--tls-verify=false');
        args.push(`--pull=${Buildah.pullFlag(options.pull ?? 'missing')}`);
        // Never let the context pose as a flag, whatever its name.
        args.push(options.context.startsWith('-') ? `./${options.context}` : options.context);
        return args;
    }
    static pullFlag(policy) {
        return policy === 'missing' ? 'false' : policy;
    }
    static pullArgs(ref, options) {
        const args = ['pull', '--quiet'];
        if (options.platform)
            args.push(`--platform=${options.platform}`);
        if (options.authfile)
            args.push(`--authfile=${options.authfile}`);
        if (options.tlsVerify === false)
            args.push('--tls-verify=false');
        args.push(ref);
        return args;
    }
    static pushToLayoutArgs(imageId, layoutDir, tag, digestfile) {
        return [
            'push',
            '--quiet',
            '--format=oci',
            `--digestfile=${digestfile}`,
            imageId,
            `oci:${layoutDir}:${tag}`,
        ];
    }
    /** Parses `buildah inspect --type image` JSON. */
    static parseInspect(json) {
        let data;
        try {
            data = JSON.parse(json);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OsimgError */ .ec(`cannot read buildah inspect output: ${error.message}`, {
                cause: error,
            });
        }
        if (typeof data !== 'object' || data === null || !data.FromImageID || !data.OCIv1)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OsimgError */ .ec('buildah inspect output has no image ID or OCI config');
        return {
            id: data.FromImageID,
            digest: data.FromImageDigest ?? '',
            created: data.OCIv1.created,
            os: data.OCIv1.os ?? '',
            architecture: data.OCIv1.architecture ?? '',
            labels: data.OCIv1.config?.Labels ?? {},
            layers: data.OCIv1.rootfs?.diff_ids?.length ?? 0,
            size: manifestSize(data.Manifest),
        };
    }
    /**
     * Finds the failing step in build output: buildah prints `STEP n/m: INSTRUCTION` before each step and
     * `Error: building at STEP "...": ...` when one fails.
     */
    static parseBuildFailure(output) {
        const lines = output.split(/\r?\n/);
        const step = lines.filter((line) => /^STEP \d+(\/\d+)?: /.test(line)).at(-1);
        const instruction = step?.replace(/^STEP \d+(\/\d+)?: /, '');
        const errorLine = lines.filter((line) => /^Error: /.test(line)).at(-1);
        let reason = (errorLine ?? (0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .tailLines */ .os)(output, 1)[0] ?? 'unknown error').replace(/^Error: /, '');
        if (instruction && reason.startsWith(`building at STEP "${instruction}": `)) {
            reason = reason.slice(`building at STEP "${instruction}": `.length);
        }
        reason = reason.replace(/^while running runtime: /, '');
        return { instruction, reason };
    }
    async build(options, onLine) {
        let output = '';
        const collect = (line) => {
            output += `${line}\n`;
            if (output.length > 512 * 1024)
                output = output.slice(-256 * 1024);
            onLine?.(line);
        };
        try {
            await this.run([...Buildah.globalArgs(this.storage), ...Buildah.buildArgs(options)], {
                onStdoutLine: collect,
                onStderrLine: collect,
            });
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CommandError */ .Qd))
                throw error;
            const failure = Buildah.parseBuildFailure(output);
            const where = failure.instruction ? `at ${failure.instruction}` : 'before the first step';
            throw new BuildStepError(`the build failed ${where}: ${failure.reason}`, failure, {
                command: error.command,
                exitCode: error.exitCode,
                stderrTail: (0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .tailLines */ .os)(output),
                code: 'BUILD_FAILED',
                cause: error,
            });
        }
        const id = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(options.iidfile, 'utf8')).trim();
        if (!/^sha256:[a-f0-9]{64}$/.test(id))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OsimgError */ .ec(`buildah wrote an unexpected image ID: "${id}"`);
        return id;
    }
    /** The image in local storage, or undefined when there is none by that name or ID. */
    async inspectImage(ref) {
        try {
            const result = await this.run([...Buildah.globalArgs(this.storage), 'inspect', '--type=image', ref]);
            return Buildah.parseInspect(result.stdout);
        }
        catch (error) {
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CommandError */ .Qd && NOT_FOUND.test(error.stderrTail.join('\n')))
                return undefined;
            throw error;
        }
    }
    async pull(ref, options = {}) {
        try {
            await this.run([...Buildah.globalArgs(this.storage), ...Buildah.pullArgs(ref, options)]);
        }
        catch (error) {
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CommandError */ .Qd)
                throw explainPullFailure(ref, error);
            throw error;
        }
    }
    /** Writes the image to an OCI layout directory and returns the manifest digest there. */
    async pushToLayout(imageId, layoutDir, tag, digestfile) {
        await this.run([
            ...Buildah.globalArgs(this.storage),
            ...Buildah.pushToLayoutArgs(imageId, layoutDir, tag, digestfile),
        ]);
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(digestfile, 'utf8')).trim();
    }
}
/** Turns containers/image pull errors into sentences that say what to do. */
function explainPullFailure(ref, error) {
    const text = error.stderrTail.join('\n');
    if (/manifest unknown|name unknown|not found|repository name not known|does not exist/i.test(text)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`the base image "${ref}" was not found: check the name and tag in the FROM line, or build and push that base first`, { cause: error });
    }
    // Network failures first: their text carries addresses whose ports could look like HTTP statuses.
    if (/connection refused|no such host|i\/o timeout|network is unreachable|server gave HTTP response to HTTPS client/i.test(text)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OsimgError */ .ec(`cannot reach the registry of the base image "${ref}": ${(0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .tailLines */ .os)(text, 1)[0] ?? ''}`, {
            code: 'REGISTRY',
            cause: error,
        });
    }
    if (/unauthorized|authentication required|denied|\b40[13]\b/i.test(text)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OsimgError */ .ec(`pulling the base image "${ref}" was refused: give credentials for its registry (username/password, or log in first)`, { code: 'AUTH', cause: error });
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OsimgError */ .ec(`pulling the base image "${ref}" failed: ${(0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .tailLines */ .os)(text, 1)[0] ?? error.message}`, {
        code: 'REGISTRY',
        cause: error,
    });
}
/** Config plus layer sizes of a stored manifest (JSON text); 0 when it cannot be read. */
function manifestSize(text) {
    const sizeOf = (descriptor) => {
        const size = descriptor?.size;
        return typeof size === 'number' && Number.isFinite(size) ? size : 0;
    };
    try {
        const manifest = JSON.parse(text ?? '{}');
        const layers = Array.isArray(manifest?.layers) ? manifest.layers : [];
        return sizeOf(manifest?.config) + layers.reduce((sum, layer) => sum + sizeOf(layer), 0);
    }
    catch {
        return 0;
    }
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
