/**
 * Pipeline benchmark (issue 9): `osimg pipeline` end to end on the example OS image (lint, build, sign,
 * verify, disk, boot-test, promote; scan is skipped because trivy cannot be downloaded on this machine),
 * each stage's share of the total, and the overhead two ways: the run's wall time outside every external
 * tool (buildah, mkfs, mtools, qemu, …, from the exec chokepoint's clock; osimg's own pushing, signing and
 * hashing count against it), judged on the 5%; and the pure orchestration (time in no stage).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../src/cli/main.js';
import type { PipelineReport } from '../src/pipeline/run.js';
import { outsideTools, overhead } from '../src/pipeline/report.js';
import { importDebianBase } from '../test/harness/bases.js';
import { createTestStorage, type TestStorage } from '../test/harness/storage.js';
import { ms, verdict, type Row } from './lib.js';

/** `osimg pipeline ARGS` in-process on a bench storage; throws with the end of its log when it fails. */
export async function runPipeline(storage: TestStorage, work: string, args: string[]): Promise<void> {
  let stderr = '';
  const storageArgs = [
    '--root',
    storage.root,
    '--runroot',
    storage.runroot,
    '--storage-driver',
    storage.driver,
  ];
  const code = await main(['pipeline', ...args, ...storageArgs], {
    cwd: work,
    env: { ...process.env, OSIMG_KEY_PASSWORD: undefined },
    stdout: () => undefined,
    stderr: (text) => (stderr += text),
    readStdin: async () => '',
  });
  if (code !== 0) throw new Error(`osimg pipeline ${args[0]} failed:\n${stderr.slice(-3000)}`);
}

export async function pipelineBench(): Promise<Row[]> {
  const storage = await createTestStorage();
  const work = await mkdtemp(join(tmpdir(), 'osimg-bench-pipeline-'));
  try {
    await importDebianBase(storage);
    await runPipeline(storage, work, [
      resolve('examples/debian-bootable-app'),
      '--skip',
      'scan',
      '-o',
      join(work, 'out'),
    ]);
    const report = JSON.parse(await readFile(join(work, 'out', 'report.json'), 'utf8')) as PipelineReport;
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
    rows.push({
      measure: 'pipeline overhead: total − external tools',
      osimg: ms(own.seconds * 1000),
      baseline: `total ${ms(report.seconds * 1000)}`,
      ratio: `${(own.share * 100).toFixed(1)}%`,
      target: '<= 5%',
      verdict: verdict(own.share, 0.05),
    });
    rows.push({
      measure: 'pipeline orchestration alone: total − stages',
      osimg: ms(glue.seconds * 1000),
      baseline: `total ${ms(report.seconds * 1000)}`,
      ratio: `${(glue.share * 100).toFixed(2)}%`,
      target: 'report',
      verdict: 'info',
    });
    return rows;
  } finally {
    await storage.cleanup();
    await rm(work, { recursive: true, force: true });
  }
}
