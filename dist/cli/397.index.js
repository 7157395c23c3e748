export const id = 397;
export const ids = [397];
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

/***/ 92397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SURFACE_HELP: () => (/* binding */ SURFACE_HELP),
  surfaceCommand: () => (/* binding */ surfaceCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/log.ts
/** A logger that keeps everything in memory (tests, benchmarks). */
class MemoryLogger {
    lines = [];
    info(message) {
        this.lines.push(message);
    }
    warning(message) {
        this.lines.push(`warning: ${message}`);
    }
    debug(message) {
        this.lines.push(`debug: ${message}`);
    }
    async group(name, work) {
        this.lines.push(`[${name}]`);
        return work();
    }
}

// EXTERNAL MODULE: ./src/lint/run.ts + 2 modules
var run = __webpack_require__(55456);
// EXTERNAL MODULE: ./src/scratch/files.ts
var files = __webpack_require__(54865);
// EXTERNAL MODULE: ./src/policy/load.ts + 1 modules
var load = __webpack_require__(38770);
// EXTERNAL MODULE: ./src/lint/today.ts
var today = __webpack_require__(17196);
// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __webpack_require__(62148);
// EXTERNAL MODULE: ./src/surface/budget.ts
var budget = __webpack_require__(8402);
// EXTERNAL MODULE: ./src/boot/facts.ts
var boot_facts = __webpack_require__(63339);
;// CONCATENATED MODULE: ./src/surface/boot.ts
/** What a boot exposes, from the boot test's report (guest facts) and the disk's kernel command line. */

function bootSurface(cmdline, facts) {
    if (!facts)
        return { cmdline };
    return {
        cmdline,
        rootReadOnly: (0,boot_facts/* isRootReadOnly */.FX)(facts),
        rootFilesystem: facts.rootFilesystem,
        listening: facts.listening,
        services: facts.active.filter((unit) => unit.endsWith('.service')),
    };
}

;// CONCATENATED MODULE: ./src/surface/diff.ts
function surfaceItems(image) {
    return new Set([
        ...image.setuid.map((path) => `setuid ${path}`),
        ...image.setgid.map((path) => `setgid ${path}`),
        ...image.worldWritable.map((path) => `world-writable ${path}`),
        ...image.tools.map((tool) => `${tool.kind} ${tool.path}`),
    ]);
}
function compareSurfaces(previous, current) {
    const before = new Map(previous.packages.map((pkg) => [pkg.name, pkg.version]));
    const after = new Map(current.packages.map((pkg) => [pkg.name, pkg.version]));
    const byName = (a, b) => a.name.localeCompare(b.name);
    const oldItems = surfaceItems(previous);
    const newItems = surfaceItems(current);
    return {
        previous: { image: previous.image, digest: previous.digest },
        packages: {
            added: current.packages.filter((pkg) => !before.has(pkg.name)).sort(byName),
            removed: previous.packages.filter((pkg) => !after.has(pkg.name)).sort(byName),
            upgraded: current.packages
                .filter((pkg) => before.has(pkg.name) && before.get(pkg.name) !== pkg.version)
                .map((pkg) => ({ name: pkg.name, from: before.get(pkg.name), to: pkg.version }))
                .sort(byName),
        },
        surfaceAdded: [...newItems].filter((item) => !oldItems.has(item)).sort(),
        surfaceRemoved: [...oldItems].filter((item) => !newItems.has(item)).sort(),
        contentBytesDelta: current.contentBytes - previous.contentBytes,
        compressedBytesDelta: current.compressedBytes - previous.compressedBytes,
    };
}

// EXTERNAL MODULE: ./src/oci/image-layers.ts
var image_layers = __webpack_require__(57115);
// EXTERNAL MODULE: ./src/oci/layer-files.ts + 2 modules
var layer_files = __webpack_require__(36179);
// EXTERNAL MODULE: ./src/sbom/packages.ts + 8 modules
var sbom_packages = __webpack_require__(42518);
// EXTERNAL MODULE: ./src/sign/image-sbom.ts
var image_sbom = __webpack_require__(88028);
;// CONCATENATED MODULE: ./src/surface/classify.ts
const BIN_DIRS = new Set([
    'bin',
    'sbin',
    'usr/bin',
    'usr/sbin',
    'usr/local/bin',
    'usr/local/sbin',
    'usr/libexec',
]);
const TOOL_NAMES = {
    shell: ['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh', 'csh', 'tcsh', 'fish', 'busybox', 'toybox'],
    'package-manager': [
        'apt',
        'apt-get',
        'dpkg',
        'rpm',
        'dnf',
        'yum',
        'microdnf',
        'apk',
        'zypper',
        'pip',
        'pip3',
        'npm',
        'gem',
    ],
    compiler: ['gcc', 'cc', 'c++', 'g++', 'clang', 'tcc', 'go', 'rustc', 'cargo', 'javac', 'as'],
    debugger: ['gdb', 'lldb', 'strace', 'ltrace', 'perf', 'bpftrace', 'gdbserver'],
    'remote-access': [
        'sshd',
        'ssh',
        'dropbear',
        'telnetd',
        'in.telnetd',
        'rshd',
        'vncserver',
        'x11vnc',
        'xrdp',
        'nc',
        'netcat',
        'ncat',
        'socat',
    ],
};
const KIND_OF = new Map(Object.entries(TOOL_NAMES).flatMap(([kind, names]) => names.map((name) => [name, kind])));
/** The kind of attacker tool a binary's name is, or undefined. Versioned names count: python3 no, gcc-12 yes. */
function toolKind(name) {
    return KIND_OF.get(name) ?? KIND_OF.get(name.replace(/-\d+(\.\d+)*$/, ''));
}
function parentOf(path) {
    const slash = path.lastIndexOf('/');
    return slash < 0 ? '' : path.slice(0, slash);
}
/** Where a file's bytes are counted: its first two directory levels ("usr/lib/x/y.so" → "/usr/lib"). */
function bucketOf(path) {
    const parts = path.split('/');
    return `/${parts.slice(0, Math.min(2, parts.length - 1)).join('/')}`;
}
function classifyTree(entries, topContributors = 8) {
    const facts = {
        contentBytes: 0,
        contributors: [],
        files: 0,
        setuid: [],
        setgid: [],
        worldWritable: [],
        stickyWorldWritable: [],
        tools: [],
    };
    const buckets = new Map();
    for (const entry of entries) {
        const shown = `/${entry.path}`;
        if (entry.kind === 'file') {
            facts.files++;
            facts.contentBytes += entry.size;
            const bucket = bucketOf(entry.path);
            buckets.set(bucket, (buckets.get(bucket) ?? 0) + entry.size);
            if (entry.mode & 0o4000)
                facts.setuid.push(shown);
            if (entry.mode & 0o2000)
                facts.setgid.push(shown);
        }
        if (entry.kind !== 'symlink' && entry.mode & 0o002) {
            if (entry.kind === 'directory' && entry.mode & 0o1000)
                facts.stickyWorldWritable.push(shown);
            else
                facts.worldWritable.push(shown);
        }
        if ((entry.kind === 'file' || entry.kind === 'symlink') && BIN_DIRS.has(parentOf(entry.path))) {
            const kind = toolKind(entry.path.slice(entry.path.lastIndexOf('/') + 1));
            if (kind)
                facts.tools.push({ kind, path: shown });
        }
    }
    facts.contributors = [...buckets]
        .map(([name, bytes]) => ({ name, bytes }))
        .sort((a, b) => b.bytes - a.bytes || a.name.localeCompare(b.name))
        .slice(0, topContributors);
    return facts;
}

;// CONCATENATED MODULE: ./src/surface/image.ts
/**
 * An image's attack surface read from its layers in the registry, by digest, as the SBOM is
 * (src/sign/image-sbom.ts): the layers stream through the tar reader into an in-memory tree with every
 * entry's mode and size (only the package databases' data is kept), whiteouts applied; nothing is
 * unpacked or mounted.
 */








/** The final tree's entries with the metadata the classifier reads. */
function* treeEntries(tree) {
    for (const path of tree.paths()) {
        const node = tree.get(path);
        yield { path, kind: node.kind, mode: node.mode ?? 0, size: node.size ?? 0 };
    }
}
/** The image config's labels (dev.osimg.kind says whether it is an app or an OS). */
async function imageLabels(client, repository, manifestDigest) {
    const manifest = JSON.parse((await client.getManifest(repository, manifestDigest)).bytes.toString('utf8'));
    if (!manifest.config?.digest)
        return {};
    const config = JSON.parse((await client.getBlob(repository, manifest.config.digest)).toString('utf8'));
    return config.config?.Labels ?? {};
}
async function imageSurface(client, image, deps) {
    const started = process.hrtime.bigint();
    const platform = deps.platform ?? { os: 'linux', architecture: 'amd64' };
    await (0,promises_.mkdir)(deps.tempDir, { recursive: true });
    const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)(deps.tempDir, 'osimg-surface-'));
    try {
        const found = await (0,image_layers/* imageLayers */.Mv)(client, image.repository, image.digest, platform);
        const labels = await imageLabels(client, image.repository, found.manifestDigest);
        const tree = await (0,layer_files/* readLayerFiles */.PJ)(client, image.repository, found.layers, {
            keep: image_sbom/* isSbomInput */.sV,
            warn: (message) => deps.log.warning(message),
        });
        const root = (0,external_node_path_.join)(work, 'rootfs');
        await (0,promises_.mkdir)(root);
        tree.materialize(root, image_sbom/* SBOM_LOOKUPS */.Kk);
        const { packages } = await (0,sbom_packages/* collectPackages */.a)(root);
        const facts = classifyTree(treeEntries(tree));
        return {
            image: image.name,
            digest: image.digest,
            kind: labels['dev.osimg.kind'] === 'app' ? 'app' : labels['dev.osimg.kind'] === 'os' ? 'os' : undefined,
            compressedBytes: found.layers.reduce((sum, layer) => sum + layer.size, 0),
            layers: found.layers.map((layer, index) => ({
                name: `layer ${index + 1} ${layer.digest.slice(0, 19)}`,
                bytes: layer.size,
            })),
            packages: packages.map(({ name, version }) => ({ name, version })),
            ...facts,
            extractionSeconds: Number(process.hrtime.bigint() - started) / 1e9,
        };
    }
    catch (error) {
        if (error instanceof errors/* OsimgError */.ec)
            throw error;
        throw new errors/* OsimgError */.ec(`cannot read the files of ${image.name}@${image.digest}: ${error.message}`, {
            cause: error,
        });
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./src/disk/layout.ts
var layout = __webpack_require__(85495);
;// CONCATENATED MODULE: ./src/surface/render.ts
/**
 * The attack-surface report for people: a Markdown section (job summary, pipeline report) and a small
 * inline SVG bar chart of the biggest contributors to the image's size.
 */

function escapeXml(text) {
    return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
/** Horizontal bars, one per share, scaled to the largest; self-contained (no scripts, no external CSS). */
function barChartSvg(shares, width = 480) {
    const rowHeight = 18;
    const label = 150;
    const max = Math.max(1, ...shares.map((share) => share.bytes));
    const rows = shares.map((share, index) => {
        const y = index * rowHeight;
        const bar = Math.max(1, Math.round(((width - label - 70) * share.bytes) / max));
        return (`<text x="0" y="${y + 13}" font-size="12">${escapeXml(share.name)}</text>` +
            `<rect x="${label}" y="${y + 3}" width="${bar}" height="12" fill="#4a78b5"/>` +
            `<text x="${label + bar + 4}" y="${y + 13}" font-size="11">${escapeXml((0,layout/* formatMiB */.av)(share.bytes))}</text>`);
    });
    const height = Math.max(rowHeight, shares.length * rowHeight);
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" role="img" aria-label="biggest contributors to the image size" font-family="sans-serif">${rows.join('')}</svg>`;
}
function list(items, none = 'none') {
    if (items.length === 0)
        return none;
    const shown = items.slice(0, 12).map((item) => `\`${item}\``);
    return `${shown.join(', ')}${items.length > 12 ? ` and ${items.length - 12} more` : ''}`;
}
/** The report's facts as label → text rows, shared by the Markdown and the HTML forms. */
function surfaceRows(report) {
    const { image, boot } = report;
    const byKind = (kind) => image.tools.filter((tool) => tool.kind === kind).map((tool) => tool.path);
    const rows = [
        [
            'Size',
            `${(0,layout/* formatMiB */.av)(image.contentBytes)} in ${image.files} files (${(0,layout/* formatMiB */.av)(image.compressedBytes)} compressed, ${image.layers.length} layers)`,
        ],
        ['Packages', String(image.packages.length)],
        [
            'setuid / setgid',
            `${image.setuid.length} / ${image.setgid.length}: ${list([...image.setuid, ...image.setgid])}`,
        ],
        ['Shells', list(byKind('shell'))],
        ['Package managers', list(byKind('package-manager'))],
        ['Compilers', list(byKind('compiler'))],
        ['Debuggers', list(byKind('debugger'))],
        ['Remote access', list(byKind('remote-access'))],
        ['World-writable', `${list(image.worldWritable)} (sticky: ${image.stickyWorldWritable.length})`],
    ];
    if (boot) {
        const root = boot.rootReadOnly === undefined
            ? 'not reported (no guest facts)'
            : `${boot.rootReadOnly ? 'read-only' : 'writable'} (${boot.rootFilesystem})`;
        rows.push(['Kernel command line', `\`${boot.cmdline}\``], ['Root', root], ['Listening ports', boot.listening ? list(boot.listening.map(String)) : 'not reported'], ['Running services', boot.services ? list(boot.services) : 'not reported']);
    }
    return rows;
}
/** Gate and change as plain lines (Markdown list items). */
function verdictLines(gate, change) {
    const lines = [];
    if (gate) {
        lines.push(gate.passed
            ? `Budget: passed${gate.suppressed.length > 0 ? ` (${gate.suppressed.length} excepted)` : ''}.`
            : `Budget: **failed**, ${gate.findings.length} findings:`, ...gate.findings.map((finding) => `- ${finding.ruleId}: ${finding.message}`), '');
    }
    if (change) {
        const sign = change.contentBytesDelta >= 0 ? '+' : '−';
        lines.push(`What changed since ${change.previous.image}@${change.previous.digest.slice(0, 19)}: size ${sign}${(0,layout/* formatMiB */.av)(Math.abs(change.contentBytesDelta))}; ` +
            `packages +${change.packages.added.length} −${change.packages.removed.length} ↑${change.packages.upgraded.length}`, '', ...change.packages.added.map((pkg) => `- added ${pkg.name} ${pkg.version}`), ...change.packages.removed.map((pkg) => `- removed ${pkg.name} ${pkg.version}`), ...change.packages.upgraded.map((pkg) => `- upgraded ${pkg.name} ${pkg.from} → ${pkg.to}`), ...change.surfaceAdded.map((item) => `- surface added: ${item}`), ...change.surfaceRemoved.map((item) => `- surface removed: ${item}`), '');
    }
    return lines;
}
function surfaceMarkdown(report, gate, change) {
    return [
        `### Attack surface: ${report.image.image}`,
        '',
        '| | |',
        '|---|---|',
        ...surfaceRows(report).map(([label, text]) => `| ${label} | ${text} |`),
        '',
        'Biggest contributors:',
        '',
        barChartSvg(report.image.contributors),
        '',
        ...verdictLines(gate, change),
    ].join('\n');
}
function escapeHtml(text) {
    return escapeXml(text).replace(/`([^`]*)`/g, '<code>$1</code>');
}
/** The same section as an HTML fragment for the pipeline report (no scripts, no external resources). */
function surfaceHtml(report, gate, change) {
    const rows = surfaceRows(report)
        .map(([label, text]) => `<tr><th>${escapeXml(label)}</th><td>${escapeHtml(text)}</td></tr>`)
        .join('');
    const notes = verdictLines(gate, change)
        .filter((line) => line !== '')
        .map((line) => `<p>${escapeHtml(line.replace(/\*\*/g, ''))}</p>`)
        .join('');
    return `<section id="surface"><h2>Attack surface: ${escapeXml(report.image.image)}</h2><table>${rows}</table><h3>Biggest contributors</h3>${barChartSvg(report.image.contributors)}${notes}</section>\n`;
}

// EXTERNAL MODULE: ./src/values.ts
var src_values = __webpack_require__(74777);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/cli/sign.ts + 3 modules
var sign = __webpack_require__(8707);
;// CONCATENATED MODULE: ./src/cli/surface.ts
/**
 * `osimg surface IMAGE`: the image's attack surface read from its layers in the registry, optionally with
 * what a boot exposed (a boot-test JSON report), judged against the policy's budgets and compared with
 * the previous version (the channel tag's digest). docs/surface.md.
 */


















const SURFACE_HELP = `Usage: osimg surface IMAGE [options]

Reads IMAGE's layers from its registry (nothing is pulled or unpacked) and reports its attack surface:
size and layer sizes, packages, setuid/setgid files, shells, package managers, compilers, debuggers and
remote-access daemons, world-writable paths; with --boot-report also the kernel command line, whether the
root is read-only, listening ports and running services. With a policy, its budgets are a gate (exit 1).

Options:
      --json                 print the report (and gate, change) as JSON on stdout
      --output FILE          write the JSON report to FILE
      --markdown FILE        write the Markdown section (with the SVG chart) to FILE
      --html FILE            write the same section as an HTML fragment to FILE
      --policy FILE          ops policy with budgets (default: none)
      --sarif FILE           write the gate's findings as SARIF
      --containerfile PATH   the path SARIF findings point at
      --boot-report FILE     an osimg boot-test --json report of a boot of this image
      --cmdline TEXT         the disk's kernel command line (osimg disk --json prints it)
      --previous REF         compare with this version (e.g. the channel tag: registry/repo:stable)
      --tls-verify BOOL      verify registry TLS (default true)
  -h, --help                 this help

Exit codes: 0 within budget, 1 a budget is exceeded, 2 bad usage.
`;
async function readJson(path, what) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`cannot read ${what} ${path}: check the path`, { cause: error });
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${what} ${path} is not JSON: give the file osimg wrote`, { cause: error });
    }
}
/** The digest a reference names (its own, or what its tag points at now); undefined for a missing tag. */
async function digestOf(client, ref) {
    if (ref.digest)
        return ref.digest;
    return (await client.findManifest(ref.repository, ref.tag ?? 'latest'))?.digest;
}
async function surfaceCommand(args, context) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            json: { type: 'boolean' },
            markdown: { type: 'string' },
            output: { type: 'string' },
            html: { type: 'string' },
            policy: { type: 'string' },
            sarif: { type: 'string' },
            containerfile: { type: 'string' },
            'boot-report': { type: 'string' },
            cmdline: { type: 'string' },
            previous: { type: 'string' },
            'tls-verify': { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help) {
        context.stdout(SURFACE_HELP);
        return 0;
    }
    if (positionals.length !== 1)
        throw new errors/* ConfigurationError */.j1('osimg surface takes one IMAGE reference');
    const tlsVerify = (0,src_values/* parseBoolean */.yG)(values['tls-verify'] ?? '', '--tls-verify', true);
    const ref = (0,reference/* parseReference */.F2)(positionals[0]);
    const client = await (0,sign/* registryClient */.Rk)(ref.registry, context, tlsVerify);
    const digest = await digestOf(client, ref);
    if (!digest)
        throw new errors/* ConfigurationError */.j1(`${positionals[0]} is not in its registry: check the name and tag`);
    const log = new MemoryLogger();
    const tempDir = context.env.RUNNER_TEMP ?? context.env.TMPDIR ?? '/tmp';
    const name = (0,reference/* repositoryName */.aR)(ref);
    const report = {
        version: 1,
        image: await imageSurface(client, { repository: ref.repository, name, digest }, { log, tempDir }),
    };
    if (values['boot-report'] || values.cmdline) {
        const boot = values['boot-report']
            ? await readJson((0,external_node_path_.resolve)(context.cwd, values['boot-report']), 'the boot-test report')
            : {};
        report.boot = bootSurface(values.cmdline ?? boot.cmdline ?? '', boot.facts);
    }
    let change;
    if (values.previous) {
        const previousRef = (0,reference/* parseReference */.F2)(values.previous);
        const previousClient = previousRef.registry === ref.registry
            ? client
            : await (0,sign/* registryClient */.Rk)(previousRef.registry, context, tlsVerify);
        const previousDigest = await digestOf(previousClient, previousRef);
        // A first release has no previous version: nothing to compare, not an error.
        if (previousDigest) {
            const previous = await imageSurface(previousClient, { repository: previousRef.repository, name: (0,reference/* repositoryName */.aR)(previousRef), digest: previousDigest }, { log, tempDir });
            change = compareSurfaces(previous, report.image);
        }
    }
    let gate;
    if (values.policy) {
        const policyFile = (0,external_node_path_.resolve)(context.cwd, values.policy);
        const policy = (0,load/* loadPolicy */.t)(await (0,sign/* readText */.yR)(policyFile, 'the policy file', 'policy'), values.policy, {
            knownRules: run/* POLICY_RULE_IDS */.zY,
        });
        gate = (0,budget/* evaluateBudgets */.A1)(report, policy, { today: (0,today/* today */.E)(), repository: context.env.GITHUB_REPOSITORY });
        for (const { exception } of gate.expired)
            context.stderr(`warning: the policy exception for ${exception.rule} expired on ${exception.expires}\n`);
        if (values.sarif) {
            await (0,files/* writeFileAtomically */.lo)((0,external_node_path_.resolve)(context.cwd, values.sarif), `${JSON.stringify((0,budget/* budgetSarif */.v9)(gate, version/* VERSION */.x, values.containerfile), null, 2)}\n`);
        }
    }
    else if (values.sarif) {
        throw new errors/* ConfigurationError */.j1('--sarif writes the budget findings: give --policy FILE with budgets too');
    }
    for (const line of log.lines)
        if (line.startsWith('warning'))
            context.stderr(`${line}\n`);
    if (values.markdown)
        await (0,files/* writeFileAtomically */.lo)((0,external_node_path_.resolve)(context.cwd, values.markdown), surfaceMarkdown(report, gate, change));
    const json = `${JSON.stringify({ ...report, gate, change }, null, 2)}\n`;
    if (values.output)
        await (0,files/* writeFileAtomically */.lo)((0,external_node_path_.resolve)(context.cwd, values.output), json);
    if (values.html)
        await (0,files/* writeFileAtomically */.lo)((0,external_node_path_.resolve)(context.cwd, values.html), surfaceHtml(report, gate, change));
    if (values.json)
        context.stdout(json);
    else
        context.stdout(surfaceMarkdown(report, gate, change));
    return gate && !gate.passed ? 1 : 0;
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
