export const id = 258;
export const ids = [258];
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
