/**
 * Filesystem makers that populate a filesystem from a directory without mounting it: mkfs.ext4 `-d` (in
 * place inside a disk image, at a byte offset) and mkfs.erofs (a read-only root). Both take fixed UUIDs
 * and times, so the same input gives the same bytes.
 */
import type { Exec } from './exec.js';
import { Tool, extractSemver } from './tool.js';

export interface Ext4Options {
  /** The disk image file (or a partition file when offset is 0). */
  image: string;
  /** Byte offset of the partition inside the image. */
  offset: number;
  /** Filesystem size in bytes (a multiple of 4096). */
  size: number;
  /** Directory whose content becomes the filesystem. */
  source: string;
  uuid: string;
  /** Seed of the directory-hash function (a UUID): random by default, fixed for reproducibility. */
  hashSeed: string;
  label: string;
  /** Epoch seconds for the superblock and the inodes mkfs makes itself. */
  epoch: number;
}

export interface ErofsOptions {
  output: string;
  source: string;
  uuid: string;
  /** Epoch seconds stamped on every file (-T). */
  epoch: number;
  /** lz4hc compression (smaller, slower to build); none by default. */
  compress?: boolean;
  /** Keep /var itself but none of its content (it lives on its own partition). */
  excludeVarContent?: boolean;
}

export class Mkfs extends Tool {
  protected readonly installHint = 'install e2fsprogs (Debian/Ubuntu: apt-get install e2fsprogs)';

  constructor(exec?: Exec) {
    super('mkfs.ext4', exec);
  }

  protected override versionArgs(): string[] {
    return ['-V'];
  }

  protected parseVersion(output: string): string {
    return extractSemver(output, 'mkfs.ext4');
  }

  /** mke2fs prints its version on stderr. */
  override version(): Promise<string> {
    return this.run(this.versionArgs()).then((result) =>
      this.parseVersion(`${result.stdout}${result.stderr}`),
    );
  }

  static ext4Args(options: Ext4Options): string[] {
    if (options.size % 4096 !== 0) throw new Error(`ext4 size ${options.size} is not a multiple of 4096`);
    return [
      '-q',
      '-F',
      '-t',
      'ext4',
      '-b',
      '4096',
      '-d',
      options.source,
      '-U',
      options.uuid,
      '-L',
      options.label,
      // Fixed hash seed, root owned by root, the offset inside the image, and no discard: punching holes
      // is the sparse file's business, not mkfs's.
      '-E',
      `hash_seed=${options.hashSeed},root_owner=0:0,offset=${options.offset},nodiscard`,
      options.image,
      `${options.size / 1024}k`,
    ];
  }

  static ext4Env(epoch: number): Record<string, string> {
    // Read by libext2fs in place of the clock (superblock times, inodes mkfs creates itself).
    return { E2FSPROGS_FAKE_TIME: String(epoch) };
  }

  async ext4(options: Ext4Options): Promise<void> {
    await this.run(Mkfs.ext4Args(options), { env: Mkfs.ext4Env(options.epoch) });
  }
}

export class MkfsErofs extends Tool {
  protected readonly installHint = 'install erofs-utils (Debian/Ubuntu: apt-get install erofs-utils)';

  constructor(exec?: Exec) {
    super('mkfs.erofs', exec);
  }

  protected override versionArgs(): string[] {
    return ['--help'];
  }

  /** mkfs.erofs has no version flag; its log names the version when it builds ("mkfs.erofs 1.5"). */
  protected parseVersion(output: string): string {
    return /\d+\.\d+/.test(output) ? extractSemver(output, 'mkfs.erofs') : '0.0.0';
  }

  static args(options: ErofsOptions): string[] {
    // erofs-utils 1.5 has no label option: the root is found by PARTUUID anyway.
    const args = [`-T${options.epoch}`, `-U${options.uuid}`, '--quiet'];
    if (options.compress) args.push('-zlz4hc');
    // Paths are matched relative to the source directory.
    if (options.excludeVarContent) args.push('--exclude-regex=^var/.');
    args.push(options.output, options.source);
    return args;
  }

  async make(options: ErofsOptions): Promise<void> {
    await this.run(MkfsErofs.args(options));
  }
}
