/**
 * Pipeline benchmark (issues 9 and 18): `osimg pipeline` end to end on the example OS image (lint, build,
 * sign, verify, disk, boot-test, promote; scan is skipped because trivy cannot be downloaded on this
 * machine), each stage's share of the total, and:
 * - its wall time against its critical path run alone: the chain lint → build → disk (stage times from
 *   the run, where nothing runs beside them) plus the same boot test run again alone right after;
 * - the boot-test stage inside the pipeline (signing and verifying beside it) against that boot alone;
 * - the overhead two ways: the run's wall time outside every external tool (buildah, mkfs, mtools, qemu,
 *   …, from the exec chokepoint's clock; osimg's own pushing, signing and hashing count against it),
 *   judged on issue 18's 3%; and the pure orchestration (time in no stage).
 * Side work runs as it does from the CLI: an osimg child at low priority (the CLI started through tsx).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../src/cli/main.js';
import type { PipelineReport } from '../src/pipeline/run.js';
import { outsideTools, overhead } from '../src/pipeline/report.js';
import { importDebianBase } from '../test/harness/bases.js';
import { OSIMG_FROM_SOURCE } from '../test/harness/osimg-cli.js';
import { createTestStorage, type TestStorage } from '../test/harness/storage.js';
import { bootPhaseRows, wallRow } from './accounting.js';
import { comparison, ms, verdict, type Row } from './lib.js';

function cliContext(cwd: string, onStderr: (text: string) => void) {
  return {
    cwd,
    env: { ...process.env, OSIMG_KEY_PASSWORD: undefined },
    stdout: () => undefined,
    stderr: onStderr,
    readStdin: async () => '',
    self: OSIMG_FROM_SOURCE,
  };
}

/** `osimg pipeline ARGS` in-process on a bench storage; its wall time in ms. Throws with the end of its log. */
export async function runPipeline(
  storage: TestStorage,
  work: string,
  args: string[],
  onStderr: (text: string) => void = () => undefined,
): Promise<number> {
  let stderr = '';
  const storageArgs = [
    '--root',
    storage.root,
    '--runroot',
    storage.runroot,
    '--storage-driver',
    storage.driver,
  ];
  const started = process.hrtime.bigint();
  const code = await main(
    ['pipeline', ...args, ...storageArgs],
    cliContext(work, (text) => {
      stderr += text;
      onStderr(text);
    }),
  );
  if (code !== 0) throw new Error(`osimg pipeline ${args[0]} failed:\n${stderr.slice(-3000)}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

export async function pipelineBench(): Promise<Row[]> {
  const storage = await createTestStorage();
  const work = await mkdtemp(join(tmpdir(), 'osimg-bench-pipeline-'));
  try {
    await importDebianBase(storage);
    let stderr = '';
    const wallMs = await runPipeline(
      storage,
      work,
      [resolve('examples/debian-bootable-app'), '--skip', 'scan', '-o', join(work, 'out')],
      (text) => (stderr += text),
    );
    const report = JSON.parse(await readFile(join(work, 'out', 'report.json'), 'utf8')) as PipelineReport;
    const stage = (name: string) => report.stages.find((entry) => entry.name === name)!;

    // The same boot alone, nothing beside it.
    const bootStarted = process.hrtime.bigint();
    const bootCode = await main(
      [
        'boot-test',
        '--disk',
        stage('disk').outputs.disk!,
        '--json',
        '--console-log',
        join(work, 'alone-console.log'),
      ],
      cliContext(work, (text) => (stderr += text)),
    );
    const bootAloneMs = Number(process.hrtime.bigint() - bootStarted) / 1e6;
    if (bootCode !== 0) throw new Error(`osimg boot-test alone failed:\n${stderr.slice(-3000)}`);
    const chainMs = ['lint', 'build', 'disk'].reduce((sum, name) => sum + stage(name).seconds * 1000, 0);
    const criticalMs = chainMs + bootAloneMs;
    const glue = overhead(report);
    const own = outsideTools(report);
    const rows: Row[] = report.stages
      .filter((stage) => stage.status === 'passed')
      .map((stage) => ({
        measure: `pipeline stage ${stage.name}`,
        osimg: ms(stage.seconds * 1000),
        baseline: `tools ${ms(stage.toolSeconds * 1000)}`,
        ratio: `${((stage.seconds / report.seconds) * 100).toFixed(1)}% of total`,
        target: 'report',
        verdict: 'info',
      }));
    rows.push({
      measure: 'osimg pipeline end to end (example, scan skipped)',
      osimg: ms(report.seconds * 1000),
      baseline: `tools ${ms(report.toolSeconds * 1000)}`,
      ratio: (report.seconds / report.toolSeconds).toFixed(3),
      target: 'report',
      verdict: 'info',
    });
    rows.push(
      comparison(
        'pipeline wall time / its critical path alone (lint+build+disk, boot-test alone)',
        wallMs,
        { label: 'critical path', ms: criticalMs },
        { ratio: 1.1 },
      ),
      comparison(
        'pipeline: boot-test stage (sign+verify beside it) / the same boot alone',
        stage('boot-test').seconds * 1000,
        { label: 'boot alone', ms: bootAloneMs },
        { ratio: 1.1 },
      ),
    );
    rows.push({
      measure: 'pipeline overhead: total − external tools',
      osimg: ms(own.seconds * 1000),
      baseline: `total ${ms(report.seconds * 1000)}`,
      ratio: `${(own.share * 100).toFixed(1)}%`,
      target: '<= 3%',
      verdict: verdict(own.share, 0.03),
    });
    rows.push({
      measure: 'pipeline orchestration alone: total − stages',
      osimg: ms(glue.seconds * 1000),
      baseline: `total ${ms(report.seconds * 1000)}`,
      ratio: `${(glue.share * 100).toFixed(2)}%`,
      target: 'report',
      verdict: 'info',
    });
    rows.push(wallRow('osimg pipeline: command wall / the report’s total', wallMs, report.seconds));
    const boot = report.stages.find((stage) => stage.boot)?.boot;
    if (boot) rows.push(...bootPhaseRows('pipeline boot-test time', boot));
    return rows;
  } finally {
    await storage.cleanup();
    await rm(work, { recursive: true, force: true });
  }
}
