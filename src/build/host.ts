/**
 * Facts about the build host that pick sensible defaults: its architecture, the foreign architectures it
 * can emulate, and whether it is itself a container (where buildah's OCI isolation cannot start).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { HostInfo } from './build.js';
import { ociArchitecture } from './platform.js';

export function detectHost(): HostInfo {
  let binfmtHandlers: string[] = [];
  try {
    binfmtHandlers = readdirSync('/proc/sys/fs/binfmt_misc').filter(
      (name) => name !== 'register' && name !== 'status',
    );
  } catch {
    binfmtHandlers = [];
  }
  return { architecture: ociArchitecture(process.arch), binfmtHandlers };
}

export function runningInContainer(): boolean {
  if (existsSync('/.dockerenv') || existsSync('/run/.containerenv')) return true;
  try {
    return /docker|containerd|kubepods|libpod/.test(readFileSync('/proc/1/cgroup', 'utf8'));
  } catch {
    return false;
  }
}

/**
 * `auto`: chroot inside containers (nested runtimes cannot create namespaces there), otherwise buildah's
 * own default (unset).
 */
export function resolveIsolation(choice: string, inContainer: boolean): string | undefined {
  if (choice !== 'auto') return choice;
  return inContainer ? 'chroot' : undefined;
}
