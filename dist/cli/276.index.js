export const id = 276;
export const ids = [276];
export const modules = {

/***/ 75601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ matchesGlob)
/* harmony export */ });
/* unused harmony export globToRegExp */
/**
 * Glob patterns for paths and image names: `*` (within one segment), `**` (any depth), `?`, `{a,b}`.
 * Compiled once to an anchored RegExp; nothing here touches the file system.
 */
const cache = new Map();
function globToRegExp(pattern) {
    const cached = cache.get(pattern);
    if (cached)
        return cached;
    let source = '';
    let inBraces = 0;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*') {
            if (pattern[i + 1] === '*') {
                // `**/` matches zero or more whole segments; a trailing `**` matches the rest.
                i++;
                if (pattern[i + 1] === '/') {
                    i++;
                    source += '(?:.*/)?';
                }
                else
                    source += '.*';
            }
            else
                source += '[^/]*';
        }
        else if (c === '?')
            source += '[^/]';
        else if (c === '{') {
            inBraces++;
            source += '(?:';
        }
        else if (c === '}' && inBraces > 0) {
            inBraces--;
            source += ')';
        }
        else if (c === ',' && inBraces > 0)
            source += '|';
        else
            source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    source += ')'.repeat(inBraces);
    const regex = new RegExp(`^${source}$`);
    cache.set(pattern, regex);
    return regex;
}
function matchesGlob(text, pattern) {
    return globToRegExp(pattern).test(text);
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

/***/ 1878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FM: () => (/* binding */ checkAllowed),
/* harmony export */   bz: () => (/* binding */ requiresDigest),
/* harmony export */   dT: () => (/* binding */ imageOf),
/* harmony export */   dx: () => (/* binding */ findBan),
/* harmony export */   jA: () => (/* binding */ findSubstitution)
/* harmony export */ });
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75601);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62148);
/** Matching image references against the policy's allowed, banned and substitution lists. */


/** Parses a FROM image; undefined for `scratch` and for text that is not a reference (a lint finding elsewhere). */
function imageOf(text) {
    if (text === 'scratch')
        return undefined;
    try {
        return (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReference */ .F2)(text);
    }
    catch {
        return undefined;
    }
}
function checkAllowed(policy, ref) {
    const list = policy.images.allowed;
    if (!list)
        return { allowed: true };
    const name = (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryName */ .aR)(ref);
    const byName = list.filter((entry) => (0,_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .matchesGlob */ .k)(name, entry.image));
    if (byName.length === 0)
        return { allowed: false, reason: 'image' };
    const tag = ref.tag ?? (ref.digest ? undefined : 'latest');
    const entry = byName.find((candidate) => !candidate.tags || (tag !== undefined && candidate.tags.some((glob) => (0,_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .matchesGlob */ .k)(tag, glob))));
    return entry ? { allowed: true, entry } : { allowed: false, reason: 'tag', entry: byName[0] };
}
/** The ban that applies to a reference today, if any (a ban with a later `since` does not apply yet). */
function findBan(policy, ref, today) {
    const name = (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryName */ .aR)(ref);
    const withTag = `${name}:${ref.tag ?? 'latest'}`;
    return policy.images.banned.find((ban) => {
        if (ban.since && ban.since > today)
            return false;
        if (ban.digest)
            return ban.digest === ref.digest && (!ban.image || (0,_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .matchesGlob */ .k)(name, withoutTag(ban.image)));
        return ban.image !== undefined && ((0,_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .matchesGlob */ .k)(name, ban.image) || (0,_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .matchesGlob */ .k)(withTag, ban.image));
    });
}
/** A glob like `localhost:5000/org/app:1` without its tag (a registry port is not a tag). */
function withoutTag(image) {
    return image.replace(/:[^/]*$/, '');
}
/** A reference written out in full; `latest` stands in only for a reference with neither tag nor digest. */
function canonical(ref) {
    return (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .formatReference */ .FH)({ ...ref, tag: ref.tag ?? (ref.digest ? undefined : 'latest') });
}
/** The substitution for a reference: `from` names it (registry/repository:tag, normalised). */
function findSubstitution(policy, ref) {
    const withoutDigest = (r) => (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .formatReference */ .FH)({ ...r, digest: undefined, tag: r.tag ?? 'latest' });
    const written = withoutDigest(ref);
    return policy.images.substitutions.find((substitution) => {
        const from = imageOf(substitution.from);
        const to = imageOf(substitution.to);
        if (!from || !to)
            return false;
        // Already applied: the FROM is exactly what the substitution asks for.
        if (canonical(to) === canonical(ref))
            return false;
        return withoutDigest(from) === written;
    });
}
/** An allowed-list entry's own setting wins over the policy-wide one. */
function requiresDigest(policy, verdict) {
    const entrySetting = verdict.allowed ? verdict.entry?.requireDigest : undefined;
    return entrySetting ?? policy.images.requireDigest;
}


/***/ }),

/***/ 72923:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ loadPolicy)
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/policy/schema.ts
/**
 * The JSON Schema of the policy file. Published as schema/policy.schema.json (scripts/write-schemas.ts
 * writes it; a test keeps the two equal) so editors can validate policies as they are written.
 */
const severity = { enum: ['info', 'low', 'medium', 'high', 'critical'] };
const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'ISO date, YYYY-MM-DD' };
const digest = { type: 'string', pattern: '^sha256:[a-f0-9]{64}$' };
const POLICY_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/org/osimg/schema/policy.schema.json',
    title: 'osimg ops policy',
    type: 'object',
    additionalProperties: false,
    required: ['version'],
    properties: {
        version: { const: 1, description: 'Policy format version.' },
        defaultKind: {
            enum: ['os', 'app'],
            description: 'What a Containerfile builds when nothing else says: os (bootable) or app (container).',
        },
        images: {
            type: 'object',
            additionalProperties: false,
            properties: {
                requireDigest: { type: 'boolean', description: 'Every FROM must be pinned by @sha256 digest.' },
                allowed: {
                    type: 'array',
                    description: 'When present, only these bases may be used.',
                    items: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['image'],
                        properties: {
                            image: { type: 'string', minLength: 1, description: 'Glob over registry/repository.' },
                            tags: { type: 'array', items: { type: 'string', minLength: 1 } },
                            requireDigest: { type: 'boolean' },
                        },
                    },
                },
                banned: {
                    type: 'array',
                    items: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['reason'],
                        anyOf: [{ required: ['image'] }, { required: ['digest'] }],
                        properties: {
                            image: { type: 'string', minLength: 1 },
                            digest,
                            reason: { type: 'string', minLength: 1 },
                            since: date,
                        },
                    },
                },
                substitutions: {
                    type: 'array',
                    items: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['from', 'to'],
                        properties: {
                            from: { type: 'string', minLength: 1 },
                            to: { type: 'string', minLength: 1 },
                            reason: { type: 'string' },
                        },
                    },
                },
            },
        },
        requiredLabels: { type: 'array', items: { type: 'string', minLength: 1 } },
        rules: {
            type: 'object',
            description: 'Per rule id: false or "off" to disable, a severity to override, or {enabled, severity}.',
            propertyNames: { pattern: '^[A-Z]{2,4}\\d{3}$' },
            additionalProperties: {
                anyOf: [
                    { type: 'boolean' },
                    { enum: ['off', 'on'] },
                    severity,
                    {
                        type: 'object',
                        additionalProperties: false,
                        properties: { enabled: { type: 'boolean' }, severity },
                    },
                ],
            },
        },
        exceptions: {
            type: 'array',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['rule', 'justification', 'expires'],
                properties: {
                    rule: { type: 'string', pattern: '^[A-Z]{2,4}\\d{3}$' },
                    path: { type: 'string', minLength: 1 },
                    repository: { type: 'string', pattern: '^[^/\\s]+/[^/\\s]+$' },
                    justification: { type: 'string', minLength: 10 },
                    expires: date,
                },
            },
        },
    },
};

// EXTERNAL MODULE: ./src/policy/types.ts
var types = __webpack_require__(63943);
;// CONCATENATED MODULE: ./src/policy/load.ts
/**
 * Loading a policy file (YAML or JSON): parsed with source positions, validated against the schema with
 * ajv, and every error reported as `file:line: what is wrong` so the fix is one look away.
 */





let validator;
function validate(data) {
    validator ??= new ajv.Ajv({ allErrors: true, strict: false }).compile(POLICY_SCHEMA);
    return validator(data) ? [] : (validator.errors ?? []);
}
/** The 1-based line of the node at a JSON pointer (or of its key, for a key-level error). */
function lineOf(doc, counter, pointer, key) {
    const path = pointer
        .split('/')
        .slice(1)
        .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
    let node = (path.length === 0 ? doc.contents : doc.getIn(path, true));
    if (key !== undefined && (0,dist/* isMap */.jh)(node)) {
        const pair = node.items.find((item) => (0,dist/* isPair */.tO)(item) && (0,dist/* isScalar */.jn)(item.key) && item.key.value === key);
        if (pair && (0,dist/* isScalar */.jn)(pair.key))
            node = pair.key;
    }
    const offset = node?.range?.[0];
    return offset === undefined ? undefined : counter.linePos(offset).line;
}
function describe(error) {
    const where = error.instancePath || 'the top level';
    switch (error.keyword) {
        case 'additionalProperties': {
            const key = error.params.additionalProperty;
            return { message: `unknown key "${key}" in ${where}`, key };
        }
        case 'required':
            return { message: `${where} needs "${error.params.missingProperty}"` };
        case 'enum':
            return {
                message: `${where} must be one of ${error.params.allowedValues.join(', ')}`,
            };
        case 'anyOf':
            return {
                message: error.instancePath.startsWith('/rules/')
                    ? `${where} must be true, false, "off", a severity (info … critical), or {enabled, severity}`
                    : `${where} must give ${error.instancePath.includes('/banned/') ? 'an image or a digest' : 'one of the allowed forms'}`,
            };
        case 'const':
            return {
                message: `${where} must be ${JSON.stringify(error.params.allowedValue)}`,
            };
        default:
            return { message: `${where} ${error.message ?? 'is invalid'}` };
    }
}
/** An anyOf failure comes with one error per branch; the anyOf error alone says it best. */
function collapseAnyOf(errors) {
    const anyOfSchemas = errors
        .filter((error) => error.keyword === 'anyOf')
        .map((error) => `${error.schemaPath}/`);
    return errors.filter((error) => !anyOfSchemas.some((schema) => error.schemaPath.startsWith(schema)));
}
/** A real calendar date in YYYY-MM-DD (Date.parse would turn 2026-02-30 into March). */
function isCalendarDate(text) {
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
/** Parses and validates policy text. Throws ConfigurationError naming `file:line` for every problem found. */
function loadPolicy(text, file, options = {}) {
    const counter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const first = doc.errors[0];
        const line = counter.linePos(first.pos[0]).line;
        throw new errors/* ConfigurationError */.j1(`${file}${line ? `:${line}` : ''}: not valid YAML or JSON: ${first.message.split('\n')[0]}`);
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        // Unresolvable aliases (*name without &name) and alias bombs.
        throw new errors/* ConfigurationError */.j1(`${file}: not valid YAML: ${error.message}`, { cause: error });
    }
    const problems = collapseAnyOf(validate(data)).map((error) => {
        const { message, key } = describe(error);
        const line = lineOf(doc, counter, error.instancePath, key);
        return `${file}${line ? `:${line}` : ''}: ${message}`;
    });
    const raw = data;
    if (problems.length === 0) {
        for (const [id] of Object.entries(raw.rules ?? {})) {
            if (options.knownRules && !options.knownRules.has(id)) {
                problems.push(`${file}:${lineOf(doc, counter, '/rules', id) ?? '?'}: unknown rule id "${id}" in rules`);
            }
        }
        (raw.exceptions ?? []).forEach((exception, index) => {
            if (options.knownRules && !options.knownRules.has(exception.rule)) {
                problems.push(`${file}:${lineOf(doc, counter, `/exceptions/${index}/rule`) ?? '?'}: unknown rule id "${exception.rule}" in exceptions`);
            }
            if (!isCalendarDate(exception.expires)) {
                problems.push(`${file}:${lineOf(doc, counter, `/exceptions/${index}/expires`) ?? '?'}: "${exception.expires}" is not a date`);
            }
        });
        (raw.images?.banned ?? []).forEach((ban, index) => {
            if (ban.since !== undefined && !isCalendarDate(ban.since)) {
                problems.push(`${file}:${lineOf(doc, counter, `/images/banned/${index}/since`) ?? '?'}: "${ban.since}" is not a date`);
            }
        });
    }
    if (problems.length > 0) {
        // Dedupe: ajv reports an anyOf failure once per branch.
        const unique = [...new Set(problems)];
        throw new errors/* ConfigurationError */.j1(unique.length === 1
            ? `policy error: ${unique[0]}`
            : `policy has ${unique.length} errors:\n  ${unique.slice(0, 20).join('\n  ')}`);
    }
    return normalise(raw);
}
function normalise(raw) {
    const rules = {};
    for (const [id, setting] of Object.entries(raw.rules ?? {})) {
        if (typeof setting === 'boolean')
            rules[id] = { enabled: setting };
        else if (setting === 'off' || setting === 'on')
            rules[id] = { enabled: setting === 'on' };
        else if (typeof setting === 'string')
            rules[id] = { severity: setting };
        else
            rules[id] = setting;
    }
    return {
        version: 1,
        defaultKind: raw.defaultKind ?? types/* DEFAULT_POLICY */.z.defaultKind,
        images: {
            allowed: raw.images?.allowed,
            banned: raw.images?.banned ?? [],
            substitutions: raw.images?.substitutions ?? [],
            requireDigest: raw.images?.requireDigest ?? false,
        },
        requiredLabels: raw.requiredLabels ?? [],
        rules,
        exceptions: raw.exceptions ?? [],
    };
}


/***/ }),

/***/ 63943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ DEFAULT_POLICY)
/* harmony export */ });
/** The policy used when none is given: every rule at its default, no image list. */
const DEFAULT_POLICY = {
    version: 1,
    defaultKind: 'os',
    images: { banned: [], substitutions: [], requireDigest: false },
    requiredLabels: [],
    rules: {},
    exceptions: [],
};


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
