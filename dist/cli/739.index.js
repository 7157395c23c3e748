export const id = 739;
export const ids = [739];
export const modules = {

/***/ 26449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DF: () => (/* binding */ toBuildRequest),
/* harmony export */   Dc: () => (/* binding */ defaultAuthFiles)
/* harmony export */ });
/* unused harmony export resolveImage */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62148);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66883);
/**
 * The build inputs both front doors share (action inputs and CLI flags use the same names), checked and
 * turned into a BuildRequest.
 */




/** The image name with the registry input applied; a tag in the name joins the tags. */
function resolveImage(input, registry) {
    const image = input.trim();
    if (!image)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('image is required: set it to the image name, e.g. ghcr.io/org/myos');
    const prefix = registry.trim().replace(/\/+$/, '');
    const full = prefix && !image.startsWith(`${prefix}/`) ? `${prefix}/${image}` : image;
    const ref = (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(full);
    if (ref.digest)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`image "${image}" has a digest: name the image without @sha256:..., tags go in tags`);
    const tag = ref.tag;
    return { ref: { registry: ref.registry, repository: ref.repository }, tag };
}
function toBuildRequest(inputs, extra) {
    const { ref, tag } = resolveImage(inputs.image, inputs.registry);
    const tags = [...new Set([...(tag ? [tag] : []), ...inputs.tags])];
    if (tags.length === 0)
        tags.push('latest');
    for (const t of tags) {
        if (!(0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .isValidTag */ .r_)(t)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`tag "${t}" is invalid: use 1-128 letters, digits, '_', '.' or '-', not starting with '.' or '-'`);
        }
    }
    if (inputs.password && !inputs.username)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('password is set but username is not: set both, or neither');
    if (inputs.username && !inputs.password)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('username is set but password is not: set both, or neither');
    const credentials = inputs.username
        ? { username: inputs.username, password: inputs.password }
        : undefined;
    for (const cacheRef of [...inputs.cacheFrom, ...inputs.cacheTo])
        (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(cacheRef);
    const absolute = (path) => ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(path) ? path : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(extra.cwd, path));
    const context = absolute(inputs.context || '.');
    const source = { ...extra.resolved.source, version: (0,_source_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultVersion */ .U8)(extra.resolved.source, tags) };
    return {
        containerfile: absolute(inputs.containerfile || 'Containerfile'),
        context,
        image: ref,
        tags,
        buildArgs: inputs.buildArgs,
        labels: inputs.labels,
        platform: inputs.platform || undefined,
        push: inputs.push,
        credentials,
        authFiles: extra.authFiles,
        tlsVerify: inputs.tlsVerify,
        ociArchive: inputs.ociArchive ? absolute(inputs.ociArchive) : undefined,
        layers: inputs.cache,
        cacheFrom: inputs.cacheFrom,
        cacheTo: inputs.cacheTo,
        sourceDateEpoch: (0,_source_js__WEBPACK_IMPORTED_MODULE_3__/* .pickSourceDateEpoch */ .a1)(inputs.sourceDateEpoch, extra.sourceDateEpochEnv, extra.resolved.commitTime),
        source,
        pull: inputs.pull,
        isolation: extra.isolation,
    };
}
/** The auth files podman, buildah and docker logins write, in the order containers/image reads them. */
function defaultAuthFiles(env) {
    const files = [];
    if (env.REGISTRY_AUTH_FILE)
        files.push(env.REGISTRY_AUTH_FILE);
    if (env.XDG_RUNTIME_DIR)
        files.push(`${env.XDG_RUNTIME_DIR}/containers/auth.json`);
    if (env.HOME)
        files.push(`${env.HOME}/.config/containers/auth.json`);
    files.push(`${env.DOCKER_CONFIG ?? (env.HOME ? `${env.HOME}/.docker` : '/root/.docker')}/config.json`);
    return files;
}


/***/ }),

/***/ 66883:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U8: () => (/* binding */ defaultVersion),
/* harmony export */   a1: () => (/* binding */ pickSourceDateEpoch),
/* harmony export */   ev: () => (/* binding */ resolveSource)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * Where the source of a build is: from the GitHub context when running in Actions, otherwise from git.
 * Also picks the reproducible timestamp: explicit value, SOURCE_DATE_EPOCH, or the commit time.
 */

async function resolveSource(git, dir, github) {
    const inActions = Boolean(github.repository && github.sha);
    const [commit, remote] = await Promise.all([
        git.headCommit(dir),
        inActions ? undefined : git.remoteUrl(dir),
    ]);
    if (inActions) {
        const version = github.ref?.startsWith('refs/tags/') ? github.ref.slice('refs/tags/'.length) : undefined;
        return {
            source: {
                url: `${github.serverUrl ?? 'https://github.com'}/${github.repository}`,
                revision: github.sha,
                version,
            },
            commitTime: commit?.commitTime,
        };
    }
    return {
        source: { url: remote, revision: commit?.revision },
        commitTime: commit?.commitTime,
    };
}
/** The build timestamp: explicit input, then SOURCE_DATE_EPOCH, then the commit time; else none (now). */
function pickSourceDateEpoch(explicit, environment, commitTime) {
    for (const [value, name] of [
        [explicit, 'source-date-epoch'],
        [environment ?? '', 'SOURCE_DATE_EPOCH'],
    ]) {
        const text = value.trim();
        if (text === '')
            continue;
        if (!/^\d{1,12}$/.test(text)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${name} must be a Unix time in seconds (e.g. 1700000000), not "${value}"`);
        }
        return Number(text);
    }
    return commitTime;
}
/** The version label: a release tag from the source, else the first tag that is not "latest". */
function defaultVersion(source, tags) {
    return source.version ?? tags.find((tag) => tag !== 'latest');
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

/***/ 76599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KD: () => (/* binding */ authFileContent),
/* harmony export */   aR: () => (/* binding */ basicAuthorization),
/* harmony export */   i5: () => (/* binding */ credentialsFromAuthFiles),
/* harmony export */   xy: () => (/* binding */ parseChallenge)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62148);
/* harmony import */ var _input_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31054);
/**
 * Registry credentials: WWW-Authenticate challenges (Basic and Bearer token auth), and the auth files that
 * `podman login`, `buildah login` and `docker login` write, so a prior login step is honoured.
 */



/** Parses `Bearer realm="...",service="...",scope="..."` or `Basic realm="..."`. */
function parseChallenge(value) {
    if (!value)
        return undefined;
    const match = /^\s*(\w+)\s*(.*)$/s.exec(value);
    if (!match)
        return undefined;
    const scheme = match[1].toLowerCase();
    if (scheme !== 'basic' && scheme !== 'bearer')
        return undefined;
    const params = {};
    // (?<!\w): a name starts at a word boundary, which keeps this linear on long garbage.
    for (const param of match[2].matchAll(/(?<!\w)(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g)) {
        params[param[1].toLowerCase()] = (param[2] ?? param[3] ?? '').replace(/\\(.)/g, '$1');
    }
    return { scheme, params };
}
function basicAuthorization(credentials) {
    return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
}
/** The keys under which auth files may store a registry (docker keeps Docker Hub under its v1 URL). */
function authKeys(registry) {
    const keys = [registry, `https://${registry}`, `http://${registry}`];
    if (registry === _reference_js__WEBPACK_IMPORTED_MODULE_1__/* .DOCKER_HUB */ .Xb)
        keys.push('https://index.docker.io/v1/', 'index.docker.io', 'registry-1.docker.io');
    return keys;
}
/**
 * Looks a registry up in auth files (first match wins). Missing files are skipped; a file that exists but
 * is not valid JSON is an error, because silently ignoring it would push anonymously.
 */
async function credentialsFromAuthFiles(paths, registry) {
    for (const path of paths) {
        let text;
        try {
            text = await (0,_input_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readInputFile */ .jH)(path, 'registryAuth', `the registry auth file ${path}`);
        }
        catch (error) {
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1)
                throw error;
            continue;
        }
        let parsed;
        try {
            parsed = JSON.parse(text);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`the auth file ${path} is not valid JSON: fix or delete it, then log in again`, {
                cause: error,
            });
        }
        if (typeof parsed !== 'object' ||
            parsed === null ||
            (parsed.auths !== undefined && (typeof parsed.auths !== 'object' || parsed.auths === null))) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`the auth file ${path} is not a containers auth file ({"auths": {...}}): fix or delete it`);
        }
        for (const key of authKeys(registry)) {
            const entry = parsed.auths?.[key];
            if (typeof entry !== 'object' || entry === null)
                continue;
            if (typeof entry.username === 'string' &&
                typeof entry.password === 'string' &&
                entry.username &&
                entry.password) {
                return { username: entry.username, password: entry.password };
            }
            if (typeof entry.auth === 'string') {
                const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
                const colon = decoded.indexOf(':');
                if (colon > 0)
                    return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
            }
        }
    }
    return undefined;
}
/** An auth file in the containers-auth.json format, for handing credentials to buildah and skopeo. */
function authFileContent(entries) {
    const auths = {};
    for (const { registry, credentials } of entries) {
        auths[registry] = {
            auth: Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64'),
        };
    }
    return `${JSON.stringify({ auths }, null, 2)}\n`;
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

/***/ 94051:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z2: () => (/* binding */ MEDIA_TYPES),
  bP: () => (/* binding */ RegistryClient),
  sI: () => (/* binding */ sha256Digest)
});

// UNUSED EXPORTS: registryErrorDetail

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/oci/auth.ts
var auth = __webpack_require__(76599);
;// CONCATENATED MODULE: ./src/oci/blob-stream.ts
/**
 * A blob read as a stream is checked as it flows: every byte is hashed on the way through, and at the end
 * the stream fails unless the content is the digest asked for. A reader that stops early never sees a
 * verified end, so whatever it took from an unverified blob must be thrown away with the error.
 */



const ALGORITHMS = { sha256: 'sha256', sha512: 'sha512' };
/** The hash a digest names; an unknown algorithm is refused rather than passed unchecked. */
function hashOf(digest) {
    const [algorithm, hex] = digest.split(':');
    const name = algorithm === undefined ? undefined : ALGORITHMS[algorithm];
    if (!name || !hex || !/^[0-9a-f]+$/.test(hex)) {
        throw new errors/* OsimgError */.ec(`cannot verify blob ${digest}: only sha256 and sha512 digests are supported`, {
            code: 'REGISTRY',
        });
    }
    return { hash: (0,external_node_crypto_.createHash)(name), hex };
}
/** A pass-through stream that errors at its end when what went through is not `digest`. */
function digestVerifier(digest, registry) {
    const { hash, hex } = hashOf(digest);
    let size = 0;
    return new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            hash.update(chunk);
            size += chunk.length;
            done(null, chunk);
        },
        flush(done) {
            const actual = hash.digest('hex');
            if (actual === hex)
                done();
            else {
                done(new errors/* OsimgError */.ec(`registry ${registry} returned blob ${digest} with other content (${size} bytes hashing to ${actual.slice(0, 12)}…)`, { code: 'DIGEST_MISMATCH' }));
            }
        },
    });
}

// EXTERNAL MODULE: ./src/oci/http.ts
var http = __webpack_require__(95809);
// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __webpack_require__(62148);
// EXTERNAL MODULE: ./src/oci/retry.ts
var retry = __webpack_require__(49963);
;// CONCATENATED MODULE: ./src/oci/registry.ts
/**
 * A client for the OCI distribution API: blobs, manifests and tags, with Basic and Bearer auth, and every
 * operation retried as a whole on transient failures (408, 429, 5xx, dropped connections). Fatal answers
 * (401, 403, 404, other 4xx) become one clear error at once.
 */








const MEDIA_TYPES = {
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
};
const MANIFEST_ACCEPT = Object.values(MEDIA_TYPES).join(', ');
/** getBlob's limit: it holds what it reads (configs, signatures); layers are streamed with openBlob. */
const MAX_READ_BLOB = 32 * 1024 * 1024;
function sha256Digest(data) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(data).digest('hex')}`;
}
class RegistryClient {
    registry;
    base;
    options;
    send;
    open;
    challenge;
    tokens = new Map();
    constructor(options) {
        this.options = options;
        this.registry = options.registry;
        const scheme = (0,reference/* isLoopbackRegistry */.jW)(options.registry) ? 'http' : 'https';
        this.base = `${scheme}://${(0,reference/* registryEndpoint */.Fh)(options.registry)}`;
        this.send = options.send ?? http/* httpRequest */.aj;
        const send = options.send;
        this.open =
            options.open ??
                (send
                    ? async (request) => {
                        const response = await send(request);
                        return { ...response, body: external_node_stream_.Readable.from([response.body]) };
                    }
                    : http/* httpOpen */.hU);
    }
    /** Whether a blob is already in the repository (so the upload can be skipped). */
    async blobExists(repository, digest) {
        return this.retrying(`check blob ${registry_short(digest)}`, async () => {
            const response = await this.call(repository, 'pull,push', 'HEAD', `/v2/${repository}/blobs/${digest}`, {}, [200, 404]);
            return response.status === 200;
        });
    }
    /** Uploads a blob in one PUT (POST for a session, then PUT with the digest). The registry checks the digest. */
    async pushBlob(repository, digest, size, open) {
        await this.retrying(`upload blob ${registry_short(digest)}`, async () => {
            const started = await this.call(repository, 'pull,push', 'POST', `/v2/${repository}/blobs/uploads/`, {}, [202]);
            const location = (0,http/* header */.wx)(started, 'location');
            if (!location)
                throw new errors/* OsimgError */.ec(`registry ${this.registry} did not say where to upload (no Location header)`, {
                    code: 'REGISTRY',
                });
            const url = new URL(location, this.base);
            url.searchParams.set('digest', digest);
            await this.call(repository, 'pull,push', 'PUT', url, {
                headers: { 'content-type': 'application/octet-stream', 'content-length': String(size) },
                body: open,
            }, [201]);
        });
    }
    /**
     * Links a blob from another repository of the same registry without moving its bytes (cross-repository
     * mount). False when the registry would rather have it uploaded (no mount support, or no pull access).
     */
    async mountBlob(repository, digest, from) {
        return this.retrying(`mount blob ${registry_short(digest)}`, async () => {
            const url = new URL(`/v2/${repository}/blobs/uploads/`, this.base);
            url.searchParams.set('mount', digest);
            url.searchParams.set('from', from);
            const response = await this.call(repository, 'pull,push', 'POST', url, {}, [201, 202]);
            return response.status === 201;
        });
    }
    /** Stores a manifest under a digest or a tag and checks the digest the registry computed. */
    async putManifest(repository, reference, manifest) {
        const digest = sha256Digest(manifest.bytes);
        return this.retrying(`store manifest ${repository}:${registry_short(reference)}`, async () => {
            const response = await this.call(repository, 'pull,push', 'PUT', `/v2/${repository}/manifests/${reference}`, { headers: { 'content-type': manifest.mediaType }, body: manifest.bytes }, [201]);
            const stored = (0,http/* header */.wx)(response, 'docker-content-digest');
            if (stored && stored !== digest) {
                throw new errors/* OsimgError */.ec(`registry ${this.registry} stored ${repository}:${reference} as ${stored}, expected ${digest}`, {
                    code: 'DIGEST_MISMATCH',
                });
            }
            return digest;
        });
    }
    /**
     * Stores a manifest that names a `subject` by its digest. Says whether the registry indexed the subject
     * itself (OCI 1.1: the `OCI-Subject` response header); if not, the caller maintains the referrers tag.
     */
    async putReferrer(repository, manifest) {
        const digest = sha256Digest(manifest.bytes);
        return this.retrying(`store referrer ${registry_short(digest)}`, async () => {
            const response = await this.call(repository, 'pull,push', 'PUT', `/v2/${repository}/manifests/${digest}`, { headers: { 'content-type': manifest.mediaType }, body: manifest.bytes }, [201]);
            return { digest, indexed: (0,http/* header */.wx)(response, 'oci-subject') !== undefined };
        });
    }
    /** The referrers index of a digest from the referrers API, or undefined when the registry has none. */
    async getReferrers(repository, digest) {
        return this.retrying(`list referrers of ${registry_short(digest)}`, async () => {
            const response = await this.call(repository, 'pull', 'GET', `/v2/${repository}/referrers/${digest}`, { headers: { accept: MEDIA_TYPES.ociIndex } }, [200, 404]);
            // A 404 (or a non-index answer) means no referrers API: the tag schema is the fallback.
            const type = ((0,http/* header */.wx)(response, 'content-type') ?? '').split(';')[0].trim();
            return response.status === 200 && type === MEDIA_TYPES.ociIndex ? response.body : undefined;
        });
    }
    /** Reads a small blob (signature payloads, configs) and checks it against its digest. */
    async getBlob(repository, digest) {
        return this.retrying(`read blob ${registry_short(digest)}`, async () => {
            const body = await this.blobBody(repository, digest);
            const bytes = await (0,http/* readBody */.x8)(body, MAX_READ_BLOB, `GET blob ${registry_short(digest)} at ${this.registry}`);
            if (sha256Digest(bytes) !== digest) {
                throw new errors/* OsimgError */.ec(`registry ${this.registry} returned blob ${digest} with other content`, {
                    code: 'DIGEST_MISMATCH',
                });
            }
            return bytes;
        });
    }
    /**
     * Streams a blob (image layers, too large to hold). Retried as a whole only until the body starts;
     * after that a failure is the stream's error. The stream errors at its end unless the content is
     * `digest`, so read it to the end before trusting it.
     */
    async openBlob(repository, digest) {
        const verifier = digestVerifier(digest, this.registry);
        const body = await this.retrying(`read blob ${registry_short(digest)}`, () => this.blobBody(repository, digest));
        // Either end failing ends both: a body error reaches the reader, a reader that gives up closes the body.
        (0,external_node_stream_.pipeline)(body, verifier, () => undefined);
        return verifier;
    }
    /**
     * One GET of a blob, its body not yet read. Blob storage behind a redirect (S3, a CDN) is followed
     * once, without our registry credentials.
     */
    async blobBody(repository, digest) {
        const path = `/v2/${repository}/blobs/${digest}`;
        let response = await this.exchange(this.open, repository, 'pull', 'GET', path, {});
        const location = (0,http/* header */.wx)(response, 'location');
        if ((response.status === 302 || response.status === 307) && location) {
            response.body.resume();
            const url = new URL(location, this.base);
            response = await this.open({
                method: 'GET',
                url,
                headers: { 'user-agent': 'osimg' },
                insecureTls: this.options.insecure,
            });
            if (response.status !== 200)
                throw await this.streamFailure(response, `GET ${url.host}${url.pathname}`, repository, 'pull');
        }
        else if (response.status !== 200) {
            throw await this.streamFailure(response, `GET ${path}`, repository, 'pull');
        }
        return response.body;
    }
    /** The failure of a streamed exchange, with the registry's error message from its (small) body. */
    async streamFailure(response, what, repository, access) {
        const body = await (0,http/* readBody */.x8)(response.body, 64 * 1024, what).catch(() => Buffer.alloc(0));
        return this.failure({ ...response, body }, what, repository, access);
    }
    /** Every tag of a repository (tags/list, following the Link header of paginated answers). */
    async listTags(repository) {
        return this.paginated(`list tags of ${repository}`, repository, `/v2/${repository}/tags/list`, 'tags');
    }
    /**
     * Every repository the registry lists (/v2/_catalog). Registries that hide their catalog answer 401/404,
     * which fails here: name the repositories instead.
     */
    async listRepositories() {
        return this.paginated('list repositories', 'catalog', '/v2/_catalog', 'repositories');
    }
    async paginated(what, repository, path, key) {
        const found = [];
        let url = new URL(path, this.base);
        url.searchParams.set('n', '1000');
        for (let page = 0; url && page < 1000; page++) {
            const current = url;
            const response = await this.retrying(what, () => this.call(repository, 'pull', 'GET', current, { headers: { accept: 'application/json' } }, [200]));
            let names;
            try {
                names = JSON.parse(response.body.toString('utf8'))[key];
            }
            catch {
                throw new errors/* OsimgError */.ec(`registry ${this.registry} answered ${what} with something other than JSON`, {
                    code: 'REGISTRY',
                });
            }
            if (Array.isArray(names))
                found.push(...names.filter((name) => typeof name === 'string'));
            // RFC 5988 Link: <next>; rel="next" — distribution's pagination.
            const next = /<([^>]+)>\s*;\s*rel="?next"?/.exec((0,http/* header */.wx)(response, 'link') ?? '');
            url = next ? new URL(next[1], this.base) : undefined;
        }
        return found;
    }
    /** Reads a manifest by tag or digest; the digest returned is computed from the bytes received. */
    async getManifest(repository, reference) {
        return this.retrying(`read manifest ${repository}:${registry_short(reference)}`, async () => {
            const response = await this.call(repository, 'pull', 'GET', `/v2/${repository}/manifests/${reference}`, { headers: { accept: MANIFEST_ACCEPT } }, [200]);
            const mediaType = ((0,http/* header */.wx)(response, 'content-type') ?? '').split(';')[0].trim();
            return { mediaType, digest: sha256Digest(response.body), bytes: response.body };
        });
    }
    /** Like getManifest, but undefined when the tag or digest does not exist (other failures still throw). */
    async findManifest(repository, reference) {
        try {
            return await this.getManifest(repository, reference);
        }
        catch (error) {
            if (error instanceof errors/* OsimgError */.ec && error.code === 'NOT_FOUND')
                return undefined;
            throw error;
        }
    }
    retrying(what, operation) {
        return (0,retry/* withRetry */.bD)(operation, {
            policy: this.options.retry ?? retry/* DEFAULT_RETRY */.vI,
            sleep: this.options.sleep,
            onRetry: ({ attempt, delayMs, error }) => this.options.log?.(`${what}: ${error.message}; retrying in ${(delayMs / 1000).toFixed(1)} s (attempt ${attempt + 1})`),
        }).catch((error) => {
            if (error instanceof retry/* TransientError */.N_) {
                throw new errors/* OsimgError */.ec(`could not ${what} at ${this.registry}: ${error.message}`, {
                    code: 'REGISTRY',
                    cause: error,
                });
            }
            throw error;
        });
    }
    /** One exchange read whole, failing unless its status is one of `ok`. */
    async call(repository, access, method, path, extra, ok) {
        const response = await this.exchange(this.send, repository, access, method, path, extra);
        if (ok.includes(response.status))
            return response;
        const url = typeof path === 'string' ? new URL(path, this.base) : path;
        throw this.failure(response, `${method} ${url.pathname}`, repository, access);
    }
    /** One exchange (read whole or streamed), with the auth handshake when the registry asks for it. */
    async exchange(send, repository, access, method, path, extra) {
        const url = typeof path === 'string' ? new URL(path, this.base) : path;
        const attempt = async (authorization) => send({
            method,
            url,
            headers: { 'user-agent': 'osimg', ...extra.headers, ...authorization },
            body: extra.body,
            insecureTls: this.options.insecure,
        });
        const sent = this.authorization(repository, access);
        let response = await attempt(sent);
        if (response.status === 401) {
            // Other requests running at once may have completed the handshake already: only the difference
            // between what this request sent and what we hold now decides whether to resend.
            await this.authenticate(response, repository, access, sent.authorization);
            const now = this.authorization(repository, access);
            if (now.authorization && now.authorization !== sent.authorization) {
                if (response.body instanceof external_node_stream_.Readable)
                    response.body.resume();
                response = await attempt(now);
            }
        }
        return response;
    }
    authorization(repository, access) {
        if (this.challenge?.scheme === 'bearer') {
            const token = this.tokens.get(scopeFor(repository, access));
            return token ? { authorization: `Bearer ${token}` } : {};
        }
        if (this.challenge?.scheme === 'basic' && this.options.credentials) {
            return { authorization: (0,auth/* basicAuthorization */.aR)(this.options.credentials) };
        }
        return {};
    }
    /** Learns the scheme from a 401 and, for token auth, fetches a token unless a newer one is held already. */
    async authenticate(response, repository, access, sent) {
        const challenge = (0,auth/* parseChallenge */.xy)((0,http/* header */.wx)(response, 'www-authenticate'));
        if (!challenge)
            return;
        this.challenge = challenge;
        if (challenge.scheme !== 'bearer')
            return;
        const scope = scopeFor(repository, access);
        const held = this.tokens.get(scope);
        if (held && `Bearer ${held}` !== sent)
            return;
        // The token we sent has expired or lacks the scope: fetch afresh.
        this.tokens.set(scope, await this.fetchToken(challenge, scope));
    }
    async fetchToken(challenge, scope) {
        const realm = challenge.params.realm;
        if (!realm)
            throw new errors/* OsimgError */.ec(`registry ${this.registry} asked for a token but named no realm`, {
                code: 'AUTH',
            });
        let url;
        try {
            url = new URL(realm, this.base);
        }
        catch {
            throw new errors/* OsimgError */.ec(`registry ${this.registry} named an invalid token realm "${realm}"`, {
                code: 'AUTH',
            });
        }
        if (challenge.params.service)
            url.searchParams.set('service', challenge.params.service);
        url.searchParams.set('scope', scope);
        const credentials = this.options.credentials;
        const response = await this.send({
            method: 'GET',
            url,
            headers: {
                'user-agent': 'osimg',
                ...(credentials ? { authorization: (0,auth/* basicAuthorization */.aR)(credentials) } : {}),
            },
            insecureTls: this.options.insecure,
        });
        if (response.status !== 200)
            throw this.failure(response, `token request to ${url.host}`, scope, 'pull,push');
        let token;
        try {
            const parsed = JSON.parse(response.body.toString('utf8'));
            token = parsed.token ?? parsed.access_token;
        }
        catch {
            token = undefined;
        }
        if (!token)
            throw new errors/* OsimgError */.ec(`the token service of ${this.registry} answered without a token`, {
                code: 'AUTH',
            });
        return token;
    }
    failure(response, what, repository, access) {
        const status = response.status;
        const detail = registryErrorDetail(response.body);
        const suffix = detail ? `: ${detail}` : '';
        if (status === 408 || status === 429 || status >= 500) {
            return new retry/* TransientError */.N_(`${what} answered HTTP ${status}${suffix}`, (0,retry/* parseRetryAfter */.mu)((0,http/* header */.wx)(response, 'retry-after')));
        }
        const user = this.options.credentials?.username;
        if (status === 401) {
            return new errors/* OsimgError */.ec(user
                ? `registry ${this.registry} rejected the credentials of "${user}" (HTTP 401)${suffix}: check the username and the password or token`
                : `registry ${this.registry} requires credentials for ${repository} (HTTP 401): give a username and password (or log in with podman login / docker login first)`, { code: 'AUTH' });
        }
        if (status === 403) {
            return new errors/* OsimgError */.ec(`registry ${this.registry} denied ${access === 'pull' ? 'pulling from' : 'pushing to'} ${repository}${user ? ` for "${user}"` : ''} (HTTP 403)${suffix}: the account lacks permission (on ghcr.io the job needs "packages: write")`, { code: 'AUTH' });
        }
        if (status === 404) {
            return new errors/* OsimgError */.ec(`${what} at ${this.registry}: not found (HTTP 404)${suffix}`, {
                code: 'NOT_FOUND',
            });
        }
        return new errors/* OsimgError */.ec(`${what} at ${this.registry} failed with HTTP ${status}${suffix}`, {
            code: 'REGISTRY',
        });
    }
}
function scopeFor(repository, access) {
    return `repository:${repository}:${access}`;
}
function registry_short(reference) {
    return reference.startsWith('sha256:') ? reference.slice(0, 19) : reference;
}
/** The first message of a distribution-spec error body ({"errors":[{"code","message"}]}), if any. */
function registryErrorDetail(body) {
    if (body.length === 0 || body.length > 64 * 1024)
        return undefined;
    try {
        const parsed = JSON.parse(body.toString('utf8'));
        const first = parsed.errors?.[0];
        if (!first)
            return undefined;
        return [first.code, first.message].filter(Boolean).join(' ');
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 49963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N_: () => (/* binding */ TransientError),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   vI: () => (/* binding */ DEFAULT_RETRY),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* unused harmony export backoffDelay */
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
