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
async function readKey(path) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`cannot read the key ${path}: check the path`);
    }
}
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
        const key = await (0,session/* signingKeyFiles */.oy)(scratch, env, values.key ? { pem: await readKey((0,external_node_path_.resolve)(context.cwd, values.key)), name: values.key } : undefined);
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


/***/ }),

/***/ 95809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aj: () => (/* binding */ httpRequest),
/* harmony export */   hU: () => (/* binding */ httpOpen),
/* harmony export */   wx: () => (/* binding */ header),
/* harmony export */   x8: () => (/* binding */ readBody)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49963);
/**
 * One HTTP exchange, with node:http(s) directly: streaming request bodies, responses read whole (JSON,
 * manifests) or streamed (blobs), optional TLS without verification for insecure registries, an idle
 * timeout, and connection failures marked as transient.
 */





/** Connection-level failures worth retrying. A host that does not resolve is not one of them. */
const TRANSIENT_CODES = new Set([
    'ECONNREFUSED',
    'ECONNRESET',
    'ECONNABORTED',
    'EPIPE',
    'ETIMEDOUT',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'EAI_AGAIN',
    'ERR_HTTP_REQUEST_TIMEOUT',
]);
function header(response, name) {
    const value = response.headers[name.toLowerCase()];
    return Array.isArray(value) ? value[0] : value;
}
/** One exchange, answered as soon as the status and headers arrive; the body is read by the caller. */
function httpOpen(request) {
    const transport = request.url.protocol === 'https:' ? (node_https__WEBPACK_IMPORTED_MODULE_1___default()) : (node_http__WEBPACK_IMPORTED_MODULE_0___default());
    const target = `${request.method} ${request.url.origin}${request.url.pathname}`;
    return new Promise((resolve, reject) => {
        let settled = false;
        const fail = (error) => {
            if (settled)
                return;
            settled = true;
            reject(error);
        };
        const req = transport.request(request.url, {
            method: request.method,
            headers: request.headers,
            rejectUnauthorized: !request.insecureTls,
        }, (res) => {
            if (settled) {
                res.destroy();
                return;
            }
            settled = true;
            // From here on, failures belong to the body: its reader sees them as stream errors.
            const body = res.pipe(new node_stream__WEBPACK_IMPORTED_MODULE_2__.PassThrough());
            res.on('error', (error) => body.destroy(new _retry_js__WEBPACK_IMPORTED_MODULE_4__/* .TransientError */ .N_(`${target}: ${error.message}`, undefined, { cause: error })));
            res.on('close', () => {
                if (!res.complete)
                    body.destroy(new _retry_js__WEBPACK_IMPORTED_MODULE_4__/* .TransientError */ .N_(`${target}: the connection closed before the whole answer`));
            });
            req.on('error', (error) => body.destroy(new _retry_js__WEBPACK_IMPORTED_MODULE_4__/* .TransientError */ .N_(`${target}: ${error.message}`, undefined, { cause: error })));
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
        });
        req.setTimeout(request.idleTimeoutMs ?? 120_000, () => {
            req.destroy(Object.assign(new Error('no response (idle timeout)'), { code: 'ETIMEDOUT' }));
        });
        req.on('error', (error) => {
            const code = error.code ?? '';
            if (TRANSIENT_CODES.has(code)) {
                fail(new _retry_js__WEBPACK_IMPORTED_MODULE_4__/* .TransientError */ .N_(`${target}: ${describeNetworkError(code, request.url)}`, undefined, {
                    cause: error,
                }));
            }
            else if (code === 'ENOTFOUND') {
                fail(new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .OsimgError */ .ec(`cannot resolve registry host "${request.url.hostname}": check the registry name`, {
                    code: 'REGISTRY',
                    cause: error,
                }));
            }
            else {
                fail(new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .OsimgError */ .ec(`${target} failed: ${error.message}`, { code: 'REGISTRY', cause: error }));
            }
        });
        const body = request.body;
        if (body === undefined)
            req.end();
        else if (Buffer.isBuffer(body))
            req.end(body);
        else {
            const stream = body();
            stream.on('error', (error) => {
                req.destroy(error);
                fail(new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .OsimgError */ .ec(`reading the upload for ${target} failed: ${error.message}`, { cause: error }));
            });
            stream.pipe(req);
        }
    });
}
/** Reads a whole (small) body; more than `max` bytes is an error. */
async function readBody(body, max, target) {
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        size += chunk.length;
        if (size > max) {
            body.destroy();
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .OsimgError */ .ec(`${target} answered with more than ${max} bytes`, { code: 'REGISTRY' });
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
async function httpRequest(request) {
    const response = await httpOpen(request);
    const target = `${request.method} ${request.url.origin}${request.url.pathname}`;
    const body = await readBody(response.body, request.maxBodyBytes ?? 32 * 1024 * 1024, target);
    return { status: response.status, headers: response.headers, body };
}
function describeNetworkError(code, url) {
    switch (code) {
        case 'ECONNREFUSED':
            return `connection refused by ${url.host} (is the registry running and the address right?)`;
        case 'ETIMEDOUT':
            return `no answer from ${url.host} (timed out)`;
        case 'ECONNRESET':
            return `connection to ${url.host} was reset`;
        default:
            return `network error ${code} talking to ${url.host}`;
    }
}


/***/ }),

/***/ 49963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   N_: () => (/* binding */ TransientError),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   vI: () => (/* binding */ DEFAULT_RETRY),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/**
 * Retries for registry traffic: exponential backoff with jitter, Retry-After honoured, a bounded number of
 * attempts. What is retryable is decided by the caller (the HTTP layer marks errors as transient).
 */
const DEFAULT_RETRY = {
    attempts: 5,
    baseDelayMs: 500,
    maxDelayMs: 20_000,
    maxRetryAfterMs: 60_000,
};
/** A failure worth trying again; `retryAfterMs` comes from the server when it said so. */
class TransientError extends Error {
    retryAfterMs;
    constructor(message, retryAfterMs, options) {
        super(message, options);
        this.retryAfterMs = retryAfterMs;
        this.name = 'TransientError';
    }
}
/**
 * Delay before retry number `retry` (0 for the first retry): "equal jitter", half fixed and half random,
 * so clients spread out yet never retry at once.
 */
function backoffDelay(retry, policy, random = Math.random) {
    const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
    return Math.round(cap / 2 + random() * (cap / 2));
}
/** Retry-After is either delta-seconds or an HTTP date. Returns milliseconds, or undefined if unusable. */
const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const HTTP_DATE = [
    new RegExp(`^${DAY}, \\d{2} ${MONTH} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT$`),
    new RegExp(`^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \\d{2}-${MONTH}-\\d{2} \\d{2}:\\d{2}:\\d{2} GMT$`),
    new RegExp(`^${DAY} ${MONTH} [ \\d]\\d \\d{2}:\\d{2}:\\d{2} \\d{4}$`),
];
function parseRetryAfter(value, now = Date.now()) {
    if (!value)
        return undefined;
    const text = value.trim();
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    // Only the HTTP-date forms of RFC 9110 (IMF-fixdate, RFC 850, asctime): Date.parse alone reads garbage.
    if (!HTTP_DATE.some((form) => form.test(text)))
        return undefined;
    const date = Date.parse(text);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - now);
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Runs `operation` until it succeeds, throws something that is not a TransientError, or runs out of
 * attempts; then the last TransientError is rethrown with the attempt count in its message.
 */
async function withRetry(operation, options = {}) {
    const policy = options.policy ?? DEFAULT_RETRY;
    const wait = options.sleep ?? sleep;
    for (let attempt = 1;; attempt++) {
        try {
            return await operation(attempt);
        }
        catch (error) {
            if (!(error instanceof TransientError))
                throw error;
            if (attempt >= policy.attempts) {
                throw new TransientError(`${error.message} (gave up after ${attempt} attempts)`, error.retryAfterMs, {
                    cause: error,
                });
            }
            const computed = backoffDelay(attempt - 1, policy, options.random);
            const delayMs = error.retryAfterMs === undefined
                ? computed
                : Math.min(Math.max(error.retryAfterMs, computed), policy.maxRetryAfterMs);
            options.onRetry?.({ attempt, delayMs, error });
            await wait(delayMs);
        }
    }
}


/***/ })

};
