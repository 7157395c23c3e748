/** Builds rpm header blobs (the inverse of parseRpmHeader), for tests and fuzzing. */
import { RPM_TAG, RPM_TYPE } from '../../../src/sbom/rpm-header.js';

export interface TagValue {
  tag: number;
  type: number;
  value: string | string[] | number;
}

export function buildRpmHeader(tags: TagValue[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const index: Array<[number, number, number, number]> = [];
  let length = 0;
  const encoder = new TextEncoder();
  for (const { tag, type, value } of tags) {
    let bytes: Uint8Array;
    let count = 1;
    if (typeof value === 'number') {
      const pad = (4 - (length % 4)) % 4; // INT32 data is 4-byte aligned
      chunks.push(new Uint8Array(pad));
      length += pad;
      bytes = new Uint8Array(4);
      new DataView(bytes.buffer).setUint32(0, value);
    } else {
      const strings = Array.isArray(value) ? value : [value];
      count = strings.length;
      bytes = encoder.encode(strings.map((s) => `${s}\0`).join(''));
    }
    index.push([tag, type, length, count]);
    chunks.push(bytes);
    length += bytes.length;
  }
  const blob = new Uint8Array(8 + index.length * 16 + length);
  const view = new DataView(blob.buffer);
  view.setUint32(0, index.length);
  view.setUint32(4, length);
  index.forEach((entry, i) => entry.forEach((value, j) => view.setUint32(8 + i * 16 + j * 4, value)));
  let at = 8 + index.length * 16;
  for (const chunk of chunks) {
    blob.set(chunk, at);
    at += chunk.length;
  }
  return blob;
}

/** A typical package header: NAME, VERSION, RELEASE, ARCH, LICENSE, SUMMARY (i18n) and optional EPOCH. */
export function packageHeader(name: string, version: string, release: string, epoch?: number): Uint8Array {
  return buildRpmHeader([
    { tag: RPM_TAG.NAME, type: RPM_TYPE.STRING, value: name },
    { tag: RPM_TAG.VERSION, type: RPM_TYPE.STRING, value: version },
    { tag: RPM_TAG.RELEASE, type: RPM_TYPE.STRING, value: release },
    { tag: RPM_TAG.SUMMARY, type: RPM_TYPE.I18NSTRING, value: [`${name} summary`, 'résumé'] },
    ...(epoch === undefined ? [] : [{ tag: RPM_TAG.EPOCH, type: RPM_TYPE.INT32, value: epoch }]),
    { tag: RPM_TAG.ARCH, type: RPM_TYPE.STRING, value: 'x86_64' },
    { tag: RPM_TAG.LICENSE, type: RPM_TYPE.STRING, value: 'GPL-3.0-or-later' },
  ]);
}
