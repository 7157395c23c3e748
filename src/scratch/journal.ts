/**
 * A per-run journal of what the run may leave behind (scratch, partial files, child process groups), so
 * that the next run can remove what a SIGKILLed run never could. One file per run, named by PID and the
 * process's start time (a reused PID is not mistaken for the dead run), in a directory only this user
 * can write.
 */
import { appendFileSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export type JournalEntry = { path: string } | { group: number };

/** Where run journals live: per user, private (0700, ours, not a symlink), or none at all. */
export function journalDir(base = tmpdir(), create = true): string | undefined {
  const uid = process.getuid?.() ?? 0;
  const dir = join(base, `osimg-runs-${uid}`);
  try {
    if (create) mkdirSync(dir, { recursive: true, mode: 0o700 });
    const info = lstatSync(dir);
    if (!info.isDirectory() || info.uid !== uid || (info.mode & 0o077) !== 0) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

/** The kernel's start time of a process (field 22 of /proc/PID/stat), or undefined if it is gone. */
export function processStartTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces and parentheses: count fields after its last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

export class RunJournal {
  private constructor(readonly file: string) {}

  static open(dir = journalDir()): RunJournal | undefined {
    if (!dir) return undefined;
    const started = processStartTime(process.pid) ?? '0';
    return new RunJournal(join(dir, `${process.pid}-${started}.jsonl`));
  }

  record(entry: JournalEntry): void {
    const line = `${JSON.stringify(entry)}\n`;
    try {
      appendFileSync(this.file, line, { mode: 0o600 });
    } catch {
      // Another run removed the (then empty) directory at its exit: make it again, once.
      if (journalDir(dirname(dirname(this.file))) !== dirname(this.file)) return;
      try {
        appendFileSync(this.file, line, { mode: 0o600 });
      } catch {
        // The journal only helps a later run; the work itself does not depend on it.
      }
    }
  }

  /** The run ended cleanly: its journal goes, and the directory too when no other run is using it. */
  close(): void {
    rmSync(this.file, { force: true });
    try {
      rmdirSync(dirname(this.file));
    } catch {
      // Not empty: other runs are journaling.
    }
  }
}

export interface SweepResult {
  runs: number;
  paths: number;
  groups: number;
}

/** Removes what dead runs recorded: their paths, and any process group of theirs still alive. */
export function sweepDeadRuns(dir = journalDir(tmpdir(), false)): SweepResult {
  const result: SweepResult = { runs: 0, paths: 0, groups: 0 };
  if (!dir) return result;
  for (const name of readdirSync(dir)) {
    const match = /^(\d+)-(\d+)\.jsonl$/.exec(name);
    if (!match || processStartTime(Number(match[1])) === match[2]) continue;
    const file = join(dir, name);
    for (const entry of readEntries(file)) {
      if ('path' in entry) {
        rmSync(entry.path, { recursive: true, force: true, maxRetries: 2 });
        result.paths++;
      } else if (killGroup(entry.group)) {
        result.groups++;
      }
    }
    rmSync(file, { force: true });
    result.runs++;
  }
  try {
    rmdirSync(dir);
  } catch {
    // Live runs are journaling.
  }
  return result;
}

function readEntries(file: string): JournalEntry[] {
  const entries: JournalEntry[] = [];
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return entries;
  }
  for (const line of text.split('\n')) {
    try {
      const value = JSON.parse(line) as Partial<{ path: unknown; group: unknown }>;
      if (typeof value.path === 'string' && value.path.startsWith('/')) entries.push({ path: value.path });
      else if (Number.isInteger(value.group) && (value.group as number) > 1) {
        entries.push({ group: value.group as number });
      }
    } catch {
      // A line cut short by the kill that ended the run.
    }
  }
  return entries;
}

/** SIGKILL to a whole process group; false if no such group exists. */
export function killGroup(group: number, signal: NodeJS.Signals = 'SIGKILL'): boolean {
  try {
    process.kill(-group, signal);
    return true;
  } catch {
    return false;
  }
}
