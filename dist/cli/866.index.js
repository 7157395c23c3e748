export const id = 866;
export const ids = [866];
export const modules = {

/***/ 10866:
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
// EXTERNAL MODULE: ./src/tools/buildah.ts
var buildah = __webpack_require__(53638);
// EXTERNAL MODULE: ./src/scratch/files.ts
var scratch_files = __webpack_require__(54865);
// EXTERNAL MODULE: ./src/tools/exec.ts + 2 modules
var exec = __webpack_require__(12834);
;// CONCATENATED MODULE: ./src/pipeline/run.ts
/**
 * Runs pipeline stages and records what each did: status, wall time, the time its own wrapped tools ran
 * (from the exec chokepoint), its outputs and a one-line summary. A stage starts as soon as the stages it
 * needs are done, so independent ones overlap (signing while the VM boots). After the first failure no
 * stage starts; the ones not started are reported as not run, so nothing later (signing, promotion) acts
 * on a bad image.
 */


/** A stage's failure that still has something to report (the boot test's checks and timing). */
class StageFailure extends errors/* OsimgError */.ec {
    outcome;
    constructor(message, outcome) {
        super(message);
        this.outcome = outcome;
    }
}
const seconds = (ms) => Math.round(ms) / 1000;
/** The command's own steps outside the stages, timed on the report's axis (seconds from `origin`). */
class CommandClock {
    origin;
    now;
    spans = [];
    constructor(origin, now = Date.now) {
        this.origin = origin;
        this.now = now;
    }
    at(time) {
        return seconds(time - this.origin);
    }
    /** A step that began at `since` and ends now. */
    record(name, since) {
        const end = this.now();
        if (end > since)
            this.spans.push({ name, start: this.at(since), end: this.at(end) });
    }
    async time(name, work) {
        const since = this.now();
        try {
            return await work();
        }
        finally {
            this.record(name, since);
        }
    }
}
function result(stage, after, status, summary, outcome = {}) {
    return {
        name: stage.name,
        status,
        after,
        start: 0,
        end: 0,
        seconds: 0,
        toolSeconds: 0,
        summary,
        outputs: outcome.outputs ?? {},
        ...(outcome.checks ? { checks: outcome.checks } : {}),
        ...(outcome.boot ? { boot: outcome.boot } : {}),
    };
}
async function runStages(stages, hooks = {}) {
    const now = hooks.now ?? Date.now;
    const started = now();
    const origin = hooks.origin ?? started;
    const at = (time) => seconds(time - origin);
    const toolsAtStart = (0,exec/* toolTimeMs */.oM)();
    const needs = stages.map((stage, index) => stage.after ?? (index > 0 ? [stages[index - 1].name] : []));
    const results = new Map();
    const running = new Map();
    const stageClock = new exec/* ToolClock */.fg();
    let failed = false;
    const finish = (index, done) => {
        if (done.status !== 'passed' && done.status !== 'failed')
            done.start = done.end = at(now());
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
        const work = (0,exec/* withToolClock */.xP)(clock, stage.run).then((outcome) => result(stage, needs[index], 'passed', outcome.summary, outcome), (error) => result(stage, needs[index], 'failed', (0,errors/* describeError */.Uc)(error), error instanceof StageFailure ? error.outcome : {}));
        running.set(index, work.then((done) => {
            running.delete(index);
            stageClock.ended();
            const end = now();
            done.start = at(begin);
            done.end = at(end);
            done.seconds = seconds(end - begin);
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
                    finish(index, result(stages[index], needs[index], 'skipped', skip));
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
            finish(index, result(stages[index], needs[index], 'skipped', 'not run: an earlier stage failed'));
    }
    return {
        passed: !failed,
        started: new Date(origin).toISOString(),
        seconds: at(now()),
        toolSeconds: seconds((0,exec/* toolTimeMs */.oM)() - toolsAtStart),
        stageSeconds: seconds(stageClock.ms()),
        stages: stages.map((_, index) => results.get(index)),
        phases: [],
        notes: [],
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/sign/keys.ts
var keys = __webpack_require__(82821);
;// CONCATENATED MODULE: ./src/surface/report-section.ts
/** The surface stage's files as a section of the pipeline report (Markdown and HTML). */


async function surfaceSection(dir) {
    const read = (name) => (0,promises_.readFile)((0,external_node_path_.join)(dir, name), 'utf8').catch(() => '');
    const markdown = await read('surface.md');
    return { markdown: markdown ? `\n${markdown}` : '', html: await read('surface.html') };
}
/** The page with the section just before </body> (or at the end). */
function withSection(page, section) {
    if (!section)
        return page;
    const at = page.lastIndexOf('</body>');
    return at < 0 ? page + section : `${page.slice(0, at)}${section}${page.slice(at)}`;
}

;// CONCATENATED MODULE: ./src/pipeline/accounting.ts
/**
 * The chain of stages that decided the run's length: from the stage that ended last, back through the
 * stage it waited for that ended last. Skipped stages take no time and are left out.
 */
function criticalPath(report) {
    const ran = report.stages.filter((stage) => stage.status !== 'skipped');
    const latest = (stages) => stages.reduce((best, stage) => (!best || stage.end > best.end ? stage : best), undefined);
    const path = [];
    let current = latest(ran);
    while (current && !path.includes(current.name)) {
        path.unshift(current.name);
        const needs = current.after;
        // A skipped stage passes its own needs on (boot-test skipped: promote waited for disk).
        const expand = (names) => names.flatMap((name) => {
            const stage = report.stages.find((entry) => entry.name === name);
            if (!stage)
                return [];
            return stage.status === 'skipped' ? expand(stage.after) : [stage];
        });
        current = latest(expand(needs));
    }
    return path;
}
const round = (seconds) => Math.round(seconds * 1000) / 1000;
/** A partition of 0 → report.seconds: rows in order of first appearance, their seconds sum to the total. */
function accountFor(report) {
    const critical = new Set(criticalPath(report));
    const stages = report.stages.filter((stage) => stage.end > stage.start);
    const cuts = new Set([0, report.seconds]);
    for (const span of [...report.phases, ...stages]) {
        cuts.add(Math.min(Math.max(span.start, 0), report.seconds));
        cuts.add(Math.min(Math.max(span.end, 0), report.seconds));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const rows = new Map();
    const add = (name, kind, seconds) => {
        const row = rows.get(name) ?? { name, kind, seconds: 0 };
        row.seconds += seconds;
        rows.set(name, row);
    };
    for (let index = 0; index + 1 < points.length; index++) {
        const from = points[index];
        const to = points[index + 1];
        const middle = (from + to) / 2;
        const inside = (span) => span.start <= middle && middle < span.end;
        const phase = report.phases.find(inside);
        const running = stages.filter(inside);
        const onPath = running.find((stage) => critical.has(stage.name));
        if (phase)
            add(phase.name, 'phase', to - from);
        else if (onPath)
            add(onPath.name, 'critical', to - from);
        else if (running[0])
            add(running[0].name, 'stage', to - from);
        else
            add('between stages', 'gap', to - from);
    }
    return [...rows.values()].map((row) => ({ ...row, seconds: round(row.seconds) }));
}
/** How much of the run each stage is given in the partition (0 for stages hidden behind others). */
function stageShares(report) {
    const shares = new Map();
    for (const row of accountFor(report))
        if (row.kind === 'critical' || row.kind === 'stage')
            shares.set(row.name, report.seconds > 0 ? row.seconds / report.seconds : 0);
    return shares;
}

// EXTERNAL MODULE: ./src/values.ts
var values = __webpack_require__(74777);
;// CONCATENATED MODULE: ./src/report/timeline.ts
/**
 * The pipeline run as an inline SVG timeline: one row per stage on a shared time axis (overlap is
 * visible as bars side by side), the stages on the critical path outlined, the command's own work
 * (start-up, registry, signing key, report) on a row of its own, and the boot test's phases (host steps,
 * firmware, loader, kernel, initrd, userspace, checks) on a row under the boot-test bar. Plain SVG with
 * basic shapes and text: no scripts, no fonts beyond the page's.
 */


const WIDTH = 1000;
const LABEL = 150;
const RIGHT = 70;
const ROW = 30;
const BAR = 18;
const TOP = 16;
const STATUS_COLOUR = {
    passed: '#2da44e',
    failed: '#cf222e',
    skipped: '#afb8c1',
};
const PHASE_COLOUR = {
    firmware: '#d4a72c',
    loader: '#bc4c00',
    kernel: '#8250df',
    initrd: '#bf3989',
    userspace: '#0969da',
    checks: '#1a7f37',
};
const HOST_COLOUR = '#8c959f';
const fmt = (value) => (Math.round(value * 100) / 100).toString();
function tickStep(total) {
    for (const step of [1, 2, 5, 10, 15, 20, 30, 60, 120, 300, 600])
        if (total / step <= 10)
            return step;
    return Math.ceil(total / 10 / 600) * 600;
}
function bar(item) {
    const stroke = item.stroke ? ' stroke="#1f2328" stroke-width="2.5"' : '';
    const rect = `<rect x="${fmt(item.x)}" y="${fmt(item.y)}" width="${fmt(Math.max(item.width, 1.5))}" height="${BAR}" rx="3" fill="${item.fill}"${stroke}><title>${(0,values/* escapeHtml */.ZD)(item.title)}</title></rect>`;
    // A label inside the bar only when it fits (about 6.5 px per character at 11 px).
    const fits = item.label && item.label.length * 6.5 + 6 < item.width;
    const label = fits
        ? `<text x="${fmt(item.x + item.width / 2)}" y="${fmt(item.y + BAR / 2 + 4)}" text-anchor="middle" class="in">${(0,values/* escapeHtml */.ZD)(item.label)}</text>`
        : '';
    return rect + label;
}
function renderTimeline(report) {
    const total = Math.max(report.seconds, ...report.stages.map((stage) => stage.end), 0.001);
    const scale = (WIDTH - LABEL - RIGHT) / total;
    const x = (seconds) => LABEL + Math.max(0, seconds) * scale;
    const critical = new Set(criticalPath(report));
    const parts = [];
    let row = 0;
    const rowY = () => TOP + row * ROW + (ROW - BAR) / 2;
    const label = (text, weight = '') => parts.push(`<text x="${LABEL - 8}" y="${fmt(rowY() + BAR / 2 + 4)}" text-anchor="end"${weight}>${(0,values/* escapeHtml */.ZD)(text)}</text>`);
    const after = (end, text) => parts.push(`<text x="${fmt(x(end) + 5)}" y="${fmt(rowY() + BAR / 2 + 4)}" class="t">${(0,values/* escapeHtml */.ZD)(text)}</text>`);
    if (report.phases.length > 0) {
        label('osimg itself');
        for (const phase of report.phases) {
            const seconds = phase.end - phase.start;
            parts.push(bar({
                x: x(phase.start),
                width: seconds * scale,
                y: rowY(),
                fill: HOST_COLOUR,
                title: `${phase.name}: ${seconds.toFixed(1)} s (from ${phase.start.toFixed(1)} s)`,
                label: phase.name,
            }));
        }
        row++;
    }
    for (const stage of report.stages) {
        const onPath = critical.has(stage.name);
        label(stage.name, onPath ? ' font-weight="700"' : '');
        if (stage.status === 'skipped') {
            parts.push(`<text x="${fmt(x(stage.start) + 4)}" y="${fmt(rowY() + BAR / 2 + 4)}" class="t">${(0,values/* escapeHtml */.ZD)(stage.summary)}</text>`);
        }
        else {
            parts.push(bar({
                x: x(stage.start),
                width: stage.seconds * scale,
                y: rowY(),
                fill: STATUS_COLOUR[stage.status],
                title: `${stage.name} ${stage.status}: ${stage.start.toFixed(1)} → ${stage.end.toFixed(1)} s${onPath ? ' (critical path)' : ''}`,
                stroke: onPath,
            }));
            after(stage.end, `${stage.seconds.toFixed(1)} s`);
        }
        row++;
        if (stage.boot && stage.boot.spans.length > 0) {
            label('└ boot phases', ' class="t"');
            for (const span of stage.boot.spans) {
                const seconds = span.end - span.start;
                parts.push(bar({
                    x: x(stage.start + span.start),
                    width: seconds * scale,
                    y: rowY(),
                    fill: span.kind === 'host' ? HOST_COLOUR : (PHASE_COLOUR[span.name] ?? '#57606a'),
                    title: `${span.name} (${span.kind === 'host' ? 'osimg on the host' : 'the guest'}): ${seconds.toFixed(1)} s`,
                    label: span.name,
                }));
            }
            row++;
        }
    }
    const axisY = TOP + row * ROW + 4;
    const step = tickStep(total);
    parts.push(`<line x1="${LABEL}" y1="${axisY}" x2="${fmt(x(total))}" y2="${axisY}" stroke="#57606a"/>`);
    for (let tick = 0; tick <= total + 1e-9; tick += step) {
        parts.push(`<line x1="${fmt(x(tick))}" y1="${TOP - 4}" x2="${fmt(x(tick))}" y2="${axisY + 4}" stroke="#d0d7de" stroke-dasharray="${tick === 0 ? '0' : '3 3'}"/>`, `<text x="${fmt(x(tick))}" y="${axisY + 18}" text-anchor="middle" class="t">${tick} s</text>`);
    }
    // The legend names only what is drawn, wrapping to a second line when it must.
    const used = new Set(report.stages.flatMap((stage) => (stage.boot?.spans ?? []).map((span) => span.name)));
    const statuses = new Set(report.stages.map((stage) => stage.status));
    const legend = [
        ...['passed', 'failed']
            .filter((status) => statuses.has(status))
            .map((status) => [status, STATUS_COLOUR[status], false]),
        ['critical path', '#ffffff', true],
        ['osimg on the host', HOST_COLOUR, false],
        ...Object.entries(PHASE_COLOUR)
            .filter(([name]) => used.has(name))
            .map(([name, colour]) => [name, colour, false]),
    ];
    let legendX = LABEL;
    let legendY = axisY + 40;
    for (const [name, colour, outlined] of legend) {
        const width = 19 + name.length * 6.5 + 16;
        if (legendX + width > WIDTH) {
            legendX = LABEL;
            legendY += 20;
        }
        const stroke = outlined ? ' stroke="#1f2328" stroke-width="2.5"' : '';
        parts.push(`<rect x="${legendX}" y="${legendY - 10}" width="14" height="12" rx="2" fill="${colour}"${stroke}/>`, `<text x="${legendX + 19}" y="${legendY}" class="t">${(0,values/* escapeHtml */.ZD)(name)}</text>`);
        legendX += width;
    }
    const height = legendY + 12;
    return `<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-label="Timeline of the run: stages on a time axis, the critical path outlined">
<style>text{font:12px system-ui,sans-serif;fill:#1f2328}.t{fill:#57606a;font-size:11px}.in{fill:#fff;font-size:11px}</style>
${parts.join('\n')}
</svg>`;
}

;// CONCATENATED MODULE: ./src/pipeline/report.ts
/**
 * The pipeline's report: Markdown (for a terminal, a PR comment or a job summary) and one self-contained
 * HTML page (inline CSS and SVG, no scripts, no external requests) with the same tables and columns; the
 * HTML adds a timeline. Result marks are text from basic fonts (Markdown) or inline SVG (HTML), never
 * emoji, so they render where no emoji font is installed.
 */



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
/** The stage table's columns, in both renderings. */
const STAGE_COLUMNS = ['Stage', 'Result', 'Start', 'Time', 'Share', 'Tools', 'Details'];
const NUMERIC = new Set(['Start', 'Time', 'Share', 'Tools', 'Seconds', 'systemd']);
const TEXT_MARK = { passed: '✓', failed: '✗', skipped: '–' };
const SVG_MARK = {
    passed: '<svg class="mark" viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="8" fill="#1a7f37"/><path d="M4.5 8.2l2.3 2.3 4.7-4.8" stroke="#fff" stroke-width="2" fill="none"/></svg>',
    failed: '<svg class="mark" viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="8" fill="#cf222e"/><path d="M5.2 5.2l5.6 5.6M10.8 5.2l-5.6 5.6" stroke="#fff" stroke-width="2"/></svg>',
    skipped: '<svg class="mark" viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="7" fill="none" stroke="#8c959f" stroke-width="2"/><path d="M4.5 8h7" stroke="#8c959f" stroke-width="2"/></svg>',
};
const s = (seconds) => `${seconds.toFixed(1)} s`;
const percent = (part, total) => (total > 0 ? `${Math.round((part / total) * 100)}%` : '–');
function stageTable(report) {
    const shares = stageShares(report);
    const path = new Set(criticalPath(report));
    return {
        title: 'Stages',
        intro: 'Start is seconds after the command started. Stages overlap, so Share is the part of the run each stage is given once overlap is counted once (the stage on the critical path, marked *, takes the overlapping time); the shares and the rest of the run add up to 100% below.',
        columns: STAGE_COLUMNS,
        rows: report.stages.map((stage) => ({
            status: stage.status,
            cells: [
                `${stage.name}${path.has(stage.name) ? ' *' : ''}`,
                stage.status,
                stage.status === 'skipped' ? '' : s(stage.start),
                stage.status === 'skipped' ? '' : s(stage.seconds),
                stage.status === 'skipped'
                    ? ''
                    : percent((shares.get(stage.name) ?? 0) * report.seconds, report.seconds),
                stage.status === 'skipped' ? '' : s(stage.toolSeconds),
                stage.summary,
            ],
            details: stage.checks,
        })),
    };
}
function accountTable(report) {
    const rows = accountFor(report);
    const sum = rows.reduce((total, row) => total + row.seconds, 0);
    const what = {
        phase: "osimg's own work",
        critical: 'stage on the critical path',
        stage: 'stage (nothing on the critical path ran)',
        gap: 'scheduling between stages',
    };
    return {
        title: 'Where the time went',
        intro: `Every second of the command's ${s(report.seconds)}, given to one thing each; ${s(report.toolSeconds)} of it inside the wrapped tools (buildah, mkfs, qemu, …).`,
        columns: ['Part', 'What', 'Seconds', 'Share'],
        rows: [
            // Parts under 50 ms are shown only through the total (they are in report.json).
            ...rows
                .filter((row) => row.seconds >= 0.05)
                .map((row) => ({
                cells: [row.name, what[row.kind], s(row.seconds), percent(row.seconds, report.seconds)],
            })),
            { cells: ['total', 'the command, start to end', s(sum), percent(sum, report.seconds)] },
        ],
    };
}
function bootTable(report) {
    const stage = report.stages.find((entry) => entry.boot && entry.boot.spans.length > 0);
    if (!stage?.boot)
        return undefined;
    const guest = stage.boot.guest;
    const own = guest ? { ...guest } : {};
    return {
        title: 'Boot time, broken down',
        intro: 'Seconds from the boot test’s start. Guest phases begin at their first line on the serial console (firmware with qemu itself); systemd is what the guest measured itself (systemd-analyze’s figures; the firmware and loader only when the boot loader tells systemd).',
        columns: ['Phase', 'Where', 'Start', 'Seconds', 'systemd'],
        rows: stage.boot.spans.map((span) => ({
            cells: [
                span.name,
                span.kind === 'host' ? 'host (osimg)' : span.kind === 'guest' ? 'guest' : 'host probes, guest facts',
                s(span.start),
                s(span.end - span.start),
                own[span.name] === undefined ? '' : s(own[span.name]),
            ],
        })),
    };
}
function tables(report) {
    return [stageTable(report), accountTable(report), bootTable(report)].filter((table) => !!table);
}
function intro(report) {
    const path = criticalPath(report);
    return `Started ${report.started}; ${s(report.seconds)} in all (the whole command, start-up to report). Critical path: ${path.join(' → ') || 'none'}.`;
}
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
function renderMarkdown(report, title) {
    const lines = [`# ${title}: ${report.passed ? 'passed' : 'FAILED'}`, '', intro(report)];
    for (const note of report.notes)
        lines.push('', `> ${note}`);
    for (const table of tables(report)) {
        lines.push('', `## ${table.title}`, '');
        if (table.intro)
            lines.push(table.intro, '');
        lines.push(`| ${table.columns.join(' | ')} |`);
        lines.push(`| ${table.columns.map((name) => (NUMERIC.has(name) ? '---:' : '---')).join(' | ')} |`);
        for (const row of table.rows) {
            const cells = [...row.cells];
            if (row.status)
                cells[1] = `${TEXT_MARK[row.status]} ${cells[1]}`;
            if (row.details?.length)
                cells[cells.length - 1] += `: ${row.details.join('; ')}`;
            lines.push(`| ${cells.map(cell).join(' | ')} |`);
        }
    }
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
const STYLE = `body{font:15px/1.5 system-ui,"DejaVu Sans",sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1f2328}
h1 .passed{color:#1a7f37}h1 .failed{color:#cf222e}h2{margin-top:2rem;border-bottom:1px solid #d0d7de}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #d0d7de;padding:.35rem .6rem;text-align:left;vertical-align:top}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}tr.failed td{background:#ffebe9}
tr.skipped td{color:#656d76}table.stages td:nth-child(-n+2){white-space:nowrap}tr:last-child td{font-weight:600}table.stages tr:last-child td{font-weight:400}
.mark{width:1em;height:1em;vertical-align:-.15em;margin-right:.3em}ul{margin:.2rem 0 0;padding-left:1.2rem;font-size:13px}
.note{background:#fff8c5;border:1px solid #d4a72c;border-radius:6px;padding:.5rem .8rem}.intro{color:#57606a;font-size:13px}
code{font:13px ui-monospace,"DejaVu Sans Mono",monospace;word-break:break-all}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}
dt{font-weight:600}svg.timeline{display:block;margin:1rem 0;max-width:100%}`;
function htmlTable(table, className) {
    const head = table.columns
        .map((name) => `<th${NUMERIC.has(name) ? ' class="num"' : ''}>${(0,values/* escapeHtml */.ZD)(name)}</th>`)
        .join('');
    const body = table.rows
        .map((row) => {
        const cells = row.cells.map((text, index) => {
            const name = table.columns[index];
            let html = (0,values/* escapeHtml */.ZD)(text);
            if (row.status && index === 1)
                html = `${SVG_MARK[row.status]}${html}`;
            if (row.details?.length && index === row.cells.length - 1)
                html += `<ul>${row.details.map((item) => `<li>${(0,values/* escapeHtml */.ZD)(item)}</li>`).join('')}</ul>`;
            return `<td${NUMERIC.has(name) ? ' class="num"' : ''}>${html}</td>`;
        });
        return `<tr${row.status ? ` class="${row.status}"` : ''}>${cells.join('')}</tr>`;
    })
        .join('\n');
    return `<h2>${(0,values/* escapeHtml */.ZD)(table.title)}</h2>${table.intro ? `<p class="intro">${(0,values/* escapeHtml */.ZD)(table.intro)}</p>` : ''}
<table class="${className}"><thead><tr>${head}</tr></thead><tbody>
${body}
</tbody></table>`;
}
function renderHtml(report, title) {
    const outputs = report.stages
        .filter((stage) => Object.keys(stage.outputs).length > 0)
        .map((stage) => `<h3>${(0,values/* escapeHtml */.ZD)(stage.name)}</h3><dl>${Object.entries(stage.outputs)
        .map(([name, value]) => `<dt>${(0,values/* escapeHtml */.ZD)(name)}</dt><dd><code>${(0,values/* escapeHtml */.ZD)(value)}</code></dd>`)
        .join('')}</dl>`)
        .join('\n');
    const status = report.passed ? 'passed' : 'failed';
    const [stages, ...rest] = tables(report);
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${(0,values/* escapeHtml */.ZD)(title)}: ${status}</title><style>${STYLE}</style></head>
<body><h1>${(0,values/* escapeHtml */.ZD)(title)}: <span class="${status}">${status}</span></h1>
<p>${(0,values/* escapeHtml */.ZD)(intro(report))}</p>
${report.notes.map((note) => `<p class="note">${(0,values/* escapeHtml */.ZD)(note)}</p>`).join('\n')}
${renderTimeline(report)}
${htmlTable(stages, 'stages')}
${rest.map((table) => htmlTable(table, 'parts')).join('\n')}
${outputs ? `<h2>Outputs</h2>\n${outputs}` : ''}
</body></html>
`;
}

;// CONCATENATED MODULE: ./src/pipeline/side-work.ts
/**
 * Side work of the pipeline (signing with its SBOM extraction and hashing, verifying) runs beside the
 * boot test, whose VM is emulated in software (TCG) and needs every cycle of its core. Nice is per
 * process (per thread on Linux, and a process cannot raise it back), so side work runs as an osimg child
 * process at the lowest CPU priority: on a busy machine it takes only the cycles the critical path leaves.
 */


/** The lowest CPU priority: the scheduler gives such a process about 1.5% of a core that is contended. */
const SIDE_WORK_NICE = 19;
/**
 * Runs `osimg ARGS` as a child at low priority: `self` is how this osimg was started (the node binary,
 * its flags and the CLI entry). Stdout is the result; each stderr line goes to `onLine`. The environment
 * (with the key's passphrase) goes to this child only, never its arguments.
 */
async function runSideCommand(self, args, options) {
    const [program, ...rest] = self;
    if (!program)
        throw new errors/* OsimgError */.ec('no command to start osimg again was given');
    try {
        const result = await (0,exec/* exec */.m0)('nice', ['-n', String(SIDE_WORK_NICE), program, ...rest, ...args], {
            cwd: options.cwd,
            env: options.env,
            onStderrLine: (line) => {
                if (line.trim())
                    options.onLine(line);
            },
            // osimg's own work, not an external tool's: the report must not count it as tool time.
            background: true,
        });
        return result.stdout;
    }
    catch (error) {
        if (!(error instanceof errors/* CommandError */.Qd))
            throw error;
        const last = error.stderrTail.at(-1)?.replace(/^osimg[^:]*:\s*/, '');
        throw new errors/* OsimgError */.ec(last || `osimg ${args[0] ?? ''} ${error.message}`, { cause: error });
    }
}

;// CONCATENATED MODULE: ./src/pipeline/session.ts
/** What both front ends of the pipeline (`osimg pipeline`, the all-in-one action) share: how a stage runs an osimg command, and the report files. */









/** An in-process osimg command that exited non-zero; `stdout` is what it printed (a --json report). */
class CommandFailure extends errors/* OsimgError */.ec {
    stdout;
    constructor(message, stdout) {
        super(message);
        this.stdout = stdout;
    }
}
/**
 * An osimg command run in this process: stdout is its result, each stderr line goes to `onLine` with the
 * command's name (stages run side by side, so lines say whose they are). Side work runs as a child at low
 * CPU priority when `self` says how to start osimg again (see side-work.ts); in this process otherwise.
 */
function commandInvoker(main, cwd, env, onLine, self) {
    return async (args, options) => {
        if (options?.side && self)
            return runSideCommand(self, args, { cwd, env, onLine: (line) => onLine(line, args[0] ?? '') });
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
            throw new CommandFailure(lastLine.replace(/^osimg[^:]*:\s*/, '') || `osimg ${args[0]} exited with code ${code}`, stdout);
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
    // The surface stage's section (docs/surface.md), when it ran, follows the stages.
    const surface = await surfaceSection(dir);
    await (0,scratch_files/* writeFileAtomically */.lo)(files.markdown, renderMarkdown(report, title) + surface.markdown);
    await (0,scratch_files/* writeFileAtomically */.lo)(files.html, withSection(renderHtml(report, title), surface.html));
    await (0,scratch_files/* writeFileAtomically */.lo)(files.json, `${JSON.stringify(report, null, 2)}\n`);
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

;// CONCATENATED MODULE: ./src/pipeline/surface-stage.ts
/**
 * The pipeline's surface stage: `osimg surface` on the built digest with what the boot exposed, the
 * policy's budgets as a gate (before promote), and what changed since the channel tag's current digest.
 * It writes surface.json, surface.md and surface.html, which the pipeline report includes.
 */

function surfaceStage(options, invoke, state) {
    const out = (name) => (0,external_node_path_.join)(options.outputDir, name);
    return {
        name: 'surface',
        after: ['boot-test'],
        skip: options.skip.has('surface') ? 'skipped (--skip surface)' : undefined,
        run: async () => {
            const { ref, cmdline, booted } = state();
            const args = ['surface', ref, '--output', out('surface.json'), '--markdown', out('surface.md')];
            args.push('--html', out('surface.html'));
            if (booted)
                args.push('--boot-report', out('boot-test.json'));
            if (cmdline)
                args.push('--cmdline', cmdline);
            if (options.channel)
                args.push('--previous', `${options.image}:${options.channel}`);
            if (options.policy)
                args.push('--policy', options.policy, '--sarif', out('surface.sarif'));
            await invoke(args);
            return {
                summary: options.policy ? 'within the policy budgets' : 'reported (no policy budgets)',
                outputs: { report: out('surface.json') },
            };
        },
    };
}

;// CONCATENATED MODULE: ./src/pipeline/plan.ts
/**
 * The pipeline's stages (`osimg pipeline` and the all-in-one action), each one an osimg command run
 * in-process (the same modules as the other actions and the CLI), handing off by digest:
 *
 *   lint → build (push by digest) → scan ─┬─ disk → boot-test ──────────────────────┬─ promote
 *                                         └─ sign (+ SBOM, provenance) → verify ───┘
 *
 * Signing runs while the VM boots (and, when side work runs at low CPU priority, while the disk is made
 * too); the channel tag moves last, only for a verified digest that booted.
 */







const STAGES = (/* unused pure expression or super */ null && ([
    'lint',
    'build',
    'scan',
    'sign',
    'verify',
    'disk',
    'boot-test',
    'surface',
    'promote',
]));
/** What verify and promote insist on: the attestations the sign stage made. */
const requiredAttestations = ['--require-attestation', 'slsaprovenance', '--require-attestation', 'spdxjson'];
const SKIPPABLE = ['lint', 'scan', 'disk', 'boot-test', 'surface'];
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
    let cmdline = '';
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
                for (const arg of options.buildArgs ?? [])
                    args.push('--build-arg', arg);
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
                for (const arg of options.buildArgs ?? [])
                    args.push('--build-arg', arg);
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
                    summary: `gate passed; ${result.total} findings in all`,
                    outputs: { report: out('scan.json') },
                };
            },
        },
        {
            name: 'sign',
            // Signing needs the built digest and a passed scan gate. At low priority it runs beside the disk
            // and the boot test, taking only the cycles they leave; in this process it waits for the disk so the
            // two do not share the CPU, and runs while the VM boots.
            after: options.lowPrioritySideWork ? ['scan'] : ['disk'],
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
                ], { side: true });
                return {
                    summary: 'signed (cosign .sig and Sigstore bundle), SLSA provenance and SPDX SBOM attested',
                    outputs: { 'signed-ref': ref, sbom },
                };
            },
        },
        {
            name: 'verify',
            run: async () => {
                await invoke(['verify', ref, '--key', options.key.publicKey, ...requiredAttestations], {
                    side: true,
                });
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
                cmdline = result.cmdline;
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
                if (options.verbose)
                    args.push('--verbose');
                args.push(...(options.bootTestArgs ?? []));
                const details = (report) => ({
                    outputs: { 'console-log': out('console.log'), report: out('boot-test.json') },
                    checks: report.results.map((check) => `${check.passed ? 'passed' : 'FAILED'}: ${check.name} (${check.detail})`),
                    boot: report.timing,
                });
                let stdout;
                try {
                    stdout = await invoke(args);
                }
                catch (error) {
                    // A failed boot still printed its report: keep its checks and timing for the pipeline's report.
                    const printed = error instanceof CommandFailure ? error.stdout : '';
                    if (!printed.trim().startsWith('{'))
                        throw error;
                    throw new StageFailure(error.message, details(json(printed, 'boot-test')));
                }
                const result = json(stdout, 'boot-test');
                await (0,scratch_files/* writeFileAtomically */.lo)(out('boot-test.json'), stdout); // the surface stage reads the guest facts
                return {
                    summary: `booted${result.bootSeconds !== undefined ? ` in ${result.bootSeconds.toFixed(1)} s` : ''}; ${result.results.length} checks passed`,
                    ...details(result),
                };
            },
        },
        surfaceStage(options, invoke, () => ({ ref, cmdline, booted: (0,external_node_fs_.existsSync)(out('boot-test.json')) })),
        {
            name: 'promote',
            after: ['verify', 'surface'],
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
// EXTERNAL MODULE: ./src/net.ts
var net = __webpack_require__(88316);
;// CONCATENATED MODULE: ./src/pipeline/local-registry.ts
/**
 * A throwaway OCI registry on loopback for a local pipeline run: the distribution registry (Debian's
 * `docker-registry`, upstream's `registry`) with its storage in a temp directory, stopped and removed
 * after the run.
 */









async function moveDir(from, to) {
    await (0,promises_.rm)(to, { recursive: true, force: true });
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(to), { recursive: true });
    try {
        await (0,promises_.rename)(from, to);
    }
    catch (error) {
        if (error.code !== 'EXDEV')
            throw error;
        await (0,promises_.cp)(from, to, { recursive: true });
    }
}
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
    const dir = (await (0,scratch_files/* makeScratch */.lP)((0,external_node_os_.tmpdir)(), 'osimg-pipeline-registry-')).path;
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
    const stop = async (options = {}) => {
        abort.abort();
        await exited;
        try {
            if (options.keep)
                await moveDir((0,external_node_path_.join)(dir, 'data'), options.keep);
        }
        finally {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        }
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

// EXTERNAL MODULE: ./src/cli/main.ts + 1 modules
var main = __webpack_require__(80032);
// EXTERNAL MODULE: ./src/cli/sign.ts + 3 modules
var sign = __webpack_require__(8707);
;// CONCATENATED MODULE: ./src/cli/pipeline.ts
/**
 * `osimg pipeline [PATH]`: the whole image pipeline on a laptop with embedded defaults: a registry on
 * loopback started for the run, an ephemeral signing key, then lint → build → scan → sign → verify →
 * disk → boot-test → promote, with progress per stage and a Markdown + HTML report at the end.
 */















const PIPELINE_HELP = `Usage: osimg pipeline [PATH] [options]

Runs the image pipeline locally, as the reusable workflow does in CI: lint, build (pushed by digest),
scan, sign with SBOM/provenance, verify, disk, boot-test, and promote to a channel tag. Ends with
report.md and report.html in the output directory. PATH is the build context with the Containerfile
(default: .). With the run's own registry, the image stays in buildah's local storage afterwards as
localhost/osimg-pipeline/<name of PATH>:<tag>.

Options:
      --image NAME           repository for the image (default: REGISTRY/local/<name of PATH>)
      --registry HOST        use this registry (default: start one on 127.0.0.1 for the run)
      --tag TAG              tag the build pushes (default: pipeline)
      --channel TAG          channel tag promote moves to the verified digest (default: stable)
  -f, --file PATH            Containerfile (default: PATH/Containerfile)
      --build-arg K=V        build argument (repeatable), e.g. --build-arg BASE=registry/base@sha256:…
  -o, --output-dir DIR       reports, SARIF, disk and console log (default: osimg-pipeline)
      --policy FILE          ops policy for lint (default: PATH/osimg-policy.yml when it exists)
      --scan-report FILE     judge this trivy JSON report instead of running trivy (offline machines)
      --key FILE             sign with this key (passphrase in OSIMG_KEY_PASSWORD; default: an ephemeral key)
      --root-filesystem FS   ext4 (default), erofs or initramfs, for the disk
      --kernel-args ARGS     kernel command line for the disk
      --boot-timeout SECONDS overall boot-test deadline
      --expect REGEX, --http 'PORT PATH STATUS [BODY]', --tcp PORT, --unit UNIT, --no-failed-units BOOL
                             the boot test's assertions, as osimg boot-test takes them (repeatable; an
                             image with no systemd needs --no-failed-units false and its own --expect)
      --skip STAGE           skip lint, scan, disk or boot-test (repeatable)
      --storage-driver NAME, --root DIR, --runroot DIR   buildah storage for build and disk
  -v, --verbose              show the VM's console live (it is always kept in OUTPUT/console.log)
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
            'build-arg': { type: 'string', multiple: true },
            'output-dir': { type: 'string', short: 'o' },
            policy: { type: 'string' },
            'scan-report': { type: 'string' },
            key: { type: 'string' },
            'root-filesystem': { type: 'string' },
            'kernel-args': { type: 'string' },
            'boot-timeout': { type: 'string' },
            expect: { type: 'string', multiple: true },
            http: { type: 'string', multiple: true },
            tcp: { type: 'string', multiple: true },
            unit: { type: 'string', multiple: true },
            'no-failed-units': { type: 'string' },
            skip: { type: 'string', multiple: true },
            'storage-driver': { type: 'string' },
            root: { type: 'string' },
            runroot: { type: 'string' },
            verbose: { type: 'boolean', short: 'v' },
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
    const storageOptions = {
        driver: values['storage-driver'],
        root: values.root,
        runroot: values.runroot,
    };
    // The report's time axis starts with the process (node's start-up and module loading count too).
    const clock = new CommandClock(context.startedAt ?? Date.now());
    clock.record('start-up', clock.origin);
    await (0,promises_.mkdir)(outputDir, { recursive: true });
    const scratch = (await (0,scratch_files/* makeScratch */.lP)((0,external_node_os_.tmpdir)(), 'osimg-pipeline-')).path;
    let registry;
    let report;
    let title = 'osimg pipeline';
    const say = (line) => context.stderr(`osimg pipeline: ${line}\n`);
    try {
        const env = { ...context.env };
        const keyFile = values.key
            ? { pem: await (0,sign/* readText */.yR)((0,external_node_path_.resolve)(context.cwd, values.key), 'the key', 'key'), name: values.key }
            : undefined;
        const key = await clock.time(keyFile ? 'signing key' : 'signing key (new)', () => signingKeyFiles(scratch, env, keyFile));
        if (!values.registry) {
            registry = await clock.time('registry start', () => startLocalRegistry());
            say(`registry for this run on ${registry.address}`);
        }
        const registryHost = values.registry ?? registry.address;
        const name = (0,external_node_path_.basename)(contextDir)
            .toLowerCase()
            .replace(/[^a-z0-9._-]+/g, '-') || 'image';
        const image = values.image ?? `${registryHost}/local/${name}`;
        title = `osimg pipeline: ${image}`;
        const policyDefault = (0,external_node_path_.join)(contextDir, 'osimg-policy.yml');
        const plan = pipelinePlan({
            context: contextDir,
            containerfile: values.file ? (0,external_node_path_.resolve)(context.cwd, values.file) : undefined,
            buildArgs: values['build-arg'] ?? [],
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
            bootTestArgs: [
                ...(values.expect ?? []).flatMap((pattern) => ['--expect', pattern]),
                ...(values.http ?? []).flatMap((probe) => ['--http', probe]),
                ...(values.tcp ?? []).flatMap((port) => ['--tcp', port]),
                ...(values.unit ?? []).flatMap((unit) => ['--unit', unit]),
                ...(values['no-failed-units'] ? ['--no-failed-units', values['no-failed-units']] : []),
            ],
            storage,
            skip,
            lowPrioritySideWork: context.self !== undefined,
            verbose: values.verbose,
        }, commandInvoker(main/* main */.i, context.cwd, env, (line, command) => context.stderr(`  ${command} │ ${line}\n`), context.self));
        report = await runStages(plan, {
            origin: clock.origin,
            onStart: (stage, index, total) => {
                context.stderr(`[${index + 1}/${total}] ${stage.name}\n`);
            },
            onEnd: (result, index, total) => {
                const mark = { passed: '✓', failed: '✗', skipped: '-' }[result.status];
                context.stderr(`[${index + 1}/${total}] ${mark} ${result.name} (${result.seconds.toFixed(1)} s): ${result.summary}\n`);
            },
        });
        if (registry) {
            // The refs in the report name this registry, which ends with the run: keep what it holds.
            const tag = values.tag ?? 'pipeline';
            const local = report.stages.some((stage) => stage.name === 'build' && stage.status === 'passed')
                ? await clock.time('local image name', () => keepLocally({
                    local: `${image}:${tag}`,
                    kept: `localhost/osimg-pipeline/${image.split('/').at(-1)}:${tag}`,
                }, storageOptions, context))
                : undefined;
            const kept = (0,external_node_path_.join)(outputDir, 'registry');
            const running = registry;
            registry = undefined;
            await clock.time('registry stop (content kept)', () => running.stop({ keep: kept }));
            report.notes.push(`The registry ${running.address} was started for this run and is stopped now, so the refs below no longer resolve there. ` +
                `Everything pushed to it (the image, its signatures and attestations) is kept in ${kept}: serve it again with ` +
                `docker-registry serve and storage.filesystem.rootdirectory: ${kept}, or pass --registry HOST to push to a lasting registry.` +
                (local ? ` The image is also in buildah's local storage as ${local}.` : ''));
        }
        await clock.time('clean up', () => (0,promises_.rm)(scratch, { recursive: true, force: true }));
    }
    finally {
        await registry?.stop();
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
    // Everything up to here is on the report's axis; only writing the report itself (milliseconds) is not.
    report.phases = clock.spans;
    report.seconds = clock.at(Date.now());
    const files = await writeReports(report, title, outputDir);
    const own = outsideTools(report);
    say(`${report.passed ? 'passed' : 'FAILED'} in ${report.seconds.toFixed(1)} s (tools ${report.toolSeconds.toFixed(1)} s, osimg ${own.seconds.toFixed(1)} s); report: ${files.html}`);
    context.stdout(renderMarkdown(report, title));
    return report.passed ? 0 : 1;
}
/**
 * The build left the image in local storage under the run's registry address, whose port dies with the
 * run: move that name to a stable one, so runs do not pile up dead names and the image stays findable.
 */
async function keepLocally(built, storage, context) {
    try {
        await new buildah/* Buildah */.Oz(storage).rename(built.local, built.kept);
        context.stderr(`osimg pipeline: the run's registry was temporary; the image stays in local storage as ${built.kept}\n`);
        return built.kept;
    }
    catch (error) {
        context.stderr(`osimg pipeline: could not rename the local image ${built.local}: ${(0,errors/* describeError */.Uc)(error)}\n`);
        return undefined;
    }
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


/***/ })

};
