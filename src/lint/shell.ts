/**
 * Just enough shell reading for lint rules: RUN text → pipelines → commands → words (quotes respected,
 * continuations and comments dropped), and which packages each package manager call installs.
 */

export interface Command {
  words: string[];
  /** The command's text, for messages. */
  text: string;
}

/** A pipeline: commands joined by `|`. */
export type Pipeline = Command[];

/** Splits shell text into pipelines of commands. Not a full shell parser; never throws. */
export function parseShell(text: string): Pipeline[] {
  const pipelines: Pipeline[] = [];
  let pipeline: Pipeline = [];
  let words: string[] = [];
  let word = '';
  let hasWord = false;
  let start = 0;
  let quote: '"' | "'" | undefined;

  const endWord = () => {
    if (hasWord) words.push(word);
    word = '';
    hasWord = false;
  };
  const endCommand = (end: number) => {
    endWord();
    if (words.length > 0) pipeline.push({ words, text: text.slice(start, end).trim() });
    words = [];
  };
  const endPipeline = (end: number) => {
    endCommand(end);
    if (pipeline.length > 0) pipelines.push(pipeline);
    pipeline = [];
  };

  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"' && i + 1 < text.length) word += text[++i];
      else word += c;
      continue;
    }
    if (c === "'" || c === '"') {
      quote = c;
      hasWord = true;
    } else if (c === '\\' && text[i + 1] === '\n') i++;
    else if (c === '\\' && i + 1 < text.length) {
      word += text[++i];
      hasWord = true;
    } else if (c === '#' && !hasWord) {
      while (i < text.length && text[i] !== '\n') i++;
      endPipeline(i);
      start = i + 1;
    } else if (c === '|' && text[i + 1] !== '|') {
      endCommand(i);
      start = i + 1;
    } else if (c === '&' && (word.endsWith('>') || word.endsWith('<') || text[i + 1] === '>')) {
      // Part of a redirection (2>&1, &>file), not a command separator.
      word += c;
      hasWord = true;
    } else if ((c === '&' || c === '|') && text[i + 1] === c) {
      endPipeline(i);
      i++;
      start = i + 1;
    } else if (c === ';' || c === '\n' || c === '&') {
      endPipeline(i);
      start = i + 1;
    } else if (c === ' ' || c === '\t' || c === '\r') endWord();
    else {
      word += c;
      hasWord = true;
    }
  }
  endPipeline(text.length);
  return pipelines;
}

export function commands(text: string): Command[] {
  return parseShell(text).flat();
}

const SUDO_VALUE_OPTIONS = new Set([
  '-u',
  '-g',
  '-C',
  '-D',
  '-h',
  '-p',
  '-r',
  '-t',
  '-T',
  '-U',
  '--user',
  '--group',
]);
const ENV_VALUE_OPTIONS = new Set(['-u', '--unset', '-C', '--chdir', '-S', '--split-string']);

/** The program a command runs, past `sudo` and `env` (with their options), and assignments. */
export function program(command: Command): { name: string; args: string[] } {
  let words = command.words;
  for (;;) {
    if (words[0] === 'sudo' || words[0] === 'env') {
      // Skip the wrapper's own options (and the value of those that take one).
      const takesValue = words[0] === 'sudo' ? SUDO_VALUE_OPTIONS : ENV_VALUE_OPTIONS;
      let index = 1;
      while (words[index]?.startsWith('-')) index += takesValue.has(words[index]!) ? 2 : 1;
      words = words.slice(index);
    } else if (words[0] === 'exec' || words[0] === 'command') words = words.slice(1);
    else if (words[0] && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0])) words = words.slice(1);
    else break;
  }
  const name = (words[0] ?? '').split('/').at(-1) ?? '';
  return { name, args: words.slice(1) };
}

export type PackageManager = 'apt' | 'dnf' | 'apk' | 'zypper' | 'pip' | 'rpm-ostree';

export interface PackageOperation {
  manager: PackageManager;
  action: 'install' | 'upgrade' | 'remove' | 'clean' | 'update-index';
  packages: string[];
  options: string[];
  command: Command;
}

const APT = new Set(['apt-get', 'apt', 'aptitude']);
const DNF = new Set(['dnf', 'yum', 'microdnf', 'dnf5', 'tdnf']);

/** The package manager operations in a command, if it is one. */
export function packageOperation(command: Command): PackageOperation | undefined {
  const { name, args } = program(command);
  const options = args.filter((arg) => arg.startsWith('-'));
  const positional = args.filter((arg) => !arg.startsWith('-'));
  const verb = positional[0] ?? '';
  const rest = positional.slice(1);
  const op = (
    manager: PackageManager,
    action: PackageOperation['action'],
    packages: string[] = [],
  ): PackageOperation => ({
    manager,
    action,
    packages,
    options,
    command,
  });
  if (APT.has(name)) {
    if (verb === 'install') return op('apt', 'install', rest);
    if (verb === 'upgrade' || verb === 'dist-upgrade' || verb === 'full-upgrade') return op('apt', 'upgrade');
    if (verb === 'remove' || verb === 'purge' || verb === 'autoremove') return op('apt', 'remove', rest);
    if (verb === 'clean' || verb === 'autoclean') return op('apt', 'clean');
    if (verb === 'update') return op('apt', 'update-index');
  } else if (DNF.has(name)) {
    if (verb === 'install' || verb === 'groupinstall' || verb === 'reinstall')
      return op('dnf', 'install', rest);
    if (verb === 'update' || verb === 'upgrade' || verb === 'distro-sync' || verb === 'upgrade-minimal') {
      return op('dnf', rest.length > 0 ? 'install' : 'upgrade', rest);
    }
    if (verb === 'remove' || verb === 'erase') return op('dnf', 'remove', rest);
    if (verb === 'clean') return op('dnf', 'clean');
    if (verb === 'makecache') return op('dnf', 'update-index');
  } else if (name === 'apk') {
    if (verb === 'add') return op('apk', 'install', rest);
    if (verb === 'upgrade') return op('apk', 'upgrade');
    if (verb === 'del') return op('apk', 'remove', rest);
    if (verb === 'update') return op('apk', 'update-index');
    if (verb === 'cache') return op('apk', 'clean');
  } else if (name === 'zypper') {
    if (verb === 'install' || verb === 'in') return op('zypper', 'install', rest);
    if (verb === 'update' || verb === 'up' || verb === 'dist-upgrade' || verb === 'dup')
      return op('zypper', 'upgrade');
    if (verb === 'clean' || verb === 'cc') return op('zypper', 'clean');
  } else if (name === 'rpm-ostree') {
    if (verb === 'install') return op('rpm-ostree', 'install', rest);
    if (verb === 'upgrade') return op('rpm-ostree', 'upgrade');
  } else if (
    /^pip[0-9.]*$/.test(name) ||
    (name.startsWith('python') && args[0] === '-m' && args[1]?.startsWith('pip'))
  ) {
    const pipArgs = name.startsWith('python') ? args.slice(2) : args;
    const pipPositional = pipArgs.filter((arg) => !arg.startsWith('-'));
    if (pipPositional[0] === 'install') {
      return {
        manager: 'pip',
        action: 'install',
        packages: pipPositional.slice(1),
        options: pipArgs.filter((a) => a.startsWith('-')),
        command,
      };
    }
  }
  return undefined;
}

/** Package name without version or architecture suffix (`curl=7.88*` → `curl`, `gcc.x86_64` → `gcc`). */
export function packageName(spec: string): string {
  return spec
    .split(/[=<>~:]/)[0]!
    .replace(/\.(x86_64|aarch64|noarch|i686)$/, '')
    .toLowerCase();
}
