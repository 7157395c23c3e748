export const id = 7;
export const ids = [7];
export const modules = {

/***/ 61789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S_: () => (/* binding */ expandArgs),
/* harmony export */   Z2: () => (/* binding */ locateInstruction),
/* harmony export */   hP: () => (/* binding */ finalBaseImage),
/* harmony export */   sm: () => (/* binding */ appendLabels)
/* harmony export */ });
/* harmony import */ var dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78390);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/**
 * What a Containerfile says about its base: the image the final stage is built on, after following
 * stage aliases and substituting global ARGs (with build-arg overrides), as buildah itself resolves it.
 */


/** Expands $VAR, ${VAR}, ${VAR:-default} and ${VAR:+alternative} the way FROM lines allow. */
function expandArgs(text, args) {
    return text.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::([-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g, (_m, braced, op, word, bare) => {
        const value = args.get((braced ?? bare));
        if (op === '-')
            return value ? value : word;
        if (op === '+')
            return value ? word : '';
        return value ?? '';
    });
}
/**
 * Finds the base image of the final stage. Throws a ConfigurationError (with the line) when the file has
 * no FROM or the base resolves to an empty name.
 */
function finalBaseImage(content, buildArgs, file) {
    const dockerfile = dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.DockerfileParser.parse(content);
    const froms = dockerfile.getFROMs();
    if (froms.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${file} has no FROM instruction: start it with FROM <base image>`);
    }
    const args = new Map();
    for (const arg of dockerfile.getInitialARGs()) {
        for (const property of arg.getProperties()) {
            const name = property.getName();
            args.set(name, Object.hasOwn(buildArgs, name) ? buildArgs[name] : (property.getValue() ?? undefined));
        }
    }
    const stages = new Map();
    let last;
    for (const from of froms) {
        const line = from.getRange().start.line + 1;
        const raw = from.getImage();
        const image = raw ? expandArgs(raw, args).trim() : '';
        if (!image) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${file}:${line}: the FROM image is empty after substituting ARGs: set it or pass it as a build-arg`);
        }
        // A FROM naming an earlier stage inherits that stage's base.
        const base = stages.get(image.toLowerCase()) ?? { reference: image, line };
        const stage = from.getBuildStage();
        if (stage)
            stages.set(stage.toLowerCase(), base);
        last = base;
    }
    return last;
}
/** Collapses an instruction the way buildah prints it: continuations joined, white space folded. */
function normaliseInstruction(text) {
    return text
        .replace(/\\\r?\n/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .toLowerCase();
}
/**
 * The 1-based line where an instruction (as buildah printed it in "STEP n/m: ...") starts, or undefined.
 * The last match wins: buildah fails at the latest step it started.
 */
function locateInstruction(content, printed) {
    const wanted = normaliseInstruction(printed);
    let exact;
    let similar;
    for (const instruction of dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.DockerfileParser.parse(content).getInstructions()) {
        const range = instruction.getRange();
        const text = normaliseInstruction(content.slice(offsetOf(content, range.start.line), offsetOf(content, range.end.line + 1)));
        // An exact match beats one that only starts alike (buildah may shorten what it prints).
        if (text === wanted)
            exact = range.start.line + 1;
        else if (text.startsWith(wanted) || wanted.startsWith(text))
            similar = range.start.line + 1;
    }
    return exact ?? similar;
}
function offsetOf(content, line) {
    let offset = 0;
    for (let i = 0; i < line; i++) {
        const next = content.indexOf('\n', offset);
        if (next < 0)
            return content.length;
        offset = next + 1;
    }
    return offset;
}
/**
 * The Containerfile with all labels in one LABEL instruction appended (one build step instead of one per
 * `--label`). Undefined when that cannot be written safely: a non-default `# escape=` directive (buildah
 * does not honour it inside LABEL words) or a label with a line break; then labels go as flags.
 */
function appendLabels(content, labels) {
    const entries = Object.entries(labels);
    if (entries.length === 0)
        return content;
    if (dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.DockerfileParser.parse(content).getEscapeCharacter() !== '\\')
        return undefined;
    if (entries.some(([key, value]) => /[\r\n]/.test(key + value)))
        return undefined;
    // A last line that continues would swallow the LABEL (such a file is broken anyway; let buildah say so).
    if (/\\\s*$/.test(content))
        return undefined;
    const quote = (text) => `"${text.replace(/[\\"$]/g, (c) => `\\${c}`)}"`;
    const line = `LABEL ${entries.map(([key, value]) => `${quote(key)}=${quote(value)}`).join(' ')}`;
    return `${content}${content.endsWith('\n') ? '' : '\n'}${line}\n`;
}


/***/ }),

/***/ 42161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FL: () => (/* binding */ parsePlatform),
/* harmony export */   Jk: () => (/* binding */ ociArchitecture),
/* harmony export */   zf: () => (/* binding */ checkBuildable)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * Whether this host can build for a platform: natively, or through a registered binfmt_misc handler
 * (qemu-user-static), which is what buildah relies on for RUN steps of foreign architectures.
 */

/** Node's process.arch → the OCI architecture names. */
const NODE_TO_OCI = {
    x64: 'amd64',
    arm64: 'arm64',
    arm: 'arm',
    ia32: '386',
    ppc64: 'ppc64le',
    s390x: 's390x',
    riscv64: 'riscv64',
};
/** OCI architecture → the binfmt_misc handler names qemu-user registers. */
const BINFMT = {
    amd64: 'x86_64',
    arm64: 'aarch64',
    arm: 'arm',
    '386': 'i386',
    ppc64le: 'ppc64le',
    s390x: 's390x',
    riscv64: 'riscv64',
};
const ALIASES = { x86_64: 'amd64', aarch64: 'arm64', armhf: 'arm', i386: '386' };
function ociArchitecture(nodeArch) {
    return NODE_TO_OCI[nodeArch] ?? nodeArch;
}
function parsePlatform(text) {
    const parts = text.trim().split('/');
    const [os, arch, variant] = parts;
    if (parts.length < 2 ||
        parts.length > 3 ||
        !os ||
        !arch ||
        parts.some((part) => !/^[a-z0-9_]+$/.test(part))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`"${text}" is not a platform: use os/arch[/variant], e.g. linux/amd64 or linux/arm64`);
    }
    return { os, architecture: ALIASES[arch] ?? arch, variant };
}
/**
 * Throws when the platform cannot be built here. `binfmtHandlers` are the names under
 * /proc/sys/fs/binfmt_misc (e.g. "qemu-aarch64").
 */
function checkBuildable(platform, hostArchitecture, binfmtHandlers) {
    if (platform.os !== 'linux') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`cannot build for ${platform.os}: osimg builds Linux images only (use linux/<arch>)`);
    }
    if (platform.architecture === hostArchitecture)
        return;
    const handler = BINFMT[platform.architecture];
    if (handler && binfmtHandlers.some((name) => name === `qemu-${handler}` || name.endsWith(`-${handler}`)))
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`cannot build linux/${platform.architecture} on this ${hostArchitecture} host: no binfmt handler for ${handler ?? platform.architecture} is registered; install qemu-user-static (binfmt) or use a runner of that architecture`);
}


/***/ }),

/***/ 83007:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BUILD_HELP: () => (/* binding */ BUILD_HELP),
  buildCommand: () => (/* binding */ buildCommand)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/oci/auth.ts
var auth = __webpack_require__(76599);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/oci/reference.ts
var oci_reference = __webpack_require__(62148);
// EXTERNAL MODULE: ./src/oci/registry.ts + 1 modules
var registry = __webpack_require__(94051);
;// CONCATENATED MODULE: ./src/oci/layout.ts
/**
 * Reading an OCI image layout directory (what `buildah push IMAGE oci:DIR` writes): the manifest and the
 * blobs it names, checked for presence and size before anything is uploaded.
 */






class OciLayout {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    blobPath(digest) {
        if (!(0,oci_reference/* isValidDigest */.fH)(digest))
            throw new errors/* OsimgError */.ec(`"${digest}" is not a valid digest`);
        const [algorithm, hex] = digest.split(':');
        return (0,external_node_path_.join)(this.dir, 'blobs', algorithm, hex);
    }
    openBlob(digest) {
        return (0,external_node_fs_.createReadStream)(this.blobPath(digest));
    }
    /** The manifest bytes for a digest, verified against it. */
    async readManifest(digest) {
        const bytes = await (0,promises_.readFile)(this.blobPath(digest));
        if ((0,registry/* sha256Digest */.sI)(bytes) !== digest) {
            throw new errors/* OsimgError */.ec(`the OCI layout in ${this.dir} is corrupt: manifest ${digest} does not match its digest`, {
                code: 'DIGEST_MISMATCH',
            });
        }
        let manifest;
        try {
            manifest = JSON.parse(bytes.toString('utf8'));
        }
        catch {
            manifest = null;
        }
        if (typeof manifest !== 'object' ||
            manifest === null ||
            !manifest.config ||
            !Array.isArray(manifest.layers)) {
            throw new errors/* OsimgError */.ec(`${digest} in ${this.dir} is not an image manifest (an index is not supported here)`);
        }
        return { bytes, manifest, mediaType: manifest.mediaType ?? 'application/vnd.oci.image.manifest.v1+json' };
    }
    /** Every blob the manifest names must be present with the declared size. */
    async checkBlobs(manifest) {
        for (const blob of [manifest.config, ...manifest.layers]) {
            const info = await (0,promises_.stat)(this.blobPath(blob.digest)).catch(() => undefined);
            if (!info || info.size !== blob.size) {
                throw new errors/* OsimgError */.ec(`the OCI layout in ${this.dir} is incomplete: blob ${blob.digest} is ${info ? `${info.size} bytes, expected ${blob.size}` : 'missing'}`, { code: 'DIGEST_MISMATCH' });
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/oci/push.ts
/**
 * Pushing an image from an OCI layout so that no tag can ever point at a half-pushed image: blobs first,
 * then the manifest by digest, then read it back and compare, and only then move the tags.
 */

async function pushLayout(client, request) {
    const { layout, digest, repository } = request;
    const { bytes, manifest, mediaType } = await layout.readManifest(digest);
    await layout.checkBlobs(manifest);
    const blobs = [manifest.config, ...manifest.layers];
    const result = { digest, uploadedBlobs: 0, skippedBlobs: 0, uploadedBytes: 0 };
    await forEachLimited(blobs, request.concurrency ?? 3, async (blob) => {
        if (await client.blobExists(repository, blob.digest)) {
            result.skippedBlobs++;
            return;
        }
        request.log?.(`uploading ${blob.digest} (${formatBytes(blob.size)})`);
        await client.pushBlob(repository, blob.digest, blob.size, () => layout.openBlob(blob.digest));
        result.uploadedBlobs++;
        result.uploadedBytes += blob.size;
    });
    await client.putManifest(repository, digest, { mediaType, bytes });
    const readBack = await client.getManifest(repository, digest);
    if (readBack.digest !== digest || !readBack.bytes.equals(bytes)) {
        throw new errors/* OsimgError */.ec(`the registry returned different content for ${repository}@${digest} (read back ${readBack.digest}); no tag was moved`, { code: 'DIGEST_MISMATCH' });
    }
    request.log?.(`manifest ${digest} stored and verified`);
    for (const tag of request.tags) {
        await client.putManifest(repository, tag, { mediaType, bytes });
        request.log?.(`tag ${tag} → ${digest}`);
    }
    return result;
}
async function forEachLimited(items, limit, work) {
    let next = 0;
    let failed = false;
    const workers = Array.from({ length: Math.min(Math.max(1, limit), items.length) }, async () => {
        // After one failure, start nothing new: the push is over.
        while (!failed && next < items.length) {
            await work(items[next++]).catch((error) => {
                failed = true;
                throw error;
            });
        }
    });
    await Promise.all(workers);
}
function formatBytes(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

// EXTERNAL MODULE: ./src/tools/buildah.ts
var buildah = __webpack_require__(53638);
// EXTERNAL MODULE: ./src/scratch/files.ts
var files = __webpack_require__(54865);
// EXTERNAL MODULE: ./src/build/containerfile.ts
var build_containerfile = __webpack_require__(61789);
;// CONCATENATED MODULE: ./src/build/labels.ts
/**
 * The OCI labels osimg puts on every image, so it is always obvious which commit and which base an image
 * came from (org.opencontainers.image.* from the image-spec annotations).
 */
const PREFIX = 'org.opencontainers.image';
/** Labels that record where the image came from: never overridden, or provenance would be a lie. */
const PROVENANCE_LABELS = [
    `${PREFIX}.revision`,
    `${PREFIX}.base.name`,
    `${PREFIX}.base.digest`,
];
function computeLabels(inputs) {
    const own = {
        [`${PREFIX}.created`]: new Date(inputs.created * 1000).toISOString(),
        [`${PREFIX}.title`]: inputs.title,
    };
    if (inputs.source.url)
        own[`${PREFIX}.source`] = inputs.source.url;
    if (inputs.source.version)
        own[`${PREFIX}.version`] = inputs.source.version;
    const provenance = {};
    if (inputs.source.revision)
        provenance[`${PREFIX}.revision`] = inputs.source.revision;
    if (inputs.base) {
        provenance[`${PREFIX}.base.name`] = inputs.base.name;
        provenance[`${PREFIX}.base.digest`] = inputs.base.digest;
    }
    const ignored = [];
    const user = {};
    for (const [key, value] of Object.entries(inputs.user)) {
        if (PROVENANCE_LABELS.includes(key))
            ignored.push(key);
        else
            user[key] = value;
    }
    return { labels: { ...own, ...user, ...provenance }, ignored };
}

// EXTERNAL MODULE: ./src/build/platform.ts
var build_platform = __webpack_require__(42161);
// EXTERNAL MODULE: ./src/input-file.ts
var input_file = __webpack_require__(31054);
;// CONCATENATED MODULE: ./src/build/build.ts
/**
 * Containerfile → OCI image: resolve the base once, build with buildah, then (when asked) export one OCI
 * layout that is both archived and pushed, so the archive and the registry hold the same digest.
 */















async function buildImage(request, deps) {
    const { buildah, log } = deps;
    const content = await readContainerfile(request.containerfile);
    await checkContext(request.context);
    const platform = request.platform ? (0,build_platform/* parsePlatform */.FL)(request.platform) : undefined;
    if (platform)
        (0,build_platform/* checkBuildable */.zf)(platform, deps.host.architecture, deps.host.binfmtHandlers);
    const baseFrom = (0,build_containerfile/* finalBaseImage */.hP)(content, request.buildArgs, request.containerfile);
    const name = (0,oci_reference/* repositoryName */.aR)(request.image);
    const localTags = request.tags.map((tag) => `${name}:${tag}`);
    // Private and registered: it holds the credentials file, which no exit path may leave behind.
    const scratch = await (0,files/* makeScratch */.lP)((0,external_node_os_.tmpdir)(), 'osimg-build-');
    const work = scratch.path;
    try {
        const credentials = request.credentials ??
            (request.push ? await (0,auth/* credentialsFromAuthFiles */.i5)(request.authFiles, request.image.registry) : undefined);
        let authfile;
        if (request.credentials) {
            authfile = (0,external_node_path_.join)(work, 'auth.json');
            await (0,promises_.writeFile)(authfile, (0,auth/* authFileContent */.KD)([{ registry: request.image.registry, credentials: request.credentials }]), {
                mode: 0o600,
            });
        }
        const tlsVerify = request.tlsVerify && !(0,oci_reference/* isLoopbackRegistry */.jW)(request.image.registry);
        const base = await log.group('Resolve base image', () => resolveBase(buildah, log, baseFrom.reference, {
            platform: request.platform,
            authfile,
            tlsVerify,
            pull: request.pull,
        }));
        const created = request.sourceDateEpoch ?? Math.floor(Date.now() / 1000);
        const { labels, ignored } = computeLabels({
            source: request.source,
            title: request.image.repository.split('/').at(-1),
            created,
            base,
            user: request.labels,
        });
        for (const key of ignored)
            log.warning(`label ${key} is set by osimg from the build's provenance; your value was ignored`);
        // Labels ride in one appended LABEL instruction (one build step); flags only where that is unsafe.
        const labelled = (0,build_containerfile/* appendLabels */.sm)(content, labels);
        let containerfile = request.containerfile;
        if (labelled !== undefined) {
            containerfile = (0,external_node_path_.join)(work, 'Containerfile');
            await (0,promises_.writeFile)(containerfile, labelled);
        }
        const ignorefile = await ignoreFileBeside(request.containerfile);
        const imageId = await log.group('Build', () => buildah
            .build({
            containerfile,
            ignorefile,
            context: request.context,
            tags: localTags,
            buildArgs: request.buildArgs,
            labels: labelled === undefined ? labels : {},
            iidfile: (0,external_node_path_.join)(work, 'iid'),
            platform: request.platform,
            isolation: request.isolation,
            layers: request.layers,
            timestamp: request.sourceDateEpoch,
            cacheFrom: request.cacheFrom,
            cacheTo: request.cacheTo,
            authfile,
            tlsVerify: tlsVerify &&
                request.cacheFrom.every((ref) => !(0,oci_reference/* isLoopbackRegistry */.jW)((0,oci_reference/* parseReference */.F2)(ref).registry)),
            pull: request.pull === 'always' ? 'missing' : request.pull, // the base was pulled above already
        }, (line) => log.info(line))
            .catch((error) => {
            throw withContainerfileLine(error, request.containerfile, containerfile, content);
        }));
        const info = await buildah.inspectImage(imageId);
        if (!info)
            throw new errors/* OsimgError */.ec(`the image ${imageId} that buildah just built is not in its storage`);
        let digest = info.digest;
        let ociArchive;
        if (request.push || request.ociArchive) {
            const layout = (0,external_node_path_.join)(work, 'layout');
            digest = await log.group('Export OCI layout', () => buildah.pushToLayout(imageId, layout, request.tags[0] ?? 'latest', (0,external_node_path_.join)(work, 'digest')));
            if (request.ociArchive) {
                ociArchive = await writeArchive(deps.tar, layout, request.ociArchive, created);
                log.info(`wrote ${ociArchive}`);
            }
            if (request.push) {
                await log.group(`Push ${name}`, async () => {
                    const client = new registry/* RegistryClient */.bP({
                        registry: request.image.registry,
                        credentials,
                        insecure: !request.tlsVerify,
                        log: (message) => log.info(message),
                        ...deps.registryOptions,
                    });
                    const pushed = await pushLayout(client, {
                        layout: new OciLayout(layout),
                        digest,
                        repository: request.image.repository,
                        tags: request.tags,
                        log: (message) => log.info(message),
                    });
                    log.info(`pushed ${name}@${digest}: ${pushed.uploadedBlobs} blobs uploaded (${formatBytes(pushed.uploadedBytes)}), ${pushed.skippedBlobs} already there`);
                });
            }
        }
        return {
            image: name,
            imageId: info.id,
            digest,
            ref: `${name}@${digest}`,
            tags: localTags,
            ociArchive,
            pushed: request.push,
            size: info.size,
            layers: info.layers,
            platform: `${info.os}/${info.architecture}`,
            base,
            labels: info.labels,
        };
    }
    finally {
        await scratch.remove();
    }
}
async function readContainerfile(path) {
    try {
        const info = await (0,promises_.stat)(path);
        if (!info.isFile())
            throw new errors/* ConfigurationError */.j1(`the Containerfile ${path} is not a file: point containerfile at the file itself`);
        return await (0,input_file/* readInputFile */.jH)(path, 'containerfile', `the Containerfile ${path}`);
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1)
            throw error;
        const code = error.code;
        if (code === 'ENOENT') {
            throw new errors/* ConfigurationError */.j1(`no Containerfile at ${path}: set containerfile to its path (relative to the working directory)`);
        }
        throw new errors/* ConfigurationError */.j1(`cannot read the Containerfile ${path} (${code ?? 'error'}): check its permissions`, { cause: error });
    }
}
async function checkContext(path) {
    const info = await (0,promises_.stat)(path).catch(() => undefined);
    if (!info?.isDirectory()) {
        throw new errors/* ConfigurationError */.j1(`the build context ${path} is not a directory: set context to the folder the Containerfile copies from`);
    }
}
async function resolveBase(buildah, log, reference, options) {
    if (reference === 'scratch') {
        log.info('the final stage starts FROM scratch: no base image');
        return undefined;
    }
    const ref = (0,oci_reference/* parseReference */.F2)(reference);
    const name = (0,oci_reference/* formatReference */.FH)(ref);
    const tlsVerify = options.tlsVerify && !(0,oci_reference/* isLoopbackRegistry */.jW)(ref.registry);
    let info;
    if (options.pull !== 'always')
        info = await buildah.inspectImage(name);
    if (!info) {
        if (options.pull === 'never') {
            throw new errors/* ConfigurationError */.j1(`the base image ${name} is not in local storage and pull is "never": pull it first or allow pulling`);
        }
        if (ref.registry === 'localhost')
            throw missingLocalBase(name);
        log.info(`pulling ${name}`);
        await buildah.pull(name, { platform: options.platform, authfile: options.authfile, tlsVerify });
        info = await buildah.inspectImage(name);
        if (!info)
            throw new errors/* OsimgError */.ec(`${name} was pulled but is not in local storage`);
    }
    log.info(`base ${name} is ${info.digest}`);
    return { name, digest: info.digest };
}
/**
 * `localhost/…` names only ever live in local storage (a pull would ask port 80 on this machine), so a
 * missing one is the user's to make; the bundled examples' base is made by `npm run example`.
 */
function missingLocalBase(name) {
    const hint = name.startsWith('localhost/osimg/')
        ? ": the bundled examples' base is made by `npm run example` (or `npm run setup`)"
        : ': build or import it first (buildah build/import, podman load), or pass another base';
    return new errors/* ConfigurationError */.j1(`the base image ${name} is not in local storage and localhost names are never pulled${hint}`);
}
/** Packs the layout next to its destination, then renames it into place: never a half-written archive. */
async function writeArchive(tar, layout, destination, mtime) {
    await (0,files/* writeAtomically */.vK)(destination, (partial) => tar.create(partial, layout, ['oci-layout', 'index.json', 'blobs'], mtime), { createDirectory: true });
    return destination;
}
/** Names the Containerfile line of a failed step, which is where the user will look. */
function withContainerfileLine(error, containerfile, used, content) {
    if (!(error instanceof buildah/* BuildStepError */.JI))
        return error;
    // Speak of the user's file, not of the labelled copy buildah was given.
    const reason = error.failure.reason.split(used).join(containerfile);
    const instruction = error.failure.instruction;
    const line = instruction ? (0,build_containerfile/* locateInstruction */.Z2)(content, instruction) : undefined;
    const where = instruction
        ? `at ${line ? `${(0,external_node_path_.basename)(containerfile)}:${line}` : (0,external_node_path_.basename)(containerfile)} (${instruction})`
        : 'before the first step';
    return new buildah/* BuildStepError */.JI(`the build failed ${where}: ${reason}`, { instruction, reason }, {
        command: error.command,
        exitCode: error.exitCode,
        stderrTail: error.stderrTail.map((text) => text.split(used).join(containerfile)),
        code: 'BUILD_FAILED',
        cause: error,
    });
}
/** A `<Containerfile>.containerignore` or `.dockerignore` beside the file (the copy given to buildah is elsewhere). */
async function ignoreFileBeside(containerfile) {
    for (const suffix of ['.containerignore', '.dockerignore']) {
        const info = await (0,promises_.stat)(`${containerfile}${suffix}`).catch(() => undefined);
        if (info?.isFile())
            return `${containerfile}${suffix}`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/build/host.ts
/**
 * Facts about the build host that pick sensible defaults: its architecture, the foreign architectures it
 * can emulate, and whether it is itself a container (where buildah's OCI isolation cannot start).
 */


function detectHost() {
    let binfmtHandlers = [];
    try {
        binfmtHandlers = (0,external_node_fs_.readdirSync)('/proc/sys/fs/binfmt_misc').filter((name) => name !== 'register' && name !== 'status');
    }
    catch {
        binfmtHandlers = [];
    }
    return { architecture: (0,build_platform/* ociArchitecture */.Jk)(process.arch), binfmtHandlers };
}
function runningInContainer() {
    if ((0,external_node_fs_.existsSync)('/.dockerenv') || (0,external_node_fs_.existsSync)('/run/.containerenv'))
        return true;
    try {
        return /docker|containerd|kubepods|libpod/.test((0,external_node_fs_.readFileSync)('/proc/1/cgroup', 'utf8'));
    }
    catch {
        return false;
    }
}
/**
 * `auto`: chroot inside containers (nested runtimes cannot create namespaces there), otherwise buildah's
 * own default (unset).
 */
function resolveIsolation(choice, inContainer) {
    if (choice !== 'auto')
        return choice;
    return inContainer ? 'chroot' : undefined;
}

;// CONCATENATED MODULE: ./src/build/report.ts
/** What a build produced, as rows (job summary, CLI) and as the `metadata` JSON output. */

function buildReportRows(result) {
    return [
        ['Image', result.image],
        ['Digest', result.digest],
        ['Image ID', result.imageId],
        ['Platform', result.platform],
        ['Size', `${formatBytes(result.size)} (${result.size} bytes)`],
        ['Layers', String(result.layers)],
        ['Base', result.base ? `${result.base.name}@${result.base.digest}` : 'scratch'],
        ['Revision', result.labels['org.opencontainers.image.revision'] ?? 'unknown'],
        ['Tags', result.tags.join(', ')],
        ['Pushed', result.pushed ? 'yes' : 'no'],
        ...(result.ociArchive ? [['OCI archive', result.ociArchive]] : []),
    ];
}
function buildMetadata(result) {
    return JSON.stringify(result);
}

// EXTERNAL MODULE: ./src/build/request.ts
var build_request = __webpack_require__(26449);
// EXTERNAL MODULE: ./src/build/source.ts
var source = __webpack_require__(66883);
// EXTERNAL MODULE: ./src/tools/git.ts
var git = __webpack_require__(90615);
// EXTERNAL MODULE: ./src/tools/tool.ts
var tool = __webpack_require__(59601);
;// CONCATENATED MODULE: ./src/tools/tar.ts

class Tar extends tool/* Tool */.N {
    installHint = 'install GNU tar (apt-get install tar)';
    constructor(exec) {
        super('tar', exec);
    }
    parseVersion(output) {
        return (0,tool/* extractSemver */.Y)(output, 'tar');
    }
    static createArgs(archive, dir, entries, mtime) {
        return [
            '--create',
            `--file=${archive}`,
            `--directory=${dir}`,
            '--sort=name',
            '--owner=0',
            '--group=0',
            '--numeric-owner',
            `--mtime=@${mtime}`,
            '--format=posix',
            '--pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime',
            '--',
            ...entries,
        ];
    }
    async create(archive, dir, entries, mtime) {
        await this.run(Tar.createArgs(archive, dir, entries, mtime));
    }
}

// EXTERNAL MODULE: ./src/values.ts
var src_values = __webpack_require__(74777);
// EXTERNAL MODULE: ./src/cli/logger.ts
var logger = __webpack_require__(12280);
;// CONCATENATED MODULE: ./src/cli/build.ts
/** `osimg build`: the build action's steps on a laptop or any CI, with the same modules. */












const BUILD_HELP = `Usage: osimg build [CONTEXT] --image NAME [options]

Build a Containerfile into an OCI image with buildah; optionally write an OCI archive and push by digest.

Options:
  -i, --image NAME            image name, e.g. ghcr.io/org/myos (required)
  -f, --file PATH             Containerfile (default: CONTEXT/Containerfile)
  -t, --tag TAG               tag to apply (repeatable; default: latest)
      --build-arg K=V         build argument (repeatable)
      --label K=V             extra label (repeatable)
      --platform OS/ARCH      target platform, e.g. linux/arm64
      --push                  push to the registry: blobs, manifest by digest, verify, then tags
      --registry HOST         registry prefix for a short image name
      --username USER         registry user (or OSIMG_REGISTRY_USERNAME)
      --password-stdin        read the registry password from stdin (or OSIMG_REGISTRY_PASSWORD)
      --tls-verify BOOL       verify registry TLS (default true; loopback registries use HTTP)
      --oci-archive PATH      also write the image as an OCI archive
      --no-cache              do not use or keep the layer cache
      --cache-from REF        registry repository to read cached layers from (repeatable)
      --cache-to REF          registry repository to write cached layers to (repeatable)
      --source-date-epoch N   timestamps for a reproducible image (default: SOURCE_DATE_EPOCH, commit time)
      --pull POLICY           base image: missing (default), always, never
      --storage-driver NAME   buildah storage driver (default: buildah's configuration)
      --root DIR              buildah storage root (default: buildah's configuration)
      --runroot DIR           buildah run root
      --isolation TYPE        auto (default), chroot, oci, rootless
      --json                  print the result as JSON on stdout
  -q, --quiet                 only errors and the result
  -h, --help                  this help

Exit codes: 0 built, 1 failed, 2 bad usage or configuration.
`;
async function buildCommand(args, context) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            image: { type: 'string', short: 'i' },
            file: { type: 'string', short: 'f' },
            tag: { type: 'string', short: 't', multiple: true },
            'build-arg': { type: 'string', multiple: true },
            label: { type: 'string', multiple: true },
            platform: { type: 'string' },
            push: { type: 'boolean' },
            registry: { type: 'string' },
            username: { type: 'string' },
            'password-stdin': { type: 'boolean' },
            'tls-verify': { type: 'string' },
            'oci-archive': { type: 'string' },
            'no-cache': { type: 'boolean' },
            'cache-from': { type: 'string', multiple: true },
            'cache-to': { type: 'string', multiple: true },
            'source-date-epoch': { type: 'string' },
            pull: { type: 'string' },
            'storage-driver': { type: 'string' },
            root: { type: 'string' },
            runroot: { type: 'string' },
            isolation: { type: 'string' },
            json: { type: 'boolean' },
            quiet: { type: 'boolean', short: 'q' },
            verbose: { type: 'boolean', short: 'v' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help) {
        context.stdout(BUILD_HELP);
        return 0;
    }
    if (positionals.length > 1)
        throw new errors/* ConfigurationError */.j1(`osimg build takes one CONTEXT directory, got ${positionals.length}: ${positionals.join(' ')}`);
    const env = context.env;
    const buildContext = positionals[0] ?? '.';
    const password = values['password-stdin']
        ? (await context.readStdin()).replace(/\r?\n$/, '')
        : (env.OSIMG_REGISTRY_PASSWORD ?? '');
    const inputs = {
        containerfile: values.file ?? `${buildContext}/Containerfile`,
        context: buildContext,
        image: values.image ?? '',
        tags: values.tag ?? [],
        buildArgs: (0,src_values/* parseKeyValues */.Hl)((values['build-arg'] ?? []).join('\n'), '--build-arg'),
        labels: (0,src_values/* parseKeyValues */.Hl)((values.label ?? []).join('\n'), '--label'),
        platform: values.platform ?? '',
        push: values.push ?? false,
        registry: values.registry ?? '',
        username: values.username ?? env.OSIMG_REGISTRY_USERNAME ?? '',
        password,
        tlsVerify: (0,src_values/* parseBoolean */.yG)(values['tls-verify'] ?? '', '--tls-verify', true),
        ociArchive: values['oci-archive'] ?? '',
        cache: !values['no-cache'],
        cacheFrom: values['cache-from'] ?? [],
        cacheTo: values['cache-to'] ?? [],
        sourceDateEpoch: values['source-date-epoch'] ?? '',
        pull: (0,src_values/* parseChoice */.HU)(values.pull ?? '', '--pull', ['missing', 'always', 'never'], 'missing'),
    };
    const isolation = (0,src_values/* parseChoice */.HU)(values.isolation ?? '', '--isolation', ['auto', 'chroot', 'oci', 'rootless'], 'auto');
    const log = new logger/* CliLogger */.f({ quiet: values.quiet ?? false, verbose: values.verbose ?? false }, context.stderr);
    const resolved = await (0,source/* resolveSource */.ev)(new git/* Git */.T(), context.cwd, {
        serverUrl: env.GITHUB_SERVER_URL,
        repository: env.GITHUB_REPOSITORY,
        sha: env.GITHUB_SHA,
        ref: env.GITHUB_REF,
    });
    const request = (0,build_request/* toBuildRequest */.DF)(inputs, {
        cwd: context.cwd,
        resolved,
        sourceDateEpochEnv: env.SOURCE_DATE_EPOCH,
        authFiles: (0,build_request/* defaultAuthFiles */.Dc)(env),
        isolation: resolveIsolation(isolation, runningInContainer()),
    });
    const result = await buildImage(request, {
        buildah: new buildah/* Buildah */.Oz({ driver: values['storage-driver'], root: values.root, runroot: values.runroot }),
        tar: new Tar(),
        log,
        host: detectHost(),
    });
    if (values.json)
        context.stdout(`${buildMetadata(result)}\n`);
    else {
        const rows = buildReportRows(result);
        const width = Math.max(...rows.map(([field]) => field.length));
        context.stdout(rows.map(([field, value]) => `${field.padEnd(width)}  ${value}`).join('\n') + '\n');
    }
    return 0;
}


/***/ }),

/***/ 53638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JI: () => (/* binding */ BuildStepError),
/* harmony export */   Oz: () => (/* binding */ Buildah)
/* harmony export */ });
/* unused harmony export explainPullFailure */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12834);
/* harmony import */ var _tool_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59601);
/**
 * buildah: builds Containerfiles daemonless, inspects and pulls images, exports them to OCI layouts.
 * Argument builders and parsers are pure and static so they are tested without the binary.
 */




/** A Containerfile step failed; the build domain adds the file and line. */
class BuildStepError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CommandError */ .Qd {
    failure;
    constructor(message, failure, details) {
        super(message, details);
        this.failure = failure;
    }
}
const NOT_FOUND = /image not known|no such image|not found|does not exist/i;
class Buildah extends _tool_js__WEBPACK_IMPORTED_MODULE_3__/* .Tool */ .N {
    storage;
    installHint = 'install buildah (Debian/Ubuntu: apt-get install buildah; Fedora: dnf install buildah)';
    constructor(storage = {}, exec) {
        super('buildah', exec);
        this.storage = storage;
    }
    parseVersion(output) {
        return (0,_tool_js__WEBPACK_IMPORTED_MODULE_3__/* .extractSemver */ .Y)(output, 'buildah');
    }
    static globalArgs(storage) {
        const args = [];
        if (storage.root)
            args.push(`--root=${storage.root}`);
        if (storage.runroot)
            args.push(`--runroot=${storage.runroot}`);
        if (storage.driver)
            args.push(`--storage-driver=${storage.driver}`);
        return args;
    }
    /** `buildah build` arguments. User values go in `--flag=value` form so none can pose as a flag. */
    static buildArgs(options) {
        const args = ['build', `--file=${options.containerfile}`, `--iidfile=${options.iidfile}`];
        args.push(options.layers ? '--layers' : '--layers=false');
        if (options.ignorefile)
            args.push(`--ignorefile=${options.ignorefile}`);
        for (const tag of options.tags)
            args.push(`--tag=${tag}`);
        for (const [key, value] of Object.entries(options.buildArgs))
            args.push(`--build-arg=${key}=${value}`);
        for (const [key, value] of Object.entries(options.labels))
            args.push(`--label=${key}=${value}`);
        if (options.platform)
            args.push(`--platform=${options.platform}`);
        if (options.isolation)
            args.push(`--isolation=${options.isolation}`);
        if (options.timestamp !== undefined)
            args.push(`--timestamp=${options.timestamp}`);
        for (const ref of options.cacheFrom ?? [])
            args.push(`--cache-from=${ref}`);
        for (const ref of options.cacheTo ?? [])
            args.push(`--cache-to=${ref}`);
        if (options.authfile)
            args.push(`--authfile=${options.authfile}`);
        if (options.tlsVerify === false)
            args.push('--tls-verify=false');
        args.push(`--pull=${Buildah.pullFlag(options.pull ?? 'missing')}`);
        // Never let the context pose as a flag, whatever its name.
        args.push(options.context.startsWith('-') ? `./${options.context}` : options.context);
        return args;
    }
    static pullFlag(policy) {
        return policy === 'missing' ? 'false' : policy;
    }
    static pullArgs(ref, options) {
        const args = ['pull', '--quiet'];
        if (options.platform)
            args.push(`--platform=${options.platform}`);
        if (options.authfile)
            args.push(`--authfile=${options.authfile}`);
        if (options.tlsVerify === false)
            args.push('--tls-verify=false');
        args.push(ref);
        return args;
    }
    static pushToLayoutArgs(imageId, layoutDir, tag, digestfile) {
        return [
            'push',
            '--quiet',
            '--format=oci',
            `--digestfile=${digestfile}`,
            imageId,
            `oci:${layoutDir}:${tag}`,
        ];
    }
    /** Parses `buildah inspect --type image` JSON. */
    static parseInspect(json) {
        let data;
        try {
            data = JSON.parse(json);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OsimgError */ .ec(`cannot read buildah inspect output: ${error.message}`, {
                cause: error,
            });
        }
        if (typeof data !== 'object' || data === null || !data.FromImageID || !data.OCIv1)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OsimgError */ .ec('buildah inspect output has no image ID or OCI config');
        return {
            id: data.FromImageID,
            digest: data.FromImageDigest ?? '',
            created: data.OCIv1.created,
            os: data.OCIv1.os ?? '',
            architecture: data.OCIv1.architecture ?? '',
            labels: data.OCIv1.config?.Labels ?? {},
            layers: data.OCIv1.rootfs?.diff_ids?.length ?? 0,
            size: manifestSize(data.Manifest),
        };
    }
    /**
     * Finds the failing step in build output: buildah prints `STEP n/m: INSTRUCTION` before each step and
     * `Error: building at STEP "...": ...` when one fails.
     */
    static parseBuildFailure(output) {
        const lines = output.split(/\r?\n/);
        const step = lines.filter((line) => /^STEP \d+(\/\d+)?: /.test(line)).at(-1);
        const instruction = step?.replace(/^STEP \d+(\/\d+)?: /, '');
        const errorLine = lines.filter((line) => /^Error: /.test(line)).at(-1);
        let reason = (errorLine ?? (0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .tailLines */ .os)(output, 1)[0] ?? 'unknown error').replace(/^Error: /, '');
        if (instruction && reason.startsWith(`building at STEP "${instruction}": `)) {
            reason = reason.slice(`building at STEP "${instruction}": `.length);
        }
        reason = reason.replace(/^while running runtime: /, '');
        return { instruction, reason };
    }
    async build(options, onLine) {
        let output = '';
        const collect = (line) => {
            output += `${line}\n`;
            if (output.length > 512 * 1024)
                output = output.slice(-256 * 1024);
            onLine?.(line);
        };
        try {
            await this.run([...Buildah.globalArgs(this.storage), ...Buildah.buildArgs(options)], {
                onStdoutLine: collect,
                onStderrLine: collect,
            });
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CommandError */ .Qd))
                throw error;
            const failure = Buildah.parseBuildFailure(output);
            const where = failure.instruction ? `at ${failure.instruction}` : 'before the first step';
            throw new BuildStepError(`the build failed ${where}: ${failure.reason}`, failure, {
                command: error.command,
                exitCode: error.exitCode,
                stderrTail: (0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .tailLines */ .os)(output),
                code: 'BUILD_FAILED',
                cause: error,
            });
        }
        const id = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(options.iidfile, 'utf8')).trim();
        if (!/^sha256:[a-f0-9]{64}$/.test(id))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OsimgError */ .ec(`buildah wrote an unexpected image ID: "${id}"`);
        return id;
    }
    /** The image in local storage, or undefined when there is none by that name or ID. */
    async inspectImage(ref) {
        try {
            const result = await this.run([...Buildah.globalArgs(this.storage), 'inspect', '--type=image', ref]);
            return Buildah.parseInspect(result.stdout);
        }
        catch (error) {
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CommandError */ .Qd && NOT_FOUND.test(error.stderrTail.join('\n')))
                return undefined;
            throw error;
        }
    }
    async pull(ref, options = {}) {
        try {
            await this.run([...Buildah.globalArgs(this.storage), ...Buildah.pullArgs(ref, options)]);
        }
        catch (error) {
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CommandError */ .Qd)
                throw explainPullFailure(ref, error);
            throw error;
        }
    }
    /** Gives a local image the name `to` and takes the name `from` off it (the image itself stays). */
    async rename(from, to) {
        const global = Buildah.globalArgs(this.storage);
        await this.run([...global, 'tag', from, to]);
        await this.run([...global, 'rmi', from]);
    }
    /** Writes the image to an OCI layout directory and returns the manifest digest there. */
    async pushToLayout(imageId, layoutDir, tag, digestfile) {
        await this.run([
            ...Buildah.globalArgs(this.storage),
            ...Buildah.pushToLayoutArgs(imageId, layoutDir, tag, digestfile),
        ]);
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(digestfile, 'utf8')).trim();
    }
}
/** Turns containers/image pull errors into sentences that say what to do. */
function explainPullFailure(ref, error) {
    const text = error.stderrTail.join('\n');
    if (/manifest unknown|name unknown|not found|repository name not known|does not exist/i.test(text)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`the base image "${ref}" was not found: check the name and tag in the FROM line, or build and push that base first`, { cause: error });
    }
    // Network failures first: their text carries addresses whose ports could look like HTTP statuses.
    if (/connection refused|no such host|i\/o timeout|network is unreachable|server gave HTTP response to HTTPS client/i.test(text)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OsimgError */ .ec(`cannot reach the registry of the base image "${ref}": ${(0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .tailLines */ .os)(text, 1)[0] ?? ''}`, {
            code: 'REGISTRY',
            cause: error,
        });
    }
    if (/unauthorized|authentication required|denied|\b40[13]\b/i.test(text)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OsimgError */ .ec(`pulling the base image "${ref}" was refused: give credentials for its registry (username/password, or log in first)`, { code: 'AUTH', cause: error });
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OsimgError */ .ec(`pulling the base image "${ref}" failed: ${(0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .tailLines */ .os)(text, 1)[0] ?? error.message}`, {
        code: 'REGISTRY',
        cause: error,
    });
}
/** Config plus layer sizes of a stored manifest (JSON text); 0 when it cannot be read. */
function manifestSize(text) {
    const sizeOf = (descriptor) => {
        const size = descriptor?.size;
        return typeof size === 'number' && Number.isFinite(size) ? size : 0;
    };
    try {
        const manifest = JSON.parse(text ?? '{}');
        const layers = Array.isArray(manifest?.layers) ? manifest.layers : [];
        return sizeOf(manifest?.config) + layers.reduce((sum, layer) => sum + sizeOf(layer), 0);
    }
    catch {
        return 0;
    }
}


/***/ }),

/***/ 90615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ Git)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _tool_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59601);
/**
 * git: where the CLI learns which commit and repository an image comes from (Actions gets it from the
 * GitHub context instead).
 */


class Git extends _tool_js__WEBPACK_IMPORTED_MODULE_1__/* .Tool */ .N {
    installHint = 'install git (apt-get install git)';
    constructor(exec) {
        super('git', exec);
    }
    parseVersion(output) {
        return (0,_tool_js__WEBPACK_IMPORTED_MODULE_1__/* .extractSemver */ .Y)(output, 'git');
    }
    static parseHeadCommit(output) {
        const [revision, time] = output.trim().split('\n');
        if (!revision || !/^[0-9a-f]{40,64}$/.test(revision) || !time || !/^\d+$/.test(time))
            return undefined;
        return { revision, commitTime: Number(time) };
    }
    /** `git@github.com:org/repo.git` and friends → `https://github.com/org/repo`, without credentials. */
    static normaliseRemote(url) {
        const text = url.trim();
        const scp = /^[\w.-]+@([\w.-]+):(.+?)(?:\.git)?\/?$/.exec(text);
        if (scp)
            return `https://${scp[1]}/${scp[2]}`;
        try {
            const parsed = new URL(text);
            if (!['https:', 'http:', 'ssh:', 'git:'].includes(parsed.protocol))
                return undefined;
            // An ssh port says nothing about where the web view lives; an http(s) port does.
            const host = parsed.protocol.startsWith('http') ? parsed.host : parsed.hostname;
            return `https://${host}${parsed.pathname.replace(/\.git\/?$/, '').replace(/\/$/, '')}`;
        }
        catch {
            return undefined;
        }
    }
    /** The HEAD commit of the repository containing `dir`, or undefined outside a git checkout. */
    async headCommit(dir) {
        try {
            const result = await this.run(['-C', dir, 'log', '-1', '--format=%H%n%ct']);
            return Git.parseHeadCommit(result.stdout);
        }
        catch (error) {
            if (isUnavailable(error))
                return undefined;
            throw error;
        }
    }
    /**
     * One file of a remote repository at a ref, without a checkout: fetch the ref shallowly into an empty
     * repository and show the file. A token goes in an HTTP header through git's environment, never argv.
     */
    async readRemoteFile(url, ref, path, scratch, token) {
        const env = { GIT_TERMINAL_PROMPT: '0' };
        if (token) {
            env.GIT_CONFIG_COUNT = '1';
            env.GIT_CONFIG_KEY_0 = 'http.extraHeader';
            env.GIT_CONFIG_VALUE_0 = `Authorization: Basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
        }
        await this.run(['init', '-q', scratch]);
        try {
            await this.run(['-C', scratch, 'fetch', '--depth=1', '--no-tags', '-q', '--', url, ref], {
                env,
                timeoutMs: 120_000,
            });
        }
        catch (error) {
            const detail = error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandError */ .Qd ? (error.stderrTail.at(-1) ?? error.message) : String(error);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`cannot fetch ${ref} from ${url}: ${detail}; check the repository, the ref, and that the token may read it`, { cause: error });
        }
        try {
            return (await this.run(['-C', scratch, 'show', `FETCH_HEAD:${path}`])).stdout;
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${url} has no file ${path} at ${ref}: check the policy path`, {
                cause: error,
            });
        }
    }
    async remoteUrl(dir, remote = 'origin') {
        try {
            const result = await this.run(['-C', dir, 'remote', 'get-url', remote]);
            return Git.normaliseRemote(result.stdout);
        }
        catch (error) {
            if (isUnavailable(error))
                return undefined;
            throw error;
        }
    }
}
/** Not a checkout, no such remote, or no git at all: the source is simply unknown, never an error. */
function isUnavailable(error) {
    return error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandError */ .Qd || (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OsimgError */ .ec && error.code === 'TOOL_NOT_FOUND');
}


/***/ })

};
