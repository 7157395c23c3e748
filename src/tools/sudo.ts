/**
 * Running a tool as root through sudo when osimg itself is not root (GitHub's runners: passwordless sudo).
 * The environment a tool is given (e.g. REGISTRY_AUTH_FILE) crosses sudo's env_reset by name only: the
 * values stay in the environment, never on argv. sudo runs non-interactively: a password prompt would hang.
 */
import type { Exec } from './exec.js';

/** `exec` unchanged for root, else an Exec that runs every command as `sudo -n [--preserve-env=…] file …`. */
export function asRoot(exec: Exec, uid: number): Exec {
  if (uid === 0) return exec;
  return (file, args, options = {}) => {
    const keep = Object.keys(options.env ?? {}).filter((key) => options.env![key] !== undefined);
    return exec(
      'sudo',
      [
        '--non-interactive',
        ...(keep.length ? [`--preserve-env=${keep.join(',')}`] : []),
        '--',
        file,
        ...args,
      ],
      options,
    );
  };
}
