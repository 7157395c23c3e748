export const id = 57;
export const ids = [57];
export const modules = {

/***/ 72057:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PIPELINE_HELP: () => (/* binding */ PIPELINE_HELP),
  pipelineCommand: () => (/* binding */ pipelineCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/pipeline/plan.ts
/**
 * The pipeline's stages (`osimg pipeline` and the all-in-one action), each one an osimg command run
 * in-process (the same modules as the other actions and the CLI), handing off by digest:
 *
 *   lint → build (push by digest) → scan → disk ─┬─ boot-test ──────────────────────────┬─ promote
 *                                                └─ sign (+ SBOM, provenance) → verify ─┘
 *
 * Signing runs while the VM boots; the channel tag moves last, only for a verified digest that booted.
 */


const STAGES = (/* unused pure expression or super */ null && (['lint', 'build', 'scan', 'sign', 'verify', 'disk', 'boot-test', 'promote']));
/** What verify and promote insist on: the attestations the sign stage made. */
const requiredAttestations = ['--require-attestation', 'slsaprovenance', '--require-attestation', 'spdxjson'];
const SKIPPABLE = ['lint', 'scan', 'disk', 'boot-test'];
/** The stages a user may skip; build, sign, verify and promote guard publication and always run. */
function parseSkips(values, option) {
    const skips = new Set();
    for (const value of values.flatMap((entry) => entry.split(','))) {
        const name = value.trim();
        if (!name)
            continue;
        if (!SKIPPABLE.includes(name)) {
            throw new errors/* ConfigurationError */.j1(`${option} ${value}: only ${SKIPPABLE.join(', ')} can be skipped (build, sign, verify and promote always run)`);
        }
        skips.add(name);
    }
    return skips;
}
function json(text, stage) {
    try {
        return JSON.parse(text);
    }
    catch {
        throw new errors/* OsimgError */.ec(`the ${stage} stage printed no JSON result`);
    }
}
function pipelinePlan(options, invoke) {
    let ref = ''; // name@digest once built
    let digest = '';
    let disk = '';
    const repository = options.image;
    const out = (name) => (0,external_node_path_.join)(options.outputDir, name);
    const skip = (name) => (options.skip.has(name) ? `skipped (--skip ${name})` : undefined);
    const stages = [
        {
            name: 'lint',
            skip: skip('lint'),
            run: async () => {
                const args = ['lint', options.containerfile ?? options.context, '--format', 'json', '--quiet'];
                args.push('--sarif', out('lint.sarif'), '--output', out('lint.json'));
                if (options.policy)
                    args.push('--policy', options.policy);
                await invoke(args);
                return {
                    summary: 'no findings at or above the fail-on severity',
                    outputs: { sarif: out('lint.sarif') },
                };
            },
        },
        {
            name: 'build',
            run: async () => {
                const args = [
                    'build',
                    options.context,
                    '--image',
                    repository,
                    '--tag',
                    options.tag,
                    '--push',
                    '--json',
                ];
                if (options.containerfile)
                    args.push('--file', options.containerfile);
                const result = json(await invoke([...args, ...options.storage]), 'build');
                ({ digest, ref } = result);
                return {
                    summary: `${result.layers} layers, ${(result.size / 2 ** 20).toFixed(0)} MiB, pushed by digest`,
                    outputs: { digest, ref },
                };
            },
        },
        {
            name: 'scan',
            skip: skip('scan'),
            run: async () => {
                const args = ['scan', ...(options.scanReport ? ['--from-report', options.scanReport] : [ref])];
                args.push('--json', '--sarif', out('scan.sarif'), '--report', out('scan.json'));
                const result = json(await invoke(args), 'scan');
                return {
                    summary: `gate passed; ${result.total ?? 0} findings in all`,
                    outputs: { report: out('scan.json') },
                };
            },
        },
        {
            name: 'sign',
            // Not a data dependency: signing waits for the disk so the two do not share the CPU, and runs while
            // the VM boots instead (the boot test is the long stage).
            after: ['disk'],
            run: async () => {
                const sbom = out('sbom.spdx.json');
                await invoke([
                    'sign',
                    ref,
                    '--key',
                    options.key.privateKey,
                    '--attest',
                    'provenance,spdx',
                    '--sbom-output',
                    sbom,
                ]);
                return {
                    summary: 'signed (cosign .sig and Sigstore bundle), SLSA provenance and SPDX SBOM attested',
                    outputs: { 'signed-ref': ref, sbom },
                };
            },
        },
        {
            name: 'verify',
            run: async () => {
                await invoke(['verify', ref, '--key', options.key.publicKey, ...requiredAttestations]);
                return { summary: 'signature, SLSA provenance and SPDX SBOM verified for the digest' };
            },
        },
        {
            name: 'disk',
            after: ['scan'],
            skip: skip('disk'),
            run: async () => {
                const args = ['disk', `${repository}:${options.tag}`, '--output-dir', out('disk'), '--json'];
                if (options.rootFilesystem)
                    args.push('--root-filesystem', options.rootFilesystem);
                if (options.kernelArgs)
                    args.push('--kernel-args', options.kernelArgs);
                const result = json(await invoke([...args, ...options.storage]), 'disk');
                const raw = result.files.find((file) => file.format === 'raw');
                if (!raw)
                    throw new errors/* OsimgError */.ec('the disk stage wrote no raw disk');
                disk = raw.path;
                return {
                    summary: `raw disk, ${(raw.bytes / 2 ** 20).toFixed(0)} MiB, kernel ${result.kernelVersion}`,
                    outputs: { disk: raw.path, sha256: raw.sha256 },
                };
            },
        },
        {
            name: 'boot-test',
            skip: skip('boot-test') ?? (options.skip.has('disk') ? 'skipped (no disk)' : undefined),
            run: async () => {
                const args = ['boot-test', '--disk', disk, '--json', '--console-log', out('console.log')];
                if (options.bootTimeoutSeconds)
                    args.push('--timeout', String(options.bootTimeoutSeconds));
                const result = json(await invoke(args), 'boot-test');
                return {
                    summary: `booted${result.bootSeconds !== undefined ? ` in ${result.bootSeconds.toFixed(1)} s` : ''}; assertions passed`,
                    outputs: { 'console-log': out('console.log') },
                };
            },
        },
        {
            name: 'promote',
            after: ['verify', 'boot-test'],
            skip: options.channel ? undefined : 'skipped (no channel tag given)',
            run: async () => {
                await invoke([
                    'promote',
                    ref,
                    '--to',
                    options.channel,
                    '--key',
                    options.key.publicKey,
                    ...requiredAttestations,
                ]);
                return {
                    summary: `${repository}:${options.channel} → ${digest}`,
                    outputs: { channel: `${repository}:${options.channel}` },
                };
            },
        },
    ];
    return stages;
}

// EXTERNAL MODULE: ./src/oci/http.ts
var http = __webpack_require__(95809);
// EXTERNAL MODULE: ./src/oci/retry.ts
var retry = __webpack_require__(49963);
// EXTERNAL MODULE: ./src/tools/exec.ts
var exec = __webpack_require__(12122);
// EXTERNAL MODULE: ./src/net.ts
var net = __webpack_require__(88316);
;// CONCATENATED MODULE: ./src/pipeline/local-registry.ts
/**
 * A throwaway OCI registry on loopback for a local pipeline run: the distribution registry (Debian's
 * `docker-registry`, upstream's `registry`) with its storage in a temp directory, stopped and removed
 * after the run.
 */








const BINARIES = ['docker-registry', 'registry'];
async function answers(address) {
    try {
        const response = await (0,http/* httpRequest */.aj)({ method: 'GET', url: new URL(`http://${address}/v2/`), headers: {} });
        return response.status === 200;
    }
    catch {
        return false;
    }
}
async function startLocalRegistry(options = {}) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'osimg-pipeline-registry-'));
    const port = await (0,net/* freePort */.o)();
    const address = `127.0.0.1:${port}`;
    const config = (0,external_node_path_.join)(dir, 'config.yml');
    await (0,promises_.writeFile)(config, [
        'version: 0.1',
        'log: {level: error, accesslog: {disabled: true}}',
        `storage: {filesystem: {rootdirectory: ${(0,external_node_path_.join)(dir, 'data')}}, delete: {enabled: true}}`,
        `http: {addr: "${address}"}`,
        '',
    ].join('\n'));
    const abort = new AbortController();
    let exited;
    let failure;
    for (const binary of BINARIES) {
        failure = undefined;
        exited = (0,exec/* exec */.m0)(binary, ['serve', config], {
            signal: abort.signal,
            killGraceMs: 2000,
            background: true,
        }).catch((error) => {
            failure = error;
        });
        await (0,retry/* sleep */.yy)(50);
        if (!(failure instanceof errors/* OsimgError */.ec && failure.code === 'TOOL_NOT_FOUND'))
            break;
    }
    const stop = async () => {
        abort.abort();
        await exited;
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    };
    if (failure instanceof errors/* OsimgError */.ec && failure.code === 'TOOL_NOT_FOUND') {
        await stop();
        throw new errors/* OsimgError */.ec('no local registry: install the distribution registry (Debian/Ubuntu: apt-get install docker-registry) or pass --registry HOST', { code: 'TOOL_NOT_FOUND' });
    }
    const deadline = Date.now() + (options.deadlineMs ?? 15_000);
    while (!(await answers(address))) {
        if (failure !== undefined || Date.now() > deadline) {
            await stop();
            throw new errors/* OsimgError */.ec(`the local registry did not start on ${address}${failure ? `: ${failure.message}` : ''}; pass --registry HOST to use another`);
        }
        await (0,retry/* sleep */.yy)(100);
    }
    return { address, stop };
}

// EXTERNAL MODULE: ./src/values.ts
var values = __webpack_require__(74777);
;// CONCATENATED MODULE: ./src/pipeline/report.ts
/**
 * The pipeline's report: Markdown (for a terminal, a PR comment or a job summary) and one self-contained
 * HTML page (inline CSS, no scripts, no external requests) with the same content.
 */

const MARK = { passed: '✅', failed: '❌', skipped: '⏭️' };
function share(stage, report) {
    return report.seconds > 0 ? `${Math.round((stage.seconds / report.seconds) * 100)}%` : '–';
}
function shareOf(report, busy) {
    const seconds = Math.max(0, report.seconds - busy);
    return { seconds, share: report.seconds > 0 ? seconds / report.seconds : 0 };
}
/** Orchestration overhead: the run's wall time in no stage at all (the pipeline's own glue). */
function overhead(report) {
    return shareOf(report, report.stageSeconds);
}
/** The run's wall time in no external tool: orchestration plus osimg's own work (pushing, signing, hashing). */
function outsideTools(report) {
    return shareOf(report, report.toolSeconds);
}
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
function renderMarkdown(report, title) {
    const lines = [
        `# ${title}: ${report.passed ? 'passed' : 'FAILED'}`,
        '',
        `Started ${report.started}; ${report.seconds.toFixed(1)} s in all, ${report.toolSeconds.toFixed(1)} s in the wrapped tools.`,
        '',
        '| Stage | Result | Time | Share | Tools | Summary |',
        '| --- | --- | ---: | ---: | ---: | --- |',
        ...report.stages.map((stage) => `| ${stage.name} | ${MARK[stage.status]} ${stage.status} | ${stage.seconds.toFixed(1)} s | ${share(stage, report)} | ${stage.toolSeconds.toFixed(1)} s | ${cell(stage.summary)} |`),
    ];
    const outputs = report.stages.filter((stage) => Object.keys(stage.outputs).length > 0);
    if (outputs.length > 0) {
        lines.push('', '## Outputs', '');
        for (const stage of outputs) {
            lines.push(`### ${stage.name}`, '');
            for (const [name, value] of Object.entries(stage.outputs))
                lines.push(`- **${name}**: \`${value}\``);
            lines.push('');
        }
    }
    return `${lines.join('\n').trimEnd()}\n`;
}
const STYLE = `body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1f2328}
h1 .passed{color:#1a7f37}h1 .failed{color:#cf222e}table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #d0d7de;padding:.4rem .6rem;text-align:left;vertical-align:top}
td.num{text-align:right;font-variant-numeric:tabular-nums}tr.failed td{background:#ffebe9}
tr.skipped td{color:#656d76}.bar{background:#0969da;height:.5rem;border-radius:.25rem}
code{font:13px ui-monospace,monospace;word-break:break-all}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}
dt{font-weight:600}`;
function renderHtml(report, title) {
    const rows = report.stages
        .map((stage) => {
        const width = report.seconds > 0 ? Math.max(0, Math.min(100, (stage.seconds / report.seconds) * 100)) : 0;
        return `<tr class="${stage.status}"><td>${(0,values/* escapeHtml */.ZD)(stage.name)}</td><td>${MARK[stage.status]} ${stage.status}</td><td class="num">${stage.seconds.toFixed(1)} s</td><td class="num">${stage.toolSeconds.toFixed(1)} s</td><td><div class="bar" style="width:${width.toFixed(1)}%"></div></td><td>${(0,values/* escapeHtml */.ZD)(stage.summary)}</td></tr>`;
    })
        .join('\n');
    const outputs = report.stages
        .filter((stage) => Object.keys(stage.outputs).length > 0)
        .map((stage) => `<h3>${(0,values/* escapeHtml */.ZD)(stage.name)}</h3><dl>${Object.entries(stage.outputs)
        .map(([name, value]) => `<dt>${(0,values/* escapeHtml */.ZD)(name)}</dt><dd><code>${(0,values/* escapeHtml */.ZD)(value)}</code></dd>`)
        .join('')}</dl>`)
        .join('\n');
    const status = report.passed ? 'passed' : 'failed';
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${(0,values/* escapeHtml */.ZD)(title)}: ${status}</title><style>${STYLE}</style></head>
<body><h1>${(0,values/* escapeHtml */.ZD)(title)}: <span class="${status}">${status}</span></h1>
<p>Started ${(0,values/* escapeHtml */.ZD)(report.started)}; ${report.seconds.toFixed(1)} s in all, ${report.toolSeconds.toFixed(1)} s in the wrapped tools.</p>
<table><thead><tr><th>Stage</th><th>Result</th><th>Time</th><th>Tools</th><th>Share</th><th>Summary</th></tr></thead>
<tbody>
${rows}
</tbody></table>
${outputs ? `<h2>Outputs</h2>\n${outputs}` : ''}
</body></html>
`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/lint/run.ts + 2 modules
var run = __webpack_require__(55456);
// EXTERNAL MODULE: ./src/sign/keys.ts
var keys = __webpack_require__(82821);
;// CONCATENATED MODULE: ./src/pipeline/session.ts
/** What both front ends of the pipeline (`osimg pipeline`, the all-in-one action) share: how a stage runs an osimg command, and the report files. */







/**
 * An osimg command run in this process: stdout is its result, each stderr line goes to `onLine` with the
 * command's name (stages run side by side, so lines say whose they are).
 */
function commandInvoker(main, cwd, env, onLine) {
    return async (args) => {
        let stdout = '';
        let lastLine = '';
        const code = await main(args, {
            cwd,
            env,
            stdout: (text) => (stdout += text),
            stderr: (text) => {
                for (const line of text.split('\n').filter((entry) => entry.trim())) {
                    lastLine = line;
                    onLine(line, args[0] ?? '');
                }
            },
            readStdin: async () => '',
        });
        if (code !== 0) {
            throw new errors/* OsimgError */.ec(lastLine.replace(/^osimg[^:]*:\s*/, '') || `osimg ${args[0]} exited with code ${code}`);
        }
        return stdout;
    };
}
async function writeReports(report, title, dir) {
    const files = {
        markdown: (0,external_node_path_.join)(dir, 'report.md'),
        html: (0,external_node_path_.join)(dir, 'report.html'),
        json: (0,external_node_path_.join)(dir, 'report.json'),
    };
    await (0,run/* writeAtomically */.vK)(files.markdown, renderMarkdown(report, title));
    await (0,run/* writeAtomically */.vK)(files.html, renderHtml(report, title));
    await (0,run/* writeAtomically */.vK)(files.json, `${JSON.stringify(report, null, 2)}\n`);
    return files;
}
/**
 * Key files for the sign, verify and promote stages, in a private scratch directory: the given private
 * key (opened once here, so a wrong passphrase fails before anything is built), or an ephemeral key whose
 * random passphrase lives only in `env` for this run.
 */
async function signingKeyFiles(dir, env, given) {
    const files = { privateKey: (0,external_node_path_.join)(dir, 'signing.key'), publicKey: (0,external_node_path_.join)(dir, 'signing.pub') };
    let privatePem;
    let publicPem;
    if (given) {
        const passphrase = env.OSIMG_KEY_PASSWORD ?? env.COSIGN_PASSWORD ?? '';
        privatePem = given.pem;
        publicPem = (0,keys/* publicKeyPem */.rY)(await (0,keys/* openPrivateKey */.V9)(given.pem, passphrase, given.name));
    }
    else {
        env.OSIMG_KEY_PASSWORD = (0,external_node_crypto_.randomBytes)(24).toString('base64url');
        ({ privatePem, publicPem } = await (0,keys/* generateKeyPair */.TZ)(env.OSIMG_KEY_PASSWORD));
    }
    await (0,promises_.writeFile)(files.privateKey, privatePem, { mode: 0o600 });
    await (0,promises_.writeFile)(files.publicKey, publicPem);
    return files;
}

;// CONCATENATED MODULE: ./src/pipeline/run.ts
/**
 * Runs pipeline stages and records what each did: status, wall time, the time its own wrapped tools ran
 * (from the exec chokepoint), its outputs and a one-line summary. A stage starts as soon as the stages it
 * needs are done, so independent ones overlap (signing while the VM boots). After the first failure no
 * stage starts; the ones not started are reported as not run, so nothing later (signing, promotion) acts
 * on a bad image.
 */


const seconds = (ms) => Math.round(ms) / 1000;
function result(stage, status, summary, outputs = {}) {
    return { name: stage.name, status, seconds: 0, toolSeconds: 0, summary, outputs };
}
async function runStages(stages, hooks = {}) {
    const now = hooks.now ?? Date.now;
    const started = now();
    const toolsAtStart = (0,exec/* toolTimeMs */.oM)();
    const needs = stages.map((stage, index) => stage.after ?? (index > 0 ? [stages[index - 1].name] : []));
    const results = new Map();
    const running = new Map();
    const stageClock = new exec/* ToolClock */.fg();
    let failed = false;
    const finish = (index, done) => {
        results.set(index, done);
        if (done.status === 'failed')
            failed = true;
        hooks.onEnd?.(done, index, stages.length);
    };
    const ready = (index) => !results.has(index) &&
        !running.has(index) &&
        needs[index].every((name) => {
            const needed = stages.findIndex((stage) => stage.name === name);
            return needed < 0 || (results.has(needed) && results.get(needed).status !== 'failed');
        });
    const start = (index) => {
        const stage = stages[index];
        hooks.onStart?.(stage, index, stages.length);
        const begin = now();
        stageClock.started();
        const clock = new exec/* ToolClock */.fg();
        const work = (0,exec/* withToolClock */.xP)(clock, stage.run).then((outcome) => result(stage, 'passed', outcome.summary, outcome.outputs ?? {}), (error) => result(stage, 'failed', (0,errors/* describeError */.Uc)(error)));
        running.set(index, work.then((done) => {
            running.delete(index);
            stageClock.ended();
            done.seconds = seconds(now() - begin);
            done.toolSeconds = seconds(clock.ms());
            finish(index, done);
        }));
    };
    for (;;) {
        if (!failed) {
            for (const index of stages.keys()) {
                if (!ready(index))
                    continue;
                const skip = stages[index].skip;
                if (skip)
                    finish(index, result(stages[index], 'skipped', skip));
                else
                    start(index);
            }
            // A skipped stage may have made others ready: look again before waiting.
            if ([...stages.keys()].some(ready))
                continue;
        }
        if (running.size === 0)
            break;
        await Promise.race(running.values());
    }
    for (const index of stages.keys()) {
        if (!results.has(index))
            finish(index, result(stages[index], 'skipped', 'not run: an earlier stage failed'));
    }
    return {
        passed: !failed,
        started: new Date(started).toISOString(),
        seconds: seconds(now() - started),
        toolSeconds: seconds((0,exec/* toolTimeMs */.oM)() - toolsAtStart),
        stageSeconds: seconds(stageClock.ms()),
        stages: stages.map((_, index) => results.get(index)),
    };
}

// EXTERNAL MODULE: ./src/cli/main.ts
var main = __webpack_require__(12957);
// EXTERNAL MODULE: ./src/cli/sign.ts + 14 modules
var sign = __webpack_require__(78587);
;// CONCATENATED MODULE: ./src/cli/pipeline.ts
/**
 * `osimg pipeline [PATH]`: the whole image pipeline on a laptop with embedded defaults: a registry on
 * loopback started for the run, an ephemeral signing key, then lint → build → scan → sign → verify →
 * disk → boot-test → promote, with progress per stage and a Markdown + HTML report at the end.
 */













const PIPELINE_HELP = `Usage: osimg pipeline [PATH] [options]

Runs the image pipeline locally, as the reusable workflow does in CI: lint, build (pushed by digest),
scan, sign with SBOM/provenance, verify, disk, boot-test, and promote to a channel tag. Ends with
PATH/../OUTPUT/report.md and report.html. PATH is the build context with the Containerfile (default: .).

Options:
      --image NAME           repository for the image (default: REGISTRY/local/<name of PATH>)
      --registry HOST        use this registry (default: start one on 127.0.0.1 for the run)
      --tag TAG              tag the build pushes (default: pipeline)
      --channel TAG          channel tag promote moves to the verified digest (default: stable)
  -f, --file PATH            Containerfile (default: PATH/Containerfile)
  -o, --output-dir DIR       reports, SARIF, disk and console log (default: osimg-pipeline)
      --policy FILE          ops policy for lint (default: PATH/osimg-policy.yml when it exists)
      --scan-report FILE     judge this trivy JSON report instead of running trivy (offline machines)
      --key FILE             sign with this key (passphrase in OSIMG_KEY_PASSWORD; default: an ephemeral key)
      --root-filesystem FS   ext4 (default) or erofs, for the disk
      --kernel-args ARGS     kernel command line for the disk
      --boot-timeout SECONDS overall boot-test deadline
      --skip STAGE           skip lint, scan, disk or boot-test (repeatable)
      --storage-driver NAME, --root DIR, --runroot DIR   buildah storage for build and disk
  -h, --help                 this help

Exit codes: 0 every stage passed, 1 a stage failed, 2 bad usage.
`;
async function pipelineCommand(args, context) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            image: { type: 'string' },
            registry: { type: 'string' },
            tag: { type: 'string' },
            channel: { type: 'string' },
            file: { type: 'string', short: 'f' },
            'output-dir': { type: 'string', short: 'o' },
            policy: { type: 'string' },
            'scan-report': { type: 'string' },
            key: { type: 'string' },
            'root-filesystem': { type: 'string' },
            'kernel-args': { type: 'string' },
            'boot-timeout': { type: 'string' },
            skip: { type: 'string', multiple: true },
            'storage-driver': { type: 'string' },
            root: { type: 'string' },
            runroot: { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help) {
        context.stdout(PIPELINE_HELP);
        return 0;
    }
    if (positionals.length > 1)
        throw new errors/* ConfigurationError */.j1('osimg pipeline takes at most one PATH');
    const contextDir = (0,external_node_path_.resolve)(context.cwd, positionals[0] ?? '.');
    const outputDir = (0,external_node_path_.resolve)(context.cwd, values['output-dir'] ?? 'osimg-pipeline');
    const skip = parseSkips(values.skip ?? [], '--skip');
    const bootTimeout = values['boot-timeout'] ? Number(values['boot-timeout']) : undefined;
    if (bootTimeout !== undefined && !(bootTimeout > 0)) {
        throw new errors/* ConfigurationError */.j1(`--boot-timeout must be a number of seconds, not "${values['boot-timeout']}"`);
    }
    const storage = ['storage-driver', 'root', 'runroot'].flatMap((name) => values[name] ? [`--${name}`, values[name]] : []);
    await (0,promises_.mkdir)(outputDir, { recursive: true });
    const scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'osimg-pipeline-'));
    let registry;
    try {
        const env = { ...context.env };
        const key = await signingKeyFiles(scratch, env, values.key
            ? { pem: await (0,sign/* readText */.yR)((0,external_node_path_.resolve)(context.cwd, values.key), 'the key'), name: values.key }
            : undefined);
        if (!values.registry) {
            registry = await startLocalRegistry();
            context.stderr(`osimg pipeline: registry for this run on ${registry.address}\n`);
        }
        const registryHost = values.registry ?? registry.address;
        const name = (0,external_node_path_.basename)(contextDir)
            .toLowerCase()
            .replace(/[^a-z0-9._-]+/g, '-') || 'image';
        const image = values.image ?? `${registryHost}/local/${name}`;
        const policyDefault = (0,external_node_path_.join)(contextDir, 'osimg-policy.yml');
        const plan = pipelinePlan({
            context: contextDir,
            containerfile: values.file ? (0,external_node_path_.resolve)(context.cwd, values.file) : undefined,
            image,
            tag: values.tag ?? 'pipeline',
            channel: values.channel ?? 'stable',
            outputDir,
            policy: values.policy
                ? (0,external_node_path_.resolve)(context.cwd, values.policy)
                : (0,external_node_fs_.existsSync)(policyDefault)
                    ? policyDefault
                    : undefined,
            scanReport: values['scan-report'] ? (0,external_node_path_.resolve)(context.cwd, values['scan-report']) : undefined,
            key,
            rootFilesystem: values['root-filesystem'],
            kernelArgs: values['kernel-args'],
            bootTimeoutSeconds: bootTimeout,
            storage,
            skip,
        }, commandInvoker(main/* main */.i, context.cwd, env, (line, command) => context.stderr(`  ${command} │ ${line}\n`)));
        const report = await runStages(plan, {
            onStart: (stage, index, total) => {
                context.stderr(`[${index + 1}/${total}] ${stage.name}\n`);
            },
            onEnd: (result, index, total) => {
                const mark = { passed: '✓', failed: '✗', skipped: '-' }[result.status];
                context.stderr(`[${index + 1}/${total}] ${mark} ${result.name} (${result.seconds.toFixed(1)} s): ${result.summary}\n`);
            },
        });
        const title = `osimg pipeline: ${image}`;
        const files = await writeReports(report, title, outputDir);
        const own = outsideTools(report);
        context.stderr(`osimg pipeline: ${report.passed ? 'passed' : 'FAILED'} in ${report.seconds.toFixed(1)} s (tools ${report.toolSeconds.toFixed(1)} s, osimg ${own.seconds.toFixed(1)} s); report: ${files.html}\n`);
        context.stdout(renderMarkdown(report, title));
        return report.passed ? 0 : 1;
    }
    finally {
        await registry?.stop();
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 88316:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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


/***/ }),

/***/ 12122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fg: () => (/* binding */ ToolClock),
/* harmony export */   m0: () => (/* binding */ exec),
/* harmony export */   oM: () => (/* binding */ toolTimeMs),
/* harmony export */   os: () => (/* binding */ tailLines),
/* harmony export */   xP: () => (/* binding */ withToolClock)
/* harmony export */ });
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16698);
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_async_hooks__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/**
 * The only place in osimg that starts processes. Always an argv array, never a shell; output captured and
 * capped; a timeout and an AbortSignal that end the process (TERM, then KILL); failures as CommandError.
 */





const STDERR_KEEP = 256 * 1024;
const TAIL_LINES = 15;
/** The last non-empty lines of some output, for error messages. */
function tailLines(text, count = TAIL_LINES) {
    if (count <= 0)
        return [];
    return text
        .split(/\r?\n/)
        .map((line) => line.trimEnd())
        .filter((line) => line.length > 0)
        .slice(-count);
}
/** Splits a byte stream into lines for a callback, keeping a partial last line until more arrives. */
function lineSplitter(onLine) {
    let pending = '';
    return {
        push(chunk) {
            if (!onLine)
                return;
            pending += chunk;
            const lines = pending.split(/\r?\n/);
            pending = lines.pop() ?? '';
            for (const line of lines)
                onLine(line);
        },
        flush() {
            if (onLine && pending.length > 0)
                onLine(pending);
            pending = '';
        },
    };
}
/**
 * Wall time during which at least one child process ran (overlaps counted once): what the wrapped tools
 * cost, so a pipeline can tell its own overhead from theirs. One clock for the whole process, and one per
 * unit of work that asks for its own (`withToolClock`: a pipeline stage running beside another).
 */
class ToolClock {
    running = 0;
    busySince = 0;
    busyMs = 0;
    ms() {
        return this.busyMs + (this.running > 0 ? Date.now() - this.busySince : 0);
    }
    started() {
        if (this.running++ === 0)
            this.busySince = Date.now();
    }
    ended() {
        if (--this.running === 0)
            this.busyMs += Date.now() - this.busySince;
    }
}
const processClock = new ToolClock();
const workClock = new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();
function toolTimeMs() {
    return processClock.ms();
}
/** Runs `work` with its own tool clock: the children it (and only it) starts are counted there too. */
function withToolClock(clock, work) {
    return workClock.run(clock, work);
}
function childStarted() {
    const clocks = [processClock, workClock.getStore()].filter((clock) => clock !== undefined);
    for (const clock of clocks)
        clock.started();
    return () => clocks.forEach((clock) => clock.ended());
}
const exec = (file, args, options = {}) => {
    const started = Date.now();
    const command = [file, ...args].join(' ');
    return new Promise((resolve, reject) => {
        if (options.signal?.aborted) {
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .OsimgError */ .ec(`${file} was not started: the operation was cancelled`, { code: 'TIMEOUT' }));
            return;
        }
        const env = { ...process.env };
        for (const [key, value] of Object.entries(options.env ?? {})) {
            if (value === undefined)
                delete env[key];
            else
                env[key] = value;
        }
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_1__.spawn)(file, [...args], {
            cwd: options.cwd,
            env,
            shell: false,
            stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        });
        // A background server (a local registry) is not work done for the caller: not tool time.
        let stopClocks = options.background ? undefined : childStarted();
        const end = () => {
            stopClocks?.();
            stopClocks = undefined;
        };
        const maxStdout = options.maxStdoutBytes ?? 64 * 1024 * 1024;
        let stdout = '';
        let stdoutBytes = 0;
        let stdoutTruncated = false;
        let stderr = '';
        const outLines = lineSplitter(options.onStdoutLine);
        const errLines = lineSplitter(options.onStderrLine);
        const childStdout = child.stdout;
        const childStderr = child.stderr;
        const stdoutDecoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_3__.StringDecoder('utf8');
        const lineDecoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_3__.StringDecoder('utf8');
        childStderr.setEncoding('utf8');
        childStdout.on('data', (chunk) => {
            // The cap is in bytes; decoding keeps multi-byte characters whole across chunks.
            const kept = chunk.subarray(0, Math.max(0, maxStdout - stdoutBytes));
            if (kept.length < chunk.length)
                stdoutTruncated = true;
            stdoutBytes += kept.length;
            stdout += stdoutDecoder.write(kept);
            outLines.push(lineDecoder.write(chunk));
        });
        childStderr.on('data', (chunk) => {
            errLines.push(chunk);
            stderr += chunk;
            if (stderr.length > STDERR_KEEP * 2)
                stderr = stderr.slice(-STDERR_KEEP);
        });
        let stopReason;
        let killTimer;
        const stop = (reason) => {
            if (stopReason)
                return;
            stopReason = reason;
            child.kill('SIGTERM');
            killTimer = setTimeout(() => child.kill('SIGKILL'), options.killGraceMs ?? 5000);
            killTimer.unref();
        };
        const timer = options.timeoutMs === undefined
            ? undefined
            : setTimeout(() => stop(`timed out after ${formatSeconds(options.timeoutMs)}`), options.timeoutMs);
        const onAbort = () => stop('was cancelled');
        options.signal?.addEventListener('abort', onAbort, { once: true });
        const cleanup = () => {
            if (timer)
                clearTimeout(timer);
            if (killTimer)
                clearTimeout(killTimer);
            options.signal?.removeEventListener('abort', onAbort);
        };
        child.on('error', (error) => {
            cleanup();
            end();
            if (error.code === 'ENOENT' && options.cwd !== undefined && !(0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(options.cwd)) {
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .OsimgError */ .ec(`${file} was not started: its working directory ${options.cwd} does not exist`, {
                    code: 'COMMAND_FAILED',
                    cause: error,
                }));
            }
            else if (error.code === 'ENOENT') {
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .OsimgError */ .ec(`${file} is not installed or not on PATH`, { code: 'TOOL_NOT_FOUND', cause: error }));
            }
            else {
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .OsimgError */ .ec(`${file} could not be started: ${error.message}`, {
                    code: 'COMMAND_FAILED',
                    cause: error,
                }));
            }
        });
        if (options.input !== undefined && child.stdin) {
            // A child that exits without reading stdin must not crash us with EPIPE.
            child.stdin.on('error', () => undefined);
            child.stdin.end(options.input);
        }
        child.on('close', (code, signal) => {
            cleanup();
            end();
            outLines.push(lineDecoder.end());
            outLines.flush();
            errLines.flush();
            const durationMs = Date.now() - started;
            const exitCode = code ?? -1;
            if (stopReason) {
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CommandError */ .Qd(`${file} ${stopReason}`, {
                    command,
                    exitCode: code,
                    stderrTail: tailLines(stderr),
                    code: 'TIMEOUT',
                }));
                return;
            }
            stdout += stdoutDecoder.end();
            if (stdoutTruncated)
                stdout += '\n[output truncated]';
            if (!(options.okExitCodes ?? [0]).includes(exitCode)) {
                const how = signal ? `was killed by ${signal}` : `exited with code ${exitCode}`;
                const tail = tailLines(stderr);
                const last = tail.at(-1);
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CommandError */ .Qd(`${file} ${args[0] ?? ''} ${how}${last ? `: ${last}` : ''}`.replace(/\s+/g, ' '), {
                    command,
                    exitCode: code,
                    stderrTail: tail,
                }));
                return;
            }
            resolve({ exitCode, stdout, stderr, durationMs });
        });
    });
};
function formatSeconds(ms) {
    return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}


/***/ })

};
