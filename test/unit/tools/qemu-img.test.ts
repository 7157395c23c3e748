/** QemuImg: argument builders and parsers, against real outputs in test/fixtures/disk. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OsimgError } from '../../../src/errors.js';
import { QemuImg } from '../../../src/tools/qemu-img.js';

const fixture = (name: string) => readFileSync(`test/fixtures/disk/${name}`, 'utf8');

describe('QemuImg', () => {
  it.each([
    ['qcow2', []],
    ['vmdk', ['-o', 'subformat=streamOptimized']],
    ['vpc', ['-o', 'subformat=fixed,force_size=on']],
  ] as const)('converts raw to %s with the options clouds import', (format, options) => {
    expect(QemuImg.convertArgs('/d.raw', '/d.out', format)).toEqual([
      'convert',
      '-f',
      'raw',
      '-O',
      format,
      ...options,
      '/d.raw',
      '/d.out',
    ]);
  });

  it('asks for JSON info, naming the format when known', () => {
    expect(QemuImg.infoArgs('/d.vhd', 'vpc')).toEqual(['info', '--output=json', '-f', 'vpc', '/d.vhd']);
    expect(QemuImg.infoArgs('/d.qcow2')).toEqual(['info', '--output=json', '/d.qcow2']);
  });

  it('parses real qemu-img info output', () => {
    expect(QemuImg.parseInfo(fixture('qemu-img-info-qcow2.json'))).toEqual({
      format: 'qcow2',
      virtualSize: 104857600,
      actualSize: 598016,
    });
    expect(QemuImg.parseInfo(fixture('qemu-img-info-vhd.json')).virtualSize).toBe(104858112);
  });

  it.each(['', '{', '{"format": 1}', 'null', '{"format":"raw"}'])('rejects %j with an OsimgError', (text) => {
    expect(() => QemuImg.parseInfo(text)).toThrow(OsimgError);
  });
});
