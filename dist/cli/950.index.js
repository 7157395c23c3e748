export const id = 950;
export const ids = [950];
export const modules = {

/***/ 40950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DISK_HELP: () => (/* binding */ DISK_HELP),
  diskCommand: () => (/* binding */ diskCommand)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/disk/backend.ts
var backend = __webpack_require__(21553);
// EXTERNAL MODULE: ./src/disk/builder.ts + 11 modules
var builder = __webpack_require__(21311);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/tools/image-builder.ts
var image_builder = __webpack_require__(32580);
// EXTERNAL MODULE: ./src/disk/files.ts
var disk_files = __webpack_require__(27262);
// EXTERNAL MODULE: ./src/disk/layout.ts
var layout = __webpack_require__(85495);
// EXTERNAL MODULE: ./src/disk/rootfs.ts
var rootfs = __webpack_require__(11594);
;// CONCATENATED MODULE: ./src/disk/image-builder-backend.ts
/**
 * The image-builder backend: bootc (ostree) images are made into disks by osbuild — `image-builder build
 * --bootc-ref` where it is installed, else the bootc-image-builder container through podman — as root
 * (through sudo when osimg is not root). One run per type, each into its own private directory inside the
 * output directory; the one disk file a run leaves (osbuild's export layout, e.g. qcow2/disk.qcow2,
 * image/disk.raw, bootiso/install.iso, or a flat NAME.qcow2) becomes NAME.EXT beside the built-in
 * builder's outputs, with the same sizes and SHA-256. On any failure nothing of this run is left.
 */








/** The file a run leaves, by extension, and the name osimg gives it. */
const OUTPUT = {
    qcow2: { extension: '.qcow2', target: 'qcow2' },
    raw: { extension: '.raw', target: 'raw' },
    ami: { extension: '.raw', target: 'ami.raw' },
    vmdk: { extension: '.vmdk', target: 'vmdk' },
    vhd: { extension: '.vhd', target: 'vhd' },
    'anaconda-iso': { extension: '.iso', target: 'installer.iso' },
};
/** The reference image-builder reads: root's container storage or a registry (it pulls itself). */
function bootcReference(source) {
    if (source.kind === 'storage')
        return source.name;
    if (source.kind === 'registry')
        return source.ref;
    throw new errors/* ConfigurationError */.j1(`image-builder reads bootc images from a registry or root's container storage, not ${(0,rootfs/* describeSource */.B6)(source)}: push it (docker://REF) or load it with \`sudo podman load\``);
}
function bootcTypes(formats) {
    const other = formats.find((format) => !image_builder/* BOOTC_IMAGE_TYPES */.mX.includes(format));
    if (other)
        throw new errors/* ConfigurationError */.j1(`image-builder makes ${image_builder/* BOOTC_IMAGE_TYPES */.mX.join(', ')} from bootc images, not ${other}${other === 'iso' ? ' (a bootc image gets the installer ISO: anaconda-iso)' : ''}`);
    return formats;
}
async function listFiles(dir) {
    const entries = await (0,promises_.readdir)(dir, { recursive: true, withFileTypes: true });
    return entries.filter((entry) => entry.isFile()).map((entry) => (0,external_node_path_.join)(entry.parentPath, entry.name));
}
async function buildWithImageBuilder(request, image, deps) {
    if (request.rootFilesystem === 'erofs')
        throw new errors/* ConfigurationError */.j1("root-filesystem erofs is the built-in builder's read-only root; image-builder makes the root filesystem the bootc image asks for (ext4, xfs, btrfs)");
    const types = bootcTypes(request.formats);
    const ref = bootcReference(request.source);
    const useCli = await deps.imageBuilder.isAvailable();
    const tool = useCli ? 'image-builder' : `podman (${deps.bootcImageBuilder.builderImage})`;
    await (0,promises_.mkdir)(request.outputDir, { recursive: true });
    await deps.prepareHost(request.outputDir);
    const privateDir = (0,external_node_path_.join)(request.outputDir, `.${request.name}.image-builder-${process.pid}`);
    const finished = [];
    try {
        await (0,promises_.mkdir)(privateDir);
        const config = (0,external_node_path_.join)(privateDir, 'config.toml');
        await (0,promises_.writeFile)(config, (0,backend/* bootcConfigToml */.ag)({
            users: [],
            kernelArgs: request.kernelArgs,
            filesystems: request.size ? { '/': `${Math.floor(request.size / layout/* MIB */.D6)} MiB` } : {},
            allowSshKeys: false,
        }), { mode: 0o600 });
        const files = [];
        for (const type of types) {
            const outputDir = (0,external_node_path_.join)(privateDir, type);
            await (0,promises_.mkdir)(outputDir);
            const build = {
                ref,
                types: [type],
                outputDir,
                config,
                rootfs: request.rootFilesystem,
                authfile: request.authfile,
                tlsVerify: request.tlsVerify,
            };
            const progress = deps.progress;
            const onLine = (line) => {
                deps.log.debug(line);
                progress?.({ phase: `${tool} ${type}`, done: 0, total: 0 });
            };
            await deps.log.group(`${tool}: ${type} from ${ref}`, () => useCli ? deps.imageBuilder.build(build, onLine) : deps.bootcImageBuilder.build(build, onLine));
            if (deps.uid !== 0)
                await deps.chown.recursive(outputDir, deps.uid, deps.gid);
            const made = (await listFiles(outputDir)).filter((path) => path.endsWith(OUTPUT[type].extension));
            if (made.length !== 1) {
                const all = (await listFiles(outputDir)).map((path) => (0,external_node_path_.relative)(outputDir, path));
                throw new errors/* OsimgError */.ec(`${tool} finished but left ${made.length === 0 ? 'no' : made.length} ${OUTPUT[type].extension} file${made.length === 1 ? '' : 's'} for ${type} (found: ${all.join(', ') || 'nothing'})`);
            }
            const target = (0,external_node_path_.join)(request.outputDir, `${request.name}.${OUTPUT[type].target}`);
            await (0,promises_.rename)(made[0], target);
            finished.push(target);
            deps.log.info(`${type}: ${target} (from ${(0,external_node_path_.relative)(outputDir, made[0])})`);
            files.push({
                path: target,
                format: type,
                ...(await (0,disk_files/* fileSizes */.ph)(target)),
                sha256: await (0,disk_files/* sha256File */.Q3)(target),
            });
        }
        for (const file of files)
            deps.log.info(`${file.path}: sha256 ${file.sha256}`);
        return {
            image: image.name,
            digest: image.digest,
            backend: 'image-builder',
            kernelVersion: image.labels['ostree.linux'] ?? '',
            cmdline: request.kernelArgs.join(' '),
            rootFilesystem: request.rootFilesystem,
            contentBytes: 0,
            files,
            partitions: [],
        };
    }
    catch (error) {
        for (const path of finished)
            await (0,promises_.rm)(path, { force: true });
        throw error;
    }
    finally {
        // Files the root-run tool left: handed back first, so this user may remove them.
        if (deps.uid !== 0)
            await deps.chown.recursive(privateDir, deps.uid, deps.gid).catch(() => undefined);
        await (0,promises_.rm)(privateDir, { recursive: true, force: true }).catch((error) => deps.log.warning(`could not remove ${privateDir}: ${String(error)}`));
    }
}

;// CONCATENATED MODULE: ./src/disk/make-disks.ts
/**
 * The disk front door for the action and the CLI: the built-in builder, or osbuild's image-builder for
 * bootc images — asked for (backend image-builder), or found by the built-in builder under backend auto
 * (the image's containers.bootc / ostree.bootable label) before it writes anything.
 */




async function makeDisks(request, deps) {
    if (request.backend === 'image-builder')
        return buildWithImageBuilder(request, await knownImage(request, deps), deps);
    try {
        return await (0,builder/* buildDisk */.up)(request, deps);
    }
    catch (error) {
        if (!(error instanceof backend/* BootcImageError */.X_))
            throw error;
        deps.log.info(`${error.image} is a bootc image (backend auto): its disks are made by image-builder`);
        return buildWithImageBuilder(request, { name: error.image, digest: error.digest, labels: error.labels }, deps);
    }
}
/** Labels and digest from local storage when the image is there (image-builder reads it from there too). */
async function knownImage(request, deps) {
    const name = (0,rootfs/* describeSource */.B6)(request.source);
    if (request.source.kind !== 'storage')
        return { name, digest: '', labels: {} };
    const info = await deps.buildah.inspectImage(request.source.name).catch(() => undefined);
    return { name, digest: info?.digest ?? '', labels: info?.labels ?? {} };
}

;// CONCATENATED MODULE: ./src/disk/report.ts

/** The action's outputs, by name (disk/action.yml declares exactly these). */
function diskOutputs(result) {
    const pathOf = (format) => result.files.find((file) => file.format === format)?.path ?? '';
    return {
        paths: result.files.map((file) => file.path).join('\n'),
        formats: result.files.map((file) => file.format).join(','),
        raw: pathOf('raw'),
        qcow2: pathOf('qcow2'),
        vmdk: pathOf('vmdk'),
        vhd: pathOf('vhd'),
        iso: pathOf('iso'),
        sha256: result.files.map((file) => `${file.sha256}  ${file.path}`).join('\n'),
        'kernel-version': result.kernelVersion,
        cmdline: result.cmdline,
        digest: result.digest,
        metadata: diskMetadata(result),
    };
}
function diskMetadata(result) {
    return JSON.stringify(result);
}
function diskReportRows(result) {
    return [
        ['image', result.image],
        ['digest', result.digest],
        ['backend', result.backend],
        ['kernel', result.kernelVersion],
        ['cmdline', result.cmdline],
        [
            'root filesystem',
            result.readOnlyRoot
                ? `${result.rootFilesystem} (read-only; /var: ${result.readOnlyRoot.state}, /etc: ${result.readOnlyRoot.etc})`
                : result.rootFilesystem,
        ],
        ['content', (0,layout/* formatMiB */.av)(result.contentBytes)],
        ...result.files.map((file) => [
            file.format,
            `${file.path} (${(0,layout/* formatMiB */.av)(file.bytes)}, ${(0,layout/* formatMiB */.av)(file.allocated)} allocated) sha256:${file.sha256}`,
        ]),
    ];
}

// EXTERNAL MODULE: ./src/disk/request.ts
var disk_request = __webpack_require__(19776);
// EXTERNAL MODULE: ./src/disk/tools.ts + 7 modules
var tools = __webpack_require__(41599);
// EXTERNAL MODULE: ./src/values.ts
var src_values = __webpack_require__(74777);
// EXTERNAL MODULE: ./src/cli/logger.ts
var logger = __webpack_require__(12280);
;// CONCATENATED MODULE: ./src/cli/progress.ts
function describe(event) {
    if (event.total > 0)
        return `${event.phase} ${Math.min(100, Math.floor((event.done / event.total) * 100))}%`;
    return event.done > 0 ? `${event.phase} ${Math.floor(event.done / (1024 * 1024))} MiB` : event.phase;
}
function progressRenderer(options) {
    const now = options.now ?? Date.now;
    const interval = options.intervalMs ?? 10_000;
    let phase = '';
    let lastLine = 0;
    let drawn = '';
    return (event) => {
        if (event.phase === 'done') {
            if (options.isTTY && drawn)
                options.write('\r\x1b[K');
            drawn = '';
            phase = '';
            return;
        }
        const text = describe(event);
        if (options.isTTY) {
            if (text !== drawn)
                options.write(`\r\x1b[K${text}`);
            drawn = text;
            return;
        }
        const time = now();
        if (event.phase !== phase || time - lastLine >= interval) {
            options.write(`progress: ${text}\n`);
            phase = event.phase;
            lastLine = time;
        }
    };
}

;// CONCATENATED MODULE: ./src/cli/disk.ts
/** `osimg disk`: the disk action's steps on a laptop or any CI, with the same modules. */










const DISK_HELP = `Usage: osimg disk IMAGE [options]

Make bootable UEFI disk images (GPT, systemd-boot) from an OS image, without loop devices or mounts.
IMAGE is a name in local storage, oci-archive:PATH, oci:DIR[:TAG], docker://REF, or a path to an
OCI archive or layout. Needs uid 0: run as root, or rootless as 'buildah unshare osimg disk ...'.
bootc images (labelled containers.bootc=1 or ostree.bootable) are made by osbuild's image-builder
(or bootc-image-builder through podman), as root through sudo; credentials via REGISTRY_AUTH_FILE.

Options:
  -f, --format FORMAT         raw (default), qcow2, vmdk, vhd, iso (hybrid, erofs root) — repeatable or
                              comma-separated; bootc images also ami, anaconda-iso
  -o, --output-dir DIR        where the disks go (default: osimg-disk)
      --name NAME             file name without extension (default: disk)
      --root-filesystem FS    ext4 (default, writable), erofs (read-only root) or initramfs (the
                              whole root in RAM: images with no systemd; docs/minimal.md)
      --state MODE            erofs only: where /var lives: tmpfs (default) or partition
      --etc MODE              erofs only: overlay (default: writable /etc, changes kept with /var)
                              or readonly
      --state-size SIZE       size of the /var partition (default: auto)
      --size SIZE             whole disk size, e.g. 8G (default: auto = content + headroom)
      --headroom PERCENT      free space on an automatic ext4 root, in % of the content (default 25)
      --kernel-args ARGS      kernel command line after root= (default: "console=tty0 console=ttyS0,115200")
      --source-date-epoch N   timestamps in the disk (default: SOURCE_DATE_EPOCH, else the image's creation time)
      --backend NAME          auto (default: image-builder for bootc images, else builtin), builtin,
                              or image-builder
      --tls-verify BOOL       verify registry TLS for docker:// sources (default true)
      --storage-driver NAME   buildah storage driver (default: buildah's configuration)
      --root DIR              buildah storage root (default: buildah's configuration)
      --runroot DIR           buildah run root
      --json                  print the result as JSON on stdout
  -q, --quiet                 only errors and the result (no progress)
  -h, --help                  this help

Exit codes: 0 made, 1 failed, 2 bad usage or configuration.
`;
const NAMES = {
    image: 'IMAGE',
    formats: '--format',
    outputDir: '--output-dir',
    name: '--name',
    rootFilesystem: '--root-filesystem',
    state: '--state',
    etc: '--etc',
    stateSize: '--state-size',
    size: '--size',
    headroom: '--headroom',
    kernelArgs: '--kernel-args',
    sourceDateEpoch: '--source-date-epoch',
    backend: '--backend',
};
async function diskCommand(args, context) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            format: { type: 'string', short: 'f', multiple: true },
            'output-dir': { type: 'string', short: 'o' },
            name: { type: 'string' },
            'root-filesystem': { type: 'string' },
            state: { type: 'string' },
            etc: { type: 'string' },
            'state-size': { type: 'string' },
            size: { type: 'string' },
            headroom: { type: 'string' },
            'kernel-args': { type: 'string' },
            'source-date-epoch': { type: 'string' },
            'tls-verify': { type: 'string' },
            backend: { type: 'string' },
            'storage-driver': { type: 'string' },
            root: { type: 'string' },
            runroot: { type: 'string' },
            json: { type: 'boolean' },
            quiet: { type: 'boolean', short: 'q' },
            verbose: { type: 'boolean', short: 'v' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help) {
        context.stdout(DISK_HELP);
        return 0;
    }
    if (positionals.length !== 1)
        throw new errors/* ConfigurationError */.j1(`osimg disk takes one IMAGE, got ${positionals.length}${positionals.length ? `: ${positionals.join(' ')}` : ''}: run with --help for the forms`);
    const request = await (0,disk_request/* toDiskRequest */.Sn)({
        image: positionals[0],
        formats: (values.format ?? []).join(','),
        outputDir: values['output-dir'] ?? '',
        name: values.name ?? '',
        rootFilesystem: values['root-filesystem'] ?? '',
        state: values.state ?? '',
        etc: values.etc ?? '',
        stateSize: values['state-size'] ?? '',
        size: values.size ?? '',
        headroom: values.headroom ?? '',
        kernelArgs: values['kernel-args'] ?? '',
        sourceDateEpoch: values['source-date-epoch'] ?? '',
        tlsVerify: (0,src_values/* parseBoolean */.yG)(values['tls-verify'] ?? '', '--tls-verify', true),
        backend: values.backend ?? '',
    }, {
        cwd: context.cwd,
        names: NAMES,
        sourceDateEpochEnv: context.env.SOURCE_DATE_EPOCH,
        authfileEnv: context.env.REGISTRY_AUTH_FILE,
    });
    const log = new logger/* CliLogger */.f({ quiet: values.quiet ?? false, verbose: values.verbose ?? false }, context.stderr);
    const uid = process.getuid?.() ?? -1;
    const result = await makeDisks(request, {
        ...(0,tools/* defaultDiskTools */.q5)({ driver: values['storage-driver'], root: values.root, runroot: values.runroot }),
        ...(0,tools/* defaultImageBuilderTools */.NO)({ uid, gid: process.getgid?.() ?? -1, githubHosted: false, log }),
        log,
        progress: values.quiet
            ? undefined
            : progressRenderer({ write: context.stderr, isTTY: process.stderr.isTTY === true }),
        tempDir: context.env.TMPDIR ?? (0,external_node_os_.tmpdir)(),
        uid,
    });
    if (values.json)
        context.stdout(`${diskMetadata(result)}\n`);
    else {
        const rows = diskReportRows(result);
        const width = Math.max(...rows.map(([field]) => field.length));
        context.stdout(rows.map(([field, value]) => `${field.padEnd(width)}  ${value}`).join('\n') + '\n');
    }
    return 0;
}


/***/ })

};
