/**
 * The owner of scratch and partial files: atomic writes, private scratch directories, and what happens to
 * them (and to children) on SIGTERM, SIGINT and SIGKILL, against real processes.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeScratch, writeAtomically, writeFileAtomically } from '../../../src/scratch/files.js';
import { journalDir, RunJournal, sweepDeadRuns } from '../../../src/scratch/journal.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'osimg-scratch-test-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Running (a zombie waiting for its new parent to reap it counts as gone). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

async function waitFor(check: () => boolean, ms = 3000): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return check();
}

describe('atomic writes', () => {
  it('writes the whole file and leaves no partial name', async () => {
    await writeFileAtomically(join(dir, 'out.json'), '{}\n');
    expect(await readFile(join(dir, 'out.json'), 'utf8')).toBe('{}\n');
    expect(await readdir(dir)).toEqual(['out.json']);
  });

  it('removes the partial when the writer fails, and keeps the old file', async () => {
    await writeFile(join(dir, 'out'), 'old');
    const failing = writeAtomically(join(dir, 'out'), async (partial) => {
      await writeFile(partial, 'half');
      throw new Error('disk on fire');
    });
    await expect(failing).rejects.toThrow('disk on fire');
    expect(await readdir(dir)).toEqual(['out']);
    expect(await readFile(join(dir, 'out'), 'utf8')).toBe('old');
  });

  it('creates the directory only when asked', async () => {
    await expect(writeFileAtomically(join(dir, 'a', 'b.txt'), 'x')).rejects.toThrow(
      `cannot write ${join(dir, 'a', 'b.txt')}: its directory does not exist; create it or choose another path`,
    );
    await writeFileAtomically(join(dir, 'a', 'b.txt'), 'x', { createDirectory: true });
    expect(await readFile(join(dir, 'a', 'b.txt'), 'utf8')).toBe('x');
  });

  it.skipIf(process.getuid?.() === 0)('says "permission denied" in one sentence', async () => {
    await chmod(dir, 0o500);
    await expect(writeFileAtomically(join(dir, 'x'), 'x')).rejects.toThrow(/permission denied/);
  });
});

describe('scratch directories', () => {
  it('are private and go away on remove', async () => {
    const scratch = await makeScratch(dir, 'work-');
    expect((await stat(scratch.path)).mode & 0o777).toBe(0o700);
    await writeFile(join(scratch.path, 'f'), 'x');
    await scratch.remove();
    expect(existsSync(scratch.path)).toBe(false);
  });
});

describe('the sweep of dead runs', () => {
  it('removes what a dead run recorded and leaves live runs alone', async () => {
    const journals = journalDir(dir)!;
    const leftover = join(dir, 'leftover');
    await mkdir(leftover);
    // PID 2**22+1 is above pid_max's ceiling: a run that cannot be alive.
    await writeFile(
      join(journals, `${2 ** 22 + 1}-123.jsonl`),
      `${JSON.stringify({ path: leftover })}\n{"pa`,
    );
    const live = RunJournal.open(journals)!;
    const kept = join(dir, 'kept');
    await mkdir(kept);
    live.record({ path: kept });
    expect(sweepDeadRuns(journals)).toEqual({ runs: 1, paths: 1, groups: 0 });
    expect(existsSync(leftover)).toBe(false);
    expect(existsSync(kept)).toBe(true);
    live.close();
    // The last run out removes the (empty) journal directory: nothing stays in TMPDIR.
    expect(existsSync(journals)).toBe(false);
  });

  it('refuses a journal directory that others can write', async () => {
    const shared = join(dir, `osimg-runs-${process.getuid?.() ?? 0}`);
    await mkdir(shared, { mode: 0o777 });
    await chmod(shared, 0o777);
    expect(journalDir(dir)).toBeUndefined();
  });
});

describe('interruptions of a guarded process (real signals)', () => {
  const VICTIM = join(import.meta.dirname, 'victim.ts');

  async function startVictim(env: Record<string, string> = {}) {
    const output = join(dir, 'out.raw');
    const child = spawn(process.execPath, ['--import', 'tsx', VICTIM, dir, output], {
      env: { ...process.env, TMPDIR: dir, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const made = await new Promise<{ scratch: string; partial: string; pids: string }>((resolve, reject) => {
      child.stdout.once('data', (chunk: Buffer) => resolve(JSON.parse(chunk.toString())));
      child.once('exit', () => reject(new Error(`victim exited early: ${stderr}`)));
    });
    const [shell, sleeper] = made.pids.split(' ').map(Number) as [number, number];
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    return { child, made, shell, sleeper, exited, stderr: () => stderr };
  }

  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)(
    '%s: exits %i promptly with no child, scratch or partial left',
    async (signal, code) => {
      const victim = await startVictim();
      expect(existsSync(victim.made.scratch) && existsSync(victim.made.partial)).toBe(true);
      const sent = Date.now();
      victim.child.kill(signal);
      expect(await victim.exited).toBe(code);
      // The target is 2 s (the handler's budget is 1.2 s); the bound is loose for a loaded machine.
      expect(Date.now() - sent).toBeLessThan(5000);
      expect(victim.stderr()).toContain(`osimg: interrupted by ${signal}: stopping and cleaning up`);
      expect(alive(victim.shell) || alive(victim.sleeper)).toBe(false);
      expect(existsSync(victim.made.scratch) || existsSync(victim.made.partial)).toBe(false);
      expect(existsSync(join(dir, 'out.raw'))).toBe(false);
    },
    30_000,
  );

  it('SIGKILL: the child dies with osimg (parent-death signal), the next run sweeps the files', async () => {
    const victim = await startVictim();
    victim.child.kill('SIGKILL');
    await victim.exited;
    expect(await waitFor(() => !alive(victim.shell))).toBe(true);
    // The grandchild is outside the parent-death signal; the sweep kills its process group.
    expect(existsSync(victim.made.scratch) && existsSync(victim.made.partial)).toBe(true);
    const swept = sweepDeadRuns(journalDir(dir));
    expect(swept.runs).toBe(1);
    expect(await waitFor(() => !alive(victim.sleeper))).toBe(true);
    expect(existsSync(victim.made.scratch) || existsSync(victim.made.partial)).toBe(false);
  }, 30_000);
});
