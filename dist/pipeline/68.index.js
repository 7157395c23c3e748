export const id = 68;
export const ids = [68];
export const modules = {

/***/ 85495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D6: () => (/* binding */ MIB),
/* harmony export */   DB: () => (/* binding */ parseSize),
/* harmony export */   DQ: () => (/* binding */ alignUp),
/* harmony export */   LU: () => (/* binding */ PARTITION_TYPES),
/* harmony export */   av: () => (/* binding */ formatMiB),
/* harmony export */   tl: () => (/* binding */ planDisk)
/* harmony export */ });
/* unused harmony export SECTOR */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * The disk's geometry, as pure arithmetic: a GPT with an EFI system partition, a root partition and an
 * optional /var partition, every partition aligned to 1 MiB, and room for the backup GPT at the end.
 */

const MIB = 1024 * 1024;
const SECTOR = 512;
/** Partition type GUIDs (UEFI spec; Discoverable Partitions Specification for root and /var on x86-64). */
const PARTITION_TYPES = {
    esp: 'C12A7328-F81F-11D2-BA4B-00A0C93EC93B',
    rootX86_64: '4F68BCE3-E8CD-4DB1-96E7-FBCAF984B709',
    var: '4D21B016-B534-45C2-A9FB-5C16E091FD2D',
};
function alignUp(bytes, to = MIB) {
    return Math.ceil(bytes / to) * to;
}
/** 1 MiB before the first partition (primary GPT), 1 MiB after the last (backup GPT). */
function planDisk(input) {
    const esp = alignUp(input.espBytes);
    const vars = input.varBytes === undefined ? 0 : alignUp(input.varBytes);
    let root = alignUp(input.rootBytes);
    const minimum = MIB + esp + root + vars + MIB;
    let total = minimum;
    if (input.totalBytes !== undefined) {
        total = Math.floor(input.totalBytes / MIB) * MIB;
        if (total < minimum) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`the disk size ${formatMiB(input.totalBytes)} is too small for this image: it needs at least ${formatMiB(minimum)}; raise size or use size: auto`);
        }
        root = total - MIB - esp - vars - MIB;
    }
    const partitions = [];
    let offset = MIB;
    const add = (role, bytes, type, uuid, name) => {
        partitions.push({ role, offset, bytes, start: offset / SECTOR, size: bytes / SECTOR, type, uuid, name });
        offset += bytes;
    };
    add('esp', esp, PARTITION_TYPES.esp, input.uuids.esp, 'ESP');
    // No root partition when the root travels in the initramfs on the ESP.
    if (root > 0)
        add('root', root, PARTITION_TYPES.rootX86_64, input.uuids.root, 'root');
    if (vars > 0)
        add('var', vars, PARTITION_TYPES.var, input.uuids.var, 'var');
    return { totalBytes: total, partitions };
}
function formatMiB(bytes) {
    return bytes >= 1024 * MIB ? `${(bytes / (1024 * MIB)).toFixed(1)} GiB` : `${Math.ceil(bytes / MIB)} MiB`;
}
/** "8G", "512M", "1073741824" → bytes. */
function parseSize(text, name) {
    const match = /^(\d+(?:\.\d+)?)\s*([KMGT]i?B?)?$/i.exec(text.trim());
    if (!match)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${name} must be auto or a size such as 8G or 512M, not "${text}"`);
    const unit = (match[2] ?? '').toUpperCase().charAt(0);
    const factor = { '': 1, K: 1024, M: MIB, G: 1024 * MIB, T: 1024 * 1024 * MIB }[unit] ?? 1;
    return Math.floor(Number(match[1]) * factor);
}


/***/ }),

/***/ 75601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fo: () => (/* binding */ Glob),
/* harmony export */   kt: () => (/* binding */ matchesGlob),
/* harmony export */   v7: () => (/* binding */ MAX_GLOB_LENGTH)
/* harmony export */ });
/* unused harmony export compileGlob */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * Glob patterns for paths and image names: `*` (within one segment), `**` (any depth), `?`, `{a,b}`.
 * Globs come from users' policy files, so they are never turned into a RegExp (a backtracking engine can
 * take exponential time, and a long glob overflows its size limit): each compiles once to a small
 * automaton that is run over the text in time linear in text × pattern. Nothing here touches the file
 * system.
 */

/** Longer globs are refused: no real path or image name pattern comes near this (docs/limits.md). */
const MAX_GLOB_LENGTH = 256;
/**
 * Parses the pattern into items; an unclosed `{` closes at the end, a stray `}` or `,` is literal.
 * Without `braces`, `{`, `,` and `}` are always literal (as in fnmatch-style globs).
 */
function parse(pattern, braces) {
    const root = [];
    // Open groups, innermost last, each with the alternative being filled.
    const stack = [];
    const current = () => stack.at(-1)?.alternatives.at(-1) ?? root;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*') {
            if (pattern[i + 1] === '*') {
                i++;
                if (pattern[i + 1] === '/') {
                    i++;
                    current().push({ kind: 'globstar-dir' });
                }
                else
                    current().push({ kind: 'globstar' });
            }
            else
                current().push({ kind: 'star' });
        }
        else if (c === '?')
            current().push({ kind: 'segment-char' });
        else if (c === '{' && braces)
            stack.push({ alternatives: [[]] });
        else if (c === ',' && stack.length > 0)
            stack.at(-1).alternatives.push([]);
        else if (c === '}' && stack.length > 0) {
            const group = stack.pop();
            current().push({ kind: 'group', alternatives: group.alternatives });
        }
        else
            current().push({ kind: 'char', char: c });
    }
    while (stack.length > 0) {
        const group = stack.pop();
        current().push({ kind: 'group', alternatives: group.alternatives });
    }
    return root;
}
/** Compiles items into states, back to front: each item's entry state leads on to `next`. */
function compile(items, next, states) {
    const add = (state) => states.push(state) - 1;
    for (let index = items.length - 1; index >= 0; index--) {
        const item = items[index];
        switch (item.kind) {
            case 'char':
                next = add({ kind: 'char', char: item.char, next });
                break;
            case 'segment-char':
                next = add({ kind: 'segment', next });
                break;
            case 'star':
            case 'globstar': {
                // A loop: consume one more character and come back, or go on.
                const loop = add({ kind: 'split', next: [] });
                const step = add({ kind: item.kind === 'star' ? 'segment' : 'any', next: loop });
                states[loop].next.push(step, next);
                next = loop;
                break;
            }
            case 'globstar-dir': {
                // Zero or more whole segments: nothing, or any characters ending in `/`.
                const slash = add({ kind: 'char', char: '/', next });
                const loop = add({ kind: 'split', next: [] });
                const step = add({ kind: 'any', next: loop });
                states[loop].next.push(step, slash);
                next = add({ kind: 'split', next: [loop, next] });
                break;
            }
            case 'group': {
                const after = next;
                next = add({
                    kind: 'split',
                    next: item.alternatives.map((alternative) => compile(alternative, after, states)),
                });
                break;
            }
        }
    }
    return next;
}
class Glob {
    pattern;
    states = [{ kind: 'match' }];
    start;
    seen;
    generation = 0;
    constructor(pattern, options = {}) {
        this.pattern = pattern;
        if (pattern.length > MAX_GLOB_LENGTH) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`the glob ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteInput */ .Zs)(pattern, 60)} is ${pattern.length} characters long; globs may have at most ${MAX_GLOB_LENGTH}`);
        }
        this.start = compile(parse(pattern, options.braces ?? true), 0, this.states);
        this.seen = new Float64Array(this.states.length);
    }
    /** Whether the whole text matches: a set of live states stepped one character at a time. */
    matches(text) {
        let live = this.closure([this.start]);
        for (let i = 0; i < text.length; i++) {
            const c = text[i];
            const next = [];
            for (const id of live) {
                const state = this.states[id];
                if ((state.kind === 'char' && state.char === c) ||
                    (state.kind === 'segment' && c !== '/') ||
                    state.kind === 'any') {
                    next.push(state.next);
                }
            }
            if (next.length === 0)
                return false;
            live = this.closure(next);
        }
        return live.some((id) => this.states[id].kind === 'match');
    }
    /** The states reachable through splits, each once; only consuming and accepting states are kept. */
    closure(ids) {
        // A stamp per state instead of a Set per step: the step count is text length, so this is the hot path.
        const stamp = ++this.generation;
        const out = [];
        const stack = ids.slice();
        while (stack.length > 0) {
            const id = stack.pop();
            if (this.seen[id] === stamp)
                continue;
            this.seen[id] = stamp;
            const state = this.states[id];
            if (state.kind === 'split')
                for (const next of state.next)
                    stack.push(next);
            else
                out.push(id);
        }
        return out;
    }
}
/** Compiled globs, so a policy's patterns are parsed once per process (bounded: patterns come from files). */
const cache = new Map();
const CACHE_SIZE = 1000;
function compileGlob(pattern) {
    const cached = cache.get(pattern);
    if (cached)
        return cached;
    const glob = new Glob(pattern);
    if (cache.size >= CACHE_SIZE)
        cache.clear();
    cache.set(pattern, glob);
    return glob;
}
function matchesGlob(text, pattern) {
    return compileGlob(pattern).matches(text);
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

/***/ 1878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FM: () => (/* binding */ checkAllowed),
/* harmony export */   bz: () => (/* binding */ requiresDigest),
/* harmony export */   dT: () => (/* binding */ imageOf),
/* harmony export */   dx: () => (/* binding */ findBan),
/* harmony export */   jA: () => (/* binding */ findSubstitution),
/* harmony export */   te: () => (/* binding */ referenceProblem)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75601);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62148);
/** Matching image references against the policy's allowed, banned and substitution lists. */



/** Parses a FROM image; undefined for `scratch` and for text that is not a reference (a lint finding elsewhere). */
function imageOf(text) {
    if (text === 'scratch')
        return undefined;
    try {
        return (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(text);
    }
    catch {
        return undefined;
    }
}
/** Why a FROM image is not a reference (the parser's sentence), or undefined when it is one or `scratch`. */
function referenceProblem(text) {
    if (text === 'scratch')
        return undefined;
    try {
        (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(text);
        return undefined;
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1)
            return error.message;
        throw error;
    }
}
function checkAllowed(policy, ref) {
    const list = policy.images.allowed;
    if (!list)
        return { allowed: true };
    const name = (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryName */ .aR)(ref);
    const byName = list.filter((entry) => (0,_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .matchesGlob */ .kt)(name, entry.image));
    if (byName.length === 0)
        return { allowed: false, reason: 'image' };
    const tag = ref.tag ?? (ref.digest ? undefined : 'latest');
    const entry = byName.find((candidate) => !candidate.tags || (tag !== undefined && candidate.tags.some((glob) => (0,_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .matchesGlob */ .kt)(tag, glob))));
    return entry ? { allowed: true, entry } : { allowed: false, reason: 'tag', entry: byName[0] };
}
/** The ban that applies to a reference today, if any (a ban with a later `since` does not apply yet). */
function findBan(policy, ref, today) {
    const name = (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryName */ .aR)(ref);
    const withTag = `${name}:${ref.tag ?? 'latest'}`;
    return policy.images.banned.find((ban) => {
        if (ban.since && ban.since > today)
            return false;
        if (ban.digest)
            return ban.digest === ref.digest && (!ban.image || (0,_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .matchesGlob */ .kt)(name, withoutTag(ban.image)));
        return ban.image !== undefined && ((0,_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .matchesGlob */ .kt)(name, ban.image) || (0,_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .matchesGlob */ .kt)(withTag, ban.image));
    });
}
/** A glob like `localhost:5000/org/app:1` without its tag (a registry port is not a tag). */
function withoutTag(image) {
    return image.replace(/:[^/]*$/, '');
}
/** A reference written out in full; `latest` stands in only for a reference with neither tag nor digest. */
function canonical(ref) {
    return (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReference */ .FH)({ ...ref, tag: ref.tag ?? (ref.digest ? undefined : 'latest') });
}
/** The substitution for a reference: `from` names it (registry/repository:tag, normalised). */
function findSubstitution(policy, ref) {
    const withoutDigest = (r) => (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReference */ .FH)({ ...r, digest: undefined, tag: r.tag ?? 'latest' });
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

/***/ 38770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ loadPolicy)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/disk/layout.ts
var layout = __webpack_require__(85495);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/input-file.ts
var input_file = __webpack_require__(31054);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(36214);
;// CONCATENATED MODULE: ./src/policy/policy-validator.generated.js
// Generated by `npm run docs` from src/policy/schema.ts (ajv standalone); do not edit.
/* eslint-disable */

const func2 = typeof ucs2length === 'function' ? ucs2length : ucs2length["default"];
const validate = validate10;
/* harmony default export */ const policy_validator_generated = ((/* unused pure expression or super */ null && (validate10)));
const schema11 = {
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
              digest: { type: 'string', pattern: '^sha256:[a-f0-9]{64}$' },
              reason: { type: 'string', minLength: 1 },
              since: {
                type: 'string',
                pattern: '^\\d{4}-\\d{2}-\\d{2}$',
                description: 'ISO date, YYYY-MM-DD',
              },
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
          { enum: ['info', 'low', 'medium', 'high', 'critical'] },
          {
            type: 'object',
            additionalProperties: false,
            properties: {
              enabled: { type: 'boolean' },
              severity: { enum: ['info', 'low', 'medium', 'high', 'critical'] },
            },
          },
        ],
      },
    },
    budgets: {
      type: 'array',
      description: 'Attack-surface budgets the surface gate enforces (docs/surface.md).',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          kind: { enum: ['os', 'app'], description: 'Only images of this kind; absent: every image.' },
          maxImageSize: {
            type: 'string',
            pattern: '^\\d+(\\.\\d+)?\\s*([KMGT]i?B?)?$',
            description: 'Largest root content, e.g. 64M or 1G.',
          },
          forbiddenBinaries: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            description:
              'Tool kinds (shell, package-manager, compiler, debugger, remote-access) or binary names (sshd).',
          },
          maxSetuid: { type: 'integer', minimum: 0, description: 'Most setuid files allowed.' },
          allowedPorts: {
            type: 'array',
            items: { type: 'integer', minimum: 1, maximum: 65535 },
            description: 'Ports the booted image may listen on.',
          },
        },
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
          expires: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'ISO date, YYYY-MM-DD' },
        },
      },
    },
  },
};
const pattern0 = new RegExp('^sha256:[a-f0-9]{64}$', 'u');
const pattern1 = new RegExp('^\\d{4}-\\d{2}-\\d{2}$', 'u');
const pattern2 = new RegExp('^[A-Z]{2,4}\\d{3}$', 'u');
const pattern3 = new RegExp('^\\d+(\\.\\d+)?\\s*([KMGT]i?B?)?$', 'u');
const pattern5 = new RegExp('^[^/\\s]+/[^/\\s]+$', 'u');
function validate10(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://github.com/org/osimg/schema/policy.schema.json" */ let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.version === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'version' },
        message: "must have required property '" + 'version' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'version' ||
        key0 === 'defaultKind' ||
        key0 === 'images' ||
        key0 === 'requiredLabels' ||
        key0 === 'rules' ||
        key0 === 'budgets' ||
        key0 === 'exceptions'
      )) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.version !== undefined) {
      if (1 !== data.version) {
        const err2 = {
          instancePath: instancePath + '/version',
          schemaPath: '#/properties/version/const',
          keyword: 'const',
          params: { allowedValue: 1 },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.defaultKind !== undefined) {
      let data1 = data.defaultKind;
      if (!(data1 === 'os' || data1 === 'app')) {
        const err3 = {
          instancePath: instancePath + '/defaultKind',
          schemaPath: '#/properties/defaultKind/enum',
          keyword: 'enum',
          params: { allowedValues: schema11.properties.defaultKind.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.images !== undefined) {
      let data2 = data.images;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (!(
            key1 === 'requireDigest' ||
            key1 === 'allowed' ||
            key1 === 'banned' ||
            key1 === 'substitutions'
          )) {
            const err4 = {
              instancePath: instancePath + '/images',
              schemaPath: '#/properties/images/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data2.requireDigest !== undefined) {
          if (typeof data2.requireDigest !== 'boolean') {
            const err5 = {
              instancePath: instancePath + '/images/requireDigest',
              schemaPath: '#/properties/images/properties/requireDigest/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data2.allowed !== undefined) {
          let data4 = data2.allowed;
          if (Array.isArray(data4)) {
            const len0 = data4.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data5 = data4[i0];
              if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
                if (data5.image === undefined) {
                  const err6 = {
                    instancePath: instancePath + '/images/allowed/' + i0,
                    schemaPath: '#/properties/images/properties/allowed/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'image' },
                    message: "must have required property '" + 'image' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
                for (const key2 in data5) {
                  if (!(key2 === 'image' || key2 === 'tags' || key2 === 'requireDigest')) {
                    const err7 = {
                      instancePath: instancePath + '/images/allowed/' + i0,
                      schemaPath: '#/properties/images/properties/allowed/items/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key2 },
                      message: 'must NOT have additional properties',
                    };
                    if (vErrors === null) {
                      vErrors = [err7];
                    } else {
                      vErrors.push(err7);
                    }
                    errors++;
                  }
                }
                if (data5.image !== undefined) {
                  let data6 = data5.image;
                  if (typeof data6 === 'string') {
                    if (func2(data6) < 1) {
                      const err8 = {
                        instancePath: instancePath + '/images/allowed/' + i0 + '/image',
                        schemaPath: '#/properties/images/properties/allowed/items/properties/image/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                      };
                      if (vErrors === null) {
                        vErrors = [err8];
                      } else {
                        vErrors.push(err8);
                      }
                      errors++;
                    }
                  } else {
                    const err9 = {
                      instancePath: instancePath + '/images/allowed/' + i0 + '/image',
                      schemaPath: '#/properties/images/properties/allowed/items/properties/image/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err9];
                    } else {
                      vErrors.push(err9);
                    }
                    errors++;
                  }
                }
                if (data5.tags !== undefined) {
                  let data7 = data5.tags;
                  if (Array.isArray(data7)) {
                    const len1 = data7.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data8 = data7[i1];
                      if (typeof data8 === 'string') {
                        if (func2(data8) < 1) {
                          const err10 = {
                            instancePath: instancePath + '/images/allowed/' + i0 + '/tags/' + i1,
                            schemaPath:
                              '#/properties/images/properties/allowed/items/properties/tags/items/minLength',
                            keyword: 'minLength',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 characters',
                          };
                          if (vErrors === null) {
                            vErrors = [err10];
                          } else {
                            vErrors.push(err10);
                          }
                          errors++;
                        }
                      } else {
                        const err11 = {
                          instancePath: instancePath + '/images/allowed/' + i0 + '/tags/' + i1,
                          schemaPath:
                            '#/properties/images/properties/allowed/items/properties/tags/items/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err11];
                        } else {
                          vErrors.push(err11);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err12 = {
                      instancePath: instancePath + '/images/allowed/' + i0 + '/tags',
                      schemaPath: '#/properties/images/properties/allowed/items/properties/tags/type',
                      keyword: 'type',
                      params: { type: 'array' },
                      message: 'must be array',
                    };
                    if (vErrors === null) {
                      vErrors = [err12];
                    } else {
                      vErrors.push(err12);
                    }
                    errors++;
                  }
                }
                if (data5.requireDigest !== undefined) {
                  if (typeof data5.requireDigest !== 'boolean') {
                    const err13 = {
                      instancePath: instancePath + '/images/allowed/' + i0 + '/requireDigest',
                      schemaPath:
                        '#/properties/images/properties/allowed/items/properties/requireDigest/type',
                      keyword: 'type',
                      params: { type: 'boolean' },
                      message: 'must be boolean',
                    };
                    if (vErrors === null) {
                      vErrors = [err13];
                    } else {
                      vErrors.push(err13);
                    }
                    errors++;
                  }
                }
              } else {
                const err14 = {
                  instancePath: instancePath + '/images/allowed/' + i0,
                  schemaPath: '#/properties/images/properties/allowed/items/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
          } else {
            const err15 = {
              instancePath: instancePath + '/images/allowed',
              schemaPath: '#/properties/images/properties/allowed/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data2.banned !== undefined) {
          let data10 = data2.banned;
          if (Array.isArray(data10)) {
            const len2 = data10.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data11 = data10[i2];
              const _errs26 = errors;
              let valid9 = false;
              const _errs27 = errors;
              if (data11 && typeof data11 == 'object' && !Array.isArray(data11)) {
                if (data11.image === undefined) {
                  const err16 = {
                    instancePath: instancePath + '/images/banned/' + i2,
                    schemaPath: '#/properties/images/properties/banned/items/anyOf/0/required',
                    keyword: 'required',
                    params: { missingProperty: 'image' },
                    message: "must have required property '" + 'image' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              }
              var _valid0 = _errs27 === errors;
              valid9 = valid9 || _valid0;
              if (!valid9) {
                const _errs28 = errors;
                if (data11 && typeof data11 == 'object' && !Array.isArray(data11)) {
                  if (data11.digest === undefined) {
                    const err17 = {
                      instancePath: instancePath + '/images/banned/' + i2,
                      schemaPath: '#/properties/images/properties/banned/items/anyOf/1/required',
                      keyword: 'required',
                      params: { missingProperty: 'digest' },
                      message: "must have required property '" + 'digest' + "'",
                    };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                }
                var _valid0 = _errs28 === errors;
                valid9 = valid9 || _valid0;
              }
              if (!valid9) {
                const err18 = {
                  instancePath: instancePath + '/images/banned/' + i2,
                  schemaPath: '#/properties/images/properties/banned/items/anyOf',
                  keyword: 'anyOf',
                  params: {},
                  message: 'must match a schema in anyOf',
                };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              } else {
                errors = _errs26;
                if (vErrors !== null) {
                  if (_errs26) {
                    vErrors.length = _errs26;
                  } else {
                    vErrors = null;
                  }
                }
              }
              if (data11 && typeof data11 == 'object' && !Array.isArray(data11)) {
                if (data11.reason === undefined) {
                  const err19 = {
                    instancePath: instancePath + '/images/banned/' + i2,
                    schemaPath: '#/properties/images/properties/banned/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'reason' },
                    message: "must have required property '" + 'reason' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
                for (const key3 in data11) {
                  if (!(key3 === 'image' || key3 === 'digest' || key3 === 'reason' || key3 === 'since')) {
                    const err20 = {
                      instancePath: instancePath + '/images/banned/' + i2,
                      schemaPath: '#/properties/images/properties/banned/items/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key3 },
                      message: 'must NOT have additional properties',
                    };
                    if (vErrors === null) {
                      vErrors = [err20];
                    } else {
                      vErrors.push(err20);
                    }
                    errors++;
                  }
                }
                if (data11.image !== undefined) {
                  let data12 = data11.image;
                  if (typeof data12 === 'string') {
                    if (func2(data12) < 1) {
                      const err21 = {
                        instancePath: instancePath + '/images/banned/' + i2 + '/image',
                        schemaPath: '#/properties/images/properties/banned/items/properties/image/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                      };
                      if (vErrors === null) {
                        vErrors = [err21];
                      } else {
                        vErrors.push(err21);
                      }
                      errors++;
                    }
                  } else {
                    const err22 = {
                      instancePath: instancePath + '/images/banned/' + i2 + '/image',
                      schemaPath: '#/properties/images/properties/banned/items/properties/image/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
                    errors++;
                  }
                }
                if (data11.digest !== undefined) {
                  let data13 = data11.digest;
                  if (typeof data13 === 'string') {
                    if (!pattern0.test(data13)) {
                      const err23 = {
                        instancePath: instancePath + '/images/banned/' + i2 + '/digest',
                        schemaPath: '#/properties/images/properties/banned/items/properties/digest/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^sha256:[a-f0-9]{64}$' },
                        message: 'must match pattern "' + '^sha256:[a-f0-9]{64}$' + '"',
                      };
                      if (vErrors === null) {
                        vErrors = [err23];
                      } else {
                        vErrors.push(err23);
                      }
                      errors++;
                    }
                  } else {
                    const err24 = {
                      instancePath: instancePath + '/images/banned/' + i2 + '/digest',
                      schemaPath: '#/properties/images/properties/banned/items/properties/digest/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
                if (data11.reason !== undefined) {
                  let data14 = data11.reason;
                  if (typeof data14 === 'string') {
                    if (func2(data14) < 1) {
                      const err25 = {
                        instancePath: instancePath + '/images/banned/' + i2 + '/reason',
                        schemaPath: '#/properties/images/properties/banned/items/properties/reason/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                      };
                      if (vErrors === null) {
                        vErrors = [err25];
                      } else {
                        vErrors.push(err25);
                      }
                      errors++;
                    }
                  } else {
                    const err26 = {
                      instancePath: instancePath + '/images/banned/' + i2 + '/reason',
                      schemaPath: '#/properties/images/properties/banned/items/properties/reason/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
                if (data11.since !== undefined) {
                  let data15 = data11.since;
                  if (typeof data15 === 'string') {
                    if (!pattern1.test(data15)) {
                      const err27 = {
                        instancePath: instancePath + '/images/banned/' + i2 + '/since',
                        schemaPath: '#/properties/images/properties/banned/items/properties/since/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
                        message: 'must match pattern "' + '^\\d{4}-\\d{2}-\\d{2}$' + '"',
                      };
                      if (vErrors === null) {
                        vErrors = [err27];
                      } else {
                        vErrors.push(err27);
                      }
                      errors++;
                    }
                  } else {
                    const err28 = {
                      instancePath: instancePath + '/images/banned/' + i2 + '/since',
                      schemaPath: '#/properties/images/properties/banned/items/properties/since/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                }
              } else {
                const err29 = {
                  instancePath: instancePath + '/images/banned/' + i2,
                  schemaPath: '#/properties/images/properties/banned/items/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
          } else {
            const err30 = {
              instancePath: instancePath + '/images/banned',
              schemaPath: '#/properties/images/properties/banned/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
            };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data2.substitutions !== undefined) {
          let data16 = data2.substitutions;
          if (Array.isArray(data16)) {
            const len3 = data16.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data17 = data16[i3];
              if (data17 && typeof data17 == 'object' && !Array.isArray(data17)) {
                if (data17.from === undefined) {
                  const err31 = {
                    instancePath: instancePath + '/images/substitutions/' + i3,
                    schemaPath: '#/properties/images/properties/substitutions/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'from' },
                    message: "must have required property '" + 'from' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
                if (data17.to === undefined) {
                  const err32 = {
                    instancePath: instancePath + '/images/substitutions/' + i3,
                    schemaPath: '#/properties/images/properties/substitutions/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'to' },
                    message: "must have required property '" + 'to' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
                for (const key4 in data17) {
                  if (!(key4 === 'from' || key4 === 'to' || key4 === 'reason')) {
                    const err33 = {
                      instancePath: instancePath + '/images/substitutions/' + i3,
                      schemaPath: '#/properties/images/properties/substitutions/items/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key4 },
                      message: 'must NOT have additional properties',
                    };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                }
                if (data17.from !== undefined) {
                  let data18 = data17.from;
                  if (typeof data18 === 'string') {
                    if (func2(data18) < 1) {
                      const err34 = {
                        instancePath: instancePath + '/images/substitutions/' + i3 + '/from',
                        schemaPath:
                          '#/properties/images/properties/substitutions/items/properties/from/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                      };
                      if (vErrors === null) {
                        vErrors = [err34];
                      } else {
                        vErrors.push(err34);
                      }
                      errors++;
                    }
                  } else {
                    const err35 = {
                      instancePath: instancePath + '/images/substitutions/' + i3 + '/from',
                      schemaPath: '#/properties/images/properties/substitutions/items/properties/from/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                }
                if (data17.to !== undefined) {
                  let data19 = data17.to;
                  if (typeof data19 === 'string') {
                    if (func2(data19) < 1) {
                      const err36 = {
                        instancePath: instancePath + '/images/substitutions/' + i3 + '/to',
                        schemaPath:
                          '#/properties/images/properties/substitutions/items/properties/to/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                      };
                      if (vErrors === null) {
                        vErrors = [err36];
                      } else {
                        vErrors.push(err36);
                      }
                      errors++;
                    }
                  } else {
                    const err37 = {
                      instancePath: instancePath + '/images/substitutions/' + i3 + '/to',
                      schemaPath: '#/properties/images/properties/substitutions/items/properties/to/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
                if (data17.reason !== undefined) {
                  if (typeof data17.reason !== 'string') {
                    const err38 = {
                      instancePath: instancePath + '/images/substitutions/' + i3 + '/reason',
                      schemaPath: '#/properties/images/properties/substitutions/items/properties/reason/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err38];
                    } else {
                      vErrors.push(err38);
                    }
                    errors++;
                  }
                }
              } else {
                const err39 = {
                  instancePath: instancePath + '/images/substitutions/' + i3,
                  schemaPath: '#/properties/images/properties/substitutions/items/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
          } else {
            const err40 = {
              instancePath: instancePath + '/images/substitutions',
              schemaPath: '#/properties/images/properties/substitutions/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
            };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
      } else {
        const err41 = {
          instancePath: instancePath + '/images',
          schemaPath: '#/properties/images/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.requiredLabels !== undefined) {
      let data21 = data.requiredLabels;
      if (Array.isArray(data21)) {
        const len4 = data21.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data22 = data21[i4];
          if (typeof data22 === 'string') {
            if (func2(data22) < 1) {
              const err42 = {
                instancePath: instancePath + '/requiredLabels/' + i4,
                schemaPath: '#/properties/requiredLabels/items/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
              };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
          } else {
            const err43 = {
              instancePath: instancePath + '/requiredLabels/' + i4,
              schemaPath: '#/properties/requiredLabels/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
      } else {
        const err44 = {
          instancePath: instancePath + '/requiredLabels',
          schemaPath: '#/properties/requiredLabels/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.rules !== undefined) {
      let data23 = data.rules;
      if (data23 && typeof data23 == 'object' && !Array.isArray(data23)) {
        for (const key5 in data23) {
          const _errs55 = errors;
          if (typeof key5 === 'string') {
            if (!pattern2.test(key5)) {
              const err45 = {
                instancePath: instancePath + '/rules',
                schemaPath: '#/properties/rules/propertyNames/pattern',
                keyword: 'pattern',
                params: { pattern: '^[A-Z]{2,4}\\d{3}$' },
                message: 'must match pattern "' + '^[A-Z]{2,4}\\d{3}$' + '"',
                propertyName: key5,
              };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
          }
          var valid16 = _errs55 === errors;
          if (!valid16) {
            const err46 = {
              instancePath: instancePath + '/rules',
              schemaPath: '#/properties/rules/propertyNames',
              keyword: 'propertyNames',
              params: { propertyName: key5 },
              message: 'property name must be valid',
            };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        for (const key6 in data23) {
          let data24 = data23[key6];
          const _errs58 = errors;
          let valid18 = false;
          const _errs59 = errors;
          if (typeof data24 !== 'boolean') {
            const err47 = {
              instancePath: instancePath + '/rules/' + key6.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/rules/additionalProperties/anyOf/0/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
            };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
          var _valid1 = _errs59 === errors;
          valid18 = valid18 || _valid1;
          if (!valid18) {
            const _errs61 = errors;
            if (!(data24 === 'off' || data24 === 'on')) {
              const err48 = {
                instancePath: instancePath + '/rules/' + key6.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/properties/rules/additionalProperties/anyOf/1/enum',
                keyword: 'enum',
                params: { allowedValues: schema11.properties.rules.additionalProperties.anyOf[1].enum },
                message: 'must be equal to one of the allowed values',
              };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            var _valid1 = _errs61 === errors;
            valid18 = valid18 || _valid1;
            if (!valid18) {
              const _errs62 = errors;
              if (!(
                data24 === 'info' ||
                data24 === 'low' ||
                data24 === 'medium' ||
                data24 === 'high' ||
                data24 === 'critical'
              )) {
                const err49 = {
                  instancePath: instancePath + '/rules/' + key6.replace(/~/g, '~0').replace(/\//g, '~1'),
                  schemaPath: '#/properties/rules/additionalProperties/anyOf/2/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema11.properties.rules.additionalProperties.anyOf[2].enum },
                  message: 'must be equal to one of the allowed values',
                };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
              var _valid1 = _errs62 === errors;
              valid18 = valid18 || _valid1;
              if (!valid18) {
                const _errs63 = errors;
                if (data24 && typeof data24 == 'object' && !Array.isArray(data24)) {
                  for (const key7 in data24) {
                    if (!(key7 === 'enabled' || key7 === 'severity')) {
                      const err50 = {
                        instancePath:
                          instancePath + '/rules/' + key6.replace(/~/g, '~0').replace(/\//g, '~1'),
                        schemaPath: '#/properties/rules/additionalProperties/anyOf/3/additionalProperties',
                        keyword: 'additionalProperties',
                        params: { additionalProperty: key7 },
                        message: 'must NOT have additional properties',
                      };
                      if (vErrors === null) {
                        vErrors = [err50];
                      } else {
                        vErrors.push(err50);
                      }
                      errors++;
                    }
                  }
                  if (data24.enabled !== undefined) {
                    if (typeof data24.enabled !== 'boolean') {
                      const err51 = {
                        instancePath:
                          instancePath +
                          '/rules/' +
                          key6.replace(/~/g, '~0').replace(/\//g, '~1') +
                          '/enabled',
                        schemaPath: '#/properties/rules/additionalProperties/anyOf/3/properties/enabled/type',
                        keyword: 'type',
                        params: { type: 'boolean' },
                        message: 'must be boolean',
                      };
                      if (vErrors === null) {
                        vErrors = [err51];
                      } else {
                        vErrors.push(err51);
                      }
                      errors++;
                    }
                  }
                  if (data24.severity !== undefined) {
                    let data26 = data24.severity;
                    if (!(
                      data26 === 'info' ||
                      data26 === 'low' ||
                      data26 === 'medium' ||
                      data26 === 'high' ||
                      data26 === 'critical'
                    )) {
                      const err52 = {
                        instancePath:
                          instancePath +
                          '/rules/' +
                          key6.replace(/~/g, '~0').replace(/\//g, '~1') +
                          '/severity',
                        schemaPath:
                          '#/properties/rules/additionalProperties/anyOf/3/properties/severity/enum',
                        keyword: 'enum',
                        params: {
                          allowedValues:
                            schema11.properties.rules.additionalProperties.anyOf[3].properties.severity.enum,
                        },
                        message: 'must be equal to one of the allowed values',
                      };
                      if (vErrors === null) {
                        vErrors = [err52];
                      } else {
                        vErrors.push(err52);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err53 = {
                    instancePath: instancePath + '/rules/' + key6.replace(/~/g, '~0').replace(/\//g, '~1'),
                    schemaPath: '#/properties/rules/additionalProperties/anyOf/3/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                  };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
                var _valid1 = _errs63 === errors;
                valid18 = valid18 || _valid1;
              }
            }
          }
          if (!valid18) {
            const err54 = {
              instancePath: instancePath + '/rules/' + key6.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/rules/additionalProperties/anyOf',
              keyword: 'anyOf',
              params: {},
              message: 'must match a schema in anyOf',
            };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          } else {
            errors = _errs58;
            if (vErrors !== null) {
              if (_errs58) {
                vErrors.length = _errs58;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err55 = {
          instancePath: instancePath + '/rules',
          schemaPath: '#/properties/rules/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
    if (data.budgets !== undefined) {
      let data27 = data.budgets;
      if (Array.isArray(data27)) {
        const len5 = data27.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data28 = data27[i5];
          if (data28 && typeof data28 == 'object' && !Array.isArray(data28)) {
            for (const key8 in data28) {
              if (!(
                key8 === 'kind' ||
                key8 === 'maxImageSize' ||
                key8 === 'forbiddenBinaries' ||
                key8 === 'maxSetuid' ||
                key8 === 'allowedPorts'
              )) {
                const err56 = {
                  instancePath: instancePath + '/budgets/' + i5,
                  schemaPath: '#/properties/budgets/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key8 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
            if (data28.kind !== undefined) {
              let data29 = data28.kind;
              if (!(data29 === 'os' || data29 === 'app')) {
                const err57 = {
                  instancePath: instancePath + '/budgets/' + i5 + '/kind',
                  schemaPath: '#/properties/budgets/items/properties/kind/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema11.properties.budgets.items.properties.kind.enum },
                  message: 'must be equal to one of the allowed values',
                };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data28.maxImageSize !== undefined) {
              let data30 = data28.maxImageSize;
              if (typeof data30 === 'string') {
                if (!pattern3.test(data30)) {
                  const err58 = {
                    instancePath: instancePath + '/budgets/' + i5 + '/maxImageSize',
                    schemaPath: '#/properties/budgets/items/properties/maxImageSize/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^\\d+(\\.\\d+)?\\s*([KMGT]i?B?)?$' },
                    message: 'must match pattern "' + '^\\d+(\\.\\d+)?\\s*([KMGT]i?B?)?$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
              } else {
                const err59 = {
                  instancePath: instancePath + '/budgets/' + i5 + '/maxImageSize',
                  schemaPath: '#/properties/budgets/items/properties/maxImageSize/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
            if (data28.forbiddenBinaries !== undefined) {
              let data31 = data28.forbiddenBinaries;
              if (Array.isArray(data31)) {
                const len6 = data31.length;
                for (let i6 = 0; i6 < len6; i6++) {
                  let data32 = data31[i6];
                  if (typeof data32 === 'string') {
                    if (func2(data32) < 1) {
                      const err60 = {
                        instancePath: instancePath + '/budgets/' + i5 + '/forbiddenBinaries/' + i6,
                        schemaPath: '#/properties/budgets/items/properties/forbiddenBinaries/items/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                      };
                      if (vErrors === null) {
                        vErrors = [err60];
                      } else {
                        vErrors.push(err60);
                      }
                      errors++;
                    }
                  } else {
                    const err61 = {
                      instancePath: instancePath + '/budgets/' + i5 + '/forbiddenBinaries/' + i6,
                      schemaPath: '#/properties/budgets/items/properties/forbiddenBinaries/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err61];
                    } else {
                      vErrors.push(err61);
                    }
                    errors++;
                  }
                }
              } else {
                const err62 = {
                  instancePath: instancePath + '/budgets/' + i5 + '/forbiddenBinaries',
                  schemaPath: '#/properties/budgets/items/properties/forbiddenBinaries/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
            if (data28.maxSetuid !== undefined) {
              let data33 = data28.maxSetuid;
              if (!(typeof data33 == 'number' && !(data33 % 1) && !isNaN(data33))) {
                const err63 = {
                  instancePath: instancePath + '/budgets/' + i5 + '/maxSetuid',
                  schemaPath: '#/properties/budgets/items/properties/maxSetuid/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
              if (typeof data33 == 'number') {
                if (data33 < 0 || isNaN(data33)) {
                  const err64 = {
                    instancePath: instancePath + '/budgets/' + i5 + '/maxSetuid',
                    schemaPath: '#/properties/budgets/items/properties/maxSetuid/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                  };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
              }
            }
            if (data28.allowedPorts !== undefined) {
              let data34 = data28.allowedPorts;
              if (Array.isArray(data34)) {
                const len7 = data34.length;
                for (let i7 = 0; i7 < len7; i7++) {
                  let data35 = data34[i7];
                  if (!(typeof data35 == 'number' && !(data35 % 1) && !isNaN(data35))) {
                    const err65 = {
                      instancePath: instancePath + '/budgets/' + i5 + '/allowedPorts/' + i7,
                      schemaPath: '#/properties/budgets/items/properties/allowedPorts/items/type',
                      keyword: 'type',
                      params: { type: 'integer' },
                      message: 'must be integer',
                    };
                    if (vErrors === null) {
                      vErrors = [err65];
                    } else {
                      vErrors.push(err65);
                    }
                    errors++;
                  }
                  if (typeof data35 == 'number') {
                    if (data35 > 65535 || isNaN(data35)) {
                      const err66 = {
                        instancePath: instancePath + '/budgets/' + i5 + '/allowedPorts/' + i7,
                        schemaPath: '#/properties/budgets/items/properties/allowedPorts/items/maximum',
                        keyword: 'maximum',
                        params: { comparison: '<=', limit: 65535 },
                        message: 'must be <= 65535',
                      };
                      if (vErrors === null) {
                        vErrors = [err66];
                      } else {
                        vErrors.push(err66);
                      }
                      errors++;
                    }
                    if (data35 < 1 || isNaN(data35)) {
                      const err67 = {
                        instancePath: instancePath + '/budgets/' + i5 + '/allowedPorts/' + i7,
                        schemaPath: '#/properties/budgets/items/properties/allowedPorts/items/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 1 },
                        message: 'must be >= 1',
                      };
                      if (vErrors === null) {
                        vErrors = [err67];
                      } else {
                        vErrors.push(err67);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err68 = {
                  instancePath: instancePath + '/budgets/' + i5 + '/allowedPorts',
                  schemaPath: '#/properties/budgets/items/properties/allowedPorts/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
          } else {
            const err69 = {
              instancePath: instancePath + '/budgets/' + i5,
              schemaPath: '#/properties/budgets/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
      } else {
        const err70 = {
          instancePath: instancePath + '/budgets',
          schemaPath: '#/properties/budgets/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err70];
        } else {
          vErrors.push(err70);
        }
        errors++;
      }
    }
    if (data.exceptions !== undefined) {
      let data36 = data.exceptions;
      if (Array.isArray(data36)) {
        const len8 = data36.length;
        for (let i8 = 0; i8 < len8; i8++) {
          let data37 = data36[i8];
          if (data37 && typeof data37 == 'object' && !Array.isArray(data37)) {
            if (data37.rule === undefined) {
              const err71 = {
                instancePath: instancePath + '/exceptions/' + i8,
                schemaPath: '#/properties/exceptions/items/required',
                keyword: 'required',
                params: { missingProperty: 'rule' },
                message: "must have required property '" + 'rule' + "'",
              };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
            if (data37.justification === undefined) {
              const err72 = {
                instancePath: instancePath + '/exceptions/' + i8,
                schemaPath: '#/properties/exceptions/items/required',
                keyword: 'required',
                params: { missingProperty: 'justification' },
                message: "must have required property '" + 'justification' + "'",
              };
              if (vErrors === null) {
                vErrors = [err72];
              } else {
                vErrors.push(err72);
              }
              errors++;
            }
            if (data37.expires === undefined) {
              const err73 = {
                instancePath: instancePath + '/exceptions/' + i8,
                schemaPath: '#/properties/exceptions/items/required',
                keyword: 'required',
                params: { missingProperty: 'expires' },
                message: "must have required property '" + 'expires' + "'",
              };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
            for (const key9 in data37) {
              if (!(
                key9 === 'rule' ||
                key9 === 'path' ||
                key9 === 'repository' ||
                key9 === 'justification' ||
                key9 === 'expires'
              )) {
                const err74 = {
                  instancePath: instancePath + '/exceptions/' + i8,
                  schemaPath: '#/properties/exceptions/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key9 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
            if (data37.rule !== undefined) {
              let data38 = data37.rule;
              if (typeof data38 === 'string') {
                if (!pattern2.test(data38)) {
                  const err75 = {
                    instancePath: instancePath + '/exceptions/' + i8 + '/rule',
                    schemaPath: '#/properties/exceptions/items/properties/rule/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[A-Z]{2,4}\\d{3}$' },
                    message: 'must match pattern "' + '^[A-Z]{2,4}\\d{3}$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err75];
                  } else {
                    vErrors.push(err75);
                  }
                  errors++;
                }
              } else {
                const err76 = {
                  instancePath: instancePath + '/exceptions/' + i8 + '/rule',
                  schemaPath: '#/properties/exceptions/items/properties/rule/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            }
            if (data37.path !== undefined) {
              let data39 = data37.path;
              if (typeof data39 === 'string') {
                if (func2(data39) < 1) {
                  const err77 = {
                    instancePath: instancePath + '/exceptions/' + i8 + '/path',
                    schemaPath: '#/properties/exceptions/items/properties/path/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
              } else {
                const err78 = {
                  instancePath: instancePath + '/exceptions/' + i8 + '/path',
                  schemaPath: '#/properties/exceptions/items/properties/path/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
            }
            if (data37.repository !== undefined) {
              let data40 = data37.repository;
              if (typeof data40 === 'string') {
                if (!pattern5.test(data40)) {
                  const err79 = {
                    instancePath: instancePath + '/exceptions/' + i8 + '/repository',
                    schemaPath: '#/properties/exceptions/items/properties/repository/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[^/\\s]+/[^/\\s]+$' },
                    message: 'must match pattern "' + '^[^/\\s]+/[^/\\s]+$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err79];
                  } else {
                    vErrors.push(err79);
                  }
                  errors++;
                }
              } else {
                const err80 = {
                  instancePath: instancePath + '/exceptions/' + i8 + '/repository',
                  schemaPath: '#/properties/exceptions/items/properties/repository/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
            if (data37.justification !== undefined) {
              let data41 = data37.justification;
              if (typeof data41 === 'string') {
                if (func2(data41) < 10) {
                  const err81 = {
                    instancePath: instancePath + '/exceptions/' + i8 + '/justification',
                    schemaPath: '#/properties/exceptions/items/properties/justification/minLength',
                    keyword: 'minLength',
                    params: { limit: 10 },
                    message: 'must NOT have fewer than 10 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err81];
                  } else {
                    vErrors.push(err81);
                  }
                  errors++;
                }
              } else {
                const err82 = {
                  instancePath: instancePath + '/exceptions/' + i8 + '/justification',
                  schemaPath: '#/properties/exceptions/items/properties/justification/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
            }
            if (data37.expires !== undefined) {
              let data42 = data37.expires;
              if (typeof data42 === 'string') {
                if (!pattern1.test(data42)) {
                  const err83 = {
                    instancePath: instancePath + '/exceptions/' + i8 + '/expires',
                    schemaPath: '#/properties/exceptions/items/properties/expires/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
                    message: 'must match pattern "' + '^\\d{4}-\\d{2}-\\d{2}$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err83];
                  } else {
                    vErrors.push(err83);
                  }
                  errors++;
                }
              } else {
                const err84 = {
                  instancePath: instancePath + '/exceptions/' + i8 + '/expires',
                  schemaPath: '#/properties/exceptions/items/properties/expires/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            }
          } else {
            const err85 = {
              instancePath: instancePath + '/exceptions/' + i8,
              schemaPath: '#/properties/exceptions/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
        }
      } else {
        const err86 = {
          instancePath: instancePath + '/exceptions',
          schemaPath: '#/properties/exceptions/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err86];
        } else {
          vErrors.push(err86);
        }
        errors++;
      }
    }
  } else {
    const err87 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err87];
    } else {
      vErrors.push(err87);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// EXTERNAL MODULE: ./src/policy/types.ts
var types = __webpack_require__(63943);
;// CONCATENATED MODULE: ./src/policy/load.ts






function load_validate(data) {
    return validate(data) ? [] : (validate.errors ?? []);
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
    (0,input_file/* checkYamlNesting */.s0)(text, file);
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
    const problems = collapseAnyOf(load_validate(data)).map((error) => {
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
        budgets: (raw.budgets ?? []).map(({ maxImageSize, ...budget }) => maxImageSize === undefined
            ? budget
            : { ...budget, maxImageBytes: (0,layout/* parseSize */.DB)(maxImageSize, 'maxImageSize') }),
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
    budgets: [],
};


/***/ })

};
