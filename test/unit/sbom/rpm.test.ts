/**
 * The rpm database: the header blob parser on built and broken blobs, and a REAL rpmdb.sqlite made by
 * rpm 4.18 (test/fixtures/sbom/rpm/make-rpmdb.sh) holding two tiny packages and an imported gpg key.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/errors.js';
import { Rootfs } from '../../../src/sbom/rootfs.js';
import { parseSourceRpm, readRpm, readRpmSqlite } from '../../../src/sbom/rpm.js';
import { RPM_TAG, RPM_TYPE, parseRpmHeader } from '../../../src/sbom/rpm-header.js';
import { buildRpmHeader, packageHeader } from './rpm-blob.js';

const FIXTURE_DB = 'test/fixtures/sbom/fedora/usr/lib/sysimage/rpm/rpmdb.sqlite';

describe('rpm header blobs', () => {
  it('reads the tags an SBOM needs, the first I18NSTRING, and an INT32 epoch', () => {
    expect(parseRpmHeader(packageHeader('bash', '5.2.26', '3.fc41', 1))).toEqual({
      name: 'bash',
      version: '5.2.26',
      release: '3.fc41',
      epoch: 1,
      arch: 'x86_64',
      summary: 'bash summary',
      license: 'GPL-3.0-or-later',
    });
    expect(parseRpmHeader(packageHeader('zlib', '1.3', '1')).epoch).toBeUndefined();
  });

  it('reads a header whose data is followed by trailing bytes', () => {
    const blob = packageHeader('a', '1', '1');
    const padded = new Uint8Array(blob.length + 7);
    padded.set(blob);
    expect(parseRpmHeader(padded).name).toBe('a');
  });

  const name = { tag: RPM_TAG.NAME, type: RPM_TYPE.STRING, value: 'pkg' };
  const version = { tag: RPM_TAG.VERSION, type: RPM_TYPE.STRING, value: '1' };
  const release = { tag: RPM_TAG.RELEASE, type: RPM_TYPE.STRING, value: '1' };
  const withView = (blob: Uint8Array, edit: (view: DataView) => void) => {
    edit(new DataView(blob.buffer, blob.byteOffset, blob.byteLength));
    return blob;
  };

  it.each<[string, () => Uint8Array, string]>([
    ['too short', () => new Uint8Array(5), 'shorter than the 8-byte header'],
    ['no index entries', () => new Uint8Array(8), '0 index entries'],
    [
      'a huge index',
      () => withView(new Uint8Array(8), (v) => v.setUint32(0, 0x10000)),
      '65536 index entries',
    ],
    ['huge data', () => withView(buildRpmHeader([name]), (v) => v.setUint32(4, 0x20000000)), 'bytes of data'],
    ['truncated', () => buildRpmHeader([name, version, release]).subarray(0, 40), 'needs'],
    ['no NAME', () => buildRpmHeader([version, release]), 'no NAME'],
    ['no VERSION', () => buildRpmHeader([name, release]), 'package pkg has no VERSION or RELEASE'],
    [
      'NAME as INT32',
      () => buildRpmHeader([{ tag: RPM_TAG.NAME, type: RPM_TYPE.INT32, value: 7 }]),
      'not a string',
    ],
    [
      'EPOCH as STRING',
      () =>
        buildRpmHeader([name, version, release, { tag: RPM_TAG.EPOCH, type: RPM_TYPE.STRING, value: '1' }]),
      'not INT32',
    ],
    [
      'an offset past the data',
      () => withView(buildRpmHeader([name, version, release]), (v) => v.setInt32(8 + 8, 9999)),
      'points outside the data',
    ],
    [
      'a negative offset',
      () => withView(buildRpmHeader([name, version, release]), (v) => v.setInt32(8 + 8, -4)),
      'points outside the data',
    ],
    [
      'a string whose NUL lies past the data',
      // The data length now ends one byte early: RELEASE's NUL is outside the data store.
      () => withView(buildRpmHeader([name, version, release]), (v) => v.setUint32(4, v.getUint32(4) - 1)),
      'not NUL-terminated',
    ],
    [
      'an epoch past the data',
      () =>
        withView(
          buildRpmHeader([name, version, release, { tag: RPM_TAG.EPOCH, type: RPM_TYPE.INT32, value: 1 }]),
          (v) => v.setInt32(8 + 3 * 16 + 8, 1 << 20),
        ),
      'points outside the data',
    ],
  ])('rejects %s with a clear error', (_, make, message) => {
    expect(() => parseRpmHeader(make(), 'rpmdb package 3')).toThrow(ConfigurationError);
    expect(() => parseRpmHeader(make(), 'rpmdb package 3')).toThrow(`rpmdb package 3 is corrupt: `);
    expect(() => parseRpmHeader(make(), 'rpmdb package 3')).toThrow(message);
  });

  it.each([
    ['bash-5.2.26-3.fc41.src.rpm', { name: 'bash', version: '5.2.26-3.fc41' }],
    ['python-pip-23.2.1-4.el10.nosrc.rpm', { name: 'python-pip', version: '23.2.1-4.el10' }],
    ['odd.src.rpm', { name: 'odd' }],
    ['', undefined],
  ])('source rpm %j', (file, expected) => {
    expect(parseSourceRpm(file)).toEqual(expected);
  });
});

describe('rpmdb.sqlite made by rpm 4.18', () => {
  it('holds two packages and the imported key, in installation order, in WAL mode as rpm leaves it', async () => {
    const bytes = await readFile(FIXTURE_DB);
    expect(bytes[18]).toBe(2); // WAL: the reader must cope
    const headers = await readRpmSqlite(bytes, FIXTURE_DB);
    expect(headers.map((h) => h.name)).toEqual(['gpg-pubkey', 'osimg-legacy', 'osimg-hello']);
    expect(headers[2]).toEqual({
      name: 'osimg-hello',
      version: '1.2.3',
      release: '4.fc41',
      epoch: 2,
      arch: 'noarch',
      summary: "A tiny package for osimg's SBOM tests",
      vendor: 'osimg tests',
      license: 'MIT AND (Apache-2.0 OR GPL-2.0-or-later)',
      url: 'https://example.org/osimg-hello',
      sourceRpm: 'osimg-hello-1.2.3-4.fc41.src.rpm',
    });
    expect(headers[1]).toMatchObject({
      name: 'osimg-legacy',
      version: '0.9',
      release: '1.fc41',
      license: 'GPLv2+',
    });
    expect(headers[1]!.epoch).toBeUndefined();
    expect(headers[1]!.vendor).toBeUndefined();
  });

  it('reads it through the image layout (/var/lib/rpm → ../../usr/lib/sysimage/rpm), skipping gpg-pubkey', async () => {
    const warnings: string[] = [];
    const records = await readRpm(new Rootfs('test/fixtures/sbom/fedora'), (w) => warnings.push(w));
    expect(warnings).toEqual([]);
    expect(records).toEqual([
      {
        type: 'rpm',
        name: 'osimg-legacy',
        version: '0.9-1.fc41',
        arch: 'noarch',
        license: { declared: 'GPLv2+' },
        source: { name: 'osimg-legacy', version: '0.9-1.fc41' },
        homepage: 'https://example.org/osimg-legacy',
        summary: "Another tiny package for osimg's SBOM tests",
        foundIn: '/usr/lib/sysimage/rpm/rpmdb.sqlite',
      },
      {
        type: 'rpm',
        name: 'osimg-hello',
        version: '2:1.2.3-4.fc41',
        epoch: 2,
        arch: 'noarch',
        license: {
          declared: 'MIT AND (Apache-2.0 OR GPL-2.0-or-later)',
          expression: 'MIT AND (Apache-2.0 OR GPL-2.0-or-later)',
        },
        source: { name: 'osimg-hello', version: '1.2.3-4.fc41' },
        supplier: { kind: 'Organization', name: 'osimg tests' },
        homepage: 'https://example.org/osimg-hello',
        summary: "A tiny package for osimg's SBOM tests",
        foundIn: '/usr/lib/sysimage/rpm/rpmdb.sqlite',
      },
    ]);
  });
});

describe('rpm databases osimg cannot or must not read', () => {
  let dir: string;
  let SQL: SqlJsStatic;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'osimg-rpm-'));
    const require = createRequire(import.meta.url);
    const { default: initSqlJs } = await import('sql.js');
    SQL = await initSqlJs({ wasmBinary: await readFile(require.resolve('sql.js/dist/sql-wasm.wasm')) });
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  async function rootWith(name: string, files: Record<string, Uint8Array | string>): Promise<Rootfs> {
    const root = join(dir, name);
    for (const [path, content] of Object.entries(files)) {
      await mkdir(join(root, path, '..'), { recursive: true });
      await writeFile(join(root, path), content);
    }
    return new Rootfs(root);
  }
  const read = (root: Rootfs, warnings: string[] = []) => readRpm(root, (w) => warnings.push(w));
  /** A database file made by running `sql`. */
  const sqlite = (sql: string): Uint8Array => {
    const db = new SQL.Database();
    db.exec(sql);
    const bytes = db.export();
    db.close();
    return bytes;
  };

  it('says which distributions use a Berkeley DB, and how to convert it', async () => {
    const root = await rootWith('bdb', { 'var/lib/rpm/Packages': 'bdb' });
    await expect(read(root)).rejects.toThrow(ConfigurationError);
    await expect(read(root)).rejects.toThrow(
      /Berkeley DB database \(\/var\/lib\/rpm\/Packages\).*RHEL\/CentOS ≤ 8.*rpmdb --rebuilddb/,
    );
  });

  it('says the same of ndb', async () => {
    const root = await rootWith('ndb', { 'usr/lib/sysimage/rpm/Packages.db': 'ndb' });
    await expect(read(root)).rejects.toThrow(/ndb database \(\/usr\/lib\/sysimage\/rpm\/Packages.db.*SUSE/);
  });

  it('prefers the SQLite database when a converted image still has the old file', async () => {
    const root = await rootWith('both', {
      'var/lib/rpm/Packages': 'bdb',
      'var/lib/rpm/rpmdb.sqlite': await readFile(FIXTURE_DB),
    });
    expect((await read(root))!.map((r) => r.name)).toEqual(['osimg-legacy', 'osimg-hello']);
  });

  it('is absent when there is no rpm database at all', async () => {
    expect(await read(await rootWith('none', { 'etc/hostname': 'x' }))).toBeUndefined();
  });

  it('warns when a write-ahead log was left behind', async () => {
    const warnings: string[] = [];
    const root = await rootWith('wal', {
      'usr/lib/sysimage/rpm/rpmdb.sqlite': await readFile(FIXTURE_DB),
      'usr/lib/sysimage/rpm/rpmdb.sqlite-wal': 'x',
    });
    await read(root, warnings);
    expect(warnings).toEqual([
      "/usr/lib/sysimage/rpm/rpmdb.sqlite-wal is not empty: packages installed after the rpm database's last checkpoint may be missing",
    ]);
  });

  it.each<[string, () => Uint8Array, RegExp]>([
    [
      'not SQLite',
      () => new TextEncoder().encode('Berkeley? no, nothing'.repeat(10)),
      /is not an SQLite database/,
    ],
    [
      'SQLite without a Packages table',
      () => sqlite('CREATE TABLE Other (x INTEGER)'),
      /is not an rpm database: no such table: Packages/,
    ],
    [
      'a Packages row whose header is corrupt',
      () =>
        sqlite(
          "CREATE TABLE Packages (hnum INTEGER PRIMARY KEY AUTOINCREMENT, blob BLOB NOT NULL); INSERT INTO Packages (hnum, blob) VALUES (7, x'0000000100000004')",
        ),
      /rpmdb.sqlite package 7 is corrupt: needs/,
    ],
    [
      'a Packages row whose header is text',
      () =>
        sqlite(
          "CREATE TABLE Packages (hnum INTEGER PRIMARY KEY, blob BLOB NOT NULL); INSERT INTO Packages VALUES (1, 'text')",
        ),
      /package 1 is corrupt: its header is not a blob/,
    ],
  ])('%s is a ConfigurationError', async (_, make, message) => {
    const bytes = make();
    await expect(readRpmSqlite(bytes, '/var/lib/rpm/rpmdb.sqlite')).rejects.toThrow(ConfigurationError);
    await expect(readRpmSqlite(bytes, '/var/lib/rpm/rpmdb.sqlite')).rejects.toThrow(message);
  });

  it('reports a truncated database file clearly', async () => {
    const bytes = (await readFile(FIXTURE_DB)).subarray(0, 8192);
    await expect(readRpmSqlite(bytes, 'rpmdb.sqlite')).rejects.toThrow(ConfigurationError);
  });
});
