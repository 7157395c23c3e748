/**
 * xorriso: writes a hybrid ISO 9660 image — EFI El Torito boot from an EFI system partition image, and a
 * GPT in which that same image and an appended root filesystem are partitions, so the file also boots as a
 * disk — and reports on an existing one (-report_el_torito, -report_system_area).
 */
import type { Exec } from './exec.js';
import { Tool, extractSemver } from './tool.js';

export interface HybridIsoOptions {
  output: string;
  /** Directory whose files make the ISO 9660 tree: a README and the ESP image (see `espPath`). */
  tree: string;
  /** Volume label (ISO 9660: up to 32 upper-case letters, digits and _). */
  label: string;
  /**
   * Path inside `tree` of the EFI system partition's FAT image: the El Torito EFI boot image and, through
   * -efi-boot-part, a GPT partition. Inside the ISO 9660 volume, not appended after it: an ESP larger
   * than El Torito's 16-bit sector count (32 MiB) is found by OVMF only there.
   */
  espPath: string;
  /** Root filesystem image, appended after the ISO 9660 volume as a GPT partition. */
  root: string;
  /** Type GUID of the root partition (Discoverable Partitions Specification). */
  rootType: string;
  /** GPT disk GUID; xorriso derives the partition GUIDs from it. */
  diskGuid: string;
  /** Epoch seconds for every date in the ISO (SOURCE_DATE_EPOCH). */
  epoch: number;
}

/** xorriso's slot for the appended root (its GPT entry number depends on the gaps xorriso fills). */
export const ISO_ROOT_SLOT = 2;

export class Xorriso extends Tool {
  protected readonly installHint = 'install xorriso (Debian/Ubuntu: apt-get install xorriso)';

  constructor(exec?: Exec) {
    super('xorriso', exec);
  }

  protected override versionArgs(): string[] {
    return ['-version'];
  }

  protected parseVersion(output: string): string {
    return extractSemver(output, 'xorriso');
  }

  static hybridArgs(options: HybridIsoOptions): string[] {
    return [
      '-no_rc', // no startup files: the same arguments give the same image everywhere
      '-as',
      'mkisofs',
      '-o',
      options.output,
      '-V',
      options.label,
      '-iso-level',
      '3',
      '-rational-rock',
      // One copy of the ESP serves both: the El Torito EFI image (CD) and a GPT partition (disk).
      '-e',
      options.espPath,
      '-no-emul-boot',
      '-efi-boot-part',
      '--efi-boot-image',
      '-append_partition',
      String(ISO_ROOT_SLOT),
      options.rootType,
      options.root,
      '-appended_part_as_gpt',
      '--gpt_disk_guid',
      options.diskGuid,
      options.tree,
    ];
  }

  /** SOURCE_DATE_EPOCH fixes every volume and file date (and the default disk GUID) in xorriso >= 1.5. */
  static env(epoch: number): Record<string, string> {
    return { SOURCE_DATE_EPOCH: String(epoch) };
  }

  /** `onPercent` gets xorriso's "UPDATE : 41.20% done" progress. */
  async writeHybrid(options: HybridIsoOptions, onPercent?: (percent: number) => void): Promise<void> {
    await this.run(Xorriso.hybridArgs(options), {
      env: Xorriso.env(options.epoch),
      onStderrLine: (line) => {
        const match = /UPDATE\s*:\s*([\d.]+)% done/.exec(line);
        if (match && onPercent) onPercent(Number(match[1]));
      },
    });
  }

  static reportArgs(iso: string): string[] {
    return ['-no_rc', '-indev', iso, '-report_el_torito', 'plain', '-report_system_area', 'plain'];
  }

  /** The El Torito boot images and system area of an ISO, as xorriso reports them. */
  async report(iso: string): Promise<IsoReport> {
    const result = await this.run(Xorriso.reportArgs(iso));
    return parseIsoReport(`${result.stdout}\n${result.stderr}`);
  }
}

export interface IsoReport {
  bootImages: Array<{ platform: string; emulation: string; lba: number; blocks?: number }>;
  systemArea: string;
  gptPartitions: Array<{ number: number; typeGuid: string; start: number; size: number }>;
}

/** Parses `-report_el_torito plain -report_system_area plain` lines ("El Torito boot img :   1  UEFI ..."). */
export function parseIsoReport(text: string): IsoReport {
  const report: IsoReport = { bootImages: [], systemArea: '', gptPartitions: [] };
  const blocks = new Map<number, number>();
  const types = new Map<number, string>();
  const ranges = new Map<number, { start: number; size: number }>();
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    const fields = value.split(/\s+/);
    if (key === 'El Torito boot img' && fields.length >= 8)
      report.bootImages.push({
        platform: fields[1]!,
        emulation: fields[3]!,
        lba: Number(fields.at(-1)),
      });
    else if (key === 'El Torito img blks') blocks.set(Number(fields[0]), Number(fields[1]));
    else if (key === 'System area summary') report.systemArea = value;
    else if (key === 'GPT type GUID') types.set(Number(fields[0]), guidFromHex(fields[1] ?? ''));
    else if (key === 'GPT start and size')
      ranges.set(Number(fields[0]), { start: Number(fields[1]), size: Number(fields[2]) });
  }
  report.bootImages.forEach((image, index) => (image.blocks = blocks.get(index + 1)));
  for (const [number, typeGuid] of types)
    report.gptPartitions.push({ number, typeGuid, ...(ranges.get(number) ?? { start: 0, size: 0 }) });
  return report;
}

/** xorriso prints GUIDs as their 16 bytes on disk; the first three fields are little-endian. */
export function guidFromHex(hex: string): string {
  if (!/^[0-9a-f]{32}$/i.test(hex)) return hex;
  const b = hex.toUpperCase().match(/../g)!;
  const swap = (from: number, to: number) => b.slice(from, to).reverse().join('');
  return `${swap(0, 4)}-${swap(4, 6)}-${swap(6, 8)}-${b.slice(8, 10).join('')}-${b.slice(10).join('')}`;
}
