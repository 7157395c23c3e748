/**
 * Finds UEFI firmware (OVMF) the way libvirt does: qemu's firmware descriptors (docs/interop/firmware.json
 * in qemu) in /etc/qemu/firmware and /usr/share/qemu/firmware, then well-known paths. Secure Boot builds
 * are skipped: they need SMM and enrolled keys, and osimg's systemd-boot is not signed.
 */
import { access, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError } from '../errors.js';

export interface UefiFirmware {
  code: string;
  varsTemplate: string;
}

export const DESCRIPTOR_DIRS = ['/etc/qemu/firmware', '/usr/share/qemu/firmware'];

/** Where distributions put OVMF when they ship no descriptors (Debian/Ubuntu, Fedora, Arch, SUSE). */
export const KNOWN_FIRMWARE: readonly UefiFirmware[] = [
  { code: '/usr/share/OVMF/OVMF_CODE_4M.fd', varsTemplate: '/usr/share/OVMF/OVMF_VARS_4M.fd' },
  { code: '/usr/share/OVMF/OVMF_CODE.fd', varsTemplate: '/usr/share/OVMF/OVMF_VARS.fd' },
  { code: '/usr/share/edk2/ovmf/OVMF_CODE.fd', varsTemplate: '/usr/share/edk2/ovmf/OVMF_VARS.fd' },
  { code: '/usr/share/edk2/x64/OVMF_CODE.4m.fd', varsTemplate: '/usr/share/edk2/x64/OVMF_VARS.4m.fd' },
  { code: '/usr/share/qemu/ovmf-x86_64-code.bin', varsTemplate: '/usr/share/qemu/ovmf-x86_64-vars.bin' },
];

interface Descriptor {
  'interface-types'?: string[];
  mapping?: {
    device?: string;
    executable?: { filename?: string; format?: string };
    'nvram-template'?: { filename?: string; format?: string };
  };
  targets?: Array<{ architecture?: string; machines?: string[] }>;
  features?: string[];
}

/** The firmware a descriptor offers for x86-64 q35 UEFI without Secure Boot, if it offers one. */
export function usableDescriptor(text: string): UefiFirmware | undefined {
  let data: Descriptor;
  try {
    data = JSON.parse(text) as Descriptor;
  } catch {
    return undefined;
  }
  const features = data.features ?? [];
  if (!(data['interface-types'] ?? []).includes('uefi')) return undefined;
  if (features.some((feature) => ['secure-boot', 'enrolled-keys', 'requires-smm'].includes(feature)))
    return undefined;
  const mapping = data.mapping;
  if (mapping?.device !== 'flash') return undefined;
  const code = mapping.executable?.filename;
  const vars = mapping['nvram-template']?.filename;
  if (!code || !vars || (mapping.executable?.format ?? 'raw') !== 'raw') return undefined;
  const q35 = (data.targets ?? []).some(
    (target) =>
      target.architecture === 'x86_64' &&
      (target.machines ?? []).some((machine) => machine.startsWith('pc-q35') || machine === 'q35'),
  );
  return q35 ? { code, varsTemplate: vars } : undefined;
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

export async function findUefiFirmware(dirs: readonly string[] = DESCRIPTOR_DIRS): Promise<UefiFirmware> {
  // Descriptors are applied in file-name order across directories; a name in /etc overrides /usr/share.
  const byName = new Map<string, string>();
  for (const dir of [...dirs].reverse()) {
    for (const name of await readdir(dir).catch(() => [] as string[])) {
      if (name.endsWith('.json')) byName.set(name, join(dir, name));
    }
  }
  for (const name of [...byName.keys()].sort()) {
    const firmware = usableDescriptor(await readFile(byName.get(name)!, 'utf8').catch(() => ''));
    if (firmware && (await exists(firmware.code)) && (await exists(firmware.varsTemplate))) return firmware;
  }
  for (const firmware of KNOWN_FIRMWARE) {
    if ((await exists(firmware.code)) && (await exists(firmware.varsTemplate))) return firmware;
  }
  throw new ConfigurationError(
    'no UEFI firmware (OVMF) found: install it (Debian/Ubuntu: apt-get install ovmf; Fedora: edk2-ovmf), or boot with firmware bios',
  );
}
