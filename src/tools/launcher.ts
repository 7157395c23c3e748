/**
 * How exec starts a program so it cannot outlive osimg: through util-linux `setpriv --pdeathsig KILL`,
 * which asks the kernel to SIGKILL the child when osimg dies, however it dies (SIGKILL included). Where
 * setpriv is missing or too old, the program starts directly (the process group kill still applies).
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { delimiter, isAbsolute, join, resolve } from 'node:path';

export type Launch =
  | { file: string; args: string[] }
  /** `file` names a path that exists but cannot be executed. */
  | { notExecutable: true };

/** The executable `file` names (a path, or a name looked up on `path`), or undefined if there is none. */
export function resolveExecutable(file: string, path = '', cwd = '.'): string | undefined {
  const candidates = file.includes('/')
    ? [isAbsolute(file) ? file : resolve(cwd, file)]
    : path
        .split(delimiter)
        .filter((dir) => dir.length > 0)
        .map((dir) => join(dir, file));
  return candidates.find(isExecutableFile);
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

const setprivByPath = new Map<string, string | undefined>();

/** Runs `setpriv --help` (exec.ts owns process starts) and returns its output. */
export type HelpProbe = (setpriv: string) => string;

/** setpriv with --pdeathsig on this PATH, found once per PATH. */
function setpriv(path: string, probe: HelpProbe): string | undefined {
  if (!setprivByPath.has(path)) {
    const found = resolveExecutable('setpriv', path) ?? resolveExecutable('setpriv', '/usr/bin:/bin');
    setprivByPath.set(path, found && probe(found).includes('--pdeathsig') ? found : undefined);
  }
  return setprivByPath.get(path);
}

/** The argv that starts `file args` with a parent-death signal, or undefined when `file` is not found. */
export function launcher(
  file: string,
  args: readonly string[],
  path: string,
  cwd: string,
  probe: HelpProbe,
): Launch | undefined {
  const executable = resolveExecutable(file, path, cwd);
  if (!executable) {
    return file.includes('/') && existsSync(resolve(cwd, file)) ? { notExecutable: true } : undefined;
  }
  // The program keeps the name it was given as argv[0] (some tools read it; ps and tests match it):
  // setpriv looks it up on the same PATH (the child's), in the same working directory.
  const wrapper = setpriv(path, probe);
  if (!wrapper) return { file, args: [...args] };
  return { file: wrapper, args: ['--pdeathsig', 'KILL', '--', file, ...args] };
}
