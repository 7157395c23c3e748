/**
 * The top-level wrapper of every action: whatever is thrown becomes one clear failure line, with the
 * failing command's last output lines in the log above it.
 */
import * as core from '@actions/core';
import { CommandError, describeError } from '../errors.js';
import { guardProcess, interrupted } from '../scratch/signals.js';

export async function runAction(main: () => Promise<void>): Promise<void> {
  guardProcess((line) => core.error(line));
  try {
    await main();
  } catch (error) {
    // A cancelled job: the signal handler reports it and exits; the errors it causes are noise.
    if (interrupted()) return;
    if (error instanceof CommandError && error.stderrTail.length > 0) {
      core.info(`Last output of ${error.command.split(' ')[0]}:`);
      for (const line of error.stderrTail) core.info(`  ${line}`);
    }
    core.setFailed(describeError(error));
  }
}
