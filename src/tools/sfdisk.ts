/**
 * sfdisk: writes a GPT partition table onto a disk image file from a script (no loop device, no root),
 * and reads one back as JSON. Scripts and parsers are pure and static.
 */
import { OsimgError } from '../errors.js';
import type { Exec } from './exec.js';
import { Tool, extractSemver } from './tool.js';

export interface GptPartition {
  /** First sector (512-byte units). */
  start: number;
  /** Length in sectors. */
  size: number;
  /** Partition type GUID. */
  type: string;
  /** Unique partition GUID (PARTUUID). */
  uuid: string;
  name: string;
}

export interface GptTable {
  /** Disk GUID. */
  diskId: string;
  partitions: readonly GptPartition[];
}

export interface ReadPartition extends GptPartition {
  node: string;
}

export interface ReadTable {
  label: string;
  id: string;
  sectorSize: number;
  partitions: ReadPartition[];
}

export class Sfdisk extends Tool {
  protected readonly installHint = 'install util-linux (Debian/Ubuntu: apt-get install fdisk)';

  constructor(exec?: Exec) {
    super('sfdisk', exec);
  }

  protected parseVersion(output: string): string {
    return extractSemver(output, 'sfdisk');
  }

  /** An sfdisk script for a GPT with fixed GUIDs, so the same table always gives the same bytes. */
  static script(table: GptTable): string {
    const lines = ['label: gpt', `label-id: ${table.diskId}`, 'unit: sectors', 'sector-size: 512', ''];
    for (const part of table.partitions) {
      if (/["\\,]/.test(part.name))
        throw new OsimgError(`partition name "${part.name}" has a character sfdisk cannot take`);
      lines.push(
        `start=${part.start}, size=${part.size}, type=${part.type}, uuid=${part.uuid}, name="${part.name}"`,
      );
    }
    return `${lines.join('\n')}\n`;
  }

  static writeArgs(image: string): string[] {
    // A file, not a block device: never ask the kernel to re-read anything.
    return ['--quiet', '--no-reread', '--no-tell-kernel', '--wipe=always', image];
  }

  static readArgs(image: string): string[] {
    return ['--json', image];
  }

  /** Parses `sfdisk --json`. */
  static parse(json: string): ReadTable {
    let data: {
      partitiontable?: {
        label?: string;
        id?: string;
        sectorsize?: number;
        partitions?: Array<{
          node?: string;
          start?: number;
          size?: number;
          type?: string;
          uuid?: string;
          name?: string;
        }>;
      };
    };
    try {
      data = JSON.parse(json) as typeof data;
    } catch (error) {
      throw new OsimgError(`cannot read sfdisk --json output: ${(error as Error).message}`, { cause: error });
    }
    const table = data?.partitiontable;
    if (typeof table !== 'object' || table === null || typeof table.label !== 'string')
      throw new OsimgError('sfdisk --json output has no partition table');
    return {
      label: table.label,
      id: table.id ?? '',
      sectorSize: table.sectorsize ?? 512,
      partitions: (table.partitions ?? []).map((part) => ({
        node: part.node ?? '',
        start: part.start ?? 0,
        size: part.size ?? 0,
        type: part.type ?? '',
        uuid: part.uuid ?? '',
        name: part.name ?? '',
      })),
    };
  }

  async write(image: string, table: GptTable): Promise<void> {
    await this.run(Sfdisk.writeArgs(image), { input: Sfdisk.script(table) });
  }

  async read(image: string): Promise<ReadTable> {
    return Sfdisk.parse((await this.run(Sfdisk.readArgs(image))).stdout);
  }
}
