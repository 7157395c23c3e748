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
// EXTERNAL MODULE: ./src/pipeline/plan.ts
var pipeline_plan = __webpack_require__(75455);
// EXTERNAL MODULE: ./src/oci/http.ts
var http = __webpack_require__(95809);
// EXTERNAL MODULE: ./src/oci/retry.ts
var retry = __webpack_require__(49963);
// EXTERNAL MODULE: ./src/tools/exec.ts
var exec = __webpack_require__(12122);
// EXTERNAL MODULE: ./src/net.ts
var net = __webpack_require__(88316);
;// CONCATENATED MODULE: ./src/pipeline/local-registry.ts
/**
 * A throwaway OCI registry on loopback for a local pipeline run: the distribution registry (Debian's
 * `docker-registry`, upstream's `registry`) with its storage in a temp directory, stopped and removed
 * after the run.
 */








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
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'osimg-pipeline-registry-'));
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
    const stop = async () => {
        abort.abort();
        await exited;
        await (0,promises_.rm)(dir, { recursive: true, force: true });
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

// EXTERNAL MODULE: ./src/pipeline/report.ts
var pipeline_report = __webpack_require__(62222);
// EXTERNAL MODULE: ./src/pipeline/session.ts
var session = __webpack_require__(35058);
// EXTERNAL MODULE: ./src/pipeline/run.ts
var run = __webpack_require__(319);
// EXTERNAL MODULE: ./src/cli/main.ts
var main = __webpack_require__(12957);
// EXTERNAL MODULE: ./src/cli/sign.ts + 14 modules
var sign = __webpack_require__(78587);
;// CONCATENATED MODULE: ./src/cli/pipeline.ts
/**
 * `osimg pipeline [PATH]`: the whole image pipeline on a laptop with embedded defaults: a registry on
 * loopback started for the run, an ephemeral signing key, then lint → build → scan → sign → verify →
 * disk → boot-test → promote, with progress per stage and a Markdown + HTML report at the end.
 */













const PIPELINE_HELP = `Usage: osimg pipeline [PATH] [options]

Runs the image pipeline locally, as the reusable workflow does in CI: lint, build (pushed by digest),
scan, sign with SBOM/provenance, verify, disk, boot-test, and promote to a channel tag. Ends with
PATH/../OUTPUT/report.md and report.html. PATH is the build context with the Containerfile (default: .).

Options:
      --image NAME           repository for the image (default: REGISTRY/local/<name of PATH>)
      --registry HOST        use this registry (default: start one on 127.0.0.1 for the run)
      --tag TAG              tag the build pushes (default: pipeline)
      --channel TAG          channel tag promote moves to the verified digest (default: stable)
  -f, --file PATH            Containerfile (default: PATH/Containerfile)
  -o, --output-dir DIR       reports, SARIF, disk and console log (default: osimg-pipeline)
      --policy FILE          ops policy for lint (default: PATH/osimg-policy.yml when it exists)
      --scan-report FILE     judge this trivy JSON report instead of running trivy (offline machines)
      --key FILE             sign with this key (passphrase in OSIMG_KEY_PASSWORD; default: an ephemeral key)
      --root-filesystem FS   ext4 (default) or erofs, for the disk
      --kernel-args ARGS     kernel command line for the disk
      --boot-timeout SECONDS overall boot-test deadline
      --skip STAGE           skip lint, scan, disk or boot-test (repeatable)
      --storage-driver NAME, --root DIR, --runroot DIR   buildah storage for build and disk
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
            'output-dir': { type: 'string', short: 'o' },
            policy: { type: 'string' },
            'scan-report': { type: 'string' },
            key: { type: 'string' },
            'root-filesystem': { type: 'string' },
            'kernel-args': { type: 'string' },
            'boot-timeout': { type: 'string' },
            skip: { type: 'string', multiple: true },
            'storage-driver': { type: 'string' },
            root: { type: 'string' },
            runroot: { type: 'string' },
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
    await (0,promises_.mkdir)(outputDir, { recursive: true });
    const scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'osimg-pipeline-'));
    let registry;
    try {
        const env = { ...context.env };
        const key = await (0,session/* signingKeyFiles */.oy)(scratch, env, values.key
            ? { pem: await (0,sign/* readText */.yR)((0,external_node_path_.resolve)(context.cwd, values.key), 'the key'), name: values.key }
            : undefined);
        if (!values.registry) {
            registry = await startLocalRegistry();
            context.stderr(`osimg pipeline: registry for this run on ${registry.address}\n`);
        }
        const registryHost = values.registry ?? registry.address;
        const name = (0,external_node_path_.basename)(contextDir)
            .toLowerCase()
            .replace(/[^a-z0-9._-]+/g, '-') || 'image';
        const image = values.image ?? `${registryHost}/local/${name}`;
        const policyDefault = (0,external_node_path_.join)(contextDir, 'osimg-policy.yml');
        const plan = (0,pipeline_plan/* pipelinePlan */.UX)({
            context: contextDir,
            containerfile: values.file ? (0,external_node_path_.resolve)(context.cwd, values.file) : undefined,
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
            storage,
            skip,
        }, (0,session/* commandInvoker */.Sg)(main/* main */.i, context.cwd, env, (line, command) => context.stderr(`  ${command} │ ${line}\n`)));
        const report = await (0,run/* runStages */.J)(plan, {
            onStart: (stage, index, total) => {
                context.stderr(`[${index + 1}/${total}] ${stage.name}\n`);
            },
            onEnd: (result, index, total) => {
                const mark = { passed: '✓', failed: '✗', skipped: '-' }[result.status];
                context.stderr(`[${index + 1}/${total}] ${mark} ${result.name} (${result.seconds.toFixed(1)} s): ${result.summary}\n`);
            },
        });
        const title = `osimg pipeline: ${image}`;
        const files = await (0,session/* writeReports */.Li)(report, title, outputDir);
        const own = (0,pipeline_report/* outsideTools */.$i)(report);
        context.stderr(`osimg pipeline: ${report.passed ? 'passed' : 'FAILED'} in ${report.seconds.toFixed(1)} s (tools ${report.toolSeconds.toFixed(1)} s, osimg ${own.seconds.toFixed(1)} s); report: ${files.html}\n`);
        context.stdout((0,pipeline_report/* renderMarkdown */.Gc)(report, title));
        return report.passed ? 0 : 1;
    }
    finally {
        await registry?.stop();
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 88316:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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


/***/ })

};
