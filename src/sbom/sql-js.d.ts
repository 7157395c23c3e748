/** The part of sql.js (SQLite compiled to WebAssembly; it ships no types) that the rpm reader uses. */
declare module 'sql.js' {
  export interface Statement {
    step(): boolean;
    get(): unknown[];
    free(): boolean;
  }
  export interface Database {
    prepare(sql: string): Statement;
    exec(sql: string, params?: unknown[]): Array<{ columns: string[]; values: unknown[][] }>;
    export(): Uint8Array;
    close(): void;
  }
  export interface SqlJsStatic {
    Database: new (data?: Uint8Array) => Database;
  }
  export default function initSqlJs(config?: {
    wasmBinary?: ArrayBuffer | Uint8Array;
    locateFile?: (file: string) => string;
  }): Promise<SqlJsStatic>;
}
