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
/* harmony import */ var _lint_run_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(55456);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(62148);
/* harmony import */ var _sbom_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(30558);
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
        await (0,_lint_run_js__WEBPACK_IMPORTED_MODULE_4__/* .writeAtomically */ .vK)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.cwd, values.output), text);
    else
        context.stdout(text);
    context.stderr(`${sbom.packages.length} packages from ${sbom.databases.join(', ') || 'no package database'}\n`);
    return 0;
}


/***/ }),

/***/ 29654:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "3f35e9a9bf434312ccbe.js";

/***/ })

};
