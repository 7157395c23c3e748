/**
 * The rpm header blob, as rpm stores one per package in its database (no lead, no header magic):
 *
 *   uint32 BE index count (il) | uint32 BE data length (dl) | il × 16-byte index entries | dl bytes of data
 *
 * An index entry is four uint32 BE: tag, type, offset (into the data), count. Strings are NUL-terminated;
 * STRING_ARRAY and I18NSTRING hold `count` consecutive strings (I18NSTRING: one per locale, the first is
 * the default). Only the tags an SBOM needs are read; every offset is bounds-checked, so a corrupt blob is
 * an error, never a crash or an endless loop.
 */
import { ConfigurationError } from '../errors.js';

export const RPM_TYPE = {
  NULL: 0,
  CHAR: 1,
  INT8: 2,
  INT16: 3,
  INT32: 4,
  INT64: 5,
  STRING: 6,
  BIN: 7,
  STRING_ARRAY: 8,
  I18NSTRING: 9,
} as const;

export const RPM_TAG = {
  NAME: 1000,
  VERSION: 1001,
  RELEASE: 1002,
  EPOCH: 1003,
  SUMMARY: 1004,
  VENDOR: 1011,
  LICENSE: 1014,
  URL: 1020,
  ARCH: 1022,
  SOURCERPM: 1044,
} as const;

/** rpm's own limits (hdrchkTags, hdrchkData): at most 0xffff index entries and 256 MiB of data. */
const MAX_ENTRIES = 0xffff;
const MAX_DATA = 256 * 1024 * 1024;

export interface RpmHeader {
  name: string;
  version: string;
  release: string;
  epoch?: number;
  arch?: string;
  summary?: string;
  vendor?: string;
  license?: string;
  url?: string;
  sourceRpm?: string;
}

interface Entry {
  type: number;
  offset: number;
  count: number;
}

const decoder = new TextDecoder('utf-8');

/** Parses one header blob. `where` names it in errors (e.g. "rpmdb.sqlite package 12"). */
export function parseRpmHeader(blob: Uint8Array, where = 'rpm header'): RpmHeader {
  const corrupt = (why: string) => new ConfigurationError(`${where} is corrupt: ${why}`);
  if (blob.length < 8) throw corrupt(`${blob.length} bytes, shorter than the 8-byte header`);
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  const il = view.getUint32(0);
  const dl = view.getUint32(4);
  if (il < 1 || il > MAX_ENTRIES) throw corrupt(`${il} index entries`);
  if (dl > MAX_DATA) throw corrupt(`${dl} bytes of data`);
  const dataStart = 8 + il * 16;
  if (dataStart + dl > blob.length) {
    throw corrupt(`needs ${dataStart + dl} bytes (${il} entries, ${dl} bytes of data), has ${blob.length}`);
  }

  const wanted = new Set<number>(Object.values(RPM_TAG));
  const entries = new Map<number, Entry>();
  for (let i = 0; i < il; i++) {
    const at = 8 + i * 16;
    const tag = view.getUint32(at);
    if (!wanted.has(tag) || entries.has(tag)) continue;
    entries.set(tag, {
      type: view.getUint32(at + 4),
      offset: view.getInt32(at + 8),
      count: view.getUint32(at + 12),
    });
  }

  const tagName = (tag: number) =>
    Object.entries(RPM_TAG).find(([, value]) => value === tag)?.[0] ?? String(tag);
  const string = (tag: number): string | undefined => {
    const entry = entries.get(tag);
    if (!entry) return undefined;
    if (
      entry.type !== RPM_TYPE.STRING &&
      entry.type !== RPM_TYPE.I18NSTRING &&
      entry.type !== RPM_TYPE.STRING_ARRAY
    ) {
      throw corrupt(`tag ${tagName(tag)} has type ${entry.type}, not a string`);
    }
    if (entry.count < 1) throw corrupt(`tag ${tagName(tag)} has no value`);
    if (entry.offset < 0 || entry.offset >= dl) throw corrupt(`tag ${tagName(tag)} points outside the data`);
    const start = dataStart + entry.offset;
    const end = blob.indexOf(0, start);
    if (end < 0 || end >= dataStart + dl) throw corrupt(`tag ${tagName(tag)} is not NUL-terminated`);
    return decoder.decode(blob.subarray(start, end));
  };
  const int32 = (tag: number): number | undefined => {
    const entry = entries.get(tag);
    if (!entry) return undefined;
    if (entry.type !== RPM_TYPE.INT32) throw corrupt(`tag ${tagName(tag)} has type ${entry.type}, not INT32`);
    if (entry.count < 1 || entry.offset < 0 || entry.offset + 4 > dl) {
      throw corrupt(`tag ${tagName(tag)} points outside the data`);
    }
    return view.getUint32(dataStart + entry.offset);
  };

  const name = string(RPM_TAG.NAME);
  const version = string(RPM_TAG.VERSION);
  const release = string(RPM_TAG.RELEASE);
  if (!name) throw corrupt('no NAME');
  if (version === undefined || release === undefined)
    throw corrupt(`package ${name} has no VERSION or RELEASE`);
  const header: RpmHeader = { name, version, release };
  const optional: Array<[keyof RpmHeader, string | number | undefined]> = [
    ['epoch', int32(RPM_TAG.EPOCH)],
    ['arch', string(RPM_TAG.ARCH)],
    ['summary', string(RPM_TAG.SUMMARY)],
    ['vendor', string(RPM_TAG.VENDOR)],
    ['license', string(RPM_TAG.LICENSE)],
    ['url', string(RPM_TAG.URL)],
    ['sourceRpm', string(RPM_TAG.SOURCERPM)],
  ];
  for (const [key, value] of optional) {
    if (value !== undefined && value !== '') (header as unknown as Record<string, unknown>)[key] = value;
  }
  return header;
}
