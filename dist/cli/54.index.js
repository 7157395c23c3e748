export const id = 54;
export const ids = [54];
export const modules = {

/***/ 48054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SCAN_HELP: () => (/* binding */ SCAN_HELP),
  scanCommand: () => (/* binding */ scanCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/input-file.ts
var input_file = __webpack_require__(31054);
;// CONCATENATED MODULE: ./src/scan/findings.ts
/** trivy's scale, lowest first. UNKNOWN is kept: a severity nobody rated is not the same as "low". */
const SCAN_SEVERITIES = ['unknown', 'low', 'medium', 'high', 'critical'];
const FINDING_KINDS = ['vulnerability', 'secret', 'misconfiguration'];
/** The trivy scanner that produces each kind of finding (`--scanners`). */
const SCANNER_OF = {
    vulnerability: 'vuln',
    secret: 'secret',
    misconfiguration: 'misconfig',
};
const SCANNERS = ['vuln', 'secret', 'misconfig'];
function emptyCounts() {
    return { unknown: 0, low: 0, medium: 0, high: 0, critical: 0 };
}
function findings_scanSeverityRank(severity) {
    return SCAN_SEVERITIES.indexOf(severity);
}
/** The shared scale for SARIF and annotations: UNKNOWN has no level of its own there. */
function toSharedSeverity(severity) {
    return severity === 'unknown' ? 'info' : severity;
}
/** True when a fix exists to upgrade to. Only vulnerabilities can be unfixed. */
function isFixable(finding) {
    return finding.kind !== 'vulnerability' || Boolean(finding.fixedVersion);
}
/** "libssl1.1 1.1.1c-r0 → 1.1.1d-r0" for vulnerabilities, the target for the rest. */
function describeSubject(finding) {
    if (finding.kind !== 'vulnerability') {
        const line = finding.startLine ? `:${finding.startLine}` : '';
        return `${finding.target}${line}`;
    }
    const fixed = finding.fixedVersion ? ` → ${finding.fixedVersion}` : ' (no fix yet)';
    return `${finding.package ?? '?'} ${finding.installedVersion ?? ''}${fixed}`.replace(/\s+/g, ' ');
}

;// CONCATENATED MODULE: ./src/scan/ignores.ts
/**
 * The ignores file: findings a team has decided to accept, each with a justification and an expiry date,
 * so an accepted risk is looked at again instead of living forever. YAML, validated against a published
 * JSON Schema (IGNORES_SCHEMA, printed by `osimg scan --ignores-schema`); every error names file and line.
 *
 *   version: 1
 *   ignores:
 *     - id: CVE-2019-1549          # a vulnerability, secret rule or check id
 *       package: libssl1.1         # optional: only in this package
 *       reason: fork() is never called after RAND use in our services
 *       expires: 2026-09-30        # the rule stops applying after this day (UTC)
 */





const IGNORES_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/org/osimg/blob/v1/docs/scan-ignores.schema.json',
    title: 'osimg scan ignores',
    description: 'Findings accepted on purpose: each with a reason and an expiry date.',
    type: 'object',
    additionalProperties: false,
    required: ['ignores'],
    properties: {
        version: { const: 1 },
        ignores: {
            type: 'array',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['reason', 'expires'],
                anyOf: [{ required: ['id'] }, { required: ['package'] }],
                properties: {
                    id: { type: 'string', pattern: '^\\S+$', description: 'CVE/GHSA id, secret rule id or check id' },
                    package: { type: 'string', minLength: 1, description: 'package name; alone, every finding in it' },
                    target: { type: 'string', minLength: 1, description: "trivy's target (file or image part)" },
                    kind: { enum: [...FINDING_KINDS] },
                    reason: { type: 'string', minLength: 10, description: 'why this is acceptable' },
                    expires: {
                        type: 'string',
                        pattern: '^\\d{4}-\\d{2}-\\d{2}$',
                        description: 'last day (UTC) the rule applies, YYYY-MM-DD',
                    },
                },
            },
        },
    },
};
let validator;
function validate(data) {
    validator ??= new ajv.Ajv({ allErrors: true }).compile(IGNORES_SCHEMA);
    return validator(data) ? [] : (validator.errors ?? []);
}
/** Parses the ignores file's text; `file` names it in errors. */
function parseIgnores(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    (0,input_file/* checkYamlNesting */.s0)(text, file);
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const lineOf = (offset) => offset === undefined ? 1 : lineCounter.linePos(offset).line;
    const firstError = doc.errors[0];
    if (firstError) {
        throw new src_errors/* ConfigurationError */.j1(`${file}:${lineOf(firstError.pos[0])}: not valid YAML: ${firstLine(firstError.message)}`);
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 100 }) ?? {};
    }
    catch (error) {
        // Unresolved or excessive aliases surface only when the document is turned into values.
        let line = 1;
        (0,dist/* visit */.YR)(doc, {
            Alias(_key, node) {
                line = lineOf(node.range?.[0]);
                return dist/* visit */.YR.BREAK;
            },
        });
        throw new src_errors/* ConfigurationError */.j1(`${file}:${line}: not valid YAML: ${(0,src_errors/* quoteInput */.Zs)(error.message, 120)}`, {
            cause: error,
        });
    }
    const nodeLine = (path) => {
        for (let length = path.length; length >= 0; length--) {
            const node = doc.getIn(path.slice(0, length), true);
            if ((0,dist/* isNode */.Ll)(node) && node.range)
                return lineOf(node.range[0]);
        }
        return 1;
    };
    const errors = validate(data).filter((error) => !error.schemaPath.includes('/anyOf/'));
    if (errors.length > 0) {
        const messages = errors.map((error) => {
            const path = error.instancePath.split('/').slice(1).map(unescapePointer);
            return `${file}:${nodeLine(path)}: ${describePath(path)} ${explain(error)}`;
        });
        throw new src_errors/* ConfigurationError */.j1(messages.length === 1
            ? messages[0]
            : `${messages.length} problems in ${file}:\n${messages.join('\n')}`);
    }
    const entries = data.ignores;
    return entries.map((entry, index) => {
        const line = nodeLine(['ignores', index]);
        if (!isRealDate(entry.expires)) {
            throw new src_errors/* ConfigurationError */.j1(`${file}:${nodeLine(['ignores', index, 'expires'])}: expires ${(0,src_errors/* quoteInput */.Zs)(String(entry.expires), 40)} is not a real date`);
        }
        return { ...entry, source: { file, line } };
    });
}
function explain(error) {
    const params = error.params;
    switch (error.keyword) {
        case 'required':
            return `is missing "${String(params.missingProperty)}"`;
        case 'additionalProperties':
            return `has an unknown key "${String(params.additionalProperty)}"`;
        case 'anyOf':
            return 'needs an id or a package (or both)';
        case 'pattern':
            return error.instancePath.endsWith('/expires')
                ? 'must be a date YYYY-MM-DD'
                : 'must not contain spaces';
        case 'minLength':
            return error.instancePath.endsWith('/reason')
                ? 'must say why the finding is acceptable (at least 10 characters)'
                : 'must not be empty';
        case 'const':
            return 'must be 1';
        case 'enum':
            return `must be one of ${FINDING_KINDS.join(', ')}`;
        default:
            return error.message ?? 'is invalid';
    }
}
function describePath(path) {
    if (path.length === 0)
        return 'the file';
    if (path[0] === 'ignores' && path.length >= 2) {
        const rest = path.slice(2);
        return `ignores[${path[1]}]${rest.length ? `.${rest.join('.')}` : ''}`;
    }
    return path.join('.');
}
function unescapePointer(segment) {
    return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}
function firstLine(text) {
    return text.split('\n')[0] ?? text;
}
function isRealDate(text) {
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
/** Today as YYYY-MM-DD in UTC: the date expiry is judged by. */
function utcDate(now) {
    return now.toISOString().slice(0, 10);
}
/** Whether a rule still applies on `today` (YYYY-MM-DD): through the end of its expiry day. */
function isActive(rule, today) {
    return today <= rule.expires;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/@actions/tool-cache/lib/tool-cache.js + 17 modules
var tool_cache = __webpack_require__(95991);
// EXTERNAL MODULE: ./src/net.ts
var net = __webpack_require__(88316);
// EXTERNAL MODULE: ./src/scratch/files.ts
var files = __webpack_require__(54865);
;// CONCATENATED MODULE: ./src/tools/install.ts
/**
 * Installing a pinned tool release: download (with @actions/tool-cache's retries on 5xx/408/429), verify the
 * archive's SHA-256 against a value carried in this repository, and only then extract the one binary and put
 * it in a tool store. An archive that does not match is deleted unextracted, so it can never run. Cached
 * installs carry the checksum they were verified against and are reused only when it still matches.
 *
 * Extraction is done here, in-process, and takes exactly one member: no `tar` process, no path traversal,
 * nothing else from the archive lands on disk.
 */









const MARKER = '.osimg-sha256';
/** Returns the absolute path of the verified binary. */
async function installTool(release, deps) {
    const binaryName = (0,external_node_path_.basename)(release.member);
    const cached = await deps.store.find(release.name, release.version, release.arch);
    if (cached && (await readMarker(cached)) === release.sha256 && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(cached, binaryName))) {
        deps.log.info(`${release.name} ${release.version}: using the verified copy in ${cached}`);
        return (0,external_node_path_.join)(cached, binaryName);
    }
    const work = (await (0,files/* makeScratch */.lP)(deps.tempDir, `osimg-install-${release.name}-`)).path;
    try {
        const archive = (0,external_node_path_.join)(work, (0,external_node_path_.basename)(new URL(release.url).pathname) || 'download');
        deps.log.info(`${release.name} ${release.version}: downloading ${release.url}`);
        await deps.download(release.url, archive);
        const actual = await sha256File(archive);
        if (actual !== release.sha256) {
            await (0,promises_.rm)(archive, { force: true });
            throw new src_errors/* OsimgError */.ec(`${release.name} ${release.version} from ${release.url} has SHA-256 ${actual}, but the pinned value is ${release.sha256}: ` +
                'the download was tampered with or the release was replaced; it was deleted without being extracted or run', { code: 'DIGEST_MISMATCH' });
        }
        const staged = (0,external_node_path_.join)(work, 'staged');
        await (0,promises_.mkdir)(staged);
        await extractTarGzMember(archive, release.member, (0,external_node_path_.join)(staged, binaryName));
        await (0,promises_.writeFile)((0,external_node_path_.join)(staged, MARKER), release.sha256);
        const dir = await deps.store.add(staged, release.name, release.version, release.arch);
        deps.log.info(`${release.name} ${release.version}: SHA-256 verified, installed in ${dir}`);
        return (0,external_node_path_.join)(dir, binaryName);
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
async function readMarker(dir) {
    return (0,promises_.readFile)((0,external_node_path_.join)(dir, MARKER), 'utf8').then((text) => text.trim(), () => undefined);
}
async function sha256File(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(path))
        hash.update(chunk);
    return hash.digest('hex');
}
/** The runner's tool cache (RUNNER_TOOL_CACHE), keyed by name, version and arch. */
function toolCacheStore() {
    return {
        find: async (name, version, arch) => tc.find(name, version, arch) || undefined,
        add: (sourceDir, name, version, arch) => tc.cacheDir(sourceDir, name, version, arch),
    };
}
/** A plain directory (root/name/version/arch), for the CLI outside a runner. */
function directoryStore(root) {
    const dirOf = (name, version, arch) => (0,external_node_path_.join)(root, name, version, arch);
    return {
        find: async (name, version, arch) => {
            const dir = dirOf(name, version, arch);
            return (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, MARKER)) ? dir : undefined;
        },
        add: async (sourceDir, name, version, arch) => {
            const dir = dirOf(name, version, arch);
            await (0,promises_.rm)(dir, { recursive: true, force: true });
            await (0,promises_.mkdir)(dir, { recursive: true });
            await (0,promises_.cp)(sourceDir, dir, { recursive: true });
            return dir;
        },
    };
}
/** @actions/tool-cache's download (3 attempts, backoff on 5xx, 408 and 429), with errors that say what to fix. */
const toolCacheDownload = async (url, dest) => {
    const why = await (0,net/* unreachable */.H)(url);
    if (why) {
        throw new src_errors/* OsimgError */.ec(`could not download ${url}: ${why}; this machine looks offline`, {
            code: 'REGISTRY',
        });
    }
    try {
        await tool_cache/* downloadTool */.bq(url, dest);
    }
    catch (error) {
        const status = error instanceof tool_cache/* HTTPError */.Hl ? error.httpStatusCode : undefined;
        if (status === 404) {
            throw new src_errors/* OsimgError */.ec(`${url} does not exist (HTTP 404): check the version, or the mirror you set`, {
                code: 'NOT_FOUND',
                cause: error,
            });
        }
        const why = status ? `HTTP ${status}` : error.message;
        throw new src_errors/* OsimgError */.ec(`could not download ${url}: ${why} (after retries)`, {
            code: 'REGISTRY',
            cause: error,
        });
    }
};
/**
 * Streams a .tar.gz and writes the single regular file named `member` to `dest` (mode 0755). Understands
 * ustar names with prefixes, GNU long names and pax `path` records.
 */
async function extractTarGzMember(archive, member, dest) {
    const wanted = normalizeName(member);
    let pending = Buffer.alloc(0);
    let longName;
    let entry;
    let found = false;
    let ended = false;
    try {
        for await (const chunk of (0,external_node_fs_.createReadStream)(archive).pipe((0,external_node_zlib_.createGunzip)())) {
            pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
            while (!ended) {
                if (!entry) {
                    if (pending.length < 512)
                        break;
                    const header = pending.subarray(0, 512);
                    pending = pending.subarray(512);
                    if (header.every((byte) => byte === 0)) {
                        ended = true;
                        break;
                    }
                    const parsed = parseHeader(header);
                    const name = longName ?? parsed.name;
                    longName = undefined;
                    const isWanted = (parsed.type === '0' || parsed.type === '\0') && normalizeName(name) === wanted;
                    entry = {
                        name,
                        type: parsed.type,
                        remaining: parsed.size,
                        padding: (512 - (parsed.size % 512)) % 512,
                        out: isWanted ? await (0,promises_.open)(dest, 'w', 0o755) : undefined,
                    };
                    if (parsed.type === 'L' || parsed.type === 'x')
                        entry.name = '';
                    continue;
                }
                const take = Math.min(entry.remaining, pending.length);
                const data = pending.subarray(0, take);
                if (entry.out)
                    await entry.out.write(data);
                else if (entry.type === 'L' || entry.type === 'x')
                    entry.name += data.toString('utf8');
                pending = pending.subarray(take);
                entry.remaining -= take;
                if (entry.remaining > 0 || pending.length < entry.padding)
                    break;
                pending = pending.subarray(entry.padding);
                if (entry.out) {
                    await entry.out.close();
                    found = true;
                    ended = true;
                }
                else if (entry.type === 'L')
                    longName = entry.name.replace(/\0+$/, '');
                else if (entry.type === 'x')
                    longName = paxPath(entry.name);
                entry = undefined;
            }
            if (ended)
                break;
        }
    }
    catch (error) {
        throw new src_errors/* OsimgError */.ec(`cannot read ${archive} as a .tar.gz: ${error.message}`, {
            cause: error,
        });
    }
    finally {
        await entry?.out?.close().catch(() => undefined);
    }
    if (!found) {
        await (0,promises_.rm)(dest, { force: true });
        throw new src_errors/* OsimgError */.ec(`${archive} has no file "${member}"`);
    }
    await (0,promises_.chmod)(dest, 0o755);
}
function parseHeader(header) {
    const text = (start, length) => header.toString('utf8', start, start + length).replace(/\0.*$/s, '');
    const name = text(0, 100);
    const isUstar = header.toString('latin1', 257, 262) === 'ustar';
    const prefix = isUstar ? text(345, 155) : '';
    const sizeText = text(124, 12).trim();
    if ((header[124] & 0x80) !== 0 || !/^[0-7]*$/.test(sizeText)) {
        throw new Error(`unsupported size field in the entry "${name}"`);
    }
    return {
        name: prefix ? `${prefix}/${name}` : name,
        size: parseInt(sizeText || '0', 8),
        type: String.fromCharCode(header[156]),
    };
}
/** The `path=` record of a pax extended header ("<len> path=<value>\n" records). */
function paxPath(records) {
    return /(?:^|\n)\d+ path=([^\n]*)\n/.exec(records)?.[1];
}
function normalizeName(name) {
    return name.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
}

// EXTERNAL MODULE: ./src/tools/tool.ts
var tool = __webpack_require__(59601);
;// CONCATENATED MODULE: ./src/tools/trivy.ts
/**
 * trivy: scans an image (OCI archive or registry reference, no Docker daemon) and writes its JSON report to
 * a file. osimg gates on that report with its own policy, so trivy is asked for everything (every severity,
 * no ignore file, exit code 0) and shielded from settings that would filter its output behind our back
 * (TRIVY_* variables, a trivy.yaml or .trivyignore in the working directory).
 */


/** Settings trivy reads from the environment that would filter or reshape the report osimg gates on. */
const FILTERING_ENV = [
    'TRIVY_SEVERITY',
    'TRIVY_IGNORE_UNFIXED',
    'TRIVY_IGNORE_STATUS',
    'TRIVY_IGNOREFILE',
    'TRIVY_IGNORE_POLICY',
    'TRIVY_VEX',
    'TRIVY_SKIP_FILES',
    'TRIVY_SKIP_DIRS',
    'TRIVY_EXIT_CODE',
    'TRIVY_EXIT_ON_EOL',
    'TRIVY_CONFIG',
    'TRIVY_FORMAT',
    'TRIVY_TEMPLATE',
    'TRIVY_OUTPUT',
    'TRIVY_SCANNERS',
    'TRIVY_PKG_TYPES',
    'TRIVY_IMAGE_SRC',
    'TRIVY_USERNAME',
    'TRIVY_PASSWORD',
    'TRIVY_REGISTRY_TOKEN',
];
const ALL_SEVERITIES = 'UNKNOWN,LOW,MEDIUM,HIGH,CRITICAL';
class Trivy extends tool/* Tool */.N {
    installHint = 'the scan action installs a pinned, checksum-verified trivy; for the CLI use --install-trivy or see https://trivy.dev';
    constructor(binary = 'trivy', exec) {
        super(binary, exec);
    }
    parseVersion(output) {
        // "Version: 0.72.0" (plus DB lines); a dev build says "Version: dev", which matches no pin.
        const line = output.split('\n').find((text) => /^Version:/i.test(text.trim()));
        return (0,tool/* extractSemver */.Y)(line ?? output, 'trivy');
    }
    static dbArgs(options) {
        return [
            `--cache-dir=${options.cacheDir}`,
            ...options.repositories.map((repository) => `--db-repository=${repository}`),
        ];
    }
    /** `trivy image` for a full JSON report of everything found. */
    static imageArgs(options) {
        const args = [
            'image',
            '--format=json',
            `--output=${options.output}`,
            `--scanners=${options.scanners.join(',')}`,
            `--severity=${ALL_SEVERITIES}`,
            '--exit-code=0',
            '--no-progress',
            `--timeout=${options.timeout}`,
            ...Trivy.dbArgs(options),
        ];
        if (options.skipDbUpdate)
            args.push('--skip-db-update', '--skip-java-db-update');
        if (options.offline)
            args.push('--offline-scan', '--skip-check-update');
        if (options.platform)
            args.push(`--platform=${options.platform}`);
        if (options.insecure)
            args.push('--insecure');
        if (options.image.kind === 'archive') {
            args.push(`--input=${options.image.path}`);
        }
        else {
            // Straight from the registry: no daemon to ask, and never a stale local copy.
            args.push('--image-src=remote');
            if (options.image.ref.startsWith('-'))
                throw new src_errors/* OsimgError */.ec(`invalid image reference "${options.image.ref}"`);
            args.push(options.image.ref);
        }
        return args;
    }
    /** Only the vulnerability DB, so its download can be retried apart from the scan. */
    static downloadDbArgs(options) {
        return ['image', '--download-db-only', '--no-progress', ...Trivy.dbArgs(options)];
    }
    /** The child's environment: filtering settings removed, credentials (never argv) added. */
    static scanEnv(credentials) {
        const env = Object.fromEntries(FILTERING_ENV.map((name) => [name, undefined]));
        env.TRIVY_DISABLE_TELEMETRY = 'true';
        env.TRIVY_SKIP_VERSION_CHECK = 'true';
        if (credentials) {
            env.TRIVY_USERNAME = credentials.username;
            env.TRIVY_PASSWORD = credentials.password;
        }
        return env;
    }
    /** What went wrong, from trivy's log: decides between retrying and explaining. */
    static classifyFailure(output) {
        if (/first run cannot skip downloading DB|cannot be specified on the first run/i.test(output))
            return 'db-missing';
        if (/TOOMANYREQUESTS|too many requests|\b429\b|rate limit/i.test(output))
            return 'rate-limited';
        if (/\b5\d\d\b (?:Internal Server Error|Bad Gateway|Service Unavailable|Gateway Timeout)|\bstatus(?: code)?:? 5\d\d\b|connection reset by peer|i\/o timeout|TLS handshake timeout/i.test(output)) {
            return 'server-error';
        }
        return 'other';
    }
    /** Runs a scan; returns trivy's log lines (the completeness check reads its warnings). */
    async scanImage(options, run) {
        return this.runLogged(Trivy.imageArgs(options), run);
    }
    async downloadDb(options, run) {
        await this.runLogged(Trivy.downloadDbArgs(options), run);
    }
    /** Runs trivy, streaming its log; returns the log lines; failures become errors that say what happened. */
    async runLogged(args, run) {
        const lines = [];
        const collect = (line) => {
            if (lines.length < 5000)
                lines.push(line);
            run.onLine?.(line);
        };
        try {
            await this.run(args, {
                cwd: run.cwd,
                env: Trivy.scanEnv(run.credentials),
                timeoutMs: run.timeoutMs,
                onStdoutLine: collect,
                onStderrLine: collect,
            });
            return lines;
        }
        catch (error) {
            if (!(error instanceof src_errors/* CommandError */.Qd) || error.code === 'TIMEOUT')
                throw error;
            throw explainFailure(error, lines.join('\n'));
        }
    }
}
/** A failed trivy run as an error that says what to do; `kind` tells the caller whether to retry. */
class TrivyError extends src_errors/* CommandError */.Qd {
    kind;
    constructor(message, kind, details) {
        super(message, details);
        this.kind = kind;
    }
}
function explainFailure(error, log) {
    const kind = Trivy.classifyFailure(log);
    const fatal = log
        .split('\n')
        .filter((line) => /\bFATAL\b|\bERROR\b/.test(line))
        .at(-1)
        ?.replace(/^\S+\s+(FATAL|ERROR)\s+/, '')
        .trim();
    const what = fatal ?? error.message;
    const advice = {
        'db-missing': 'the vulnerability DB is missing from the cache directory: let osimg download it, or point offline-db at a directory with db/trivy.db and db/metadata.json',
        'rate-limited': 'the DB registry is rate-limiting: osimg retried with backoff; add a mirror to db-repositories',
        'server-error': 'the registry had a server error: osimg retried with backoff; try again or add a mirror',
        other: `trivy exited with code ${error.exitCode}`,
    };
    return new TrivyError(`trivy failed: ${what} (${advice[kind]})`, kind, {
        command: error.command,
        exitCode: error.exitCode,
        stderrTail: error.stderrTail.length ? error.stderrTail : log.split('\n').slice(-15),
        cause: error,
    });
}

;// CONCATENATED MODULE: ./src/scan/trivy-release.ts
/**
 * The trivy releases osimg will install, with their SHA-256 carried in this repository. Never "latest":
 * in March 2026 trivy-action's tags were rewritten and a malicious trivy 0.69.4 was published
 * (GHSA-69fq-xp46-6x23), so a release is only ever installed when its archive hashes to a value recorded
 * here, reviewed, before the download happened. 0.69.4 (and 0.69.5/0.69.6 images from that window) must
 * never be added.
 *
 * Sources of the values (the published trivy_<version>_checksums.txt of each release, as copied by several
 * independent projects that pin it; all copies agree):
 *   0.72.0  Linux-64bit bbb64b96…, Linux-ARM64 2ca2c023… — trivy_0.72.0_checksums.txt, quoted verbatim in
 *           pinned-installer tables of unrelated projects (four copies for amd64, two for arm64).
 *   0.71.2  Linux-64bit 0510e71e…, Linux-ARM64 fe1c7106… — trivy_0.71.2_checksums.txt (e.g. the
 *           gaiagroup setup-trivy action README and an AUR PKGBUILD for amd64; two tool tables for arm64).
 *   0.70.0  Linux-64bit 8b4376d5…, Linux-ARM64 2f6bb988… — "From trivy_0.70.0_checksums.txt in the official
 *           v0.70.0 release" (pinned scan scripts and Bazel/Python tool tables).
 * To add a release: copy both lines from its checksums.txt (verify the file's cosign signature), add them
 * here, and change DEFAULT_TRIVY_VERSION in the same reviewed change.
 */

const DEFAULT_TRIVY_VERSION = '0.72.0';
const TRIVY_DOWNLOAD_BASE = 'https://github.com/aquasecurity/trivy/releases/download';
/** Node's (platform, arch) → the asset suffix trivy publishes. */
const ASSET_SUFFIX = {
    'linux/x64': 'Linux-64bit',
    'linux/arm64': 'Linux-ARM64',
};
/** version → asset file name → SHA-256 (lowercase hex). */
const TRIVY_CHECKSUMS = {
    '0.72.0': {
        'trivy_0.72.0_Linux-64bit.tar.gz': 'bbb64b9695866ce4a7a8f5c9592002c5961cab378577fa3f8a040df362b9b2ea',
        'trivy_0.72.0_Linux-ARM64.tar.gz': '2ca2c023109c2db6b2b77366b6717291452d4531167377d95c79547f0c8e3467',
    },
    '0.71.2': {
        'trivy_0.71.2_Linux-64bit.tar.gz': '0510e71e2fd39bf863856d499c8dc19feb4e7336546394c502a8f5cc7ab27460',
        'trivy_0.71.2_Linux-ARM64.tar.gz': 'fe1c7106e15a5365d485b098a8c338f91e3b7ba71cb0e4963b98a3a098763cfc',
    },
    '0.70.0': {
        'trivy_0.70.0_Linux-64bit.tar.gz': '8b4376d5d6befe5c24d503f10ff136d9e0c49f9127a4279fd110b727929a5aa9',
        'trivy_0.70.0_Linux-ARM64.tar.gz': '2f6bb988b553a1bbac6bdd1ce890f5e412439564e17522b88a4541b4f364fc8d',
    },
};
/** The pinned asset for this machine, or a ConfigurationError that says what is possible instead. */
function trivyAsset(version, host, options = {}) {
    const checksums = options.checksums ?? TRIVY_CHECKSUMS;
    const clean = version.trim().replace(/^v/, '');
    const known = Object.keys(checksums);
    if (!/^\d+\.\d+\.\d+$/.test(clean)) {
        throw new src_errors/* ConfigurationError */.j1(`trivy-version "${version}" is not an exact version: osimg never floats to "latest"; use one of ${known.join(', ')}`);
    }
    const assets = checksums[clean];
    if (!assets) {
        throw new src_errors/* ConfigurationError */.j1(`trivy ${clean} has no checksum in osimg (pinned: ${known.join(', ')}): use a pinned version, or put trivy ${clean} on PATH yourself`);
    }
    const suffix = ASSET_SUFFIX[`${host.platform}/${host.arch}`];
    const name = suffix && `trivy_${clean}_${suffix}.tar.gz`;
    const sha256 = name ? assets[name] : undefined;
    if (!name || !sha256) {
        throw new src_errors/* ConfigurationError */.j1(`no pinned trivy ${clean} for ${host.platform}/${host.arch}: osimg installs it on linux x64 and arm64; put trivy ${clean} on PATH instead`);
    }
    const base = (options.base ?? TRIVY_DOWNLOAD_BASE).replace(/\/+$/, '');
    return { version: clean, name, url: `${base}/v${clean}/${name}`, sha256, arch: host.arch };
}

;// CONCATENATED MODULE: ./src/scan/install-trivy.ts
/**
 * Getting the trivy to run: one already on PATH only when it is exactly the pinned version, otherwise the
 * pinned release, downloaded and verified against the checksum carried in this repository.
 */




async function resolveTrivy(version, deps) {
    const found = await deps.onPath.version().catch(() => undefined);
    if (found === version) {
        deps.log.info(`trivy ${version}: using the one on PATH (matches the pinned version)`);
        return deps.onPath;
    }
    if (found)
        deps.log.info(`trivy ${found} on PATH is not the pinned ${version}: not using it`);
    const asset = trivyAsset(version, deps.host, deps.release);
    const binary = await installTool({
        name: 'trivy',
        version: asset.version,
        arch: asset.arch,
        url: asset.url,
        sha256: asset.sha256,
        member: 'trivy',
    }, { ...deps.install, log: deps.log }).catch((error) => {
        if (!(error instanceof src_errors/* OsimgError */.ec) || error.code !== 'REGISTRY')
            throw error;
        throw new src_errors/* OsimgError */.ec(`${error.message}; to go on without downloading trivy: put trivy ${asset.version} on PATH, judge an existing trivy JSON report (osimg scan --from-report FILE, osimg pipeline --scan-report FILE), or skip the scan (osimg pipeline --skip scan)`, { code: 'REGISTRY', cause: error });
    });
    const trivy = (deps.makeTrivy ?? ((path) => new Trivy(path)))(binary);
    const installed = await trivy.version();
    if (installed !== asset.version) {
        throw new src_errors/* OsimgError */.ec(`the verified trivy archive contains trivy ${installed}, not ${asset.version}`);
    }
    return trivy;
}

;// CONCATENATED MODULE: ./src/scan/completeness.ts
/** Artifact types whose OS packages trivy should assess when vulnerability scanning is on. */
const IMAGE_TYPES = new Set(['container_image', 'vm']);
function assessCompleteness(report, scanners, trivyWarnings = []) {
    const problems = [];
    const notices = [];
    let osUnsupported = false;
    const os = report.os;
    const osName = os ? `${os.family} ${os.name}`.trim() : '';
    const hasOsResult = report.results.some((result) => result.class === 'os-pkgs');
    if (scanners.includes('vuln') && IMAGE_TYPES.has(report.artifactType)) {
        if (os && !hasOsResult) {
            osUnsupported = true;
            problems.push(`results incomplete: OS not supported (${osName}): trivy has no vulnerability data for it, so its packages were not assessed`);
        }
        else if (!os) {
            osUnsupported = true;
            problems.push('results incomplete: no OS detected in the image: trivy assessed no OS packages (unknown or missing /etc/os-release)');
        }
    }
    for (const family of unsupportedFamilies(trivyWarnings)) {
        if (!problems.some((problem) => problem.includes(family))) {
            osUnsupported = true;
            problems.push(`results incomplete: OS not supported (${family}): trivy said "Unsupported os"`);
        }
    }
    if (os?.eosl) {
        notices.push(`${osName} is end of service life: its vendor publishes no more fixes, so new vulnerabilities may go unreported`);
    }
    return { complete: problems.length === 0, problems, osUnsupported, notices };
}
/** Families named in trivy's `WARN Unsupported os family="fedora"` log lines. */
function unsupportedFamilies(lines) {
    const families = new Set();
    for (const line of lines) {
        const match = /Unsupported os\b.*?family="?([\w.-]+)"?/i.exec(line);
        if (match)
            families.add(match[1]);
    }
    return [...families];
}

// EXTERNAL MODULE: ./src/values.ts
var src_values = __webpack_require__(74777);
;// CONCATENATED MODULE: ./src/scan/policy.ts
/**
 * The scan policy: what makes the gate fail. Parsed from the same text in the action's inputs and the CLI's
 * flags, so both front doors accept exactly the same values.
 */



function parsePolicy(text, ignores, names) {
    const threshold = (0,src_values/* parseChoice */.HU)(text.severityThreshold.toLowerCase(), names.severityThreshold, ['none', ...SCAN_SEVERITIES], 'high');
    const maxCounts = parseMaxCounts(text.maxCounts, names.maxCounts);
    if (threshold !== 'none') {
        for (const severity of Object.keys(maxCounts)) {
            if (findings_scanSeverityRank(severity) < findings_scanSeverityRank(threshold)) {
                throw new src_errors/* ConfigurationError */.j1(`${names.maxCounts}: ${severity}=${maxCounts[severity]} has no effect below ${names.severityThreshold} ${threshold}: lower the threshold to gate ${severity} findings`);
            }
        }
    }
    return {
        threshold,
        onlyFixed: text.onlyFixed,
        maxCounts,
        scanners: parseScanners(text.scanners, names.scanners),
        ignores,
        onIncomplete: (0,src_values/* parseChoice */.HU)(text.onIncomplete, names.onIncomplete, ['fail', 'warn'], 'fail'),
    };
}
/** `critical=0, high=5` (commas or lines). */
function parseMaxCounts(text, name) {
    const counts = {};
    for (const item of (0,src_values/* parseList */.E1)(text)) {
        const match = /^([a-z]+)\s*=\s*(\d{1,9})$/i.exec(item);
        const severity = match?.[1]?.toLowerCase();
        if (!match || !severity || !SCAN_SEVERITIES.includes(severity)) {
            throw new src_errors/* ConfigurationError */.j1(`${name}: "${item}" is not SEVERITY=COUNT; write e.g. critical=0, high=5 (severities: ${SCAN_SEVERITIES.join(', ')})`);
        }
        if (counts[severity] !== undefined)
            throw new src_errors/* ConfigurationError */.j1(`${name}: ${severity} is given twice`);
        counts[severity] = Number(match[2]);
    }
    return counts;
}
function parseScanners(text, name) {
    const items = (0,src_values/* parseList */.E1)(text.toLowerCase());
    if (items.length === 0)
        return ['vuln'];
    for (const item of items) {
        if (!SCANNERS.includes(item)) {
            throw new src_errors/* ConfigurationError */.j1(`${name}: "${item}" is not a scanner; use ${SCANNERS.join(', ')}`);
        }
    }
    return SCANNERS.filter((scanner) => items.includes(scanner));
}
/** The number of gated findings of `severity` the policy tolerates; undefined when it is not gated. */
function allowedCount(policy, severity) {
    if (policy.threshold === 'none' || findings_scanSeverityRank(severity) < findings_scanSeverityRank(policy.threshold)) {
        return undefined;
    }
    return policy.maxCounts[severity] ?? 0;
}

;// CONCATENATED MODULE: ./src/scan/gate.ts
/**
 * The gate: a pure function from (report, policy, today) to a decision in which every finding is
 * classified. The SARIF, the JSON report, the job summary and the outputs are all derived from this one
 * decision, so they cannot tell different stories.
 *
 * Each finding gets one disposition, decided in this order:
 *   ignored          an active ignore rule matches it (the rule and its reason are kept)
 *   below-threshold  its severity is under the policy's threshold
 *   unfixed          only-fixed is on and no fixed version exists
 *   expired-ignore   a rule matched but has expired: the finding counts again, and the rule is reported
 *   counted          everything else: it counts against the policy's limits
 */




const DISPOSITIONS = ['counted', 'expired-ignore', 'ignored', 'below-threshold', 'unfixed'];
/** Counts toward the policy's limits. */
function isGating(disposition) {
    return disposition === 'counted' || disposition === 'expired-ignore';
}
function evaluate(report, policy, today, trivyWarnings = []) {
    const rules = new RuleIndex(policy.ignores);
    const threshold = policy.threshold === 'none' ? Infinity : findings_scanSeverityRank(policy.threshold);
    const counts = emptyCounts();
    const countsByKind = { vulnerability: 0, secret: 0, misconfiguration: 0 };
    const totals = Object.fromEntries(DISPOSITIONS.map((d) => [d, 0]));
    const findings = [];
    const enabled = new Set(policy.scanners);
    let skippedByScanner = 0;
    for (const finding of report.findings) {
        if (!enabled.has(SCANNER_OF[finding.kind])) {
            skippedByScanner++;
            continue;
        }
        const { active, expired } = rules.match(finding, today);
        let classified;
        if (active)
            classified = { finding, disposition: 'ignored', rule: active };
        else if (findings_scanSeverityRank(finding.severity) < threshold)
            classified = { finding, disposition: 'below-threshold' };
        else if (policy.onlyFixed && !isFixable(finding))
            classified = { finding, disposition: 'unfixed' };
        else if (expired)
            classified = { finding, disposition: 'expired-ignore', rule: expired };
        else
            classified = { finding, disposition: 'counted' };
        totals[classified.disposition]++;
        if (isGating(classified.disposition)) {
            counts[finding.severity]++;
            countsByKind[finding.kind]++;
        }
        findings.push(classified);
    }
    const completeness = assessCompleteness(report, policy.scanners, trivyWarnings);
    const failures = limitFailures(counts, policy);
    const warnings = [...completeness.notices];
    if (!completeness.complete) {
        if (policy.onIncomplete === 'fail') {
            failures.push(...completeness.problems.map((problem) => `${problem} (on-incomplete: fail)`));
        }
        else
            warnings.unshift(...completeness.problems);
    }
    const expiredRules = rules.expiredUses(today);
    for (const { rule, matches } of expiredRules) {
        warnings.push(`ignore rule at ${rule.source.file}:${rule.source.line} (${describeRule(rule)}) expired on ${rule.expires} and no longer applies` +
            `${matches > 0 ? ` (${matches} finding${matches === 1 ? '' : 's'} count again)` : ''}: fix the finding or renew the rule with a new reason`);
    }
    const unusedRules = rules.unused(today);
    for (const rule of unusedRules) {
        warnings.push(`ignore rule at ${rule.source.file}:${rule.source.line} (${describeRule(rule)}) matched nothing: remove it if the finding is gone`);
    }
    if (skippedByScanner > 0) {
        warnings.push(`${skippedByScanner} finding(s) of scanners not enabled in the policy were left out`);
    }
    return {
        passed: failures.length === 0,
        failures,
        warnings,
        counts,
        countsByKind,
        totals,
        findings,
        expiredRules,
        unusedRules,
        completeness,
        skippedByScanner,
        policy,
        artifact: {
            name: report.artifactName,
            type: report.artifactType,
            os: report.os,
            trivyVersion: report.trivyVersion,
        },
        evaluatedOn: today,
    };
}
function limitFailures(counts, policy) {
    const failures = [];
    for (const severity of [...SCAN_SEVERITIES].reverse()) {
        const allowed = allowedCount(policy, severity);
        if (allowed !== undefined && counts[severity] > allowed) {
            failures.push(`${counts[severity]} ${severity} finding${counts[severity] === 1 ? '' : 's'} (allowed ${allowed})`);
        }
    }
    return failures;
}
function describeRule(rule) {
    return [
        rule.id,
        rule.package && `package ${rule.package}`,
        rule.target && `target ${rule.target}`,
        rule.kind,
    ]
        .filter(Boolean)
        .join(', ');
}
/** Ignore rules indexed by id and by package, so matching 10,000 findings stays linear. */
class RuleIndex {
    rules;
    byId = new Map();
    byPackage = new Map();
    matches = new Map();
    constructor(rules) {
        this.rules = rules;
        for (const rule of rules) {
            const [map, key] = rule.id ? [this.byId, rule.id.toUpperCase()] : [this.byPackage, rule.package];
            map.set(key, [...(map.get(key) ?? []), rule]);
            this.matches.set(rule, 0);
        }
    }
    /** The first active and the first expired rule that match (an active one wins). */
    match(finding, today) {
        let active;
        let expired;
        const candidates = [
            ...(this.byId.get(finding.id.toUpperCase()) ?? []),
            ...(finding.package ? (this.byPackage.get(finding.package) ?? []) : []),
        ];
        for (const rule of candidates) {
            if (!ruleMatches(rule, finding))
                continue;
            this.matches.set(rule, this.matches.get(rule) + 1);
            if (isActive(rule, today))
                active ??= rule;
            else
                expired ??= rule;
        }
        return { active, expired };
    }
    expiredUses(today) {
        return this.rules
            .filter((rule) => !isActive(rule, today))
            .map((rule) => ({ rule, matches: this.matches.get(rule) ?? 0 }));
    }
    unused(today) {
        return this.rules.filter((rule) => isActive(rule, today) && this.matches.get(rule) === 0);
    }
}
function ruleMatches(rule, finding) {
    return ((rule.id === undefined || rule.id.toUpperCase() === finding.id.toUpperCase()) &&
        (rule.package === undefined || rule.package === finding.package) &&
        (rule.target === undefined || rule.target === finding.target) &&
        (rule.kind === undefined || rule.kind === finding.kind));
}
/** Findings with a given disposition, most severe first (stable within a severity). */
function findingsWith(decision, disposition) {
    return decision.findings
        .filter((item) => item.disposition === disposition)
        .sort((a, b) => scanSeverityRank(b.finding.severity) - scanSeverityRank(a.finding.severity));
}
/** The counted findings that have a fix, most severe first: what to upgrade. */
function gate_topFixable(decision, limit) {
    return decision.findings
        .filter((item) => isGating(item.disposition) && item.finding.fixedVersion)
        .map((item) => item.finding)
        .sort((a, b) => findings_scanSeverityRank(b.severity) - findings_scanSeverityRank(a.severity) ||
        (a.package ?? '').localeCompare(b.package ?? '') ||
        a.id.localeCompare(b.id))
        .slice(0, limit);
}

;// CONCATENATED MODULE: ./src/scan/outputs.ts
/**
 * The machine-readable views of a decision: osimg's JSON report and the action outputs. Derived from the
 * same decision as the SARIF and the summary.
 */


const REPORT_SCHEMA = 'https://github.com/org/osimg/blob/v1/docs/scan.md#json-report';
function jsonReport(decision) {
    const { policy } = decision;
    return {
        $schema: REPORT_SCHEMA,
        reportVersion: 1,
        passed: decision.passed,
        failures: decision.failures,
        warnings: decision.warnings,
        evaluatedOn: decision.evaluatedOn,
        artifact: decision.artifact,
        complete: decision.completeness.complete,
        incomplete: decision.completeness.problems,
        policy: {
            threshold: policy.threshold,
            onlyFixed: policy.onlyFixed,
            maxCounts: policy.maxCounts,
            scanners: policy.scanners,
            onIncomplete: policy.onIncomplete,
            ignoreRules: policy.ignores.length,
        },
        counts: decision.counts,
        countsByKind: decision.countsByKind,
        totals: decision.totals,
        findings: decision.findings.map(({ finding, disposition, rule }) => ({
            disposition,
            ...finding,
            ...(rule ? { rule: ruleView(rule) } : {}),
        })),
        expiredRules: decision.expiredRules.map(({ rule, matches }) => ({ ...ruleView(rule), matches })),
        unusedRules: decision.unusedRules.map(ruleView),
    };
}
function ruleView(rule) {
    return {
        match: describeRule(rule),
        reason: rule.reason,
        expires: rule.expires,
        file: rule.source.file,
        line: rule.source.line,
    };
}
function scanOutputs(decision, paths) {
    const { critical, high, medium, low, unknown } = decision.counts;
    return {
        passed: decision.passed,
        critical,
        high,
        medium,
        low,
        unknown,
        total: critical + high + medium + low + unknown,
        ignored: decision.totals.ignored,
        incomplete: !decision.completeness.complete,
        sarif: paths.sarif,
        report: paths.report,
    };
}

// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __webpack_require__(62148);
// EXTERNAL MODULE: ./src/oci/retry.ts
var retry = __webpack_require__(49963);
;// CONCATENATED MODULE: ./src/scan/db.ts
/**
 * trivy's vulnerability DB, made ready before the scan so the scan itself never downloads: restored from a
 * cache keyed by date, downloaded (with repository fallbacks, and retries with backoff on TOOMANYREQUESTS
 * and 5xx) only when stale, saved back; or taken as-is from an offline directory.
 */






/** trivy's own default order since 0.61, plus the public ECR mirror as a last resort. */
const DEFAULT_DB_REPOSITORIES = [
    'mirror.gcr.io/aquasec/trivy-db:2',
    'ghcr.io/aquasecurity/trivy-db:2',
    'public.ecr.aws/aquasecurity/trivy-db:2',
];
const DB_RETRY = {
    attempts: 4,
    baseDelayMs: 5_000,
    maxDelayMs: 60_000,
    maxRetryAfterMs: 60_000,
};
const KEY_PREFIX = 'osimg-trivy-db-v2-';
function dbCacheKey(today) {
    return `${KEY_PREFIX}${today}`;
}
/** The DB is fresh while trivy's metadata says its next update is still ahead. */
function isDbFresh(metadataJson, now) {
    if (!metadataJson)
        return false;
    try {
        const metadata = JSON.parse(metadataJson);
        const next = typeof metadata.NextUpdate === 'string' ? Date.parse(metadata.NextUpdate) : NaN;
        return !Number.isNaN(next) && next > now.getTime();
    }
    catch {
        return false;
    }
}
/** Makes the DB ready; returns the cache dir to scan with and whether the scan must stay offline. */
async function prepareDb(plan, deps) {
    if (plan.offlineDir) {
        for (const file of ['trivy.db', 'metadata.json']) {
            if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(plan.offlineDir, 'db', file))) {
                throw new src_errors/* ConfigurationError */.j1(`offline-db ${plan.offlineDir} has no db/${file}: copy a trivy cache directory there (trivy image --download-db-only --cache-dir DIR)`);
            }
        }
        deps.log.info(`trivy DB: offline copy in ${plan.offlineDir} (no download)`);
        return { cacheDir: plan.offlineDir, offline: true };
    }
    const dbDir = (0,external_node_path_.join)(plan.cacheDir, 'db');
    const key = dbCacheKey(deps.today);
    let restored;
    if (deps.cache) {
        restored = await deps.cache.restore(dbDir, key, [KEY_PREFIX]).catch((error) => {
            deps.log.warning(`trivy DB cache could not be restored (${error.message}); downloading instead`);
            return undefined;
        });
    }
    const metadata = await (0,promises_.readFile)((0,external_node_path_.join)(dbDir, 'metadata.json'), 'utf8').catch(() => undefined);
    if (isDbFresh(metadata, deps.now)) {
        deps.log.info(`trivy DB: fresh${restored ? ` (restored from cache ${restored})` : ''}; no download`);
        return { cacheDir: plan.cacheDir, offline: false };
    }
    await downloadWithRetry(plan, deps);
    if (deps.cache && restored !== key) {
        await deps.cache.save(dbDir, key).catch((error) => {
            deps.log.warning(`trivy DB cache could not be saved (${error.message})`);
        });
    }
    return { cacheDir: plan.cacheDir, offline: false };
}
async function downloadWithRetry(plan, deps) {
    deps.log.info(`trivy DB: downloading from ${plan.repositories.join(', ')}`);
    try {
        await (0,retry/* withRetry */.bD)(async () => {
            try {
                await deps.trivy.downloadDb({ cacheDir: plan.cacheDir, repositories: plan.repositories }, { cwd: deps.cwd, timeoutMs: deps.timeoutMs, onLine: (line) => deps.log.debug(line) });
            }
            catch (error) {
                if (error instanceof TrivyError &&
                    (error.kind === 'rate-limited' || error.kind === 'server-error')) {
                    throw new retry/* TransientError */.N_(error.message, undefined, { cause: error });
                }
                throw error;
            }
        }, {
            policy: DB_RETRY,
            sleep: deps.sleep,
            onRetry: ({ attempt, delayMs, error }) => deps.log.warning(`trivy DB download attempt ${attempt} failed (${error.message}); retrying in ${Math.round(delayMs / 1000)} s`),
        });
    }
    catch (error) {
        if (error instanceof retry/* TransientError */.N_) {
            throw new src_errors/* OsimgError */.ec(`could not download the trivy DB: ${error.message}`, {
                code: 'REGISTRY',
                cause: error,
            });
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/scan/request.ts
/**
 * The scan inputs both front doors share (action inputs and CLI flags use the same names), checked and
 * turned into a ScanRequest: what to scan, how to reach it, the policy, where to write the results.
 */








async function toScanRequest(inputs, extra) {
    const { names } = extra;
    const absolute = (path) => ((0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(extra.cwd, path));
    const source = resolveImageSource(inputs.image, extra.cwd, names.image);
    if (inputs.password && !inputs.username)
        throw new src_errors/* ConfigurationError */.j1(`${names.password} is set but ${names.username} is not: set both, or neither`);
    if (inputs.username && !inputs.password)
        throw new src_errors/* ConfigurationError */.j1(`${names.username} is set but ${names.password} is not: set both, or neither`);
    const timeout = parseDuration(inputs.timeout || '15m', names.timeout);
    const offlineDir = inputs.offlineDb ? absolute(inputs.offlineDb) : undefined;
    return {
        source,
        credentials: inputs.username ? { username: inputs.username, password: inputs.password } : undefined,
        insecure: !inputs.tlsVerify ||
            (source.kind === 'registry' && (0,reference/* isLoopbackRegistry */.jW)((0,reference/* parseReference */.F2)(source.ref).registry)),
        platform: inputs.platform || undefined,
        policy: await loadPolicy(inputs, names, absolute),
        sarifPath: absolute(inputs.sarif || 'osimg-scan.sarif'),
        reportPath: absolute(inputs.report || 'osimg-scan.json'),
        locationUri: (inputs.containerfile || 'Containerfile').replace(/\\/g, '/').replace(/^\.\//, ''),
        trivyVersion: inputs.trivyVersion || extra.trivyVersion,
        db: {
            cacheDir: inputs.cacheDir ? absolute(inputs.cacheDir) : (0,external_node_path_.join)(extra.homeDir, '.cache', 'trivy'),
            repositories: inputs.dbRepositories.length ? inputs.dbRepositories : [...DEFAULT_DB_REPOSITORIES],
            offlineDir,
        },
        timeout: timeout.text,
        timeoutMs: timeout.ms + 60_000,
    };
}
/** The policy alone (the CLI's --from-report needs no image). */
async function loadPolicy(inputs, names, absolute) {
    let ignores = [];
    if (inputs.ignoresFile) {
        const path = absolute(inputs.ignoresFile);
        const text = await (0,input_file/* readInputFile */.jH)(path, 'ignores', inputs.ignoresFile).catch((error) => {
            if (error instanceof src_errors/* ConfigurationError */.j1)
                throw error;
            throw new src_errors/* ConfigurationError */.j1(`${names.ignoresFile} ${inputs.ignoresFile} cannot be read (${error.code ?? error.message}): check the path`, { cause: error });
        });
        ignores = parseIgnores(text, inputs.ignoresFile);
    }
    return parsePolicy(inputs, ignores, names);
}
/**
 * `oci-archive:PATH`, `docker-archive:PATH` or an existing file is an archive (scanned with --input);
 * `docker://REF` or anything else is a registry reference.
 */
function resolveImageSource(text, cwd, name) {
    const value = text.trim();
    if (!value)
        throw new src_errors/* ConfigurationError */.j1(`${name} is required: an OCI archive path or a registry reference`);
    const archivePrefix = /^(oci-archive|docker-archive):/.exec(value);
    if (archivePrefix)
        return archiveSource((0,external_node_path_.resolve)(cwd, value.slice(archivePrefix[0].length)), value);
    if (value.startsWith('docker://'))
        return registrySource(value.slice('docker://'.length));
    const path = (0,external_node_path_.resolve)(cwd, value);
    if ((0,external_node_fs_.existsSync)(path))
        return archiveSource(path, value);
    if (/^[./~]|\.tar(\.gz)?$|\.tgz$/.test(value)) {
        throw new src_errors/* ConfigurationError */.j1(`${name}: the archive ${value} does not exist (looked for ${path})`);
    }
    return registrySource(value);
}
function archiveSource(path, text) {
    if (!(0,external_node_fs_.existsSync)(path) || !(0,external_node_fs_.statSync)(path).isFile()) {
        throw new src_errors/* ConfigurationError */.j1(`the image archive ${text} does not exist or is not a file (${path})`);
    }
    return { kind: 'archive', path };
}
function registrySource(ref) {
    (0,reference/* parseReference */.F2)(ref);
    return { kind: 'registry', ref };
}
/** trivy's duration syntax, limited to what we can also enforce: 90s, 15m, 1h. */
function parseDuration(text, name) {
    const match = /^(\d{1,5})(s|m|h)$/.exec(text.trim());
    if (!match || Number(match[1]) === 0) {
        throw new src_errors/* ConfigurationError */.j1(`${name} must be a duration such as 90s, 15m or 1h, not "${text}"`);
    }
    const unit = { s: 1000, m: 60_000, h: 3_600_000 }[match[2]];
    return { text: `${match[1]}${match[2]}`, ms: Number(match[1]) * unit };
}

;// CONCATENATED MODULE: ./src/scan/report.ts
/**
 * Reads trivy's JSON report (`--format json`, SchemaVersion 2) into osimg's findings. Strict where the
 * gate depends on a field (ids, severities, package names) so a truncated or foreign file is an error
 * that names the field, never a silent "0 vulnerabilities"; lenient about everything else.
 *
 * Shape (trivy pkg/types/report.go): { SchemaVersion, Trivy.Version, ArtifactName, ArtifactType,
 * Metadata.OS {Family, Name, EOSL}, Results[] { Target, Class, Type, Vulnerabilities[], Secrets[],
 * Misconfigurations[] } }.
 */

const SEVERITY = {
    UNKNOWN: 'unknown',
    LOW: 'low',
    MEDIUM: 'medium',
    HIGH: 'high',
    CRITICAL: 'critical',
};
/** Parses report text; `source` names the file in errors. */
function parseTrivyReport(text, source) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new src_errors/* ConfigurationError */.j1(`${source} is not valid JSON (${(0,src_errors/* quoteInput */.Zs)(error.message, 120)}): pass the file trivy wrote with --format json`, { cause: error });
    }
    return readReport(data, source);
}
function readReport(data, source) {
    const fail = (path, problem) => new src_errors/* ConfigurationError */.j1(`${source} is not a trivy JSON report: ${path} ${problem}`);
    if (!isObject(data))
        throw fail('the top level', 'is not an object');
    if (data.SchemaVersion !== undefined && data.SchemaVersion !== 2) {
        throw fail('SchemaVersion', `is ${typeof data.SchemaVersion === 'number' ? data.SchemaVersion : (0,src_errors/* quoteInput */.Zs)(String(JSON.stringify(data.SchemaVersion)), 40)}; osimg reads version 2 (trivy 0.20+)`);
    }
    if (data.SchemaVersion === undefined && data.Results === undefined && data.ArtifactName === undefined) {
        throw fail('the top level', 'has none of SchemaVersion, ArtifactName, Results');
    }
    const fields = new FieldReader(fail);
    const results = [];
    const findings = [];
    const rawResults = fields.optionalArray(data, 'Results', '');
    rawResults.forEach((raw, i) => {
        const path = `Results[${i}]`;
        if (!isObject(raw))
            throw fail(path, 'is not an object');
        const result = {
            target: fields.string(raw, 'Target', path),
            class: fields.optionalString(raw, 'Class', path) ?? '',
            type: fields.optionalString(raw, 'Type', path) ?? '',
        };
        results.push(result);
        readEntries(raw, path, result, fields, findings);
    });
    return {
        artifactName: fields.optionalString(data, 'ArtifactName', '') ?? '',
        artifactType: fields.optionalString(data, 'ArtifactType', '') ?? '',
        trivyVersion: isObject(data.Trivy) ? fields.optionalString(data.Trivy, 'Version', 'Trivy') : undefined,
        createdAt: fields.optionalString(data, 'CreatedAt', ''),
        os: readOs(data, fields),
        results,
        findings,
    };
}
function readOs(data, fields) {
    if (!isObject(data.Metadata) || !isObject(data.Metadata.OS))
        return undefined;
    const os = data.Metadata.OS;
    const family = fields.optionalString(os, 'Family', 'Metadata.OS');
    if (!family)
        return undefined;
    return {
        family,
        name: fields.optionalString(os, 'Name', 'Metadata.OS') ?? '',
        eosl: os.EOSL === true,
    };
}
/** Calls `read` on each object of a Result's list (`key`), with its JSON path for errors. */
function eachEntry(raw, key, path, fields, read, out) {
    fields.optionalArray(raw, key, path).forEach((entry, index) => {
        const at = `${path}.${key}[${index}]`;
        if (!isObject(entry))
            throw fields.fail(at, 'is not an object');
        const finding = read(entry, at);
        if (finding)
            out.push(finding);
    });
}
function readEntries(raw, path, result, fields, out) {
    eachEntry(raw, 'Vulnerabilities', path, fields, (vuln, at) => ({
        kind: 'vulnerability',
        id: fields.string(vuln, 'VulnerabilityID', at),
        severity: fields.severity(vuln, at),
        title: fields.optionalString(vuln, 'Title', at) ?? '',
        target: result.target,
        package: fields.string(vuln, 'PkgName', at),
        installedVersion: fields.optionalString(vuln, 'InstalledVersion', at) ?? '',
        fixedVersion: fields.optionalString(vuln, 'FixedVersion', at) || undefined,
        status: fields.optionalString(vuln, 'Status', at),
        url: fields.optionalString(vuln, 'PrimaryURL', at),
    }), out);
    // The matched text of a secret is deliberately not carried: it is (part of) the secret.
    eachEntry(raw, 'Secrets', path, fields, (secret, at) => ({
        kind: 'secret',
        id: fields.string(secret, 'RuleID', at),
        severity: fields.severity(secret, at),
        title: fields.optionalString(secret, 'Title', at) ?? '',
        target: result.target,
        startLine: fields.optionalLine(secret, 'StartLine'),
        endLine: fields.optionalLine(secret, 'EndLine'),
    }), out);
    eachEntry(raw, 'Misconfigurations', path, fields, (check, at) => {
        // PASS and EXCEPTION entries (with --include-non-failures) are not findings.
        if ((fields.optionalString(check, 'Status', at) ?? 'FAIL') !== 'FAIL')
            return undefined;
        const cause = isObject(check.CauseMetadata) ? check.CauseMetadata : {};
        return {
            kind: 'misconfiguration',
            id: fields.string(check, 'ID', at),
            severity: fields.severity(check, at),
            title: fields.optionalString(check, 'Title', at) ?? fields.optionalString(check, 'Message', at) ?? '',
            target: result.target,
            url: fields.optionalString(check, 'PrimaryURL', at),
            startLine: fields.optionalLine(cause, 'StartLine'),
            endLine: fields.optionalLine(cause, 'EndLine'),
        };
    }, out);
}
/** Typed field access that fails with the JSON path of the offending field. */
class FieldReader {
    fail;
    constructor(fail) {
        this.fail = fail;
    }
    string(object, key, at) {
        const value = object[key];
        if (typeof value !== 'string' || value === '')
            throw this.fail(join(at, key), describeMissing(value));
        return value;
    }
    optionalString(object, key, at) {
        const value = object[key];
        if (value === undefined || value === null)
            return undefined;
        if (typeof value !== 'string')
            throw this.fail(join(at, key), `is ${typeName(value)}, not a string`);
        return value;
    }
    optionalArray(object, key, at) {
        const value = object[key];
        if (value === undefined || value === null)
            return [];
        if (!Array.isArray(value))
            throw this.fail(join(at, key), `is ${typeName(value)}, not a list`);
        return value;
    }
    /** A line number, or undefined: positions only place a finding, so a bad one is dropped, not fatal. */
    optionalLine(object, key) {
        const value = object[key];
        return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
    }
    severity(object, at) {
        const value = object.Severity;
        const severity = typeof value === 'string' ? SEVERITY[value.toUpperCase()] : undefined;
        if (!severity) {
            throw this.fail(join(at, 'Severity'), `is ${JSON.stringify(value) ?? 'missing'}; expected one of ${Object.keys(SEVERITY).join(', ')}`);
        }
        return severity;
    }
}
function join(at, key) {
    return at ? `${at}.${key}` : key;
}
function describeMissing(value) {
    return value === undefined || value === '' ? 'is missing' : `is ${typeName(value)}, not a string`;
}
function typeName(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: ./src/report/sarif.ts
var sarif = __webpack_require__(10643);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/scan/sarif.ts
/**
 * The scan decision as SARIF 2.1.0 for code scanning, through the shared builder. Only findings that count
 * against the policy are results: the SARIF is filtered exactly like the gate (trivy-action's SARIF output
 * ignores its severity filter; ours cannot, because it is derived from the same decision).
 */





/** Artifact types whose targets are paths in the repository rather than in an image. */
const REPOSITORY_TYPES = new Set(['repository', 'filesystem']);
function decisionToSarif(decision, options) {
    const inRepository = REPOSITORY_TYPES.has(decision.artifact.type);
    const rules = new Map();
    const results = [];
    for (const item of decision.findings) {
        if (!isGating(item.disposition))
            continue;
        const { finding } = item;
        const ruleId = finding.id;
        const rule = rules.get(ruleId);
        if (!rule)
            rules.set(ruleId, toRule(finding));
        else if (findings_scanSeverityRank(finding.severity) > sharedRank(rule))
            rule.severity = toSharedSeverity(finding.severity);
        results.push({
            ruleId,
            severity: toSharedSeverity(finding.severity),
            message: message(item),
            location: inRepository && finding.target
                ? { uri: finding.target, startLine: finding.startLine ?? 1, endLine: finding.endLine }
                : { uri: options.locationUri, startLine: 1 },
            fingerprint: fingerprint(finding),
        });
    }
    return (0,sarif/* buildSarif */.E)({ name: 'osimg-scan', version: version/* VERSION */.x, informationUri: 'https://github.com/org/osimg' }, [...rules.values()], results, options.category ?? 'osimg-scan');
}
function toRule(finding) {
    const advice = finding.kind === 'vulnerability'
        ? `Upgrade the package to a fixed version (trivy reports it per finding), or accept the risk in the ignores file with a reason and an expiry date.`
        : finding.kind === 'secret'
            ? 'Remove the secret from the image, rotate it, and keep it out of the build context.'
            : 'Change the configuration as the check describes.';
    return {
        id: finding.id,
        title: finding.title || finding.id,
        help: `${finding.title || finding.id}. ${advice}`,
        severity: toSharedSeverity(finding.severity),
        helpUri: finding.url,
        tags: ['security', finding.kind],
    };
}
function sharedRank(rule) {
    return findings_scanSeverityRank(rule.severity === 'info' ? 'unknown' : rule.severity);
}
function message(item) {
    const { finding } = item;
    const parts = [
        `${finding.id} (${finding.severity}) in ${describeSubject(finding)}`,
        finding.title,
        `target: ${finding.target}`,
    ];
    if (item.disposition === 'expired-ignore' && item.rule) {
        parts.push(`ignore rule at ${item.rule.source.file}:${item.rule.source.line} expired on ${item.rule.expires}`);
    }
    return parts.filter(Boolean).join('. ');
}
/** Stable across runs for the same finding, so code scanning tracks one alert, not a new one each time. */
function fingerprint(finding) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update([finding.kind, finding.id, finding.package, finding.installedVersion, finding.target].join('\0'))
        .digest('hex')
        .slice(0, 32);
}

;// CONCATENATED MODULE: ./src/scan/scan.ts
/**
 * The scan, start to finish: DB ready → trivy writes its JSON report → osimg's gate decides → SARIF and
 * JSON report written. `evaluateReport` is the same second half for a report trivy wrote elsewhere.
 */










async function scanImage(request, deps) {
    const today = utcDate(deps.now);
    const db = await deps.log.group('trivy DB', () => prepareDb(request.db, {
        trivy: deps.trivy,
        cache: deps.dbCache,
        log: deps.log,
        now: deps.now,
        today,
        cwd: deps.scratchDir,
        sleep: deps.sleep,
        timeoutMs: request.timeoutMs,
    }));
    const output = (0,external_node_path_.join)(deps.scratchDir, 'trivy-report.json');
    const log = await deps.log.group('Scan', () => deps.trivy.scanImage({
        image: request.source,
        output,
        scanners: request.policy.scanners,
        cacheDir: db.cacheDir,
        repositories: request.db.repositories,
        skipDbUpdate: true,
        offline: db.offline,
        platform: request.platform,
        insecure: request.insecure,
        timeout: request.timeout,
    }, {
        cwd: deps.scratchDir,
        credentials: request.credentials,
        timeoutMs: request.timeoutMs,
        onLine: (line) => deps.log.info(line),
    }));
    const text = await (0,input_file/* readInputFile */.jH)(output, 'trivyReport', 'the trivy report').catch((error) => {
        if (error instanceof src_errors/* ConfigurationError */.j1)
            throw error;
        throw new src_errors/* OsimgError */.ec(`trivy finished but wrote no report to ${output}: ${error.message}`, {
            cause: error,
        });
    });
    return decideAndWrite(parseTrivyReport(text, 'the trivy report'), request, today, log);
}
/** Gates a trivy JSON report that already exists (`osimg scan --from-report`). */
async function evaluateReport(reportFile, request, now) {
    const text = await (0,input_file/* readInputFile */.jH)(reportFile, 'trivyReport').catch((error) => {
        if (error instanceof src_errors/* ConfigurationError */.j1)
            throw error;
        throw new src_errors/* ConfigurationError */.j1(`cannot read the trivy report ${reportFile} (${error.code ?? error.message}): check the path`, {
            cause: error,
        });
    });
    return decideAndWrite(parseTrivyReport(text, reportFile), request, utcDate(now), []);
}
async function decideAndWrite(report, request, today, trivyWarnings) {
    const decision = evaluate(report, request.policy, today, trivyWarnings);
    const category = `osimg-scan/${report.artifactName || 'image'}`;
    await writeJson(request.sarifPath, decisionToSarif(decision, { locationUri: request.locationUri, category }));
    await writeJson(request.reportPath, jsonReport(decision));
    return { decision, sarifPath: request.sarifPath, reportPath: request.reportPath };
}
async function writeJson(path, value) {
    await (0,files/* writeFileAtomically */.lo)(path, `${JSON.stringify(value, null, 2)}\n`, { createDirectory: true });
}

;// CONCATENATED MODULE: ./src/scan/summary.ts
/**
 * The human-readable story of a decision: Markdown for the job summary, plain text for the CLI. Both show
 * the verdict, the counts per severity by disposition, and the top fixable findings (package, installed →
 * fixed), and both say loudly when the results are incomplete.
 */



const TOP_FIXABLE = 10;
function countRows(decision) {
    const by = (disposition) => {
        const counts = new Map();
        for (const item of decision.findings) {
            if (item.disposition === disposition)
                counts.set(item.finding.severity, (counts.get(item.finding.severity) ?? 0) + 1);
        }
        return (severity) => counts.get(severity) ?? 0;
    };
    const ignored = by('ignored');
    const below = by('below-threshold');
    const unfixed = by('unfixed');
    return [...SCAN_SEVERITIES].reverse().map((severity) => ({
        severity,
        counted: decision.counts[severity],
        allowed: String(allowedCount(decision.policy, severity) ?? '—'),
        ignored: ignored(severity),
        belowThreshold: below(severity),
        unfixed: unfixed(severity),
    }));
}
function verdictLine(decision) {
    const total = Object.values(decision.counts).reduce((a, b) => a + b, 0);
    const artifact = decision.artifact.name || 'the image';
    return decision.passed
        ? `passed: ${total} finding(s) count against the policy in ${artifact}, within its limits`
        : `failed: ${decision.failures.join('; ')}`;
}
function summaryMarkdown(decision) {
    const lines = [];
    const artifact = decision.artifact.name || 'image';
    const osText = decision.artifact.os ? ` (${decision.artifact.os.family} ${decision.artifact.os.name})` : '';
    lines.push(`### osimg scan: ${cell(artifact)}${cell(osText)} — ${decision.passed ? '✅ passed' : '❌ failed'}`, '');
    if (!decision.completeness.complete) {
        lines.push('> [!WARNING]', ...decision.completeness.problems.map((p) => `> **${cell(p)}**`), '');
    }
    for (const failure of decision.failures)
        lines.push(`- ❌ ${cell(failure)}`);
    if (decision.failures.length)
        lines.push('');
    lines.push(`Policy: threshold **${decision.policy.threshold}**, only fixed **${decision.policy.onlyFixed}**, ` +
        `scanners ${decision.policy.scanners.join(', ')}, ${decision.policy.ignores.length} ignore rule(s), judged on ${decision.evaluatedOn}.`, '', '| Severity | Counted | Allowed | Ignored | Below threshold | Unfixed |', '| --- | ---: | ---: | ---: | ---: | ---: |', ...countRows(decision).map((row) => `| ${row.severity} | ${row.counted} | ${row.allowed} | ${row.ignored} | ${row.belowThreshold} | ${row.unfixed} |`), '');
    const fixable = topFixable(decision, TOP_FIXABLE);
    if (fixable.length > 0) {
        lines.push(`**Top fixable findings** (${fixable.length} of ${countFixable(decision)})`, '', '| Severity | Finding | Package | Installed → fixed |', '| --- | --- | --- | --- |', ...fixable.map((f) => `| ${f.severity} | ${f.url ? `[${cell(f.id)}](${f.url})` : cell(f.id)} | ${cell(f.package ?? '')} | ${cell(f.installedVersion ?? '')} → ${cell(f.fixedVersion ?? '')} |`), '');
    }
    if (decision.warnings.length > 0) {
        lines.push('**Warnings**', '', ...decision.warnings.map((w) => `- ⚠️ ${cell(w)}`), '');
    }
    return `${lines.join('\n')}\n`;
}
function summaryText(decision) {
    const lines = [];
    for (const problem of decision.completeness.problems)
        lines.push(`!! ${problem.toUpperCase()}`);
    lines.push(`osimg scan ${verdictLine(decision)}`);
    const rows = countRows(decision);
    const header = ['severity', 'counted', 'allowed', 'ignored', 'below', 'unfixed'];
    const table = [
        header,
        ...rows.map((r) => [r.severity, r.counted, r.allowed, r.ignored, r.belowThreshold, r.unfixed].map(String)),
    ];
    const widths = header.map((_, i) => Math.max(...table.map((row) => row[i].length)));
    for (const row of table)
        lines.push(`  ${row.map((value, i) => value.padEnd(widths[i])).join('  ')}`.trimEnd());
    const fixable = gate_topFixable(decision, TOP_FIXABLE);
    if (fixable.length > 0) {
        lines.push(`top fixable findings (${fixable.length} of ${countFixable(decision)}):`);
        for (const f of fixable)
            lines.push(`  ${textFinding(f)}`);
    }
    for (const warning of decision.warnings)
        lines.push(`warning: ${warning}`);
    return `${lines.join('\n')}\n`;
}
function textFinding(f) {
    return `${f.severity.padEnd(8)} ${f.id}  ${f.package ?? ''} ${f.installedVersion ?? ''} → ${f.fixedVersion ?? ''}`;
}
function countFixable(decision) {
    return decision.findings.filter((item) => isGating(item.disposition) && item.finding.fixedVersion).length;
}
/** A Markdown table cell: no pipes or line breaks, HTML escaped. */
function cell(text) {
    return text
        .replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c])
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, ' ');
}

// EXTERNAL MODULE: ./src/cli/logger.ts
var logger = __webpack_require__(12280);
;// CONCATENATED MODULE: ./src/cli/scan.ts
/** `osimg scan`: the scan action's steps on a laptop or any CI, with the same modules. */

















const SCAN_HELP = `Usage: osimg scan IMAGE [options]
       osimg scan --from-report TRIVY_JSON [options]

Scan an image with a pinned, checksum-verified trivy and decide pass/fail with osimg's policy (not trivy's
exit code). IMAGE is an OCI archive (a file, or oci-archive:PATH) or a registry reference.

Policy:
      --severity-threshold S  gate findings at or above S: unknown, low, medium, high (default), critical, none
      --only-fixed            ignore vulnerabilities without a fixed version
      --max-count S=N         tolerate N gated findings of severity S (repeatable; default 0)
      --ignores FILE          YAML ignores file (reason and expiry per entry; see --ignores-schema)
      --scanners LIST         vuln (default), secret, misconfig, comma-separated
      --on-incomplete WHAT    fail (default) or warn when trivy cannot assess the OS
      --today YYYY-MM-DD      judge ignore expiry as of this day (default: today, UTC)

Results:
      --sarif PATH            SARIF 2.1.0 log, filtered like the gate (default osimg-scan.sarif)
      --report PATH           JSON report with every finding's disposition (default osimg-scan.json)
      --containerfile PATH    file image findings are attached to in SARIF (default Containerfile)
      --json                  print the outputs (passed, counts, paths) as JSON on stdout

Scanning:
      --from-report FILE      evaluate an existing trivy JSON report; trivy is not run
      --platform OS/ARCH      platform of a multi-arch reference
      --username USER         registry user (or OSIMG_REGISTRY_USERNAME)
      --password-stdin        read the registry password from stdin (or OSIMG_REGISTRY_PASSWORD)
      --tls-verify BOOL       verify registry TLS (default true; loopback registries use HTTP)
      --trivy-version V       pinned trivy to use (default ${DEFAULT_TRIVY_VERSION}); a trivy on PATH is used only if it
                              is this version, otherwise it is downloaded and its SHA-256 verified
      --db-repository REF     vulnerability DB repository, tried in order (repeatable)
      --offline-db DIR        scan offline with the trivy cache in DIR (db/trivy.db, db/metadata.json)
      --cache-dir DIR         trivy cache directory (default ~/.cache/trivy)
      --timeout D             scan time limit, e.g. 15m (default)
      --ignores-schema        print the ignores file's JSON Schema and exit
  -q, --quiet                 only errors and the result
  -v, --verbose               debug output
  -h, --help                  this help

Exit codes: 0 passed, 1 the gate failed (or the scan did), 2 bad usage or configuration.
`;
const NAMES = {
    image: 'IMAGE',
    username: '--username',
    password: 'the registry password',
    tlsVerify: '--tls-verify',
    platform: '--platform',
    severityThreshold: '--severity-threshold',
    onlyFixed: '--only-fixed',
    maxCounts: '--max-count',
    ignoresFile: '--ignores',
    scanners: '--scanners',
    onIncomplete: '--on-incomplete',
    sarif: '--sarif',
    report: '--report',
    containerfile: '--containerfile',
    trivyVersion: '--trivy-version',
    dbRepositories: '--db-repository',
    offlineDb: '--offline-db',
    cacheDir: '--cache-dir',
    timeout: '--timeout',
};
async function scanCommand(args, context) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            'from-report': { type: 'string' },
            'severity-threshold': { type: 'string' },
            'only-fixed': { type: 'boolean' },
            'max-count': { type: 'string', multiple: true },
            ignores: { type: 'string' },
            scanners: { type: 'string' },
            'on-incomplete': { type: 'string' },
            today: { type: 'string' },
            sarif: { type: 'string' },
            report: { type: 'string' },
            containerfile: { type: 'string' },
            json: { type: 'boolean' },
            platform: { type: 'string' },
            username: { type: 'string' },
            'password-stdin': { type: 'boolean' },
            'tls-verify': { type: 'string' },
            'trivy-version': { type: 'string' },
            'db-repository': { type: 'string', multiple: true },
            'offline-db': { type: 'string' },
            'cache-dir': { type: 'string' },
            timeout: { type: 'string' },
            'ignores-schema': { type: 'boolean' },
            quiet: { type: 'boolean', short: 'q' },
            verbose: { type: 'boolean', short: 'v' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help) {
        context.stdout(SCAN_HELP);
        return 0;
    }
    if (values['ignores-schema']) {
        context.stdout(`${JSON.stringify(IGNORES_SCHEMA, null, 2)}\n`);
        return 0;
    }
    const fromReport = values['from-report'];
    if (positionals.length > 1 || (fromReport && positionals.length > 0)) {
        throw new src_errors/* ConfigurationError */.j1(`osimg scan takes one IMAGE, or --from-report without an IMAGE; got ${positionals.join(' ') || 'none'}`);
    }
    const env = context.env;
    const now = parseToday(values.today);
    const password = values['password-stdin']
        ? (await context.readStdin()).replace(/\r?\n$/, '')
        : (env.OSIMG_REGISTRY_PASSWORD ?? '');
    const inputs = {
        image: positionals[0] ?? '',
        username: values.username ?? env.OSIMG_REGISTRY_USERNAME ?? '',
        password,
        tlsVerify: (0,src_values/* parseBoolean */.yG)(values['tls-verify'] ?? '', '--tls-verify', true),
        platform: values.platform ?? '',
        severityThreshold: values['severity-threshold'] ?? '',
        onlyFixed: values['only-fixed'] ?? false,
        maxCounts: (values['max-count'] ?? []).join(','),
        ignoresFile: values.ignores ?? '',
        scanners: values.scanners ?? '',
        onIncomplete: values['on-incomplete'] ?? '',
        sarif: values.sarif ?? '',
        report: values.report ?? '',
        containerfile: values.containerfile ?? '',
        trivyVersion: values['trivy-version'] ?? '',
        dbRepositories: values['db-repository'] ?? [],
        offlineDb: values['offline-db'] ?? '',
        cacheDir: values['cache-dir'] ?? '',
        timeout: values.timeout ?? '',
    };
    const log = new logger/* CliLogger */.f({ quiet: values.quiet ?? false, verbose: values.verbose ?? false }, context.stderr);
    const absolute = (path) => ((0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(context.cwd, path));
    const home = env.HOME ?? (0,external_node_os_.homedir)();
    let outcome;
    if (fromReport) {
        outcome = await evaluateReport(absolute(fromReport), {
            policy: await loadPolicy(inputs, NAMES, absolute),
            sarifPath: absolute(inputs.sarif || 'osimg-scan.sarif'),
            reportPath: absolute(inputs.report || 'osimg-scan.json'),
            locationUri: inputs.containerfile || 'Containerfile',
        }, now);
    }
    else {
        if (!inputs.image)
            throw new src_errors/* ConfigurationError */.j1('osimg scan needs an IMAGE (or --from-report FILE): run with --help');
        const request = await toScanRequest(inputs, {
            cwd: context.cwd,
            homeDir: home,
            names: NAMES,
            trivyVersion: DEFAULT_TRIVY_VERSION,
        });
        const scratchDir = (await (0,files/* makeScratch */.lP)((0,external_node_os_.tmpdir)(), 'osimg-scan-')).path;
        try {
            const trivy = await log.group('trivy', () => resolveTrivy(request.trivyVersion, {
                onPath: new Trivy(),
                install: {
                    store: directoryStore((0,external_node_path_.join)(env.XDG_CACHE_HOME ?? (0,external_node_path_.join)(home, '.cache'), 'osimg', 'tools')),
                    download: toolCacheDownload,
                    tempDir: (0,external_node_os_.tmpdir)(),
                },
                host: { platform: process.platform, arch: process.arch },
                log,
            }));
            outcome = await scanImage(request, { trivy, log, now, scratchDir });
        }
        finally {
            await (0,promises_.rm)(scratchDir, { recursive: true, force: true });
        }
    }
    const { decision } = outcome;
    if (values.json) {
        context.stdout(`${JSON.stringify(scanOutputs(decision, { sarif: outcome.sarifPath, report: outcome.reportPath }))}\n`);
    }
    else {
        context.stdout(summaryText(decision));
    }
    if (!values.quiet)
        context.stderr(`sarif: ${outcome.sarifPath}\nreport: ${outcome.reportPath}\n`);
    return decision.passed ? 0 : 1;
}
function parseToday(text) {
    if (text === undefined)
        return new Date();
    const date = new Date(`${text}T12:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text) ||
        Number.isNaN(date.getTime()) ||
        !date.toISOString().startsWith(text)) {
        throw new src_errors/* ConfigurationError */.j1(`--today must be a date YYYY-MM-DD, not "${text}"`);
    }
    return date;
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


/***/ }),

/***/ 10643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ buildSarif)
/* harmony export */ });
/* unused harmony export SARIF_SCHEMA */
/* harmony import */ var _severity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59179);
/**
 * SARIF 2.1.0 logs for GitHub code scanning: one run, the tool's rules, and results with locations.
 * Lint and scan both write through here, so every SARIF osimg emits has the same shape.
 */

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
function buildSarif(tool, rules, findings, category) {
    const index = new Map(rules.map((rule, i) => [rule.id, i]));
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: tool.name,
                        version: tool.version,
                        semanticVersion: tool.version,
                        informationUri: tool.informationUri,
                        rules: rules.map((rule) => ({
                            id: rule.id,
                            name: rule.id,
                            shortDescription: { text: rule.title },
                            fullDescription: { text: rule.help },
                            help: { text: rule.help, markdown: `**${rule.title}**\n\n${rule.help}` },
                            ...(rule.helpUri ? { helpUri: rule.helpUri } : {}),
                            defaultConfiguration: { level: (0,_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .sarifLevel */ .sr)(rule.severity) },
                            properties: {
                                tags: rule.tags ?? [],
                                'security-severity': (0,_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .securitySeverity */ .KW)(rule.severity),
                                precision: 'high',
                            },
                        })),
                    },
                },
                ...(category ? { automationDetails: { id: `${category}/` } } : {}),
                results: findings.map((finding) => ({
                    ruleId: finding.ruleId,
                    ...(index.has(finding.ruleId) ? { ruleIndex: index.get(finding.ruleId) } : {}),
                    level: (0,_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .sarifLevel */ .sr)(finding.severity),
                    message: { text: finding.message },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: finding.location?.uri ?? '.' },
                                ...(finding.location?.startLine
                                    ? {
                                        region: {
                                            startLine: finding.location.startLine,
                                            ...(finding.location.startColumn
                                                ? { startColumn: finding.location.startColumn }
                                                : {}),
                                            ...(finding.location.endLine ? { endLine: finding.location.endLine } : {}),
                                        },
                                    }
                                    : {}),
                            },
                        },
                    ],
                    ...(finding.fingerprint
                        ? { partialFingerprints: { primaryLocationLineHash: finding.fingerprint } }
                        : {}),
                    properties: { severity: finding.severity },
                })),
            },
        ],
    };
}


/***/ }),

/***/ 59179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ parseThreshold),
/* harmony export */   KW: () => (/* binding */ securitySeverity),
/* harmony export */   jZ: () => (/* binding */ atLeast),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   sr: () => (/* binding */ sarifLevel)
/* harmony export */ });
/* unused harmony export severityRank */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/** One severity scale for every finding osimg reports (lint rules, scan results), ordered. */

const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'];
function severityRank(severity) {
    return SEVERITIES.indexOf(severity);
}
function atLeast(severity, threshold) {
    return severityRank(severity) >= severityRank(threshold);
}
/** Parses a threshold such as `high`; `none` means nothing fails. */
function parseThreshold(text, name, fallback) {
    const value = text.trim().toLowerCase();
    if (value === '')
        return fallback;
    if (value === 'none' || SEVERITIES.includes(value))
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${name} must be one of none, ${SEVERITIES.join(', ')}, not "${text}"`);
}
/** SARIF result level for a severity (what code scanning shows as error / warning / note). */
function sarifLevel(severity) {
    if (severity === 'critical' || severity === 'high')
        return 'error';
    if (severity === 'medium')
        return 'warning';
    return 'note';
}
/** GitHub code scanning's `security-severity` score, which it maps back to critical/high/medium/low. */
function securitySeverity(severity) {
    return { critical: '9.5', high: '8.0', medium: '5.5', low: '2.0', info: '0.0' }[severity];
}


/***/ })

};
