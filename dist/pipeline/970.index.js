export const id = 970;
export const ids = [970];
export const modules = {

/***/ 65893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SBOM_HELP: () => (/* binding */ SBOM_HELP),
/* harmony export */   sbomCommand: () => (/* binding */ sbomCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _scratch_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(54865);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(62148);
/* harmony import */ var _sbom_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(76670);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(74777);
/** `osimg sbom`: an SBOM (SPDX 2.3 or CycloneDX 1.6 JSON) from an unpacked image root filesystem. */








const SBOM_HELP = `Usage: osimg sbom --rootfs DIR --image NAME@sha256:DIGEST [--format spdx|cyclonedx] [-o FILE]

Reads the package databases in DIR (dpkg, the rpm sqlite database of Fedora/CentOS bootc images, apk) and
os-release, and writes an SPDX 2.3 (default) or CycloneDX 1.6 JSON SBOM about the image. The same root,
digest and --created time give the same bytes. Attach it with:
  osimg attest NAME@sha256:DIGEST --key K --predicate FILE --type spdxjson (or cyclonedx)

Options:
      --created TIME   the SBOM's creation time (default: SOURCE_DATE_EPOCH, else now)
`;
async function sbomCommand(args, context) {
    const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
        args,
        options: {
            rootfs: { type: 'string' },
            image: { type: 'string' },
            format: { type: 'string' },
            output: { type: 'string', short: 'o' },
            created: { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help) {
        context.stdout(SBOM_HELP);
        return 0;
    }
    if (!values.rootfs || !values.image)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('osimg sbom needs --rootfs DIR and --image NAME@sha256:DIGEST');
    const rootfs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.cwd, values.rootfs);
    if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(rootfs).catch(() => undefined))?.isDirectory()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${values.rootfs} is not a directory: point --rootfs at an unpacked image root`);
    }
    const ref = (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .parseReference */ .F2)(values.image);
    if (!ref.digest)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`--image must name a digest (NAME@sha256:...), not ${values.image}`);
    const format = (0,_values_js__WEBPACK_IMPORTED_MODULE_7__/* .parseChoice */ .HU)(values.format ?? '', '--format', ['spdx', 'cyclonedx'], 'spdx');
    const epoch = context.env.SOURCE_DATE_EPOCH;
    const created = values.created ??
        (epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000).toISOString() : new Date().toISOString());
    const sbom = await (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_6__/* .generateSbom */ .N)(rootfs, {
        imageName: `${(0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .repositoryName */ .aR)(ref)}${ref.tag ? `:${ref.tag}` : ''}`,
        digest: ref.digest,
        created,
    });
    for (const warning of sbom.warnings)
        context.stderr(`warning: ${warning}\n`);
    const text = (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_6__/* .serialize */ .l)(format === 'spdx' ? sbom.spdx : sbom.cyclonedx);
    if (values.output)
        await (0,_scratch_files_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomically */ .lo)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.cwd, values.output), text);
    else
        context.stdout(text);
    context.stderr(`${sbom.packages.length} packages from ${sbom.databases.join(', ') || 'no package database'}\n`);
    return 0;
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

/***/ 29654:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "3f35e9a9bf434312ccbe.js";

/***/ })

};
