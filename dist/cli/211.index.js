export const id = 211;
export const ids = [211];
export const modules = {

/***/ 3211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DISK_HELP: () => (/* binding */ DISK_HELP),
  diskCommand: () => (/* binding */ diskCommand)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/disk/backend.ts
/**
 * Which builder makes the disk. bootc/ostree images carry their own deployment layout and bootloader
 * setup, which osbuild's image-builder knows; everything else gets osimg's rootless built-in builder.
 */

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
            throw new ConfigurationError(`"${user.name}" is not a valid user name (lower case letters, digits, _ and -)`);
        if (user.key && !config.allowSshKeys)
            throw new ConfigurationError(`user ${user.name} has an SSH key but the policy does not allow SSH logins: remove the key or allow SSH in the policy`);
        lines.push('[[customizations.user]]', `name = ${tomlString(user.name)}`);
        if (user.key)
            lines.push(`key = ${tomlString(user.key)}`);
        if (user.groups?.length)
            lines.push(`groups = [${user.groups.map(tomlString).join(', ')}]`);
        lines.push('');
    }
    for (const [mountpoint, minsize] of Object.entries(config.filesystems)) {
        if (!mountpoint.startsWith('/'))
            throw new ConfigurationError(`filesystem mount point "${mountpoint}" must be an absolute path`);
        lines.push('[[customizations.filesystem]]', `mountpoint = ${tomlString(mountpoint)}`, `minsize = ${tomlString(minsize)}`, '');
    }
    if (config.kernelArgs.length > 0) {
        lines.push('[customizations.kernel]', `append = ${tomlString(config.kernelArgs.join(' '))}`, '');
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/disk/boot-files.ts
/**
 * Finds the kernel and initramfs inside an image's root filesystem, where Debian/Ubuntu (`/boot/vmlinuz-*`,
 * `/boot/initrd.img-*`), Fedora (`/boot/initramfs-*.img`) and bootc images (`/usr/lib/modules/<kver>/vmlinuz`
 * and `initramfs.img`) put them. Symlinks are not followed: in an unpacked image an absolute link points
 * at the host.
 */



async function isFile(path) {
    return (await (0,promises_.lstat)(path).catch(() => undefined))?.isFile() ?? false;
}
async function list(dir) {
    return (0,promises_.readdir)(dir).catch(() => []);
}
/** Orders kernel versions the way humans do: 6.1.0-10 before 6.1.0-9 is wrong, so compare number runs. */
function compareKernelVersions(a, b) {
    return a.localeCompare(b, 'en', { numeric: true });
}
async function candidates(root) {
    const found = [];
    const modules = (0,external_node_path_.join)(root, 'usr/lib/modules');
    for (const version of await list(modules)) {
        const kernel = (0,external_node_path_.join)(modules, version, 'vmlinuz');
        if (!(await isFile(kernel)))
            continue;
        const initrd = (0,external_node_path_.join)(modules, version, 'initramfs.img');
        found.push({ kernelVersion: version, kernel, initrd: (await isFile(initrd)) ? initrd : undefined });
    }
    if (found.length > 0)
        return found; // the bootc layout wins: /boot may be stale or empty there
    const boot = (0,external_node_path_.join)(root, 'boot');
    const names = await list(boot);
    for (const name of names) {
        const match = /^vmlinuz-(.+)$/.exec(name);
        if (!match || !(await isFile((0,external_node_path_.join)(boot, name))))
            continue;
        const version = match[1];
        let initrd;
        for (const candidate of [`initrd.img-${version}`, `initramfs-${version}.img`, `initrd-${version}`]) {
            if (names.includes(candidate) && (await isFile((0,external_node_path_.join)(boot, candidate))))
                initrd = (0,external_node_path_.join)(boot, candidate);
        }
        found.push({ kernelVersion: version, kernel: (0,external_node_path_.join)(boot, name), initrd });
    }
    return found;
}
/** The newest kernel in the image (and its initramfs), or a ConfigurationError saying how to get one. */
async function findBootFiles(root) {
    const found = await candidates(root);
    if (found.length === 0) {
        throw new errors/* ConfigurationError */.j1('this image is not bootable: no kernel found in /boot (vmlinuz-*) or /usr/lib/modules/<version>/vmlinuz; install a kernel in the Containerfile (e.g. linux-image-amd64 on Debian, kernel on Fedora)');
    }
    return found.sort((a, b) => compareKernelVersions(b.kernelVersion, a.kernelVersion))[0];
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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

;// CONCATENATED MODULE: ./src/disk/esp.ts
/**
 * The EFI system partition, written with mtools straight into the disk image: systemd-boot as the default
 * loader (EFI/BOOT/BOOTX64.EFI) and under its own name, a loader.conf, one boot entry, the kernel and the
 * initramfs. Every FAT timestamp is the disk's epoch (mtools honours SOURCE_DATE_EPOCH).
 */



const SYSTEMD_BOOT_X64 = '/usr/lib/systemd/boot/efi/systemd-bootx64.efi';
const ENTRY_PATH = '/loader/entries/osimg.conf';
/** Fails early, with the package to install, when systemd-boot is not on this machine. */
async function checkBootloader(path) {
    await (0,promises_.access)(path).catch((error) => {
        throw new errors/* ConfigurationError */.j1(`systemd-boot is not installed (no ${path}): install it (Debian/Ubuntu: apt-get install systemd-boot-efi)`, { cause: error });
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
        { source: (0,external_node_path_.join)(workDir, 'loader.conf'), target: '/loader/loader.conf' },
        { source: (0,external_node_path_.join)(workDir, 'osimg.conf'), target: ENTRY_PATH },
        { source: content.boot.kernel, target: `${dir}/vmlinuz` },
        ...(content.boot.initrd ? [{ source: content.boot.initrd, target: `${dir}/initrd.img` }] : []),
    ];
}
async function writeEsp(mtools, target, content, workDir, epoch) {
    await (0,promises_.writeFile)((0,external_node_path_.join)(workDir, 'loader.conf'), loaderConf());
    await (0,promises_.writeFile)((0,external_node_path_.join)(workDir, 'osimg.conf'), loaderEntry(content));
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/disk/layout.ts
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
            throw new errors/* ConfigurationError */.j1(`the disk size ${formatMiB(input.totalBytes)} is too small for this image: it needs at least ${formatMiB(minimum)}; raise size or use size: auto`);
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
        throw new errors/* ConfigurationError */.j1(`${name} must be auto or a size such as 8G or 512M, not "${text}"`);
    const unit = (match[2] ?? '').toUpperCase().charAt(0);
    const factor = { '': 1, K: 1024, M: MIB, G: 1024 * MIB, T: 1024 * 1024 * MIB }[unit] ?? 1;
    return Math.floor(Number(match[1]) * factor);
}

;// CONCATENATED MODULE: ./src/disk/files.ts
/**
 * File plumbing for disk images: sparse creation, sparse copies into a disk at an offset (zero blocks are
 * skipped, so holes stay holes), SHA-256, allocated size, free space, and writing through a temp name.
 */





const CHUNK = 4 * 1024 * 1024;
/** A sparse file of `bytes` (nothing allocated until written). */
async function createSparse(path, bytes) {
    const file = await (0,promises_.open)(path, 'wx');
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
async function copyInto(source, target, offset) {
    const input = await (0,promises_.open)(source, 'r');
    const output = await (0,promises_.open)(target, 'r+');
    try {
        const buffer = Buffer.alloc(CHUNK);
        for (let position = 0;; position += CHUNK) {
            const { bytesRead } = await input.read(buffer, 0, CHUNK, position);
            if (bytesRead === 0)
                break;
            if (!isZero(buffer, bytesRead))
                await output.write(buffer, 0, bytesRead, offset + position);
        }
    }
    finally {
        await input.close();
        await output.close();
    }
}
/** SHA-256 of a whole file: one reused 16 MiB buffer (a stream is ~15% slower on a 1 GiB sparse disk). */
async function sha256File(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const file = await (0,promises_.open)(path, 'r');
    try {
        const buffer = Buffer.alloc(4 * CHUNK);
        for (let position = 0;;) {
            const { bytesRead } = await file.read(buffer, 0, buffer.length, position);
            if (bytesRead === 0)
                break;
            hash.update(buffer.subarray(0, bytesRead));
            position += bytesRead;
        }
    }
    finally {
        await file.close();
    }
    return hash.digest('hex');
}
async function fileSizes(path) {
    const info = await (0,promises_.stat)(path);
    return { bytes: info.size, allocated: info.blocks * 512 };
}
/** Fails before any writing when `dir`'s filesystem has less than `needed` bytes free. */
async function checkFreeSpace(dir, needed) {
    const info = await (0,promises_.statfs)(dir);
    const free = info.bavail * info.bsize;
    if (free < needed) {
        throw new errors/* ConfigurationError */.j1(`not enough disk space in ${dir}: the disk images need about ${formatMiB(needed)} and ${formatMiB(free)} is free; free some space or choose an output directory on a larger filesystem`);
    }
}
/** A hidden sibling name for writing `path`, renamed into place only when complete. */
function partialName(path) {
    return (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.partial-${process.pid}`);
}
/** Writes `path` through its partial name: whole, or absent (the partial is removed on any failure). */
async function writeAtomically(path, write) {
    const partial = partialName(path);
    try {
        await write(partial);
        await (0,promises_.rename)(partial, path);
    }
    catch (error) {
        await (0,promises_.rm)(partial, { force: true });
        throw error;
    }
}

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

// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __webpack_require__(2148);
// EXTERNAL MODULE: ./src/tools/buildah.ts
var buildah = __webpack_require__(3638);
;// CONCATENATED MODULE: ./src/tools/buildah-containers.ts
/**
 * buildah working containers: `from`, `mount`, `rm` — how the disk builder reads an image's root filesystem
 * straight out of local storage (no copy). Kept beside buildah.ts so the build action's class stays small.
 */

class BuildahContainers extends buildah/* Buildah */.Oz {
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
        const result = await this.run([...buildah/* Buildah */.Oz.globalArgs(this.storage), ...buildah/* Buildah */.Oz.pullArgs(ref, options)]);
        return result.stdout.trim().split('\n').at(-1) ?? '';
    }
    async from(image) {
        const result = await this.run([
            ...buildah/* Buildah */.Oz.globalArgs(this.storage),
            ...BuildahContainers.fromArgs(image),
        ]);
        return result.stdout.trim();
    }
    async mount(container) {
        const result = await this.run([
            ...buildah/* Buildah */.Oz.globalArgs(this.storage),
            ...BuildahContainers.mountArgs(container),
        ]);
        return result.stdout.trim();
    }
    async remove(container) {
        await this.run([...buildah/* Buildah */.Oz.globalArgs(this.storage), ...BuildahContainers.removeArgs(container)]);
    }
}

;// CONCATENATED MODULE: ./src/disk/rootfs.ts
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
    const path = (p) => ((0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.resolve)(cwd, p));
    if (!value)
        throw new errors/* ConfigurationError */.j1('image is required: an image name, oci-archive:PATH, oci:DIR or docker://REF');
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
    const info = await (0,promises_.stat)(path(value)).catch(() => undefined);
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
        throw new errors/* ConfigurationError */.j1('osimg disk must run as uid 0 to read file ownership exactly: run it as root, or rootless inside a user namespace with `buildah unshare osimg disk ...`');
    }
    let buildah = deps.buildah;
    let imageRef;
    if (source.kind === 'storage') {
        imageRef = source.name;
    }
    else {
        // A private vfs storage: plain directories, no mounts to leak, removed with the work directory.
        const storage = {
            root: (0,external_node_path_.join)(deps.workDir, 'storage', 'root'),
            runroot: (0,external_node_path_.join)(deps.workDir, 'storage', 'run'),
            driver: 'vfs',
        };
        buildah = new BuildahContainers(storage);
        const ref = pullReference(source);
        deps.log.info(`reading ${ref}`);
        try {
            const loopback = source.kind === 'registry' && (0,reference/* isLoopbackRegistry */.jW)((0,reference/* parseReference */.F2)(source.ref).registry);
            imageRef = await buildah.pullImage(ref, { tlsVerify: deps.tlsVerify && !loopback });
        }
        catch (error) {
            if (!(error instanceof errors/* CommandError */.Qd))
                throw error;
            const last = error.stderrTail.at(-1) ?? error.message;
            throw new errors/* ConfigurationError */.j1(`cannot read the image ${ref}: ${last}; check the path or reference`, {
                cause: error,
            });
        }
    }
    const info = await buildah.inspectImage(imageRef);
    if (!info) {
        throw new errors/* ConfigurationError */.j1(`the image ${describeSource(source)} is not in local storage: build it first, or give oci-archive:PATH or docker://REF`);
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
        throw error instanceof errors/* OsimgError */.ec ? error : new errors/* OsimgError */.ec(`cannot mount ${imageRef}`, { cause: error });
    }
}

;// CONCATENATED MODULE: ./src/disk/builder.ts
/**
 * OS image → bootable GPT disk, from files only: no root-owned loop devices, no mounts of the disk. The ESP
 * is written with mtools, the root with `mkfs.ext4 -d` in place (or mkfs.erofs, copied in sparsely), the
 * table with sfdisk. Every identifier and time comes from the image digest and the options, so the same
 * image gives the same raw disk byte for byte. Outputs are written under temporary names and renamed;
 * on any failure nothing of this run is left in the output directory.
 */












const DISK_FORMATS = ['raw', 'qcow2', 'vmdk', 'vhd'];
const QEMU_FORMAT = {
    qcow2: 'qcow2',
    vmdk: 'vmdk',
    vhd: 'vpc',
};
const EXTENSION = { raw: 'raw', qcow2: 'qcow2', vmdk: 'vmdk', vhd: 'vhd' };
async function buildDisk(request, deps) {
    const { log } = deps;
    await checkBootloader(deps.bootloader);
    await (0,promises_.mkdir)(request.outputDir, { recursive: true });
    const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)(deps.tempDir, 'osimg-disk-'));
    const finished = [];
    const described = [];
    let rootfs;
    try {
        rootfs = await log.group('Read image', () => openRootfs(request.source, {
            buildah: deps.buildah,
            log,
            workDir: work,
            uid: deps.uid,
            tlsVerify: request.tlsVerify,
        }));
        checkImage(rootfs, request.backend);
        const boot = await findBootFiles(rootfs.dir);
        if (!boot.initrd)
            log.warning(`kernel ${boot.kernelVersion} has no initramfs: the root partition must be mountable by the kernel alone`);
        const epoch = request.sourceDateEpoch ?? rootfs.created ?? 0;
        const id = deriveIdentity(JSON.stringify([
            rootfs.digest,
            request.rootFilesystem,
            request.state,
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
        await checkFreeSpace(request.outputDir, layout.neededBytes);
        const rawPath = (0,external_node_path_.join)(request.outputDir, `${request.name}.raw`);
        await log.group(`Write ${rawPath} (${formatMiB(layout.plan.totalBytes)})`, () => writeAtomically(rawPath, (partial) => writeRaw(partial, layout, context)));
        finished.push(rawPath);
        // Each file is hashed as soon as it is complete, while qemu-img converts the next (two processes).
        const describe = (path, format) => {
            const file = (async () => ({
                path,
                format,
                ...(await fileSizes(path)),
                sha256: await sha256File(path),
            }))();
            file.catch(() => undefined); // awaited below; a failed conversion must not leave it unhandled
            described.push(file);
        };
        if (request.formats.includes('raw'))
            describe(rawPath, 'raw');
        for (const format of request.formats) {
            if (format === 'raw')
                continue;
            const path = (0,external_node_path_.join)(request.outputDir, `${request.name}.${EXTENSION[format]}`);
            await log.group(`Convert to ${format}`, () => writeAtomically(path, (partial) => deps.qemuImg.convert(rawPath, partial, QEMU_FORMAT[format])));
            finished.push(path);
            describe(path, format);
        }
        const files = await Promise.all(described);
        for (const file of files)
            log.info(`${file.path}: sha256 ${file.sha256}`);
        if (!request.formats.includes('raw')) {
            await (0,promises_.rm)(rawPath, { force: true });
            finished.splice(finished.indexOf(rawPath), 1);
        }
        return {
            image: rootfs.name,
            digest: rootfs.digest,
            kernelVersion: boot.kernelVersion,
            cmdline,
            rootFilesystem: request.rootFilesystem,
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
/** Linux, x86-64, and not a bootc image unless the built-in builder was asked for explicitly. */
function checkImage(rootfs, backend) {
    if (rootfs.os && rootfs.os !== 'linux')
        throw new errors/* ConfigurationError */.j1(`${rootfs.name} is a ${rootfs.os} image: only Linux images can be made into disks`);
    if (rootfs.architecture !== 'amd64') {
        throw new errors/* ConfigurationError */.j1(`${rootfs.name} is an image for ${rootfs.architecture || 'an unknown architecture'}: the built-in disk builder makes x86-64 UEFI disks; build the image for linux/amd64 (or use backend: image-builder for other architectures)`);
    }
    if (backend === 'auto' && selectBackend('auto', rootfs.labels) === 'image-builder') {
        throw new errors/* ConfigurationError */.j1(`${rootfs.name} is a bootc image: its disks are made by osbuild's image-builder (see docs/disk.md); set backend to builtin to use osimg's builder anyway`);
    }
}
function kernelCommandLine(request, id) {
    const mode = request.rootFilesystem === 'erofs' ? 'ro' : 'rw';
    return [
        `root=PARTUUID=${id.rootPartUuid}`,
        mode,
        `rootfstype=${request.rootFilesystem}`,
        ...request.kernelArgs,
    ].join(' ');
}
/** Measures the content, makes the erofs root when asked (its size decides the partition's), plans the disk. */
async function prepareLayout(context) {
    const { request, deps, rootfs, boot, id, cmdline, work, epoch } = context;
    const content = measureContent(rootfs.dir);
    deps.log.info(`content: ${formatMiB(content.bytes)} in ${content.inodes} files`);
    const esp = espFiles({ boot, cmdline, title: '', bootloader: deps.bootloader }, work);
    let espContent = 0;
    for (const file of esp)
        espContent += (await (0,promises_.stat)(file.source).catch(() => ({ size: 4096 }))).size;
    const espBytes = Math.max(128 * MIB, alignUp(espContent * 1.25 + 16 * MIB));
    let rootBytes;
    let varBytes;
    let erofsFile;
    if (request.rootFilesystem === 'erofs') {
        if (request.state === 'partition') {
            await writeFstab(rootfs.dir, [`PARTUUID=${id.varPartUuid} /var ext4 defaults 0 2`, 'tmpfs /tmp tmpfs mode=1777,nosuid,nodev 0 0'], epoch);
            const varContent = measureContent((0,external_node_path_.join)(rootfs.dir, 'var'));
            varBytes = request.stateSize ?? autoExt4Bytes(varContent, Math.max(request.headroom, 1));
        }
        else {
            await writeFstab(rootfs.dir, ['tmpfs /var tmpfs mode=0755,nosuid,nodev 0 0', 'tmpfs /tmp tmpfs mode=1777,nosuid,nodev 0 0'], epoch);
        }
        erofsFile = (0,external_node_path_.join)(work, 'root.erofs');
        await checkFreeSpace(work, content.blockBytes);
        await deps.erofs.make({
            output: erofsFile,
            source: rootfs.dir,
            uuid: id.rootFsUuid,
            epoch,
            excludeVarContent: request.state === 'partition',
        });
        rootBytes = (await (0,promises_.stat)(erofsFile)).size;
    }
    else {
        rootBytes = autoExt4Bytes(content, request.headroom);
    }
    const plan = planDisk({
        espBytes,
        rootBytes,
        varBytes,
        totalBytes: request.size,
        uuids: { esp: id.espPartUuid, root: id.rootPartUuid, var: id.varPartUuid },
    });
    // Allocated raw ≈ content + ESP files; each converted format is about as large again.
    const rawAllocated = content.blockBytes + espContent + 64 * MIB;
    const converted = request.formats.filter((format) => format !== 'raw').length;
    return { plan, content, erofsFile, neededBytes: rawAllocated * (1 + converted) };
}
/** /etc/fstab for a read-only root; /etc keeps its own times so the content stays reproducible. */
async function writeFstab(root, lines, epoch) {
    const etc = (0,external_node_path_.join)(root, 'etc');
    const before = await (0,promises_.stat)(etc);
    const fstab = (0,external_node_path_.join)(etc, 'fstab');
    await (0,promises_.writeFile)(fstab, `# written by osimg disk: the root is read-only\n${lines.join('\n')}\n`);
    await (0,promises_.utimes)(fstab, epoch, epoch);
    await (0,promises_.utimes)(etc, before.atime, before.mtime);
}
async function writeRaw(path, layout, context) {
    const { deps, id, epoch, request, rootfs } = context;
    const partition = (role) => layout.plan.partitions.find((part) => part.role === role);
    await createSparse(path, layout.plan.totalBytes);
    await deps.sfdisk.write(path, { diskId: id.diskGuid, partitions: layout.plan.partitions });
    const esp = partition('esp');
    await writeEsp(deps.mtools, { image: path, offset: esp.offset, bytes: esp.bytes, serial: id.espSerial }, {
        boot: context.boot,
        cmdline: context.cmdline,
        title: bootTitle(rootfs, context.boot),
        bootloader: deps.bootloader,
    }, context.work, epoch);
    deps.log.info(`ESP: systemd-boot, ${ENTRY_PATH}, kernel ${context.boot.kernelVersion}`);
    const root = partition('root');
    if (layout.erofsFile) {
        await copyInto(layout.erofsFile, path, root.offset);
    }
    else {
        await makeExt4(deps, path, root, rootfs.dir, id.rootFsUuid, id.ext4HashSeed, 'root', epoch);
    }
    if (request.rootFilesystem === 'erofs' && request.state === 'partition') {
        await makeExt4(deps, path, partition('var'), (0,external_node_path_.join)(rootfs.dir, 'var'), id.varFsUuid, id.ext4HashSeed, 'var', epoch);
    }
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
            throw new errors/* ConfigurationError */.j1(`the ${label} filesystem does not fit in ${formatMiB(part.bytes)}: raise size (or leave it at auto)`, { cause: error });
        }
        throw error;
    }
    const stamped = await normaliseExt4Times(image, part.offset, epoch);
    deps.log.info(`${label}: ext4, ${formatMiB(part.bytes)}, ${stamped} inodes stamped with time ${epoch}`);
}
function bootTitle(rootfs, boot) {
    const title = rootfs.labels['org.opencontainers.image.title'] ?? 'osimg';
    return `${title} (${boot.kernelVersion})`;
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
        ['kernel', result.kernelVersion],
        ['cmdline', result.cmdline],
        ['root filesystem', result.rootFilesystem],
        ['content', formatMiB(result.contentBytes)],
        ...result.files.map((file) => [
            file.format,
            `${file.path} (${formatMiB(file.bytes)}, ${formatMiB(file.allocated)} allocated) sha256:${file.sha256}`,
        ]),
    ];
}

// EXTERNAL MODULE: ./src/values.ts
var src_values = __webpack_require__(4777);
;// CONCATENATED MODULE: ./src/disk/request.ts
/** The disk inputs (same names in the action and the CLI) → a DiskRequest, validated once. */






const DEFAULT_KERNEL_ARGS = 'console=tty0 console=ttyS0,115200';
function parseFormats(text, name) {
    const formats = (0,src_values/* parseList */.E1)(text.toLowerCase());
    if (formats.length === 0)
        return ['raw'];
    for (const format of formats) {
        if (format === 'iso' || format === 'ami' || format === 'anaconda-iso')
            throw new errors/* ConfigurationError */.j1(`${name}: ${format} is not made by the built-in builder yet; use ${DISK_FORMATS.join(', ')} (or backend: image-builder for bootc images)`);
        if (!DISK_FORMATS.includes(format))
            throw new errors/* ConfigurationError */.j1(`${name}: unknown disk format "${format}"; use ${DISK_FORMATS.join(', ')}`);
    }
    return [...new Set(formats)];
}
/** Kernel arguments: whitespace- or line-separated; root= is osimg's to set. */
function parseKernelArgs(text, name) {
    const args = text.split(/\s+/).filter((arg) => arg.length > 0);
    const root = args.find((arg) => /^(root|rootfstype)=/.test(arg));
    if (root)
        throw new errors/* ConfigurationError */.j1(`${name}: "${root}" is set by osimg from the disk it makes; remove it from the kernel arguments`);
    return args;
}
function parseOptionalSize(text, name) {
    const value = text.trim().toLowerCase();
    return value === '' || value === 'auto' ? undefined : parseSize(value, name);
}
async function toDiskRequest(inputs, context) {
    const { names } = context;
    if (!inputs.image.trim())
        throw new errors/* ConfigurationError */.j1(`${names.image} is required: an image name, oci-archive:PATH, oci:DIR or docker://REF`);
    const name = inputs.name.trim() || 'disk';
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name))
        throw new errors/* ConfigurationError */.j1(`${names.name} must be a plain file name (letters, digits, . _ -), not "${inputs.name}"`);
    const rootFilesystem = (0,src_values/* parseChoice */.HU)(inputs.rootFilesystem, names.rootFilesystem, ['ext4', 'erofs'], 'ext4');
    const state = (0,src_values/* parseChoice */.HU)(inputs.state, names.state, ['tmpfs', 'partition'], 'tmpfs');
    const stateSize = parseOptionalSize(inputs.stateSize, names.stateSize);
    if (stateSize !== undefined && !(rootFilesystem === 'erofs' && state === 'partition'))
        throw new errors/* ConfigurationError */.j1(`${names.stateSize} applies only to root-filesystem erofs with state partition`);
    const epochText = inputs.sourceDateEpoch.trim() || context.sourceDateEpochEnv?.trim() || '';
    const outputDir = inputs.outputDir.trim() || 'osimg-disk';
    const backend = (0,src_values/* parseChoice */.HU)(inputs.backend, names.backend, ['auto', 'builtin', 'image-builder'], 'auto');
    if (backend === 'image-builder')
        throw new errors/* ConfigurationError */.j1(`${names.backend}: image-builder is not run by osimg yet (its commands are in docs/disk.md); use auto or builtin`);
    const image = inputs.image.trim();
    // Relative paths in a source are relative to the workspace, like every other path input.
    const source = await parseImageSource(image, context.cwd);
    return {
        source,
        outputDir: (0,external_node_path_.isAbsolute)(outputDir) ? outputDir : (0,external_node_path_.resolve)(context.cwd, outputDir),
        name,
        formats: parseFormats(inputs.formats, names.formats),
        rootFilesystem,
        state,
        stateSize,
        size: parseOptionalSize(inputs.size, names.size),
        headroom: ((0,src_values/* parseInteger */.cG)(inputs.headroom, names.headroom, { min: 0, max: 1000 }) ?? 25) / 100,
        kernelArgs: parseKernelArgs(inputs.kernelArgs || DEFAULT_KERNEL_ARGS, names.kernelArgs),
        sourceDateEpoch: (0,src_values/* parseInteger */.cG)(epochText, names.sourceDateEpoch, { min: 0 }),
        tlsVerify: inputs.tlsVerify,
        backend,
    };
}

// EXTERNAL MODULE: ./src/tools/tool.ts
var tool = __webpack_require__(9601);
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

;// CONCATENATED MODULE: ./src/tools/mtools.ts

class Mtools extends tool/* Tool */.N {
    installHint = 'install mtools (Debian/Ubuntu: apt-get install mtools)';
    constructor(exec) {
        super('mtools', exec);
    }
    versionArgs() {
        return ['-c', 'mformat', '--version'];
    }
    parseVersion(output) {
        return (0,tool/* extractSemver */.Y)(output, 'mtools');
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

;// CONCATENATED MODULE: ./src/tools/qemu-img.ts
/** qemu-img: converts a raw disk to qcow2, vmdk (streamOptimized, for cloud import) or vhd, and inspects disks. */


class QemuImg extends tool/* Tool */.N {
    installHint = 'install qemu-utils (Debian/Ubuntu: apt-get install qemu-utils)';
    constructor(exec) {
        super('qemu-img', exec);
    }
    parseVersion(output) {
        return (0,tool/* extractSemver */.Y)(output, 'qemu-img');
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
            throw new errors/* OsimgError */.ec(`cannot read qemu-img info output: ${error.message}`, { cause: error });
        }
        if (typeof data?.format !== 'string' || typeof data['virtual-size'] !== 'number')
            throw new errors/* OsimgError */.ec('qemu-img info output has no format or virtual size');
        return {
            format: data.format,
            virtualSize: data['virtual-size'],
            actualSize: typeof data['actual-size'] === 'number' ? data['actual-size'] : 0,
        };
    }
    async convert(source, target, format) {
        await this.run(QemuImg.convertArgs(source, target, format));
    }
    async info(path, format) {
        return QemuImg.parseInfo((await this.run(QemuImg.infoArgs(path, format))).stdout);
    }
}

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

;// CONCATENATED MODULE: ./src/disk/tools.ts
/** The real tools the disk builder uses, in one place for the action, the CLI, tests and the bench. */






function defaultDiskTools(storage) {
    return {
        buildah: new BuildahContainers(storage),
        sfdisk: new Sfdisk(),
        mtools: new Mtools(),
        mkfs: new Mkfs(),
        erofs: new MkfsErofs(),
        qemuImg: new QemuImg(),
        bootloader: SYSTEMD_BOOT_X64,
    };
}

// EXTERNAL MODULE: ./src/cli/logger.ts
var logger = __webpack_require__(2280);
;// CONCATENATED MODULE: ./src/cli/disk.ts
/** `osimg disk`: the disk action's steps on a laptop or any CI, with the same modules. */









const DISK_HELP = `Usage: osimg disk IMAGE [options]

Make bootable UEFI disk images (GPT, systemd-boot) from an OS image, without loop devices or mounts.
IMAGE is a name in local storage, oci-archive:PATH, oci:DIR[:TAG], docker://REF, or a path to an
OCI archive or layout. Needs uid 0: run as root, or rootless as 'buildah unshare osimg disk ...'.

Options:
  -f, --format FORMAT         raw (default), qcow2, vmdk, vhd (repeatable or comma-separated)
  -o, --output-dir DIR        where the disks go (default: osimg-disk)
      --name NAME             file name without extension (default: disk)
      --root-filesystem FS    ext4 (default, writable) or erofs (read-only root)
      --state MODE            erofs only: where /var lives: tmpfs (default) or partition
      --state-size SIZE       size of the /var partition (default: auto)
      --size SIZE             whole disk size, e.g. 8G (default: auto = content + headroom)
      --headroom PERCENT      free space on an automatic ext4 root, in % of the content (default 25)
      --kernel-args ARGS      kernel command line after root= (default: "console=tty0 console=ttyS0,115200")
      --source-date-epoch N   timestamps in the disk (default: SOURCE_DATE_EPOCH, else the image's creation time)
      --backend NAME          auto (default: refuses bootc images, which image-builder makes) or builtin
      --tls-verify BOOL       verify registry TLS for docker:// sources (default true)
      --storage-driver NAME   buildah storage driver (default: buildah's configuration)
      --root DIR              buildah storage root (default: buildah's configuration)
      --runroot DIR           buildah run root
      --json                  print the result as JSON on stdout
  -q, --quiet                 only errors and the result
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
    const request = await toDiskRequest({
        image: positionals[0],
        formats: (values.format ?? []).join(','),
        outputDir: values['output-dir'] ?? '',
        name: values.name ?? '',
        rootFilesystem: values['root-filesystem'] ?? '',
        state: values.state ?? '',
        stateSize: values['state-size'] ?? '',
        size: values.size ?? '',
        headroom: values.headroom ?? '',
        kernelArgs: values['kernel-args'] ?? '',
        sourceDateEpoch: values['source-date-epoch'] ?? '',
        tlsVerify: (0,src_values/* parseBoolean */.yG)(values['tls-verify'] ?? '', '--tls-verify', true),
        backend: values.backend ?? '',
    }, { cwd: context.cwd, names: NAMES, sourceDateEpochEnv: context.env.SOURCE_DATE_EPOCH });
    const log = new logger/* CliLogger */.f({ quiet: values.quiet ?? false, verbose: values.verbose ?? false }, context.stderr);
    const result = await buildDisk(request, {
        ...defaultDiskTools({ driver: values['storage-driver'], root: values.root, runroot: values.runroot }),
        log,
        tempDir: context.env.TMPDIR ?? (0,external_node_os_.tmpdir)(),
        uid: process.getuid?.() ?? -1,
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
