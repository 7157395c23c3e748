/**
 * qemu-img: converts a raw disk to qcow2, vmdk (streamOptimized, for cloud import) or vhd, and inspects disks;
 * makes throwaway qcow2 overlays and reads or writes byte regions of an image through its backing chain.
 */
import { OsimgError } from '../errors.js';
import type { Exec } from './exec.js';
import { Tool, extractSemver } from './tool.js';

export type ImageFormat = 'qcow2' | 'vmdk' | 'vpc';

export interface DiskInfo {
  format: string;
  virtualSize: number;
  actualSize: number;
}

export class QemuImg extends Tool {
  protected readonly installHint = 'install qemu-utils (Debian/Ubuntu: apt-get install qemu-utils)';

  constructor(exec?: Exec) {
    super('qemu-img', exec);
  }

  protected parseVersion(output: string): string {
    return extractSemver(output, 'qemu-img');
  }

  /**
   * Per-format options: vmdk as streamOptimized (what AWS and VMware import), vhd fixed with the exact
   * size (what Azure requires), qcow2 with qemu's defaults.
   */
  static formatOptions(format: ImageFormat): string[] {
    if (format === 'vmdk') return ['-o', 'subformat=streamOptimized'];
    if (format === 'vpc') return ['-o', 'subformat=fixed,force_size=on'];
    return [];
  }

  static convertArgs(source: string, target: string, format: ImageFormat): string[] {
    return ['convert', '-f', 'raw', '-O', format, ...QemuImg.formatOptions(format), source, target];
  }

  /** A fixed VHD looks like raw to format probing: name the format when it is known. */
  static infoArgs(path: string, format?: ImageFormat | 'raw'): string[] {
    return ['info', '--output=json', ...(format ? ['-f', format] : []), path];
  }

  static parseInfo(json: string): DiskInfo {
    let data: { format?: unknown; 'virtual-size'?: unknown; 'actual-size'?: unknown };
    try {
      data = JSON.parse(json) as typeof data;
    } catch (error) {
      throw new OsimgError(`cannot read qemu-img info output: ${(error as Error).message}`, { cause: error });
    }
    if (typeof data?.format !== 'string' || typeof data['virtual-size'] !== 'number')
      throw new OsimgError('qemu-img info output has no format or virtual size');
    return {
      format: data.format,
      virtualSize: data['virtual-size'],
      actualSize: typeof data['actual-size'] === 'number' ? data['actual-size'] : 0,
    };
  }

  /** Any format qemu-img reads → a sparse raw disk (publish-ami's EBS direct upload reads raw blocks). */
  static toRawArgs(source: string, target: string): string[] {
    return ['convert', '-O', 'raw', source, target];
  }

  async toRaw(source: string, target: string): Promise<void> {
    await this.run(QemuImg.toRawArgs(source, target));
  }

  /** A qcow2 overlay over `backing` (absolute path): writes land in the overlay, the backing stays as it is. */
  static overlayArgs(backing: string, backingFormat: string, overlay: string): string[] {
    return ['create', '-q', '-f', 'qcow2', '-F', backingFormat, '-b', backing, overlay];
  }

  /** `--image-opts` naming the bytes [offset, offset + size) of an image as a raw image of their own. */
  static regionOptions(image: string, format: string, offset: number, size: number): string {
    const path = image.replace(/,/g, ',,');
    const file =
      format === 'raw'
        ? `file.driver=file,file.filename=${path}`
        : `file.driver=${format},file.file.driver=file,file.file.filename=${path}`;
    return `driver=raw,offset=${offset},size=${size},${file}`;
  }

  /** Copies a region of an image (through its backing chain) into a new sparse raw file. */
  static readRegionArgs(
    image: string,
    format: string,
    offset: number,
    size: number,
    target: string,
  ): string[] {
    return [
      'convert',
      '-O',
      'raw',
      '--image-opts',
      QemuImg.regionOptions(image, format, offset, size),
      target,
    ];
  }

  /** Writes `size` bytes of a raw file, from `sourceOffset`, into an existing image at `offset`. */
  static writeRegionArgs(
    source: string,
    sourceOffset: number,
    image: string,
    format: string,
    offset: number,
    size: number,
  ): string[] {
    return [
      'convert',
      '-n',
      '--image-opts',
      QemuImg.regionOptions(source, 'raw', sourceOffset, size),
      '--target-image-opts',
      QemuImg.regionOptions(image, format, offset, size),
    ];
  }

  async createOverlay(backing: string, backingFormat: string, overlay: string): Promise<void> {
    await this.run(QemuImg.overlayArgs(backing, backingFormat, overlay));
  }

  async readRegion(
    image: string,
    format: string,
    offset: number,
    size: number,
    target: string,
  ): Promise<void> {
    await this.run(QemuImg.readRegionArgs(image, format, offset, size, target));
  }

  async writeRegion(
    source: string,
    sourceOffset: number,
    image: string,
    format: string,
    offset: number,
    size: number,
  ): Promise<void> {
    await this.run(QemuImg.writeRegionArgs(source, sourceOffset, image, format, offset, size));
  }

  async convert(source: string, target: string, format: ImageFormat): Promise<void> {
    await this.run(QemuImg.convertArgs(source, target, format));
  }

  async info(path: string, format?: ImageFormat | 'raw'): Promise<DiskInfo> {
    return QemuImg.parseInfo((await this.run(QemuImg.infoArgs(path, format))).stdout);
  }
}
