/**
 * mtools: makes and fills a FAT filesystem inside a disk image file at a byte offset (`image@@offset`),
 * without mounting anything. Every command runs through the one `mtools` binary (`mtools -c mcopy ...`).
 */
import type { Exec } from './exec.js';
import { Tool, extractSemver } from './tool.js';

/** Where the FAT filesystem lives: an image file and the byte offset of its partition. */
export interface FatTarget {
  image: string;
  offset: number;
}

export interface MformatOptions extends FatTarget {
  /** Size of the filesystem in 512-byte sectors. */
  sectors: number;
  /** Volume serial number, 8 hex digits (reproducible instead of random). */
  serial: string;
  label: string;
}

export class Mtools extends Tool {
  protected readonly installHint = 'install mtools (Debian/Ubuntu: apt-get install mtools)';

  constructor(exec?: Exec) {
    super('mtools', exec);
  }

  protected override versionArgs(): string[] {
    return ['-c', 'mformat', '--version'];
  }

  protected parseVersion(output: string): string {
    return extractSemver(output, 'mtools');
  }

  static drive(target: FatTarget): string {
    return `${target.image}@@${target.offset}`;
  }

  /** FAT32 (UEFI reads it everywhere), a fixed geometry so the size is exactly `sectors`. */
  static mformatArgs(options: MformatOptions): string[] {
    if (!/^[0-9a-fA-F]{8}$/.test(options.serial)) throw new Error(`bad FAT serial ${options.serial}`);
    return [
      '-c',
      'mformat',
      '-i',
      Mtools.drive(options),
      '-T',
      String(options.sectors),
      '-h',
      '64',
      '-s',
      '32',
      '-F',
      '-N',
      options.serial,
      '-v',
      options.label,
      '::',
    ];
  }

  static mmdArgs(target: FatTarget, dirs: readonly string[]): string[] {
    return ['-c', 'mmd', '-i', Mtools.drive(target), ...dirs.map((dir) => `::${dir}`)];
  }

  /** Copies one file, overwriting; its FAT timestamp is SOURCE_DATE_EPOCH (see env()), not the source's. */
  static mcopyArgs(target: FatTarget, source: string, destination: string): string[] {
    return ['-c', 'mcopy', '-o', '-i', Mtools.drive(target), source, `::${destination}`];
  }

  static mdirArgs(target: FatTarget, dir: string): string[] {
    return ['-c', 'mdir', '-b', '-i', Mtools.drive(target), `::${dir}`];
  }

  static mtypeArgs(target: FatTarget, file: string): string[] {
    return ['-c', 'mtype', '-i', Mtools.drive(target), `::${file}`];
  }

  /** `mdir -b` lists one path per line (`::/EFI/BOOT/BOOTX64.EFI`); directories end with `/`. */
  static parseMdir(output: string): string[] {
    return output
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line.startsWith('::'))
      .map((line) => line.slice(2));
  }

  /**
   * mtools refuses "odd" geometries unless told not to check; SOURCE_DATE_EPOCH fixes every timestamp it
   * writes itself (directories, the volume label).
   */
  private env(epoch: number): Record<string, string> {
    return { MTOOLS_SKIP_CHECK: '1', SOURCE_DATE_EPOCH: String(epoch) };
  }

  async format(options: MformatOptions, epoch: number): Promise<void> {
    await this.run(Mtools.mformatArgs(options), { env: this.env(epoch) });
  }

  async makeDirs(target: FatTarget, dirs: readonly string[], epoch: number): Promise<void> {
    await this.run(Mtools.mmdArgs(target, dirs), { env: this.env(epoch) });
  }

  async copy(target: FatTarget, source: string, destination: string, epoch: number): Promise<void> {
    await this.run(Mtools.mcopyArgs(target, source, destination), { env: this.env(epoch) });
  }

  async list(target: FatTarget, dir: string): Promise<string[]> {
    const result = await this.run(Mtools.mdirArgs(target, dir), { env: { MTOOLS_SKIP_CHECK: '1' } });
    return Mtools.parseMdir(result.stdout);
  }

  async readFile(target: FatTarget, file: string): Promise<string> {
    return (await this.run(Mtools.mtypeArgs(target, file), { env: { MTOOLS_SKIP_CHECK: '1' } })).stdout;
  }
}
