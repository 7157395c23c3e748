/**
 * Minimal image and attack surface (issue 17), side by side in one run: `osimg pipeline` on
 * examples/minimal-app (initramfs root, no systemd) and on examples/debian-bootable-app, both with the
 * same boot assertions (the service's console marker and HTTP on 8080) and scan skipped. From each run's
 * outputs: image content and compressed size, the raw disk's allocated bytes, time to the service's marker,
 * the whole pipeline, and the surface stage's extraction time. Then the budget gate over 200 generated
 * surface reports (files/s).
 */
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { formatMiB } from '../src/disk/layout.js';
import type { PipelineReport } from '../src/pipeline/run.js';
import { DEFAULT_POLICY, type Policy } from '../src/policy/types.js';
import { budgetSarif, evaluateBudgets } from '../src/surface/budget.js';
import type { SurfaceReport } from '../src/surface/model.js';
import { importDebianBase } from '../test/harness/bases.js';
import { createTestStorage, type TestStorage } from '../test/harness/storage.js';
import { ms, verdict, type Row } from './lib.js';
import { runPipeline } from './pipeline.js';

interface Measured {
  pipelineSeconds: number;
  bootSeconds: number;
  surface: SurfaceReport;
  diskAllocated: number;
}

async function measurePipeline(
  storage: TestStorage,
  work: string,
  example: string,
  marker: string,
  extra: string[],
): Promise<Measured> {
  const out = join(work, example);
  await runPipeline(storage, work, [
    resolve('examples', example),
    '--skip',
    'scan',
    '-o',
    out,
    '--expect',
    marker,
    '--http',
    '8080 / 200',
    ...extra,
  ]);
  const report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as PipelineReport;
  const boot = JSON.parse(await readFile(join(out, 'boot-test.json'), 'utf8')) as { bootSeconds: number };
  const surface = JSON.parse(await readFile(join(out, 'surface.json'), 'utf8')) as SurfaceReport;
  const disk = report.stages.find((stage) => stage.name === 'disk')!.outputs.disk!;
  const allocated = (await stat(disk)).blocks * 512;
  return {
    pipelineSeconds: report.seconds,
    bootSeconds: boot.bootSeconds,
    surface,
    diskAllocated: allocated,
  };
}

function infoRow(measure: string, osimg: string, baseline = '', ratio = ''): Row {
  return { measure, osimg, baseline, ratio, target: 'report', verdict: 'info' };
}

function ratioRow(
  measure: string,
  minimal: number,
  debian: number,
  target: number,
  show: (n: number) => string,
) {
  const ratio = minimal / debian;
  return {
    measure,
    osimg: show(minimal),
    baseline: `debian ${show(debian)}`,
    ratio: ratio.toFixed(3),
    target: `<= ${target.toFixed(3)}`,
    verdict: verdict(ratio, target),
  } satisfies Row;
}

/** The gate over `count` generated reports: read, parse, judge, SARIF; files per second. */
async function gateThroughput(work: string, sample: SurfaceReport, count = 200): Promise<number> {
  const dir = join(work, 'reports');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir);
  for (let index = 0; index < count; index++) {
    const report: SurfaceReport = {
      ...sample,
      image: {
        ...sample.image,
        image: `registry.example/app-${index}`,
        contentBytes: sample.image.contentBytes + index,
      },
      boot: { cmdline: 'rdinit=/sbin/init', listening: [8080, 8000 + (index % 5)] },
    };
    await writeFile(join(dir, `${index}.json`), JSON.stringify(report));
  }
  const policy: Policy = {
    ...DEFAULT_POLICY,
    budgets: [
      {
        maxImageBytes: 64 * 2 ** 20,
        forbiddenBinaries: ['sshd', 'package-manager', 'compiler'],
        maxSetuid: 0,
        allowedPorts: [8080],
      },
    ],
    exceptions: [
      { rule: 'SRF004', path: 'port/8001', justification: 'bench exception', expires: '2099-01-01' },
    ],
  };
  const started = process.hrtime.bigint();
  for (let index = 0; index < count; index++) {
    const report = JSON.parse(await readFile(join(dir, `${index}.json`), 'utf8')) as SurfaceReport;
    JSON.stringify(budgetSarif(evaluateBudgets(report, policy, { today: '2026-12-03' }), '0.1.0'));
  }
  return count / (Number(process.hrtime.bigint() - started) / 1e9);
}

export async function minimalBench(): Promise<Row[]> {
  const storage = await createTestStorage();
  const work = await mkdtemp(join(tmpdir(), 'osimg-bench-minimal-'));
  try {
    await importDebianBase(storage);
    const debian = await measurePipeline(storage, work, 'debian-bootable-app', 'osimg-example: ready', []);
    const minimal = await measurePipeline(storage, work, 'minimal-app', 'osimg-minimal: ready', [
      '--root-filesystem',
      'initramfs',
      '--no-failed-units',
      'false',
    ]);
    const mib = (bytes: number) => formatMiB(bytes);
    const seconds = (value: number) => ms(value * 1000);
    const gate = await gateThroughput(work, minimal.surface);
    return [
      ratioRow(
        'image content (minimal / debian)',
        minimal.surface.image.contentBytes,
        debian.surface.image.contentBytes,
        0.1,
        mib,
      ),
      ratioRow(
        'image compressed layers',
        minimal.surface.image.compressedBytes,
        debian.surface.image.compressedBytes,
        0.1,
        mib,
      ),
      ratioRow('raw disk allocated', minimal.diskAllocated, debian.diskAllocated, 0.1, mib),
      ratioRow('time to the service marker', minimal.bootSeconds, debian.bootSeconds, 1 / 3, seconds),
      ratioRow(
        'osimg pipeline end to end (scan skipped)',
        minimal.pipelineSeconds,
        debian.pipelineSeconds,
        0.5,
        seconds,
      ),
      infoRow(
        'surface extraction from layers (minimal / debian)',
        seconds(minimal.surface.image.extractionSeconds),
        `debian ${seconds(debian.surface.image.extractionSeconds)}`,
        (minimal.surface.image.extractionSeconds / debian.surface.image.extractionSeconds).toFixed(3),
      ),
      infoRow('surface gate over 200 generated reports', `${gate.toFixed(0)} files/s`),
    ];
  } finally {
    await storage.cleanup();
    await rm(work, { recursive: true, force: true });
  }
}
