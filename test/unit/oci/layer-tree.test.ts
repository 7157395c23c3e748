/**
 * Layers applied in order with the OCI whiteout rules, first as change lists (table of cases), then from
 * real GNU tar layers holding whiteout and opaque markers; and the tree written to disk, read back
 * through src/sbom's Rootfs (links resolved inside the root).
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { changeOf, layerPath, LayerTree, type LayerChange } from '../../../src/oci/layer-tree.js';
import { TarReader } from '../../../src/oci/tar-reader.js';
import { Rootfs } from '../../../src/sbom/rootfs.js';
import { tarOf, type TreeSpec } from './tar-files.js';

const file = (path: string, text?: string): LayerChange => ({
  op: 'add',
  path,
  node: text === undefined ? { kind: 'file' } : { kind: 'file', data: Buffer.from(text) },
});
const dir = (path: string): LayerChange => ({ op: 'add', path, node: { kind: 'directory' } });
const link = (path: string, target: string): LayerChange => ({
  op: 'add',
  path,
  node: { kind: 'symlink', target },
});
const whiteout = (path: string): LayerChange => ({ op: 'whiteout', path });
const opaque = (path: string): LayerChange => ({ op: 'opaque', path });

/** The tree as "path kind[:data|→target]" lines. */
function show(tree: LayerTree): string[] {
  return tree.paths().map((path) => {
    const node = tree.get(path)!;
    if (node.kind === 'file') return node.data ? `${path} file:${node.data.toString()}` : `${path} file`;
    if (node.kind === 'symlink') return `${path} → ${node.target}`;
    return `${path} ${node.kind}`;
  });
}

function applied(...layers: LayerChange[][]): { tree: LayerTree; warnings: string[] } {
  const tree = new LayerTree();
  const warnings: string[] = [];
  for (const layer of layers) tree.apply(layer, (message) => warnings.push(message));
  return { tree, warnings };
}

describe('layerPath', () => {
  it.each([
    ['./etc/os-release', 'etc/os-release'],
    ['usr/share/doc/', 'usr/share/doc'],
    ['/abs/path', 'abs/path'],
    ['./', ''],
    ['.', ''],
    ['a//b/./c', 'a/b/c'],
    ['../../etc/passwd', 'etc/passwd'],
    ['a/../../../b', 'b'],
  ])('%s → %s', (name, path) => expect(layerPath(name)).toBe(path));
});

describe('changeOf', () => {
  const plain = { type: 'file' as const, linkTarget: '' };
  it.each([
    ['var/lib/.wh.apt', { op: 'whiteout', path: 'var/lib/apt' }],
    ['.wh.top', { op: 'whiteout', path: 'top' }],
    ['var/lib/dpkg/status.d/.wh..wh..opq', { op: 'opaque', path: 'var/lib/dpkg/status.d' }],
    ['.wh..wh..opq', { op: 'opaque', path: '' }],
    ['dir/.wh..wh.plnk', undefined],
    ['', undefined],
  ])('%s', (path, change) => expect(changeOf(path, plain)).toEqual(change));

  it('makes hard links root-relative', () => {
    expect(changeOf('a/b', { type: 'hardlink', linkTarget: './usr/bin/x' })).toEqual({
      op: 'hardlink',
      path: 'a/b',
      target: 'usr/bin/x',
    });
  });
});

describe('LayerTree.apply', () => {
  it('creates parent directories a layer leaves implicit', () => {
    expect(show(applied([file('a/b/c', 'x')]).tree)).toEqual([
      'a directory',
      'a/b directory',
      'a/b/c file:x',
    ]);
  });

  it('a whiteout removes a lower file, and a lower directory with everything in it', () => {
    const { tree } = applied(
      [
        file('etc/keep', '1'),
        file('etc/gone', '2'),
        file('usr/share/doc/bash/copyright', 'c'),
        file('usr/x'),
      ],
      [whiteout('etc/gone'), whiteout('usr/share/doc/bash')],
    );
    expect(show(tree)).toEqual([
      'etc directory',
      'etc/keep file:1',
      'usr directory',
      'usr/share directory',
      'usr/share/doc directory',
      'usr/x file',
    ]);
  });

  it('a whiteout does not remove what its own layer adds, before or after it', () => {
    const { tree } = applied([file('d/old', 'lower')], [file('d/old', 'same layer'), whiteout('d/old')]);
    expect(tree.get('d/old')).toEqual({ kind: 'file', data: Buffer.from('same layer') });
    const after = applied([file('d/old', 'lower')], [whiteout('d/old'), file('d/old', 'new')]).tree;
    expect(after.get('d/old')).toEqual({ kind: 'file', data: Buffer.from('new') });
  });

  it('a removed and re-made directory keeps only its layer’s entries', () => {
    const { tree } = applied(
      [file('s.d/first', '1'), file('s.d/deep/x', '2')],
      [dir('s.d'), file('s.d/second', '3'), file('s.d/deep/y', '4'), whiteout('s.d')],
    );
    expect(show(tree)).toEqual([
      's.d directory',
      's.d/deep directory',
      's.d/deep/y file:4',
      's.d/second file:3',
    ]);
  });

  it('an opaque directory hides what lower layers had in it, not the directory or its own layer', () => {
    const { tree } = applied(
      [file('var/lib/dpkg/status.d/first', '1'), file('var/lib/dpkg/status', 's')],
      [file('var/lib/dpkg/status.d/second', '2'), opaque('var/lib/dpkg/status.d')],
      [file('var/lib/dpkg/status.d/third', '3')],
    );
    expect(show(tree).filter((line) => line.includes('status'))).toEqual([
      'var/lib/dpkg/status file:s',
      'var/lib/dpkg/status.d directory',
      'var/lib/dpkg/status.d/second file:2',
      'var/lib/dpkg/status.d/third file:3',
    ]);
  });

  it('a file or link replaces a directory and all it held; a directory replaces a link', () => {
    const { tree } = applied(
      [file('lib/apk/db/installed', 'old'), link('bin', 'usr/bin'), file('usr/bin/sh')],
      [link('lib', 'usr/lib'), dir('bin')],
    );
    expect(show(tree)).toEqual([
      'bin directory',
      'lib → usr/lib',
      'usr directory',
      'usr/bin directory',
      'usr/bin/sh file',
    ]);
  });

  it('an entry below a lower link turns the link into a directory (as an overlay upper directory)', () => {
    const { tree } = applied([link('etc', 'private/etc')], [file('etc/os-release', 'ID=x')]);
    expect(show(tree)).toEqual(['etc directory', 'etc/os-release file:ID=x']);
  });

  it('hard links share the data of their target, from this layer or a lower one', () => {
    const { tree, warnings } = applied(
      [file('a/copyright', 'text')],
      [
        { op: 'hardlink', path: 'b/copyright', target: 'a/copyright', keep: true },
        link('c/link', '../a/copyright'),
        { op: 'hardlink', path: 'c/hard-to-link', target: 'c/link' },
      ],
    );
    expect(tree.get('b/copyright')).toEqual({ kind: 'file', data: Buffer.from('text') });
    expect(tree.get('c/hard-to-link')).toEqual({ kind: 'symlink', target: '../a/copyright' });
    expect(warnings).toEqual([]);
  });

  it('warns when a kept hard link points at data that was not read', () => {
    const { tree, warnings } = applied(
      [file('usr/share/common/GPL')],
      [
        { op: 'hardlink', path: 'usr/share/doc/x/copyright', target: 'usr/share/common/GPL', keep: true },
        { op: 'hardlink', path: 'unwanted', target: 'missing' },
      ],
    );
    expect(tree.get('usr/share/doc/x/copyright')).toEqual({ kind: 'file' });
    expect(warnings).toEqual([
      'usr/share/doc/x/copyright is a hard link to usr/share/common/GPL, whose data was not read: it is left out',
    ]);
  });
});

/** A real GNU tar layer turned into changes, keeping the data of every regular file. */
async function layerOf(spec: TreeSpec): Promise<LayerChange[]> {
  const changes: LayerChange[] = [];
  const reader = new TarReader((entry) => {
    const path = layerPath(entry.path);
    if (entry.type === 'file') {
      return (data) => {
        const change = changeOf(path, entry, data);
        if (change) changes.push(change);
      };
    }
    const change = changeOf(path, entry);
    if (change) changes.push(change);
    return undefined;
  });
  reader.write(await tarOf(spec));
  reader.end();
  return changes;
}

describe('layers from GNU tar archives, written to disk', () => {
  let out: string | undefined;
  afterEach(async () => {
    if (out) await rm(out, { recursive: true, force: true });
  });

  it('applies whiteout and opaque markers and reads back through the links', async () => {
    const base = await layerOf({
      'usr/lib/os-release': 'ID=debian\n',
      'etc/os-release': { symlink: '../usr/lib/os-release' },
      'var/lib/dpkg/status': 'Package: a\n',
      'var/lib/dpkg/status.d/first': 'Package: first\n',
      'usr/share/doc/a/copyright': 'a',
      'usr/share/doc/b/copyright': 'b',
      'usr/share/doc/c': { symlink: 'a' },
      'usr/bin/tool': 'binary',
    });
    const upper = await layerOf({
      'usr/share/doc/.wh.b': '',
      'var/lib/dpkg/status.d/.wh..wh..opq': '',
      'var/lib/dpkg/status.d/second': 'Package: second\n',
      'etc/.wh.os-release': '',
      'etc/os-release': 'ID=changed\n',
    });
    const tree = new LayerTree();
    tree.apply(base);
    tree.apply(upper);
    out = await mkdtemp(join(tmpdir(), 'osimg-layer-tree-'));
    const written = tree.materialize(out, [
      'etc/os-release',
      'usr/lib/os-release',
      'var/lib/dpkg/status.d/*',
      'usr/share/doc/*/copyright',
    ]);
    const root = new Rootfs(out);
    expect(await root.readText('/etc/os-release')).toBe('ID=changed\n');
    expect(await root.readText('/usr/lib/os-release')).toBe('ID=debian\n');
    expect(await root.list('/var/lib/dpkg/status.d')).toEqual(['second']);
    expect(await root.readText('/usr/share/doc/b/copyright')).toBeUndefined();
    expect(await root.readText('/usr/share/doc/c/copyright')).toBe('a');
    expect(await readdir(join(out, 'usr/share/doc'))).toEqual(['a', 'c']);
    expect(await readdir(join(out, 'usr'))).toEqual(['bin', 'lib', 'share']);
    expect(written).toBeGreaterThan(7);
  });

  it('writes the kept files and only the links and directories the lookups pass through', async () => {
    const tree = new LayerTree();
    tree.apply([
      file('big/blob'),
      file('keep/me', 'yes'),
      link('usr/share/zoneinfo/UTC', 'Etc/UTC'),
      dir('var/lib/dpkg/status.d'),
      dir('other'),
      // merged /usr, a chain of two links, an absolute target, a loop and a dangling link
      link('lib', 'usr/lib'),
      file('usr/lib/apk/db/installed', 'P:x\nV:1\n'),
      link('var/lib/rpm', '../../usr/lib/sysimage/rpm'),
      link('usr/lib/sysimage', '/opt/sysimage'),
      file('opt/sysimage/rpm/rpmdb.sqlite', 'db'),
      link('usr/share/doc/a', 'b'),
      link('usr/share/doc/b', 'a'),
      link('usr/share/doc/c', '/nowhere'),
      link('usr/share/doc/d', '../../../usr/share/doc/e'),
      file('usr/share/doc/e/copyright', 'e'),
    ]);
    out = await mkdtemp(join(tmpdir(), 'osimg-layer-tree-'));
    tree.materialize(out, [
      'lib/apk/db/installed',
      'var/lib/rpm/rpmdb.sqlite',
      'var/lib/dpkg/status.d/*',
      'usr/share/doc/*/copyright',
    ]);
    const root = new Rootfs(out);
    expect(await root.readText('/lib/apk/db/installed')).toBe('P:x\nV:1\n');
    expect(await root.readText('/var/lib/rpm/rpmdb.sqlite')).toBe('db');
    expect(await root.list('/var/lib/dpkg/status.d')).toEqual([]);
    expect(await root.readText('/usr/share/doc/d/copyright')).toBe('e');
    expect(await root.readText('/usr/share/doc/a/copyright')).toBeUndefined();
    expect((await readdir(out)).sort()).toEqual(['keep', 'lib', 'opt', 'usr', 'var']);
    expect((await readdir(join(out, 'usr/share'))).sort()).toEqual(['doc']);
    expect((await readdir(join(out, 'usr/share/doc'))).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
