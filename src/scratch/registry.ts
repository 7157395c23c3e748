/**
 * The one list of what this process may leave behind: scratch directories, partial files, credential
 * files and child process groups. Whoever makes such a thing registers it here and releases it once it is
 * gone or has become a real output; the exit hook, the signal handlers and the next run's sweep (through
 * the journal) remove whatever is still listed.
 */
import { rmSync } from 'node:fs';
import { killGroup, RunJournal } from './journal.js';

const paths = new Set<string>();
const groups = new Set<number>();
let journal: RunJournal | undefined | null = null;
let exitHooked = false;

function currentJournal(): RunJournal | undefined {
  if (journal === null) journal = RunJournal.open();
  return journal;
}

function hookExit(): void {
  if (exitHooked) return;
  exitHooked = true;
  process.on('exit', removeLeftovers);
}

/** Registers a path (file or directory) to remove if the process ends before `release` is called. */
export function trackPath(path: string): () => void {
  hookExit();
  paths.add(path);
  currentJournal()?.record({ path });
  return () => void paths.delete(path);
}

/** Registers a child's process group (the child leads its own group) to kill if the process ends first. */
export function trackGroup(group: number): () => void {
  hookExit();
  groups.add(group);
  currentJournal()?.record({ group });
  return () => void groups.delete(group);
}

/** The process groups of children still running. */
export function liveGroups(): number[] {
  return [...groups];
}

/** Sends a signal to every registered child process group. */
export function signalGroups(signal: NodeJS.Signals): void {
  for (const group of groups) killGroup(group, signal);
}

/**
 * Kills every registered child group and removes every registered path, synchronously (it runs in the
 * 'exit' hook, where nothing asynchronous can). Then the run's journal goes: nothing is left to sweep.
 */
export function removeLeftovers(): void {
  for (const group of groups) killGroup(group, 'SIGKILL');
  groups.clear();
  for (const path of paths) {
    try {
      rmSync(path, { recursive: true, force: true, maxRetries: 2 });
    } catch {
      // Best effort at exit: the journal keeps the path for the next run's sweep.
      return;
    }
  }
  paths.clear();
  journal?.close();
}
