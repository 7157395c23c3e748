/**
 * dump.erofs (erofs-utils): lists directories and file extents of an erofs image without mounting it.
 * erofs-utils 1.5 takes no partition offset, so callers hand it the partition as its own file. File
 * content is read by the caller from the extents' physical byte ranges (uncompressed layouts only).
 */
import type { Exec } from './exec.js';
import { Tool, extractSemver } from './tool.js';

export interface ErofsEntry {
  name: string;
  /** erofs file type: 1 regular, 2 directory, 7 symlink, … */
  type: number;
}

export interface ErofsExtent {
  logical: number;
  length: number;
  physical: number;
}

export interface ErofsFile {
  size: number;
  /** 0 plain, 2 inline: readable from the extents; 1 and 3 are compressed. */
  layout: number;
  extents: ErofsExtent[];
}

export class DumpErofs extends Tool {
  protected readonly installHint = 'install erofs-utils (Debian/Ubuntu: apt-get install erofs-utils)';

  constructor(exec?: Exec) {
    super('dump.erofs', exec);
  }

  protected override versionArgs(): string[] {
    return ['-V'];
  }

  protected parseVersion(output: string): string {
    return extractSemver(output, 'dump.erofs');
  }

  static listArgs(image: string, path: string): string[] {
    return [`--path=${path}`, '--ls', image];
  }

  static extentArgs(image: string, path: string): string[] {
    return ['-e', `--path=${path}`, image];
  }

  /** The `NID TYPE FILENAME` table after the inode header; `.` and `..` dropped. */
  static parseList(text: string): ErofsEntry[] {
    const entries: ErofsEntry[] = [];
    let inTable = false;
    for (const line of text.split('\n')) {
      if (/^\s*NID\s+TYPE\s+FILENAME/.test(line)) {
        inTable = true;
        continue;
      }
      const match = inTable ? /^\s*\d+\s+(\d+)\s+(.+)$/.exec(line) : null;
      if (!match || match[2] === '.' || match[2] === '..') continue;
      entries.push({ name: match[2]!, type: Number(match[1]) });
    }
    return entries;
  }

  /** `Size: N`, `Layout: N` and the extent table (`0: 0.. 38 | 38 : 2976.. 3014 | 38`). */
  static parseExtents(text: string): ErofsFile {
    const size = Number(/Size:\s*(\d+)/.exec(text)?.[1] ?? NaN);
    const layout = Number(/Layout:\s*(\d+)/.exec(text)?.[1] ?? NaN);
    const extents: ErofsExtent[] = [];
    for (const line of text.split('\n')) {
      const match = /^\s*\d+:\s*(\d+)\.\.\s*\d+\s*\|\s*(\d+)\s*:\s*(\d+)\.\.\s*\d+\s*\|/.exec(line);
      if (match)
        extents.push({ logical: Number(match[1]), length: Number(match[2]), physical: Number(match[3]) });
    }
    return { size, layout, extents };
  }

  /** Undefined when the path does not exist. */
  async list(image: string, path: string): Promise<ErofsEntry[] | undefined> {
    const result = await this.run(DumpErofs.listArgs(image, path), { okExitCodes: [0, 1, 2, 254, 255] });
    return DumpErofs.found(result.stdout) ? DumpErofs.parseList(result.stdout) : undefined;
  }

  async extents(image: string, path: string): Promise<ErofsFile | undefined> {
    const result = await this.run(DumpErofs.extentArgs(image, path), { okExitCodes: [0, 1, 2, 254, 255] });
    return DumpErofs.found(result.stdout) ? DumpErofs.parseExtents(result.stdout) : undefined;
  }

  /** dump.erofs 1.5 exits 0 for a missing path ("read inode failed" on stderr): found = an inode header. */
  static found(stdout: string): boolean {
    return /^File\s*:/m.test(stdout);
  }
}
