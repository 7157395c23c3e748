import { describe, expect, it } from 'vitest';
import {
  commands,
  packageName,
  packageOperation,
  parseShell,
  program,
  type Command,
  type PackageOperation,
} from '../../../src/lint/shell.js';

/** The words of every command, grouped by pipeline. */
const words = (text: string) => parseShell(text).map((pipeline) => pipeline.map((command) => command.words));
const command = (...w: string[]): Command => ({ words: w, text: w.join(' ') });
const op = (text: string): Omit<PackageOperation, 'command'> | undefined => {
  const [first] = commands(text);
  const result = first && packageOperation(first);
  if (!result) return undefined;
  const { command: _command, ...rest } = result;
  return rest;
};

describe('parseShell', () => {
  it.each<[string, string, string[][][]]>([
    ['one command', 'apt-get install -y curl', [[['apt-get', 'install', '-y', 'curl']]]],
    ['empty text', '', []],
    ['only white space', ' \t \n ', []],
    ['tabs and repeated spaces', 'a \t  b', [[['a', 'b']]]],
    ['&&', 'a && b', [[['a']], [['b']]]],
    ['||', 'a || b', [[['a']], [['b']]]],
    [';', 'a; b ;c', [[['a']], [['b']], [['c']]]],
    ['& (background)', 'a & b', [[['a']], [['b']]]],
    ['newlines', 'a\nb', [[['a']], [['b']]]],
    [
      'a pipe',
      'curl x | tar -x',
      [
        [
          ['curl', 'x'],
          ['tar', '-x'],
        ],
      ],
    ],
    ['a pipe without spaces', 'a|b|c', [[['a'], ['b'], ['c']]]],
    [
      'pipes and lists',
      'a | b && c | d',
      [
        [['a'], ['b']],
        [['c'], ['d']],
      ],
    ],
    ['double quotes keep spaces and operators', 'echo "a b && c | d"', [[['echo', 'a b && c | d']]]],
    ['single quotes keep everything', "echo 'a \\\" $x ; b'", [[['echo', 'a \\" $x ; b']]]],
    ['escapes in double quotes', 'echo "a \\"b\\" c"', [[['echo', 'a "b" c']]]],
    ['backslash escapes outside quotes', 'echo a\\ b \\; c', [[['echo', 'a b', ';', 'c']]]],
    ['quotes joined to text', 'x="a b"c', [[['x=a bc']]]],
    ['an empty quoted word', 'echo "" \'\'', [[['echo', '', '']]]],
    ['a continuation', 'apt-get install \\\n  curl', [[['apt-get', 'install', 'curl']]]],
    ['a comment line', '# comment && x\nreal', [[['real']]]],
    ['a trailing comment', 'a b # c | d\ne', [[['a', 'b']], [['e']]]],
    ['# inside a word is not a comment', 'echo a#b', [[['echo', 'a#b']]]],
    ['# inside quotes is not a comment', 'echo "#x" y', [[['echo', '#x', 'y']]]],
    ['CR is white space', 'a\r\nb', [[['a']], [['b']]]],
    ['an unterminated quote runs to the end', 'echo "a b', [[['echo', 'a b']]]],
    ['a trailing backslash', 'echo a\\', [[['echo', 'a\\']]]],
    ['leading operators', '&& ; | a', [[['a']]]],
    [
      'heredoc-like text: one command a line',
      'cat <<EOF > /etc/x\nline one\nEOF',
      [[['cat', '<<EOF', '>', '/etc/x']], [['line', 'one']], [['EOF']]],
    ],
  ])('%s', (_name, text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('keeps the text of each command, trimmed, for messages', () => {
    const pipelines = parseShell('  curl -fsSL https://x |  sh -s  && echo done ');
    expect(pipelines.map((pipeline) => pipeline.map((c) => c.text))).toEqual([
      ['curl -fsSL https://x', 'sh -s'],
      ['echo done'],
    ]);
  });

  it('never throws on odd input', () => {
    for (const text of ['"', "'", '\\', '|||', '&&&', '#', '\\\n', '"\\', "'\\'", '\0', '${', '$(', '`']) {
      expect(() => parseShell(text)).not.toThrow();
    }
  });

  it('commands() flattens the pipelines', () => {
    expect(commands('a | b && c').map((c) => c.words[0])).toEqual(['a', 'b', 'c']);
  });
});

describe('program', () => {
  it.each<[string[], string, string[]]>([
    [['apt-get', 'install', 'x'], 'apt-get', ['install', 'x']],
    [['sudo', 'apt-get', 'install'], 'apt-get', ['install']],
    [['sudo', 'sudo', 'ls'], 'ls', []],
    [['env', 'A=1', 'B=2', 'dnf', 'install'], 'dnf', ['install']],
    [['DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install'], 'apt-get', ['install']],
    [['sudo', 'env', 'X=1', 'exec', 'command', '/usr/bin/pip3', 'install'], 'pip3', ['install']],
    [['/bin/sh', '-c', 'x'], 'sh', ['-c', 'x']],
    [['./configure', '--prefix=/usr'], 'configure', ['--prefix=/usr']],
    [['X=1'], '', []],
    [[], '', []],
    [['1X=2', 'y'], '1X=2', ['y']],
  ])('%j → %s', (w, name, args) => {
    expect(program(command(...w))).toEqual({ name, args });
  });
});

describe('packageOperation', () => {
  it.each<[string, Omit<PackageOperation, 'command'> | undefined]>([
    // apt
    [
      'apt-get install -y curl git',
      { manager: 'apt', action: 'install', packages: ['curl', 'git'], options: ['-y'] },
    ],
    [
      'apt install --no-install-recommends -y curl',
      {
        manager: 'apt',
        action: 'install',
        packages: ['curl'],
        options: ['--no-install-recommends', '-y'],
      },
    ],
    [
      'apt-get -qq -y install curl',
      { manager: 'apt', action: 'install', packages: ['curl'], options: ['-qq', '-y'] },
    ],
    ['aptitude install vim', { manager: 'apt', action: 'install', packages: ['vim'], options: [] }],
    ['apt-get upgrade -y', { manager: 'apt', action: 'upgrade', packages: [], options: ['-y'] }],
    ['apt-get dist-upgrade', { manager: 'apt', action: 'upgrade', packages: [], options: [] }],
    ['apt full-upgrade', { manager: 'apt', action: 'upgrade', packages: [], options: [] }],
    ['apt-get purge -y x', { manager: 'apt', action: 'remove', packages: ['x'], options: ['-y'] }],
    ['apt-get remove x', { manager: 'apt', action: 'remove', packages: ['x'], options: [] }],
    ['apt-get autoremove -y', { manager: 'apt', action: 'remove', packages: [], options: ['-y'] }],
    ['apt-get clean', { manager: 'apt', action: 'clean', packages: [], options: [] }],
    ['apt-get autoclean', { manager: 'apt', action: 'clean', packages: [], options: [] }],
    ['apt-get update', { manager: 'apt', action: 'update-index', packages: [], options: [] }],
    ['apt-cache policy x', undefined],
    ['apt-get', undefined],
    ['apt-get source x', undefined],
    // dnf family
    ['dnf install -y vim', { manager: 'dnf', action: 'install', packages: ['vim'], options: ['-y'] }],
    ['yum -y install vim', { manager: 'dnf', action: 'install', packages: ['vim'], options: ['-y'] }],
    ['microdnf install vim', { manager: 'dnf', action: 'install', packages: ['vim'], options: [] }],
    ['dnf5 install vim', { manager: 'dnf', action: 'install', packages: ['vim'], options: [] }],
    ['tdnf install vim', { manager: 'dnf', action: 'install', packages: ['vim'], options: [] }],
    [
      'dnf groupinstall "Development Tools"',
      {
        manager: 'dnf',
        action: 'install',
        packages: ['Development Tools'],
        options: [],
      },
    ],
    ['dnf reinstall x', { manager: 'dnf', action: 'install', packages: ['x'], options: [] }],
    ['dnf update -y', { manager: 'dnf', action: 'upgrade', packages: [], options: ['-y'] }],
    ['yum upgrade', { manager: 'dnf', action: 'upgrade', packages: [], options: [] }],
    ['dnf distro-sync', { manager: 'dnf', action: 'upgrade', packages: [], options: [] }],
    ['dnf upgrade-minimal', { manager: 'dnf', action: 'upgrade', packages: [], options: [] }],
    ['dnf update -y openssl', { manager: 'dnf', action: 'install', packages: ['openssl'], options: ['-y'] }],
    ['dnf remove -y x', { manager: 'dnf', action: 'remove', packages: ['x'], options: ['-y'] }],
    ['yum erase x', { manager: 'dnf', action: 'remove', packages: ['x'], options: [] }],
    ['dnf clean all', { manager: 'dnf', action: 'clean', packages: [], options: [] }],
    ['dnf makecache', { manager: 'dnf', action: 'update-index', packages: [], options: [] }],
    ['dnf search x', undefined],
    // apk
    [
      'apk add --no-cache curl',
      { manager: 'apk', action: 'install', packages: ['curl'], options: ['--no-cache'] },
    ],
    [
      'apk --no-cache add curl',
      { manager: 'apk', action: 'install', packages: ['curl'], options: ['--no-cache'] },
    ],
    ['apk upgrade', { manager: 'apk', action: 'upgrade', packages: [], options: [] }],
    ['apk del x', { manager: 'apk', action: 'remove', packages: ['x'], options: [] }],
    ['apk update', { manager: 'apk', action: 'update-index', packages: [], options: [] }],
    ['apk cache clean', { manager: 'apk', action: 'clean', packages: [], options: [] }],
    ['apk info', undefined],
    // zypper
    ['zypper -n install vim', { manager: 'zypper', action: 'install', packages: ['vim'], options: ['-n'] }],
    ['zypper in vim', { manager: 'zypper', action: 'install', packages: ['vim'], options: [] }],
    ['zypper update', { manager: 'zypper', action: 'upgrade', packages: [], options: [] }],
    ['zypper up', { manager: 'zypper', action: 'upgrade', packages: [], options: [] }],
    ['zypper dup', { manager: 'zypper', action: 'upgrade', packages: [], options: [] }],
    ['zypper dist-upgrade', { manager: 'zypper', action: 'upgrade', packages: [], options: [] }],
    ['zypper clean', { manager: 'zypper', action: 'clean', packages: [], options: [] }],
    ['zypper cc -a', { manager: 'zypper', action: 'clean', packages: [], options: ['-a'] }],
    ['zypper se x', undefined],
    // rpm-ostree
    [
      'rpm-ostree install tmux',
      { manager: 'rpm-ostree', action: 'install', packages: ['tmux'], options: [] },
    ],
    ['rpm-ostree upgrade', { manager: 'rpm-ostree', action: 'upgrade', packages: [], options: [] }],
    ['rpm-ostree status', undefined],
    // pip
    ['pip install requests', { manager: 'pip', action: 'install', packages: ['requests'], options: [] }],
    [
      'pip3 install --no-cache-dir a b',
      {
        manager: 'pip',
        action: 'install',
        packages: ['a', 'b'],
        options: ['--no-cache-dir'],
      },
    ],
    ['pip3.12 install -U x', { manager: 'pip', action: 'install', packages: ['x'], options: ['-U'] }],
    ['python -m pip install x', { manager: 'pip', action: 'install', packages: ['x'], options: [] }],
    [
      'python3 -m pip install --no-cache-dir x',
      {
        manager: 'pip',
        action: 'install',
        packages: ['x'],
        options: ['--no-cache-dir'],
      },
    ],
    ['python3.11 -m pip install x', { manager: 'pip', action: 'install', packages: ['x'], options: [] }],
    ['pip uninstall x', undefined],
    ['python3 -m venv /v', undefined],
    ['python3 setup.py install', undefined],
    ['pipx install x', undefined],
    // through sudo, env and assignments
    ['sudo apt-get install -y x', { manager: 'apt', action: 'install', packages: ['x'], options: ['-y'] }],
    [
      'DEBIAN_FRONTEND=noninteractive apt-get install -y x',
      {
        manager: 'apt',
        action: 'install',
        packages: ['x'],
        options: ['-y'],
      },
    ],
    [
      'env LANG=C /usr/bin/dnf install -y x',
      { manager: 'dnf', action: 'install', packages: ['x'], options: ['-y'] },
    ],
    // not a package manager
    ['echo apt-get install x', undefined],
    ['make install', undefined],
  ])('%s', (text, expected) => {
    expect(op(text)).toEqual(expected);
  });

  it('keeps the command it read', () => {
    const [first] = commands('sudo apt-get install -y curl');
    expect(packageOperation(first!)?.command).toBe(first);
  });
});

describe('packageName', () => {
  it.each([
    ['curl', 'curl'],
    ['curl=7.88.1-10', 'curl'],
    ['curl=7.88*', 'curl'],
    ['openssh-server=1:9.2p1-2', 'openssh-server'],
    ['gcc.x86_64', 'gcc'],
    ['glibc.i686', 'glibc'],
    ['python3-pip.noarch', 'python3-pip'],
    ['kernel.aarch64', 'kernel'],
    ['requests>=2.31', 'requests'],
    ['flask<3', 'flask'],
    ['django~=4.2', 'django'],
    ['musl:armhf', 'musl'],
    ['Sudo', 'sudo'],
    ['python3.11', 'python3.11'],
    ['', ''],
  ])('%s → %s', (spec, name) => {
    expect(packageName(spec)).toBe(name);
  });
});
