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

  it('names a byte region of an image through its format and backing chain', () => {
    expect(QemuImg.regionOptions('/w/o,v.qcow2', 'qcow2', 1048576, 4096)).toBe(
      'driver=raw,offset=1048576,size=4096,file.driver=qcow2,file.file.driver=file,file.file.filename=/w/o,,v.qcow2',
    );
    expect(QemuImg.regionOptions('/w/esp.raw', 'raw', 0, 65536)).toBe(
      'driver=raw,offset=0,size=65536,file.driver=file,file.filename=/w/esp.raw',
    );
  });

  it('makes overlays and copies regions out of and into images', () => {
    expect(QemuImg.overlayArgs('/a/disk.raw', 'raw', '/w/overlay.qcow2')).toEqual([
      'create',
      '-q',
      '-f',
      'qcow2',
      '-F',
      'raw',
      '-b',
      '/a/disk.raw',
      '/w/overlay.qcow2',
    ]);
    expect(QemuImg.readRegionArgs('/w/o.qcow2', 'qcow2', 512, 1024, '/w/part.raw')).toEqual([
      'convert',
      '-O',
      'raw',
      '--image-opts',
      QemuImg.regionOptions('/w/o.qcow2', 'qcow2', 512, 1024),
      '/w/part.raw',
    ]);
    expect(QemuImg.writeRegionArgs('/w/part.raw', 65536, '/w/o.qcow2', 'qcow2', 1114112, 131072)).toEqual([
      'convert',
      '-n',
      '--image-opts',
      'driver=raw,offset=65536,size=131072,file.driver=file,file.filename=/w/part.raw',
      '--target-image-opts',
      QemuImg.regionOptions('/w/o.qcow2', 'qcow2', 1114112, 131072),
    ]);
  });
});
