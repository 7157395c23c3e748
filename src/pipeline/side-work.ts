/**
 * Side work of the pipeline (signing with its SBOM extraction and hashing, verifying) runs beside the
 * boot test, whose VM is emulated in software (TCG) and needs every cycle of its core. Nice is per
 * process (per thread on Linux, and a process cannot raise it back), so side work runs as an osimg child
 * process at the lowest CPU priority: on a busy machine it takes only the cycles the critical path leaves.
 */
import { CommandError, OsimgError } from '../errors.js';
import { exec } from '../tools/exec.js';

/** The lowest CPU priority: the scheduler gives such a process about 1.5% of a core that is contended. */
export const SIDE_WORK_NICE = 19;

/**
 * Runs `osimg ARGS` as a child at low priority: `self` is how this osimg was started (the node binary,
 * its flags and the CLI entry). Stdout is the result; each stderr line goes to `onLine`. The environment
 * (with the key's passphrase) goes to this child only, never its arguments.
 */
export async function runSideCommand(
  self: readonly string[],
  args: readonly string[],
  options: {
    cwd: string;
    env: NodeJS.ProcessEnv;
    onLine: (line: string) => void;
  },
): Promise<string> {
  const [program, ...rest] = self;
  if (!program) throw new OsimgError('no command to start osimg again was given');
  try {
    const result = await exec('nice', ['-n', String(SIDE_WORK_NICE), program, ...rest, ...args], {
      cwd: options.cwd,
      env: options.env,
      onStderrLine: (line) => {
        if (line.trim()) options.onLine(line);
      },
      // osimg's own work, not an external tool's: the report must not count it as tool time.
      background: true,
    });
    return result.stdout;
  } catch (error) {
    if (!(error instanceof CommandError)) throw error;
    const last = error.stderrTail.at(-1)?.replace(/^osimg[^:]*:\s*/, '');
    throw new OsimgError(last || `osimg ${args[0] ?? ''} ${error.message}`, { cause: error });
  }
}
