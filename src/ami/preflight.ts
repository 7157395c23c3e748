/**
 * Checks a disk before anything is uploaded: a partition table the chosen boot mode can boot (GPT with an
 * EFI system partition for UEFI, BIOS boot code for legacy BIOS), a root partition for the AMI's
 * architecture, and a kernel with the drivers every Nitro instance needs — ENA (network) and NVMe (EBS
 * volumes) — as modules in /usr/lib/modules/<kver> or built in (modules.builtin). An AMI that cannot boot
 * or reach the network is worse than no AMI: those are errors; what cannot be checked is a warning.
 */
import { compareKernelVersions } from '../disk/boot-files.js';
import type { Logger } from '../log.js';
import {
  detectFilesystem,
  GPT_TYPES,
  readPartitionTable,
  type FilesystemKind,
  type Partition,
  type PartitionTable,
} from './disk-image.js';
import { openRootfs, type RootfsTools } from './rootfs.js';

export type BootMode = 'uefi' | 'legacy-bios' | 'uefi-preferred';
export type Architecture = 'x86_64' | 'arm64';

export interface PreflightInput {
  /** A raw view of the disk: the file and where the raw bytes are in it. */
  path: string;
  range: { start: number; length: number };
  /** How to name the disk in messages. */
  label: string;
  bootMode: BootMode;
  architecture: Architecture;
}

export interface DriverCheck {
  driver: 'ena' | 'nvme';
  found: 'module' | 'builtin' | 'missing';
}

export interface PreflightReport {
  errors: string[];
  warnings: string[];
  table: PartitionTable['kind'];
  esp?: Partition;
  root?: Partition & { filesystem: FilesystemKind };
  kernels: string[];
  kernel?: string;
  drivers: DriverCheck[];
}

/** Where each driver's module lives under /usr/lib/modules/<kver>/ (its name in modules.builtin too). */
const DRIVERS: Record<DriverCheck['driver'], { dir: string; module: string; purpose: string }> = {
  ena: {
    dir: 'kernel/drivers/net/ethernet/amazon/ena',
    module: 'ena',
    purpose: 'the Elastic Network Adapter (networking on every current instance type)',
  },
  nvme: {
    dir: 'kernel/drivers/nvme/host',
    module: 'nvme',
    purpose: 'NVMe (how Nitro instances see their EBS root volume)',
  },
};

const MODULE_FILE = /\.ko(\.(xz|zst|gz))?$/;

export async function preflight(
  input: PreflightInput,
  tools: RootfsTools,
  tempDir: string,
  log: Logger,
): Promise<PreflightReport> {
  const report: PreflightReport = { errors: [], warnings: [], table: 'none', kernels: [], drivers: [] };
  const table = await readPartitionTable(input.path, input.range);
  report.table = table.kind;
  const { label } = input;
  const wantsUefi = input.bootMode !== 'legacy-bios';

  if (wantsUefi) {
    if (table.kind !== 'gpt') {
      report.errors.push(
        `${label} has no valid GPT partition table${table.problem ? ` (it has ${table.problem})` : ''}: boot-mode ${input.bootMode} needs a GPT disk with an EFI system partition; make the disk with osimg disk, or set boot-mode to legacy-bios for an MBR disk with a BIOS boot loader`,
      );
      return report;
    }
    report.esp = table.partitions.find((part) => part.type === GPT_TYPES.esp);
    if (!report.esp) {
      report.errors.push(
        `${label} has a GPT but no EFI system partition (type ${GPT_TYPES.esp}): UEFI firmware cannot boot it; make the disk with osimg disk, or set boot-mode to legacy-bios if it has a BIOS boot loader`,
      );
    }
    if (input.bootMode === 'uefi-preferred' && !table.biosBootCode)
      report.warnings.push(
        `${label} has no BIOS boot code: instance types without UEFI will not boot it with boot-mode uefi-preferred (use uefi to keep it to UEFI instance types)`,
      );
  } else if (!table.biosBootCode) {
    report.errors.push(
      `${label} has no BIOS boot code in its first sector: boot-mode legacy-bios cannot boot it; use boot-mode uefi for a disk made by osimg disk`,
    );
  }

  const root = pickRoot(table, input.architecture, report);
  if (!root) {
    if (table.kind !== 'none' && report.errors.length === 0)
      report.errors.push(
        `${label} has no root partition: no Linux partition besides the EFI system partition`,
      );
    return report;
  }
  const filesystem = await detectFilesystem(input.path, input.range.start + root.offset);
  report.root = { ...root, filesystem };
  await checkDrivers(input, report, tools, tempDir, log);
  return report;
}

/** The root partition: the DPS root type for the architecture, else the largest Linux partition. */
function pickRoot(
  table: PartitionTable,
  architecture: Architecture,
  report: PreflightReport,
): Partition | undefined {
  const wanted = architecture === 'arm64' ? GPT_TYPES.rootArm64 : GPT_TYPES.rootX86_64;
  const other = architecture === 'arm64' ? GPT_TYPES.rootX86_64 : GPT_TYPES.rootArm64;
  const exact = table.partitions.find((part) => part.type === wanted);
  if (exact) return exact;
  const foreign = table.partitions.find((part) => part.type === other);
  if (foreign) {
    report.errors.push(
      `the disk's root partition is typed for ${architecture === 'arm64' ? 'x86_64' : 'arm64'}, but architecture is ${architecture}: set architecture to match the image`,
    );
    return undefined;
  }
  const linux = table.partitions
    .filter(
      (part) =>
        table.kind === 'gpt'
          ? part.type === GPT_TYPES.linuxData
          : ['83', '8e'].includes(part.type) /* Linux, LVM */,
    )
    .sort((a, b) => b.bytes - a.bytes);
  return linux[0];
}

async function checkDrivers(
  input: PreflightInput,
  report: PreflightReport,
  tools: RootfsTools,
  tempDir: string,
  log: Logger,
): Promise<void> {
  const root = report.root!;
  const cannot = (why: string) =>
    report.warnings.push(
      `could not check the kernel's ENA and NVMe drivers: ${why}; make sure the image has them or instances will not boot or reach the network`,
    );
  let reader;
  try {
    reader = await openRootfs(
      input.path,
      { offset: input.range.start + root.offset, bytes: root.bytes },
      root.filesystem,
      tools,
      tempDir,
    );
  } catch (error) {
    cannot(`reading the ${root.filesystem} root failed (${(error as Error).message.split('\n')[0]})`);
    return;
  }
  if (!reader) {
    cannot(
      `the root partition holds ${root.filesystem === 'unknown' ? 'an unknown filesystem' : root.filesystem}, which osimg cannot read without mounting`,
    );
    return;
  }
  try {
    const modulesDir = ['/usr/lib/modules', '/lib/modules'];
    const [usr, lib] = await reader.listMany(modulesDir);
    const base = usr?.length ? modulesDir[0]! : lib?.length ? modulesDir[1]! : undefined;
    report.kernels = [...(usr?.length ? usr : (lib ?? []))].sort(compareKernelVersions);
    if (!base || report.kernels.length === 0) {
      report.errors.push(
        `the disk's root filesystem has no kernel modules (/usr/lib/modules is empty): install a kernel in the image (e.g. linux-image-amd64 or kernel-core)`,
      );
      return;
    }
    const kernel = report.kernels.at(-1)!;
    report.kernel = kernel;
    if (report.kernels.length > 1)
      log.info(`kernels in the image: ${report.kernels.join(', ')}; checking ${kernel}`);
    const names = Object.keys(DRIVERS) as Array<DriverCheck['driver']>;
    const listings = await reader.listMany(names.map((driver) => `${base}/${kernel}/${DRIVERS[driver].dir}`));
    const builtin = (await reader.read(`${base}/${kernel}/modules.builtin`)) ?? '';
    names.forEach((driver, i) => {
      const spec = DRIVERS[driver];
      const asModule = (listings[i] ?? []).some(
        (file) => MODULE_FILE.test(file) && file.replace(MODULE_FILE, '') === spec.module,
      );
      const builtIn = builtin.split('\n').some((line) => line.trim() === `${spec.dir}/${spec.module}.ko`);
      const found = asModule ? 'module' : builtIn ? 'builtin' : 'missing';
      report.drivers.push({ driver, found });
      if (found === 'missing')
        report.errors.push(
          `kernel ${kernel} in the disk has no ${driver} driver (${spec.module}.ko under ${spec.dir}, or built in): EC2 needs it for ${spec.purpose}; install a kernel that has it (Debian's linux-image-amd64 and Fedora's kernel-modules do)`,
        );
    });
    if (!builtin) log.info(`no modules.builtin for ${kernel}: built-in drivers were not considered`);
  } finally {
    await reader.close();
  }
}
