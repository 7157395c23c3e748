export const id = 762;
export const ids = [762];
export const modules = {

/***/ 21553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X_: () => (/* binding */ BootcImageError),
/* harmony export */   ag: () => (/* binding */ bootcConfigToml),
/* harmony export */   bg: () => (/* binding */ isBootcImage)
/* harmony export */ });
/* unused harmony export selectBackend */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * Which builder makes the disk. bootc/ostree images carry their own deployment layout and bootloader
 * setup, which osbuild's image-builder knows; everything else gets osimg's rootless built-in builder.
 */

/** The built-in builder met a bootc image under backend auto: image-builder makes its disks instead. */
class BootcImageError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 {
    image;
    digest;
    labels;
    constructor(image, digest, labels) {
        super(`${image} is a bootc image: its disks are made by osbuild's image-builder (backend image-builder); set backend to builtin to use osimg's builder anyway`);
        this.image = image;
        this.digest = digest;
        this.labels = labels;
    }
}
/** Labels bootc (containers.bootc=1) and ostree-native images (ostree.bootable) carry. */
function isBootcImage(labels) {
    const truthy = (value) => value === '1' || value === 'true';
    return truthy(labels['containers.bootc']) || truthy(labels['ostree.bootable']);
}
function selectBackend(requested, labels) {
    if (requested !== 'auto')
        return requested;
    return isBootcImage(labels) ? 'image-builder' : 'builtin';
}
function tomlString(value) {
    return JSON.stringify(value); // a TOML basic string is a JSON string for the characters we allow
}
/** bootc-image-builder's config.toml. Passwords are never accepted: images are replaced, not logged into. */
function bootcConfigToml(config) {
    const lines = [];
    for (const user of config.users) {
        if (!/^[a-z_][a-z0-9_-]{0,31}$/.test(user.name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`"${user.name}" is not a valid user name (lower case letters, digits, _ and -)`);
        if (user.key && !config.allowSshKeys)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`user ${user.name} has an SSH key but the policy does not allow SSH logins: remove the key or allow SSH in the policy`);
        lines.push('[[customizations.user]]', `name = ${tomlString(user.name)}`);
        if (user.key)
            lines.push(`key = ${tomlString(user.key)}`);
        if (user.groups?.length)
            lines.push(`groups = [${user.groups.map(tomlString).join(', ')}]`);
        lines.push('');
    }
    for (const [mountpoint, minsize] of Object.entries(config.filesystems)) {
        if (!mountpoint.startsWith('/'))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`filesystem mount point "${mountpoint}" must be an absolute path`);
        lines.push('[[customizations.filesystem]]', `mountpoint = ${tomlString(mountpoint)}`, `minsize = ${tomlString(minsize)}`, '');
    }
    if (config.kernelArgs.length > 0) {
        lines.push('[customizations.kernel]', `append = ${tomlString(config.kernelArgs.join(' '))}`, '');
    }
    return lines.join('\n');
}


/***/ }),

/***/ 91159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ compareKernelVersions),
/* harmony export */   l: () => (/* binding */ findBootFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/**
 * Finds the kernel and initramfs inside an image's root filesystem, where Debian/Ubuntu (`/boot/vmlinuz-*`,
 * `/boot/initrd.img-*`), Fedora (`/boot/initramfs-*.img`) and bootc images (`/usr/lib/modules/<kver>/vmlinuz`
 * and `initramfs.img`) put them. Symlinks are not followed: in an unpacked image an absolute link points
 * at the host.
 */



async function isFile(path) {
    return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(path).catch(() => undefined))?.isFile() ?? false;
}
async function list(dir) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir).catch(() => []);
}
/** Orders kernel versions the way humans do: 6.1.0-10 before 6.1.0-9 is wrong, so compare number runs. */
function compareKernelVersions(a, b) {
    return a.localeCompare(b, 'en', { numeric: true });
}
async function candidates(root) {
    const found = [];
    const modules = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'usr/lib/modules');
    for (const version of await list(modules)) {
        const kernel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(modules, version, 'vmlinuz');
        if (!(await isFile(kernel)))
            continue;
        const initrd = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(modules, version, 'initramfs.img');
        found.push({ kernelVersion: version, kernel, initrd: (await isFile(initrd)) ? initrd : undefined });
    }
    if (found.length > 0)
        return found; // the bootc layout wins: /boot may be stale or empty there
    const boot = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'boot');
    const names = await list(boot);
    for (const name of names) {
        const match = /^vmlinuz-(.+)$/.exec(name);
        if (!match || !(await isFile((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(boot, name))))
            continue;
        const version = match[1];
        let initrd;
        for (const candidate of [`initrd.img-${version}`, `initramfs-${version}.img`, `initrd-${version}`]) {
            if (names.includes(candidate) && (await isFile((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(boot, candidate))))
                initrd = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(boot, candidate);
        }
        found.push({ kernelVersion: version, kernel: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(boot, name), initrd });
    }
    return found;
}
/** The newest kernel in the image (and its initramfs), or a ConfigurationError saying how to get one. */
async function findBootFiles(root) {
    const found = await candidates(root);
    if (found.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('this image is not bootable: no kernel found in /boot (vmlinuz-*) or /usr/lib/modules/<version>/vmlinuz; install a kernel in the Containerfile (e.g. linux-image-amd64 on Debian, kernel on Fedora)');
    }
    return found.sort((a, b) => compareKernelVersions(b.kernelVersion, a.kernelVersion))[0];
}


/***/ }),

/***/ 21311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  QC: () => (/* binding */ BOOTC_ONLY_FORMATS),
  R3: () => (/* binding */ DISK_FORMATS),
  up: () => (/* binding */ buildDisk)
});

// UNUSED EXPORTS: kernelCommandLine

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/disk/backend.ts
var disk_backend = __webpack_require__(21553);
// EXTERNAL MODULE: ./src/disk/boot-files.ts
var boot_files = __webpack_require__(91159);
// EXTERNAL MODULE: ./src/disk/esp.ts
var disk_esp = __webpack_require__(8997);
// EXTERNAL MODULE: ./src/scratch/files.ts
var scratch_files = __webpack_require__(54865);
// EXTERNAL MODULE: ./src/disk/files.ts
var disk_files = __webpack_require__(27262);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/disk/identity.ts
/**
 * Every identifier a disk carries (disk GUID, PARTUUIDs, filesystem UUIDs, the ext4 hash seed, the FAT
 * serial) derived from the image digest and the disk options by hashing: the same image and options give
 * the same disk, byte for byte, and different ones never collide by accident.
 */

function digestOf(seed, purpose) {
    return (0,external_node_crypto_.createHash)('sha256').update(`osimg-disk\0${seed}\0${purpose}`).digest();
}
/** A version-4-shaped UUID (RFC 9562 bits set) from hashed bytes, lower case. */
function uuidFrom(seed, purpose) {
    const bytes = digestOf(seed, purpose).subarray(0, 16);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
/** `seed` names the content: the image digest plus everything that changes the disk (see builder). */
function deriveIdentity(seed) {
    return {
        diskGuid: uuidFrom(seed, 'disk'),
        espPartUuid: uuidFrom(seed, 'esp-partition'),
        rootPartUuid: uuidFrom(seed, 'root-partition'),
        varPartUuid: uuidFrom(seed, 'var-partition'),
        rootFsUuid: uuidFrom(seed, 'root-filesystem'),
        varFsUuid: uuidFrom(seed, 'var-filesystem'),
        ext4HashSeed: uuidFrom(seed, 'ext4-hash-seed'),
        espSerial: digestOf(seed, 'esp-serial').subarray(0, 4).toString('hex'),
    };
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/disk/cpio.ts
/**
 * A minimal writer for the "newc" cpio format the Linux kernel unpacks as an initramfs: directories,
 * regular files and symlinks, root-owned, one fixed time, inode numbers in order — so the same input
 * gives the same bytes.
 */
const TYPE_BITS = { dir: 0o040000, file: 0o100000, symlink: 0o120000 };
function pad4(length) {
    return Buffer.alloc((4 - (length % 4)) % 4);
}
function header(fields, name) {
    const hex = fields.map((value) => value.toString(16).padStart(8, '0')).join('');
    const nameBytes = Buffer.from(`${name}\0`);
    const head = Buffer.from(`070701${hex}`);
    return Buffer.concat([head, nameBytes, pad4(head.length + nameBytes.length)]);
}
function cpioNewc(entries, mtime) {
    const parts = [];
    let inode = 1;
    const add = (name, mode, data, nlink) => {
        const nameSize = Buffer.byteLength(name) + 1;
        // ino mode uid gid nlink mtime filesize devmajor devminor rdevmajor rdevminor namesize check
        parts.push(header([inode++, mode, 0, 0, nlink, mtime, data.length, 0, 0, 0, 0, nameSize, 0], name));
        parts.push(data, pad4(data.length));
    };
    for (const entry of entries) {
        if (entry.name.startsWith('/') || entry.name.length === 0)
            throw new Error(`cpio entry names are relative: "${entry.name}"`);
        const data = entry.type === 'dir' ? Buffer.alloc(0) : (entry.data ?? Buffer.alloc(0));
        add(entry.name, TYPE_BITS[entry.type] | (entry.mode & 0o7777), data, entry.type === 'dir' ? 2 : 1);
    }
    inode = 0;
    add('TRAILER!!!', 0, Buffer.alloc(0), 1);
    return Buffer.concat(parts);
}

// EXTERNAL MODULE: ./src/disk/layout.ts
var disk_layout = __webpack_require__(85495);
;// CONCATENATED MODULE: ./src/disk/initramfs-root.ts
/**
 * root-filesystem initramfs: the whole image root carried as the initramfs, for images with no systemd and
 * no initramfs generator (a kernel, a small init and one service). The kernel unpacks the archive into RAM
 * and starts the image's init (`rdinit=`), so nothing has to be mounted and no driver has to be loaded
 * before the init runs — Debian's kernel has virtio-blk and every filesystem as modules, which a kernel
 * alone cannot mount a root partition with. The disk then holds only the ESP (loader, kernel, archive).
 *
 * Owners are root (cpio.ts writes uid/gid 0); permission bits, setuid included, are the image's. Device
 * nodes, FIFOs and sockets are left out: the kernel's own initramfs already gives /dev/console, and the
 * init mounts devtmpfs. /boot stays empty: the boot loader has the kernel from the ESP.
 */






/** The image's init, started by the kernel from the archive; kernel-args may name another (rdinit=). */
const INITRAMFS_INIT = '/sbin/init';
/** The whole root sits in the guest's RAM: past this, an ext4 or erofs root is the better choice. */
const MAX_INITRAMFS_CONTENT = 512 * disk_layout/* MIB */.D6;
async function walk(root, relative, entries, out) {
    const names = (await (0,promises_.readdir)((0,external_node_path_.join)(root, relative))).sort();
    for (const name of names) {
        const path = relative ? `${relative}/${name}` : name;
        const full = (0,external_node_path_.join)(root, path);
        const info = await (0,promises_.lstat)(full);
        const mode = info.mode & 0o7777;
        if (info.isDirectory()) {
            entries.push({ name: path, type: 'dir', mode });
            // The kernel is on the ESP already: a second copy in the archive would be loaded and unpacked for nothing.
            if (path === 'boot')
                continue;
            await walk(root, path, entries, out);
        }
        else if (info.isSymbolicLink()) {
            entries.push({ name: path, type: 'symlink', mode: 0o777, data: Buffer.from(await (0,promises_.readlink)(full)) });
        }
        else if (info.isFile()) {
            out.contentBytes += info.size;
            if (out.contentBytes > MAX_INITRAMFS_CONTENT) {
                throw new errors/* ConfigurationError */.j1(`root-filesystem initramfs holds the whole root in the guest's memory and this image has more than ${(0,disk_layout/* formatMiB */.av)(MAX_INITRAMFS_CONTENT)} of files: use root-filesystem ext4 or erofs`);
            }
            entries.push({ name: path, type: 'file', mode, data: await (0,promises_.readFile)(full) });
        }
        else {
            out.skipped.push(`/${path}`);
        }
    }
}
/** The image root as a gzip'd newc cpio; same root and epoch → same bytes. */
async function initramfsRoot(rootDir, epoch) {
    const out = { archive: Buffer.alloc(0), contentBytes: 0, skipped: [] };
    const entries = [];
    await walk(rootDir, '', entries, out);
    const init = entries.find((entry) => entry.name === INITRAMFS_INIT.slice(1));
    if (!init) {
        throw new errors/* ConfigurationError */.j1(`root-filesystem initramfs starts ${INITRAMFS_INIT}, and this image has none: add an init (a static binary or a script) at ${INITRAMFS_INIT}`);
    }
    // gzip level 6: a few seconds less than 9 for a minimal root, and the kernel unpacks either.
    out.archive = (0,external_node_zlib_.gzipSync)(cpioNewc(entries, epoch), { level: 6 });
    return out;
}
/** The kernel command line of an initramfs root: no root= (there is no root partition), the image's init. */
function initramfsKernelArgs() {
    return [`rdinit=${INITRAMFS_INIT}`];
}

;// CONCATENATED MODULE: ./src/disk/iso.ts
/**
 * The ISO output: a hybrid ISO 9660 image made by xorriso from the parts of the raw disk.
 *
 * - EFI El Torito boot: the boot image is the disk's EFI system partition (systemd-boot, the entry, the
 *   kernel and initramfs) as a file in the ISO 9660 tree, so firmware booting the file as a CD starts the
 *   same loader;
 * - a GPT in which that ESP file is a partition and the read-only (erofs) root, appended after the ISO
 *   volume, another one whose PARTUUID is the raw disk's root PARTUUID: the ESP's entry
 *   (`root=PARTUUID=…`) finds it unchanged when the ISO is written to a USB stick or attached as a disk.
 *   xorriso derives partition GUIDs from the disk GUID by flipping byte 9 with the GPT entry number, and
 *   the entry number depends on the gaps it fills: osimg writes with the usual number, reads the table,
 *   and writes once more with the right disk GUID when the root landed elsewhere.
 *
 * Attached as a CD-ROM (sr0), firmware boots the ESP from El Torito and the kernel starts, but Linux does
 * not read partition tables on CD-ROM drives: the root is not found there (docs/disk.md, "ISO").
 */





/** The GPT entry xorriso gives the appended root in osimg's layout: Gap0, ESP, Gap1, root, Gap2. */
const ISO_ROOT_ENTRY = 4;
/** The GPT disk GUID for which xorriso gives GPT entry `partition` the GUID `partUuid`. */
function isoDiskGuid(partUuid, partition = ISO_ROOT_ENTRY) {
    const hex = partUuid.replace(/-/g, '');
    if (!/^[0-9a-f]{32}$/i.test(hex))
        throw new Error(`not a GUID: ${partUuid}`);
    // Text form byte 9 (the second byte of the fourth group) is stored as is: no endianness to undo.
    const byte9 = (parseInt(hex.slice(18, 20), 16) ^ partition).toString(16).padStart(2, '0');
    const out = `${hex.slice(0, 18)}${byte9}${hex.slice(20)}`;
    return `${out.slice(0, 8)}-${out.slice(8, 12)}-${out.slice(12, 16)}-${out.slice(16, 20)}-${out.slice(20)}`;
}
/** ISO 9660 volume label from the image title: upper case, digits and _, at most 32 characters. */
function isoLabel(title) {
    const label = title
        .toUpperCase()
        .replace(/[^A-Z0-9_]+/g, '_')
        .replace(/^_+|_+$/g, '')
        .slice(0, 32);
    return label || 'OSIMG';
}
async function writeIso(target, parts, tools, onPercent) {
    const tree = (0,external_node_path_.join)(parts.work, 'iso-tree');
    await (0,promises_.mkdir)((0,external_node_path_.join)(tree, 'boot'), { recursive: true });
    await (0,disk_files/* copyRangeOut */.vE)(parts.raw, parts.esp.offset, parts.esp.bytes, (0,external_node_path_.join)(tree, ESP_PATH));
    await (0,promises_.writeFile)((0,external_node_path_.join)(tree, 'README.TXT'), parts.readme);
    for (const path of [ESP_PATH, 'README.TXT', 'boot', '.'])
        await (0,promises_.utimes)((0,external_node_path_.join)(tree, path), parts.epoch, parts.epoch);
    const write = async (entry) => {
        await (0,promises_.rm)(target, { force: true });
        await tools.xorriso.writeHybrid({
            output: target,
            tree,
            label: parts.label,
            espPath: ESP_PATH,
            root: parts.rootImage,
            rootType: disk_layout/* PARTITION_TYPES */.LU.rootX86_64,
            diskGuid: isoDiskGuid(parts.rootPartUuid, entry),
            epoch: parts.epoch,
        }, onPercent);
        return rootEntry(await tools.sfdisk.read(target));
    };
    let root = await write(ISO_ROOT_ENTRY);
    if (root.uuid !== parts.rootPartUuid.toLowerCase() && root.entry !== ISO_ROOT_ENTRY)
        root = await write(root.entry);
    if (root.uuid !== parts.rootPartUuid.toLowerCase()) {
        throw new errors/* OsimgError */.ec(`xorriso gave the ISO's root partition the GUID ${root.uuid || '(none)'} instead of ${parts.rootPartUuid}: this xorriso derives partition GUIDs differently; please report it with \`xorriso -version\``);
    }
}
/** The ESP image inside the ISO 9660 tree. */
const ESP_PATH = 'boot/efi.img';
function rootEntry(table) {
    const root = table.partitions.find((part) => part.type.toUpperCase() === disk_layout/* PARTITION_TYPES */.LU.rootX86_64);
    if (!root)
        return { entry: 0, uuid: '' };
    return { entry: Number(/(\d+)$/.exec(root.node)?.[1] ?? 0), uuid: root.uuid.toLowerCase() };
}

;// CONCATENATED MODULE: ./src/disk/progress.ts
/**
 * Progress of long writes, as events: the disk builder says what it is doing and how far it is; the CLI
 * draws it (src/cli/progress.ts), the action and tests ignore it.
 */

/**
 * Reports how much of `path` is allocated against `total` every half second while `work` runs: for
 * writers that say nothing about their progress (mkfs, qemu-img). An estimate, capped below 100%.
 */
async function watchAllocated(path, total, phase, sink, work) {
    if (!sink || total <= 0)
        return work();
    const timer = setInterval(() => {
        (0,promises_.stat)(path).then((info) => sink({ phase, done: Math.min(info.blocks * 512, total * 0.99), total }), () => undefined);
    }, 500);
    try {
        return await work();
    }
    finally {
        clearInterval(timer);
    }
}

;// CONCATENATED MODULE: ./src/disk/read-only-root.ts
/**
 * What a read-only (erofs) root needs to run a normal system: an /etc/fstab for the writable state
 * (/var on tmpfs or its own partition, /tmp on tmpfs) and, unless /etc is asked to stay read-only, a
 * writable /etc as an overlay whose changes live in /var/lib/osimg/etc.
 *
 * The overlay is mounted by a small pre-init (`init=/usr/lib/osimg/init` on the kernel command line)
 * before systemd starts: systemd reads /etc (machine-id, units, fstab) the moment it runs, so a mount
 * unit would come too late for changes made in an earlier boot. The pre-init needs nothing from the
 * initramfs, so it works with initramfs-tools, dracut or none; on any failure it says so on the console
 * and starts systemd with /etc read-only rather than not booting.
 */


const PRE_INIT = '/usr/lib/osimg/init';
const ETC_UPPER = '/var/lib/osimg/etc/upper';
const ETC_WORK = '/var/lib/osimg/etc/work';
const TMPFS_VAR = 'tmpfs /var tmpfs mode=0755,nosuid,nodev 0 0';
const TMPFS_TMP = 'tmpfs /tmp tmpfs mode=1777,nosuid,nodev 0 0';
/**
 * fstab lines. With the overlay, the pre-init mounts /var before systemd runs: its line stays (systemd
 * then knows the mount) but without an fsck pass, which would run on a mounted filesystem.
 */
function fstabLines(root) {
    if (root.state === 'tmpfs')
        return [TMPFS_VAR, TMPFS_TMP];
    const pass = root.etc === 'overlay' ? 0 : 2;
    return [`PARTUUID=${root.varPartUuid} /var ext4 defaults 0 ${pass}`, TMPFS_TMP];
}
function preInitScript(root) {
    const mountVar = root.state === 'partition'
        ? `mount -t ext4 PARTUUID=${root.varPartUuid} /var`
        : 'mount -t tmpfs -o mode=0755,nosuid,nodev tmpfs /var';
    return `#!/bin/sh
# Written by osimg disk. The root filesystem is read-only: mount the writable state on /var and a writable
# /etc (an overlay whose changes live in ${(0,external_node_path_.dirname)(ETC_UPPER)}) before systemd starts, then start it.
# On any failure /etc stays read-only and the system still starts.
PATH=/usr/sbin:/usr/bin:/sbin:/bin
say() { echo "osimg: $*" > /dev/console 2>/dev/null; }
${mountVar} || say "could not mount /var"
if mkdir -p ${ETC_UPPER} ${ETC_WORK} &&
  mount -t overlay -o lowerdir=/etc,upperdir=${ETC_UPPER},workdir=${ETC_WORK} overlay /etc; then
  :
else
  say "could not mount the /etc overlay: /etc is read-only"
fi
exec /sbin/init "$@"
`;
}
/** Kernel arguments the read-only root adds (the pre-init), after root= and before the user's. */
function readOnlyRootArgs(root) {
    return root.etc === 'overlay' ? [`init=${PRE_INIT}`] : [];
}
/** Writes a file into the unpacked root with the disk's time, keeping its directory's own times. */
async function writeInto(rootDir, path, text, mode, epoch) {
    const target = (0,external_node_path_.join)(rootDir, path);
    const parent = (0,external_node_path_.dirname)(target);
    let existing = parent;
    const made = [];
    while (!(await (0,promises_.stat)(existing).catch(() => undefined))) {
        made.unshift(existing);
        existing = (0,external_node_path_.dirname)(existing);
    }
    const before = await (0,promises_.stat)(existing);
    await (0,promises_.mkdir)(parent, { recursive: true, mode: 0o755 });
    await (0,promises_.writeFile)(target, text);
    await (0,promises_.chmod)(target, mode);
    await (0,promises_.utimes)(target, epoch, epoch);
    for (const dir of made.reverse())
        await (0,promises_.utimes)(dir, epoch, epoch);
    await (0,promises_.utimes)(existing, before.atime, before.mtime);
}
/** Writes /etc/fstab and, for the overlay, the pre-init into the unpacked root. */
async function prepareReadOnlyRoot(rootDir, root, epoch) {
    const fstab = `# written by osimg disk: the root is read-only\n${fstabLines(root).join('\n')}\n`;
    await writeInto(rootDir, 'etc/fstab', fstab, 0o644, epoch);
    if (root.etc === 'overlay')
        await writeInto(rootDir, PRE_INIT.slice(1), preInitScript(root), 0o755, epoch);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/disk/content.ts
/** How much a root filesystem holds, measured the way ext4 will store it (4 KiB blocks, one inode each). */


const BLOCK = 4096;
/**
 * Synchronous on purpose: nothing else runs while the disk is planned, and lstatSync is ~10 times faster
 * than 15,000 awaited lstat calls (0.05 s instead of 0.5 s for a Debian root).
 */
function measureContent(root) {
    const size = { bytes: 0, blockBytes: BLOCK, inodes: 1 };
    const pending = [root];
    while (pending.length > 0) {
        const dir = pending.pop();
        for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })) {
            const path = (0,external_node_path_.join)(dir, entry.name);
            size.inodes++;
            if (entry.isDirectory()) {
                size.blockBytes += BLOCK;
                pending.push(path);
            }
            else if (entry.isFile()) {
                const bytes = (0,external_node_fs_.lstatSync)(path).size;
                size.bytes += bytes;
                size.blockBytes += Math.ceil(bytes / BLOCK) * BLOCK;
            }
            else if (entry.isSymbolicLink()) {
                size.blockBytes += BLOCK; // an upper bound: short targets live inside the inode
            }
        }
    }
    return size;
}
/**
 * An ext4 size that fits the content with room to spare: blocks + inode tables (256 bytes per 16 KiB)
 * + journal and metadata, then `headroom` (a fraction of the content) for what the machine writes at run time.
 */
function autoExt4Bytes(content, headroom) {
    const metadata = 96 * 1024 * 1024 + content.inodes * 256;
    const sized = (content.blockBytes + metadata) * (1 + 256 / 16384) * 1.05;
    return Math.ceil(sized + content.blockBytes * headroom);
}

;// CONCATENATED MODULE: ./src/disk/crc32c.ts
/** CRC-32C (Castagnoli), raw: no pre- or post-inversion, as ext4's metadata checksums use it. */
const TABLE = (() => {
    const table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++)
            c = c & 1 ? 0x82f63b78 ^ (c >>> 1) : c >>> 1;
        table[n] = c >>> 0;
    }
    return table;
})();
function crc32cRaw(crc, bytes) {
    let c = crc >>> 0;
    for (const byte of bytes)
        c = TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
    return c >>> 0;
}

;// CONCATENATED MODULE: ./src/disk/ext4-times.ts
/**
 * Makes an ext4 filesystem made by `mkfs.ext4 -d` reproducible. mke2fs copies every file's atime and ctime
 * from the source directory, and a ctime is whenever the file was unpacked: never the same twice. This
 * pass rewrites atime and ctime of every inode in use to one fixed time (mtime, the image's own, is kept)
 * and recomputes the inode checksums. Only inode tables are touched; `e2fsck -f` checks the result in tests.
 */



const SUPERBLOCK = 1024;
const EXT4_MAGIC = 0xef53;
const INCOMPAT_64BIT = 0x80;
const INCOMPAT_CSUM_SEED = 0x2000;
const RO_COMPAT_GDT_CSUM = 0x10;
const RO_COMPAT_METADATA_CSUM = 0x400;
const BG_INODE_UNINIT = 0x1;
async function readAt(file, position, length) {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await file.read(buffer, 0, length, position);
    if (bytesRead !== length)
        throw new errors/* OsimgError */.ec(`the ext4 filesystem is truncated at byte ${position}`);
    return buffer;
}
function geometry(sb) {
    if (sb.readUInt16LE(0x38) !== EXT4_MAGIC)
        throw new errors/* OsimgError */.ec('not an ext4 filesystem (bad superblock magic)');
    const blockSize = 1024 << sb.readUInt32LE(0x18);
    const incompat = sb.readUInt32LE(0x60);
    const roCompat = sb.readUInt32LE(0x64);
    const is64 = (incompat & INCOMPAT_64BIT) !== 0;
    const blocks = sb.readUInt32LE(0x04) + (is64 ? sb.readUInt32LE(0x150) * 2 ** 32 : 0);
    const firstDataBlock = sb.readUInt32LE(0x14);
    const blocksPerGroup = sb.readUInt32LE(0x20);
    const metadataCsum = (roCompat & RO_COMPAT_METADATA_CSUM) !== 0;
    let csumSeed;
    if (metadataCsum) {
        csumSeed =
            incompat & INCOMPAT_CSUM_SEED ? sb.readUInt32LE(0x270) : crc32cRaw(0xffffffff, sb.subarray(0x68, 0x78));
    }
    return {
        blockSize,
        groups: Math.ceil((blocks - firstDataBlock) / blocksPerGroup),
        inodesPerGroup: sb.readUInt32LE(0x28),
        inodeSize: sb.readUInt16LE(0x58),
        descSize: is64 ? sb.readUInt16LE(0xfe) : 32,
        descTable: (firstDataBlock + 1) * blockSize,
        is64,
        itableUnused: metadataCsum || (roCompat & RO_COMPAT_GDT_CSUM) !== 0,
        csumSeed,
    };
}
/** Sets atime and ctime of one inode and refreshes its checksum. */
function stampInode(inode, inodeNumber, epoch, geo) {
    inode.writeUInt32LE(epoch, 0x08); // i_atime
    inode.writeUInt32LE(epoch, 0x0c); // i_ctime
    const extra = geo.inodeSize > 128 ? inode.readUInt16LE(0x80) : 0;
    if (extra >= 8)
        inode.writeUInt32LE(0, 0x84); // i_ctime_extra
    if (extra >= 16)
        inode.writeUInt32LE(0, 0x8c); // i_atime_extra
    if (geo.csumSeed === undefined)
        return;
    const hasHi = extra >= 4;
    inode.writeUInt16LE(0, 0x7c);
    if (hasHi)
        inode.writeUInt16LE(0, 0x82);
    const numbers = Buffer.alloc(8);
    numbers.writeUInt32LE(inodeNumber, 0);
    numbers.writeUInt32LE(inode.readUInt32LE(0x64), 4); // i_generation
    const crc = crc32cRaw(geo.csumSeed, numbers.subarray(0, 4));
    const csum = crc32cRaw(crc32cRaw(crc, numbers.subarray(4, 8)), inode);
    inode.writeUInt16LE(csum & 0xffff, 0x7c);
    if (hasHi)
        inode.writeUInt16LE(csum >>> 16, 0x82);
}
/**
 * Rewrites atime and ctime of every inode in use in the ext4 filesystem at `offset` in `image`.
 * Returns how many inodes it stamped.
 */
async function normaliseExt4Times(image, offset, epoch) {
    const file = await (0,promises_.open)(image, 'r+');
    try {
        const geo = geometry(await readAt(file, offset + SUPERBLOCK, 1024));
        const descriptors = await readAt(file, offset + geo.descTable, geo.groups * geo.descSize);
        let stamped = 0;
        for (let group = 0; group < geo.groups; group++) {
            const desc = descriptors.subarray(group * geo.descSize, (group + 1) * geo.descSize);
            if (geo.itableUnused && desc.readUInt16LE(0x12) & BG_INODE_UNINIT)
                continue;
            const unused = geo.itableUnused
                ? desc.readUInt16LE(0x1c) + (geo.is64 && geo.descSize >= 64 ? desc.readUInt16LE(0x32) * 65536 : 0)
                : 0;
            const count = geo.inodesPerGroup - unused;
            if (count <= 0)
                continue;
            const tableBlock = desc.readUInt32LE(0x08) + (geo.is64 && geo.descSize >= 64 ? desc.readUInt32LE(0x28) * 2 ** 32 : 0);
            const position = offset + tableBlock * geo.blockSize;
            const table = await readAt(file, position, count * geo.inodeSize);
            let changed = false;
            for (let index = 0; index < count; index++) {
                const inode = table.subarray(index * geo.inodeSize, (index + 1) * geo.inodeSize);
                if (inode.readUInt16LE(0x00) === 0 && inode.readUInt16LE(0x1a) === 0)
                    continue; // never used
                stampInode(inode, group * geo.inodesPerGroup + index + 1, epoch, geo);
                stamped++;
                changed = true;
            }
            if (changed)
                await file.write(table, 0, table.length, position);
        }
        return stamped;
    }
    finally {
        await file.close();
    }
}

;// CONCATENATED MODULE: ./src/disk/initrd-modules.ts
/**
 * A read-only root needs its filesystem driver before the root is mounted, and distribution initramfs
 * images do not always carry it (Debian's initramfs-tools leaves erofs out). osimg adds a second, small
 * initramfs — the kernel unpacks every initrd the boot loader passes over the first — with the driver,
 * its dependencies and the image's own module index, so the kernel's request for "fs-erofs" at mount time
 * finds it. Nothing in the image's own initramfs is replaced except the module index, which is the full
 * version of the one it has.
 */





const INDEX_FILES = [
    'modules.dep',
    'modules.dep.bin',
    'modules.alias',
    'modules.alias.bin',
    'modules.symbols',
    'modules.symbols.bin',
    'modules.builtin',
    'modules.builtin.bin',
    'modules.builtin.alias.bin',
    'modules.builtin.modinfo',
    'modules.softdep',
    'modules.devname',
    'modules.order',
];
/** `kernel/fs/erofs/erofs.ko: kernel/lib/libcrc32c.ko` lines → module path → its dependencies. */
function parseModulesDep(text) {
    const deps = new Map();
    for (const line of text.split('\n')) {
        const colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        deps.set(line.slice(0, colon), line
            .slice(colon + 1)
            .trim()
            .split(/\s+/)
            .filter(Boolean));
    }
    return deps;
}
/** The module file whose name is `name` (erofs.ko, erofs.ko.xz, erofs.ko.zst) in a modules.dep map. */
function findModule(deps, name) {
    const pattern = new RegExp(`(^|/)${name}\\.ko(\\.[a-z]+)?$`);
    return [...deps.keys()].find((path) => pattern.test(path));
}
async function exists(path) {
    return (await (0,promises_.lstat)(path).catch(() => undefined)) !== undefined;
}
/**
 * The gzip'd cpio adding filesystem module `fs` (e.g. "erofs") for `kernelVersion`, or undefined when the
 * kernel has the driver built in. Module paths follow the image: usr/lib/modules on merged-/usr roots.
 */
async function filesystemModuleInitrd(root, kernelVersion, fs, epoch) {
    const mergedUsr = (await (0,promises_.lstat)((0,external_node_path_.join)(root, 'lib')).catch(() => undefined))?.isSymbolicLink() ?? false;
    const prefix = mergedUsr || !(await exists((0,external_node_path_.join)(root, 'lib/modules'))) ? 'usr/lib/modules' : 'lib/modules';
    const dir = (0,external_node_path_.join)(root, prefix, kernelVersion);
    const builtin = await (0,promises_.readFile)((0,external_node_path_.join)(dir, 'modules.builtin'), 'utf8').catch(() => '');
    if (new RegExp(`(^|/)${fs}\\.ko$`, 'm').test(builtin))
        return undefined;
    const depText = await (0,promises_.readFile)((0,external_node_path_.join)(dir, 'modules.dep'), 'utf8').catch(() => undefined);
    const deps = depText === undefined ? undefined : parseModulesDep(depText);
    const module = deps && findModule(deps, fs);
    if (!deps || !module) {
        throw new errors/* ConfigurationError */.j1(`kernel ${kernelVersion} in this image has no ${fs} driver (not built in, no ${fs}.ko in /${prefix}/${kernelVersion}/modules.dep): install the kernel's modules, or use root-filesystem ext4`);
    }
    const files = [module, ...(deps.get(module) ?? [])];
    const entries = [];
    const dirs = new Set();
    const addDirs = (path) => {
        const parts = path.split('/');
        for (let i = 1; i < parts.length; i++) {
            const parent = parts.slice(0, i).join('/');
            // Directories the image's initramfs already has keep their mode: 0755, root-owned, as everywhere.
            if (!dirs.has(parent))
                entries.push({ name: parent, type: 'dir', mode: 0o755 });
            dirs.add(parent);
        }
    };
    for (const file of files) {
        const name = `${prefix}/${kernelVersion}/${file}`;
        addDirs(name);
        entries.push({ name, type: 'file', mode: 0o644, data: await (0,promises_.readFile)((0,external_node_path_.join)(dir, file)) });
    }
    for (const index of INDEX_FILES) {
        const data = await (0,promises_.readFile)((0,external_node_path_.join)(dir, index)).catch(() => undefined);
        if (data)
            entries.push({ name: `${prefix}/${kernelVersion}/${index}`, type: 'file', mode: 0o644, data });
    }
    // gzip: a compressed archive may start at any offset after the first initrd (uncompressed ones must be
    // 4-byte aligned); level 9 and no name or time in the header keep it reproducible.
    return (0,external_node_zlib_.gzipSync)(cpioNewc(entries, epoch), { level: 9 });
}

;// CONCATENATED MODULE: ./src/disk/raw-disk.ts
/**
 * The raw disk itself: measure the content, make the erofs root when asked, plan the partitions (the
 * layout), then write GPT, ESP and root filesystem(s) into one sparse file.
 */












/** Measures the content, makes the erofs root when asked (its size decides the partition's), plans the disk. */
async function prepareLayout(context) {
    const { request, deps, rootfs, boot, id, cmdline, work, epoch } = context;
    const content = measureContent(rootfs.dir);
    deps.log.info(`content: ${(0,disk_layout/* formatMiB */.av)(content.bytes)} in ${content.inodes} files`);
    if (request.rootFilesystem === 'initramfs') {
        const root = await initramfsRoot(rootfs.dir, epoch);
        boot.initrd = (0,external_node_path_.join)(work, 'root.cpio.gz');
        boot.extraInitrd = undefined;
        await (0,promises_.writeFile)(boot.initrd, root.archive);
        deps.log.info(`root: initramfs, ${(0,disk_layout/* formatMiB */.av)(root.archive.length)} (gzip'd cpio of the whole root)`);
        if (root.skipped.length > 0)
            deps.log.info(`left out of the initramfs: ${root.skipped.join(', ')}`);
    }
    if (request.rootFilesystem === 'erofs') {
        // The root's driver must be in the initramfs: osimg adds it as a second initrd where it is missing.
        const initrd = await filesystemModuleInitrd(rootfs.dir, boot.kernelVersion, 'erofs', epoch);
        if (initrd && !boot.initrd)
            throw new errors/* ConfigurationError */.j1(`kernel ${boot.kernelVersion} has erofs as a module and the image has no initramfs to load it from: install an initramfs generator (initramfs-tools, dracut) in the image, or use root-filesystem ext4`);
        if (initrd) {
            boot.extraInitrd = (0,external_node_path_.join)(work, disk_esp/* EXTRA_INITRD */._r);
            await (0,promises_.writeFile)(boot.extraInitrd, initrd);
            deps.log.info(`initramfs: erofs driver added as a second initrd (${(0,disk_layout/* formatMiB */.av)(initrd.length)})`);
        }
    }
    const esp = (0,disk_esp/* espFiles */.O9)({ boot, cmdline, title: '', bootloader: deps.bootloader }, work);
    let espContent = 0;
    for (const file of esp)
        espContent += (await (0,promises_.stat)(file.source).catch(() => ({ size: 4096 }))).size;
    const espBytes = Math.max(128 * disk_layout/* MIB */.D6, (0,disk_layout/* alignUp */.DQ)(espContent * 1.25 + 16 * disk_layout/* MIB */.D6));
    let rootBytes;
    let varBytes;
    let erofsFile;
    if (request.rootFilesystem === 'erofs') {
        await prepareReadOnlyRoot(rootfs.dir, { state: request.state, etc: request.etc, varPartUuid: id.varPartUuid }, epoch);
        if (request.state === 'partition') {
            const varContent = measureContent((0,external_node_path_.join)(rootfs.dir, 'var'));
            varBytes = request.stateSize ?? autoExt4Bytes(varContent, Math.max(request.headroom, 1));
        }
        erofsFile = (0,external_node_path_.join)(work, 'root.erofs');
        await (0,disk_files/* checkFreeSpace */.f$)(work, content.blockBytes);
        await deps.erofs.make({
            output: erofsFile,
            source: rootfs.dir,
            uuid: id.rootFsUuid,
            epoch,
            excludeVarContent: request.state === 'partition',
        });
        rootBytes = (await (0,promises_.stat)(erofsFile)).size;
    }
    else if (request.rootFilesystem === 'initramfs') {
        rootBytes = 0; // the root is on the ESP, inside the initramfs
    }
    else {
        rootBytes = autoExt4Bytes(content, request.headroom);
    }
    const plan = (0,disk_layout/* planDisk */.tl)({
        espBytes,
        rootBytes,
        varBytes,
        totalBytes: request.size,
        uuids: { esp: id.espPartUuid, root: id.rootPartUuid, var: id.varPartUuid },
    });
    // Allocated raw ≈ content + ESP files; each converted format is about as large again.
    const rawAllocated = content.blockBytes + espContent + 64 * disk_layout/* MIB */.D6;
    // An ISO holds the ESP (with its zeros: xorriso writes it whole) and the root again.
    const converted = request.formats.filter((format) => format !== 'raw').length;
    const iso = request.formats.includes('iso') ? espBytes : 0;
    return { plan, content, erofsFile, rawAllocated, neededBytes: rawAllocated * (1 + converted) + iso };
}
async function writeRaw(path, layout, context, hasher) {
    const { deps, id, epoch, request, rootfs } = context;
    const partition = (role) => layout.plan.partitions.find((part) => part.role === role);
    await (0,disk_files/* createSparse */.RI)(path, layout.plan.totalBytes);
    await deps.sfdisk.write(path, { diskId: id.diskGuid, partitions: layout.plan.partitions });
    const esp = partition('esp');
    await (0,disk_esp/* writeEsp */.U$)(deps.mtools, { image: path, offset: esp.offset, bytes: esp.bytes, serial: id.espSerial }, {
        boot: context.boot,
        cmdline: context.cmdline,
        title: bootTitle(rootfs, context.boot),
        bootloader: deps.bootloader,
    }, context.work, epoch);
    deps.log.info(`ESP: systemd-boot, ${disk_esp/* ENTRY_PATH */.He}, kernel ${context.boot.kernelVersion}`);
    const root = layout.plan.partitions.find((part) => part.role === 'root');
    if (!root)
        return; // initramfs root: the ESP is the whole disk
    // GPT and ESP are final: hash them while the root is written (mkfs writes only inside its partition).
    const hashedHead = hasher?.advance(root.offset);
    hashedHead?.catch(() => undefined); // awaited below
    const phase = `write ${request.name}.raw`;
    const progress = deps.progress ?? (() => undefined);
    if (layout.erofsFile) {
        await (0,disk_files/* copyInto */.s)(layout.erofsFile, path, root.offset, (done) => progress({ phase, done, total: root.bytes }));
    }
    else {
        // mkfs says nothing while it writes: the disk's allocated blocks against the content tell how far it is.
        await watchAllocated(path, layout.rawAllocated, phase, deps.progress, () => makeExt4(deps, path, root, rootfs.dir, id.rootFsUuid, id.ext4HashSeed, 'root', epoch));
    }
    if (request.rootFilesystem === 'erofs' && request.state === 'partition') {
        await makeExt4(deps, path, partition('var'), (0,external_node_path_.join)(rootfs.dir, 'var'), id.varFsUuid, id.ext4HashSeed, 'var', epoch);
    }
    await hashedHead;
}
async function makeExt4(deps, image, part, source, uuid, hashSeed, label, epoch) {
    try {
        await deps.mkfs.ext4({
            image,
            offset: part.offset,
            size: part.bytes,
            source,
            uuid,
            hashSeed,
            label,
            epoch,
        });
    }
    catch (error) {
        if (/Could not allocate block|No space left/i.test(String(error.stderrTail?.join('\n') ?? ''))) {
            throw new errors/* ConfigurationError */.j1(`the ${label} filesystem does not fit in ${(0,disk_layout/* formatMiB */.av)(part.bytes)}: raise size (or leave it at auto)`, { cause: error });
        }
        throw error;
    }
    const stamped = await normaliseExt4Times(image, part.offset, epoch);
    deps.log.info(`${label}: ext4, ${(0,disk_layout/* formatMiB */.av)(part.bytes)}, ${stamped} inodes stamped with time ${epoch}`);
}
function bootTitle(rootfs, boot) {
    const title = rootfs.labels['org.opencontainers.image.title'] ?? 'osimg';
    return `${title} (${boot.kernelVersion})`;
}

// EXTERNAL MODULE: ./src/disk/rootfs.ts
var disk_rootfs = __webpack_require__(11594);
;// CONCATENATED MODULE: ./src/disk/builder.ts
/**
 * OS image → bootable GPT disk, from files only: no root-owned loop devices, no mounts of the disk. The ESP
 * is written with mtools, the root with `mkfs.ext4 -d` in place (or mkfs.erofs, copied in sparsely), the
 * table with sfdisk. Every identifier and time comes from the image digest and the options, so the same
 * image gives the same raw disk byte for byte. Outputs are written under temporary names and renamed;
 * on any failure nothing of this run is left in the output directory.
 */

















/** What the built-in builder writes. */
const DISK_FORMATS = ['raw', 'qcow2', 'vmdk', 'vhd', 'iso'];
/** What only image-builder makes (bootc images): cloud AMI raw disks and the Anaconda installer ISO. */
const BOOTC_ONLY_FORMATS = ['ami', 'anaconda-iso'];
const QEMU_FORMAT = {
    qcow2: 'qcow2',
    vmdk: 'vmdk',
    vhd: 'vpc',
};
const EXTENSION = {
    raw: 'raw',
    qcow2: 'qcow2',
    vmdk: 'vmdk',
    vhd: 'vhd',
    iso: 'iso',
};
async function buildDisk(request, deps) {
    const { log } = deps;
    if (request.backend === 'image-builder')
        throw new Error('buildDisk is the built-in builder: image-builder requests go through makeDisks');
    await (0,disk_esp/* checkBootloader */.cX)(deps.bootloader);
    await (0,promises_.mkdir)(request.outputDir, { recursive: true });
    const work = (await (0,scratch_files/* makeScratch */.lP)(deps.tempDir, 'osimg-disk-')).path;
    const finished = [];
    const described = [];
    let rootfs;
    try {
        rootfs = await log.group('Read image', () => (0,disk_rootfs/* openRootfs */.iD)(request.source, {
            buildah: deps.buildah,
            log,
            workDir: work,
            uid: deps.uid,
            tlsVerify: request.tlsVerify,
        }));
        checkImage(rootfs, request.backend);
        const formats = builtinFormats(request.formats);
        const boot = await (0,boot_files/* findBootFiles */.l)(rootfs.dir);
        if (!boot.initrd && request.rootFilesystem !== 'initramfs')
            log.warning(`kernel ${boot.kernelVersion} has no initramfs: the root partition must be mountable by the kernel alone`);
        const epoch = request.sourceDateEpoch ?? rootfs.created ?? 0;
        const id = deriveIdentity(JSON.stringify([
            rootfs.digest,
            request.rootFilesystem,
            request.state,
            request.etc,
            request.stateSize ?? null,
            request.size ?? null,
            request.headroom,
            request.kernelArgs,
            epoch,
        ]));
        const cmdline = kernelCommandLine(request, id);
        log.info(`image ${rootfs.name} (${rootfs.digest}), kernel ${boot.kernelVersion}`);
        log.info(`kernel command line: ${cmdline}`);
        const context = { request, deps, rootfs, boot, id, cmdline, work, epoch };
        const layout = await log.group('Plan the disk', () => prepareLayout(context));
        await (0,disk_files/* checkFreeSpace */.f$)(request.outputDir, layout.neededBytes);
        const rawPath = (0,external_node_path_.join)(request.outputDir, `${request.name}.raw`);
        const progress = deps.progress ?? (() => undefined);
        // The raw disk's hash starts while it is written (see writeRaw) and finishes right after.
        const hashing = {};
        await log.group(`Write ${rawPath} (${(0,disk_layout/* formatMiB */.av)(layout.plan.totalBytes)})`, () => (0,scratch_files/* writeAtomically */.vK)(rawPath, (partial) => {
            if (formats.includes('raw')) {
                hashing.raw = new disk_files/* FileHasher */.gp(partial, (done) => progress({ phase: `sha256 ${request.name}.raw`, done, total: layout.plan.totalBytes }));
            }
            return writeRaw(partial, layout, context, hashing.raw);
        }));
        const rawHasher = hashing.raw;
        finished.push(rawPath);
        // Each file is hashed as soon as it is complete, while the next is converted (two processes).
        const describe = (path, format, hash) => {
            const file = (async () => ({
                path,
                format,
                ...(await (0,disk_files/* fileSizes */.ph)(path)),
                sha256: await hash(),
            }))();
            file.catch(() => undefined); // awaited below; a failed conversion must not leave it unhandled
            described.push(file);
        };
        const hashOf = (path, format) => () => (0,disk_files/* sha256File */.Q3)(path, (done) => progress({ phase: `sha256 ${request.name}.${EXTENSION[format]}`, done, total: 0 }));
        if (rawHasher) {
            rawHasher.moveTo(rawPath);
            describe(rawPath, 'raw', async () => {
                await rawHasher.advance();
                return rawHasher.digest();
            });
        }
        for (const format of formats) {
            if (format === 'raw')
                continue;
            const path = (0,external_node_path_.join)(request.outputDir, `${request.name}.${EXTENSION[format]}`);
            const phase = `${request.name}.${EXTENSION[format]}`;
            if (format === 'iso') {
                await log.group(`Write ${path} (hybrid ISO: El Torito EFI + GPT)`, () => (0,scratch_files/* writeAtomically */.vK)(path, (partial) => writeIso(partial, {
                    raw: rawPath,
                    esp: layout.plan.partitions.find((part) => part.role === 'esp'),
                    rootImage: layout.erofsFile,
                    rootPartUuid: id.rootPartUuid,
                    label: isoLabel(context.rootfs.labels['org.opencontainers.image.title'] ?? 'osimg'),
                    readme: isoReadme(context.rootfs, boot, cmdline),
                    epoch,
                    work,
                }, deps, (percent) => progress({ phase, done: percent, total: 100 }))));
            }
            else {
                await log.group(`Convert to ${format}`, () => (0,scratch_files/* writeAtomically */.vK)(path, (partial) => watchAllocated(partial, layout.rawAllocated, phase, deps.progress, () => deps.qemuImg.convert(rawPath, partial, QEMU_FORMAT[format]))));
            }
            finished.push(path);
            describe(path, format, hashOf(path, format));
        }
        const files = await Promise.all(described);
        progress({ phase: 'done', done: 1, total: 1 });
        for (const file of files)
            log.info(`${file.path}: sha256 ${file.sha256}`);
        if (!formats.includes('raw')) {
            await (0,promises_.rm)(rawPath, { force: true });
            finished.splice(finished.indexOf(rawPath), 1);
        }
        return {
            image: rootfs.name,
            digest: rootfs.digest,
            backend: 'builtin',
            kernelVersion: boot.kernelVersion,
            cmdline,
            rootFilesystem: request.rootFilesystem,
            ...(request.rootFilesystem === 'erofs'
                ? { readOnlyRoot: { state: request.state, etc: request.etc } }
                : {}),
            contentBytes: layout.content.bytes,
            files,
            partitions: layout.plan.partitions.map(({ role, uuid, bytes }) => ({ role, uuid, bytes })),
        };
    }
    catch (error) {
        await Promise.allSettled(described);
        for (const path of finished)
            await (0,promises_.rm)(path, { force: true });
        throw error;
    }
    finally {
        await rootfs
            ?.close()
            .catch((error) => log.warning(`could not remove the working container: ${String(error)}`));
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
/** The formats the built-in builder makes; the others name image-builder. */
function builtinFormats(formats) {
    const other = formats.find((format) => !DISK_FORMATS.includes(format));
    if (other)
        throw new errors/* ConfigurationError */.j1(`${other} disks are made by image-builder, for bootc images only; the built-in builder makes ${DISK_FORMATS.join(', ')}`);
    return formats;
}
/** Linux, x86-64, and not a bootc image unless the built-in builder was asked for explicitly. */
function checkImage(rootfs, backend) {
    if (rootfs.os && rootfs.os !== 'linux')
        throw new errors/* ConfigurationError */.j1(`${rootfs.name} is a ${rootfs.os} image: only Linux images can be made into disks`);
    if (rootfs.architecture !== 'amd64') {
        throw new errors/* ConfigurationError */.j1(`${rootfs.name} is an image for ${rootfs.architecture || 'an unknown architecture'}: the built-in disk builder makes x86-64 UEFI disks; build the image for linux/amd64 (or use backend: image-builder for other architectures)`);
    }
    if (backend === 'auto' && (0,disk_backend/* isBootcImage */.bg)(rootfs.labels))
        throw new disk_backend/* BootcImageError */.X_(rootfs.name, rootfs.digest, rootfs.labels);
}
function kernelCommandLine(request, id) {
    if (request.rootFilesystem === 'initramfs')
        return [...initramfsKernelArgs(), ...request.kernelArgs].join(' ');
    const readOnly = request.rootFilesystem === 'erofs';
    return [
        `root=PARTUUID=${id.rootPartUuid}`,
        readOnly ? 'ro' : 'rw',
        `rootfstype=${request.rootFilesystem}`,
        ...(readOnly ? readOnlyRootArgs({ etc: request.etc ?? 'overlay' }) : []),
        ...request.kernelArgs,
    ].join(' ');
}
function isoReadme(rootfs, boot, cmdline) {
    return [
        `${bootTitle(rootfs, boot)}: made by osimg disk from ${rootfs.name} (${rootfs.digest}).`,
        '',
        'Boot with UEFI. Written to a USB stick or attached to a machine as a disk, it boots like the raw disk:',
        'GPT partition 2 is the EFI system partition, partition 3 the read-only root.',
        'As a CD-ROM the firmware starts the same loader and kernel, but Linux reads no partitions on a CD-ROM,',
        'so the root is found only when the image is attached as a disk.',
        '',
        `kernel command line: ${cmdline}`,
        '',
    ].join('\n');
}


/***/ }),

/***/ 8997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   He: () => (/* binding */ ENTRY_PATH),
/* harmony export */   MR: () => (/* binding */ SYSTEMD_BOOT_X64),
/* harmony export */   O9: () => (/* binding */ espFiles),
/* harmony export */   U$: () => (/* binding */ writeEsp),
/* harmony export */   _r: () => (/* binding */ EXTRA_INITRD),
/* harmony export */   cX: () => (/* binding */ checkBootloader)
/* harmony export */ });
/* unused harmony exports loaderEntry, loaderConf */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/**
 * The EFI system partition, written with mtools straight into the disk image: systemd-boot as the default
 * loader (EFI/BOOT/BOOTX64.EFI) and under its own name, a loader.conf, one boot entry, the kernel and the
 * initramfs. Every FAT timestamp is the disk's epoch (mtools honours SOURCE_DATE_EPOCH).
 */



const SYSTEMD_BOOT_X64 = '/usr/lib/systemd/boot/efi/systemd-bootx64.efi';
const ENTRY_PATH = '/loader/entries/osimg.conf';
/** The second initrd osimg adds next to the image's own (see initrd-modules.ts). */
const EXTRA_INITRD = 'osimg-modules.img';
/** Fails early, with the package to install, when systemd-boot is not on this machine. */
async function checkBootloader(path) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(path).catch((error) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`systemd-boot is not installed (no ${path}): install it (Debian/Ubuntu: apt-get install systemd-boot-efi)`, { cause: error });
    });
}
/** The loader entry (Boot Loader Specification type #1). */
function loaderEntry(content) {
    const dir = `/osimg/${content.boot.kernelVersion}`;
    const lines = [
        `title ${content.title}`,
        `version ${content.boot.kernelVersion}`,
        `linux ${dir}/vmlinuz`,
        ...(content.boot.initrd ? [`initrd ${dir}/initrd.img`] : []),
        ...(content.boot.extraInitrd ? [`initrd ${dir}/${EXTRA_INITRD}`] : []),
        `options ${content.cmdline}`,
    ];
    return `${lines.join('\n')}\n`;
}
/** Boot the one entry at once; no editor (the command line is part of the image's contract). */
function loaderConf() {
    return 'default osimg.conf\ntimeout 0\neditor no\nconsole-mode keep\n';
}
/** Every file the ESP holds and its size, for sizing the partition. */
function espFiles(content, workDir) {
    const dir = `/osimg/${content.boot.kernelVersion}`;
    return [
        { source: content.bootloader, target: '/EFI/BOOT/BOOTX64.EFI' },
        { source: content.bootloader, target: '/EFI/systemd/systemd-bootx64.efi' },
        { source: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(workDir, 'loader.conf'), target: '/loader/loader.conf' },
        { source: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(workDir, 'osimg.conf'), target: ENTRY_PATH },
        { source: content.boot.kernel, target: `${dir}/vmlinuz` },
        ...(content.boot.initrd ? [{ source: content.boot.initrd, target: `${dir}/initrd.img` }] : []),
        ...(content.boot.extraInitrd
            ? [{ source: content.boot.extraInitrd, target: `${dir}/${EXTRA_INITRD}` }]
            : []),
    ];
}
async function writeEsp(mtools, target, content, workDir, epoch) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(workDir, 'loader.conf'), loaderConf());
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(workDir, 'osimg.conf'), loaderEntry(content));
    const fat = { image: target.image, offset: target.offset };
    await mtools.format({ ...fat, sectors: target.bytes / 512, serial: target.serial, label: 'ESP' }, epoch);
    await mtools.makeDirs(fat, [
        '/EFI',
        '/EFI/BOOT',
        '/EFI/systemd',
        '/loader',
        '/loader/entries',
        '/osimg',
        `/osimg/${content.boot.kernelVersion}`,
    ], epoch);
    for (const file of espFiles(content, workDir))
        await mtools.copy(fat, file.source, file.target, epoch);
}


/***/ }),

/***/ 27262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   RI: () => (/* binding */ createSparse),
/* harmony export */   f$: () => (/* binding */ checkFreeSpace),
/* harmony export */   gp: () => (/* binding */ FileHasher),
/* harmony export */   ph: () => (/* binding */ fileSizes),
/* harmony export */   s: () => (/* binding */ copyInto),
/* harmony export */   vE: () => (/* binding */ copyRangeOut)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85495);
/**
 * File plumbing for disk images: sparse creation, sparse copies into a disk at an offset (zero blocks are
 * skipped, so holes stay holes), SHA-256, allocated size and free space.
 */




const CHUNK = 4 * 1024 * 1024;
/** A sparse file of `bytes` (nothing allocated until written). */
async function createSparse(path, bytes) {
    const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'wx');
    try {
        await file.truncate(bytes);
    }
    finally {
        await file.close();
    }
}
function isZero(buffer, length) {
    for (let i = 0; i < length; i += 8) {
        if (length - i >= 8 ? buffer.readBigUInt64LE(i) !== 0n : buffer.subarray(i, length).some((b) => b !== 0))
            return false;
    }
    return true;
}
/** Copies `source` into `target` at byte `offset`, leaving zero 4 MiB chunks unwritten (sparse). */
async function copyInto(source, target, offset, onBytes) {
    const input = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(source, 'r');
    const output = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(target, 'r+');
    try {
        const buffer = Buffer.alloc(CHUNK);
        for (let position = 0;; position += CHUNK) {
            const { bytesRead } = await input.read(buffer, 0, CHUNK, position);
            if (bytesRead === 0)
                break;
            if (!isZero(buffer, bytesRead))
                await output.write(buffer, 0, bytesRead, offset + position);
            onBytes?.(position + bytesRead);
        }
    }
    finally {
        await input.close();
        await output.close();
    }
}
/**
 * SHA-256 of a file, read in order and hashed while the next chunk is read (two buffers): the read of
 * chunk N+1 runs in libuv's pool while chunk N is hashed here. `advance(to)` hashes up to byte `to` and can
 * run while a later part of the file is still being written (the builder hashes the GPT and the ESP while
 * mkfs writes the root); SHA-256 itself (~1.3 GB/s with SHA-NI) is what remains, holes included: a hash
 * cannot skip bytes, and reading a hole costs the kernel a zeroed page, nothing from the disk.
 */
class FileHasher {
    path;
    onBytes;
    hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    position = 0;
    buffers = [Buffer.alloc(CHUNK * 2), Buffer.alloc(CHUNK * 2)];
    constructor(path, onBytes) {
        this.path = path;
        this.onBytes = onBytes;
    }
    get hashed() {
        return this.position;
    }
    /** The file was renamed (a partial name made final): read on from its new name. */
    moveTo(path) {
        this.path = path;
    }
    /** Hashes from where the last call stopped up to byte `to` (or the end of the file). */
    async advance(to = Number.POSITIVE_INFINITY) {
        const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(this.path, 'r');
        try {
            const end = Math.min(to, (await file.stat()).size);
            let which = 0;
            const readAt = (position) => {
                const buffer = this.buffers[which];
                return file
                    .read(buffer, 0, Math.min(buffer.length, end - position), position)
                    .then(({ bytesRead }) => buffer.subarray(0, bytesRead));
            };
            let pending = this.position < end ? readAt(this.position) : undefined;
            while (pending) {
                const chunk = await pending;
                if (chunk.length === 0)
                    break;
                this.position += chunk.length;
                which ^= 1;
                pending = this.position < end ? readAt(this.position) : undefined;
                this.hash.update(chunk);
                this.onBytes?.(this.position);
            }
        }
        finally {
            await file.close();
        }
    }
    digest() {
        return this.hash.digest('hex');
    }
}
/** SHA-256 of a whole file. */
async function sha256File(path, onBytes) {
    const hasher = new FileHasher(path, onBytes);
    await hasher.advance();
    return hasher.digest();
}
/** Copies `bytes` of `source` from `offset` into a new sparse file `target` (zero chunks stay holes). */
async function copyRangeOut(source, offset, bytes, target) {
    const input = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(source, 'r');
    const output = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(target, 'wx');
    try {
        await output.truncate(bytes);
        const buffer = Buffer.alloc(CHUNK);
        for (let done = 0; done < bytes;) {
            const { bytesRead } = await input.read(buffer, 0, Math.min(CHUNK, bytes - done), offset + done);
            if (bytesRead === 0)
                break;
            if (!isZero(buffer, bytesRead))
                await output.write(buffer, 0, bytesRead, done);
            done += bytesRead;
        }
    }
    finally {
        await input.close();
        await output.close();
    }
}
async function fileSizes(path) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
    return { bytes: info.size, allocated: info.blocks * 512 };
}
/** Fails before any writing when `dir`'s filesystem has less than `needed` bytes free. */
async function checkFreeSpace(dir, needed) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.statfs)(dir);
    const free = info.bavail * info.bsize;
    if (free < needed) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`not enough disk space in ${dir}: the disk images need about ${(0,_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .formatMiB */ .av)(needed)} and ${(0,_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .formatMiB */ .av)(free)} is free; free some space or choose an output directory on a larger filesystem`);
    }
}


/***/ }),

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

/***/ 19776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sn: () => (/* binding */ toDiskRequest),
/* harmony export */   oy: () => (/* binding */ DEFAULT_KERNEL_ARGS)
/* harmony export */ });
/* unused harmony exports parseFormats, parseKernelArgs */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _tools_image_builder_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32580);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74777);
/* harmony import */ var _builder_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21311);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(85495);
/* harmony import */ var _rootfs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(11594);
/** The disk inputs (same names in the action and the CLI) → a DiskRequest, validated once. */







const DEFAULT_KERNEL_ARGS = 'console=tty0 console=ttyS0,115200';
const ALL_FORMATS = [..._builder_js__WEBPACK_IMPORTED_MODULE_4__/* .DISK_FORMATS */ .R3, ..._builder_js__WEBPACK_IMPORTED_MODULE_4__/* .BOOTC_ONLY_FORMATS */ .QC];
/** Every format either backend makes; which backend may make which is checked once it is known. */
function parseFormats(text, name) {
    const formats = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .parseList */ .E1)(text.toLowerCase());
    if (formats.length === 0)
        return ['raw'];
    for (const format of formats) {
        if (!ALL_FORMATS.includes(format))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${name}: unknown disk format "${format}"; use ${_builder_js__WEBPACK_IMPORTED_MODULE_4__/* .DISK_FORMATS */ .R3.join(', ')} (or, for bootc images through image-builder, ${_builder_js__WEBPACK_IMPORTED_MODULE_4__/* .BOOTC_ONLY_FORMATS */ .QC.join(', ')})`);
    }
    return [...new Set(formats)];
}
/** Kernel arguments: whitespace- or line-separated; root= is osimg's to set. */
function parseKernelArgs(text, name) {
    const args = text.split(/\s+/).filter((arg) => arg.length > 0);
    const root = args.find((arg) => /^(root|rootfstype)=/.test(arg));
    if (root)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${name}: "${root}" is set by osimg from the disk it makes; remove it from the kernel arguments`);
    return args;
}
function parseOptionalSize(text, name) {
    const value = text.trim().toLowerCase();
    return value === '' || value === 'auto' ? undefined : (0,_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .parseSize */ .DB)(value, name);
}
async function toDiskRequest(inputs, context) {
    const { names } = context;
    if (!inputs.image.trim())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${names.image} is required: an image name, oci-archive:PATH, oci:DIR or docker://REF`);
    const name = inputs.name.trim() || 'disk';
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${names.name} must be a plain file name (letters, digits, . _ -), not "${inputs.name}"`);
    const rootFilesystem = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .parseChoice */ .HU)(inputs.rootFilesystem, names.rootFilesystem, ['ext4', 'erofs', 'initramfs'], 'ext4');
    if (rootFilesystem === 'initramfs' && inputs.size.trim() && inputs.size.trim() !== 'auto')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${names.size} does not apply to root-filesystem initramfs (the disk is only the ESP with the kernel and the root archive); leave it at auto`);
    const readOnly = rootFilesystem === 'erofs';
    const state = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .parseChoice */ .HU)(inputs.state, names.state, ['tmpfs', 'partition'], 'tmpfs');
    const etc = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .parseChoice */ .HU)(inputs.etc, names.etc, ['overlay', 'readonly'], 'overlay');
    if (inputs.etc.trim() && !readOnly)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${names.etc} applies only to root-filesystem erofs (an ext4 root's /etc is writable as it is)`);
    const stateSize = parseOptionalSize(inputs.stateSize, names.stateSize);
    if (stateSize !== undefined && !(readOnly && state === 'partition'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${names.stateSize} applies only to root-filesystem erofs with state partition`);
    const epochText = inputs.sourceDateEpoch.trim() || context.sourceDateEpochEnv?.trim() || '';
    const outputDir = inputs.outputDir.trim() || 'osimg-disk';
    const backend = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .parseChoice */ .HU)(inputs.backend, names.backend, ['auto', 'builtin', 'image-builder'], 'auto');
    const formats = parseFormats(inputs.formats, names.formats);
    checkFormats(formats, { backend, readOnly, state }, names);
    const kernelArgs = parseKernelArgs(inputs.kernelArgs || DEFAULT_KERNEL_ARGS, names.kernelArgs);
    const init = kernelArgs.find((arg) => arg.startsWith('init='));
    if (init && readOnly && etc === 'overlay')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${names.kernelArgs}: "${init}" would skip the /etc overlay's pre-init (it starts /sbin/init itself); remove it or set ${names.etc} to readonly`);
    if (rootFilesystem === 'initramfs' && backend === 'image-builder')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${names.rootFilesystem}: initramfs is the built-in builder's root for images without systemd; image-builder makes bootc disks`);
    if (readOnly && backend === 'image-builder')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${names.rootFilesystem}: erofs is the built-in builder's read-only root; image-builder makes ext4, xfs or btrfs roots as the bootc image says`);
    const image = inputs.image.trim();
    // Relative paths in a source are relative to the workspace, like every other path input.
    const source = await (0,_rootfs_js__WEBPACK_IMPORTED_MODULE_6__/* .parseImageSource */ .AB)(image, context.cwd);
    return {
        source,
        outputDir: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(outputDir) ? outputDir : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(context.cwd, outputDir),
        name,
        formats,
        rootFilesystem,
        state,
        etc,
        stateSize,
        size: parseOptionalSize(inputs.size, names.size),
        headroom: ((0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .parseInteger */ .cG)(inputs.headroom, names.headroom, { min: 0, max: 1000 }) ?? 25) / 100,
        kernelArgs,
        sourceDateEpoch: (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .parseInteger */ .cG)(epochText, names.sourceDateEpoch, { min: 0 }),
        tlsVerify: inputs.tlsVerify,
        backend,
        authfile: context.authfileEnv?.trim() || undefined,
    };
}
/** Which backend makes which format, and what an ISO needs; `auto` defers to the image's labels. */
function checkFormats(formats, options, names) {
    const bootcOnly = formats.find((format) => _builder_js__WEBPACK_IMPORTED_MODULE_4__/* .BOOTC_ONLY_FORMATS */ .QC.includes(format));
    if (bootcOnly && options.backend === 'builtin')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${names.formats}: ${bootcOnly} is made by image-builder for bootc images; the built-in builder makes ${_builder_js__WEBPACK_IMPORTED_MODULE_4__/* .DISK_FORMATS */ .R3.join(', ')}`);
    if (options.backend === 'image-builder') {
        const unsupported = formats.find((format) => !_tools_image_builder_js__WEBPACK_IMPORTED_MODULE_2__/* .BOOTC_IMAGE_TYPES */ .mX.includes(format));
        if (unsupported)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${names.formats}: image-builder makes ${_tools_image_builder_js__WEBPACK_IMPORTED_MODULE_2__/* .BOOTC_IMAGE_TYPES */ .mX.join(', ')}, not ${unsupported}${unsupported === 'iso' ? ' (a bootc image gets the installer ISO, anaconda-iso)' : ''}`);
        return;
    }
    if (formats.includes('iso') && !options.readOnly)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${names.formats}: iso needs root-filesystem erofs (the ISO's root is read-only); set ${names.rootFilesystem} to erofs`);
    if (formats.includes('iso') && options.state === 'partition')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${names.formats}: an ISO has no writable partition for state: set ${names.state} to tmpfs, or drop iso`);
}


/***/ }),

/***/ 11594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AB: () => (/* binding */ parseImageSource),
/* harmony export */   B6: () => (/* binding */ describeSource),
/* harmony export */   iD: () => (/* binding */ openRootfs)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62148);
/* harmony import */ var _tools_buildah_containers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(16507);
/**
 * Gets an image's root filesystem into a directory, with its digest, platform and creation time. Every
 * source goes through buildah: an image in local storage is mounted as it is (no copy); an OCI archive,
 * an OCI layout or a registry reference is first pulled into a private, throw-away vfs storage. buildah
 * applies layers, whiteouts and ownership exactly as podman does. Mounting needs uid 0: real root, or
 * a user namespace (`buildah unshare osimg disk ...`), which is how this runs rootless.
 */





/**
 * `oci-archive:PATH`, `oci:DIR[:TAG]`, `docker://REF`, `containers-storage:NAME`, or a bare name: a path
 * that exists (a file is an OCI archive, a directory an OCI layout), else an image in local storage.
 */
async function parseImageSource(text, cwd) {
    const value = text.trim();
    const path = (p) => ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(p) ? p : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, p));
    if (!value)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('image is required: an image name, oci-archive:PATH, oci:DIR or docker://REF');
    if (value.startsWith('oci-archive:'))
        return { kind: 'oci-archive', path: path(value.slice('oci-archive:'.length)) };
    if (value.startsWith('oci:')) {
        const rest = value.slice('oci:'.length);
        const colon = rest.lastIndexOf(':');
        return colon > 0 && !rest.slice(colon).includes('/')
            ? { kind: 'oci-layout', path: path(rest.slice(0, colon)), tag: rest.slice(colon + 1) }
            : { kind: 'oci-layout', path: path(rest) };
    }
    if (value.startsWith('docker://'))
        return { kind: 'registry', ref: value.slice('docker://'.length) };
    if (value.startsWith('containers-storage:'))
        return { kind: 'storage', name: value.slice('containers-storage:'.length) };
    // A bare value that names an existing file or directory is a path; anything else is an image name.
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path(value)).catch(() => undefined);
    if (info?.isFile())
        return { kind: 'oci-archive', path: path(value) };
    if (info?.isDirectory())
        return { kind: 'oci-layout', path: path(value) };
    return { kind: 'storage', name: value };
}
function describeSource(source) {
    switch (source.kind) {
        case 'storage':
            return source.name;
        case 'oci-archive':
            return `oci-archive:${source.path}`;
        case 'oci-layout':
            return `oci:${source.path}${source.tag ? `:${source.tag}` : ''}`;
        case 'registry':
            return `docker://${source.ref}`;
    }
}
function pullReference(source) {
    return source.kind === 'registry' ? `docker://${source.ref}` : describeSource(source);
}
async function openRootfs(source, deps) {
    if (deps.uid !== 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('osimg disk must run as uid 0 to read file ownership exactly: run it as root, or rootless inside a user namespace with `buildah unshare osimg disk ...`');
    }
    let buildah = deps.buildah;
    let imageRef;
    if (source.kind === 'storage') {
        imageRef = source.name;
    }
    else {
        // A private vfs storage: plain directories, no mounts to leak, removed with the work directory.
        const storage = {
            root: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(deps.workDir, 'storage', 'root'),
            runroot: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(deps.workDir, 'storage', 'run'),
            driver: 'vfs',
        };
        buildah = new _tools_buildah_containers_js__WEBPACK_IMPORTED_MODULE_4__/* .BuildahContainers */ ._(storage);
        const ref = pullReference(source);
        deps.log.info(`reading ${ref}`);
        try {
            const loopback = source.kind === 'registry' && (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .isLoopbackRegistry */ .jW)((0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .parseReference */ .F2)(source.ref).registry);
            imageRef = await buildah.pullImage(ref, { tlsVerify: deps.tlsVerify && !loopback });
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CommandError */ .Qd))
                throw error;
            const last = error.stderrTail.at(-1) ?? error.message;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`cannot read the image ${ref}: ${last}; check the path or reference`, {
                cause: error,
            });
        }
    }
    const info = await buildah.inspectImage(imageRef);
    if (!info) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`the image ${describeSource(source)} is not in local storage: build it first, or give oci-archive:PATH or docker://REF`);
    }
    const container = await buildah.from(imageRef);
    try {
        const dir = await buildah.mount(container);
        const created = info.created ? Math.floor(Date.parse(info.created) / 1000) : undefined;
        return {
            dir,
            digest: info.digest.startsWith('sha256:') ? info.digest : `sha256:${info.id}`,
            name: describeSource(source),
            os: info.os,
            architecture: info.architecture,
            created: created !== undefined && Number.isFinite(created) && created > 0 ? created : undefined,
            labels: info.labels,
            close: () => buildah.remove(container),
        };
    }
    catch (error) {
        await buildah.remove(container).catch(() => undefined);
        throw error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OsimgError */ .ec ? error : new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OsimgError */ .ec(`cannot mount ${imageRef}`, { cause: error });
    }
}


/***/ }),

/***/ 41599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q5: () => (/* binding */ defaultDiskTools),
  NO: () => (/* binding */ defaultImageBuilderTools)
});

// UNUSED EXPORTS: ROOT_CONTAINER_STORAGE

// EXTERNAL MODULE: ./src/tools/buildah-containers.ts
var buildah_containers = __webpack_require__(16507);
// EXTERNAL MODULE: ./src/tools/tool.ts
var tool = __webpack_require__(59601);
;// CONCATENATED MODULE: ./src/tools/chown.ts

class Chown extends tool/* Tool */.N {
    installHint = 'install coreutils';
    constructor(exec) {
        super('chown', exec);
    }
    parseVersion(output) {
        return (0,tool/* extractSemver */.Y)(output, 'chown');
    }
    static recursiveArgs(path, uid, gid) {
        return ['-R', '--', `${uid}:${gid}`, path];
    }
    async recursive(path, uid, gid) {
        await this.run(Chown.recursiveArgs(path, uid, gid));
    }
}

// EXTERNAL MODULE: ./src/tools/exec.ts + 2 modules
var exec = __webpack_require__(12834);
// EXTERNAL MODULE: ./src/tools/image-builder.ts
var image_builder = __webpack_require__(32580);
;// CONCATENATED MODULE: ./src/tools/mkfs.ts

class Mkfs extends tool/* Tool */.N {
    installHint = 'install e2fsprogs (Debian/Ubuntu: apt-get install e2fsprogs)';
    constructor(exec) {
        super('mkfs.ext4', exec);
    }
    versionArgs() {
        return ['-V'];
    }
    parseVersion(output) {
        return (0,tool/* extractSemver */.Y)(output, 'mkfs.ext4');
    }
    /** mke2fs prints its version on stderr. */
    version() {
        return this.run(this.versionArgs()).then((result) => this.parseVersion(`${result.stdout}${result.stderr}`));
    }
    static ext4Args(options) {
        if (options.size % 4096 !== 0)
            throw new Error(`ext4 size ${options.size} is not a multiple of 4096`);
        return [
            '-q',
            '-F',
            '-t',
            'ext4',
            '-b',
            '4096',
            '-d',
            options.source,
            '-U',
            options.uuid,
            '-L',
            options.label,
            // Fixed hash seed, root owned by root, the offset inside the image, and no discard: punching holes
            // is the sparse file's business, not mkfs's.
            '-E',
            `hash_seed=${options.hashSeed},root_owner=0:0,offset=${options.offset},nodiscard`,
            options.image,
            `${options.size / 1024}k`,
        ];
    }
    static ext4Env(epoch) {
        // Read by libext2fs in place of the clock (superblock times, inodes mkfs creates itself).
        return { E2FSPROGS_FAKE_TIME: String(epoch) };
    }
    async ext4(options) {
        await this.run(Mkfs.ext4Args(options), { env: Mkfs.ext4Env(options.epoch) });
    }
}
class MkfsErofs extends tool/* Tool */.N {
    installHint = 'install erofs-utils (Debian/Ubuntu: apt-get install erofs-utils)';
    constructor(exec) {
        super('mkfs.erofs', exec);
    }
    versionArgs() {
        return ['--help'];
    }
    /** mkfs.erofs has no version flag; its log names the version when it builds ("mkfs.erofs 1.5"). */
    parseVersion(output) {
        return /\d+\.\d+/.test(output) ? (0,tool/* extractSemver */.Y)(output, 'mkfs.erofs') : '0.0.0';
    }
    static args(options) {
        // erofs-utils 1.5 has no label option: the root is found by PARTUUID anyway.
        const args = [`-T${options.epoch}`, `-U${options.uuid}`, '--quiet'];
        if (options.compress)
            args.push('-zlz4hc');
        // Paths are matched relative to the source directory.
        if (options.excludeVarContent)
            args.push('--exclude-regex=^var/.');
        args.push(options.output, options.source);
        return args;
    }
    async make(options) {
        await this.run(MkfsErofs.args(options));
    }
}

// EXTERNAL MODULE: ./src/tools/mtools.ts
var mtools = __webpack_require__(80641);
// EXTERNAL MODULE: ./src/tools/qemu-img.ts
var qemu_img = __webpack_require__(72521);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/tools/sfdisk.ts
/**
 * sfdisk: writes a GPT partition table onto a disk image file from a script (no loop device, no root),
 * and reads one back as JSON. Scripts and parsers are pure and static.
 */


class Sfdisk extends tool/* Tool */.N {
    installHint = 'install util-linux (Debian/Ubuntu: apt-get install fdisk)';
    constructor(exec) {
        super('sfdisk', exec);
    }
    parseVersion(output) {
        return (0,tool/* extractSemver */.Y)(output, 'sfdisk');
    }
    /** An sfdisk script for a GPT with fixed GUIDs, so the same table always gives the same bytes. */
    static script(table) {
        const lines = ['label: gpt', `label-id: ${table.diskId}`, 'unit: sectors', 'sector-size: 512', ''];
        for (const part of table.partitions) {
            if (/["\\,]/.test(part.name))
                throw new errors/* OsimgError */.ec(`partition name "${part.name}" has a character sfdisk cannot take`);
            lines.push(`start=${part.start}, size=${part.size}, type=${part.type}, uuid=${part.uuid}, name="${part.name}"`);
        }
        return `${lines.join('\n')}\n`;
    }
    static writeArgs(image) {
        // A file, not a block device: never ask the kernel to re-read anything.
        return ['--quiet', '--no-reread', '--no-tell-kernel', '--wipe=always', image];
    }
    static readArgs(image) {
        return ['--json', image];
    }
    /** Parses `sfdisk --json`. */
    static parse(json) {
        let data;
        try {
            data = JSON.parse(json);
        }
        catch (error) {
            throw new errors/* OsimgError */.ec(`cannot read sfdisk --json output: ${error.message}`, { cause: error });
        }
        const table = data?.partitiontable;
        if (typeof table !== 'object' || table === null || typeof table.label !== 'string')
            throw new errors/* OsimgError */.ec('sfdisk --json output has no partition table');
        return {
            label: table.label,
            id: table.id ?? '',
            sectorSize: table.sectorsize ?? 512,
            partitions: (table.partitions ?? []).map((part) => ({
                node: part.node ?? '',
                start: part.start ?? 0,
                size: part.size ?? 0,
                type: part.type ?? '',
                uuid: part.uuid ?? '',
                name: part.name ?? '',
            })),
        };
    }
    async write(image, table) {
        await this.run(Sfdisk.writeArgs(image), { input: Sfdisk.script(table) });
    }
    async read(image) {
        return Sfdisk.parse((await this.run(Sfdisk.readArgs(image))).stdout);
    }
}

;// CONCATENATED MODULE: ./src/tools/sudo.ts
/** `exec` unchanged for root, else an Exec that runs every command as `sudo -n [--preserve-env=…] file …`. */
function asRoot(exec, uid) {
    if (uid === 0)
        return exec;
    return (file, args, options = {}) => {
        const keep = Object.keys(options.env ?? {}).filter((key) => options.env[key] !== undefined);
        return exec('sudo', [
            '--non-interactive',
            ...(keep.length ? [`--preserve-env=${keep.join(',')}`] : []),
            '--',
            file,
            ...args,
        ], options);
    };
}

;// CONCATENATED MODULE: ./src/tools/sysctl.ts

class Sysctl extends tool/* Tool */.N {
    installHint = 'install procps (Debian/Ubuntu: apt-get install procps)';
    constructor(exec) {
        super('sysctl', exec);
    }
    parseVersion(output) {
        return (0,tool/* extractSemver */.Y)(output, 'sysctl');
    }
    static setArgs(key, value) {
        return ['-w', `${key}=${value}`];
    }
    async set(key, value) {
        await this.run(Sysctl.setArgs(key, value));
    }
}

;// CONCATENATED MODULE: ./src/tools/xorriso.ts

/** xorriso's slot for the appended root (its GPT entry number depends on the gaps xorriso fills). */
const ISO_ROOT_SLOT = 2;
class Xorriso extends tool/* Tool */.N {
    installHint = 'install xorriso (Debian/Ubuntu: apt-get install xorriso)';
    constructor(exec) {
        super('xorriso', exec);
    }
    versionArgs() {
        return ['-version'];
    }
    parseVersion(output) {
        return (0,tool/* extractSemver */.Y)(output, 'xorriso');
    }
    static hybridArgs(options) {
        return [
            '-no_rc', // no startup files: the same arguments give the same image everywhere
            '-as',
            'mkisofs',
            '-o',
            options.output,
            '-V',
            options.label,
            '-iso-level',
            '3',
            '-rational-rock',
            // One copy of the ESP serves both: the El Torito EFI image (CD) and a GPT partition (disk).
            '-e',
            options.espPath,
            '-no-emul-boot',
            '-efi-boot-part',
            '--efi-boot-image',
            '-append_partition',
            String(ISO_ROOT_SLOT),
            options.rootType,
            options.root,
            '-appended_part_as_gpt',
            '--gpt_disk_guid',
            options.diskGuid,
            options.tree,
        ];
    }
    /** SOURCE_DATE_EPOCH fixes every volume and file date (and the default disk GUID) in xorriso >= 1.5. */
    static env(epoch) {
        return { SOURCE_DATE_EPOCH: String(epoch) };
    }
    /** `onPercent` gets xorriso's "UPDATE : 41.20% done" progress. */
    async writeHybrid(options, onPercent) {
        await this.run(Xorriso.hybridArgs(options), {
            env: Xorriso.env(options.epoch),
            onStderrLine: (line) => {
                const match = /UPDATE\s*:\s*([\d.]+)% done/.exec(line);
                if (match && onPercent)
                    onPercent(Number(match[1]));
            },
        });
    }
    static reportArgs(iso) {
        return ['-no_rc', '-indev', iso, '-report_el_torito', 'plain', '-report_system_area', 'plain'];
    }
    /** The El Torito boot images and system area of an ISO, as xorriso reports them. */
    async report(iso) {
        const result = await this.run(Xorriso.reportArgs(iso));
        return parseIsoReport(`${result.stdout}\n${result.stderr}`);
    }
}
/** Parses `-report_el_torito plain -report_system_area plain` lines ("El Torito boot img :   1  UEFI ..."). */
function parseIsoReport(text) {
    const report = { bootImages: [], systemArea: '', gptPartitions: [] };
    const blocks = new Map();
    const types = new Map();
    const ranges = new Map();
    for (const line of text.split('\n')) {
        const colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const key = line.slice(0, colon).trim();
        const value = line.slice(colon + 1).trim();
        const fields = value.split(/\s+/);
        if (key === 'El Torito boot img' && fields.length >= 8)
            report.bootImages.push({
                platform: fields[1],
                emulation: fields[3],
                lba: Number(fields.at(-1)),
            });
        else if (key === 'El Torito img blks')
            blocks.set(Number(fields[0]), Number(fields[1]));
        else if (key === 'System area summary')
            report.systemArea = value;
        else if (key === 'GPT type GUID')
            types.set(Number(fields[0]), guidFromHex(fields[1] ?? ''));
        else if (key === 'GPT start and size')
            ranges.set(Number(fields[0]), { start: Number(fields[1]), size: Number(fields[2]) });
    }
    report.bootImages.forEach((image, index) => (image.blocks = blocks.get(index + 1)));
    for (const [number, typeGuid] of types)
        report.gptPartitions.push({ number, typeGuid, ...(ranges.get(number) ?? { start: 0, size: 0 }) });
    return report;
}
/** xorriso prints GUIDs as their 16 bytes on disk; the first three fields are little-endian. */
function guidFromHex(hex) {
    if (!/^[0-9a-f]{32}$/i.test(hex))
        return hex;
    const b = hex.toUpperCase().match(/../g);
    const swap = (from, to) => b.slice(from, to).reverse().join('');
    return `${swap(0, 4)}-${swap(4, 6)}-${swap(6, 8)}-${b.slice(8, 10).join('')}-${b.slice(10).join('')}`;
}

// EXTERNAL MODULE: ./src/disk/esp.ts
var esp = __webpack_require__(8997);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/disk/files.ts
var files = __webpack_require__(27262);
;// CONCATENATED MODULE: ./src/disk/image-builder-host.ts
/**
 * What the machine needs before osbuild's image-builder runs (docs/disk.md, "Runner steps"): Ubuntu 24.04
 * restricts unprivileged user namespaces through AppArmor, which osbuild's sandbox needs, and a bootc
 * image with its disks takes many gigabytes. On a GitHub-hosted runner (passwordless sudo, a throw-away
 * machine) osimg lifts the restriction itself; anywhere else it says what to run, and changes nothing.
 */




const APPARMOR_USERNS = 'kernel.apparmor_restrict_unprivileged_userns';
const APPARMOR_USERNS_PATH = '/proc/sys/kernel/apparmor_restrict_unprivileged_userns';
/** A bootc image (~2 GB), osbuild's store and the disks of one type: what GitHub's guidance suggests. */
const IMAGE_BUILDER_SPACE = 20 * 1024 * 1024 * 1024;
async function prepareImageBuilderHost(facts) {
    const path = facts.apparmorPath ?? APPARMOR_USERNS_PATH;
    const restricted = (await (0,promises_.readFile)(path, 'utf8').catch(() => '0')).trim() === '1';
    if (restricted) {
        if (!facts.githubHosted)
            throw new errors/* ConfigurationError */.j1(`AppArmor restricts unprivileged user namespaces on this machine (${APPARMOR_USERNS}=1), which osbuild's image-builder needs: run \`sudo sysctl -w ${APPARMOR_USERNS}=0\` first`);
        facts.log.info(`GitHub runner: setting ${APPARMOR_USERNS}=0 (osbuild needs user namespaces)`);
        await facts.sysctl.set(APPARMOR_USERNS, '0');
    }
    const needed = facts.neededBytes ?? IMAGE_BUILDER_SPACE;
    for (const dir of facts.spaceDirs) {
        try {
            await (0,files/* checkFreeSpace */.f$)(await existingAncestor(dir), needed);
        }
        catch (error) {
            if (!(error instanceof errors/* ConfigurationError */.j1))
                throw error;
            throw new errors/* ConfigurationError */.j1(`${error.message}${facts.githubHosted ? '; on a GitHub runner, free space first (docs/disk.md: sudo rm -rf /usr/share/dotnet /usr/local/lib/android /opt/ghc)' : ''}`, { cause: error });
        }
    }
}
/** The directory itself, or the nearest parent that exists (root's storage may not be made yet). */
async function existingAncestor(dir) {
    let current = dir;
    while (!(await (0,promises_.stat)(current).catch(() => undefined)) && (0,external_node_path_.dirname)(current) !== current)
        current = (0,external_node_path_.dirname)(current);
    return current;
}

;// CONCATENATED MODULE: ./src/disk/tools.ts













function defaultDiskTools(storage) {
    return {
        buildah: new buildah_containers/* BuildahContainers */._(storage),
        sfdisk: new Sfdisk(),
        mtools: new mtools/* Mtools */.P(),
        mkfs: new Mkfs(),
        erofs: new MkfsErofs(),
        qemuImg: new qemu_img/* QemuImg */.w(),
        xorriso: new Xorriso(),
        bootloader: esp/* SYSTEMD_BOOT_X64 */.MR,
    };
}
/** `root's container storage`: where image-builder and bootc-image-builder read bootc images. */
const ROOT_CONTAINER_STORAGE = '/var/lib/containers';
/** image-builder and what it needs, run as root (through sudo when `uid` is not 0). */
function defaultImageBuilderTools(options) {
    const root = asRoot(exec/* exec */.m0, options.uid);
    return {
        imageBuilder: new image_builder/* ImageBuilder */.FW(root),
        bootcImageBuilder: new image_builder/* BootcImageBuilder */.Ec(undefined, root),
        chown: new Chown(root),
        gid: options.gid,
        prepareHost: (outputDir) => prepareImageBuilderHost({
            githubHosted: options.githubHosted,
            sysctl: new Sysctl(root),
            log: options.log,
            spaceDirs: [outputDir, ROOT_CONTAINER_STORAGE],
        }),
    };
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

/***/ 16507:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ BuildahContainers)
/* harmony export */ });
/* harmony import */ var _buildah_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53638);
/**
 * buildah working containers: `from`, `mount`, `rm` — how the disk builder reads an image's root filesystem
 * straight out of local storage (no copy). Kept beside buildah.ts so the build action's class stays small.
 */

class BuildahContainers extends _buildah_js__WEBPACK_IMPORTED_MODULE_0__/* .Buildah */ .Oz {
    /** Never pulls: the caller has resolved the image already. */
    static fromArgs(image) {
        return ['from', '--pull=never', '--quiet', image];
    }
    static mountArgs(container) {
        return ['mount', container];
    }
    static removeArgs(container) {
        return ['rm', container];
    }
    /** Pulls any containers-transport reference (oci-archive:, oci:, docker://) and returns the image ID. */
    async pullImage(ref, options = {}) {
        const result = await this.run([..._buildah_js__WEBPACK_IMPORTED_MODULE_0__/* .Buildah */ .Oz.globalArgs(this.storage), ..._buildah_js__WEBPACK_IMPORTED_MODULE_0__/* .Buildah */ .Oz.pullArgs(ref, options)]);
        return result.stdout.trim().split('\n').at(-1) ?? '';
    }
    async from(image) {
        const result = await this.run([
            ..._buildah_js__WEBPACK_IMPORTED_MODULE_0__/* .Buildah */ .Oz.globalArgs(this.storage),
            ...BuildahContainers.fromArgs(image),
        ]);
        return result.stdout.trim();
    }
    async mount(container) {
        const result = await this.run([
            ..._buildah_js__WEBPACK_IMPORTED_MODULE_0__/* .Buildah */ .Oz.globalArgs(this.storage),
            ...BuildahContainers.mountArgs(container),
        ]);
        return result.stdout.trim();
    }
    async remove(container) {
        await this.run([..._buildah_js__WEBPACK_IMPORTED_MODULE_0__/* .Buildah */ .Oz.globalArgs(this.storage), ...BuildahContainers.removeArgs(container)]);
    }
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

/***/ 32580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ec: () => (/* binding */ BootcImageBuilder),
/* harmony export */   FW: () => (/* binding */ ImageBuilder),
/* harmony export */   mX: () => (/* binding */ BOOTC_IMAGE_TYPES)
/* harmony export */ });
/* unused harmony export BOOTC_IMAGE_BUILDER */
/* harmony import */ var _tool_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59601);

const BOOTC_IMAGE_TYPES = ['qcow2', 'raw', 'ami', 'vmdk', 'anaconda-iso', 'vhd'];
const BOOTC_IMAGE_BUILDER = 'quay.io/centos-bootc/bootc-image-builder:latest';
/** `image-builder build`: one image type per run. */
class ImageBuilder extends _tool_js__WEBPACK_IMPORTED_MODULE_0__/* .Tool */ .N {
    installHint = 'install image-builder (Fedora: dnf install image-builder; elsewhere use backend image-builder through podman, see disk/README.md)';
    constructor(exec) {
        super('image-builder', exec);
    }
    parseVersion(output) {
        return (0,_tool_js__WEBPACK_IMPORTED_MODULE_0__/* .extractSemver */ .Y)(output, 'image-builder');
    }
    static buildArgs(build, type) {
        const args = ['build', `--bootc-ref=${build.ref}`, `--output-dir=${build.outputDir}`];
        if (build.config)
            args.push(`--blueprint=${build.config}`);
        if (build.rootfs)
            args.push(`--bootc-default-fs=${build.rootfs}`);
        args.push(type);
        return args;
    }
    /** REGISTRY_AUTH_FILE is how containers/image finds credentials without argv. */
    static env(build) {
        return build.authfile ? { REGISTRY_AUTH_FILE: build.authfile } : {};
    }
    async build(build, onLine) {
        for (const type of build.types) {
            await this.run(ImageBuilder.buildArgs(build, type), {
                env: ImageBuilder.env(build),
                onStdoutLine: onLine,
                onStderrLine: onLine,
            });
        }
    }
}
/** bootc-image-builder through podman: privileged, unconfined, with root's container storage mounted. */
class BootcImageBuilder extends _tool_js__WEBPACK_IMPORTED_MODULE_0__/* .Tool */ .N {
    builderImage;
    installHint = 'install podman (Debian/Ubuntu: apt-get install podman)';
    constructor(builderImage = BOOTC_IMAGE_BUILDER, exec) {
        super('podman', exec);
        this.builderImage = builderImage;
    }
    parseVersion(output) {
        return (0,_tool_js__WEBPACK_IMPORTED_MODULE_0__/* .extractSemver */ .Y)(output, 'podman');
    }
    static runArgs(build, builderImage) {
        const args = [
            'run',
            '--rm',
            '--privileged',
            '--pull=newer',
            // SELinux hosts: osbuild must label files itself; AppArmor hosts need nothing here.
            '--security-opt=label=type:unconfined_t',
            `--volume=${build.outputDir}:/output`,
            // bootc-image-builder reads the image from the host's (root's) storage.
            '--volume=/var/lib/containers/storage:/var/lib/containers/storage',
        ];
        if (build.config)
            args.push(`--volume=${build.config}:/config.toml:ro`);
        if (build.authfile)
            args.push(`--volume=${build.authfile}:/run/containers/0/auth.json:ro`);
        args.push(builderImage);
        for (const type of build.types)
            args.push(`--type=${type}`);
        if (build.rootfs)
            args.push(`--rootfs=${build.rootfs}`);
        if (build.tlsVerify === false)
            args.push('--tls-verify=false');
        args.push(build.ref);
        return args;
    }
    async build(build, onLine) {
        await this.run(BootcImageBuilder.runArgs(build, this.builderImage), {
            onStdoutLine: onLine,
            onStderrLine: onLine,
        });
    }
}


/***/ }),

/***/ 80641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ Mtools)
/* harmony export */ });
/* harmony import */ var _tool_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59601);

class Mtools extends _tool_js__WEBPACK_IMPORTED_MODULE_0__/* .Tool */ .N {
    installHint = 'install mtools (Debian/Ubuntu: apt-get install mtools)';
    constructor(exec) {
        super('mtools', exec);
    }
    versionArgs() {
        return ['-c', 'mformat', '--version'];
    }
    parseVersion(output) {
        return (0,_tool_js__WEBPACK_IMPORTED_MODULE_0__/* .extractSemver */ .Y)(output, 'mtools');
    }
    static drive(target) {
        return `${target.image}@@${target.offset}`;
    }
    /** FAT32 (UEFI reads it everywhere), a fixed geometry so the size is exactly `sectors`. */
    static mformatArgs(options) {
        if (!/^[0-9a-fA-F]{8}$/.test(options.serial))
            throw new Error(`bad FAT serial ${options.serial}`);
        return [
            '-c',
            'mformat',
            '-i',
            Mtools.drive(options),
            '-T',
            String(options.sectors),
            '-h',
            '64',
            '-s',
            '32',
            '-F',
            '-N',
            options.serial,
            '-v',
            options.label,
            '::',
        ];
    }
    static mmdArgs(target, dirs) {
        return ['-c', 'mmd', '-i', Mtools.drive(target), ...dirs.map((dir) => `::${dir}`)];
    }
    /** Copies one file, overwriting; its FAT timestamp is SOURCE_DATE_EPOCH (see env()), not the source's. */
    static mcopyArgs(target, source, destination) {
        return ['-c', 'mcopy', '-o', '-i', Mtools.drive(target), source, `::${destination}`];
    }
    static mdirArgs(target, dir) {
        return ['-c', 'mdir', '-b', '-i', Mtools.drive(target), `::${dir}`];
    }
    static mtypeArgs(target, file) {
        return ['-c', 'mtype', '-i', Mtools.drive(target), `::${file}`];
    }
    /** `mdir -b` lists one path per line (`::/EFI/BOOT/BOOTX64.EFI`); directories end with `/`. */
    static parseMdir(output) {
        return output
            .split(/\r?\n/)
            .map((line) => line.trim())
            .filter((line) => line.startsWith('::'))
            .map((line) => line.slice(2));
    }
    /**
     * mtools refuses "odd" geometries unless told not to check; SOURCE_DATE_EPOCH fixes every timestamp it
     * writes itself (directories, the volume label).
     */
    env(epoch) {
        return { MTOOLS_SKIP_CHECK: '1', SOURCE_DATE_EPOCH: String(epoch) };
    }
    async format(options, epoch) {
        await this.run(Mtools.mformatArgs(options), { env: this.env(epoch) });
    }
    async makeDirs(target, dirs, epoch) {
        await this.run(Mtools.mmdArgs(target, dirs), { env: this.env(epoch) });
    }
    async copy(target, source, destination, epoch) {
        await this.run(Mtools.mcopyArgs(target, source, destination), { env: this.env(epoch) });
    }
    async list(target, dir) {
        const result = await this.run(Mtools.mdirArgs(target, dir), { env: { MTOOLS_SKIP_CHECK: '1' } });
        return Mtools.parseMdir(result.stdout);
    }
    async readFile(target, file) {
        return (await this.run(Mtools.mtypeArgs(target, file), { env: { MTOOLS_SKIP_CHECK: '1' } })).stdout;
    }
}


/***/ }),

/***/ 72521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ QemuImg)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _tool_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59601);
/**
 * qemu-img: converts a raw disk to qcow2, vmdk (streamOptimized, for cloud import) or vhd, and inspects disks;
 * makes throwaway qcow2 overlays and reads or writes byte regions of an image through its backing chain.
 */


class QemuImg extends _tool_js__WEBPACK_IMPORTED_MODULE_1__/* .Tool */ .N {
    installHint = 'install qemu-utils (Debian/Ubuntu: apt-get install qemu-utils)';
    constructor(exec) {
        super('qemu-img', exec);
    }
    parseVersion(output) {
        return (0,_tool_js__WEBPACK_IMPORTED_MODULE_1__/* .extractSemver */ .Y)(output, 'qemu-img');
    }
    /**
     * Per-format options: vmdk as streamOptimized (what AWS and VMware import), vhd fixed with the exact
     * size (what Azure requires), qcow2 with qemu's defaults.
     */
    static formatOptions(format) {
        if (format === 'vmdk')
            return ['-o', 'subformat=streamOptimized'];
        if (format === 'vpc')
            return ['-o', 'subformat=fixed,force_size=on'];
        return [];
    }
    static convertArgs(source, target, format) {
        return ['convert', '-f', 'raw', '-O', format, ...QemuImg.formatOptions(format), source, target];
    }
    /** A fixed VHD looks like raw to format probing: name the format when it is known. */
    static infoArgs(path, format) {
        return ['info', '--output=json', ...(format ? ['-f', format] : []), path];
    }
    static parseInfo(json) {
        let data;
        try {
            data = JSON.parse(json);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OsimgError */ .ec(`cannot read qemu-img info output: ${error.message}`, { cause: error });
        }
        if (typeof data?.format !== 'string' || typeof data['virtual-size'] !== 'number')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OsimgError */ .ec('qemu-img info output has no format or virtual size');
        return {
            format: data.format,
            virtualSize: data['virtual-size'],
            actualSize: typeof data['actual-size'] === 'number' ? data['actual-size'] : 0,
        };
    }
    /** Any format qemu-img reads → a sparse raw disk (publish-ami's EBS direct upload reads raw blocks). */
    static toRawArgs(source, target) {
        return ['convert', '-O', 'raw', source, target];
    }
    async toRaw(source, target) {
        await this.run(QemuImg.toRawArgs(source, target));
    }
    /** A qcow2 overlay over `backing` (absolute path): writes land in the overlay, the backing stays as it is. */
    static overlayArgs(backing, backingFormat, overlay) {
        return ['create', '-q', '-f', 'qcow2', '-F', backingFormat, '-b', backing, overlay];
    }
    /** `--image-opts` naming the bytes [offset, offset + size) of an image as a raw image of their own. */
    static regionOptions(image, format, offset, size) {
        const path = image.replace(/,/g, ',,');
        const file = format === 'raw'
            ? `file.driver=file,file.filename=${path}`
            : `file.driver=${format},file.file.driver=file,file.file.filename=${path}`;
        return `driver=raw,offset=${offset},size=${size},${file}`;
    }
    /** Copies a region of an image (through its backing chain) into a new sparse raw file. */
    static readRegionArgs(image, format, offset, size, target) {
        return [
            'convert',
            '-O',
            'raw',
            '--image-opts',
            QemuImg.regionOptions(image, format, offset, size),
            target,
        ];
    }
    /** Writes `size` bytes of a raw file, from `sourceOffset`, into an existing image at `offset`. */
    static writeRegionArgs(source, sourceOffset, image, format, offset, size) {
        return [
            'convert',
            '-n',
            '--image-opts',
            QemuImg.regionOptions(source, 'raw', sourceOffset, size),
            '--target-image-opts',
            QemuImg.regionOptions(image, format, offset, size),
        ];
    }
    async createOverlay(backing, backingFormat, overlay) {
        await this.run(QemuImg.overlayArgs(backing, backingFormat, overlay));
    }
    async readRegion(image, format, offset, size, target) {
        await this.run(QemuImg.readRegionArgs(image, format, offset, size, target));
    }
    async writeRegion(source, sourceOffset, image, format, offset, size) {
        await this.run(QemuImg.writeRegionArgs(source, sourceOffset, image, format, offset, size));
    }
    async convert(source, target, format) {
        await this.run(QemuImg.convertArgs(source, target, format));
    }
    async info(path, format) {
        return QemuImg.parseInfo((await this.run(QemuImg.infoArgs(path, format))).stdout);
    }
}


/***/ })

};
