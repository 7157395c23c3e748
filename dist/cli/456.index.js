export const id = 456;
export const ids = [456];
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

/***/ 61900:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ parseContainerfile),
/* harmony export */   s: () => (/* binding */ finalChain)
/* harmony export */ });
/* harmony import */ var dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78390);
/* harmony import */ var _build_containerfile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61789);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/**
 * A Containerfile as the linter sees it: stages with their resolved base, and instructions with their
 * line, flags and argument text (continuations joined, heredoc bodies included). Built on dockerfile-ast.
 */



const KEYWORDS = new Set([
    'FROM',
    'RUN',
    'CMD',
    'LABEL',
    'MAINTAINER',
    'EXPOSE',
    'ENV',
    'ADD',
    'COPY',
    'ENTRYPOINT',
    'VOLUME',
    'USER',
    'WORKDIR',
    'ARG',
    'ONBUILD',
    'STOPSIGNAL',
    'HEALTHCHECK',
    'SHELL',
]);
function flagsOf(instruction) {
    const withFlags = instruction;
    const flags = {};
    for (const flag of withFlags.getFlags?.() ?? [])
        flags[flag.getName().toLowerCase()] = flag.getValue() ?? undefined;
    return flags;
}
/** Parses a Containerfile; throws ConfigurationError with `path:line` when it is not one. */
function parseContainerfile(content, path, buildArgs = {}) {
    if (content.includes('\u0000'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${path} is not a text file: point the linter at a Containerfile`);
    const dockerfile = dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.DockerfileParser.parse(content);
    const globalArgs = new Map();
    const stages = [];
    const names = new Map();
    for (const node of dockerfile.getInstructions()) {
        const keyword = node.getKeyword().toUpperCase();
        const line = node.getRange().start.line + 1;
        if (!KEYWORDS.has(keyword)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${path}:${line}: unknown instruction "${node.getKeyword()}": check the spelling`);
        }
        const instruction = {
            keyword,
            args: node.getArgumentsContent() ?? '',
            flags: flagsOf(node),
            line,
            endLine: node.getRange().end.line + 1,
        };
        if (keyword === 'FROM') {
            const variables = new Map([...globalArgs].map(([name, arg]) => [
                name,
                Object.hasOwn(buildArgs, name) ? buildArgs[name] : arg.value,
            ]));
            const words = instruction.args.split(/\s+/).filter(Boolean);
            const image = (0,_build_containerfile_js__WEBPACK_IMPORTED_MODULE_1__/* .expandArgs */ .S_)(words[0] ?? '', variables);
            if (!image)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${path}:${line}: FROM names no image`);
            const name = words[1]?.toUpperCase() === 'AS' ? words[2] : undefined;
            const stage = {
                index: stages.length,
                name,
                from: { image, raw: words[0] ?? '', line, stage: names.get(image.toLowerCase()) },
                instructions: [],
            };
            if (name)
                names.set(name.toLowerCase(), stage.index);
            stages.push(stage);
            continue;
        }
        if (stages.length === 0) {
            if (keyword !== 'ARG') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${path}:${line}: ${keyword} before the first FROM: only ARG may come before FROM`);
            }
            for (const part of instruction.args.split(/\s+/).filter(Boolean)) {
                const eq = part.indexOf('=');
                const argName = eq > 0 ? part.slice(0, eq) : part;
                globalArgs.set(argName, {
                    value: eq > 0 ? part.slice(eq + 1).replace(/^["']|["']$/g, '') : undefined,
                    line,
                });
            }
            continue;
        }
        stages.at(-1).instructions.push(instruction);
    }
    if (stages.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${path} has no FROM instruction: start it with FROM <base image>`);
    return { path, content, stages, globalArgs };
}
/** The final stage and the stages it builds on (FROM <earlier stage>), final first. */
function finalChain(file) {
    const chain = [];
    let stage = file.stages.at(-1);
    while (stage && !chain.includes(stage)) {
        chain.push(stage);
        stage = stage.from.stage === undefined ? undefined : file.stages[stage.from.stage];
    }
    return chain;
}


/***/ }),

/***/ 79841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y0: () => (/* binding */ RULES),
  Iu: () => (/* binding */ RULE_IDS),
  jf: () => (/* binding */ isContainerfileName),
  zU: () => (/* binding */ isManifestName),
  u8: () => (/* binding */ lint)
});

// UNUSED EXPORTS: detectKind, parseManifest

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/policy/exceptions.ts
var exceptions = __webpack_require__(45866);
// EXTERNAL MODULE: ./src/input-file.ts
var input_file = __webpack_require__(31054);
// EXTERNAL MODULE: ./src/lint/containerfile.ts
var containerfile = __webpack_require__(61900);
// EXTERNAL MODULE: ./src/policy/images.ts
var policy_images = __webpack_require__(1878);
// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __webpack_require__(62148);
;// CONCATENATED MODULE: ./src/lint/shell.ts
/**
 * Just enough shell reading for lint rules: RUN text → pipelines → commands → words (quotes respected,
 * continuations and comments dropped), and which packages each package manager call installs.
 */
/** Splits shell text into pipelines of commands. Not a full shell parser; never throws. */
function parseShell(text) {
    const pipelines = [];
    let pipeline = [];
    let words = [];
    let word = '';
    let hasWord = false;
    let start = 0;
    let quote;
    const endWord = () => {
        if (hasWord)
            words.push(word);
        word = '';
        hasWord = false;
    };
    const endCommand = (end) => {
        endWord();
        if (words.length > 0)
            pipeline.push({ words, text: text.slice(start, end).trim() });
        words = [];
    };
    const endPipeline = (end) => {
        endCommand(end);
        if (pipeline.length > 0)
            pipelines.push(pipeline);
        pipeline = [];
    };
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quote) {
            if (c === quote)
                quote = undefined;
            else if (c === '\\' && quote === '"' && i + 1 < text.length)
                word += text[++i];
            else
                word += c;
            continue;
        }
        if (c === "'" || c === '"') {
            quote = c;
            hasWord = true;
        }
        else if (c === '\\' && text[i + 1] === '\n')
            i++;
        else if (c === '\\' && i + 1 < text.length) {
            word += text[++i];
            hasWord = true;
        }
        else if (c === '#' && !hasWord) {
            while (i < text.length && text[i] !== '\n')
                i++;
            endPipeline(i);
            start = i + 1;
        }
        else if (c === '|' && text[i + 1] !== '|') {
            endCommand(i);
            start = i + 1;
        }
        else if (c === '&' && (word.endsWith('>') || word.endsWith('<') || text[i + 1] === '>')) {
            // Part of a redirection (2>&1, &>file), not a command separator.
            word += c;
            hasWord = true;
        }
        else if ((c === '&' || c === '|') && text[i + 1] === c) {
            endPipeline(i);
            i++;
            start = i + 1;
        }
        else if (c === ';' || c === '\n' || c === '&') {
            endPipeline(i);
            start = i + 1;
        }
        else if (c === ' ' || c === '\t' || c === '\r')
            endWord();
        else {
            word += c;
            hasWord = true;
        }
    }
    endPipeline(text.length);
    return pipelines;
}
function commands(text) {
    return parseShell(text).flat();
}
const SUDO_VALUE_OPTIONS = new Set([
    '-u',
    '-g',
    '-C',
    '-D',
    '-h',
    '-p',
    '-r',
    '-t',
    '-T',
    '-U',
    '--user',
    '--group',
]);
const ENV_VALUE_OPTIONS = new Set(['-u', '--unset', '-C', '--chdir', '-S', '--split-string']);
/** The program a command runs, past `sudo` and `env` (with their options), and assignments. */
function program(command) {
    let words = command.words;
    for (;;) {
        if (words[0] === 'sudo' || words[0] === 'env') {
            // Skip the wrapper's own options (and the value of those that take one).
            const takesValue = words[0] === 'sudo' ? SUDO_VALUE_OPTIONS : ENV_VALUE_OPTIONS;
            let index = 1;
            while (words[index]?.startsWith('-'))
                index += takesValue.has(words[index]) ? 2 : 1;
            words = words.slice(index);
        }
        else if (words[0] === 'exec' || words[0] === 'command')
            words = words.slice(1);
        else if (words[0] && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0]))
            words = words.slice(1);
        else
            break;
    }
    const name = (words[0] ?? '').split('/').at(-1) ?? '';
    return { name, args: words.slice(1) };
}
const APT = new Set(['apt-get', 'apt', 'aptitude']);
const DNF = new Set(['dnf', 'yum', 'microdnf', 'dnf5', 'tdnf']);
/** The package manager operations in a command, if it is one. */
function packageOperation(command) {
    const { name, args } = program(command);
    const options = args.filter((arg) => arg.startsWith('-'));
    const positional = args.filter((arg) => !arg.startsWith('-'));
    const verb = positional[0] ?? '';
    const rest = positional.slice(1);
    const op = (manager, action, packages = []) => ({
        manager,
        action,
        packages,
        options,
        command,
    });
    if (APT.has(name)) {
        if (verb === 'install')
            return op('apt', 'install', rest);
        if (verb === 'upgrade' || verb === 'dist-upgrade' || verb === 'full-upgrade')
            return op('apt', 'upgrade');
        if (verb === 'remove' || verb === 'purge' || verb === 'autoremove')
            return op('apt', 'remove', rest);
        if (verb === 'clean' || verb === 'autoclean')
            return op('apt', 'clean');
        if (verb === 'update')
            return op('apt', 'update-index');
    }
    else if (DNF.has(name)) {
        if (verb === 'install' || verb === 'groupinstall' || verb === 'reinstall')
            return op('dnf', 'install', rest);
        if (verb === 'update' || verb === 'upgrade' || verb === 'distro-sync' || verb === 'upgrade-minimal') {
            return op('dnf', rest.length > 0 ? 'install' : 'upgrade', rest);
        }
        if (verb === 'remove' || verb === 'erase')
            return op('dnf', 'remove', rest);
        if (verb === 'clean')
            return op('dnf', 'clean');
        if (verb === 'makecache')
            return op('dnf', 'update-index');
    }
    else if (name === 'apk') {
        if (verb === 'add')
            return op('apk', 'install', rest);
        if (verb === 'upgrade')
            return op('apk', 'upgrade');
        if (verb === 'del')
            return op('apk', 'remove', rest);
        if (verb === 'update')
            return op('apk', 'update-index');
        if (verb === 'cache')
            return op('apk', 'clean');
    }
    else if (name === 'zypper') {
        if (verb === 'install' || verb === 'in')
            return op('zypper', 'install', rest);
        if (verb === 'update' || verb === 'up' || verb === 'dist-upgrade' || verb === 'dup')
            return op('zypper', 'upgrade');
        if (verb === 'clean' || verb === 'cc')
            return op('zypper', 'clean');
    }
    else if (name === 'rpm-ostree') {
        if (verb === 'install')
            return op('rpm-ostree', 'install', rest);
        if (verb === 'upgrade')
            return op('rpm-ostree', 'upgrade');
    }
    else if (/^pip[0-9.]*$/.test(name) ||
        (name.startsWith('python') && args[0] === '-m' && args[1]?.startsWith('pip'))) {
        const pipArgs = name.startsWith('python') ? args.slice(2) : args;
        const pipPositional = pipArgs.filter((arg) => !arg.startsWith('-'));
        if (pipPositional[0] === 'install') {
            return {
                manager: 'pip',
                action: 'install',
                packages: pipPositional.slice(1),
                options: pipArgs.filter((a) => a.startsWith('-')),
                command,
            };
        }
    }
    return undefined;
}
/** Package name without version or architecture suffix (`curl=7.88*` → `curl`, `gcc.x86_64` → `gcc`). */
function packageName(spec) {
    return spec
        .split(/[=<>~:]/)[0]
        .replace(/\.(x86_64|aarch64|noarch|i686)$/, '')
        .toLowerCase();
}

;// CONCATENATED MODULE: ./src/lint/rules/containerfile.ts
/**
 * Containerfile rules. Each is data (id, title, severity, rationale, fix) plus a check; the docs page
 * (docs/lint-rules.md) is generated from this list.
 */



/** Labels `osimg build` adds itself, so a policy requiring them is satisfied without a LABEL line. */
const AUTOMATIC_LABELS = [
    'org.opencontainers.image.source',
    'org.opencontainers.image.revision',
    'org.opencontainers.image.created',
    'org.opencontainers.image.version',
    'org.opencontainers.image.title',
    'org.opencontainers.image.base.name',
    'org.opencontainers.image.base.digest',
];
const SHELLS = new Set([
    'sh',
    'bash',
    'zsh',
    'dash',
    'ash',
    'ksh',
    'python',
    'python3',
    'perl',
    'ruby',
    'node',
]);
const FETCHERS = new Set(['curl', 'wget', 'fetch']);
const REMOTE_SHELL_SERVERS = new Set([
    'openssh-server',
    'dropbear',
    'dropbear-bin',
    'openssh',
    'openssh-server-pam',
    'tinyssh',
]);
const INSECURE_PROTOCOL = new Set([
    'telnetd',
    'telnet-server',
    'inetutils-telnetd',
    'telnet',
    'vsftpd',
    'proftpd',
    'proftpd-basic',
    'pure-ftpd',
    'tftpd',
    'tftpd-hpa',
    'tftp-server',
    'tftp',
    'ftp',
    'rsh-server',
    'rsh-client',
    'rsh-redone-server',
    'xinetd',
]);
const COMPILERS = new Set([
    'gcc',
    'g++',
    'gcc-c++',
    'clang',
    'llvm',
    'make',
    'cmake',
    'build-essential',
    'build-base',
    'golang',
    'go',
    'rustc',
    'cargo',
    'openjdk-17-jdk',
    'java-17-openjdk-devel',
    '@development-tools',
    'kernel-devel',
    'linux-headers-amd64',
]);
const MINIMAL_BASES = /(^|\/)(distroless|static|scratch|ubi-micro|ubi\d*-micro|busybox|chainguard)(\/|:|$)/;
const external = (context) => context.file.stages.filter((stage) => stage.from.stage === undefined && stage.from.image !== 'scratch');
const instructionsOf = (context, keyword, finalOnly = false) => (finalOnly ? context.finalStages : context.file.stages).flatMap((stage) => stage.instructions.filter((instruction) => instruction.keyword === keyword));
const runHits = (context, match, finalOnly = false) => context.runs
    .filter((run) => !finalOnly || run.final)
    .flatMap((run) => {
    const message = match(run);
    return message ? [{ line: run.instruction.line, endLine: run.instruction.endLine, message }] : [];
});
const installed = (run, names) => run.packages
    .filter((op) => op.action === 'install')
    .flatMap((op) => op.packages.map(packageName))
    .filter((name) => names.has(name));
const anyCommand = (run, test) => run.commands.some(test);
/** chmod modes that let anyone write (no sticky bit), e.g. 777, 666, o+w, a+w. */
function worldWritable(mode) {
    if (/^[0-7]{3,4}$/.test(mode)) {
        const others = Number(mode.at(-1));
        const sticky = mode.length === 4 && (Number(mode[0]) & 1) === 1;
        return (others & 2) === 2 && !sticky;
    }
    // Symbolic: each comma clause is [ugoa]* then operations like +w or =rw; a bare `+w` obeys the umask.
    return mode.split(',').some((clause) => {
        const who = /^[ugoa]*/.exec(clause)[0];
        if (!who.includes('o') && !who.includes('a'))
            return false;
        return (clause.slice(who.length).match(/[+=][rwxXst]*/g) ?? []).some((op) => op.includes('w'));
    });
}
/** The replacement parts of sed `s` expressions (`s/search/replace/flags`, any delimiter). */
function sedReplacements(arg) {
    const match = /^s(.)/.exec(arg);
    if (!match)
        return [];
    const parts = arg.slice(2).split(match[1]);
    return parts.length >= 2 ? [parts[1]] : [];
}
function setuid(mode) {
    if (/^[0-7]{4}$/.test(mode))
        return (Number(mode[0]) & 6) !== 0;
    return /[ug]*\+[rwx]*s/.test(mode);
}
const SECRET_NAME = /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIALS?)/i;
const SECRET_VALUE = [
    { pattern: /AKIA[0-9A-Z]{16}/, what: 'an AWS access key id' },
    { pattern: /gh[pousr]_[A-Za-z0-9]{36,}/, what: 'a GitHub token' },
    { pattern: /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/, what: 'a private key' },
    { pattern: /xox[baprs]-[A-Za-z0-9-]{10,}/, what: 'a Slack token' },
    { pattern: /glpat-[A-Za-z0-9_-]{20}/, what: 'a GitLab token' },
];
/** `KEY=value` or `KEY value` pairs of an ENV/ARG/LABEL instruction. */
function assignments(instruction) {
    const text = instruction.args.trim();
    if (instruction.keyword === 'ENV' && !text.includes('=')) {
        const [name, ...rest] = text.split(/\s+/);
        return name ? [{ name, value: rest.join(' ') }] : [];
    }
    return [...text.matchAll(/([^\s=]+)(?:=("(?:[^"\\]|\\.)*"|'[^']*'|\S*))?/g)].map((match) => ({
        name: match[1].replace(/^["']|["']$/g, ''),
        value: (match[2] ?? '').replace(/^["']|["']$/g, ''),
    }));
}
function isUrl(text) {
    return /^https?:\/\//i.test(text);
}
const ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2|tar\.xz|txz|tar\.zst)$/i;
const CONTAINERFILE_RULES = [
    {
        id: 'CF001',
        title: 'Base image not allowed by policy',
        severity: 'high',
        rationale: 'The ops team owns which bases machines are built on; an unknown base has no owner for its patches.',
        fix: "Use a base from the policy's images.allowed list (or ask ops to add this one).",
        target: 'containerfile',
        check: (context) => external(context).flatMap((stage) => {
            const ref = (0,policy_images/* imageOf */.dT)(stage.from.image);
            if (!ref)
                return [];
            const verdict = (0,policy_images/* checkAllowed */.FM)(context.policy, ref);
            if (verdict.allowed)
                return [];
            const allowedTags = verdict.reason === 'tag' ? verdict.entry.tags.join(', ') : '';
            const message = verdict.reason === 'image'
                ? `base ${(0,reference/* repositoryName */.aR)(ref)} is not on the policy's allowed list`
                : !ref.tag && ref.digest
                    ? `base ${(0,reference/* repositoryName */.aR)(ref)} is named by digest only, so its tag cannot be checked (allowed: ${allowedTags}): write name:tag@sha256:...`
                    : `tag "${ref.tag ?? 'latest'}" of ${(0,reference/* repositoryName */.aR)(ref)} is not allowed (allowed: ${allowedTags})`;
            return [{ line: stage.from.line, message }];
        }),
    },
    {
        id: 'CF002',
        title: 'Base image banned by policy',
        severity: 'critical',
        rationale: 'A banned base has a known problem (end of life, a vulnerability, a compromise) that ops has ruled out.',
        fix: 'Move to the replacement the ban names, or run `osimg lint --fix` when the policy has a substitution.',
        target: 'containerfile',
        check: (context) => external(context).flatMap((stage) => {
            const ref = (0,policy_images/* imageOf */.dT)(stage.from.image);
            const ban = ref && (0,policy_images/* findBan */.dx)(context.policy, ref, context.today);
            if (!ban)
                return [];
            return [
                {
                    line: stage.from.line,
                    message: `base ${(0,reference/* formatReference */.FH)(ref)} is banned${ban.since ? ` since ${ban.since}` : ''}: ${ban.reason}`,
                },
            ];
        }),
    },
    {
        id: 'CF003',
        title: 'Base image not pinned by digest',
        severity: 'medium',
        rationale: 'A tag can move; only a digest says exactly which base was built on and keeps rebuilds reproducible.',
        fix: "Write FROM name:tag@sha256:<digest> (the policy's substitutions can pin it with `osimg lint --fix`).",
        target: 'containerfile',
        fixable: true,
        check: (context) => external(context).flatMap((stage) => {
            const ref = (0,policy_images/* imageOf */.dT)(stage.from.image);
            if (!ref || ref.digest)
                return [];
            const required = (0,policy_images/* requiresDigest */.bz)(context.policy, (0,policy_images/* checkAllowed */.FM)(context.policy, ref));
            return [
                {
                    line: stage.from.line,
                    message: `base ${(0,reference/* formatReference */.FH)(ref)} is not pinned by digest${required ? ' (the policy requires it)' : ''}`,
                    ...(required ? { severity: 'high' } : {}),
                },
            ];
        }),
    },
    {
        id: 'CF004',
        title: 'Base image uses latest or no tag',
        severity: 'medium',
        rationale: '`latest` changes under you: two builds of the same commit get different machines.',
        fix: 'Name a version tag (and pin it by digest).',
        target: 'containerfile',
        check: (context) => external(context).flatMap((stage) => {
            const ref = (0,policy_images/* imageOf */.dT)(stage.from.image);
            if (!ref || ref.digest || (ref.tag && ref.tag !== 'latest'))
                return [];
            return [
                {
                    line: stage.from.line,
                    message: `base ${(0,reference/* repositoryName */.aR)(ref)} uses ${ref.tag ? 'the latest tag' : 'no tag (latest)'}`,
                },
            ];
        }),
    },
    {
        id: 'CF005',
        title: 'Policy substitutes this base image',
        severity: 'medium',
        rationale: 'Ops publishes patched or pinned replacements for bases; using them is how fixes reach every image.',
        fix: 'Run `osimg lint --fix` to apply the substitution.',
        target: 'containerfile',
        fixable: true,
        check: (context) => external(context).flatMap((stage) => {
            const ref = (0,policy_images/* imageOf */.dT)(stage.from.image);
            const substitution = ref && (0,policy_images/* findSubstitution */.jA)(context.policy, ref);
            if (!substitution)
                return [];
            return [
                {
                    line: stage.from.line,
                    message: `use ${substitution.to} instead of ${stage.from.image}${substitution.reason ? ` (${substitution.reason})` : ''}`,
                },
            ];
        }),
    },
    {
        id: 'CF006',
        title: 'Base image reference does not parse',
        severity: 'high',
        rationale: 'A base that is not a valid reference cannot be checked against the allowed, banned and digest rules, and buildah refuses it.',
        fix: 'Write the base as [registry/]name[:tag][@sha256:digest] (check the build args it uses).',
        target: 'containerfile',
        check: (context) => external(context).flatMap((stage) => {
            const problem = (0,policy_images/* referenceProblem */.te)(stage.from.image);
            return problem ? [{ line: stage.from.line, message: `base ${problem}` }] : [];
        }),
    },
    {
        id: 'CF010',
        title: 'Remote script piped into a shell',
        severity: 'high',
        rationale: 'Whatever the server sends at build time runs as root, unreviewed and unpinned.',
        fix: 'Download to a file, verify its checksum or signature, then run it; better, install a package.',
        target: 'containerfile',
        check: (context) => runHits(context, (run) => {
            for (const pipeline of run.pipelines) {
                const fetch = pipeline.findIndex((command) => FETCHERS.has(program(command).name));
                if (fetch >= 0 && pipeline.slice(fetch + 1).some((command) => SHELLS.has(program(command).name))) {
                    return `"${pipeline.map((command) => command.text).join(' | ')}" runs a downloaded script`;
                }
            }
            if (/\b(?:ba|z|da|k)?sh\s+(?:-c\s+)?["']?(?:<\(|\$\()\s*(?:curl|wget)\b/.test(run.instruction.args)) {
                return 'a shell runs the output of curl/wget';
            }
            return undefined;
        }),
    },
    {
        id: 'CF011',
        title: 'ADD from a URL without a checksum',
        severity: 'high',
        rationale: 'The content behind a URL can change; without --checksum the build takes whatever it gets.',
        fix: 'Add --checksum=sha256:<hex> to the ADD, or download and verify in a RUN step.',
        target: 'containerfile',
        check: (context) => instructionsOf(context, 'ADD')
            .filter((add) => !add.flags.checksum && add.args.split(/\s+/).slice(0, -1).some(isUrl))
            .map((add) => ({ line: add.line, message: `ADD ${add.args} has no --checksum` })),
    },
    {
        id: 'CF012',
        title: 'Secret in ENV or ARG',
        severity: 'high',
        rationale: 'ENV values and ARG values are stored in the image config and history, readable by anyone who pulls it.',
        fix: 'Use RUN --mount=type=secret for build-time secrets and inject runtime secrets at deploy time.',
        target: 'containerfile',
        check: (context) => [...instructionsOf(context, 'ENV'), ...instructionsOf(context, 'ARG')].flatMap((instruction) => assignments(instruction)
            .filter(({ name, value }) => SECRET_NAME.test(name) && (instruction.keyword === 'ARG' || value !== ''))
            .map(({ name }) => ({
            line: instruction.line,
            message: `${instruction.keyword} ${name} looks like a secret`,
        }))),
    },
    {
        id: 'CF013',
        title: 'Credential written in the Containerfile',
        severity: 'critical',
        rationale: 'A key or token in the Containerfile is in git history and in every image built from it.',
        fix: 'Remove it, revoke it now, and pass it as a build secret (RUN --mount=type=secret).',
        target: 'containerfile',
        check: (context) => context.file.content.split('\n').flatMap((text, index) => {
            const found = SECRET_VALUE.find(({ pattern }) => pattern.test(text));
            return found ? [{ line: index + 1, message: `line contains ${found.what}` }] : [];
        }),
    },
    {
        id: 'CF014',
        title: 'TLS or signature verification disabled',
        severity: 'high',
        rationale: 'Turning verification off lets anyone on the network path replace what gets installed.',
        fix: 'Keep verification on; add the CA certificate or the repository key instead.',
        target: 'containerfile',
        check: (context) => runHits(context, (run) => {
            const text = run.instruction.args;
            // -k means --insecure only to curl (gzip -k, sort -k do other things).
            const insecureCurl = run.commands.some((command) => {
                const { name, args } = program(command);
                return (name === 'curl' && args.some((arg) => arg === '--insecure' || /^-[a-zA-Z]*k[a-zA-Z]*$/.test(arg)));
            });
            if (insecureCurl)
                return 'curl --insecure disables verification';
            const patterns = [
                [/--no-check-certificate/, 'wget --no-check-certificate'],
                [/\btrusted=yes\b/, 'an apt source marked trusted=yes'],
                [
                    /--allow-unauthenticated|AllowUnauthenticated|--allow-insecure-repositories/,
                    'apt without signature checks',
                ],
                [/--nogpgcheck|gpgcheck\s*=\s*0|--no-gpg-checks/, 'package signature checks turned off'],
                [
                    /sslverify\s*=\s*(?:0|false)|http\.sslVerify\s*=?\s*false|GIT_SSL_NO_VERIFY/i,
                    'TLS verification turned off',
                ],
                [/--trusted-host/, 'pip --trusted-host'],
                [/strict-ssl\s+false/, 'npm strict-ssl false'],
                [/--allow-untrusted/, 'apk --allow-untrusted'],
            ];
            const hit = patterns.find(([pattern]) => pattern.test(text));
            return hit ? `${hit[1]} disables verification` : undefined;
        }),
    },
    {
        id: 'CF015',
        title: 'Download over plain HTTP',
        severity: 'medium',
        rationale: 'Plain HTTP can be read and changed in transit.',
        fix: 'Use https:// (and verify a checksum).',
        target: 'containerfile',
        check: (context) => [
            ...runHits(context, (run) => {
                const url = run.commands
                    .filter((command) => FETCHERS.has(program(command).name))
                    .flatMap((command) => command.words)
                    .find((word) => /^http:\/\/(?!localhost|127\.)/i.test(word));
                return url ? `downloads ${url} over plain HTTP` : undefined;
            }),
            ...instructionsOf(context, 'ADD')
                .filter((add) => /(^|\s)http:\/\/(?!localhost|127\.)/i.test(add.args))
                .map((add) => ({
                line: add.line,
                message: `ADD fetches ${add.args.split(/\s+/)[0]} over plain HTTP`,
            })),
        ],
    },
    {
        id: 'CF016',
        title: 'ADD where COPY does',
        severity: 'low',
        rationale: 'ADD also unpacks archives and fetches URLs; for plain files its magic only surprises.',
        fix: 'Use COPY for local files; keep ADD for archives you mean to unpack.',
        target: 'containerfile',
        check: (context) => instructionsOf(context, 'ADD')
            .filter((add) => {
            const sources = add.args.split(/\s+/).filter(Boolean).slice(0, -1);
            return (sources.length > 0 &&
                !sources.some((source) => isUrl(source) || ARCHIVE.test(source) || source.startsWith('git@')));
        })
            .map((add) => ({ line: add.line, message: `ADD ${add.args} copies plain files` })),
    },
    {
        id: 'CF020',
        title: 'Remote shell server installed',
        severity: 'high',
        rationale: 'Immutable machines are replaced, not logged into; an SSH server is attack surface and an invitation to drift.',
        fix: 'Remove the SSH server; debug through the serial console or a new image, and observe through logs and metrics.',
        target: 'containerfile',
        check: (context) => runHits(context, (run) => {
            const found = installed(run, REMOTE_SHELL_SERVERS);
            return found.length > 0 ? `installs ${found.join(', ')}` : undefined;
        }, true),
    },
    {
        id: 'CF021',
        title: 'Telnet, FTP or rsh installed',
        severity: 'high',
        rationale: 'These protocols send credentials in clear text and have no place on a production machine.',
        fix: 'Remove them; use HTTPS or SSH-based tools in a separate debugging image if you must.',
        target: 'containerfile',
        check: (context) => runHits(context, (run) => {
            const found = installed(run, INSECURE_PROTOCOL);
            return found.length > 0 ? `installs ${found.join(', ')}` : undefined;
        }, true),
    },
    {
        id: 'CF022',
        title: 'Remote or password login enabled',
        severity: 'high',
        rationale: 'Enabling sshd or password logins makes the machine something people change by hand.',
        fix: 'Do not enable remote login services; if a break-glass path is required, use keys from a vault, never passwords.',
        target: 'containerfile',
        check: (context) => runHits(context, (run) => {
            const sshUnit = /^(?:ssh|sshd|dropbear)(?:\.service|\.socket)?$/;
            const enables = run.commands.find((command) => {
                const { name, args } = program(command);
                return name === 'systemctl' && args.includes('enable') && args.some((arg) => sshUnit.test(arg));
            });
            if (enables)
                return `"${enables.text}" enables an SSH service`;
            // What a command writes: for sed, only the replacement side (hardening seds search for "yes").
            for (const command of run.commands) {
                const { name, args } = program(command);
                const written = name === 'sed' ? args.flatMap(sedReplacements) : [command.text];
                const setting = written
                    .map((part) => /(PermitRootLogin\s+yes|PasswordAuthentication\s+yes|PermitEmptyPasswords\s+yes)/.exec(part))
                    .find(Boolean);
                if (setting)
                    return `sets ${setting[1]}`;
            }
            return undefined;
        }, true),
    },
    {
        id: 'CF023',
        title: 'Password set in the image',
        severity: 'high',
        rationale: 'A password baked into an image is shared by every machine and by everyone who can pull it.',
        fix: 'Leave accounts locked; provision credentials at deploy time (cloud-init, a vault, SSO).',
        target: 'containerfile',
        check: (context) => runHits(context, (run) => {
            const command = run.commands.find((candidate) => {
                const { name, args } = program(candidate);
                if (name === 'chpasswd')
                    return true;
                if (name === 'passwd')
                    return !args.some((arg) => ['-l', '--lock', '-S', '--status', '-e', '--expire'].includes(arg));
                if (name === 'usermod' || name === 'useradd')
                    return args.some((arg) => arg === '-p' || arg.startsWith('--password'));
                return false;
            });
            return command ? `"${command.text}" sets a password` : undefined;
        }),
    },
    {
        id: 'CF024',
        title: 'Floating upgrade of all packages',
        severity: 'medium',
        rationale: 'Upgrading everything makes the image depend on the day it was built, not on the base and the file.',
        fix: 'Use an up-to-date base (the policy can substitute one) and install explicit packages.',
        target: 'containerfile',
        check: (context) => runHits(context, (run) => {
            const upgrade = run.packages.find((op) => op.action === 'upgrade');
            return upgrade ? `"${upgrade.command.text}" upgrades whatever is newest today` : undefined;
        }),
    },
    {
        id: 'CF025',
        title: 'Package manager cache left in the image',
        severity: 'low',
        rationale: 'Caches add size and stale metadata to every machine and every pull.',
        fix: 'Clean in the same RUN (rm -rf /var/lib/apt/lists/*, dnf clean all, apk add --no-cache, pip --no-cache-dir) or use a cache mount.',
        target: 'containerfile',
        check: (context) => runHits(context, (run) => {
            const text = run.instruction.args;
            const cacheMount = (run.instruction.flags.mount ?? '').includes('type=cache');
            const missing = new Set();
            for (const op of run.packages.filter((candidate) => candidate.action === 'install')) {
                if (op.manager === 'apt' && !/rm\s+-[rf]+\s+[^&;]*\/var\/lib\/apt\/lists/.test(text) && !cacheMount)
                    missing.add('apt lists');
                if (op.manager === 'dnf' &&
                    !/(dnf5?|yum|microdnf|tdnf)\s+clean\s+all|rm\s+-[rf]+\s+[^&;]*\/var\/cache\/(dnf|yum)/.test(text) &&
                    !cacheMount) {
                    missing.add('dnf/yum cache');
                }
                if (op.manager === 'apk' &&
                    !op.options.includes('--no-cache') &&
                    !/rm\s+-[rf]+\s+[^&;]*\/var\/cache\/apk/.test(text))
                    missing.add('apk cache');
                if (op.manager === 'pip' && !op.options.includes('--no-cache-dir') && !cacheMount)
                    missing.add('pip cache');
            }
            return missing.size > 0 ? `leaves the ${[...missing].join(' and ')} behind` : undefined;
        }),
    },
    {
        id: 'CF026',
        title: 'apt installs recommended packages',
        severity: 'info',
        rationale: 'Recommends pull in packages nobody asked for, growing the attack surface.',
        fix: 'Add --no-install-recommends.',
        target: 'containerfile',
        check: (context) => runHits(context, (run) => {
            const op = run.packages.find((candidate) => candidate.manager === 'apt' && candidate.action === 'install');
            return op && !op.options.includes('--no-install-recommends')
                ? `"${op.command.text}" installs recommended packages`
                : undefined;
        }),
    },
    {
        id: 'CF027',
        title: 'Package install without -y',
        severity: 'low',
        rationale: 'A build has no terminal: the install stops at its question and the build fails.',
        fix: 'Add -y (apt-get, dnf, yum, zypper -n).',
        target: 'containerfile',
        check: (context) => runHits(context, (run) => {
            const op = run.packages.find((candidate) => (candidate.manager === 'apt' || candidate.manager === 'dnf' || candidate.manager === 'zypper') &&
                (candidate.action === 'install' || candidate.action === 'upgrade') &&
                !candidate.options.some((option) => /^-[a-z]*y[a-z]*$|^--yes$|^--assume-yes$|^-qq$|^-n$|^--non-interactive$|^--no-confirm$/.test(option)) &&
                program(candidate.command).name !== 'microdnf');
            return op ? `"${op.command.text}" will wait for an answer` : undefined;
        }),
    },
    {
        id: 'CF030',
        title: 'SELinux disabled',
        severity: 'high',
        rationale: 'SELinux confines services; turning it off removes a layer every breach has to get through.',
        fix: 'Keep SELinux enforcing; fix the denials with proper labels or a policy module.',
        target: 'containerfile',
        check: (context) => runHits(context, (run) => {
            const hit = /(setenforce\s+0|SELINUX=(?:disabled|permissive)|selinux=0|enforcing=0)/.exec(run.instruction.args);
            return hit ? `"${hit[1]}" turns SELinux off` : undefined;
        }),
    },
    {
        id: 'CF031',
        title: 'AppArmor disabled',
        severity: 'high',
        rationale: 'AppArmor confines services; turning it off removes a layer every breach has to get through.',
        fix: 'Keep AppArmor enabled; adjust the profile that gets in the way.',
        target: 'containerfile',
        check: (context) => runHits(context, (run) => {
            const hit = /(apparmor=0|systemctl\s+(?:disable|mask)\s+(?:--now\s+)?apparmor|aa-teardown|aa-disable)/.exec(run.instruction.args);
            return hit ? `"${hit[1]}" turns AppArmor off` : undefined;
        }),
    },
    {
        id: 'CF032',
        title: 'World-writable path',
        severity: 'high',
        rationale: 'Any process can change a world-writable file, including what other services trust or execute.',
        fix: 'Give the owning user or group write access only (e.g. 0755 / 0775 with chown).',
        target: 'containerfile',
        check: (context) => [
            ...runHits(context, (run) => {
                const chmod = run.commands.find((command) => {
                    const { name, args } = program(command);
                    return name === 'chmod' && args.some((arg) => !arg.startsWith('-') && worldWritable(arg));
                });
                return chmod ? `"${chmod.text}" makes a path world-writable` : undefined;
            }),
            ...[...instructionsOf(context, 'COPY'), ...instructionsOf(context, 'ADD')]
                .filter((instruction) => instruction.flags.chmod && worldWritable(instruction.flags.chmod))
                .map((instruction) => ({
                line: instruction.line,
                message: `--chmod=${instruction.flags.chmod} makes files world-writable`,
            })),
        ],
    },
    {
        id: 'CF033',
        title: 'setuid or setgid bit added',
        severity: 'medium',
        rationale: "A setuid program runs with its owner's rights for whoever starts it: a classic escalation path.",
        fix: 'Avoid setuid; grant a capability (setcap) or run the service as the right user.',
        target: 'containerfile',
        check: (context) => runHits(context, (run) => {
            const chmod = run.commands.find((command) => {
                const { name, args } = program(command);
                return name === 'chmod' && args.some((arg) => !arg.startsWith('-') && setuid(arg));
            });
            return chmod ? `"${chmod.text}" sets a setuid/setgid bit` : undefined;
        }),
    },
    {
        id: 'CF034',
        title: 'App image runs as root',
        severity: 'high',
        rationale: 'A root process in a container is one kernel bug away from root on the host.',
        fix: 'Add a USER with a non-zero UID after the last step that needs root.',
        target: 'containerfile',
        kinds: ['app'],
        check: (context) => {
            // The effective USER is the last one in the final stage, else in the stage it builds on, and so on.
            for (const stage of context.finalStages) {
                const last = stage.instructions.filter((instruction) => instruction.keyword === 'USER').at(-1);
                if (!last)
                    continue;
                const user = last.args.trim().split(':')[0];
                return user === 'root' || user === '0'
                    ? [{ line: last.line, message: `USER ${last.args.trim()} is root` }]
                    : [];
            }
            return [{ line: context.finalStages[0].from.line, message: 'no USER: the app runs as root' }];
        },
    },
    {
        id: 'CF035',
        title: 'sudo installed in an app image',
        severity: 'medium',
        rationale: 'sudo in a container is a ready-made escalation path and a sign of manual changes.',
        fix: 'Remove sudo; do root work at build time and run the app as its own user.',
        target: 'containerfile',
        kinds: ['app'],
        check: (context) => runHits(context, (run) => (installed(run, new Set(['sudo'])).length > 0 ? 'installs sudo' : undefined), true),
    },
    {
        id: 'CF040',
        title: 'Content written to /var of an OS image',
        severity: 'medium',
        rationale: 'On bootc and ostree systems /var is machine state: image content there is only copied at first install, never updated.',
        fix: 'Put content under /usr (e.g. /usr/share or /usr/lib) and create /var paths at boot with systemd-tmpfiles.',
        target: 'containerfile',
        kinds: ['os'],
        check: (context) => {
            const underVar = (path) => /^\/var\//.test(path) && !/^\/var\/(tmp|cache)\b/.test(path);
            const copies = [...instructionsOf(context, 'COPY', true), ...instructionsOf(context, 'ADD', true)]
                .filter((instruction) => underVar(instruction.args.split(/\s+/).filter(Boolean).at(-1) ?? ''))
                .map((instruction) => ({
                line: instruction.line,
                message: `${instruction.keyword} writes into ${instruction.args.split(/\s+/).at(-1)}`,
            }));
            const writes = runHits(context, (run) => {
                for (const command of run.commands) {
                    const { name, args } = program(command);
                    const redirect = command.words.findIndex((word) => /^>>?/.test(word));
                    const target = redirect >= 0
                        ? command.words[redirect].replace(/^>>?/, '') || command.words[redirect + 1]
                        : undefined;
                    if (target && underVar(target))
                        return `writes ${target}`;
                    if (['mkdir', 'touch', 'cp', 'install', 'mv', 'ln', 'tee'].includes(name)) {
                        const path = args.filter((arg) => !arg.startsWith('-')).at(-1);
                        if (path && underVar(path))
                            return `"${command.text}" writes into /var`;
                    }
                }
                return undefined;
            }, true);
            return [...copies, ...writes];
        },
    },
    {
        id: 'CF041',
        title: 'Package manager left in an app image',
        severity: 'low',
        rationale: 'A package manager in a running app lets anyone who gets in install tools; the app does not need it.',
        fix: 'Build in a builder stage and copy the result into a minimal base (distroless, ubi-micro, scratch).',
        target: 'containerfile',
        kinds: ['app'],
        check: (context) => {
            const root = context.finalStages.at(-1);
            if (root.from.image === 'scratch' || MINIMAL_BASES.test(root.from.image))
                return [];
            const first = context.runs.find((run) => run.final && run.packages.some((op) => op.action === 'install' && op.manager !== 'pip'));
            return first
                ? [{ line: first.instruction.line, message: `the final image keeps ${first.packages[0].manager}` }]
                : [];
        },
    },
    {
        id: 'CF042',
        title: 'Compilers or build tools in the final image',
        severity: 'medium',
        rationale: 'Build tools let an intruder build their own tools on the machine, and they grow every patch cycle.',
        fix: 'Compile in a builder stage and COPY --from it only what runs.',
        target: 'containerfile',
        check: (context) => runHits(context, (run) => {
            const found = installed(run, COMPILERS);
            return found.length > 0 ? `installs ${found.join(', ')} into the final image` : undefined;
        }, true),
    },
    {
        id: 'CF043',
        title: 'CMD or ENTRYPOINT in an OS image',
        severity: 'info',
        rationale: 'A booted OS image starts its init (systemd), never CMD or ENTRYPOINT.',
        fix: 'Start the workload as a systemd unit enabled in the image.',
        target: 'containerfile',
        kinds: ['os'],
        check: (context) => [...instructionsOf(context, 'CMD', true), ...instructionsOf(context, 'ENTRYPOINT', true)]
            .filter((instruction) => !/systemd|\/sbin\/init/.test(instruction.args))
            .map((instruction) => ({
            line: instruction.line,
            message: `${instruction.keyword} is not used when the image boots`,
        })),
    },
    {
        id: 'CF044',
        title: 'HEALTHCHECK, EXPOSE or VOLUME in an OS image',
        severity: 'info',
        rationale: 'These are container runtime hints; a booted machine ignores them, so they mislead readers.',
        fix: 'Express health as systemd units and ports as the service configuration (and firewall).',
        target: 'containerfile',
        kinds: ['os'],
        check: (context) => ['HEALTHCHECK', 'EXPOSE', 'VOLUME'].flatMap((keyword) => instructionsOf(context, keyword, true).map((instruction) => ({
            line: instruction.line,
            message: `${keyword} has no effect on a booted machine`,
        }))),
    },
    {
        id: 'CF050',
        title: 'Required label missing',
        severity: 'medium',
        rationale: 'Ops relies on these labels to know who owns an image and what it is for.',
        fix: 'Add the label with LABEL (osimg build adds the org.opencontainers.image source, revision and base labels itself).',
        target: 'containerfile',
        check: (context) => {
            const present = new Set(AUTOMATIC_LABELS);
            for (const label of instructionsOf(context, 'LABEL', true))
                for (const { name } of assignments(label))
                    present.add(name);
            const line = context.finalStages[0].from.line;
            return context.policy.requiredLabels
                .filter((label) => !present.has(label))
                .map((label) => ({ line, message: `the final image has no ${label} label` }));
        },
    },
    {
        id: 'CF051',
        title: 'MAINTAINER is deprecated',
        severity: 'info',
        rationale: 'MAINTAINER is deprecated in favour of a label tools can read.',
        fix: 'Use LABEL org.opencontainers.image.authors="...".',
        target: 'containerfile',
        check: (context) => instructionsOf(context, 'MAINTAINER').map((instruction) => ({
            line: instruction.line,
            message: 'MAINTAINER is deprecated',
        })),
    },
    {
        id: 'CF052',
        title: 'cd inside RUN',
        severity: 'info',
        rationale: 'A cd lasts only for its RUN; later steps silently run elsewhere.',
        fix: 'Use WORKDIR.',
        target: 'containerfile',
        check: (context) => runHits(context, (run) => run.commands.some((command) => program(command).name === 'cd')
            ? 'changes directory with cd'
            : undefined),
    },
    {
        id: 'CF053',
        title: 'sudo inside RUN',
        severity: 'low',
        rationale: "Build steps already run as the Containerfile's USER; sudo adds a setuid dependency and hides who runs what.",
        fix: 'Switch USER for the steps that need another user.',
        target: 'containerfile',
        check: (context) => runHits(context, (run) => anyCommand(run, (command) => command.words[0] === 'sudo') ? 'uses sudo' : undefined),
    },
    {
        id: 'CF054',
        title: 'Several CMD or ENTRYPOINT in one stage',
        severity: 'low',
        rationale: 'Only the last one counts; the others mislead readers.',
        fix: 'Keep one CMD and one ENTRYPOINT per stage.',
        target: 'containerfile',
        check: (context) => context.file.stages.flatMap((stage) => ['CMD', 'ENTRYPOINT'].flatMap((keyword) => {
            const found = stage.instructions.filter((instruction) => instruction.keyword === keyword);
            return found.slice(0, -1).map((instruction) => ({
                line: instruction.line,
                message: `this ${keyword} is overridden on line ${found.at(-1).line}`,
            }));
        })),
    },
    {
        id: 'CF055',
        title: 'COPY --from names an unknown stage',
        severity: 'high',
        rationale: 'A typo in a stage name makes the build pull an image of that name instead.',
        fix: 'Name an earlier stage (FROM ... AS name) or a full image reference.',
        target: 'containerfile',
        check: (context) => context.file.stages.flatMap((stage) => stage.instructions
            .filter((instruction) => instruction.keyword === 'COPY' && instruction.flags.from !== undefined)
            .filter((instruction) => {
            const from = instruction.flags.from;
            if (/[/:.@]/.test(from) || /^\$/.test(from))
                return false;
            if (/^\d+$/.test(from))
                return Number(from) >= stage.index;
            return !context.file.stages
                .slice(0, stage.index)
                .some((earlier) => earlier.name?.toLowerCase() === from.toLowerCase());
        })
            .map((instruction) => ({
            line: instruction.line,
            message: `no earlier stage is named "${instruction.flags.from}"`,
        }))),
    },
    {
        id: 'CF056',
        title: 'Duplicate stage name',
        severity: 'high',
        rationale: 'Two stages with one name make COPY --from and FROM ambiguous.',
        fix: 'Give every stage its own name.',
        target: 'containerfile',
        check: (context) => context.file.stages
            .filter((stage, index) => stage.name &&
            context.file.stages
                .slice(0, index)
                .some((earlier) => earlier.name?.toLowerCase() === stage.name.toLowerCase()))
            .map((stage) => ({ line: stage.from.line, message: `stage name "${stage.name}" is used twice` })),
    },
    {
        id: 'CF057',
        title: 'ENTRYPOINT in shell form',
        severity: 'low',
        rationale: 'In shell form the app runs under /bin/sh -c and never receives SIGTERM: stops take the full timeout.',
        fix: 'Use the exec form: ENTRYPOINT ["/app", "--flag"].',
        target: 'containerfile',
        kinds: ['app'],
        check: (context) => instructionsOf(context, 'ENTRYPOINT', true)
            .filter((instruction) => !instruction.args.trim().startsWith('['))
            .map((instruction) => ({ line: instruction.line, message: 'ENTRYPOINT is in shell form' })),
    },
    {
        id: 'CF058',
        title: 'Pipeline without pipefail',
        severity: 'low',
        rationale: 'Without pipefail a failing first command in a pipe is ignored and the build goes on with bad output.',
        fix: 'Start the RUN with set -o pipefail, or set SHELL ["/bin/bash", "-o", "pipefail", "-c"].',
        target: 'containerfile',
        check: (context) => {
            const pipefailShell = context.file.stages.some((stage) => stage.instructions.some((instruction) => instruction.keyword === 'SHELL' && instruction.args.includes('pipefail')));
            if (pipefailShell)
                return [];
            return runHits(context, (run) => run.pipelines.some((pipeline) => pipeline.length > 1) && !/pipefail/.test(run.instruction.args)
                ? 'a pipe without pipefail'
                : undefined);
        },
    },
    {
        id: 'CF059',
        title: 'Relative WORKDIR',
        severity: 'info',
        rationale: 'A relative WORKDIR depends on every earlier WORKDIR; an absolute one reads on its own.',
        fix: 'Use an absolute path.',
        target: 'containerfile',
        check: (context) => instructionsOf(context, 'WORKDIR')
            .filter((instruction) => !/^["']?(\/|\$)/.test(instruction.args.trim()))
            .map((instruction) => ({
            line: instruction.line,
            message: `WORKDIR ${instruction.args.trim()} is relative`,
        })),
    },
];

;// CONCATENATED MODULE: ./src/lint/rules/manifests.ts
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const asArray = (value) => (Array.isArray(value) ? value : []);
// ---- compose ----
function services(document) {
    const data = document.data;
    if (!isObject(data) || !isObject(data.services))
        return [];
    return Object.entries(data.services)
        .filter(([, spec]) => isObject(spec))
        .map(([name, spec]) => ({ name, spec: spec, path: ['services', name] }));
}
function composeHits(context, check) {
    return context.documents.flatMap((document) => services(document).flatMap((service) => check(service, document, service.path)));
}
/** A compose volume entry that a service can write to and that survives the container (not tmpfs). */
function writableVolume(volume) {
    if (typeof volume === 'string') {
        const parts = volume.split(':');
        if (parts.length < 2)
            return `anonymous volume ${volume}`;
        const mode = parts[2] ?? 'rw';
        return mode.split(',').includes('ro') ? undefined : volume;
    }
    if (isObject(volume)) {
        if (volume.type === 'tmpfs' || volume.read_only === true)
            return undefined;
        return `${String(volume.source ?? volume.type ?? 'volume')}:${String(volume.target ?? '?')}`;
    }
    return undefined;
}
const DANGEROUS_CAPS = new Set([
    'ALL',
    'SYS_ADMIN',
    'NET_ADMIN',
    'SYS_PTRACE',
    'SYS_MODULE',
    'DAC_READ_SEARCH',
    'SYS_RAWIO',
]);
const COMPOSE_RULES = [
    {
        id: 'DC001',
        title: 'Compose service without a read-only root filesystem',
        severity: 'high',
        rationale: 'A writable root lets the running service change itself; immutable deployments replace, never patch.',
        fix: 'Set read_only: true and give writable paths as tmpfs.',
        target: 'compose',
        check: (context) => composeHits(context, ({ name, spec }, document, path) => spec.read_only === true
            ? []
            : [
                {
                    line: document.lineOf(spec.read_only === undefined ? path : [...path, 'read_only']),
                    message: `service ${name} is not read_only: true`,
                },
            ]),
    },
    {
        id: 'DC002',
        title: 'Compose service writes outside tmpfs',
        severity: 'high',
        rationale: 'Persistent writable mounts are where state and drift accumulate on an immutable host.',
        fix: 'Mount writable paths as tmpfs (tmpfs: or type: tmpfs), or read-only with :ro.',
        target: 'compose',
        check: (context) => composeHits(context, ({ name, spec }, document, path) => asArray(spec.volumes).flatMap((volume, index) => {
            const writable = writableVolume(volume);
            return writable
                ? [
                    {
                        line: document.lineOf([...path, 'volumes', index]),
                        message: `service ${name} mounts ${writable} writable`,
                    },
                ]
                : [];
        })),
    },
    {
        id: 'DC003',
        title: 'Privileged compose service',
        severity: 'critical',
        rationale: 'A privileged container is root on the host.',
        fix: 'Remove privileged: true; grant the one capability or device the service needs.',
        target: 'compose',
        check: (context) => composeHits(context, ({ name, spec }, document, path) => spec.privileged === true
            ? [{ line: document.lineOf([...path, 'privileged']), message: `service ${name} is privileged` }]
            : []),
    },
    {
        id: 'DC004',
        title: 'Compose service adds dangerous capabilities',
        severity: 'high',
        rationale: 'Capabilities such as SYS_ADMIN are nearly root on the host.',
        fix: 'Drop them; add only narrow capabilities (e.g. NET_BIND_SERVICE).',
        target: 'compose',
        check: (context) => composeHits(context, ({ name, spec }, document, path) => {
            const caps = asArray(spec.cap_add)
                .map(String)
                .filter((cap) => DANGEROUS_CAPS.has(cap.replace(/^CAP_/, '')));
            return caps.length > 0
                ? [
                    {
                        line: document.lineOf([...path, 'cap_add']),
                        message: `service ${name} adds ${caps.join(', ')}`,
                    },
                ]
                : [];
        }),
    },
    {
        id: 'DC005',
        title: 'Compose service may gain privileges',
        severity: 'medium',
        rationale: "Without no-new-privileges a setuid binary can raise a process's rights.",
        fix: 'Add security_opt: ["no-new-privileges:true"].',
        target: 'compose',
        check: (context) => composeHits(context, ({ name, spec }, document, path) => asArray(spec.security_opt).some((option) => /^no-new-privileges(:true)?$/.test(String(option)))
            ? []
            : [{ line: document.lineOf(path), message: `service ${name} lacks no-new-privileges` }]),
    },
    {
        id: 'DC006',
        title: 'Compose service shares a host namespace',
        severity: 'high',
        rationale: 'Host network, PID or IPC namespaces remove the isolation between the service and the machine.',
        fix: 'Remove network_mode: host / pid: host / ipc: host; publish ports instead.',
        target: 'compose',
        check: (context) => composeHits(context, ({ name, spec }, document, path) => ['network_mode', 'pid', 'ipc']
            .filter((key) => spec[key] === 'host')
            .map((key) => ({
            line: document.lineOf([...path, key]),
            message: `service ${name} uses ${key}: host`,
        }))),
    },
];
// ---- kubernetes ----
const WORKLOADS = {
    Pod: ['spec'],
    Deployment: ['spec', 'template', 'spec'],
    StatefulSet: ['spec', 'template', 'spec'],
    DaemonSet: ['spec', 'template', 'spec'],
    ReplicaSet: ['spec', 'template', 'spec'],
    Job: ['spec', 'template', 'spec'],
    CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};
function podSpecs(context) {
    return context.documents.flatMap((document) => {
        const data = document.data;
        if (!isObject(data) || typeof data.kind !== 'string')
            return [];
        const specPath = WORKLOADS[data.kind];
        if (!specPath)
            return [];
        let node = data;
        for (const key of specPath)
            node = isObject(node) ? node[key] : undefined;
        if (!isObject(node))
            return [];
        const name = isObject(data.metadata) ? String(data.metadata.name ?? '?') : '?';
        return [{ workload: `${data.kind}/${name}`, spec: node, path: specPath, document }];
    });
}
function containers(pod) {
    return ['initContainers', 'containers'].flatMap((field) => asArray(pod.spec[field])
        .map((container, index) => ({ container, index }))
        .filter(({ container }) => isObject(container))
        .map(({ container, index }) => ({
        name: String(container.name ?? index),
        spec: container,
        path: [...pod.path, field, index],
    })));
}
function securityContext(container) {
    return isObject(container.spec.securityContext) ? container.spec.securityContext : {};
}
function perContainer(context, check) {
    return podSpecs(context).flatMap((pod) => containers(pod).flatMap((container) => check(pod, container) ?? []));
}
const SAFE_VOLUME_TYPES = ['emptyDir', 'configMap', 'secret', 'downwardAPI', 'projected'];
const KUBERNETES_RULES = [
    {
        id: 'KS001',
        title: 'Container root filesystem is writable',
        severity: 'high',
        rationale: 'A writable root lets the running container change itself; immutable deployments replace, never patch.',
        fix: 'Set securityContext.readOnlyRootFilesystem: true and mount writable paths as emptyDir.',
        target: 'kubernetes',
        check: (context) => perContainer(context, (pod, container) => securityContext(container).readOnlyRootFilesystem === true
            ? undefined
            : {
                line: pod.document.lineOf(container.path),
                message: `${pod.workload} container ${container.name} has a writable root filesystem`,
            }),
    },
    {
        id: 'KS002',
        title: 'Container writes to a persistent volume',
        severity: 'high',
        rationale: 'Persistent writable volumes are where state and drift accumulate.',
        fix: 'Mount it readOnly: true, or use an emptyDir for scratch space.',
        target: 'kubernetes',
        check: (context) => podSpecs(context).flatMap((pod) => {
            const volumes = new Map(asArray(pod.spec.volumes)
                .filter(isObject)
                .map((volume) => [
                String(volume.name),
                Object.keys(volume).find((key) => key !== 'name') ?? 'unknown',
            ]));
            return containers(pod).flatMap((container) => asArray(container.spec.volumeMounts)
                .map((mount, index) => ({ mount, index }))
                .filter(({ mount }) => isObject(mount) && mount.readOnly !== true)
                .filter(({ mount }) => !SAFE_VOLUME_TYPES.includes(volumes.get(String(mount.name)) ?? 'unknown'))
                .map(({ mount, index }) => ({
                line: pod.document.lineOf([...container.path, 'volumeMounts', index]),
                message: `${pod.workload} container ${container.name} mounts ${String(mount.name)} (${volumes.get(String(mount.name)) ?? 'undeclared'}) writable`,
            })));
        }),
    },
    {
        id: 'KS003',
        title: 'Container may escalate privileges',
        severity: 'high',
        rationale: 'Unless turned off, a process can gain more rights than its parent through setuid binaries.',
        fix: 'Set securityContext.allowPrivilegeEscalation: false.',
        target: 'kubernetes',
        check: (context) => perContainer(context, (pod, container) => securityContext(container).allowPrivilegeEscalation === false
            ? undefined
            : {
                line: pod.document.lineOf(container.path),
                message: `${pod.workload} container ${container.name} allows privilege escalation`,
            }),
    },
    {
        id: 'KS004',
        title: 'App container may run as root',
        severity: 'high',
        rationale: 'A root process in a container is one kernel bug away from root on the node.',
        fix: 'Set runAsNonRoot: true (pod or container securityContext) and a non-zero runAsUser.',
        target: 'kubernetes',
        kinds: ['app'],
        check: (context) => perContainer(context, (pod, container) => {
            const podContext = isObject(pod.spec.securityContext) ? pod.spec.securityContext : {};
            const own = securityContext(container);
            const nonRoot = (own.runAsNonRoot ?? podContext.runAsNonRoot) === true;
            const uid = own.runAsUser ?? podContext.runAsUser;
            return nonRoot && uid !== 0
                ? undefined
                : {
                    line: pod.document.lineOf(container.path),
                    message: `${pod.workload} container ${container.name} may run as root`,
                };
        }),
    },
    {
        id: 'KS005',
        title: 'Privileged container',
        severity: 'critical',
        rationale: 'A privileged container is root on the node.',
        fix: 'Remove privileged: true; grant the narrow capability it needs.',
        target: 'kubernetes',
        check: (context) => perContainer(context, (pod, container) => securityContext(container).privileged === true
            ? {
                line: pod.document.lineOf([...container.path, 'securityContext', 'privileged']),
                message: `${pod.workload} container ${container.name} is privileged`,
            }
            : undefined),
    },
    {
        id: 'KS006',
        title: 'hostPath volume',
        severity: 'high',
        rationale: "hostPath exposes the node's files to the pod, and ties it to one machine's state.",
        fix: 'Use emptyDir, a ConfigMap/Secret, or a CSI volume.',
        target: 'kubernetes',
        check: (context) => podSpecs(context).flatMap((pod) => asArray(pod.spec.volumes)
            .map((volume, index) => ({ volume, index }))
            .filter(({ volume }) => isObject(volume) && volume.hostPath !== undefined)
            .map(({ volume, index }) => ({
            line: pod.document.lineOf([...pod.path, 'volumes', index]),
            message: `${pod.workload} mounts hostPath volume ${String(volume.name)}`,
        }))),
    },
    {
        id: 'KS007',
        title: 'Pod shares a host namespace',
        severity: 'high',
        rationale: 'hostNetwork, hostPID and hostIPC remove the isolation between the pod and the node.',
        fix: 'Remove them; expose ports through a Service.',
        target: 'kubernetes',
        check: (context) => podSpecs(context).flatMap((pod) => ['hostNetwork', 'hostPID', 'hostIPC']
            .filter((key) => pod.spec[key] === true)
            .map((key) => ({
            line: pod.document.lineOf([...pod.path, key]),
            message: `${pod.workload} sets ${key}: true`,
        }))),
    },
];

;// CONCATENATED MODULE: ./src/lint/engine.ts
/**
 * The lint engine: decides what each file is, runs the rules that apply to it, then lets the policy speak
 * (rules turned off, severities changed, exceptions that have not expired).
 */








const RULES = [...CONTAINERFILE_RULES, ...COMPOSE_RULES, ...KUBERNETES_RULES];
const RULE_IDS = new Set(RULES.map((rule) => rule.id));
const CONTAINERFILE_NAME = /(^|\/)(?:Containerfile|Dockerfile)(?:[.-][^/]*)?$|\.(?:containerfile|dockerfile)$/i;
const YAML_NAME = /\.(?:ya?ml|json)$/i;
function isContainerfileName(path) {
    return CONTAINERFILE_NAME.test(path);
}
function isManifestName(path) {
    return YAML_NAME.test(path);
}
/** Parses a YAML stream; each document can say which line any of its paths is on. */
function parseManifest(content, path) {
    const counter = new dist/* LineCounter */.HN();
    (0,input_file/* checkYamlNesting */.s0)(content, path);
    const documents = (0,dist/* parseAllDocuments */.hR)(content, { lineCounter: counter, prettyErrors: false });
    if (!Array.isArray(documents))
        return [];
    return documents.map((document) => {
        const error = document.errors[0];
        if (error) {
            throw new errors/* ConfigurationError */.j1(`${path}:${counter.linePos(error.pos[0]).line}: not valid YAML: ${error.message.split('\n')[0]}`);
        }
        let data;
        try {
            data = document.toJS({ maxAliasCount: 100 });
        }
        catch (error) {
            // Unresolvable aliases (*name without &name) and alias bombs.
            throw new errors/* ConfigurationError */.j1(`${path}: not valid YAML: ${error.message}`, { cause: error });
        }
        return {
            data,
            lineOf(nodePath) {
                // The nearest node that exists on the way down: a missing key is reported where its parent is.
                for (let length = nodePath.length; length >= 0; length--) {
                    const node = length === 0 ? document.contents : document.getIn(nodePath.slice(0, length), true);
                    const offset = node?.range?.[0];
                    if (offset !== undefined)
                        return counter.linePos(offset).line;
                }
                return 1;
            },
        };
    });
}
function manifestType(documents) {
    const objects = documents
        .map((document) => document.data)
        .filter((data) => typeof data === 'object' && data !== null);
    // A GitHub workflow has `services` too (per job, not top-level) but also `jobs` and `on`.
    if (objects.some((data) => typeof data.services === 'object' && data.services !== null && !('jobs' in data)))
        return 'compose';
    if (objects.some((data) => typeof data.apiVersion === 'string' && typeof data.kind === 'string'))
        return 'kubernetes';
    return undefined;
}
const KERNEL_PACKAGES = /^(linux-image-|kernel$|kernel-core$|kernel-default$|linux-virt$|linux-lts$|systemd-sysv$)/;
/** What a Containerfile builds: a bootable OS or an app container. */
function detectKind(file, runs, fallback) {
    for (const stage of (0,containerfile/* finalChain */.s)(file)) {
        for (const label of stage.instructions.filter((instruction) => instruction.keyword === 'LABEL')) {
            const kind = /dev\.osimg\.kind\s*=\s*["']?(os|app)\b/.exec(label.args)?.[1];
            if (kind)
                return kind;
            if (/containers\.bootc\s*=\s*["']?1/.test(label.args))
                return 'os';
        }
    }
    const base = (0,containerfile/* finalChain */.s)(file).at(-1).from.image;
    if (/bootc|coreos|ostree/.test(base))
        return 'os';
    const installsKernel = runs.some((run) => run.final &&
        run.packages.some((op) => op.action === 'install' && op.packages.some((spec) => KERNEL_PACKAGES.test(packageName(spec)))));
    // Containers do not run systemd; enabling units means the image boots.
    const enablesUnits = runs.some((run) => run.final &&
        run.commands.some((command) => command.words[0] === 'systemctl' && command.words.includes('enable')));
    if (installsKernel || enablesUnits)
        return 'os';
    // A booted OS runs its init; a CMD or ENTRYPOINT that starts anything else is a container's workload.
    const starts = (0,containerfile/* finalChain */.s)(file)
        .flatMap((stage) => stage.instructions)
        .filter((instruction) => instruction.keyword === 'CMD' || instruction.keyword === 'ENTRYPOINT');
    if (starts.some((instruction) => !INIT_COMMAND.test(instruction.args)))
        return 'app';
    return fallback;
}
/** What a bootable image's CMD may name: its init (systemd, or a plain /sbin/init). */
const INIT_COMMAND = /^\s*(\[\s*)?"?(\/usr)?(\/lib\/systemd\/systemd|\/s?bin\/init|init)\b/;
function containerfileContext(file, options) {
    const finalStages = (0,containerfile/* finalChain */.s)(file);
    const runs = file.stages.flatMap((stage) => stage.instructions
        .filter((instruction) => instruction.keyword === 'RUN')
        .map((instruction) => {
        const pipelines = parseShell(instruction.args);
        const commands = pipelines.flat();
        return {
            stage,
            instruction,
            pipelines,
            commands,
            packages: commands.map(packageOperation).filter((op) => op !== undefined),
            final: finalStages.includes(stage),
        };
    }));
    const kind = options.kind === 'auto' ? detectKind(file, runs, options.policy.defaultKind) : options.kind;
    return { file, kind, policy: options.policy, today: options.today, finalStages, runs };
}
function applies(rule, target, kind) {
    return rule.target === target && (!rule.kinds || rule.kinds.includes(kind));
}
function matchingException(finding, policy, repository) {
    return (0,exceptions/* findException */.N)(policy, { ruleId: finding.ruleId, subject: finding.file }, repository);
}
/** Lints every input; throws ConfigurationError (with file:line) for a file that cannot be parsed. */
function lint(inputs, options) {
    const result = { findings: [], suppressed: [], expired: [], files: [] };
    const raw = [];
    for (const input of inputs) {
        let target;
        let kind;
        let hits = [];
        if (isContainerfileName(input.path)) {
            const context = containerfileContext((0,containerfile/* parseContainerfile */.L)(input.content, input.path, options.buildArgs), options);
            target = 'containerfile';
            kind = context.kind;
            for (const rule of CONTAINERFILE_RULES) {
                if (applies(rule, target, kind) && options.policy.rules[rule.id]?.enabled !== false) {
                    hits.push(...rule.check(context).map((hit) => ({ rule, ...hit })));
                }
            }
        }
        else {
            const documents = parseManifest(input.content, input.path);
            target = manifestType(documents);
            kind = options.kind === 'auto' ? 'app' : options.kind;
            if (!target) {
                result.files.push({ path: input.path, type: 'skipped' });
                continue;
            }
            const context = { path: input.path, documents, kind };
            for (const rule of target === 'compose' ? COMPOSE_RULES : KUBERNETES_RULES) {
                if (applies(rule, target, kind) && options.policy.rules[rule.id]?.enabled !== false) {
                    hits.push(...rule.check(context).map((hit) => ({ rule, ...hit })));
                }
            }
        }
        result.files.push({ path: input.path, type: target, kind });
        hits = hits.sort((a, b) => a.line - b.line || a.rule.id.localeCompare(b.rule.id));
        for (const hit of hits) {
            raw.push({
                ruleId: hit.rule.id,
                // The policy's override wins over the rule's default and over a hit's own escalation.
                severity: options.policy.rules[hit.rule.id]?.severity ?? hit.severity ?? hit.rule.severity,
                message: hit.message,
                file: input.path,
                line: hit.line,
                ...(hit.endLine && hit.endLine !== hit.line ? { endLine: hit.endLine } : {}),
            });
        }
    }
    for (const finding of raw) {
        const exception = matchingException(finding, options.policy, options.repository);
        if (!exception)
            result.findings.push(finding);
        else if (exception.expires < options.today) {
            result.findings.push(finding);
            result.expired.push({ finding, exception });
        }
        else
            result.suppressed.push({ finding, exception });
    }
    return result;
}


/***/ }),

/***/ 32047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jr: () => (/* binding */ failing),
/* harmony export */   XX: () => (/* binding */ render),
/* harmony export */   hR: () => (/* binding */ FORMATS),
/* harmony export */   zO: () => (/* binding */ ruleTitle)
/* harmony export */ });
/* unused harmony exports countBySeverity, formatText, formatJson, toSarif */
/* harmony import */ var _report_sarif_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10643);
/* harmony import */ var _report_severity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59179);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(311);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79841);
/** What a lint run says: the gate decision, and the same findings as text, JSON or SARIF. */




const FORMATS = ['text', 'json', 'sarif'];
function failing(findings, failOn) {
    return failOn === 'none' ? [] : findings.filter((finding) => (0,_report_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .atLeast */ .jZ)(finding.severity, failOn));
}
function countBySeverity(findings) {
    const counts = Object.fromEntries(_report_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.map((severity) => [severity, 0]));
    for (const finding of findings)
        counts[finding.severity]++;
    return counts;
}
const titles = new Map(_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .RULES */ .y0.map((rule) => [rule.id, rule.title]));
const fixes = new Map(_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .RULES */ .y0.map((rule) => [rule.id, rule.fix]));
function ruleTitle(id) {
    return titles.get(id) ?? id;
}
function formatText(result, failOn) {
    const lines = result.findings.map((finding) => `${finding.file}:${finding.line}: ${finding.severity} ${finding.ruleId} ${ruleTitle(finding.ruleId)}: ${finding.message}\n    fix: ${fixes.get(finding.ruleId) ?? ''}`);
    for (const { exception, finding } of result.expired) {
        lines.push(`${finding.file}:${finding.line}: note: the exception for ${exception.rule} expired on ${exception.expires}, so this finding counts again`);
    }
    const counts = countBySeverity(result.findings);
    const summary = _report_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.slice()
        .reverse()
        .filter((severity) => counts[severity] > 0)
        .map((severity) => `${counts[severity]} ${severity}`)
        .join(', ');
    const files = result.files.filter((file) => file.type !== 'skipped').length;
    const verdict = failing(result.findings, failOn).length > 0 ? `fails (fail-on: ${failOn})` : 'passes';
    lines.push(`${files} file${files === 1 ? '' : 's'} linted: ${result.findings.length === 0 ? 'no findings' : summary}` +
        `${result.suppressed.length > 0 ? `; ${result.suppressed.length} excepted by policy` : ''}; ${verdict}`);
    return `${lines.join('\n')}\n`;
}
function formatJson(result, failOn) {
    return `${JSON.stringify({
        passed: failing(result.findings, failOn).length === 0,
        failOn,
        counts: countBySeverity(result.findings),
        findings: result.findings.map((finding) => ({
            ...finding,
            title: ruleTitle(finding.ruleId),
            fix: fixes.get(finding.ruleId),
        })),
        suppressed: result.suppressed.map(({ finding, exception }) => ({
            ...finding,
            justification: exception.justification,
            expires: exception.expires,
        })),
        expiredExceptions: result.expired.map(({ exception }) => exception),
        files: result.files,
    }, null, 2)}\n`;
}
function toSarif(result) {
    return (0,_report_sarif_js__WEBPACK_IMPORTED_MODULE_0__/* .buildSarif */ .E)({
        name: 'osimg-lint',
        version: _version_js__WEBPACK_IMPORTED_MODULE_3__/* .VERSION */ .x,
        informationUri: 'https://github.com/org/osimg/blob/main/docs/lint-rules.md',
    }, _engine_js__WEBPACK_IMPORTED_MODULE_2__/* .RULES */ .y0.map((rule) => ({
        id: rule.id,
        title: rule.title,
        help: `${rule.rationale} Fix: ${rule.fix}`,
        severity: rule.severity,
        helpUri: `https://github.com/org/osimg/blob/main/docs/lint-rules.md#${rule.id.toLowerCase()}`,
        tags: ['osimg', rule.target],
    })), result.findings.map((finding) => ({
        ruleId: finding.ruleId,
        severity: finding.severity,
        message: finding.message,
        location: { uri: finding.file, startLine: finding.line, endLine: finding.endLine },
        fingerprint: `${finding.ruleId}:${finding.file}:${finding.message}`,
    })), 'osimg-lint');
}
function render(result, format, failOn) {
    if (format === 'json')
        return formatJson(result, failOn);
    if (format === 'sarif')
        return `${JSON.stringify(toSarif(result), null, 2)}\n`;
    return formatText(result, failOn);
}


/***/ }),

/***/ 55456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zY: () => (/* binding */ POLICY_RULE_IDS),
  nU: () => (/* binding */ runLint)
});

// UNUSED EXPORTS: resolvePolicy

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/policy/load.ts + 1 modules
var load = __webpack_require__(38770);
// EXTERNAL MODULE: ./src/scratch/files.ts
var scratch_files = __webpack_require__(54865);
// EXTERNAL MODULE: ./src/policy/types.ts
var types = __webpack_require__(63943);
// EXTERNAL MODULE: ./src/surface/budget.ts
var budget = __webpack_require__(8402);
// EXTERNAL MODULE: ./src/lint/engine.ts + 3 modules
var engine = __webpack_require__(79841);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/lint/files.ts
/**
 * Which files to lint: the paths given (files as they are; folders searched for Containerfiles and YAML,
 * skipping dependency, build and hidden folders), reported relative to the root with forward slashes.
 */




const SKIP = new Set(['node_modules', 'vendor', 'dist', 'build', 'target']);
async function walk(dir, found) {
    for (const entry of await (0,promises_.readdir)(dir, { withFileTypes: true })) {
        if (entry.name.startsWith('.') || SKIP.has(entry.name))
            continue;
        const full = (0,external_node_path_.join)(dir, entry.name);
        if (entry.isDirectory())
            await walk(full, found);
        else if (entry.isFile() && ((0,engine/* isContainerfileName */.jf)(entry.name) || (0,engine/* isManifestName */.zU)(entry.name)))
            found.push(full);
    }
}
async function findFiles(paths, root) {
    const found = [];
    for (const path of paths.length > 0 ? paths : ['.']) {
        const absolute = (0,external_node_path_.resolve)(root, path);
        const info = await (0,promises_.stat)(absolute).catch(() => undefined);
        if (!info)
            throw new errors/* ConfigurationError */.j1(`${path} does not exist: give a Containerfile, a manifest or a folder`);
        if (info.isDirectory())
            await walk(absolute, found);
        else
            found.push(absolute);
    }
    const unique = [...new Set(found)].sort();
    if (unique.length === 0) {
        throw new errors/* ConfigurationError */.j1(`no Containerfile, Dockerfile or YAML manifest under ${paths.join(', ') || '.'}: point lint at your files`);
    }
    return unique.map((absolute) => ({
        absolute,
        path: (0,external_node_path_.relative)(root, absolute).split(external_node_path_.sep).join('/') || absolute,
    }));
}

// EXTERNAL MODULE: ./src/policy/images.ts
var policy_images = __webpack_require__(1878);
// EXTERNAL MODULE: ./src/lint/containerfile.ts
var containerfile = __webpack_require__(61900);
;// CONCATENATED MODULE: ./src/lint/fix.ts
/**
 * `osimg lint --fix`: applies the policy's base substitutions (which is also how digests get pinned:
 * `from: image:tag`, `to: image:tag@sha256:...`) to a Containerfile. It edits only the image token of a
 * FROM line, or the default of the global ARG that a FROM consists of, and reports every change.
 */


const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function fixContainerfile(content, path, policy, buildArgs = {}) {
    const file = (0,containerfile/* parseContainerfile */.L)(content, path, buildArgs);
    const lines = content.split('\n');
    const result = { content, changes: [], skipped: [] };
    const fixedArgs = new Set();
    for (const stage of file.stages) {
        if (stage.from.stage !== undefined)
            continue;
        const ref = (0,policy_images/* imageOf */.dT)(stage.from.image);
        const substitution = ref && (0,policy_images/* findSubstitution */.jA)(policy, ref);
        if (!substitution)
            continue;
        const raw = stage.from.raw;
        const variable = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(raw)?.[1];
        if (variable && fixedArgs.has(variable))
            continue;
        if (!raw.includes('$')) {
            const index = stage.from.line - 1;
            const token = new RegExp(`(^\\s*FROM\\s+(?:--\\S+\\s+)*)${escapeRegExp(raw)}(?=\\s|$)`, 'i');
            if (!token.test(lines[index])) {
                result.skipped.push({ line: stage.from.line, reason: 'the FROM line spans several lines' });
                continue;
            }
            lines[index] = lines[index].replace(token, `$1${substitution.to}`);
            result.changes.push({
                line: stage.from.line,
                from: raw,
                to: substitution.to,
                reason: substitution.reason,
            });
        }
        else if (variable &&
            file.globalArgs.get(variable)?.value !== undefined &&
            !Object.hasOwn(buildArgs, variable)) {
            const arg = file.globalArgs.get(variable);
            const index = arg.line - 1;
            const pattern = new RegExp(`(\\b${variable}=)(["']?)${escapeRegExp(arg.value)}\\2`);
            if (!pattern.test(lines[index])) {
                result.skipped.push({
                    line: arg.line,
                    reason: `ARG ${variable} is not written as ${variable}=<image>`,
                });
                continue;
            }
            lines[index] = lines[index].replace(pattern, `$1$2${substitution.to}$2`);
            result.changes.push({
                line: arg.line,
                from: arg.value,
                to: substitution.to,
                reason: substitution.reason,
            });
            // Later FROMs using the same ARG are fixed by this one change.
            fixedArgs.add(variable);
        }
        else {
            result.skipped.push({
                line: stage.from.line,
                reason: `FROM ${raw} is built from ARGs; change it by hand to ${substitution.to}`,
            });
        }
    }
    result.content = lines.join('\n');
    return result;
}

// EXTERNAL MODULE: ./src/lint/report.ts
var report = __webpack_require__(32047);
// EXTERNAL MODULE: ./src/input-file.ts
var input_file = __webpack_require__(31054);
;// CONCATENATED MODULE: ./src/lint/run.ts
/**
 * One lint run, shared by the action and the CLI: resolve the policy (file, ops repository, or defaults),
 * find the files, apply --fix, lint, and render.
 */












/** Rule ids a policy may name: lint's and the attack-surface gate's (one policy file serves both). */
const POLICY_RULE_IDS = new Set([...engine/* RULE_IDS */.Iu, ...budget/* SURFACE_RULE_IDS */.Sd]);
/** A policy file is named relative to `root` (the workspace), like the paths to lint, and reported as given. */
async function resolvePolicy(source, git, root) {
    if (source.file && source.repository) {
        throw new errors/* ConfigurationError */.j1('give either a policy file or a policy repository, not both');
    }
    if (source.file) {
        let text;
        try {
            text = await (0,input_file/* readInputFile */.jH)((0,external_node_path_.resolve)(root, source.file), 'policy', `the policy file ${source.file}`);
        }
        catch (error) {
            if (error instanceof errors/* ConfigurationError */.j1)
                throw error;
            throw new errors/* ConfigurationError */.j1(`cannot read the policy file ${source.file}: check the path`, {
                cause: error,
            });
        }
        return { policy: (0,load/* loadPolicy */.t)(text, source.file, { knownRules: POLICY_RULE_IDS }), name: source.file };
    }
    if (source.repository) {
        const url = /^[\w.-]+\/[\w.-]+$/.test(source.repository)
            ? `${source.serverUrl ?? 'https://github.com'}/${source.repository}.git`
            : source.repository;
        const ref = source.ref || 'main';
        const path = source.path || 'osimg-policy.yml';
        const scratch = await (0,scratch_files/* makeScratch */.lP)((0,external_node_os_.tmpdir)(), 'osimg-policy-');
        try {
            const text = await git.readRemoteFile(url, ref, path, scratch.path, source.token);
            const name = `${source.repository}@${ref}:${path}`;
            return { policy: (0,load/* loadPolicy */.t)(text, name, { knownRules: POLICY_RULE_IDS }), name };
        }
        finally {
            await scratch.remove();
        }
    }
    return { policy: types/* DEFAULT_POLICY */.z, name: 'built-in defaults' };
}
async function runLint(request, deps) {
    const { policy, name } = await resolvePolicy(request.policy, deps.git, request.root);
    deps.log.info(`policy: ${name}`);
    const files = await findFiles(request.paths, request.root);
    const fixes = [];
    const inputs = [];
    for (const file of files) {
        let content = await (0,input_file/* readInputFile */.jH)(file.absolute, (0,engine/* isContainerfileName */.jf)(file.path) ? 'containerfile' : 'manifest', file.path);
        if (request.fix && (0,engine/* isContainerfileName */.jf)(file.path)) {
            const fixed = fixContainerfile(content, file.path, policy, request.buildArgs);
            if (fixed.changes.length > 0) {
                await (0,scratch_files/* writeFileAtomically */.lo)(file.absolute, fixed.content);
                content = fixed.content;
            }
            if (fixed.changes.length > 0 || fixed.skipped.length > 0)
                fixes.push({ file: file.path, changes: fixed.changes, skipped: fixed.skipped });
        }
        inputs.push({ path: file.path, content });
    }
    const result = (0,engine/* lint */.u8)(inputs, {
        policy,
        kind: request.kind,
        today: request.today,
        repository: request.repository,
        buildArgs: request.buildArgs,
    });
    for (const { exception } of result.expired) {
        deps.log.warning(`the policy exception for ${exception.rule}${exception.path ? ` on ${exception.path}` : ''} expired on ${exception.expires}; its findings count again`);
    }
    return {
        result,
        failing: (0,report/* failing */.Jr)(result.findings, request.failOn),
        rendered: (0,report/* render */.XX)(result, request.format, request.failOn),
        fixes,
        policyName: name,
    };
}


/***/ }),

/***/ 45866:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ findException)
/* harmony export */ });
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75601);
/** Which policy exception covers a finding: same rule, its path glob over the finding's subject, its repository. */

function findException(policy, finding, repository) {
    return policy.exceptions.find((exception) => exception.rule === finding.ruleId &&
        (!exception.path || (0,_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .matchesGlob */ .kt)(finding.subject, exception.path)) &&
        (!exception.repository || exception.repository === repository));
}


/***/ }),

/***/ 10643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ buildSarif)
/* harmony export */ });
/* unused harmony export SARIF_SCHEMA */
/* harmony import */ var _severity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59179);
/**
 * SARIF 2.1.0 logs for GitHub code scanning: one run, the tool's rules, and results with locations.
 * Lint and scan both write through here, so every SARIF osimg emits has the same shape.
 */

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
function buildSarif(tool, rules, findings, category) {
    const index = new Map(rules.map((rule, i) => [rule.id, i]));
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: tool.name,
                        version: tool.version,
                        semanticVersion: tool.version,
                        informationUri: tool.informationUri,
                        rules: rules.map((rule) => ({
                            id: rule.id,
                            name: rule.id,
                            shortDescription: { text: rule.title },
                            fullDescription: { text: rule.help },
                            help: { text: rule.help, markdown: `**${rule.title}**\n\n${rule.help}` },
                            ...(rule.helpUri ? { helpUri: rule.helpUri } : {}),
                            defaultConfiguration: { level: (0,_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .sarifLevel */ .sr)(rule.severity) },
                            properties: {
                                tags: rule.tags ?? [],
                                'security-severity': (0,_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .securitySeverity */ .KW)(rule.severity),
                                precision: 'high',
                            },
                        })),
                    },
                },
                ...(category ? { automationDetails: { id: `${category}/` } } : {}),
                results: findings.map((finding) => ({
                    ruleId: finding.ruleId,
                    ...(index.has(finding.ruleId) ? { ruleIndex: index.get(finding.ruleId) } : {}),
                    level: (0,_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .sarifLevel */ .sr)(finding.severity),
                    message: { text: finding.message },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: finding.location?.uri ?? '.' },
                                ...(finding.location?.startLine
                                    ? {
                                        region: {
                                            startLine: finding.location.startLine,
                                            ...(finding.location.startColumn
                                                ? { startColumn: finding.location.startColumn }
                                                : {}),
                                            ...(finding.location.endLine ? { endLine: finding.location.endLine } : {}),
                                        },
                                    }
                                    : {}),
                            },
                        },
                    ],
                    ...(finding.fingerprint
                        ? { partialFingerprints: { primaryLocationLineHash: finding.fingerprint } }
                        : {}),
                    properties: { severity: finding.severity },
                })),
            },
        ],
    };
}


/***/ }),

/***/ 59179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ parseThreshold),
/* harmony export */   KW: () => (/* binding */ securitySeverity),
/* harmony export */   jZ: () => (/* binding */ atLeast),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   sr: () => (/* binding */ sarifLevel)
/* harmony export */ });
/* unused harmony export severityRank */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/** One severity scale for every finding osimg reports (lint rules, scan results), ordered. */

const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'];
function severityRank(severity) {
    return SEVERITIES.indexOf(severity);
}
function atLeast(severity, threshold) {
    return severityRank(severity) >= severityRank(threshold);
}
/** Parses a threshold such as `high`; `none` means nothing fails. */
function parseThreshold(text, name, fallback) {
    const value = text.trim().toLowerCase();
    if (value === '')
        return fallback;
    if (value === 'none' || SEVERITIES.includes(value))
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${name} must be one of none, ${SEVERITIES.join(', ')}, not "${text}"`);
}
/** SARIF result level for a severity (what code scanning shows as error / warning / note). */
function sarifLevel(severity) {
    if (severity === 'critical' || severity === 'high')
        return 'error';
    if (severity === 'medium')
        return 'warning';
    return 'note';
}
/** GitHub code scanning's `security-severity` score, which it maps back to critical/high/medium/low. */
function securitySeverity(severity) {
    return { critical: '9.5', high: '8.0', medium: '5.5', low: '2.0', info: '0.0' }[severity];
}


/***/ }),

/***/ 8402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A1: () => (/* binding */ evaluateBudgets),
/* harmony export */   Sd: () => (/* binding */ SURFACE_RULE_IDS),
/* harmony export */   v9: () => (/* binding */ budgetSarif)
/* harmony export */ });
/* unused harmony export SURFACE_RULES */
/* harmony import */ var _disk_layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85495);
/* harmony import */ var _policy_exceptions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45866);
/* harmony import */ var _report_sarif_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10643);
/**
 * The attack-surface gate: an image's surface report against the policy's budgets. Each breach is a
 * finding (SRF001–SRF004) written as SARIF like lint's; a policy exception for the rule whose path glob
 * matches the finding's subject (a binary's path, "port/8081", or the image name) suppresses it until it
 * expires, then it counts again.
 */



const SURFACE_RULES = [
    {
        id: 'SRF001',
        title: 'Image larger than its budget',
        help: 'The root holds more bytes than the policy budget allows: drop build tools and caches, use a multi-stage build, or raise maxImageSize.',
        severity: 'medium',
    },
    {
        id: 'SRF002',
        title: 'Forbidden binary present',
        help: 'A shell, package manager, compiler, debugger or remote-access daemon the budget forbids is in the image: attackers use them after a breach. Remove it (copy only the app into a scratch stage) or add a dated exception.',
        severity: 'high',
    },
    {
        id: 'SRF003',
        title: 'More setuid files than the budget allows',
        help: "setuid files run with their owner's rights and are a classic privilege escalation path: remove them or their setuid bit (chmod u-s).",
        severity: 'high',
    },
    {
        id: 'SRF004',
        title: 'Listening on a port the budget does not allow',
        help: 'The booted image accepts connections on a port outside allowedPorts: stop the service or add the port to the budget.',
        severity: 'high',
    },
];
const SURFACE_RULE_IDS = new Set(SURFACE_RULES.map((rule) => rule.id));
const SEVERITY = new Map(SURFACE_RULES.map((rule) => [rule.id, rule.severity]));
function applies(budget, kind) {
    return budget.kind === undefined || budget.kind === kind;
}
function breaches(report, budget) {
    const image = report.image;
    const out = [];
    if (budget.maxImageBytes !== undefined && image.contentBytes > budget.maxImageBytes) {
        out.push({
            ruleId: 'SRF001',
            subject: image.image,
            message: `${image.image} holds ${(0,_disk_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMiB */ .av)(image.contentBytes)}, over its budget of ${(0,_disk_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMiB */ .av)(budget.maxImageBytes)}`,
        });
    }
    const forbidden = new Set(budget.forbiddenBinaries ?? []);
    for (const tool of image.tools) {
        const name = tool.path.slice(tool.path.lastIndexOf('/') + 1);
        if (forbidden.has(tool.kind) || forbidden.has(name)) {
            out.push({
                ruleId: 'SRF002',
                subject: tool.path,
                message: `${tool.path} (${tool.kind}) is forbidden by the budget`,
            });
        }
    }
    if (budget.maxSetuid !== undefined && image.setuid.length > budget.maxSetuid) {
        out.push({
            ruleId: 'SRF003',
            subject: image.image,
            message: `${image.setuid.length} setuid files (budget ${budget.maxSetuid}): ${image.setuid.slice(0, 10).join(', ')}`,
        });
    }
    if (budget.allowedPorts && report.boot?.listening) {
        for (const port of report.boot.listening) {
            if (budget.allowedPorts.includes(port))
                continue;
            out.push({
                ruleId: 'SRF004',
                subject: `port/${port}`,
                message: `the booted image listens on port ${port}; allowed: ${budget.allowedPorts.join(', ') || 'none'}`,
            });
        }
    }
    return out;
}
function evaluateBudgets(report, policy, options) {
    const kind = report.image.kind ?? policy.defaultKind;
    const result = { passed: true, findings: [], suppressed: [], expired: [] };
    const seen = new Set();
    for (const budget of policy.budgets.filter((candidate) => applies(candidate, kind))) {
        for (const breach of breaches(report, budget)) {
            const key = `${breach.ruleId} ${breach.subject}`;
            if (seen.has(key))
                continue; // two budgets may both forbid the same binary
            seen.add(key);
            const finding = { ...breach, severity: SEVERITY.get(breach.ruleId) };
            const exception = (0,_policy_exceptions_js__WEBPACK_IMPORTED_MODULE_1__/* .findException */ .N)(policy, finding, options.repository);
            if (!exception)
                result.findings.push(finding);
            else if (exception.expires < options.today) {
                result.findings.push(finding);
                result.expired.push({ finding, exception });
            }
            else
                result.suppressed.push({ finding, exception });
        }
    }
    result.passed = result.findings.length === 0;
    return result;
}
/** SARIF for code scanning; findings point at the Containerfile when one is named. */
function budgetSarif(result, version, containerfile) {
    const findings = result.findings.map((finding) => ({
        ruleId: finding.ruleId,
        severity: finding.severity,
        message: finding.message,
        location: containerfile ? { uri: containerfile, startLine: 1 } : undefined,
        fingerprint: `${finding.ruleId}:${finding.subject}`,
    }));
    return (0,_report_sarif_js__WEBPACK_IMPORTED_MODULE_2__/* .buildSarif */ .E)({
        name: 'osimg-surface',
        version,
        informationUri: 'https://github.com/org/osimg/blob/main/docs/surface.md',
    }, SURFACE_RULES, findings, 'osimg-surface');
}


/***/ })

};
