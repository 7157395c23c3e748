/**
 * A stand-in osimg process for the interruption tests: guards itself like the CLI, makes a scratch
 * directory and a partial file, starts a child (and a grandchild), prints what it made, and waits.
 */
import { writeFile } from 'node:fs/promises';
import { exec } from '../../../src/tools/exec.js';
import { makeScratch, writeAtomically } from '../../../src/scratch/files.js';
import { guardProcess } from '../../../src/scratch/signals.js';

guardProcess((line) => process.stderr.write(`${line}\n`));
const [parent, output] = process.argv.slice(2) as [string, string];
const scratch = await makeScratch(parent, 'victim-');
void writeAtomically(output, async (partial) => {
  await writeFile(partial, 'half');
  const child = exec('/bin/sh', ['-c', 'sleep 60 & echo "$$ $!"; wait'], {
    onStdoutLine: (pids) =>
      process.stdout.write(`${JSON.stringify({ scratch: scratch.path, partial, pids })}\n`),
  });
  await child;
}).catch(() => undefined);
