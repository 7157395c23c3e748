/**
 * Pure classification of an image's final file tree: setuid/setgid files, world-writable paths, and the
 * binaries that widen an attack (shells, package managers, compilers, debuggers, remote-access daemons),
 * found by name in the directories a PATH or a service would run them from.
 */
import type { ImageSurface, SizeShare, SurfaceTool, ToolKind } from './model.js';

export interface TreeEntry {
  /** Root-relative, no leading slash: "usr/bin/bash". */
  path: string;
  kind: 'file' | 'symlink' | 'directory' | 'other';
  mode: number;
  size: number;
}

const BIN_DIRS = new Set([
  'bin',
  'sbin',
  'usr/bin',
  'usr/sbin',
  'usr/local/bin',
  'usr/local/sbin',
  'usr/libexec',
]);

const TOOL_NAMES: Record<ToolKind, readonly string[]> = {
  shell: ['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh', 'csh', 'tcsh', 'fish', 'busybox', 'toybox'],
  'package-manager': [
    'apt',
    'apt-get',
    'dpkg',
    'rpm',
    'dnf',
    'yum',
    'microdnf',
    'apk',
    'zypper',
    'pip',
    'pip3',
    'npm',
    'gem',
  ],
  compiler: ['gcc', 'cc', 'c++', 'g++', 'clang', 'tcc', 'go', 'rustc', 'cargo', 'javac', 'as'],
  debugger: ['gdb', 'lldb', 'strace', 'ltrace', 'perf', 'bpftrace', 'gdbserver'],
  'remote-access': [
    'sshd',
    'ssh',
    'dropbear',
    'telnetd',
    'in.telnetd',
    'rshd',
    'vncserver',
    'x11vnc',
    'xrdp',
    'nc',
    'netcat',
    'ncat',
    'socat',
  ],
};

const KIND_OF = new Map<string, ToolKind>(
  Object.entries(TOOL_NAMES).flatMap(([kind, names]) =>
    names.map((name) => [name, kind as ToolKind] as const),
  ),
);

/** The kind of attacker tool a binary's name is, or undefined. Versioned names count: python3 no, gcc-12 yes. */
export function toolKind(name: string): ToolKind | undefined {
  return KIND_OF.get(name) ?? KIND_OF.get(name.replace(/-\d+(\.\d+)*$/, ''));
}

function parentOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/** Where a file's bytes are counted: its first two directory levels ("usr/lib/x/y.so" → "/usr/lib"). */
function bucketOf(path: string): string {
  const parts = path.split('/');
  return `/${parts.slice(0, Math.min(2, parts.length - 1)).join('/')}`;
}

export type TreeFacts = Pick<
  ImageSurface,
  | 'contentBytes'
  | 'contributors'
  | 'files'
  | 'setuid'
  | 'setgid'
  | 'worldWritable'
  | 'stickyWorldWritable'
  | 'tools'
>;

export function classifyTree(entries: Iterable<TreeEntry>, topContributors = 8): TreeFacts {
  const facts: TreeFacts = {
    contentBytes: 0,
    contributors: [],
    files: 0,
    setuid: [],
    setgid: [],
    worldWritable: [],
    stickyWorldWritable: [],
    tools: [],
  };
  const buckets = new Map<string, number>();
  for (const entry of entries) {
    const shown = `/${entry.path}`;
    if (entry.kind === 'file') {
      facts.files++;
      facts.contentBytes += entry.size;
      const bucket = bucketOf(entry.path);
      buckets.set(bucket, (buckets.get(bucket) ?? 0) + entry.size);
      if (entry.mode & 0o4000) facts.setuid.push(shown);
      if (entry.mode & 0o2000) facts.setgid.push(shown);
    }
    if (entry.kind !== 'symlink' && entry.mode & 0o002) {
      if (entry.kind === 'directory' && entry.mode & 0o1000) facts.stickyWorldWritable.push(shown);
      else facts.worldWritable.push(shown);
    }
    if ((entry.kind === 'file' || entry.kind === 'symlink') && BIN_DIRS.has(parentOf(entry.path))) {
      const kind = toolKind(entry.path.slice(entry.path.lastIndexOf('/') + 1));
      if (kind) facts.tools.push({ kind, path: shown } satisfies SurfaceTool);
    }
  }
  facts.contributors = [...buckets]
    .map(([name, bytes]): SizeShare => ({ name, bytes }))
    .sort((a, b) => b.bytes - a.bytes || a.name.localeCompare(b.name))
    .slice(0, topContributors);
  return facts;
}
