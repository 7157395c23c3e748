export const id = 493;
export const ids = [493,258];
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

/***/ 96493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  REBUILD_HELP: () => (/* binding */ REBUILD_HELP),
  rebuildCommand: () => (/* binding */ rebuildCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/scratch/files.ts
var files = __webpack_require__(54865);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/build/request.ts
var request = __webpack_require__(26449);
// EXTERNAL MODULE: ./src/lint/today.ts
var today = __webpack_require__(17196);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 19 modules
var utils = __webpack_require__(48282);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/rebuild/github.ts
/**
 * The few GitHub REST calls a rebuild needs (start a workflow, send a repository event, read a default
 * branch), through @actions/github's Octokit. Rate limits are Octokit's plugins' job: plugin-throttling
 * queues writes one at a time a second apart and, on a primary limit (403/429 with
 * `x-ratelimit-remaining: 0`) or a secondary one (`retry-after`, else a minute), asks the handlers below
 * whether to wait; plugin-retry retries 5xx answers and dropped connections with backoff. The waits are
 * bounded (attempts and a total budget); past them the call fails with RateLimitedError, which the
 * dispatcher turns into "deferred to a later run". The token goes in the Authorization header only.
 */





/** A request GitHub refused for a reason the user must fix (permissions, unknown workflow, bad inputs). */
class GitHubApiError extends errors/* OsimgError */.ec {
    status;
    constructor(message, status) {
        super(message, { code: status === 401 || status === 403 ? 'AUTH' : 'REGISTRY' });
        this.status = status;
    }
}
/** Rate limits outlasted the wait budget: the rest of the work is deferred to a later run. */
class RateLimitedError extends errors/* OsimgError */.ec {
    resumeAt;
    constructor(message, resumeAt) {
        super(message, { code: 'REGISTRY' });
        this.resumeAt = resumeAt;
    }
}
const fetchWithProxy = utils/* defaults */.NT.request.fetch;
class GitHubClient {
    octokit;
    waitedMs = 0;
    /** Requests sent, including retries (for the report). */
    requests = 0;
    constructor(options) {
        if (!options.token)
            throw new errors/* ConfigurationError */.j1('no GitHub token: set GITHUB_TOKEN (or OSIMG_GITHUB_TOKEN) to a token that may start the target workflows (actions: write, or contents: write for repository_dispatch)');
        const attempts = options.attempts ?? 5;
        const budget = options.maxWaitMs ?? 15 * 60_000;
        const msPerSecond = options.msPerSecond ?? 1000;
        // Both limits go through one bounded decision: wait while attempts and the budget allow.
        const decide = (kind) => (retryAfter, request, octokit, retryCount) => {
            const ms = retryAfter * 1000;
            if (retryCount + 1 >= attempts || this.waitedMs + ms > budget)
                return false;
            this.waitedMs += ms;
            // The request's path with its parameters filled in (request.url is the route template).
            const path = new URL(octokit.request.endpoint(request).url).pathname;
            options.log?.(`${request.method} ${path}: ${kind}; waiting ${retryAfter} s`);
            return true;
        };
        this.octokit = (0,github/* getOctokit */.Q)(options.token, {
            baseUrl: options.apiUrl.replace(/\/$/, ''),
            userAgent: 'osimg-rebuild',
            throttle: {
                onRateLimit: decide('the API rate limit is spent'),
                onSecondaryRateLimit: decide('secondary rate limit'),
                retryAfterBaseValue: msPerSecond,
            },
            // 429 and 403 are the throttling plugin's; the retry plugin takes 5xx and dropped connections.
            retry: {
                retries: attempts - 1,
                doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
                retryAfterBaseValue: msPerSecond,
            },
            // Through the runner's proxy settings (@actions/github's fetch); every attempt counted, none
            // waiting for an answer longer than a minute.
            request: {
                fetch: (url, init) => {
                    this.requests++;
                    return fetchWithProxy(url, { ...init, signal: init.signal ?? AbortSignal.timeout(60_000) });
                },
            },
            log: { debug: () => { }, info: () => { }, warn: () => { }, error: () => { } },
        }, plugin_throttling_dist_bundle/* throttling */.A, dist_bundle/* retry */.L);
    }
    /** Starts `workflow` on `ref` (POST …/actions/workflows/{workflow}/dispatches; 204 on success). */
    async dispatchWorkflow(repository, workflow, ref, inputs) {
        const [owner, repo] = split(repository);
        await this.call(() => this.octokit.rest.actions.createWorkflowDispatch({
            owner,
            repo,
            workflow_id: workflow.replace(/^\.github\/workflows\//, ''),
            ref,
            inputs,
        }), {
            what: `start ${workflow} on ${ref} in ${repository}`,
            forbidden: `the token may not start workflows in ${repository}: it needs "actions: write" there (a GitHub App token or fine-grained PAT; a job's own GITHUB_TOKEN reaches only its own repository)`,
            notFound: `${repository} or its workflow ${workflow} does not exist, or the token cannot see it`,
            invalid: `GitHub refused to start ${workflow} on ${ref} in ${repository}: the workflow needs an "on: workflow_dispatch" trigger, the ref must exist, and every input sent must be declared`,
        });
    }
    /** Sends a repository_dispatch event (POST /repos/{repo}/dispatches; 204 on success). */
    async dispatchRepository(repository, eventType, payload) {
        const [owner, repo] = split(repository);
        await this.call(() => this.octokit.rest.repos.createDispatchEvent({
            owner,
            repo,
            event_type: eventType,
            client_payload: payload,
        }), {
            what: `send ${eventType} to ${repository}`,
            forbidden: `the token may not send events to ${repository}: it needs "contents: write" there`,
            notFound: `${repository} does not exist, or the token cannot see it`,
            invalid: `GitHub refused the ${eventType} event for ${repository} (client_payload has at most 10 top-level keys)`,
        });
    }
    async defaultBranch(repository) {
        const [owner, repo] = split(repository);
        const { data } = await this.call(() => this.octokit.rest.repos.get({ owner, repo }), {
            what: `read ${repository}`,
            forbidden: `the token may not read ${repository}`,
            notFound: `${repository} does not exist, or the token cannot see it`,
            invalid: `GitHub refused to describe ${repository}`,
        });
        const branch = data.default_branch;
        if (!branch)
            throw new errors/* OsimgError */.ec(`GitHub named no default branch for ${repository}`);
        return branch;
    }
    async call(send, messages) {
        try {
            return await send();
        }
        catch (error) {
            throw describeFailure(error, messages);
        }
    }
}
/** One sentence for what went wrong: a rate limit past the budget, a refusal, or no answer at all. */
function describeFailure(error, messages) {
    const failure = error;
    if (typeof failure.status !== 'number' || !failure.response)
        return new errors/* OsimgError */.ec(`could not ${messages.what}: ${error.message}`, { cause: error });
    const status = failure.status;
    const headers = failure.response.headers;
    const detail = apiMessage(failure.response.data) ?? '';
    const suffix = detail ? ` (GitHub says: ${detail})` : '';
    const limit = rateLimit(status, headers, detail);
    if (limit)
        return new RateLimitedError(`could not ${messages.what}: ${limit.why} (HTTP ${status}) and outlasts the wait budget; resume after ${new Date(limit.resumeAt).toISOString()}`, limit.resumeAt);
    if (status === 401)
        return new GitHubApiError(`GitHub rejected the token (HTTP 401): it is expired or invalid${suffix}`, 401);
    if (status === 403)
        return new GitHubApiError(`${messages.forbidden} (HTTP 403)${suffix}`, 403);
    if (status === 404)
        return new GitHubApiError(`${messages.notFound} (HTTP 404)${suffix}`, 404);
    if (status === 422)
        return new GitHubApiError(`${messages.invalid} (HTTP 422)${suffix}`, 422);
    return new GitHubApiError(`could not ${messages.what}: HTTP ${status}${suffix}`, status);
}
/** When a 403/429 was a rate limit the plugins gave up on: which one, and when it lifts. */
function rateLimit(status, headers, detail) {
    if (status !== 403 && status !== 429)
        return undefined;
    if (String(headers['x-ratelimit-remaining']) === '0') {
        const reset = Number(headers['x-ratelimit-reset']);
        const resumeAt = Number.isFinite(reset) ? reset * 1000 + 1000 : Date.now() + 60_000;
        return { why: 'the API rate limit is spent', resumeAt };
    }
    const retryAfter = Number(headers['retry-after']);
    if (status === 429 || /secondary rate limit|abuse/i.test(detail) || retryAfter > 0)
        return {
            why: 'a secondary rate limit',
            resumeAt: Date.now() + (retryAfter > 0 ? retryAfter : 60) * 1000,
        };
    return undefined;
}
function split(repository) {
    const [owner = '', repo = ''] = repository.split('/');
    return [owner, repo];
}
function apiMessage(data) {
    const message = data?.message;
    return typeof message === 'string' ? message.slice(0, 300) : undefined;
}

// EXTERNAL MODULE: ./src/oci/auth.ts
var auth = __webpack_require__(76599);
// EXTERNAL MODULE: ./src/oci/registry.ts + 1 modules
var oci_registry = __webpack_require__(94051);
// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __webpack_require__(62148);
// EXTERNAL MODULE: ./src/policy/load.ts + 1 modules
var load = __webpack_require__(38770);
// EXTERNAL MODULE: ./src/values.ts
var src_values = __webpack_require__(74777);
;// CONCATENATED MODULE: ./src/rebuild/index-file.ts
/**
 * The dependents index: which image was built on which base, by which repository's pipeline. The image
 * pipeline writes one entry per build (as a JSON artifact and as a record next to the image in the
 * registry); an index file is a list of such entries, merged by image digest. `osimg rebuild` reads it to
 * know whom to rebuild when a base is banned or patched, without crawling every registry.
 *
 * Format (JSON):
 *   { "kind": "osimg-dependents", "version": 1, "images": [ DependentImage, ... ] }
 */


const INDEX_KIND = 'osimg-dependents';
function emptyIndex() {
    return { kind: INDEX_KIND, version: 1, images: [] };
}
/** Parses an index file, or a single entry (what one pipeline run writes). Errors name the file and entry. */
function parseIndex(text, file) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${file} is not valid JSON: ${error.message}`, { cause: error });
    }
    if (isObject(data) && data.kind === undefined && typeof data.image === 'string') {
        return { kind: INDEX_KIND, version: 1, images: [checkEntry(data, `${file}`)] };
    }
    if (!isObject(data) || data.kind !== INDEX_KIND || data.version !== 1 || !Array.isArray(data.images)) {
        throw new errors/* ConfigurationError */.j1(`${file} is not an osimg dependents index: expected {"kind": "${INDEX_KIND}", "version": 1, "images": [...]}`);
    }
    return {
        kind: INDEX_KIND,
        version: 1,
        images: data.images.map((entry, i) => checkEntry(entry, `${file}: images[${i}]`)),
    };
}
function checkEntry(value, where) {
    if (!isObject(value))
        throw new errors/* ConfigurationError */.j1(`${where} must be an object`);
    const fail = (what) => new errors/* ConfigurationError */.j1(`${where}: ${what}`);
    if (typeof value.image !== 'string')
        throw fail('"image" (name@sha256:…) is required');
    const ref = (0,reference/* parseReference */.F2)(value.image);
    if (!ref.digest)
        throw fail(`"image" must carry its digest (name@sha256:…), not "${value.image}"`);
    const base = value.base;
    if (!isObject(base))
        throw fail('"base" ({name, digest}) is required');
    if (base.name !== undefined && typeof base.name !== 'string')
        throw fail('"base.name" must be a string');
    if (base.digest !== undefined && (typeof base.digest !== 'string' || !(0,reference/* isValidDigest */.fH)(base.digest)))
        throw fail('"base.digest" must be a sha256:… digest');
    const pipeline = value.pipeline;
    if (pipeline !== undefined) {
        if (!isObject(pipeline) ||
            typeof pipeline.repository !== 'string' ||
            !/^[\w.-]+\/[\w.-]+$/.test(pipeline.repository))
            throw fail('"pipeline.repository" must be owner/name');
        if (pipeline.event !== undefined &&
            pipeline.event !== 'workflow_dispatch' &&
            pipeline.event !== 'repository_dispatch')
            throw fail('"pipeline.event" must be workflow_dispatch or repository_dispatch');
        for (const key of ['workflow', 'ref'])
            if (pipeline[key] !== undefined && typeof pipeline[key] !== 'string')
                throw fail(`"pipeline.${key}" must be a string`);
        if (pipeline.inputs !== undefined &&
            (!isObject(pipeline.inputs) || Object.values(pipeline.inputs).some((v) => typeof v !== 'string')))
            throw fail('"pipeline.inputs" must map names to strings');
    }
    for (const key of ['builtAt', 'scannedAt']) {
        const time = value[key];
        if (time !== undefined && (typeof time !== 'string' || Number.isNaN(Date.parse(time))))
            throw fail(`"${key}" must be an ISO date-time`);
    }
    return value;
}
/** Merges entries by image digest: later entries win field by field (a re-scan updates scannedAt). */
function mergeIndexes(...indexes) {
    const byImage = new Map();
    for (const index of indexes) {
        for (const entry of index.images) {
            const previous = byImage.get(entry.image);
            byImage.set(entry.image, previous ? { ...previous, ...withoutUndefined(entry) } : entry);
        }
    }
    return {
        kind: INDEX_KIND,
        version: 1,
        images: [...byImage.values()].sort((a, b) => a.image.localeCompare(b.image)),
    };
}
function serializeIndex(index) {
    return `${JSON.stringify(index, null, 2)}\n`;
}
function withoutUndefined(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: ./src/input-file.ts
var input_file = __webpack_require__(31054);
;// CONCATENATED MODULE: ./src/rebuild/request.ts
/**
 * The rebuild inputs, with the same names in the action and the CLI, turned into what the modes need.
 * Reading files and the environment happens here and in the front doors, never deeper.
 */









const MODES = ['dispatch', 'check', 'record'];
const FAIL_ON = ['banned', 'patched', 'never'];
async function readPolicyFile(path, cwd, name) {
    const file = (0,external_node_path_.resolve)(cwd, path);
    let text;
    try {
        text = await (0,input_file/* readInputFile */.jH)(file, 'policy', `${name}: the policy file ${path}`);
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1)
            throw error;
        throw new errors/* ConfigurationError */.j1(`${name}: cannot read the policy file ${path}: check the path (relative to ${cwd})`);
    }
    return (0,load/* loadPolicy */.t)(text, path);
}
async function toRebuildRequest(inputs, extra) {
    const { names, cwd } = extra;
    const images = (0,src_values/* parseList */.E1)(inputs.images);
    const indexFiles = (0,src_values/* parseList */.E1)(inputs.index);
    if (images.length === 0 && indexFiles.length === 0)
        throw new errors/* ConfigurationError */.j1(`nothing to look at: give ${names.images} (registry/repository, registry/repository:tag or registry/*) or ${names.index} (dependents index files)`);
    for (const image of images)
        if (!/^[^/]+\/\*$/.test(image))
            (0,reference/* parseReference */.F2)(image);
    const indexes = [];
    for (const file of indexFiles) {
        let text;
        try {
            text = await (0,input_file/* readInputFile */.jH)((0,external_node_path_.resolve)(cwd, file), 'rebuildIndex', `${names.index}: ${file}`);
        }
        catch (error) {
            if (error instanceof errors/* ConfigurationError */.j1)
                throw error;
            throw new errors/* ConfigurationError */.j1(`${names.index}: cannot read ${file}: check the path`);
        }
        indexes.push(parseIndex(text, file));
    }
    const event = (0,src_values/* parseChoice */.HU)(inputs.event, names.event, ['auto', 'workflow_dispatch', 'repository_dispatch'], 'auto');
    const defaults = {
        workflow: inputs.workflow.trim() || undefined,
        ref: inputs.ref.trim() || undefined,
        event,
        eventType: inputs.eventType.trim() || 'osimg-rebuild',
    };
    if (!/^[\w.-]{1,100}$/.test(defaults.eventType))
        throw new errors/* ConfigurationError */.j1(`${names.eventType} must be letters, digits, '.', '_' or '-', not "${inputs.eventType}"`);
    return {
        policy: await readPolicyFile(inputs.policy || 'osimg-policy.yml', cwd, names.policy),
        previousPolicy: inputs.previousPolicy
            ? await readPolicyFile(inputs.previousPolicy, cwd, names.previousPolicy)
            : undefined,
        images,
        indexes,
        bases: (0,src_values/* parseList */.E1)(inputs.bases),
        tags: (0,src_values/* parseList */.E1)(inputs.tags),
        checkBaseUpdates: inputs.checkBaseUpdates,
        readRecords: inputs.readRecords,
        defaults,
        dryRun: inputs.dryRun,
        concurrency: (0,src_values/* parseInteger */.cG)(inputs.concurrency, names.concurrency, { min: 1, max: 16 }) ?? 2,
        maxDispatches: (0,src_values/* parseInteger */.cG)(inputs.maxDispatches, names.maxDispatches, { min: 0, max: 10_000 }) ?? 50,
        intervalMs: ((0,src_values/* parseInteger */.cG)(inputs.interval, names.interval, { min: 0, max: 600 }) ?? 1) * 1000,
        today: extra.today,
    };
}
async function toCheckRequest(inputs, extra) {
    const images = (0,src_values/* parseList */.E1)(inputs.images);
    if (images.length === 0)
        throw new errors/* ConfigurationError */.j1(`${extra.names.images}: name the image(s) to check`);
    images.forEach((image) => (0,reference/* parseReference */.F2)(image));
    return {
        images,
        policy: await readPolicyFile(inputs.policy || 'osimg-policy.yml', extra.cwd, extra.names.policy),
        maxScanAgeDays: (0,src_values/* parseInteger */.cG)(inputs.maxScanAgeDays, extra.names.maxScanAgeDays, { min: 0, max: 3650 }) ?? 7,
        failOn: (0,src_values/* parseChoice */.HU)(inputs.failOn, extra.names.failOn, FAIL_ON, 'banned'),
    };
}
/** GITHUB_WORKFLOW_REF (`owner/repo/.github/workflows/x.yml@refs/heads/main`) → repository, workflow, ref. */
function parseWorkflowRef(value) {
    const match = /^([\w.-]+\/[\w.-]+)\/(\.github\/workflows\/[^@]+)@(.+)$/.exec(value.trim());
    if (!match)
        return undefined;
    return {
        repository: match[1],
        workflow: match[2].replace(/^\.github\/workflows\//, ''),
        ref: shortRef(match[3]),
    };
}
/** workflow_dispatch takes a branch or tag name. */
function shortRef(ref) {
    return ref.replace(/^refs\/(heads|tags)\//, '');
}
/** The record of one pipeline run: the image (with digest) and how to start its pipeline again. */
function toRecordRequest(inputs, extra) {
    const { names, env } = extra;
    const images = (0,src_values/* parseList */.E1)(inputs.images);
    if (images.length !== 1)
        throw new errors/* ConfigurationError */.j1(`${names.images}: record mode takes exactly one image (name@sha256:…)`);
    const ref = (0,reference/* parseReference */.F2)(images[0]);
    if (!ref.digest)
        throw new errors/* ConfigurationError */.j1(`${names.images}: record the image by digest (name@sha256:…), not "${images[0]}"`);
    const fromEnv = env.GITHUB_WORKFLOW_REF ? parseWorkflowRef(env.GITHUB_WORKFLOW_REF) : undefined;
    const repository = inputs.repository.trim() || fromEnv?.repository || env.GITHUB_REPOSITORY || '';
    if (!/^[\w.-]+\/[\w.-]+$/.test(repository))
        throw new errors/* ConfigurationError */.j1(`${names.repository}: give the GitHub repository (owner/name) whose pipeline built the image`);
    const event = (0,src_values/* parseChoice */.HU)(inputs.event, names.event, ['auto', 'workflow_dispatch', 'repository_dispatch'], 'auto');
    const workflow = inputs.workflow.trim() || fromEnv?.workflow;
    const scannedAt = inputs.scannedAt.trim() || undefined;
    if (scannedAt && Number.isNaN(Date.parse(scannedAt)))
        throw new errors/* ConfigurationError */.j1(`${names.scannedAt} must be an ISO date-time, not "${inputs.scannedAt}"`);
    const resolvedEvent = event === 'auto' ? undefined : event;
    return {
        image: images[0],
        entry: {
            pipeline: {
                repository,
                ...(workflow ? { workflow } : {}),
                ...(inputs.ref.trim() || fromEnv?.ref ? { ref: shortRef(inputs.ref.trim() || fromEnv.ref) } : {}),
                ...(resolvedEvent ? { event: resolvedEvent } : {}),
            },
            builtAt: extra.now.toISOString(),
            ...(scannedAt ? { scannedAt: new Date(scannedAt).toISOString() } : {}),
        },
        explicitPipeline: Boolean(inputs.repository.trim() || inputs.workflow.trim()),
    };
}
/** One registry client per registry: explicit credentials for every registry, else the logins in auth files. */
function registryClients(options) {
    const clients = new Map();
    return (registry) => {
        let client = clients.get(registry);
        if (!client) {
            client = (async () => new oci_registry/* RegistryClient */.bP({
                registry,
                credentials: options.credentials ?? (await (0,auth/* credentialsFromAuthFiles */.i5)(options.authFiles, registry)),
                insecure: !options.tlsVerify,
                log: options.log,
            }))();
            clients.set(registry, client);
        }
        return client;
    };
}

// EXTERNAL MODULE: ./src/glob.ts
var src_glob = __webpack_require__(75601);
// EXTERNAL MODULE: ./src/policy/images.ts
var policy_images = __webpack_require__(1878);
;// CONCATENATED MODULE: ./src/rebuild/affected.ts
/**
 * Which images must be rebuilt, and why: the policy bans their base (as of today), or substitutes it with a
 * patched one, or (when asked) the base's tag has moved to a new digest since they were built.
 */



/** The base as a reference, with the digest from its own label when the name carries none. */
function baseReference(image) {
    if (!image.base.name) {
        return image.base.digest ? { registry: '', repository: '', digest: image.base.digest } : undefined;
    }
    try {
        const ref = (0,reference/* parseReference */.F2)(image.base.name);
        return { ...ref, digest: ref.digest ?? image.base.digest };
    }
    catch {
        return undefined;
    }
}
/** The verdict for one image under one policy, or undefined when nothing applies. */
function verdictFor(image, policy, options) {
    const base = baseReference(image);
    if (!base)
        return undefined;
    const ban = (0,policy_images/* findBan */.dx)(policy, base, options.today);
    if (ban) {
        return { image, reason: 'banned', detail: `base ${describe(base)} is banned: ${ban.reason}` };
    }
    if (base.repository) {
        const substitution = (0,policy_images/* findSubstitution */.jA)(policy, base);
        if (substitution) {
            return {
                image,
                reason: 'patched',
                detail: `base ${describe(base)} is replaced by ${substitution.to}${substitution.reason ? ` (${substitution.reason})` : ''}`,
            };
        }
        const current = options.currentBase?.get(tagName(base));
        if (current && base.digest && !current.has(base.digest)) {
            const now = [...current][0];
            return {
                image,
                reason: 'base-updated',
                detail: `base ${tagName(base)} moved from ${base.digest.slice(0, 19)} to ${now.slice(0, 19)}`,
            };
        }
    }
    return undefined;
}
function findAffected(images, policy, options) {
    const result = { affected: [], unknownBase: [], unchanged: [] };
    for (const image of images) {
        const base = baseReference(image);
        if (!base) {
            result.unknownBase.push(image);
            continue;
        }
        if (options.bases?.length &&
            !(base.repository && options.bases.some((glob) => (0,src_glob/* matchesGlob */.kt)((0,reference/* repositoryName */.aR)(base), glob))))
            continue;
        const verdict = verdictFor(image, policy, options);
        if (!verdict)
            continue;
        const before = options.previousPolicy && verdictFor(image, options.previousPolicy, { today: options.today });
        if (before &&
            verdict.reason !== 'base-updated' &&
            before.reason === verdict.reason &&
            before.detail === verdict.detail) {
            result.unchanged.push(verdict);
            continue;
        }
        result.affected.push(verdict);
    }
    return result;
}
/** `registry/repository:tag` of a base (the tag to re-resolve), `latest` when it names none. */
function tagName(base) {
    return (0,reference/* formatReference */.FH)({ registry: base.registry, repository: base.repository, tag: base.tag ?? 'latest' });
}
function describe(base) {
    return base.repository ? (0,reference/* formatReference */.FH)(base) : (base.digest ?? 'unknown');
}

;// CONCATENATED MODULE: ./src/rebuild/limit.ts
/** Runs `work` over `items` with at most `limit` at a time; results keep the input order. */
async function mapLimit(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./src/rebuild/discover.ts
/**
 * Finding what was built on what, from the registry itself: every image's config carries the
 * `org.opencontainers.image.base.{name,digest}` labels osimg build writes, and `org.opencontainers.image.source`
 * names the repository whose pipeline made it.
 */




const LABELS = {
    baseName: 'org.opencontainers.image.base.name',
    baseDigest: 'org.opencontainers.image.base.digest',
    source: 'org.opencontainers.image.source',
    revision: 'org.opencontainers.image.revision',
    created: 'org.opencontainers.image.created',
};
/** Tags that hold signatures, attestations and referrer indexes (cosign and OCI 1.1 tag schemas), not images. */
const ARTIFACT_TAG = /^sha256-[0-9a-f]{64}(?:\.[a-z]+)?$/;
async function discoverImages(request) {
    const concurrency = request.concurrency ?? 4;
    const targets = [];
    for (const spec of request.images) {
        const catalog = /^([^/]+)\/\*$/.exec(spec.trim());
        if (catalog) {
            const client = await request.clientFor(catalog[1]);
            const repositories = await client.listRepositories();
            request.log.info(`${catalog[1]}: ${repositories.length} repositories in the catalog`);
            for (const repository of repositories)
                targets.push(...(await tagsOf(client, { registry: catalog[1], repository })));
            continue;
        }
        const ref = (0,reference/* parseReference */.F2)(spec);
        const client = await request.clientFor(ref.registry);
        if (ref.tag || ref.digest)
            targets.push({ client, ref });
        else
            targets.push(...(await tagsOf(client, ref)));
    }
    const byDigest = new Map();
    const read = await mapLimit(targets, concurrency, async ({ client, ref }) => {
        try {
            return await readImage(client, ref);
        }
        catch (error) {
            request.log.warning(`skipped ${(0,reference/* formatReference */.FH)(ref)}: ${error.message}`);
            return [];
        }
    });
    for (const images of read.flat()) {
        const known = byDigest.get(images.image);
        if (known)
            known.tags = [...new Set([...(known.tags ?? []), ...(images.tags ?? [])])].sort();
        else
            byDigest.set(images.image, images);
    }
    return [...byDigest.values()].sort((a, b) => a.image.localeCompare(b.image));
}
async function tagsOf(client, ref) {
    const tags = await client.listTags(ref.repository);
    return tags
        .filter((tag) => !ARTIFACT_TAG.test(tag))
        .map((tag) => ({ client, ref: { registry: ref.registry, repository: ref.repository, tag } }));
}
/** One image (or each platform of an index) with its labels. */
async function readImage(client, ref) {
    const reference = ref.digest ?? ref.tag;
    const manifest = await client.getManifest(ref.repository, reference);
    const parsed = JSON.parse(manifest.bytes.toString('utf8'));
    const mediaType = parsed.mediaType ?? manifest.mediaType;
    if (mediaType === oci_registry/* MEDIA_TYPES */.Z2.ociIndex || mediaType === oci_registry/* MEDIA_TYPES */.Z2.dockerList) {
        // A multi-platform image: every platform has its own config; the index digest is what hosts pull.
        const children = (parsed.manifests ?? []).filter((child) => child.digest && child.platform?.os !== 'unknown');
        const labels = await Promise.all(children.map(async (child) => {
            const inner = await client.getManifest(ref.repository, child.digest);
            return configLabels(client, ref.repository, JSON.parse(inner.bytes.toString('utf8')));
        }));
        const first = labels.find((l) => l[LABELS.baseName] || l[LABELS.baseDigest]) ?? labels[0] ?? {};
        return [toDependent(ref, manifest.digest, first)];
    }
    if (!parsed.config?.digest)
        return [];
    // Artifacts (signatures, SBOMs, records) have no image config worth reading.
    if (!(mediaType === oci_registry/* MEDIA_TYPES */.Z2.ociManifest || mediaType === oci_registry/* MEDIA_TYPES */.Z2.dockerManifest))
        return [];
    const labels = await configLabels(client, ref.repository, parsed);
    return [toDependent(ref, manifest.digest, labels)];
}
const IMAGE_CONFIGS = new Set([
    'application/vnd.oci.image.config.v1+json',
    'application/vnd.docker.container.image.v1+json',
]);
async function configLabels(client, repository, manifest) {
    const config = manifest.config;
    if (!config?.digest || (config.mediaType && !IMAGE_CONFIGS.has(config.mediaType)))
        return {};
    const blob = await client.getBlob(repository, config.digest);
    let parsed;
    try {
        parsed = JSON.parse(blob.toString('utf8'));
    }
    catch (error) {
        throw new errors/* OsimgError */.ec(`the image config ${config.digest} is not JSON`, { cause: error });
    }
    return parsed.config?.Labels ?? {};
}
function toDependent(ref, digest, labels) {
    const sourceUrl = labels[LABELS.source];
    const repository = sourceUrl ? githubRepository(sourceUrl) : undefined;
    return {
        image: (0,reference/* formatReference */.FH)({ registry: ref.registry, repository: ref.repository, digest }),
        tags: ref.tag ? [ref.tag] : [],
        base: {
            ...(labels[LABELS.baseName] ? { name: labels[LABELS.baseName] } : {}),
            ...(labels[LABELS.baseDigest] ? { digest: labels[LABELS.baseDigest] } : {}),
        },
        ...(sourceUrl ? { source: { url: sourceUrl, revision: labels[LABELS.revision] } } : {}),
        ...(repository ? { pipeline: { repository } } : {}),
        ...(labels[LABELS.created] ? { builtAt: labels[LABELS.created] } : {}),
    };
}
/** `owner/name` from a GitHub URL (https, ssh or git@ forms, with or without .git). */
function githubRepository(url) {
    const match = /^(?:https?:\/\/|ssh:\/\/git@|git@)(?:www\.)?github\.com[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url.trim());
    return match ? `${match[1]}/${match[2]}` : undefined;
}

// EXTERNAL MODULE: ./src/oci/referrers.ts
var referrers = __webpack_require__(50961);
;// CONCATENATED MODULE: ./src/rebuild/record.ts
/**
 * Pipeline records: the dependents-index entry of one image, stored next to the image in the registry as
 * an OCI 1.1 referrer (the referrers tag schema where the registry has no referrers API). The pipeline
 * writes one after signing; a re-scan writes a newer one. Readers take the newest: it says which workflow
 * to start for a rebuild and when the image was last scanned.
 *
 * A record is bookkeeping, not a security claim: the gate re-scans when it is missing or old, and a forged
 * "fresh" record only needs registry write access, which could replace the image anyway (and the
 * signature check would then fail).
 */




const RECORD_TYPE = 'application/vnd.osimg.record.v1+json';
const CREATED = 'org.opencontainers.image.created';
async function writeRecord(client, ref, entry, created = new Date().toISOString()) {
    const manifest = await client.getManifest(ref.repository, ref.digest);
    if (manifest.digest !== ref.digest)
        throw new errors/* OsimgError */.ec(`the registry returned another manifest for ${(0,reference/* formatReference */.FH)(ref)}`, {
            code: 'DIGEST_MISMATCH',
        });
    const content = Buffer.from(`${JSON.stringify({ ...entry, image: (0,reference/* formatReference */.FH)({ ...ref, tag: undefined }) }, null, 2)}\n`);
    const descriptor = await (0,referrers/* attachReferrer */.vO)(client, ref.repository, { digest: ref.digest, mediaType: manifest.mediaType, size: manifest.bytes.length }, { artifactType: RECORD_TYPE, content, annotations: { [CREATED]: created } });
    return descriptor.digest;
}
/** The newest record of an image, or undefined when it has none. */
async function readRecord(client, ref) {
    const records = await (0,referrers/* listReferrers */.xt)(client, ref.repository, ref.digest, RECORD_TYPE);
    const newest = records
        .slice()
        .sort((a, b) => (b.annotations?.[CREATED] ?? '').localeCompare(a.annotations?.[CREATED] ?? ''))[0];
    if (!newest)
        return undefined;
    const manifest = await client.getManifest(ref.repository, newest.digest);
    const layer = JSON.parse(manifest.bytes.toString('utf8'))
        .layers?.[0];
    if (!layer?.digest)
        throw new errors/* OsimgError */.ec(`the osimg record ${newest.digest} of ${(0,reference/* formatReference */.FH)(ref)} has no content`);
    const content = await client.getBlob(ref.repository, layer.digest);
    const [entry] = parseIndex(content.toString('utf8'), `record ${newest.digest.slice(0, 19)} of ${(0,reference/* formatReference */.FH)(ref)}`).images;
    return entry;
}

;// CONCATENATED MODULE: ./src/rebuild/check.ts
/**
 * The pre-deploy gate's questions about one image, answered from the registry: is its base banned or
 * replaced by the current policy, and when was it last scanned (its newest pipeline record)?
 */





async function checkImage(spec, options) {
    const ref = (0,reference/* parseReference */.F2)(spec);
    const client = await options.clientFor(ref.registry);
    const [found] = await readImage(client, ref);
    if (!found)
        throw new errors/* ConfigurationError */.j1(`${(0,reference/* formatReference */.FH)(ref)} is not an image (no image config): name an image`);
    const digestRef = (0,reference/* parseReference */.F2)(found.image);
    const record = await readRecord(client, { ...digestRef, digest: digestRef.digest });
    const image = {
        ...found,
        ...(record?.pipeline ? { pipeline: record.pipeline } : {}),
        ...(record?.scannedAt ? { scannedAt: record.scannedAt } : {}),
        // The labels are the truth about the base; a record only fills what labels lack.
        base: found.base.name || found.base.digest ? found.base : (record?.base ?? {}),
    };
    const verdict = verdictFor(image, options.policy, { today: options.today });
    const scanned = image.scannedAt ? Date.parse(image.scannedAt) : undefined;
    const scanAgeDays = scanned === undefined ? undefined : Math.floor((options.now - scanned) / 86_400_000);
    return {
        image,
        verdict,
        scannedAt: image.scannedAt,
        scanAgeDays,
        scanStale: scanAgeDays === undefined || scanAgeDays >= options.maxScanAgeDays,
    };
}

// EXTERNAL MODULE: ./src/oci/retry.ts
var retry = __webpack_require__(49963);
;// CONCATENATED MODULE: ./src/rebuild/dispatch.ts



function planTargets(affected, defaults) {
    const targets = new Map();
    const unroutable = [];
    for (const item of affected) {
        const pipeline = item.image.pipeline;
        if (!pipeline?.repository) {
            unroutable.push(item);
            continue;
        }
        const workflow = pipeline.workflow ?? defaults.workflow;
        const wanted = pipeline.event ?? (defaults.event === 'auto' ? undefined : defaults.event);
        const event = wanted ?? (workflow ? 'workflow_dispatch' : 'repository_dispatch');
        if (event === 'workflow_dispatch' && !workflow) {
            unroutable.push(item);
            continue;
        }
        const ref = pipeline.ref ?? defaults.ref;
        const key = [pipeline.repository, event, event === 'workflow_dispatch' ? workflow : '', ref ?? ''].join('\n');
        const target = targets.get(key) ?? {
            repository: pipeline.repository,
            event,
            ...(event === 'workflow_dispatch' ? { workflow } : {}),
            ...(ref ? { ref } : {}),
            inputs: { ...(pipeline.inputs ?? {}) },
            images: [],
        };
        target.images.push(item);
        targets.set(key, target);
    }
    const sorted = [...targets.values()].sort((a, b) => a.repository.localeCompare(b.repository) || (a.workflow ?? '').localeCompare(b.workflow ?? ''));
    return { targets: sorted, unroutable };
}
async function runDispatches(targets, options) {
    const max = options.maxDispatches ?? 50;
    const interval = options.intervalMs ?? 1000;
    const sleep = options.sleep ?? retry/* sleep */.yy;
    const now = options.now ?? Date.now;
    let nextStart = 0;
    let stoppedBy;
    return mapLimit(targets, options.concurrency ?? 2, async (target, index) => {
        if (index >= max)
            return { target, status: 'deferred', detail: `over the limit of ${max} dispatches per run` };
        if (!options.client)
            return { target, status: 'planned', ref: target.ref };
        if (stoppedBy)
            return { target, status: 'deferred', detail: stoppedBy.message };
        // Space the starts out: each worker takes the next free slot.
        const start = Math.max(now(), nextStart);
        nextStart = start + interval;
        if (start > now())
            await sleep(start - now());
        try {
            const ref = await dispatchOne(options.client, target, options.eventType);
            options.log.info(`started ${describeTarget(target)} on ${ref ?? 'the default branch'} for ${target.images.length} image(s)`);
            return { target, status: 'dispatched', ref };
        }
        catch (error) {
            if (error instanceof RateLimitedError) {
                stoppedBy = error;
                options.log.warning(error.message);
                return { target, status: 'deferred', detail: error.message };
            }
            options.log.warning(`${describeTarget(target)}: ${error.message}`);
            return { target, status: 'failed', ref: target.ref, detail: error.message };
        }
    });
}
async function dispatchOne(client, target, eventType) {
    if (target.event === 'repository_dispatch') {
        await client.dispatchRepository(target.repository, eventType, payloadFor(target));
        return undefined;
    }
    const ref = target.ref ?? (await client.defaultBranch(target.repository));
    await client.dispatchWorkflow(target.repository, target.workflow, ref, target.inputs);
    return ref;
}
/** repository_dispatch's client_payload (GitHub allows at most 10 top-level keys). */
function payloadFor(target) {
    const reasons = [...new Set(target.images.map((item) => item.reason))];
    return {
        source: 'osimg-rebuild',
        reasons,
        bases: [
            ...new Set(target.images.map((item) => item.image.base.name ?? item.image.base.digest ?? '')),
        ].filter(Boolean),
        images: target.images.slice(0, 50).map((item) => item.image.image),
        details: [...new Set(target.images.map((item) => item.detail))].slice(0, 20),
    };
}
function describeTarget(target) {
    return target.event === 'workflow_dispatch'
        ? `${target.repository} ${target.workflow}`
        : `${target.repository} (repository_dispatch)`;
}

;// CONCATENATED MODULE: ./src/rebuild/rebuild.ts








async function rebuild(request, deps) {
    const { log } = deps;
    const crawled = request.images.length
        ? await log.group('Read image labels from the registry', () => discoverImages({
            images: request.images,
            clientFor: deps.clientFor,
            log,
            concurrency: request.concurrency * 2,
        }))
        : [];
    const kept = crawled.filter((image) => request.tags.length === 0 ||
        (image.tags ?? []).some((tag) => request.tags.some((glob) => (0,src_glob/* matchesGlob */.kt)(tag, glob))));
    const records = request.readRecords && kept.length
        ? await log.group('Read pipeline records', () => recordsOf(kept, deps))
        : [];
    const merged = mergeIndexes({ kind: INDEX_KIND, version: 1, images: kept }, ...request.indexes, {
        kind: INDEX_KIND,
        version: 1,
        images: records,
    }).images;
    log.info(`${merged.length} image(s): ${kept.length} from the registry, ${request.indexes.reduce((n, index) => n + index.images.length, 0)} from index files, ${records.length} record(s)`);
    const currentBase = request.checkBaseUpdates ? await resolveBases(merged, deps) : undefined;
    const found = findAffected(merged, request.policy, {
        today: request.today,
        bases: request.bases,
        previousPolicy: request.previousPolicy,
        currentBase,
    });
    const { targets, unroutable } = planTargets(found.affected, request.defaults);
    if (!request.dryRun && !deps.github)
        throw new Error('rebuild: a GitHub client is required unless dry-run');
    const results = await runDispatches(targets, {
        client: request.dryRun ? undefined : deps.github,
        eventType: request.defaults.eventType,
        concurrency: request.concurrency,
        maxDispatches: request.maxDispatches,
        intervalMs: request.intervalMs,
        log,
        sleep: deps.sleep,
    });
    return {
        dryRun: request.dryRun,
        images: merged,
        affected: found.affected,
        unknownBase: found.unknownBase,
        unchanged: found.unchanged,
        unroutable,
        results,
        requests: deps.github?.requests ?? 0,
    };
}
async function recordsOf(images, deps) {
    const found = await mapLimit(images, 4, async (image) => {
        const ref = (0,reference/* parseReference */.F2)(image.image);
        try {
            const client = await deps.clientFor(ref.registry);
            return await readRecord(client, { ...ref, digest: ref.digest });
        }
        catch (error) {
            deps.log.warning(`could not read the pipeline record of ${image.image}: ${error.message}`);
            return undefined;
        }
    });
    return found.filter((entry) => entry !== undefined);
}
/** The digests each base tag points at now (an index and its platform manifests all count). */
async function resolveBases(images, deps) {
    const names = [
        ...new Set(images
            .map(baseReference)
            .filter((ref) => ref?.repository)
            .map((ref) => tagName(ref))),
    ];
    const current = new Map();
    await mapLimit(names, 4, async (name) => {
        const ref = (0,reference/* parseReference */.F2)(name);
        try {
            const client = await deps.clientFor(ref.registry);
            const manifest = await client.getManifest(ref.repository, ref.tag);
            const digests = new Set([manifest.digest]);
            const children = JSON.parse(manifest.bytes.toString('utf8'))
                .manifests ?? [];
            for (const child of children)
                if (child.digest)
                    digests.add(child.digest);
            current.set(name, digests);
        }
        catch (error) {
            deps.log.warning(`could not resolve base ${(0,reference/* formatReference */.FH)(ref)}: ${error.message}`);
        }
    });
    return current;
}

;// CONCATENATED MODULE: ./src/rebuild/report.ts

function rebuildCounts(report) {
    const count = (status) => report.results.filter((r) => r.status === status).length;
    return {
        images: report.images.length,
        affected: report.affected.length,
        targets: report.results.length,
        dispatched: count('dispatched'),
        planned: count('planned'),
        failed: count('failed'),
        deferred: count('deferred'),
        unroutable: report.unroutable.length,
        'unknown-base': report.unknownBase.length,
        unchanged: report.unchanged.length,
    };
}
function rebuildJson(report) {
    return JSON.stringify({
        dryRun: report.dryRun,
        counts: rebuildCounts(report),
        targets: report.results.map((result) => ({
            repository: result.target.repository,
            event: result.target.event,
            workflow: result.target.workflow,
            ref: result.ref ?? result.target.ref,
            status: result.status,
            detail: result.detail,
            images: result.target.images.map((item) => ({
                image: item.image.image,
                tags: item.image.tags,
                reason: item.reason,
                detail: item.detail,
            })),
        })),
        unroutable: report.unroutable.map((item) => ({
            image: item.image.image,
            reason: item.reason,
            detail: item.detail,
        })),
        unknownBase: report.unknownBase.map((image) => image.image),
    }, null, 2);
}
const STATUS = {
    dispatched: 'started',
    planned: 'would start (dry run)',
    failed: 'FAILED',
    deferred: 'deferred',
};
function rebuildMarkdown(report) {
    const c = rebuildCounts(report);
    const lines = [
        `### osimg rebuild${report.dryRun ? ' (dry run: nothing was started)' : ''}`,
        '',
        `${c.images} image(s) looked at, ${c.affected} affected, ${c.targets} pipeline(s) to start: ${c.dispatched} started, ${c.planned} planned, ${c.failed} failed, ${c.deferred} deferred.`,
    ];
    if (c.unchanged)
        lines.push(`${c.unchanged} image(s) were affected before this policy change already and are not started again.`);
    if (c['unknown-base'])
        lines.push(`${c['unknown-base']} image(s) have no base labels (FROM scratch, or not built by osimg).`);
    if (report.results.length) {
        lines.push('', '| Pipeline | Ref | Status | Images | Why |', '| --- | --- | --- | --- | --- |');
        for (const result of report.results) {
            const why = [...new Set(result.target.images.map((item) => item.detail))].join('; ');
            const images = result.target.images.map((item) => `\`${report_short(item.image.image)}\``).join(' ');
            const status = result.detail ? `${STATUS[result.status]}: ${result.detail}` : STATUS[result.status];
            lines.push(`| ${cell(describeTarget(result.target))} | ${cell(result.ref ?? result.target.ref ?? 'default branch')} | ${cell(status)} | ${images} | ${cell(why)} |`);
        }
    }
    if (report.unroutable.length) {
        lines.push('', 'Affected, but no pipeline is known (no source label or record, and no default workflow):', '');
        for (const item of report.unroutable)
            lines.push(`- \`${item.image.image}\`: ${item.detail}`);
    }
    return `${lines.join('\n')}\n`;
}
function checkMarkdown(checks, maxScanAgeDays) {
    const lines = [
        '### osimg image gate',
        '',
        '| Image | Base | Policy | Last scan |',
        '| --- | --- | --- | --- |',
    ];
    for (const check of checks) {
        const base = check.image.base.name ?? check.image.base.digest ?? 'unknown';
        const policy = check.verdict ? `${check.verdict.reason}: ${check.verdict.detail}` : 'ok';
        const scan = check.scanAgeDays === undefined
            ? 'none recorded: re-scan'
            : `${check.scannedAt} (${check.scanAgeDays} d${check.scanStale ? `, over ${maxScanAgeDays} d: re-scan` : ''})`;
        lines.push(`| \`${report_short(check.image.image)}\` | ${cell(base)} | ${cell(policy)} | ${cell(scan)} |`);
    }
    return `${lines.join('\n')}\n`;
}
function report_short(image) {
    return image.replace(/@sha256:([0-9a-f]{12})[0-9a-f]+$/, '@sha256:$1…');
}
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

;// CONCATENATED MODULE: ./src/rebuild/run.ts
/**
 * The three modes behind one front door (the action and the CLI call these with their own inputs):
 *   dispatch  find images whose base the policy bans or patches, start their pipelines (dry run default)
 *   check     the pre-deploy gate for named images: base not banned, last scan recent enough
 *   record    store the pipeline record of a freshly built image next to it in the registry
 */








async function runDispatchMode(request, deps) {
    const report = await rebuild(request, deps);
    const counts = rebuildCounts(report);
    const json = rebuildJson(report);
    const failed = counts.failed ?? 0;
    return {
        report,
        outputs: {
            affected: String(counts.affected),
            dispatched: String(counts.dispatched),
            planned: String(counts.planned),
            failed: String(failed),
            deferred: String(counts.deferred),
            report: deps.reportPath,
        },
        markdown: rebuildMarkdown(report),
        files: { [deps.reportPath]: `${json}\n` },
        failure: failed > 0 ? `${failed} pipeline(s) could not be started: see the report` : undefined,
    };
}
async function runCheckMode(request, deps) {
    const checks = [];
    for (const image of request.images) {
        checks.push(await checkImage(image, {
            policy: request.policy,
            today: deps.today,
            maxScanAgeDays: request.maxScanAgeDays,
            now: deps.now,
            clientFor: deps.clientFor,
        }));
    }
    const banned = checks.filter((check) => check.verdict?.reason === 'banned');
    const patched = checks.filter((check) => check.verdict?.reason === 'patched');
    const failing = request.failOn === 'banned' ? banned : request.failOn === 'patched' ? [...banned, ...patched] : [];
    const scanned = checks
        .map((check) => check.scannedAt)
        .filter((time) => Boolean(time))
        .sort();
    return {
        checks,
        outputs: {
            digest: (0,reference/* parseReference */.F2)(checks[0].image.image).digest ?? '',
            banned: String(banned.length > 0),
            patched: String(patched.length > 0),
            'scan-stale': String(checks.some((check) => check.scanStale)),
            // The oldest of the images' last scans: what the gate's freshness rests on.
            'scanned-at': checks.every((check) => check.scannedAt) ? (scanned[0] ?? '') : '',
        },
        markdown: checkMarkdown(checks, request.maxScanAgeDays),
        files: {},
        failure: failing.length
            ? failing.map((check) => `${check.image.image}: ${check.verdict.detail}`).join('; ')
            : undefined,
    };
}
async function runRecordMode(request, deps) {
    const ref = (0,reference/* parseReference */.F2)(request.image);
    const client = await deps.clientFor(ref.registry);
    const [labels] = await readImage(client, ref);
    if (!labels)
        throw new errors/* OsimgError */.ec(`${request.image} is not an image (no image config)`, { code: 'NOT_FOUND' });
    // A re-scan (the gate) updates the scan time and keeps the pipeline the build recorded.
    const existing = await readRecord(client, { ...ref, digest: ref.digest });
    const entry = {
        ...labels,
        pipeline: request.explicitPipeline
            ? request.entry.pipeline
            : (existing?.pipeline ?? request.entry.pipeline),
        builtAt: existing?.builtAt ?? request.entry.builtAt,
        scannedAt: request.entry.scannedAt ?? existing?.scannedAt,
    };
    delete entry.tags;
    const record = await writeRecord(client, { ...ref, digest: ref.digest }, entry);
    const index = serializeIndex({ kind: INDEX_KIND, version: 1, images: [entry] });
    return {
        outputs: { record, index: deps.indexPath },
        markdown: `### osimg record\n\nRecorded \`${entry.image}\` (base \`${entry.base.name ?? entry.base.digest ?? 'none'}\`, pipeline ${entry.pipeline?.repository ?? '?'} ${entry.pipeline?.workflow ?? ''}) as ${record.slice(0, 19)}.\n`,
        files: { [deps.indexPath]: index },
    };
}

// EXTERNAL MODULE: ./src/cli/logger.ts
var logger = __webpack_require__(12280);
;// CONCATENATED MODULE: ./src/cli/rebuild.ts
/** `osimg rebuild`: the rebuild action's three modes on a laptop or any CI, with the same modules. */










const REBUILD_HELP = `Usage: osimg rebuild [IMAGE...] [options]

When the ops policy bans or patches a base image, find every image built on it and start its pipeline
through the GitHub API (dry run unless --dry-run false). IMAGE is registry/repository (every tag),
registry/repository:tag, or registry/* (the registry's catalog). The base comes from each image's
org.opencontainers.image.base.* labels, the repository from org.opencontainers.image.source, the
workflow from the image's pipeline record or --workflow.

Modes:
  --mode dispatch        (default) find affected images and start their pipelines
  --mode check IMAGE...  pre-deploy gate: base not banned (exit 1 if it is), last scan age
  --mode record IMAGE    store the pipeline record (repository, workflow, scan time) next to IMAGE@sha256:…

Options:
      --policy FILE            the ops policy (default: osimg-policy.yml)
      --previous-policy FILE   the policy before the change: what it already condemned is not started again
      --index FILE             dependents index file written by the pipeline (repeatable)
      --base GLOB              only images on these bases (registry/repository globs; repeatable)
      --tag GLOB               only images carrying one of these tags (repeatable)
      --check-base-updates     also rebuild images whose base tag now points at a newer digest
      --read-records BOOL      read each image's pipeline record (default true)
      --workflow FILE          workflow to start where no record names one (e.g. image.yml)
      --ref REF                branch or tag to run on (default: the repository's default branch)
      --event EVENT            auto (default), workflow_dispatch or repository_dispatch
      --event-type TYPE        repository_dispatch event type (default: osimg-rebuild)
      --dry-run BOOL           only report (default true); false starts pipelines
      --concurrency N          GitHub requests at once (default 2)
      --max-dispatches N       at most N pipelines per run; the rest is deferred (default 50)
      --interval SECONDS       between two starts (default 1)
      --max-scan-age-days N    check: a scan this old or older is stale (default 7)
      --fail-on WHAT           check: banned (default), patched or never
      --repository OWNER/NAME  record: the repository whose pipeline built the image
      --scanned-at TIME        record: when the image was last scanned (ISO date-time)
      --report FILE            write the JSON report (dispatch) or index entry (record) there
      --github-api-url URL     default: GITHUB_API_URL, else https://api.github.com
      --username USER          registry user (password from OSIMG_REGISTRY_PASSWORD)
      --tls-verify BOOL        verify registry TLS (default true)
      --json                   print the JSON report on stdout
  -q, --quiet                  only errors and the result
  -h, --help                   this help

The GitHub token comes from OSIMG_GITHUB_TOKEN or GITHUB_TOKEN, never from an argument; it needs
"actions: write" (workflow_dispatch) or "contents: write" (repository_dispatch) on the target repositories.
Exit codes: 0 done, 1 a pipeline could not be started or the gate failed, 2 bad usage or configuration.
`;
const NAMES = {
    mode: '--mode',
    policy: '--policy',
    previousPolicy: '--previous-policy',
    images: 'IMAGE',
    index: '--index',
    bases: '--base',
    tags: '--tag',
    checkBaseUpdates: '--check-base-updates',
    readRecords: '--read-records',
    workflow: '--workflow',
    ref: '--ref',
    event: '--event',
    eventType: '--event-type',
    dryRun: '--dry-run',
    concurrency: '--concurrency',
    maxDispatches: '--max-dispatches',
    interval: '--interval',
    maxScanAgeDays: '--max-scan-age-days',
    failOn: '--fail-on',
    repository: '--repository',
    scannedAt: '--scanned-at',
};
async function rebuildCommand(args, context) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            mode: { type: 'string' },
            policy: { type: 'string' },
            'previous-policy': { type: 'string' },
            index: { type: 'string', multiple: true },
            base: { type: 'string', multiple: true },
            tag: { type: 'string', multiple: true },
            'check-base-updates': { type: 'boolean' },
            'read-records': { type: 'string' },
            workflow: { type: 'string' },
            ref: { type: 'string' },
            event: { type: 'string' },
            'event-type': { type: 'string' },
            'dry-run': { type: 'string' },
            concurrency: { type: 'string' },
            'max-dispatches': { type: 'string' },
            interval: { type: 'string' },
            'max-scan-age-days': { type: 'string' },
            'fail-on': { type: 'string' },
            repository: { type: 'string' },
            'scanned-at': { type: 'string' },
            report: { type: 'string' },
            'github-api-url': { type: 'string' },
            username: { type: 'string' },
            'tls-verify': { type: 'string' },
            json: { type: 'boolean' },
            quiet: { type: 'boolean', short: 'q' },
            verbose: { type: 'boolean', short: 'v' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help) {
        context.stdout(REBUILD_HELP);
        return 0;
    }
    const env = context.env;
    const mode = (0,src_values/* parseChoice */.HU)(values.mode ?? '', NAMES.mode, MODES, 'dispatch');
    const inputs = {
        mode,
        policy: values.policy ?? '',
        previousPolicy: values['previous-policy'] ?? '',
        images: positionals.join('\n'),
        index: (values.index ?? []).join('\n'),
        bases: (values.base ?? []).join('\n'),
        tags: (values.tag ?? []).join('\n'),
        checkBaseUpdates: values['check-base-updates'] ?? false,
        readRecords: (0,src_values/* parseBoolean */.yG)(values['read-records'] ?? '', NAMES.readRecords, true),
        workflow: values.workflow ?? '',
        ref: values.ref ?? '',
        event: values.event ?? '',
        eventType: values['event-type'] ?? '',
        dryRun: (0,src_values/* parseBoolean */.yG)(values['dry-run'] ?? '', NAMES.dryRun, true),
        concurrency: values.concurrency ?? '',
        maxDispatches: values['max-dispatches'] ?? '',
        interval: values.interval ?? '',
        maxScanAgeDays: values['max-scan-age-days'] ?? '',
        failOn: values['fail-on'] ?? '',
        repository: values.repository ?? '',
        scannedAt: values['scanned-at'] ?? '',
    };
    const log = new logger/* CliLogger */.f({ quiet: values.quiet ?? false, verbose: values.verbose ?? false }, context.stderr);
    const password = env.OSIMG_REGISTRY_PASSWORD;
    const clientFor = registryClients({
        credentials: values.username && password ? { username: values.username, password } : undefined,
        authFiles: (0,request/* defaultAuthFiles */.Dc)(env),
        tlsVerify: (0,src_values/* parseBoolean */.yG)(values['tls-verify'] ?? '', '--tls-verify', true),
        log: (line) => log.info(line),
    });
    let result;
    if (mode === 'dispatch') {
        const request = await toRebuildRequest(inputs, { cwd: context.cwd, names: NAMES, today: (0,today/* today */.E)() });
        const github = request.dryRun
            ? undefined
            : new GitHubClient({
                apiUrl: values['github-api-url'] || env.GITHUB_API_URL || 'https://api.github.com',
                token: env.OSIMG_GITHUB_TOKEN || env.GITHUB_TOKEN || '',
                log: (line) => log.info(line),
            });
        result = await runDispatchMode(request, { clientFor, github, log, reportPath: values.report ?? '' });
    }
    else if (mode === 'check') {
        result = await runCheckMode(await toCheckRequest(inputs, { cwd: context.cwd, names: NAMES }), {
            clientFor,
            today: (0,today/* today */.E)(),
            now: Date.now(),
        });
    }
    else {
        const request = toRecordRequest(inputs, { names: NAMES, env, now: new Date() });
        result = await runRecordMode(request, { clientFor, indexPath: values.report ?? '' });
    }
    for (const [path, content] of Object.entries(result.files)) {
        if (path)
            await (0,files/* writeFileAtomically */.lo)((0,external_node_path_.resolve)(context.cwd, path), content, { createDirectory: true });
    }
    const json = Object.values(result.files)[0];
    context.stdout(values.json && json ? json : result.markdown);
    if (result.failure) {
        context.stderr(`osimg: ${result.failure}\n`);
        return 1;
    }
    return 0;
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
