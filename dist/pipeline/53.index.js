export const id = 53;
export const ids = [53];
export const modules = {

/***/ 63339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ parseFactsLine),
/* harmony export */   Cq: () => (/* binding */ unitName),
/* harmony export */   FX: () => (/* binding */ isRootReadOnly),
/* harmony export */   GG: () => (/* binding */ FACTS_KERNEL_ARGS),
/* harmony export */   PZ: () => (/* binding */ factsDriveContent),
/* harmony export */   z9: () => (/* binding */ POWEROFF_COMMAND)
/* harmony export */ });
/* unused harmony exports CONSOLE_FACTS_PREFIX, GUEST_FACTS_SCRIPT, guestBootTimes */
/* harmony import */ var _tools_qemu_system_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12289);
/**
 * Guest facts without SSH. osimg adds to the boot entry's kernel command line (in the throwaway overlay,
 * never the artifact) a command for systemd-run-generator: `/bin/sh /dev/vdb`, where vdb is a small
 * read-only drive holding GUEST_FACTS_SCRIPT. From there the script writes a oneshot-like unit into /run
 * (writable even on a read-only root) ordered after the boot target; that unit waits for the boot to
 * finish and prints one JSON line on a dedicated virtio-serial port (FACTS_PORT_NAME), then waits on that
 * port for the host's power-off request. See docs/boot-test.md.
 */

/** Added to the kernel command line; the user's own kernel-args come after and may override systemd.unit. */
const FACTS_KERNEL_ARGS = [
    // The run generator would replace default.target with its own; keep booting into multi-user.target.
    'systemd.unit=multi-user.target',
    // The debug generator pulls the generated unit into that target.
    'systemd.wants=kernel-command-line.service',
    '"systemd.run=/bin/sh /dev/vdb"',
    'systemd.run_success_action=none',
    'systemd.run_failure_action=none',
];
/** Written by the host on the facts port to power the guest off cleanly. */
const POWEROFF_COMMAND = 'poweroff';
/** Marks the facts line when the guest falls back to the console (no virtio-serial port found). */
const CONSOLE_FACTS_PREFIX = 'osimg-facts: ';
/*
 * POSIX sh + coreutils, sed, awk and systemctl: what every systemd image has. Phase 1 (no argument) runs
 * inside the boot transaction and must return at once; phase 2 (`report`) runs as osimg-facts.service
 * (Type=simple, so waiting for the boot to finish does not wait for itself).
 */
const GUEST_FACTS_SCRIPT = String.raw `# osimg boot-test: guest facts (docs/boot-test.md)
if [ "$1" != report ]; then
  mkdir -p /run/systemd/system
  printf '%s\n' '[Unit]' 'Description=osimg boot-test guest facts' 'After=default.target multi-user.target' \
    '[Service]' 'Type=simple' "ExecStart=/bin/sh $0 report" > /run/systemd/system/osimg-facts.service
  systemctl --no-block start osimg-facts.service || true
  exit 0
fi
escape() { sed -e 's/\\/\\\\/g' -e 's/"/\\"/g'; }
names() { awk '{ n = ($1 == "●") ? $2 : $1; if (n != "") print n }' | escape | awk 'BEGIN { ORS = "" } { printf "%s\"%s\"", (n++ ? "," : ""), $0 }'; }
state=$(systemctl is-system-running --wait 2>/dev/null | escape)
root=$(awk '$2 == "/" { r = $3 " " $4 } END { print r }' /proc/self/mounts | escape)
active=$(systemctl list-units --all --state=active --plain --no-legend --no-pager 2>/dev/null | names)
failed=$(systemctl list-units --all --state=failed --plain --no-legend --no-pager 2>/dev/null | names)
listening=$(awk '$4 == "0A" { split($2, a, ":"); print a[2] }' /proc/net/tcp /proc/net/tcp6 2>/dev/null |
  while read -r hex; do printf '%d\n' "0x$hex"; done | sort -un | awk 'BEGIN { ORS = "" } { printf "%s%s", (n++ ? "," : ""), $0 }')
# systemd's own boot timestamps (what systemd-analyze adds up), microseconds since the kernel started.
boot=$(systemctl show -p FirmwareTimestampMonotonic -p LoaderTimestampMonotonic -p InitRDTimestampMonotonic \
  -p UserspaceTimestampMonotonic -p FinishTimestampMonotonic 2>/dev/null |
  awk -F= '$2 ~ /^[0-9]+$/ { printf "%s\"%s\":%s", (n++ ? "," : ""), $1, $2 }')
json=$(printf '{"osimg-facts":1,"state":"%s","root":"%s","active":[%s],"failed":[%s],"listening":[%s],"boot":{%s}}' \
  "$state" "$root" "$active" "$failed" "$listening" "$boot")
port=
i=0
while [ $i -lt 20 ]; do
  for f in /sys/class/virtio-ports/*/name; do
    [ -r "$f" ] && [ "$(cat "$f")" = ${_tools_qemu_system_js__WEBPACK_IMPORTED_MODULE_0__/* .FACTS_PORT_NAME */ .qY} ] && port=/dev/$(basename "$(dirname "$f")")
  done
  [ -n "$port" ] && break
  i=$((i + 1))
  sleep 0.5
done
if [ -n "$port" ]; then
  printf '%s\n' "$json" > "$port"
  # The host asks for a clean power-off on the same port (images without logind ignore ACPI's button).
  while read -r command < "$port"; do
    [ "$command" = ${POWEROFF_COMMAND} ] && exec systemctl --no-block poweroff
  done
else
  printf '${CONSOLE_FACTS_PREFIX}%s\n' "$json" > /dev/console
fi
`;
/** The facts drive's content: the script padded with newlines to whole 4 KiB blocks. */
function factsDriveContent(script = GUEST_FACTS_SCRIPT) {
    const text = Buffer.from(script, 'utf8');
    const size = Math.ceil(text.length / 4096) * 4096;
    return Buffer.concat([text, Buffer.alloc(size - text.length, '\n')]);
}
/** systemd's monotonic timestamps (µs) → phase durations, with systemd-analyze's arithmetic. */
function guestBootTimes(stamps) {
    const get = (name) => {
        const value = stamps[`${name}TimestampMonotonic`];
        return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
    };
    const [firmware, loader, initrd, userspace, finish] = [
        'Firmware',
        'Loader',
        'InitRD',
        'Userspace',
        'Finish',
    ].map(get);
    if (!userspace || !finish)
        return undefined;
    const seconds = (us) => Math.round(us / 1e4) / 100;
    return {
        ...(firmware && loader ? { firmware: seconds(firmware - loader) } : {}),
        ...(loader ? { loader: seconds(loader) } : {}),
        kernel: seconds(initrd || userspace),
        ...(initrd ? { initrd: seconds(userspace - initrd) } : {}),
        userspace: seconds(finish - userspace),
    };
}
/** A report line as the guest writes it; undefined when the line is not one. */
function parseFactsLine(line) {
    const text = line.startsWith(CONSOLE_FACTS_PREFIX) ? line.slice(CONSOLE_FACTS_PREFIX.length) : line;
    if (!text.trimStart().startsWith('{"osimg-facts"'))
        return undefined;
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    const strings = (value) => Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
    const [fs = '', options = ''] = String(data.root ?? '').split(' ');
    return {
        state: String(data.state ?? ''),
        rootFilesystem: fs,
        rootOptions: options.split(',').filter((option) => option.length > 0),
        active: strings(data.active),
        failed: strings(data.failed),
        listening: Array.isArray(data.listening)
            ? data.listening.filter((port) => typeof port === 'number')
            : [],
        boot: data.boot && typeof data.boot === 'object'
            ? guestBootTimes(data.boot)
            : undefined,
    };
}
/** A unit name as systemctl lists it: a bare name means a service. */
function unitName(name) {
    return /\.(service|socket|target|mount|automount|swap|path|timer|slice|scope|device)$/.test(name)
        ? name
        : `${name}.service`;
}
function isRootReadOnly(facts) {
    return facts.rootOptions.includes('ro');
}


/***/ }),

/***/ 38053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BOOT_TEST_HELP: () => (/* binding */ BOOT_TEST_HELP),
  bootTestCommand: () => (/* binding */ bootTestCommand)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/disk/builder.ts + 11 modules
var builder = __webpack_require__(21311);
// EXTERNAL MODULE: ./src/disk/request.ts
var request = __webpack_require__(19776);
// EXTERNAL MODULE: ./src/disk/tools.ts + 7 modules
var tools = __webpack_require__(41599);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/tools/mtools.ts
var mtools = __webpack_require__(80641);
// EXTERNAL MODULE: ./src/tools/qemu-img.ts
var qemu_img = __webpack_require__(72521);
// EXTERNAL MODULE: ./src/tools/qemu-system.ts
var qemu_system = __webpack_require__(12289);
;// CONCATENATED MODULE: ./src/boot/accel.ts
/**
 * auto|kvm|tcg. /dev/kvm can exist while guests never run (nested virtualisation without full support:
 * the first FPU instruction ends in "KVM internal error"), so `auto` runs a tiny guest under KVM with a
 * short deadline and falls back to TCG, saying why, when it does not finish.
 */





const PROBE_DEADLINE_MS = 3000;
/** Why KVM cannot be used at all, before any guest runs; undefined when /dev/kvm is there and usable. */
async function kvmDeviceProblem(device) {
    try {
        await (0,promises_.access)(device, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
        return undefined;
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return `${device} does not exist (no hardware virtualisation on this host)`;
        if (code === 'EACCES' || code === 'EPERM')
            return `this user cannot open ${device} (add it to the kvm group; on GitHub runners see docs/boot-test.md)`;
        return `${device} cannot be opened: ${error.message}`;
    }
}
/** Runs the probe guest under KVM; undefined when it ran, else why not. */
async function probeKvm(options) {
    const deadline = options.deadlineMs ?? PROBE_DEADLINE_MS;
    const bios = (0,external_node_path_.join)(options.work, 'kvm-probe.bin');
    await (0,promises_.writeFile)(bios, qemu_system/* QemuSystem */.sd.probeBios());
    const stop = new AbortController();
    let internalError;
    const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
    try {
        await options.qemu.launch(qemu_system/* QemuSystem */.sd.probeArgs('kvm', bios), {
            okExitCodes: [qemu_system/* PROBE_EXIT_CODE */.Iq],
            timeoutMs: deadline,
            signal,
            killGraceMs: 1000,
            onStderrLine: (line) => {
                // qemu pauses the guest after a KVM internal error and waits forever: stop at once.
                if (!internalError && /KVM internal error|emulation failure/i.test(line)) {
                    internalError = line.trim();
                    stop.abort();
                }
            },
        });
        return undefined;
    }
    catch (error) {
        if (options.signal?.aborted)
            throw error;
        if (internalError)
            return `a KVM test guest failed at its first FPU instruction (${internalError})`;
        if (error instanceof errors/* OsimgError */.ec && error.code === 'TIMEOUT')
            return `a KVM test guest did not finish within ${deadline / 1000} s`;
        return `a KVM test guest failed: ${error.message}`;
    }
}
async function chooseAccelerator(mode, options) {
    const started = Date.now();
    if (mode === 'tcg')
        return { accel: 'tcg', reason: 'TCG as requested', probeMs: 0 };
    const device = options.kvmDevice ?? '/dev/kvm';
    const problem = (await kvmDeviceProblem(device)) ?? (await probeKvm(options));
    const probeMs = Date.now() - started;
    if (!problem)
        return { accel: 'kvm', reason: `KVM: a test guest ran in ${probeMs} ms`, probeMs };
    if (mode === 'kvm')
        throw new errors/* ConfigurationError */.j1(`accel kvm cannot be used: ${problem}; use accel auto or tcg`);
    return { accel: 'tcg', reason: `TCG (software emulation, slower): ${problem}`, probeMs };
}

// EXTERNAL MODULE: ./src/boot/facts.ts
var boot_facts = __webpack_require__(63339);
;// CONCATENATED MODULE: ./src/boot/milestones.ts
/**
 * Where a boot's time went, as the serial console shows it: each phase (firmware, loader, kernel, initrd,
 * userspace) starts when its first recognisable line arrives on the host. Times are seconds after qemu
 * started, so they include what the guest's own clocks cannot see (the firmware before the kernel runs).
 */
const BOOT_PHASES = ['firmware', 'loader', 'kernel', 'initrd', 'userspace'];
/** The lines that start a phase; the firmware starts with qemu itself. */
const STARTS = [
    // OVMF hands over to a boot entry (systemd-boot, GRUB, or the kernel's own EFI stub).
    {
        phase: 'loader',
        pattern: /^BdsDxe: starting |^Booting `|^Welcome to GRUB|systemd-boot \d|^Loading Linux |^ISOLINUX /,
    },
    { phase: 'kernel', pattern: /^EFI stub: |^(?:\[\s*\d+\.\d+\] )?Linux version \d/ },
    // The kernel runs the initramfs' /init; without an initramfs it runs the system's init directly.
    { phase: 'initrd', pattern: /Run \/init as init process/ },
    {
        phase: 'userspace',
        pattern: /Run \/(?:sbin\/init|lib\/systemd\/systemd|usr\/lib\/systemd\/systemd|etc\/init|bin\/init) as init process|systemd\[1\]: Switching root|^Welcome to .+!$|systemd \d+[.\w~-]* running in system mode/,
    },
];
/**
 * Watches console lines (already free of escape sequences) and records the first line of each phase.
 * Phases only move forward: a kernel line seen after userspace began is not a new kernel.
 */
class BootMilestones {
    seen = [{ phase: 'firmware', at: 0 }];
    /** A console line at `at` seconds; returns the milestone it marks, if it is a new one. */
    observe(line, at) {
        const text = line.trim();
        const current = BOOT_PHASES.indexOf(this.seen.at(-1).phase);
        for (const { phase, pattern } of STARTS) {
            if (BOOT_PHASES.indexOf(phase) <= current || !pattern.test(text))
                continue;
            const milestone = { phase, at, line: text };
            this.seen.push(milestone);
            return milestone;
        }
        return undefined;
    }
    get milestones() {
        return this.seen;
    }
}
/**
 * The phases as spans that tile qemu start → `endAt` (normally the first expect): each runs until the
 * next one starts, and the last until `endAt`. Phases not seen on the console are absent.
 */
function phaseSpans(milestones, endAt) {
    return milestones
        .filter((milestone) => milestone.at <= endAt)
        .map((milestone, index, seen) => ({
        name: milestone.phase,
        start: milestone.at,
        end: Math.min(seen[index + 1]?.at ?? endAt, endAt),
    }));
}
/** Lines worth showing when a boot fails: failures anywhere in the kept tail, then the last lines. */
const TROUBLE = /\b(?:error|errors|fail(?:ed|ure|s)?|panic|oops|bug:|call trace|emergency|timed out|gave up|does not exist|not found|cannot|can't|unable|segfault|killed|denied|dependency)\b/i;
function consoleExcerpt(lines, last = 20, matching = 15) {
    const cut = Math.max(0, lines.length - last);
    const picked = lines
        .slice(0, cut)
        .filter((line) => TROUBLE.test(line))
        .slice(-matching);
    return picked.length > 0 ? [...picked, '…', ...lines.slice(cut)] : lines.slice(cut);
}

;// CONCATENATED MODULE: ./src/boot/timing.ts

const round = (seconds) => Math.round(seconds * 10) / 10;
function bootTiming(marks, milestones, firstExpect, guest) {
    const at = (time) => round((time - marks.began) / 1000);
    const spans = [];
    let cursor = 0;
    const push = (name, kind, end) => {
        if (end <= cursor)
            return;
        spans.push({ name, kind, start: cursor, end: Math.max(cursor, end) });
        cursor = Math.max(cursor, end);
    };
    for (const [name, time] of marks.steps)
        push(name, 'host', at(time));
    if (marks.qemuStarted !== undefined) {
        push('qemu start', 'host', at(marks.qemuStarted));
        const zero = cursor;
        const decided = marks.decided === undefined ? at(marks.ended) : at(marks.decided);
        const guestEnd = firstExpect === undefined ? decided - zero : Math.min(firstExpect, decided - zero);
        for (const span of phaseSpans(milestones, guestEnd))
            push(span.name, 'guest', round(zero + span.end));
        if (firstExpect !== undefined)
            push('checks', 'checks', decided);
        if (marks.stopped !== undefined)
            push('stop', 'host', at(marks.stopped));
    }
    push('clean up', 'host', at(marks.ended));
    return { spans, ...(guest ? { guest } : {}) };
}
/**
 * The same timing with the process' own start-up in front (node starting, modules loading, the request
 * read), for a command whose `startedAt` is the process start: every span moves right by it.
 */
function withStartUp(timing, startUpSeconds) {
    const offset = round(Math.max(0, startUpSeconds));
    if (offset === 0)
        return timing;
    return {
        ...timing,
        spans: [
            { name: 'start-up', kind: 'host', start: 0, end: offset },
            ...timing.spans.map((span) => ({
                ...span,
                start: round(span.start + offset),
                end: round(span.end + offset),
            })),
        ],
    };
}
/** One line for a log or a table: "firmware 2.1 s · loader 0.3 s · …". */
function describeTiming(timing) {
    const parts = timing.spans.map((span) => `${span.name} ${(span.end - span.start).toFixed(1)} s`);
    const guest = timing.guest
        ? `; systemd in the guest: ${Object.entries(timing.guest)
            .map(([name, seconds]) => `${name} ${seconds.toFixed(1)} s`)
            .join(' · ')}`
        : '';
    return `${parts.join(' · ')}${guest}`;
}

;// CONCATENATED MODULE: ./src/boot/firmware.ts
/**
 * Finds UEFI firmware (OVMF) the way libvirt does: qemu's firmware descriptors (docs/interop/firmware.json
 * in qemu) in /etc/qemu/firmware and /usr/share/qemu/firmware, then well-known paths. Secure Boot builds
 * are skipped: they need SMM and enrolled keys, and osimg's systemd-boot is not signed.
 */



const DESCRIPTOR_DIRS = ['/etc/qemu/firmware', '/usr/share/qemu/firmware'];
/** Where distributions put OVMF when they ship no descriptors (Debian/Ubuntu, Fedora, Arch, SUSE). */
const KNOWN_FIRMWARE = [
    { code: '/usr/share/OVMF/OVMF_CODE_4M.fd', varsTemplate: '/usr/share/OVMF/OVMF_VARS_4M.fd' },
    { code: '/usr/share/OVMF/OVMF_CODE.fd', varsTemplate: '/usr/share/OVMF/OVMF_VARS.fd' },
    { code: '/usr/share/edk2/ovmf/OVMF_CODE.fd', varsTemplate: '/usr/share/edk2/ovmf/OVMF_VARS.fd' },
    { code: '/usr/share/edk2/x64/OVMF_CODE.4m.fd', varsTemplate: '/usr/share/edk2/x64/OVMF_VARS.4m.fd' },
    { code: '/usr/share/qemu/ovmf-x86_64-code.bin', varsTemplate: '/usr/share/qemu/ovmf-x86_64-vars.bin' },
];
/** The firmware a descriptor offers for x86-64 q35 UEFI without Secure Boot, if it offers one. */
function usableDescriptor(text) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    const features = data.features ?? [];
    if (!(data['interface-types'] ?? []).includes('uefi'))
        return undefined;
    if (features.some((feature) => ['secure-boot', 'enrolled-keys', 'requires-smm'].includes(feature)))
        return undefined;
    const mapping = data.mapping;
    if (mapping?.device !== 'flash')
        return undefined;
    const code = mapping.executable?.filename;
    const vars = mapping['nvram-template']?.filename;
    if (!code || !vars || (mapping.executable?.format ?? 'raw') !== 'raw')
        return undefined;
    const q35 = (data.targets ?? []).some((target) => target.architecture === 'x86_64' &&
        (target.machines ?? []).some((machine) => machine.startsWith('pc-q35') || machine === 'q35'));
    return q35 ? { code, varsTemplate: vars } : undefined;
}
const exists = (path) => (0,promises_.access)(path).then(() => true, () => false);
async function findUefiFirmware(dirs = DESCRIPTOR_DIRS) {
    // Descriptors are applied in file-name order across directories; a name in /etc overrides /usr/share.
    const byName = new Map();
    for (const dir of [...dirs].reverse()) {
        for (const name of await (0,promises_.readdir)(dir).catch(() => [])) {
            if (name.endsWith('.json'))
                byName.set(name, (0,external_node_path_.join)(dir, name));
        }
    }
    for (const name of [...byName.keys()].sort()) {
        const firmware = usableDescriptor(await (0,promises_.readFile)(byName.get(name), 'utf8').catch(() => ''));
        if (firmware && (await exists(firmware.code)) && (await exists(firmware.varsTemplate)))
            return firmware;
    }
    for (const firmware of KNOWN_FIRMWARE) {
        if ((await exists(firmware.code)) && (await exists(firmware.varsTemplate)))
            return firmware;
    }
    throw new errors/* ConfigurationError */.j1('no UEFI firmware (OVMF) found: install it (Debian/Ubuntu: apt-get install ovmf; Fedora: edk2-ovmf), or boot with firmware bios');
}

// EXTERNAL MODULE: ./src/glob.ts
var glob = __webpack_require__(75601);
;// CONCATENATED MODULE: ./src/boot/boot-entry.ts
/**
 * Boot Loader Specification (type #1) entries on the ESP, as systemd-boot reads them: which entry boots,
 * and the same entry with more kernel arguments.
 */

const ENTRIES_DIR = '/loader/entries';
/** The `default` of loader.conf (a name or a glob, with or without .conf), if any. */
function loaderDefault(loaderConf) {
    for (const line of loaderConf.split(/\r?\n/)) {
        const match = /^\s*default\s+(\S+)\s*$/.exec(line);
        if (match)
            return match[1];
    }
    return undefined;
}
/**
 * The entry file (name in /loader/entries) that boots: loader.conf's default when it names one, else the only
 * entry. Undefined when that cannot be told (no entries, or several and no matching default).
 */
function pickEntry(entries, loaderConf) {
    const confs = entries.filter((name) => name.endsWith('.conf')).sort();
    const wanted = loaderConf ? loaderDefault(loaderConf) : undefined;
    if (wanted) {
        // systemd-boot's glob: `*` and `?` (entry names have no `/`), braces literal; matched in linear time.
        const pattern = new glob/* Glob */.fo(wanted.length > glob/* MAX_GLOB_LENGTH */.v7 ? '' : wanted, { braces: false });
        const matches = confs.filter((name) => pattern.matches(name) || pattern.matches(name.slice(0, -5)));
        // systemd-boot picks the last match in its (version) order; the name order is the same for osimg's.
        if (matches.length > 0)
            return matches.at(-1);
    }
    return confs.length === 1 ? confs[0] : undefined;
}
/** The kernel command line of an entry (all `options` lines, joined as systemd-boot does). */
function entryOptions(entry) {
    return entry
        .split(/\r?\n/)
        .map((line) => /^\s*options\s+(.*?)\s*$/.exec(line)?.[1])
        .filter((options) => options !== undefined)
        .join(' ');
}
/** The entry with `args` appended to its last `options` line (or a new one when it has none). */
function appendOptions(entry, args) {
    if (args.length === 0)
        return entry;
    const lines = entry.replace(/\r?\n$/, '').split(/\r?\n/);
    let last = -1;
    lines.forEach((line, index) => {
        if (/^\s*options\s/.test(line))
            last = index;
    });
    if (last >= 0)
        lines[last] = `${lines[last].trimEnd()} ${args.join(' ')}`;
    else
        lines.push(`options ${args.join(' ')}`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/boot/gpt.ts
/** Reads a GPT partition table from the first bytes of a disk, to find the EFI system partition. */
const ESP_TYPE = 'C12A7328-F81F-11D2-BA4B-00A0C93EC93B';
const SECTOR = 512;
/** Mixed-endian GUID bytes → the canonical upper-case text form. */
function guidText(bytes) {
    const hex = (b) => b.toString('hex').toUpperCase();
    const le = (start, end) => hex(Buffer.from(bytes.subarray(start, end)).reverse());
    return `${le(0, 4)}-${le(4, 6)}-${le(6, 8)}-${hex(bytes.subarray(8, 10))}-${hex(bytes.subarray(10, 16))}`;
}
/**
 * Partitions of the GPT in `head` (the disk's first bytes, enough to hold the entry array). Returns undefined
 * when there is no GPT ("EFI PART" signature at LBA 1) or the entries lie beyond `head`.
 */
function readGpt(head) {
    if (head.length < 2 * SECTOR)
        return undefined;
    const header = head.subarray(SECTOR, 2 * SECTOR);
    if (header.toString('latin1', 0, 8) !== 'EFI PART')
        return undefined;
    const entriesLba = Number(header.readBigUInt64LE(72));
    const count = header.readUInt32LE(80);
    const size = header.readUInt32LE(84);
    if (size < 128 || count > 4096)
        return undefined;
    const start = entriesLba * SECTOR;
    if (start + count * size > head.length)
        return undefined;
    const partitions = [];
    for (let i = 0; i < count; i++) {
        const entry = head.subarray(start + i * size, start + (i + 1) * size);
        if (entry.subarray(0, 16).every((byte) => byte === 0))
            continue;
        const first = Number(entry.readBigUInt64LE(32));
        const last = Number(entry.readBigUInt64LE(40));
        partitions.push({
            type: guidText(entry.subarray(0, 16)),
            uuid: guidText(entry.subarray(16, 32)),
            offset: first * SECTOR,
            bytes: (last - first + 1) * SECTOR,
            name: entry.toString('utf16le', 56, 128).replace(/\0+$/, ''),
        });
    }
    return partitions;
}

;// CONCATENATED MODULE: ./src/boot/overlay.ts
/**
 * The disk the VM boots: a qcow2 overlay over the artifact, so the artifact is never written (qemu opens a
 * backing file read-only). When kernel arguments must be added (the user's, and the guest facts command),
 * the boot entry is edited inside the overlay: the ESP is copied out of it, the entry rewritten with
 * mtools, and only the 64 KiB blocks that changed are written back.
 */





const HEAD_BYTES = 1024 * 1024;
const BLOCK = 64 * 1024;
async function prepareDisk(disk, addArgs, work, tools, log) {
    const source = (0,external_node_path_.resolve)(disk);
    const info = await tools.qemuImg.info(source).catch((error) => {
        throw new errors/* ConfigurationError */.j1(`cannot read the disk ${disk} (${error.message}): give a raw, qcow2, vmdk or vhd disk image`, { cause: error });
    });
    const overlay = (0,external_node_path_.join)(work, 'overlay.qcow2');
    await tools.qemuImg.createOverlay(source, info.format, overlay);
    const result = { path: overlay, format: 'qcow2', sourceFormat: info.format };
    if (addArgs.length === 0)
        return result;
    const headFile = (0,external_node_path_.join)(work, 'head.raw');
    await tools.qemuImg.readRegion(overlay, 'qcow2', 0, Math.min(HEAD_BYTES, info.virtualSize), headFile);
    const partitions = readGpt(await (0,promises_.readFile)(headFile));
    if (!partitions)
        return { ...result, entryProblem: 'the disk has no GPT partition table' };
    const esp = partitions.find((part) => part.type === ESP_TYPE);
    if (!esp)
        return { ...result, entryProblem: 'the disk has no EFI system partition' };
    const espFile = (0,external_node_path_.join)(work, 'esp.raw');
    const before = (0,external_node_path_.join)(work, 'esp.before.raw');
    await tools.qemuImg.readRegion(overlay, 'qcow2', esp.offset, esp.bytes, espFile);
    await (0,promises_.copyFile)(espFile, before);
    const fat = { image: espFile, offset: 0 };
    const entries = await tools.mtools.list(fat, ENTRIES_DIR).catch(() => []);
    const loaderConf = await tools.mtools.readFile(fat, '/loader/loader.conf').catch(() => undefined);
    const names = entries.map((path) => path.split('/').pop()).filter((name) => name.length > 0);
    const entryName = pickEntry(names, loaderConf);
    if (!entryName) {
        return {
            ...result,
            entryProblem: names.length === 0
                ? `the ESP has no boot entries in ${ENTRIES_DIR} (only systemd-boot entries can be given kernel arguments)`
                : `the ESP has ${names.length} boot entries and loader.conf names none of them as the default`,
        };
    }
    const entryPath = `${ENTRIES_DIR}/${entryName}`;
    const edited = appendOptions(await tools.mtools.readFile(fat, entryPath), addArgs);
    const local = (0,external_node_path_.join)(work, 'entry.conf');
    await (0,promises_.writeFile)(local, edited);
    await tools.mtools.copy(fat, local, entryPath, Math.floor(Date.now() / 1000));
    const ranges = await changedRanges(before, espFile, esp.bytes);
    for (const range of ranges) {
        await tools.qemuImg.writeRegion(espFile, range.offset, overlay, 'qcow2', esp.offset + range.offset, range.bytes);
    }
    log.debug(`boot entry ${entryPath}: ${ranges.length} changed block range(s) written to the overlay`);
    return { ...result, cmdline: entryOptions(edited) };
}
/** Byte ranges (in whole 64 KiB blocks, adjacent ones merged) where two files of `size` bytes differ. */
async function changedRanges(a, b, size) {
    const ranges = [];
    const [fa, fb] = await Promise.all([(0,promises_.open)(a, 'r'), (0,promises_.open)(b, 'r')]);
    try {
        const chunk = 16 * BLOCK;
        const bufA = Buffer.alloc(chunk);
        const bufB = Buffer.alloc(chunk);
        for (let offset = 0; offset < size; offset += chunk) {
            const length = Math.min(chunk, size - offset);
            await Promise.all([fa.read(bufA, 0, length, offset), fb.read(bufB, 0, length, offset)]);
            for (let block = 0; block < length; block += BLOCK) {
                const end = Math.min(block + BLOCK, length);
                if (bufA.subarray(block, end).equals(bufB.subarray(block, end)))
                    continue;
                const at = offset + block;
                const previous = ranges.at(-1);
                if (previous && previous.offset + previous.bytes === at)
                    previous.bytes += end - block;
                else
                    ranges.push({ offset: at, bytes: end - block });
            }
        }
    }
    finally {
        await Promise.all([fa.close(), fb.close()]);
    }
    return ranges;
}

// EXTERNAL MODULE: ./src/net.ts
var net = __webpack_require__(88316);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
;// CONCATENATED MODULE: ./src/boot/probes.ts
/**
 * Probes from the outside, through qemu's user-network port forwards on 127.0.0.1: HTTP requests and TCP
 * connections, retried until their deadline. Each probe is an attempt loop that ends with one outcome.
 */


/** How a probe is named in results: `http 8080 /health → 200 /ok/`. */
function httpProbeName(probe) {
    return `http ${probe.guestPort} ${probe.path} → ${probe.status}${probe.body ? ` /${probe.body.source}/` : ''}`;
}
const ATTEMPT_MS = 5000;
const RETRY_MS = 1000;
const BODY_LIMIT = 1024 * 1024;
function sleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal.aborted)
            return resolve();
        const timer = setTimeout(done, ms);
        function done() {
            clearTimeout(timer);
            signal.removeEventListener('abort', done);
            resolve();
        }
        signal.addEventListener('abort', done, { once: true });
    });
}
function httpGet(port, path, timeoutMs, signal) {
    return new Promise((resolve, reject) => {
        const req = (0,external_node_http_.request)({ host: '127.0.0.1', port, path, method: 'GET', timeout: timeoutMs, signal, agent: false }, (res) => {
            let body = '';
            res.setEncoding('utf8');
            res.on('data', (chunk) => {
                if (body.length < BODY_LIMIT)
                    body += chunk;
            });
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
            res.on('error', reject);
        });
        req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)));
        req.on('error', reject);
        req.end();
    });
}
function describeAnswer(answer) {
    const body = answer.body.replace(/\s+/g, ' ').trim();
    return `HTTP ${answer.status}${body ? `, body "${body.length > 120 ? `${body.slice(0, 120)}…` : body}"` : ''}`;
}
/**
 * GET until the status (and body pattern) match or the deadline passes; the last answer explains a failure.
 * The deadline is a function: it moves once the boot is known to be done (see BootSession.readyAt).
 */
async function probeHttp(probe, hostPort, deadline, signal, now = Date.now) {
    let last = 'no attempt was made before the deadline';
    while (!signal.aborted) {
        const remaining = deadline() - now();
        if (remaining <= 0)
            break;
        try {
            const answer = await httpGet(hostPort, probe.path, Math.min(ATTEMPT_MS, remaining), signal);
            const statusOk = answer.status === probe.status;
            const bodyOk = !probe.body || probe.body.test(answer.body);
            if (statusOk && bodyOk)
                return { passed: true, detail: describeAnswer(answer) };
            last = `${describeAnswer(answer)}${statusOk ? `: the body does not match /${probe.body.source}/` : `: expected ${probe.status}`}`;
        }
        catch (error) {
            last = `no HTTP answer: ${error.message}`;
        }
        await sleep(Math.min(RETRY_MS, Math.max(0, deadline() - now())), signal);
    }
    return { passed: false, detail: last };
}
/**
 * One TCP attempt through the forward. qemu accepts on the host side before the guest answers, so an
 * open connection proves little by itself; a guest that refuses makes qemu close it within moments.
 * "Accepted" = still open after `holdMs`. (The guest facts' listening ports make the check exact.)
 */
function tcpAttempt(hostPort, holdMs, signal) {
    return new Promise((resolve) => {
        const socket = (0,external_node_net_.connect)({ host: '127.0.0.1', port: hostPort });
        let settled = false;
        const finish = (accepted) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            signal.removeEventListener('abort', onAbort);
            socket.destroy();
            resolve(accepted);
        };
        const onAbort = () => finish(false);
        const timer = setTimeout(() => finish(true), holdMs);
        socket.on('error', () => finish(false));
        socket.on('close', () => finish(false));
        socket.on('end', () => finish(false));
        signal.addEventListener('abort', onAbort, { once: true });
    });
}
async function probeTcp(hostPort, deadline, signal, now = Date.now, holdMs = 1500) {
    while (!signal.aborted && now() < deadline()) {
        if (await tcpAttempt(hostPort, holdMs, signal))
            return { passed: true, detail: `a connection through 127.0.0.1:${hostPort} stayed open` };
        await sleep(Math.min(RETRY_MS, Math.max(0, deadline() - now())), signal);
    }
    return { passed: false, detail: 'every connection was refused or closed by the guest' };
}

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
;// CONCATENATED MODULE: ./src/boot/console.ts
/**
 * The serial console as text to match: bytes → UTF-8 (characters kept whole across chunks) → terminal
 * control sequences removed (colours, cursor moves, OVMF's screen clears, backspaces) → lines. A line
 * that has not ended yet is visible too, because prompts ("login: ") end without a newline.
 */

/** Complete escape sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), charset and 2-byte forms. */
const ESCAPE = 
// eslint-disable-next-line no-control-regex
/\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()*+][ -~]|\x1b[ -/]*[0-~]|\x9b[0-?]*[ -/]*[@-~]/g;
/** An escape sequence cut off at the end of a chunk: held back until the rest arrives. */
// eslint-disable-next-line no-control-regex
const PARTIAL_ESCAPE = /(?:\x1b(?:\[[0-?]*[ -/]*|\][^\x07\x1b]*\x1b?|[()*+]|[ -/]*)?|\x9b[0-?]*[ -/]*)$/;
/** Control characters other than tab and newline (CR, BS, BEL, NUL ...) carry nothing to match. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f]/g;
/** Removes terminal control sequences from complete text. */
function stripAnsi(text) {
    return text.replace(ESCAPE, '').replace(CONTROL, '');
}
/** Streaming version of stripAnsi: escape sequences may be split across chunks. */
class AnsiStripper {
    pending = '';
    push(text) {
        const data = this.pending + text;
        const cut = PARTIAL_ESCAPE.exec(data);
        // A lone ESC at the very end is most likely the start of a sequence; keep it (bounded, see below).
        const keep = cut && cut[0].length > 0 && cut[0].length < 256 ? cut[0].length : 0;
        this.pending = data.slice(data.length - keep);
        return stripAnsi(data.slice(0, data.length - keep));
    }
    flush() {
        const rest = stripAnsi(this.pending.split('\x1b').join(''));
        this.pending = '';
        return rest;
    }
}
/** Bytes in, stripped lines out. */
class ConsoleText {
    events;
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
    stripper = new AnsiStripper();
    current = '';
    constructor(events) {
        this.events = events;
    }
    push(chunk) {
        this.feed(this.stripper.push(this.decoder.write(chunk)));
    }
    /** Ends the stream: a last unfinished line counts as a line. */
    end() {
        this.feed(this.stripper.push(this.decoder.end()) + this.stripper.flush());
        if (this.current.length > 0) {
            const line = this.current;
            this.current = '';
            this.events.onLine(line);
        }
    }
    /** The unfinished line, if any. */
    get partial() {
        return this.current;
    }
    feed(text) {
        if (text.length === 0)
            return;
        const parts = text.split('\n');
        const last = parts.pop();
        for (const part of parts) {
            const line = this.current + part;
            this.current = '';
            this.events.onLine(line);
        }
        this.current += last;
        if (last.length > 0)
            this.events.onPartial(this.current);
    }
}

;// CONCATENATED MODULE: ./src/boot/session.ts
/**
 * The assertions of one boot, decided as events arrive: console text (ordered expects, fail-on patterns),
 * silence (the hang timeout), deadlines, probe outcomes, the guest facts report and qemu's exit. The
 * session ends at the first failure or when everything passed; `finished` resolves then, once.
 */


const KEEP_LINES = 200;
class BootSession {
    options;
    now;
    text;
    expectResults;
    probeResults = new Map();
    factResults;
    /** Host-side TCP successes waiting for the guest's listening ports. */
    tcpHost = new Map();
    expectIndex = 0;
    lineOffset = 0;
    readyTime;
    lastOutput;
    startedAt;
    failure;
    decided = false;
    facts;
    lines = [];
    timer;
    resolveFinished;
    finished = new Promise((resolve) => (this.resolveFinished = resolve));
    constructor(options) {
        this.options = options;
        this.now = options.now ?? Date.now;
        this.startedAt = this.now();
        this.lastOutput = this.startedAt;
        this.expectResults = options.expect.map(() => undefined);
        this.text = new ConsoleText({
            onLine: (line) => this.line(line),
            onPartial: (partial) => this.partial(partial),
        });
    }
    /** qemu has started: deadlines count from now. */
    start(startedAt = this.now()) {
        this.startedAt = startedAt;
        this.lastOutput = startedAt;
        this.timer = setInterval(() => this.tick(), this.options.tickMs ?? 250);
        this.timer.unref?.();
        this.checkDone();
    }
    seconds(at = this.now()) {
        return Math.round((at - this.startedAt) / 100) / 10;
    }
    console(chunk) {
        this.lastOutput = this.now();
        this.text.push(chunk);
    }
    consoleEnded() {
        this.text.end();
    }
    factsLine(line) {
        const facts = (0,boot_facts/* parseFactsLine */.B8)(line);
        if (facts)
            this.receiveFacts(facts);
    }
    probeSettled(name, kind, outcome, tcpPort) {
        if (this.decided)
            return;
        if (kind === 'tcp' && tcpPort !== undefined && this.options.facts && outcome.passed) {
            // The host side alone can be fooled (qemu accepts first); the guest's listening ports decide.
            this.tcpHost.set(name, { port: tcpPort, outcome });
            this.evaluateTcp();
            return;
        }
        const result = { name, kind, passed: outcome.passed, seconds: this.seconds(), detail: outcome.detail };
        this.probeResults.set(name, result);
        if (!outcome.passed)
            this.fail(result, `${name} failed: ${outcome.detail}`);
        else
            this.checkDone();
    }
    vmExited(exit) {
        if (this.decided)
            return;
        this.text.end();
        if (this.decided)
            return;
        const how = exit.code === null ? 'was killed' : `exited with status ${exit.code}`;
        const tail = exit.stderrTail.length ? `: ${exit.stderrTail.slice(-3).join(' | ')}` : '';
        const result = {
            name: 'qemu',
            kind: 'vm',
            passed: false,
            seconds: this.seconds(),
            detail: `qemu ${how} before the assertions were decided (the guest powered off, rebooted or crashed)${tail}`,
        };
        this.fail(result, result.detail);
    }
    line(line) {
        this.lines.push(line);
        if (this.lines.length > KEEP_LINES)
            this.lines.shift();
        this.options.onLine?.(line);
        const facts = (0,boot_facts/* parseFactsLine */.B8)(line);
        if (facts) {
            this.receiveFacts(facts);
        }
        else if (!this.decided) {
            this.checkFailOn(line);
            this.checkExpects(line);
        }
        this.lineOffset = 0;
    }
    partial(text) {
        if (this.decided)
            return;
        this.checkExpects(text);
    }
    checkFailOn(line) {
        for (const pattern of this.options.failOn) {
            if (!pattern.regex.test(line))
                continue;
            const result = {
                name: `fail-on /${pattern.source}/`,
                kind: 'fail-on',
                passed: false,
                seconds: this.seconds(),
                detail: `matched: ${line.trim()}`,
            };
            this.fail(result, `the console showed a failure: ${line.trim()}`);
            return;
        }
    }
    checkExpects(text) {
        while (!this.decided && this.expectIndex < this.options.expect.length) {
            const pattern = this.options.expect[this.expectIndex];
            const rest = text.slice(this.lineOffset);
            const match = pattern.regex.exec(rest);
            if (!match)
                return;
            this.lineOffset += match.index + Math.max(match[0].length, 1);
            this.expectResults[this.expectIndex] = {
                name: `expect /${pattern.source}/`,
                kind: 'expect',
                passed: true,
                seconds: this.seconds(),
                detail: `matched: ${text.trim()}`,
            };
            this.expectIndex++;
            this.checkDone();
        }
    }
    receiveFacts(facts) {
        if (this.facts)
            return;
        this.facts = facts;
        this.evaluateFacts();
    }
    /** Fact checks, once the report is here (tcp also waits for its host-side probe). */
    evaluateFacts() {
        const checks = this.options.facts;
        const facts = this.facts;
        if (!checks || !facts || this.decided)
            return;
        const at = this.seconds();
        const results = [];
        if (checks.readOnlyRoot !== undefined) {
            const readOnly = (0,boot_facts/* isRootReadOnly */.FX)(facts);
            results.push({
                name: `root filesystem ${checks.readOnlyRoot ? 'read-only' : 'writable'}`,
                kind: 'read-only-root',
                passed: readOnly === checks.readOnlyRoot,
                seconds: at,
                detail: `/ is mounted ${facts.rootFilesystem} ${facts.rootOptions.join(',')}`,
            });
        }
        for (const unit of checks.units) {
            const active = facts.active.includes(unit);
            results.push({
                name: `unit ${unit} active`,
                kind: 'unit',
                passed: active,
                seconds: at,
                detail: active
                    ? 'active'
                    : facts.failed.includes(unit)
                        ? 'failed'
                        : 'not active (inactive or not found)',
            });
        }
        if (checks.noFailedUnits) {
            results.push({
                name: 'no failed units',
                kind: 'no-failed-units',
                passed: facts.failed.length === 0,
                seconds: at,
                detail: facts.failed.length === 0
                    ? `system state ${facts.state || 'unknown'}`
                    : `failed: ${facts.failed.join(', ')}`,
            });
        }
        this.factResults = results;
        this.recordTcpPasses();
        for (const port of checks.tcpPorts) {
            if (facts.listening.includes(port))
                continue;
            const result = {
                name: `tcp ${port}`,
                kind: 'tcp',
                passed: false,
                seconds: at,
                detail: `nothing in the guest listens on port ${port} (listening: ${facts.listening.join(', ') || 'none'})`,
            };
            this.probeResults.set(result.name, result);
            return this.fail(result, `${result.name}: ${result.detail}`);
        }
        const failed = results.find((result) => !result.passed);
        if (failed)
            this.fail(failed, `${failed.name}: ${failed.detail}`);
        else
            this.checkDone();
    }
    /** A host-side TCP success, once the guest's report is here. */
    evaluateTcp() {
        if (!this.facts || this.decided)
            return;
        this.recordTcpPasses();
        this.checkDone();
    }
    /** TCP checks whose host side succeeded pass once the guest report lists their port as listening. */
    recordTcpPasses() {
        const facts = this.facts;
        for (const [name, { port, outcome }] of this.tcpHost) {
            if (this.probeResults.has(name) || !facts.listening.includes(port))
                continue;
            this.probeResults.set(name, {
                name,
                kind: 'tcp',
                passed: true,
                seconds: this.seconds(),
                detail: `the guest listens on ${port} and ${outcome.detail}`,
            });
        }
    }
    tick() {
        if (this.decided)
            return;
        const now = this.now();
        const elapsed = now - this.startedAt;
        const pending = this.options.expect[this.expectIndex];
        if (pending) {
            if (pending.withinMs !== undefined && elapsed >= pending.withinMs) {
                const result = {
                    name: `expect /${pending.source}/`,
                    kind: 'expect',
                    passed: false,
                    seconds: this.seconds(now),
                    detail: `not seen within ${pending.withinMs / 1000} s`,
                };
                this.expectResults[this.expectIndex] = result;
                return this.fail(result, `/${pending.source}/ did not appear on the console within ${pending.withinMs / 1000} s`);
            }
            if (now - this.lastOutput >= this.options.hangTimeoutMs) {
                const silent = Math.round((now - this.lastOutput) / 1000);
                const result = {
                    name: 'console output',
                    kind: 'hang',
                    passed: false,
                    seconds: this.seconds(now),
                    detail: `no console output for ${silent} s while waiting for /${pending.source}/`,
                };
                return this.fail(result, `the guest hung: ${result.detail}`);
            }
        }
        if (elapsed >= this.options.timeoutMs) {
            const waiting = this.pendingNames();
            const result = {
                name: 'overall timeout',
                kind: 'timeout',
                passed: false,
                seconds: this.seconds(now),
                detail: `${this.options.timeoutMs / 1000} s passed while waiting for ${waiting.join(', ') || 'nothing'}`,
            };
            this.fail(result, `the boot test timed out: ${result.detail}`);
        }
    }
    pendingNames() {
        const names = [];
        const pending = this.options.expect[this.expectIndex];
        if (pending)
            names.push(`/${pending.source}/`);
        for (const probe of this.options.probes)
            if (!this.probeResults.has(probe.name))
                names.push(probe.name);
        if (this.options.facts && !this.factResults)
            names.push('the guest facts report');
        return names;
    }
    /** When every expect had matched (Date.now() scale); probes' within= deadlines count from here. */
    get readyAt() {
        return this.readyTime;
    }
    checkDone() {
        if (this.decided)
            return;
        if (this.expectIndex < this.options.expect.length)
            return;
        this.readyTime ??= this.now();
        if (!this.options.probes.every((probe) => this.probeResults.has(probe.name)))
            return;
        if (this.options.facts && !this.factResults)
            return;
        this.finish();
    }
    fail(result, sentence) {
        if (this.decided)
            return;
        this.failure = { result, sentence };
        this.finish();
    }
    finish() {
        this.decided = true;
        if (this.timer)
            clearInterval(this.timer);
        this.resolveFinished(this.outcome());
    }
    /** Every assertion's result: decided ones, and the rest as not reached. */
    outcome() {
        const results = [];
        const notReached = this.failure
            ? 'not reached: the boot test stopped at the first failure'
            : 'not decided';
        this.options.expect.forEach((pattern, index) => {
            results.push(this.expectResults[index] ?? {
                name: `expect /${pattern.source}/`,
                kind: 'expect',
                passed: false,
                detail: notReached,
            });
        });
        const failOn = this.failure?.result.kind === 'fail-on' ? this.failure.result : undefined;
        results.push(failOn ?? {
            name: 'fail-on patterns',
            kind: 'fail-on',
            passed: true,
            detail: `none of ${this.options.failOn.length} patterns appeared`,
        });
        for (const probe of this.options.probes) {
            results.push(this.probeResults.get(probe.name) ?? {
                name: probe.name,
                kind: probe.kind,
                passed: false,
                detail: notReached,
            });
        }
        if (this.options.facts) {
            if (this.factResults)
                results.push(...this.factResults);
            else
                results.push(...this.unreachedFacts(notReached));
        }
        const kind = this.failure?.result.kind;
        if (kind === 'hang' || kind === 'timeout' || kind === 'vm')
            results.push(this.failure.result);
        const first = this.expectResults[0];
        return {
            passed: !this.failure && results.every((result) => result.passed),
            results,
            failure: this.failure?.sentence,
            bootSeconds: first?.passed ? first.seconds : undefined,
            facts: this.facts,
            lastLines: this.lastLines,
        };
    }
    unreachedFacts(detail) {
        const checks = this.options.facts;
        const results = [];
        if (checks.readOnlyRoot !== undefined)
            results.push({
                name: `root filesystem ${checks.readOnlyRoot ? 'read-only' : 'writable'}`,
                kind: 'read-only-root',
                passed: false,
                detail,
            });
        for (const unit of checks.units)
            results.push({ name: `unit ${unit} active`, kind: 'unit', passed: false, detail });
        if (checks.noFailedUnits)
            results.push({ name: 'no failed units', kind: 'no-failed-units', passed: false, detail });
        return results;
    }
    /** The last console lines so far (also those after the decision, while the VM was stopped). */
    get lastLines() {
        return [...this.lines, ...(this.text.partial ? [this.text.partial] : [])];
    }
    stop() {
        if (this.timer)
            clearInterval(this.timer);
    }
}

// EXTERNAL MODULE: ./src/tools/exec.ts + 2 modules
var exec = __webpack_require__(12834);
;// CONCATENATED MODULE: ./src/boot/qmp.ts
class Qmp {
    socket;
    buffer = '';
    nextId = 1;
    pending = new Map();
    greeted;
    greeting = new Promise((resolve) => (this.greeted = resolve));
    events = [];
    closed = false;
    constructor(socket) {
        this.socket = socket;
        socket.setEncoding('utf8');
        socket.on('data', (chunk) => this.receive(chunk));
        socket.on('close', () => this.fail(new Error('the QMP connection closed')));
        socket.on('error', (error) => this.fail(error));
    }
    /** Waits for qemu's greeting and leaves capabilities negotiation mode. */
    async start() {
        await this.greeting;
        await this.execute('qmp_capabilities');
    }
    execute(command, args) {
        if (this.closed)
            return Promise.reject(new Error('the QMP connection is closed'));
        const id = String(this.nextId++);
        return new Promise((resolve, reject) => {
            this.pending.set(id, { resolve, reject });
            this.socket.write(`${JSON.stringify({ execute: command, ...(args ? { arguments: args } : {}), id })}\n`);
        });
    }
    receive(chunk) {
        this.buffer += chunk;
        let newline;
        while ((newline = this.buffer.indexOf('\n')) >= 0) {
            const line = this.buffer.slice(0, newline).trim();
            this.buffer = this.buffer.slice(newline + 1);
            if (line)
                this.message(line);
        }
    }
    message(line) {
        let data;
        try {
            data = JSON.parse(line);
        }
        catch {
            return;
        }
        if (data.QMP)
            this.greeted();
        else if (data.event)
            this.events.push(data.event);
        else if (data.id !== undefined) {
            const waiter = this.pending.get(String(data.id));
            this.pending.delete(String(data.id));
            if (data.error)
                waiter?.reject(new Error(data.error.desc ?? 'QMP error'));
            else
                waiter?.resolve(data.return);
        }
    }
    fail(error) {
        this.closed = true;
        this.greeted();
        for (const waiter of this.pending.values())
            waiter.reject(error);
        this.pending.clear();
    }
    close() {
        this.socket.destroy();
    }
}

;// CONCATENATED MODULE: ./src/boot/vm.ts
/**
 * One qemu process and its three channels. osimg listens on Unix sockets (console, guest facts, QMP) and
 * qemu connects to each as it starts, before the guest runs, so no console byte is lost. stop() asks the
 * guest to power off (ACPI, through QMP), then tells qemu to quit, then kills it (TERM, then KILL).
 */







/** Unix socket paths are limited to 108 bytes (sun_path). */
const SOCKET_PATH_MAX = 100;
const CONNECT_TIMEOUT_MS = 30_000;
/** qemu quits at once when told to; after this it is killed (TERM, then KILL 2 s later). */
const QUIT_WAIT_MS = 2000;
function socketPaths(dir) {
    const paths = {
        console: (0,external_node_path_.join)(dir, 'console.sock'),
        qmp: (0,external_node_path_.join)(dir, 'qmp.sock'),
        facts: (0,external_node_path_.join)(dir, 'facts.sock'),
    };
    if (Object.values(paths).some((path) => Buffer.byteLength(path) > SOCKET_PATH_MAX))
        throw new errors/* OsimgError */.ec(`the scratch directory ${dir} is too long a path for Unix sockets; use a shorter TMPDIR`);
    return paths;
}
/** A server that hands over the first connection it gets. */
async function listenOnce(path) {
    const server = (0,external_node_net_.createServer)();
    const connection = new Promise((resolve) => server.once('connection', resolve));
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(path, () => {
            server.off('error', reject);
            resolve();
        });
    });
    return { server, connection };
}
function vm_sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
async function startVm(spec, socketDir, qemu, channels) {
    const paths = socketPaths(socketDir);
    const servers = [];
    const sockets = [];
    const closeChannels = () => {
        for (const socket of sockets)
            socket.destroy();
        for (const server of servers)
            server.close();
    };
    const listening = await Promise.all([
        listenOnce(paths.console),
        listenOnce(paths.qmp),
        listenOnce(paths.facts),
    ]);
    servers.push(...listening.map((entry) => entry.server));
    const [consoleServer, qmpServer, factsServer] = listening;
    const kill = new AbortController();
    /** running → powering off (asked nicely) → forced (quit, then kill). */
    let phase = 'running';
    const exitOf = (code) => ({
        code,
        stopped: phase !== 'running',
        poweredOff: phase === 'powerdown',
        stderrTail: (0,exec/* tailLines */.os)(stderr.join('\n')),
    });
    let exitedFlag = false;
    const stderr = [];
    const startedAt = Date.now();
    const exited = qemu
        .launch(qemu_system/* QemuSystem */.sd.vmArgs({ ...spec, sockets: paths }), {
        signal: kill.signal,
        killGraceMs: 2000,
        onStderrLine: (line) => {
            stderr.push(line);
            if (stderr.length > 200)
                stderr.shift();
        },
    })
        .then((result) => exitOf(result.exitCode), (error) => {
        if (!(error instanceof errors/* CommandError */.Qd))
            throw error;
        return exitOf(error.exitCode);
    })
        .finally(() => {
        exitedFlag = true;
        closeChannels();
    });
    try {
        const connected = await Promise.race([
            Promise.all([consoleServer.connection, qmpServer.connection, factsServer.connection]),
            exited.then((exit) => {
                throw new errors/* OsimgError */.ec(`qemu exited before the VM started (status ${exit.code})${exit.stderrTail.length ? `: ${exit.stderrTail.join(' | ')}` : ''}`, { code: 'COMMAND_FAILED' });
            }),
            vm_sleep(CONNECT_TIMEOUT_MS).then(() => {
                throw new errors/* OsimgError */.ec(`qemu did not connect to its channels within ${CONNECT_TIMEOUT_MS / 1000} s`);
            }),
        ]);
        const [consoleSocket, qmpSocket, factsSocket] = connected;
        sockets.push(consoleSocket, qmpSocket, factsSocket);
        consoleSocket.on('data', (chunk) => channels.onConsole(chunk));
        consoleSocket.on('error', () => undefined);
        factsSocket.on('error', () => undefined);
        let facts = '';
        factsSocket.setEncoding('utf8');
        factsSocket.on('data', (chunk) => {
            facts += chunk;
            let newline;
            while ((newline = facts.indexOf('\n')) >= 0) {
                const line = facts.slice(0, newline).replace(/\r$/, '');
                facts = facts.slice(newline + 1);
                channels.onFactsLine(line);
            }
        });
        const qmp = new Qmp(qmpSocket);
        await qmp.start();
        let stopping;
        const stop = (graceMs) => {
            stopping ??= (async () => {
                if (exitedFlag)
                    return exited;
                const within = (ms) => Promise.race([exited.then(() => true), vm_sleep(ms).then(() => false)]);
                if (graceMs > 0) {
                    phase = 'powerdown';
                    // ACPI's power button (needs logind or acpid in the guest) and the facts port's request.
                    if (!factsSocket.destroyed)
                        factsSocket.write(`${boot_facts/* POWEROFF_COMMAND */.z9}\n`);
                    await qmp.execute('system_powerdown').catch(() => undefined);
                    if (await within(graceMs))
                        return exited;
                }
                phase = 'forced';
                await qmp.execute('quit').catch(() => undefined);
                if (!(await within(QUIT_WAIT_MS)))
                    kill.abort();
                return exited;
            })();
            return stopping;
        };
        return {
            startedAt,
            exited,
            get hasExited() {
                return exitedFlag;
            },
            stop,
        };
    }
    catch (error) {
        phase = 'forced';
        kill.abort();
        await exited.catch(() => undefined);
        closeChannels();
        throw error;
    }
}

// EXTERNAL MODULE: ./src/scratch/files.ts
var files = __webpack_require__(54865);
;// CONCATENATED MODULE: ./src/boot/boot-test.ts
/**
 * bootTest: a disk (or an OS image, made into a disk first) booted in a throwaway qemu VM and asserted on
 * from the outside. Everything it makes lives in one scratch directory that is removed at the end, and the
 * VM is stopped on every path out — success, failure, error or cancellation (the `signal`).
 */





















/** The OS image → a raw disk in the scratch directory, with the disk module's defaults. */
async function makeDiskFromImage(target, work, log) {
    const result = await log.group('Make a disk from the image', () => (0,builder/* buildDisk */.up)(
    // A literal with the disk module's defaults; `as` keeps it valid while that module grows options.
    {
        source: target.source,
        outputDir: (0,external_node_path_.join)(work, 'disk'),
        name: 'disk',
        formats: ['raw'],
        rootFilesystem: 'ext4',
        state: 'tmpfs',
        headroom: 0.25,
        kernelArgs: request/* DEFAULT_KERNEL_ARGS */.oy.split(' '),
        tlsVerify: target.tlsVerify,
        backend: 'auto',
        etc: 'overlay',
    }, { ...(0,tools/* defaultDiskTools */.q5)(target.storage), log, tempDir: work, uid: process.getuid?.() ?? -1 }));
    return result.files[0].path;
}
function defaultBootDeps() {
    return {
        qemu: new qemu_system/* QemuSystem */.sd(),
        qemuImg: new qemu_img/* QemuImg */.w(),
        mtools: new mtools/* Mtools */.P(),
        chooseAccelerator: chooseAccelerator,
        findUefiFirmware: () => findUefiFirmware(),
        prepareDisk: prepareDisk,
        startVm: startVm,
        makeDisk: makeDiskFromImage,
        powerdownMs: { passed: 15_000, failed: 3_000 },
    };
}
function cancelled() {
    return new errors/* OsimgError */.ec('the boot test was cancelled: the VM was stopped and its scratch files removed', {
        code: 'TIMEOUT',
    });
}
async function bootTest(request, log, signal, overrides = {}) {
    const deps = { ...defaultBootDeps(), ...overrides };
    const marks = { began: Date.now(), steps: [], ended: 0 };
    const step = (name) => marks.steps.push([name, Date.now()]);
    const milestones = new BootMilestones();
    let report;
    await (0,promises_.mkdir)(request.tempDir, { recursive: true });
    const work = (await (0,files/* makeScratch */.lP)(request.tempDir, 'osimg-boot-')).path;
    let vm;
    let consoleLog;
    try {
        const check = () => {
            if (signal?.aborted)
                throw cancelled();
        };
        const disk = request.target.kind === 'disk' ? request.target.path : await deps.makeDisk(request.target, work, log);
        step('make disk');
        check();
        const accel = await deps.chooseAccelerator(request.accel, { qemu: deps.qemu, work, signal });
        log.info(`accelerator: ${accel.reason}`);
        step('accelerator');
        check();
        const firmware = request.firmware === 'uefi' ? await deps.findUefiFirmware() : undefined;
        const explicitFacts = request.units.length > 0 || request.readOnlyRoot !== undefined;
        const wantFacts = explicitFacts || request.noFailedUnits || request.tcp.length > 0;
        const addArgs = [...(wantFacts ? boot_facts/* FACTS_KERNEL_ARGS */.GG : []), ...request.kernelArgs];
        const throwaway = await deps.prepareDisk(disk, addArgs, work, deps, log);
        const factsProblem = checkEntry(request, throwaway, explicitFacts);
        const factsOn = wantFacts && !factsProblem;
        if (wantFacts && factsProblem)
            log.warning(`guest facts are not collected: ${factsProblem}`);
        check();
        let factsDrive;
        if (factsOn) {
            factsDrive = (0,external_node_path_.join)(work, 'facts.img');
            await (0,promises_.writeFile)(factsDrive, (0,boot_facts/* factsDriveContent */.PZ)());
        }
        let vars;
        if (firmware) {
            vars = (0,external_node_path_.join)(work, 'OVMF_VARS.fd');
            await (0,promises_.copyFile)(firmware.varsTemplate, vars);
        }
        const forwards = await portForwards(request);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(request.consoleLog), { recursive: true });
        await (0,files/* checkWritable */.ZB)(request.consoleLog, 'console log');
        consoleLog = (0,external_node_fs_.createWriteStream)(request.consoleLog);
        // A write that fails later (a full disk) is a warning: the verdict does not depend on the copy.
        consoleLog.once('error', (error) => log.warning(`the console log stopped: ${error.message}`));
        const stream = consoleLog;
        const probes = [
            ...request.http.map((probe) => ({
                name: httpProbeName(probe),
                kind: 'http',
                withinMs: probe.withinMs,
            })),
            ...request.tcp.map((tcp) => ({
                name: `tcp ${tcp.guestPort}`,
                kind: 'tcp',
                withinMs: tcp.withinMs,
            })),
        ];
        const sessionOptions = {
            expect: request.expect,
            failOn: request.failOn,
            timeoutMs: request.timeoutMs,
            hangTimeoutMs: request.hangTimeoutMs,
            facts: factsOn
                ? {
                    units: request.units,
                    readOnlyRoot: request.readOnlyRoot,
                    noFailedUnits: request.noFailedUnits,
                    tcpPorts: request.tcp.map((tcp) => tcp.guestPort),
                }
                : undefined,
            probes,
            onLine: (line) => {
                (log.console ?? log.info).call(log, line);
                const milestone = milestones.observe(line, (Date.now() - (vm?.startedAt ?? Date.now())) / 1000);
                if (milestone)
                    log.info(`boot: ${milestone.phase} at ${milestone.at.toFixed(1)} s (${milestone.line?.slice(0, 72)})`);
            },
        };
        const session = new BootSession(sessionOptions);
        const probeStop = new AbortController();
        const outcome = await log.group(`Boot ${(0,external_node_path_.basename)(disk)} (${accel.accel}, console in ${request.consoleLog})`, async () => {
            step('disk overlay');
            vm = await deps.startVm({
                accel: accel.accel,
                memoryMiB: request.memoryMiB,
                cpus: request.cpus,
                uefi: firmware && vars ? { code: firmware.code, vars } : undefined,
                disk: { path: throwaway.path, format: throwaway.format },
                factsDrive,
                forwards,
            }, work, deps.qemu, {
                onConsole: (chunk) => {
                    stream.write(chunk);
                    session.console(chunk);
                },
                onFactsLine: (line) => session.factsLine(line),
            });
            const running = vm;
            marks.qemuStarted = running.startedAt;
            session.start(running.startedAt);
            void running.exited.then((exit) => session.vmExited(exit));
            startProbes(request, forwards, running.startedAt, session, probeStop.signal);
            const stopped = new Promise((resolve) => {
                if (signal?.aborted)
                    resolve('cancelled');
                signal?.addEventListener('abort', () => resolve('cancelled'), { once: true });
            });
            const result = await Promise.race([session.finished, stopped]);
            marks.decided = Date.now();
            probeStop.abort();
            session.stop();
            if (result === 'cancelled') {
                await running.stop(0);
                throw cancelled();
            }
            if (!result.passed)
                log.info(`boot test failed: ${result.failure ?? 'an assertion failed'}`);
            if (result.bootSeconds !== undefined)
                log.info(`boot: first expect at ${result.bootSeconds.toFixed(1)} s after qemu started`);
            const grace = result.passed ? deps.powerdownMs.passed : deps.powerdownMs.failed;
            const stopping = Date.now();
            const exit = await running.stop(grace);
            marks.stopped = Date.now();
            const took = ((Date.now() - stopping) / 1000).toFixed(1);
            log.info(exit.poweredOff
                ? `the guest powered off in ${took} s`
                : `the guest did not power off within ${grace / 1000} s; qemu was stopped`);
            // The lines that came after the decision (a panic's explanation, a shell prompt) are worth showing.
            if (!result.passed) {
                log.info(`the console lines that matter (all of it is in ${request.consoleLog}):`);
                for (const line of consoleExcerpt(session.lastLines))
                    log.info(`  | ${line}`);
            }
            return { ...result, lastLines: session.lastLines };
        });
        report = {
            passed: outcome.passed,
            bootSeconds: outcome.bootSeconds,
            consoleLog: request.consoleLog,
            disk,
            accel: accel.accel,
            accelReason: accel.reason,
            cmdline: throwaway.cmdline,
            results: outcome.results.concat(skippedFacts(request, wantFacts, factsProblem)),
            failure: outcome.failure,
            facts: outcome.facts,
            lastLines: outcome.lastLines,
            seconds: 0,
            timing: { spans: [] },
        };
    }
    finally {
        // On every way out: the VM ends before its files go.
        if (vm && !vm.hasExited)
            await vm.stop(0).catch(() => undefined);
        if (consoleLog)
            await new Promise((resolve) => consoleLog.end(resolve));
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
    // Counted after the clean-up, so the parts add up to all of the command's own time.
    marks.ended = Date.now();
    report.seconds = Math.round((marks.ended - marks.began) / 100) / 10;
    report.timing = bootTiming(marks, milestones.milestones, report.bootSeconds, report.facts?.boot);
    log.info(`boot-test time: ${describeTiming(report.timing)}`);
    return report;
}
/**
 * Whether the boot entry could take the kernel arguments: a ConfigurationError when the user asked for
 * something that needs them; the reason facts are skipped when only the default check wanted them.
 */
function checkEntry(request, disk, explicitFacts) {
    if (!disk.entryProblem)
        return undefined;
    if (request.kernelArgs.length > 0)
        throw new errors/* ConfigurationError */.j1(`kernel-args cannot be added to this disk: ${disk.entryProblem}; remove kernel-args or boot a disk made by osimg disk`);
    if (explicitFacts)
        throw new errors/* ConfigurationError */.j1(`units and read-only-root are reported by the guest through its boot entry, and ${disk.entryProblem}; remove them or boot a disk made by osimg disk`);
    return disk.entryProblem;
}
function skippedFacts(request, wanted, problem) {
    if (!wanted || !problem || !request.noFailedUnits)
        return [];
    return [
        { name: 'no failed units', kind: 'no-failed-units', passed: true, detail: `not checked: ${problem}` },
    ];
}
/** One free host port per guest port probed. */
async function portForwards(request) {
    const guestPorts = [
        ...new Set([...request.http.map((p) => p.guestPort), ...request.tcp.map((t) => t.guestPort)]),
    ];
    const forwards = [];
    for (const guestPort of guestPorts)
        forwards.push({ hostPort: await (0,net/* freePort */.o)(), guestPort });
    return forwards;
}
function startProbes(request, forwards, startedAt, session, signal) {
    const hostPort = (guestPort) => forwards.find((f) => f.guestPort === guestPort).hostPort;
    // Probes may start at once; their own within= deadline counts from the moment the boot is done.
    const end = startedAt + request.timeoutMs;
    const deadline = (withinMs) => () => {
        const ready = session.readyAt;
        return withinMs === undefined || ready === undefined ? end : Math.min(end, ready + withinMs);
    };
    for (const probe of request.http) {
        const name = httpProbeName(probe);
        void probeHttp(probe, hostPort(probe.guestPort), deadline(probe.withinMs), signal).then((outcome) => {
            if (!signal.aborted)
                session.probeSettled(name, 'http', outcome);
        });
    }
    for (const tcp of request.tcp) {
        void probeTcp(hostPort(tcp.guestPort), deadline(tcp.withinMs), signal).then((outcome) => {
            if (!signal.aborted)
                session.probeSettled(`tcp ${tcp.guestPort}`, 'tcp', outcome, tcp.guestPort);
        });
    }
}

// EXTERNAL MODULE: ./src/disk/rootfs.ts
var rootfs = __webpack_require__(11594);
// EXTERNAL MODULE: ./src/values.ts
var src_values = __webpack_require__(74777);
;// CONCATENATED MODULE: ./src/boot/patterns.ts
/**
 * Console patterns: the ordered `expect` list, the `fail-on` list and their defaults. A pattern line may
 * start with `within=SECONDS ` to give that assertion its own deadline (counted from qemu's start).
 */

/** systemd's "Reached target ... Multi-User System." or a getty's login prompt. */
const DEFAULT_EXPECT = String.raw `Reached target .*Multi-User System|^\S+ login: ?$`;
/**
 * What fails a boot at once, whatever the image: kernel panics and oopses, systemd's emergency mode and
 * failed units, an initramfs that gives up on the root device, the OOM killer, crashing processes.
 */
const DEFAULT_FAIL_ON = [
    String.raw `Kernel panic`,
    String.raw `Entering emergency mode|You are in emergency mode`,
    String.raw `Failed to start `,
    String.raw `Dependency failed for`,
    String.raw `Out of memory: Kill`,
    String.raw `segfault at [0-9a-f]+ ip `,
    String.raw `Gave up waiting for (?:root|suspend/resume) (?:file system )?device`,
    String.raw `Dropping to a shell`,
    String.raw `BUG: (?:unable to handle|kernel NULL pointer)`,
];
const WITHIN = /^within=(\d+)(?:s)?\s+/;
/** Splits an optional `within=SECONDS ` prefix off an assertion line. */
function splitWithin(line, name) {
    const match = WITHIN.exec(line);
    if (!match)
        return { rest: line };
    const seconds = Number(match[1]);
    if (seconds <= 0)
        throw new errors/* ConfigurationError */.j1(`${name}: within= must be a positive number of seconds in "${line}"`);
    return { rest: line.slice(match[0].length), withinMs: seconds * 1000 };
}
function compilePattern(source, name) {
    try {
        return new RegExp(source);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${name}: "${source}" is not a valid regular expression (${error.message}); write one JavaScript regex per line`, { cause: error });
    }
}
/** One pattern per line (a regex may contain commas, so lines only); blank and `#` lines dropped. */
function patternLines(text) {
    return text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line.length > 0 && !line.startsWith('#'));
}
function parsePatterns(text, name) {
    return patternLines(text).map((line) => {
        const { rest, withinMs } = splitWithin(line, name);
        return { source: rest, regex: compilePattern(rest, name), withinMs };
    });
}
function expectPatterns(text, name) {
    const patterns = parsePatterns(text, name);
    return patterns.length > 0 ? patterns : [{ source: DEFAULT_EXPECT, regex: new RegExp(DEFAULT_EXPECT) }];
}
function failOnPatterns(text, name, withDefaults) {
    const extra = parsePatterns(text, name);
    for (const pattern of extra) {
        if (pattern.withinMs !== undefined)
            throw new errors/* ConfigurationError */.j1(`${name}: within= does not apply to fail-on patterns (they apply all along)`);
    }
    const defaults = withDefaults
        ? DEFAULT_FAIL_ON.map((source) => ({ source, regex: new RegExp(source) }))
        : [];
    return [...defaults, ...extra];
}

;// CONCATENATED MODULE: ./src/boot/request.ts
/** The boot-test inputs (same names in the action and the CLI) → a BootTestRequest, validated once. */







function port(text, name, line) {
    const value = Number(text);
    if (!/^\d+$/.test(text) || value < 1 || value > 65535)
        throw new errors/* ConfigurationError */.j1(`${name}: "${text}" in "${line}" is not a TCP port (1-65535)`);
    return value;
}
/** `[within=SECONDS ]PORT PATH STATUS [BODY-REGEX]`, one probe per line. */
function parseHttpProbes(text, name) {
    return patternLines(text).map((line) => {
        const { rest, withinMs } = splitWithin(line, name);
        const match = /^(\S+)\s+(\S+)\s+(\S+)(?:\s+(.+))?$/.exec(rest);
        if (!match)
            throw new errors/* ConfigurationError */.j1(`${name}: "${line}" is not "PORT PATH STATUS [BODY-REGEX]" (e.g. "8080 /health 200 ok")`);
        const [, portText, path, statusText, body] = match;
        if (!path.startsWith('/'))
            throw new errors/* ConfigurationError */.j1(`${name}: the path "${path}" in "${line}" must start with /`);
        const status = Number(statusText);
        if (!/^\d{3}$/.test(statusText) || status < 100 || status > 599)
            throw new errors/* ConfigurationError */.j1(`${name}: "${statusText}" in "${line}" is not an HTTP status (100-599)`);
        return {
            guestPort: port(portText, name, line),
            path: path,
            status,
            body: body ? compilePattern(body, name) : undefined,
            withinMs,
        };
    });
}
function parseTcpChecks(text, name) {
    return patternLines(text)
        .flatMap((line) => line.split(','))
        .map((item) => item.trim())
        .filter((item) => item.length > 0)
        .map((item) => {
        const { rest, withinMs } = splitWithin(item, name);
        return { guestPort: port(rest.trim(), name, item), withinMs };
    });
}
function parseUnits(text, name) {
    return (0,src_values/* parseList */.E1)(text).map((unit) => {
        if (!/^[A-Za-z0-9:_.@\\-]+$/.test(unit))
            throw new errors/* ConfigurationError */.j1(`${name}: "${unit}" is not a systemd unit name`);
        return (0,boot_facts/* unitName */.Cq)(unit);
    });
}
function seconds(text, name, fallback, min) {
    return ((0,src_values/* parseInteger */.cG)(text, name, { min, max: 86_400 }) ?? fallback) * 1000;
}
async function toBootTestRequest(inputs, context) {
    const { names, cwd } = context;
    const disk = inputs.disk.trim();
    const image = inputs.image.trim();
    if ((disk === '') === (image === ''))
        throw new errors/* ConfigurationError */.j1(`nothing to boot: give exactly one of ${names.disk} (a disk image file) and ${names.image} (an OS image to make a disk from)`);
    const absolute = (path) => ((0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(cwd, path));
    const target = disk
        ? { kind: 'disk', path: absolute(disk) }
        : {
            kind: 'image',
            source: await (0,rootfs/* parseImageSource */.AB)(image, cwd),
            storage: context.storage ?? {},
            tlsVerify: context.tlsVerify ?? true,
        };
    const readOnlyText = inputs.readOnlyRoot.trim();
    return {
        target,
        expect: expectPatterns(inputs.expect, names.expect),
        failOn: failOnPatterns(inputs.failOn, names.failOn, (0,src_values/* parseBoolean */.yG)(inputs.defaultFailOn, names.defaultFailOn, true)),
        http: parseHttpProbes(inputs.http, names.http),
        tcp: parseTcpChecks(inputs.tcp, names.tcp),
        units: parseUnits(inputs.units, names.units),
        readOnlyRoot: readOnlyText === '' ? undefined : (0,src_values/* parseBoolean */.yG)(readOnlyText, names.readOnlyRoot, false),
        noFailedUnits: (0,src_values/* parseBoolean */.yG)(inputs.noFailedUnits, names.noFailedUnits, true),
        accel: (0,src_values/* parseChoice */.HU)(inputs.accel, names.accel, ['auto', 'kvm', 'tcg'], 'auto'),
        memoryMiB: (0,src_values/* parseInteger */.cG)(inputs.memory, names.memory, { min: 128, max: 1_048_576 }) ?? 1024,
        cpus: (0,src_values/* parseInteger */.cG)(inputs.cpus, names.cpus, { min: 1, max: 256 }) ?? 2,
        firmware: (0,src_values/* parseChoice */.HU)(inputs.firmware, names.firmware, ['uefi', 'bios'], 'uefi'),
        kernelArgs: inputs.kernelArgs.split(/\s+/).filter((arg) => arg.length > 0),
        timeoutMs: seconds(inputs.timeout, names.timeout, 600, 1),
        hangTimeoutMs: seconds(inputs.hangTimeout, names.hangTimeout, 120, 1),
        consoleLog: absolute(inputs.consoleLog.trim() || context.defaultConsoleLog),
        tempDir: context.tempDir,
    };
}
/**
 * Where the console log goes when no path is given: a fresh private directory per run (two boot tests, or
 * two users, never share a file or a fixed name in /tmp). Nothing is made when a path was given.
 */
async function defaultConsoleLog(tempDir, given) {
    return given ? '' : (0,external_node_path_.join)(await (0,files/* makeOutputDir */.zd)(tempDir, 'osimg-boot-test-'), 'console.log');
}

;// CONCATENATED MODULE: ./src/boot/report.ts


/** The action's outputs (names match boot-test/action.yml). */
function bootTestOutputs(report) {
    return {
        passed: String(report.passed),
        'boot-seconds': report.bootSeconds === undefined ? '' : report.bootSeconds.toFixed(1),
        'console-log': report.consoleLog,
        results: JSON.stringify(report.results.map(({ name, kind, passed, seconds, detail }) => ({
            name,
            kind,
            passed,
            seconds: seconds ?? null,
            detail,
        }))),
    };
}
/** One row per assertion: result, name, time, detail. */
function resultRows(report) {
    return report.results.map((result) => [
        result.passed ? 'pass' : 'FAIL',
        result.name,
        result.seconds === undefined ? '' : `${result.seconds.toFixed(1)} s`,
        result.detail,
    ]);
}
/** The report as the CLI prints it (and the machine-readable form with --json). */
function reportText(report) {
    const rows = resultRows(report);
    const width = Math.max(...rows.map((row) => row[1].length), 10);
    const lines = [
        `${report.passed ? 'PASSED' : 'FAILED'}${report.failure ? `: ${report.failure}` : ''}`,
        `boot: ${report.bootSeconds === undefined ? 'not reached' : `${report.bootSeconds.toFixed(1)} s`} (${report.accel}); console log: ${report.consoleLog}`,
        `time: ${report.seconds.toFixed(1)} s: ${describeTiming(report.timing)}`,
        ...rows.map(([verdict, name, time, detail]) => `  ${verdict.padEnd(4)}  ${name.padEnd(width)}  ${time.padStart(7)}  ${detail}`),
    ];
    if (!report.passed && report.lastLines.length > 0)
        lines.push('console lines that matter:', ...consoleExcerpt(report.lastLines).map((line) => `  | ${line}`));
    return `${lines.join('\n')}\n`;
}
function reportJson(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/boot/index.ts
/** The boot-test module: boot a disk in a throwaway VM and assert on it from the outside. */






// EXTERNAL MODULE: ./src/cli/logger.ts
var logger = __webpack_require__(12280);
;// CONCATENATED MODULE: ./src/cli/boot-test.ts
/** `osimg boot-test`: the boot-test action's steps on a laptop or any CI, with the same module. */






const BOOT_TEST_HELP = `Usage: osimg boot-test [DISK] [options]

Boot a disk image in a throwaway qemu VM and check it from the outside: console patterns, HTTP and TCP
probes through port forwards, and guest facts (read-only root, active units, no failed units) that the
guest reports over a virtio-serial port, without SSH. The disk is never written (a qcow2 overlay takes
every write). With --image, a raw disk is made from an OS image first (as osimg disk does).

Options:
      --disk PATH               the disk: raw, qcow2, vmdk or vhd (or give it as DISK)
      --image IMAGE             an OS image to make the disk from (local storage name, oci-archive:PATH, ...)
  -e, --expect REGEX            must appear on the console, in order (repeatable; default: systemd's
                                "Reached target ... Multi-User System" or a login prompt)
      --fail-on REGEX           fails the test as soon as it appears (repeatable; added to the defaults:
                                kernel panic, emergency mode, failed units, OOM, segfaults, ...)
      --no-default-fail-on      use only the --fail-on patterns
      --http 'PORT PATH STATUS [BODY-REGEX]'
                                GET http://guest:PORT/PATH until it answers STATUS (repeatable)
      --tcp PORT                a guest port that must accept connections (repeatable)
      --unit, --units UNIT      a systemd unit that must be active (repeatable)
      --read-only-root BOOL     / must be mounted read-only (true) or writable (false)
      --no-failed-units BOOL    no systemd unit may have failed (default true)
      --accel MODE              auto (default: KVM when a test guest runs on it, else TCG), kvm, tcg
      --memory MIB              guest memory (default 1024)
      --cpus N                  guest CPUs (default 2)
      --firmware NAME           uefi (default, OVMF) or bios
      --kernel-args ARGS        appended to the boot entry's kernel command line (in the overlay only)
      --timeout SECONDS         overall deadline (default 600)
      --hang-timeout SECONDS    fail when the console is silent this long before the expects are seen
                                (default 120)
      --console-log PATH        the serial console log (default: a new $TMPDIR/osimg-boot-test-XXXXXX/console.log)
      --storage-driver NAME     with --image: buildah storage driver
      --root DIR, --runroot DIR with --image: buildah storage
      --tls-verify BOOL         with --image docker://...: verify registry TLS (default true)
      --json                    print the report as JSON on stdout
  -q, --quiet                   only errors and the result (no console stream)
  -v, --verbose                 debug output
  -h, --help                    this help

Any expect, http or tcp line may start with 'within=SECONDS ' to give it its own deadline: an expect's
counts from the VM's start, a probe's from the moment every expect has been seen (the boot is done),
e.g. --expect 'within=90 osimg-example: ready' --http 'within=20 8080 /health 200'.

Exit codes: 0 passed, 1 failed, 2 bad usage or configuration, 130/143 interrupted (the VM is stopped and
its scratch files removed first).
`;
const NAMES = {
    disk: '--disk',
    image: '--image',
    expect: '--expect',
    failOn: '--fail-on',
    defaultFailOn: '--no-default-fail-on',
    http: '--http',
    tcp: '--tcp',
    units: '--unit',
    readOnlyRoot: '--read-only-root',
    noFailedUnits: '--no-failed-units',
    accel: '--accel',
    memory: '--memory',
    cpus: '--cpus',
    firmware: '--firmware',
    kernelArgs: '--kernel-args',
    timeout: '--timeout',
    hangTimeout: '--hang-timeout',
    consoleLog: '--console-log',
};
async function bootTestCommand(args, context) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            disk: { type: 'string' },
            image: { type: 'string' },
            expect: { type: 'string', short: 'e', multiple: true },
            'fail-on': { type: 'string', multiple: true },
            'no-default-fail-on': { type: 'boolean' },
            http: { type: 'string', multiple: true },
            tcp: { type: 'string', multiple: true },
            unit: { type: 'string', multiple: true },
            units: { type: 'string', multiple: true },
            'read-only-root': { type: 'string' },
            'no-failed-units': { type: 'string' },
            accel: { type: 'string' },
            memory: { type: 'string' },
            cpus: { type: 'string' },
            firmware: { type: 'string' },
            'kernel-args': { type: 'string' },
            timeout: { type: 'string' },
            'hang-timeout': { type: 'string' },
            'console-log': { type: 'string' },
            'storage-driver': { type: 'string' },
            root: { type: 'string' },
            runroot: { type: 'string' },
            'tls-verify': { type: 'string' },
            json: { type: 'boolean' },
            quiet: { type: 'boolean', short: 'q' },
            verbose: { type: 'boolean', short: 'v' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help) {
        context.stdout(BOOT_TEST_HELP);
        return 0;
    }
    if (positionals.length > 1 || (positionals.length === 1 && values.disk))
        throw new errors/* ConfigurationError */.j1(`osimg boot-test takes one disk (DISK or --disk), got ${positionals.length + (values.disk ? 1 : 0)}: run with --help for the forms`);
    const temp = context.env.TMPDIR || (0,external_node_os_.tmpdir)();
    const lines = (list) => (list ?? []).join('\n');
    const request = await toBootTestRequest({
        disk: positionals[0] ?? values.disk ?? '',
        image: values.image ?? '',
        expect: lines(values.expect),
        failOn: lines(values['fail-on']),
        defaultFailOn: values['no-default-fail-on'] ? 'false' : '',
        http: lines(values.http),
        tcp: lines(values.tcp),
        units: lines([...(values.unit ?? []), ...(values.units ?? [])]),
        readOnlyRoot: values['read-only-root'] ?? '',
        noFailedUnits: values['no-failed-units'] ?? '',
        accel: values.accel ?? '',
        memory: values.memory ?? '',
        cpus: values.cpus ?? '',
        firmware: values.firmware ?? '',
        kernelArgs: values['kernel-args'] ?? '',
        timeout: values.timeout ?? '',
        hangTimeout: values['hang-timeout'] ?? '',
        consoleLog: values['console-log'] ?? '',
    }, {
        cwd: context.cwd,
        names: NAMES,
        tempDir: temp,
        defaultConsoleLog: await defaultConsoleLog(temp, Boolean(values['console-log']?.trim())),
        storage: { driver: values['storage-driver'], root: values.root, runroot: values.runroot },
        tlsVerify: (0,src_values/* parseBoolean */.yG)(values['tls-verify'] ?? '', '--tls-verify', true),
    });
    const log = new logger/* CliLogger */.f({ quiet: values.quiet ?? false, verbose: values.verbose ?? false }, context.stderr);
    // Ctrl-C or a CI cancellation (SIGTERM): the process guard (src/scratch/signals.ts) kills qemu's
    // process group and removes the scratch files, within two seconds.
    const began = Date.now();
    const report = await bootTest(request, log);
    if (context.startedAt !== undefined) {
        // The command's own start-up counts too: the seconds reported are the command's, start to end.
        report.timing = withStartUp(report.timing, (began - context.startedAt) / 1000);
        report.seconds = Math.round((Date.now() - context.startedAt) / 100) / 10;
    }
    context.stdout(values.json ? reportJson(report) : reportText(report));
    return report.passed ? 0 : 1;
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

/***/ 12289:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iq: () => (/* binding */ PROBE_EXIT_CODE),
/* harmony export */   qY: () => (/* binding */ FACTS_PORT_NAME),
/* harmony export */   sd: () => (/* binding */ QemuSystem)
/* harmony export */ });
/* unused harmony export qemuValue */
/* harmony import */ var _tool_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59601);

/** The name of the virtio-serial port the guest reports its facts on (/dev/virtio-ports/<name>). */
const FACTS_PORT_NAME = 'org.osimg.facts';
/** isa-debug-exit turns the probe guest's `out 0xf4, 0x2a` into this exit status: (0x2a << 1) | 1. */
const PROBE_EXIT_CODE = 85;
/** qemu's option syntax: commas inside a value are doubled. */
function qemuValue(text) {
    return text.replace(/,/g, ',,');
}
class QemuSystem extends _tool_js__WEBPACK_IMPORTED_MODULE_0__/* .Tool */ .N {
    installHint = 'install qemu-system-x86 and ovmf (Debian/Ubuntu: apt-get install qemu-system-x86 ovmf)';
    constructor(architecture = 'x86_64', exec) {
        super(`qemu-system-${architecture}`, exec);
    }
    parseVersion(output) {
        return (0,_tool_js__WEBPACK_IMPORTED_MODULE_0__/* .extractSemver */ .Y)(output, this.binary);
    }
    static vmArgs(spec) {
        const args = [
            '-nodefaults',
            '-no-user-config',
            '-machine',
            `q35,accel=${spec.accel}`,
            ...(spec.accel === 'kvm' ? ['-cpu', 'host'] : []),
            '-m',
            String(spec.memoryMiB),
            '-smp',
            String(spec.cpus),
            '-display',
            'none',
            // One boot per test: a guest that reboots (panic=N, a reboot loop) ends qemu instead.
            '-no-reboot',
            '-chardev',
            `socket,id=console,path=${qemuValue(spec.sockets.console)}`,
            '-serial',
            'chardev:console',
            '-chardev',
            `socket,id=qmp,path=${qemuValue(spec.sockets.qmp)}`,
            '-mon',
            'chardev=qmp,mode=control',
        ];
        if (spec.uefi) {
            args.push('-drive', `if=pflash,format=raw,unit=0,readonly=on,file=${qemuValue(spec.uefi.code)}`, '-drive', `if=pflash,format=raw,unit=1,file=${qemuValue(spec.uefi.vars)}`);
        }
        // The boot disk comes first so the guest names it vda and the facts drive vdb.
        args.push('-drive', `if=none,id=disk0,file=${qemuValue(spec.disk.path)},format=${spec.disk.format},cache=unsafe,discard=unmap`, '-device', 'virtio-blk-pci,drive=disk0,bootindex=1');
        if (spec.factsDrive) {
            args.push('-drive', `if=none,id=facts,file=${qemuValue(spec.factsDrive)},format=raw,readonly=on`, '-device', 'virtio-blk-pci,drive=facts,serial=osimg-facts');
        }
        if (spec.sockets.facts) {
            args.push('-device', 'virtio-serial-pci,id=vser0', '-chardev', `socket,id=facts,path=${qemuValue(spec.sockets.facts)}`, '-device', `virtserialport,bus=vser0.0,chardev=facts,name=${FACTS_PORT_NAME}`);
        }
        const forwards = spec.forwards.map((f) => `,hostfwd=tcp:127.0.0.1:${f.hostPort}-:${f.guestPort}`);
        args.push('-netdev', `user,id=net0${forwards.join('')}`, 
        // romfile= drops the NIC's iPXE ROM: a disk that does not boot must not turn into a network boot.
        '-device', 'virtio-net-pci,netdev=net0,romfile=');
        return args;
    }
    /** The KVM probe: a 64 KiB "BIOS" that initialises the FPU and exits through isa-debug-exit. */
    static probeArgs(accel, bios) {
        return [
            '-nodefaults',
            '-no-user-config',
            '-machine',
            `pc,accel=${accel}`,
            ...(accel === 'kvm' ? ['-cpu', 'host'] : []),
            '-m',
            '16',
            '-display',
            'none',
            '-bios',
            bios,
            '-device',
            'isa-debug-exit,iobase=0xf4,iosize=0x04',
        ];
    }
    /**
     * The probe guest's firmware image. At the reset vector (real mode, top of the 64 KiB image):
     * fwait; fninit (an FPU instruction: what nested KVM hosts fail to run); mov al, 0x2a; out 0xf4, al
     * (qemu exits with PROBE_EXIT_CODE); then hlt in a loop.
     */
    static probeBios() {
        const image = Buffer.alloc(64 * 1024, 0xf4);
        Buffer.from([0x9b, 0xdb, 0xe3, 0xb0, 0x2a, 0xe6, 0xf4, 0xf4, 0xeb, 0xfd]).copy(image, 0xfff0);
        return image;
    }
    /** Runs qemu until it exits (or `options.signal` ends it). */
    launch(args, options = {}) {
        return this.run(args, { maxStdoutBytes: 1024 * 1024, ...options });
    }
}


/***/ })

};
