export const id = 142;
export const ids = [142];
export const modules = {

/***/ 80142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PIPELINE_HELP: () => (/* binding */ PIPELINE_HELP),
  pipelineCommand: () => (/* binding */ pipelineCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/tools/buildah.ts
var buildah = __webpack_require__(53638);
// EXTERNAL MODULE: ./src/pipeline/plan.ts + 1 modules
var pipeline_plan = __webpack_require__(67339);
// EXTERNAL MODULE: ./src/oci/http.ts
var http = __webpack_require__(95809);
// EXTERNAL MODULE: ./src/oci/retry.ts
var retry = __webpack_require__(49963);
// EXTERNAL MODULE: ./src/tools/exec.ts + 2 modules
var exec = __webpack_require__(12834);
// EXTERNAL MODULE: ./src/net.ts
var net = __webpack_require__(88316);
// EXTERNAL MODULE: ./src/scratch/files.ts
var scratch_files = __webpack_require__(54865);
;// CONCATENATED MODULE: ./src/pipeline/local-registry.ts
/**
 * A throwaway OCI registry on loopback for a local pipeline run: the distribution registry (Debian's
 * `docker-registry`, upstream's `registry`) with its storage in a temp directory, stopped and removed
 * after the run.
 */









async function moveDir(from, to) {
    await (0,promises_.rm)(to, { recursive: true, force: true });
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(to), { recursive: true });
    try {
        await (0,promises_.rename)(from, to);
    }
    catch (error) {
        if (error.code !== 'EXDEV')
            throw error;
        await (0,promises_.cp)(from, to, { recursive: true });
    }
}
const BINARIES = ['docker-registry', 'registry'];
async function answers(address) {
    try {
        const response = await (0,http/* httpRequest */.aj)({ method: 'GET', url: new URL(`http://${address}/v2/`), headers: {} });
        return response.status === 200;
    }
    catch {
        return false;
    }
}
async function startLocalRegistry(options = {}) {
    const dir = (await (0,scratch_files/* makeScratch */.lP)((0,external_node_os_.tmpdir)(), 'osimg-pipeline-registry-')).path;
    const port = await (0,net/* freePort */.o)();
    const address = `127.0.0.1:${port}`;
    const config = (0,external_node_path_.join)(dir, 'config.yml');
    await (0,promises_.writeFile)(config, [
        'version: 0.1',
        'log: {level: error, accesslog: {disabled: true}}',
        `storage: {filesystem: {rootdirectory: ${(0,external_node_path_.join)(dir, 'data')}}, delete: {enabled: true}}`,
        `http: {addr: "${address}"}`,
        '',
    ].join('\n'));
    const abort = new AbortController();
    let exited;
    let failure;
    for (const binary of BINARIES) {
        failure = undefined;
        exited = (0,exec/* exec */.m0)(binary, ['serve', config], {
            signal: abort.signal,
            killGraceMs: 2000,
            background: true,
        }).catch((error) => {
            failure = error;
        });
        await (0,retry/* sleep */.yy)(50);
        if (!(failure instanceof errors/* OsimgError */.ec && failure.code === 'TOOL_NOT_FOUND'))
            break;
    }
    const stop = async (options = {}) => {
        abort.abort();
        await exited;
        try {
            if (options.keep)
                await moveDir((0,external_node_path_.join)(dir, 'data'), options.keep);
        }
        finally {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        }
    };
    if (failure instanceof errors/* OsimgError */.ec && failure.code === 'TOOL_NOT_FOUND') {
        await stop();
        throw new errors/* OsimgError */.ec('no local registry: install the distribution registry (Debian/Ubuntu: apt-get install docker-registry) or pass --registry HOST', { code: 'TOOL_NOT_FOUND' });
    }
    const deadline = Date.now() + (options.deadlineMs ?? 15_000);
    while (!(await answers(address))) {
        if (failure !== undefined || Date.now() > deadline) {
            await stop();
            throw new errors/* OsimgError */.ec(`the local registry did not start on ${address}${failure ? `: ${failure.message}` : ''}; pass --registry HOST to use another`);
        }
        await (0,retry/* sleep */.yy)(100);
    }
    return { address, stop };
}

// EXTERNAL MODULE: ./src/pipeline/report.ts + 2 modules
var pipeline_report = __webpack_require__(16456);
// EXTERNAL MODULE: ./src/pipeline/session.ts + 1 modules
var session = __webpack_require__(49625);
// EXTERNAL MODULE: ./src/pipeline/run.ts
var run = __webpack_require__(319);
// EXTERNAL MODULE: ./src/cli/main.ts + 1 modules
var main = __webpack_require__(80032);
// EXTERNAL MODULE: ./src/cli/sign.ts + 3 modules
var sign = __webpack_require__(8707);
;// CONCATENATED MODULE: ./src/cli/pipeline.ts
/**
 * `osimg pipeline [PATH]`: the whole image pipeline on a laptop with embedded defaults: a registry on
 * loopback started for the run, an ephemeral signing key, then lint → build → scan → sign → verify →
 * disk → boot-test → promote, with progress per stage and a Markdown + HTML report at the end.
 */















const PIPELINE_HELP = `Usage: osimg pipeline [PATH] [options]

Runs the image pipeline locally, as the reusable workflow does in CI: lint, build (pushed by digest),
scan, sign with SBOM/provenance, verify, disk, boot-test, and promote to a channel tag. Ends with
report.md and report.html in the output directory. PATH is the build context with the Containerfile
(default: .). With the run's own registry, the image stays in buildah's local storage afterwards as
localhost/osimg-pipeline/<name of PATH>:<tag>.

Options:
      --image NAME           repository for the image (default: REGISTRY/local/<name of PATH>)
      --registry HOST        use this registry (default: start one on 127.0.0.1 for the run)
      --tag TAG              tag the build pushes (default: pipeline)
      --channel TAG          channel tag promote moves to the verified digest (default: stable)
  -f, --file PATH            Containerfile (default: PATH/Containerfile)
      --build-arg K=V        build argument (repeatable), e.g. --build-arg BASE=registry/base@sha256:…
  -o, --output-dir DIR       reports, SARIF, disk and console log (default: osimg-pipeline)
      --policy FILE          ops policy for lint (default: PATH/osimg-policy.yml when it exists)
      --scan-report FILE     judge this trivy JSON report instead of running trivy (offline machines)
      --key FILE             sign with this key (passphrase in OSIMG_KEY_PASSWORD; default: an ephemeral key)
      --root-filesystem FS   ext4 (default), erofs or initramfs, for the disk
      --kernel-args ARGS     kernel command line for the disk
      --boot-timeout SECONDS overall boot-test deadline
      --expect REGEX, --http 'PORT PATH STATUS [BODY]', --tcp PORT, --unit UNIT, --no-failed-units BOOL
                             the boot test's assertions, as osimg boot-test takes them (repeatable; an
                             image with no systemd needs --no-failed-units false and its own --expect)
      --skip STAGE           skip lint, scan, disk or boot-test (repeatable)
      --storage-driver NAME, --root DIR, --runroot DIR   buildah storage for build and disk
  -v, --verbose              show the VM's console live (it is always kept in OUTPUT/console.log)
  -h, --help                 this help

Exit codes: 0 every stage passed, 1 a stage failed, 2 bad usage.
`;
async function pipelineCommand(args, context) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            image: { type: 'string' },
            registry: { type: 'string' },
            tag: { type: 'string' },
            channel: { type: 'string' },
            file: { type: 'string', short: 'f' },
            'build-arg': { type: 'string', multiple: true },
            'output-dir': { type: 'string', short: 'o' },
            policy: { type: 'string' },
            'scan-report': { type: 'string' },
            key: { type: 'string' },
            'root-filesystem': { type: 'string' },
            'kernel-args': { type: 'string' },
            'boot-timeout': { type: 'string' },
            expect: { type: 'string', multiple: true },
            http: { type: 'string', multiple: true },
            tcp: { type: 'string', multiple: true },
            unit: { type: 'string', multiple: true },
            'no-failed-units': { type: 'string' },
            skip: { type: 'string', multiple: true },
            'storage-driver': { type: 'string' },
            root: { type: 'string' },
            runroot: { type: 'string' },
            verbose: { type: 'boolean', short: 'v' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help) {
        context.stdout(PIPELINE_HELP);
        return 0;
    }
    if (positionals.length > 1)
        throw new errors/* ConfigurationError */.j1('osimg pipeline takes at most one PATH');
    const contextDir = (0,external_node_path_.resolve)(context.cwd, positionals[0] ?? '.');
    const outputDir = (0,external_node_path_.resolve)(context.cwd, values['output-dir'] ?? 'osimg-pipeline');
    const skip = (0,pipeline_plan/* parseSkips */.AP)(values.skip ?? [], '--skip');
    const bootTimeout = values['boot-timeout'] ? Number(values['boot-timeout']) : undefined;
    if (bootTimeout !== undefined && !(bootTimeout > 0)) {
        throw new errors/* ConfigurationError */.j1(`--boot-timeout must be a number of seconds, not "${values['boot-timeout']}"`);
    }
    const storage = ['storage-driver', 'root', 'runroot'].flatMap((name) => values[name] ? [`--${name}`, values[name]] : []);
    const storageOptions = {
        driver: values['storage-driver'],
        root: values.root,
        runroot: values.runroot,
    };
    // The report's time axis starts with the process (node's start-up and module loading count too).
    const clock = new run/* CommandClock */._(context.startedAt ?? Date.now());
    clock.record('start-up', clock.origin);
    await (0,promises_.mkdir)(outputDir, { recursive: true });
    const scratch = (await (0,scratch_files/* makeScratch */.lP)((0,external_node_os_.tmpdir)(), 'osimg-pipeline-')).path;
    let registry;
    let report;
    let title = 'osimg pipeline';
    const say = (line) => context.stderr(`osimg pipeline: ${line}\n`);
    try {
        const env = { ...context.env };
        const keyFile = values.key
            ? { pem: await (0,sign/* readText */.yR)((0,external_node_path_.resolve)(context.cwd, values.key), 'the key', 'key'), name: values.key }
            : undefined;
        const key = await clock.time(keyFile ? 'signing key' : 'signing key (new)', () => (0,session/* signingKeyFiles */.oy)(scratch, env, keyFile));
        if (!values.registry) {
            registry = await clock.time('registry start', () => startLocalRegistry());
            say(`registry for this run on ${registry.address}`);
        }
        const registryHost = values.registry ?? registry.address;
        const name = (0,external_node_path_.basename)(contextDir)
            .toLowerCase()
            .replace(/[^a-z0-9._-]+/g, '-') || 'image';
        const image = values.image ?? `${registryHost}/local/${name}`;
        title = `osimg pipeline: ${image}`;
        const policyDefault = (0,external_node_path_.join)(contextDir, 'osimg-policy.yml');
        const plan = (0,pipeline_plan/* pipelinePlan */.UX)({
            context: contextDir,
            containerfile: values.file ? (0,external_node_path_.resolve)(context.cwd, values.file) : undefined,
            buildArgs: values['build-arg'] ?? [],
            image,
            tag: values.tag ?? 'pipeline',
            channel: values.channel ?? 'stable',
            outputDir,
            policy: values.policy
                ? (0,external_node_path_.resolve)(context.cwd, values.policy)
                : (0,external_node_fs_.existsSync)(policyDefault)
                    ? policyDefault
                    : undefined,
            scanReport: values['scan-report'] ? (0,external_node_path_.resolve)(context.cwd, values['scan-report']) : undefined,
            key,
            rootFilesystem: values['root-filesystem'],
            kernelArgs: values['kernel-args'],
            bootTimeoutSeconds: bootTimeout,
            bootTestArgs: [
                ...(values.expect ?? []).flatMap((pattern) => ['--expect', pattern]),
                ...(values.http ?? []).flatMap((probe) => ['--http', probe]),
                ...(values.tcp ?? []).flatMap((port) => ['--tcp', port]),
                ...(values.unit ?? []).flatMap((unit) => ['--unit', unit]),
                ...(values['no-failed-units'] ? ['--no-failed-units', values['no-failed-units']] : []),
            ],
            storage,
            skip,
            lowPrioritySideWork: context.self !== undefined,
            verbose: values.verbose,
        }, (0,session/* commandInvoker */.Sg)(main/* main */.i, context.cwd, env, (line, command) => context.stderr(`  ${command} │ ${line}\n`), context.self));
        report = await (0,run/* runStages */.JQ)(plan, {
            origin: clock.origin,
            onStart: (stage, index, total) => {
                context.stderr(`[${index + 1}/${total}] ${stage.name}\n`);
            },
            onEnd: (result, index, total) => {
                const mark = { passed: '✓', failed: '✗', skipped: '-' }[result.status];
                context.stderr(`[${index + 1}/${total}] ${mark} ${result.name} (${result.seconds.toFixed(1)} s): ${result.summary}\n`);
            },
        });
        if (registry) {
            // The refs in the report name this registry, which ends with the run: keep what it holds.
            const tag = values.tag ?? 'pipeline';
            const local = report.stages.some((stage) => stage.name === 'build' && stage.status === 'passed')
                ? await clock.time('local image name', () => keepLocally({
                    local: `${image}:${tag}`,
                    kept: `localhost/osimg-pipeline/${image.split('/').at(-1)}:${tag}`,
                }, storageOptions, context))
                : undefined;
            const kept = (0,external_node_path_.join)(outputDir, 'registry');
            const running = registry;
            registry = undefined;
            await clock.time('registry stop (content kept)', () => running.stop({ keep: kept }));
            report.notes.push(`The registry ${running.address} was started for this run and is stopped now, so the refs below no longer resolve there. ` +
                `Everything pushed to it (the image, its signatures and attestations) is kept in ${kept}: serve it again with ` +
                `docker-registry serve and storage.filesystem.rootdirectory: ${kept}, or pass --registry HOST to push to a lasting registry.` +
                (local ? ` The image is also in buildah's local storage as ${local}.` : ''));
        }
        await clock.time('clean up', () => (0,promises_.rm)(scratch, { recursive: true, force: true }));
    }
    finally {
        await registry?.stop();
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
    // Everything up to here is on the report's axis; only writing the report itself (milliseconds) is not.
    report.phases = clock.spans;
    report.seconds = clock.at(Date.now());
    const files = await (0,session/* writeReports */.Li)(report, title, outputDir);
    const own = (0,pipeline_report/* outsideTools */.$i)(report);
    say(`${report.passed ? 'passed' : 'FAILED'} in ${report.seconds.toFixed(1)} s (tools ${report.toolSeconds.toFixed(1)} s, osimg ${own.seconds.toFixed(1)} s); report: ${files.html}`);
    context.stdout((0,pipeline_report/* renderMarkdown */.Gc)(report, title));
    return report.passed ? 0 : 1;
}
/**
 * The build left the image in local storage under the run's registry address, whose port dies with the
 * run: move that name to a stable one, so runs do not pile up dead names and the image stays findable.
 */
async function keepLocally(built, storage, context) {
    try {
        await new buildah/* Buildah */.Oz(storage).rename(built.local, built.kept);
        context.stderr(`osimg pipeline: the run's registry was temporary; the image stays in local storage as ${built.kept}\n`);
        return built.kept;
    }
    catch (error) {
        context.stderr(`osimg pipeline: could not rename the local image ${built.local}: ${(0,errors/* describeError */.Uc)(error)}\n`);
        return undefined;
    }
}


/***/ }),

/***/ 88316:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ unreachable),
/* harmony export */   o: () => (/* binding */ freePort)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/** Loopback networking helpers shared by the VM's port forwards and the pipeline's local registry. */

/** A free TCP port on 127.0.0.1 (the kernel picks one; the caller's server binds it a moment later). */
function freePort() {
    return new Promise((resolve, reject) => {
        const server = (0,node_net__WEBPACK_IMPORTED_MODULE_0__.createServer)();
        server.on('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            server.close(() => typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port')));
        });
    });
}
/**
 * Whether `url`'s host answers a TCP connection within `timeoutMs`: undefined when it does, otherwise a few
 * words saying why not (no DNS, no route, refused, silent). A download tries this once before its retries,
 * so an offline machine learns it in seconds instead of after a minute of backoff.
 */
async function unreachable(url, timeoutMs = 4000) {
    const { hostname, port, protocol } = new URL(url);
    const host = hostname.replace(/^\[|\]$/g, '');
    const target = Number(port) || (protocol === 'http:' ? 80 : 443);
    return new Promise((resolve) => {
        const socket = (0,node_net__WEBPACK_IMPORTED_MODULE_0__.connect)({ host, port: target, timeout: timeoutMs });
        const done = (why) => {
            socket.destroy();
            resolve(why);
        };
        socket.once('connect', () => done(undefined));
        socket.once('timeout', () => done(`${host}:${target} did not answer within ${timeoutMs / 1000} s`));
        socket.once('error', (error) => {
            const reasons = {
                ENOTFOUND: `${host} does not resolve (no DNS)`,
                EAI_AGAIN: `${host} does not resolve (no DNS)`,
                ENETUNREACH: `no route to ${host}`,
                EHOSTUNREACH: `no route to ${host}`,
                ECONNREFUSED: `${host}:${target} refused the connection`,
            };
            done(reasons[error.code ?? ''] ?? `${host}:${target}: ${error.code ?? error.message}`);
        });
    });
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
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12834);
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
    /** Gives a local image the name `to` and takes the name `from` off it (the image itself stays). */
    async rename(from, to) {
        const global = Buildah.globalArgs(this.storage);
        await this.run([...global, 'tag', from, to]);
        await this.run([...global, 'rmi', from]);
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


/***/ })

};
