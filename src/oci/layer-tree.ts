/**
 * An image's file tree as its layers build it up, held in memory: every path with its kind (the data only
 * of the files a caller kept), layers applied in order with the OCI whiteout rules (image-spec layer.md):
 * `.wh.NAME` removes NAME and what is under it, `.wh..wh..opq` empties its directory, each only of what
 * lower layers put there; a non-directory replaces a directory with all it held. `materialize` then writes
 * the kept files, and the links and directories that given lookups pass through, into a directory, so
 * code that reads those paths of an unpacked root filesystem (links resolved inside it) reads it unchanged.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';

/** Permission bits (setuid included) and size as the tar entry had them, when it was read from one. */
interface NodeMeta {
  mode?: number;
  size?: number;
}

export type LayerNode = NodeMeta &
  (
    | { kind: 'file'; /** undefined: the file exists but its data was not kept */ data?: Buffer }
    | { kind: 'symlink'; target: string }
    | { kind: 'directory' }
    | { kind: 'other' }
  );

/** One change a layer makes, in the order of its tar stream. Paths are relative to the root, no "./". */
export type LayerChange =
  | { op: 'add'; path: string; node: LayerNode }
  /** `keep`: the caller wanted this path's data (a warning when the target's was not kept). */
  | { op: 'hardlink'; path: string; target: string; keep?: boolean }
  | { op: 'whiteout'; path: string }
  | { op: 'opaque'; path: string };

type Stored = LayerNode & { layer: number };

const WHITEOUT = '.wh.';
const OPAQUE = '.wh..wh..opq';

/**
 * A tar entry name as a root-relative path: "./usr/bin/" → "usr/bin"; `..` cannot climb above the root;
 * the root itself is "".
 */
export function layerPath(name: string): string {
  return posix.normalize(`/${name}`).replace(/^\/+/, '').replace(/\/+$/, '');
}

/**
 * The change a tar entry makes: whiteout files become removals (other `.wh..wh.` names are aufs
 * bookkeeping and are dropped), everything else an addition or a hard link.
 */
export function changeOf(
  path: string,
  entry: { type: 'file' | 'hardlink' | 'symlink' | 'directory' | 'other'; linkTarget: string } & NodeMeta,
  data?: Buffer,
): LayerChange | undefined {
  if (path === '') return undefined;
  const name = posix.basename(path);
  if (name.startsWith(WHITEOUT)) {
    const dir = posix.dirname(path) === '.' ? '' : posix.dirname(path);
    if (name === OPAQUE) return { op: 'opaque', path: dir };
    if (name.startsWith(`${WHITEOUT}${WHITEOUT}`)) return undefined;
    return {
      op: 'whiteout',
      path: dir ? `${dir}/${name.slice(WHITEOUT.length)}` : name.slice(WHITEOUT.length),
    };
  }
  // The attack-surface report reads modes (setuid, world-writable) and sizes; SBOM callers ignore them.
  const meta: NodeMeta = {};
  if (entry.mode !== undefined) meta.mode = entry.mode;
  if (entry.size !== undefined && entry.type === 'file') meta.size = entry.size;
  switch (entry.type) {
    case 'file':
      return { op: 'add', path, node: data ? { kind: 'file', data, ...meta } : { kind: 'file', ...meta } };
    case 'symlink':
      return { op: 'add', path, node: { kind: 'symlink', target: entry.linkTarget, ...meta } };
    case 'directory':
      return { op: 'add', path, node: { kind: 'directory', ...meta } };
    case 'hardlink':
      return { op: 'hardlink', path, target: layerPath(entry.linkTarget) };
    default:
      return { op: 'add', path, node: { kind: 'other', ...meta } };
  }
}

export class LayerTree {
  private readonly nodes = new Map<string, Stored>();
  private layers = 0;

  /** Applies the next layer's changes (layers in the manifest's order, lowest first). */
  apply(changes: Iterable<LayerChange>, warn: (message: string) => void = () => undefined): void {
    const layer = this.layers++;
    for (const change of changes) {
      switch (change.op) {
        case 'add':
          this.add(change.path, change.node, layer);
          break;
        case 'hardlink': {
          const target = this.nodes.get(change.target);
          const linked: LayerNode =
            target && target.kind !== 'directory' ? withoutLayer(target) : { kind: 'file' };
          if (change.keep && (linked.kind !== 'file' || !linked.data)) {
            warn(
              `${change.path} is a hard link to ${change.target}, whose data was not read: it is left out`,
            );
          }
          this.add(change.path, linked, layer);
          break;
        }
        case 'whiteout':
          this.ensureParents(change.path, layer);
          this.removeLower(change.path, layer, true);
          break;
        case 'opaque':
          this.ensureParents(`${change.path}/${OPAQUE}`, layer);
          this.removeLower(change.path, layer, false);
          break;
      }
    }
  }

  /** The node at a root-relative path (no links followed). */
  get(path: string): LayerNode | undefined {
    const stored = this.nodes.get(path);
    return stored && withoutLayer(stored);
  }

  /** Every path in the tree, sorted. */
  paths(): string[] {
    return [...this.nodes.keys()].sort();
  }

  private add(path: string, node: LayerNode, layer: number): void {
    this.ensureParents(path, layer);
    const existing = this.nodes.get(path);
    // A non-directory hides whatever directory was there, with everything in it.
    if (existing?.kind === 'directory' && node.kind !== 'directory') this.removeBelow(path);
    this.nodes.set(path, { ...node, layer });
  }

  /** Parent directories exist (implied when the tar stream leaves them out); a link or file in the way
   * is replaced by a directory, as an upper layer's directory hides what a lower layer had there. */
  private ensureParents(path: string, layer: number): void {
    const missing: string[] = [];
    for (let dir = parentOf(path); dir !== ''; dir = parentOf(dir)) {
      const existing = this.nodes.get(dir);
      if (existing?.kind === 'directory') break;
      missing.push(dir);
    }
    for (const dir of missing.reverse()) this.nodes.set(dir, { kind: 'directory', layer });
  }

  /** Removes what lower layers put under `path`, and at `path` itself when `self`. */
  private removeLower(path: string, layer: number, self: boolean): void {
    const existing = this.nodes.get(path);
    if (self && existing && existing.layer < layer) this.nodes.delete(path);
    // Nothing is below a missing path or a non-directory (parents always exist as directories).
    if (path !== '' && existing?.kind !== 'directory') return;
    const kept: string[] = [];
    for (const [key, stored] of this.nodes) {
      if (!isBelow(key, path)) continue;
      if (stored.layer < layer) this.nodes.delete(key);
      else kept.push(key);
    }
    // This layer's own entries under removed directories keep the directories they are in.
    for (const key of kept) this.ensureParents(key, layer);
  }

  private removeBelow(path: string): void {
    for (const key of this.nodes.keys()) if (isBelow(key, path)) this.nodes.delete(key);
  }

  /**
   * Writes into `dir` (which must exist) what reading `lookups` in it needs: every file whose data was
   * kept, and the symbolic links and directories those lookups pass through, following links as a
   * process chrooted there would (a lookup such as "usr/share/doc/STAR/copyright", with STAR for any one
   * name, walks every matching directory). Other links are left out: an image has hundreds (time zones,
   * man pages) and each costs a file system call. Returns the count of entries written.
   */
  materialize(dir: string, lookups: readonly string[]): number {
    const { links, directories } = this.walk(lookups);
    const made = new Set<string>(['']);
    // Synchronous on purpose: these are hundreds of tiny calls, each a thread-pool round trip if async.
    const makeDirectory = (path: string) => {
      if (made.has(path)) return;
      mkdirSync(join(dir, path), { recursive: true });
      for (let at = path; at !== '' && !made.has(at); at = parentOf(at)) made.add(at);
    };
    let written = 0;
    for (const path of this.paths()) {
      const node = this.nodes.get(path)!;
      if (node.kind === 'directory' && directories.has(path)) makeDirectory(path);
      else if (node.kind === 'symlink' && links.has(path)) {
        makeDirectory(parentOf(path));
        symlinkSync(node.target, join(dir, path));
      } else if (node.kind === 'file' && node.data) {
        makeDirectory(parentOf(path));
        writeFileSync(join(dir, path), node.data);
      } else continue;
      written++;
    }
    return written;
  }

  /** The links and directories that resolving `lookups` from the root passes through. */
  private walk(lookups: readonly string[]): { links: Set<string>; directories: Set<string> } {
    const children = new Map<string, string[]>();
    for (const path of this.nodes.keys()) {
      const parent = parentOf(path);
      const list = children.get(parent);
      if (list) list.push(posix.basename(path));
      else children.set(parent, [posix.basename(path)]);
    }
    const links = new Set<string>();
    const directories = new Set<string>();
    const seen = new Set<string>();
    const visit = (at: string, rest: string[], hops: number): void => {
      const key = `${at}\0${rest.join('/')}`;
      if (rest.length === 0 || hops > MAX_LINKS || seen.has(key)) return;
      seen.add(key);
      const [name, ...tail] = rest as [string, ...string[]];
      const names = name === '*' ? (children.get(at) ?? []) : [name];
      for (const child of names) {
        const path = at === '' ? child : `${at}/${child}`;
        const node = this.nodes.get(path);
        if (node?.kind === 'directory') {
          directories.add(path);
          visit(path, tail, hops);
        } else if (node?.kind === 'symlink') {
          links.add(path);
          // The target, resolved from the root ('..' stops there), then what was left of the lookup.
          const target = posix.normalize(node.target.startsWith('/') ? node.target : `/${at}/${node.target}`);
          visit('', [...target.split('/').filter(Boolean), ...tail], hops + 1);
        }
      }
    };
    for (const lookup of lookups) visit('', lookup.split('/').filter(Boolean), 0);
    return { links, directories };
  }
}

/** As Linux's MAXSYMLINKS (and src/sbom's Rootfs). */
const MAX_LINKS = 40;

function withoutLayer(stored: Stored): LayerNode {
  const { layer: _layer, ...node } = stored;
  return node;
}

function parentOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

function isBelow(path: string, dir: string): boolean {
  return dir === '' ? path !== '' : path.startsWith(`${dir}/`);
}
