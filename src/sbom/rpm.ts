/**
 * RPM packages from the rpm database. Only the SQLite backend is read (rpmdb.sqlite: Fedora ≥ 33, CentOS
 * Stream / RHEL ≥ 9 and the bootc images built on them; /usr/lib/sysimage/rpm since Fedora 36), with sql.js
 * (SQLite compiled to WebAssembly: no native module; loaded as a file beside the ncc bundle). Its Packages table holds one rpm
 * header blob per package (rpm-header.ts). The older Berkeley DB and ndb backends are reported as
 * unsupported rather than silently giving an empty SBOM.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInThisContext } from 'node:vm';
import type { SqlJsStatic } from 'sql.js';
import { ConfigurationError } from '../errors.js';
import { license } from './license.js';
import type { PackageRecord } from './model.js';
import type { Rootfs } from './rootfs.js';
import { parseRpmHeader, type RpmHeader } from './rpm-header.js';

export const RPMDB_SQLITE_PATHS = ['/usr/lib/sysimage/rpm/rpmdb.sqlite', '/var/lib/rpm/rpmdb.sqlite'];
const BDB_PATHS = ['/var/lib/rpm/Packages', '/usr/lib/sysimage/rpm/Packages'];
const NDB_PATHS = ['/var/lib/rpm/Packages.db', '/usr/lib/sysimage/rpm/Packages.db'];

let sqlJs: Promise<SqlJsStatic> | undefined;

/**
 * sql.js's build with the WebAssembly inlined (one text file, no .wasm to locate). It is loaded from disk,
 * not bundled: webpack (ncc) folds the `typeof module` test of its start-up code and breaks it. The form
 * `new URL('literal', import.meta.url)` is one ncc recognises: it copies the file next to the bundle and
 * rewrites the expression (to a URL or a path). Outside a bundle that is this repository's node_modules;
 * module resolution is the fallback for other layouts.
 */
function sqlJsPath(): string {
  const ref: URL | string = new URL('../../node_modules/sql.js/dist/sql-wasm-inline.js', import.meta.url);
  const path = ref instanceof URL ? fileURLToPath(ref) : ref;
  return existsSync(path) ? path : createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm-inline.js');
}

/**
 * Loads sql.js once: its CommonJS code evaluated in a module wrapper as Node would (so it works the same
 * from an ESM bundle whose folder says "type": "module"). Nothing is fetched.
 */
function loadSqlJs(): Promise<SqlJsStatic> {
  sqlJs ??= (async () => {
    const path = sqlJsPath();
    const source = await readFile(path, 'utf8');
    const wrapper = runInThisContext(
      `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
      {
        filename: path,
      },
    ) as (
      exports: unknown,
      require: NodeJS.Require,
      module: { exports: unknown },
      file: string,
      dir: string,
    ) => void;
    const module: { exports: unknown } = { exports: {} };
    wrapper(module.exports, createRequire(path), module, path, dirname(path));
    const initSqlJs = module.exports as () => Promise<SqlJsStatic>;
    return initSqlJs();
  })().catch((error: unknown) => {
    sqlJs = undefined;
    throw error;
  });
  return sqlJs;
}

const SQLITE_MAGIC = 'SQLite format 3\0';

/** The package headers of an rpmdb.sqlite file's contents, in installation order. */
export async function readRpmSqlite(bytes: Uint8Array, path: string): Promise<RpmHeader[]> {
  if (bytes.length < 100 || new TextDecoder().decode(bytes.subarray(0, 16)) !== SQLITE_MAGIC) {
    throw new ConfigurationError(`${path} is not an SQLite database (the rpm database seems damaged)`);
  }
  // rpm opens its database in WAL mode; an in-memory copy can only be read in rollback-journal mode.
  let copy = bytes;
  if (bytes[18] === 2 || bytes[19] === 2) {
    copy = new Uint8Array(bytes);
    copy[18] = 1;
    copy[19] = 1;
  }
  const SQL = await loadSqlJs();
  let db;
  try {
    db = new SQL.Database(copy);
  } catch (error) {
    throw new ConfigurationError(`${path} cannot be opened: ${(error as Error).message}`, { cause: error });
  }
  const headers: RpmHeader[] = [];
  try {
    let statement;
    try {
      statement = db.prepare('SELECT hnum, blob FROM Packages ORDER BY hnum');
    } catch (error) {
      throw new ConfigurationError(`${path} is not an rpm database: ${(error as Error).message}`, {
        cause: error,
      });
    }
    try {
      while (statement.step()) {
        const [hnum, blob] = statement.get();
        if (!(blob instanceof Uint8Array)) {
          throw new ConfigurationError(
            `${path} package ${String(hnum)} is corrupt: its header is not a blob`,
          );
        }
        headers.push(parseRpmHeader(blob, `${path} package ${String(hnum)}`));
      }
    } catch (error) {
      if (error instanceof ConfigurationError) throw error;
      throw new ConfigurationError(`${path} cannot be read: ${(error as Error).message}`, { cause: error });
    } finally {
      statement.free();
    }
  } finally {
    db.close();
  }
  return headers;
}

/** "bash-5.2.26-3.fc41.src.rpm" → bash, 5.2.26-3.fc41. */
export function parseSourceRpm(file: string): { name: string; version?: string } | undefined {
  const base = file.replace(/\.(no)?src\.rpm$/, '');
  const match = /^(.+)-([^-]+-[^-]+)$/.exec(base);
  if (!match) return base ? { name: base } : undefined;
  return { name: match[1]!, version: match[2]! };
}

export function rpmRecord(header: RpmHeader, foundIn: string): PackageRecord {
  const evr = `${header.version}-${header.release}`;
  const record: PackageRecord = {
    type: 'rpm',
    name: header.name,
    version: header.epoch === undefined ? evr : `${header.epoch}:${evr}`,
    foundIn,
  };
  if (header.epoch !== undefined) record.epoch = header.epoch;
  if (header.arch) record.arch = header.arch;
  const declared = header.license === undefined ? undefined : license(header.license);
  if (declared) record.license = declared;
  const source = header.sourceRpm === undefined ? undefined : parseSourceRpm(header.sourceRpm);
  if (source) record.source = source;
  if (header.vendor) record.supplier = { kind: 'Organization', name: header.vendor };
  if (header.url) record.homepage = header.url;
  if (header.summary) record.summary = header.summary;
  return record;
}

async function firstExisting(root: Rootfs, paths: string[]): Promise<string | undefined> {
  for (const path of paths) if (await root.exists(path)) return path;
  return undefined;
}

/**
 * The rpm database of an image: undefined when it has none. gpg-pubkey entries (imported signing keys,
 * not software) are left out. A Berkeley DB or ndb database is a ConfigurationError.
 */
export async function readRpm(
  root: Rootfs,
  warn: (message: string) => void,
): Promise<PackageRecord[] | undefined> {
  const path = await firstExisting(root, RPMDB_SQLITE_PATHS);
  if (path === undefined) {
    const bdb = await firstExisting(root, BDB_PATHS);
    if (bdb) {
      throw new ConfigurationError(
        `the image has an rpm Berkeley DB database (${bdb}), which osimg cannot read: only the SQLite rpmdb of ` +
          'Fedora ≥ 33 and CentOS Stream / RHEL / Alma / Rocky ≥ 9 is supported (BDB is used by RHEL/CentOS ≤ 8, ' +
          'Fedora ≤ 32 and Amazon Linux 2). Rebuild the database as SQLite in the image ' +
          "(rpmdb --rebuilddb --define '_db_backend sqlite') or use a newer base.",
      );
    }
    const ndb = await firstExisting(root, NDB_PATHS);
    if (ndb) {
      throw new ConfigurationError(
        `the image has an rpm ndb database (${ndb}, openSUSE / SUSE Linux Enterprise 15), which osimg cannot read: ` +
          "only the SQLite rpmdb is supported. Rebuild it in the image (rpmdb --rebuilddb --define '_db_backend sqlite').",
      );
    }
    return undefined;
  }
  const bytes = await root.read(path);
  if (bytes === undefined) return undefined;
  const wal = await root.read(`${path}-wal`);
  if (wal && wal.length > 0) {
    warn(
      `${path}-wal is not empty: packages installed after the rpm database's last checkpoint may be missing`,
    );
  }
  return (await readRpmSqlite(bytes, path))
    .filter((header) => header.name !== 'gpg-pubkey')
    .map((header) => rpmRecord(header, path));
}
