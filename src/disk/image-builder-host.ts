/**
 * What the machine needs before osbuild's image-builder runs (docs/disk.md, "Runner steps"): Ubuntu 24.04
 * restricts unprivileged user namespaces through AppArmor, which osbuild's sandbox needs, and a bootc
 * image with its disks takes many gigabytes. On a GitHub-hosted runner (passwordless sudo, a throw-away
 * machine) osimg lifts the restriction itself; anywhere else it says what to run, and changes nothing.
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ConfigurationError } from '../errors.js';
import type { Logger } from '../log.js';
import type { Sysctl } from '../tools/sysctl.js';
import { checkFreeSpace } from './files.js';

export const APPARMOR_USERNS = 'kernel.apparmor_restrict_unprivileged_userns';
export const APPARMOR_USERNS_PATH = '/proc/sys/kernel/apparmor_restrict_unprivileged_userns';
/** A bootc image (~2 GB), osbuild's store and the disks of one type: what GitHub's guidance suggests. */
export const IMAGE_BUILDER_SPACE = 20 * 1024 * 1024 * 1024;

export interface HostFacts {
  /** GITHUB_ACTIONS=true on a GitHub-hosted runner (RUNNER_ENVIRONMENT=github-hosted). */
  githubHosted: boolean;
  sysctl: Sysctl;
  log: Logger;
  /** Where the AppArmor switch is read (tests point it elsewhere). */
  apparmorPath?: string;
  /** Directories that must have room: the output directory and root's container storage. */
  spaceDirs: readonly string[];
  neededBytes?: number;
}

export async function prepareImageBuilderHost(facts: HostFacts): Promise<void> {
  const path = facts.apparmorPath ?? APPARMOR_USERNS_PATH;
  const restricted = (await readFile(path, 'utf8').catch(() => '0')).trim() === '1';
  if (restricted) {
    if (!facts.githubHosted)
      throw new ConfigurationError(
        `AppArmor restricts unprivileged user namespaces on this machine (${APPARMOR_USERNS}=1), which osbuild's image-builder needs: run \`sudo sysctl -w ${APPARMOR_USERNS}=0\` first`,
      );
    facts.log.info(`GitHub runner: setting ${APPARMOR_USERNS}=0 (osbuild needs user namespaces)`);
    await facts.sysctl.set(APPARMOR_USERNS, '0');
  }
  const needed = facts.neededBytes ?? IMAGE_BUILDER_SPACE;
  for (const dir of facts.spaceDirs) {
    try {
      await checkFreeSpace(await existingAncestor(dir), needed);
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error;
      throw new ConfigurationError(
        `${error.message}${facts.githubHosted ? '; on a GitHub runner, free space first (docs/disk.md: sudo rm -rf /usr/share/dotnet /usr/local/lib/android /opt/ghc)' : ''}`,
        { cause: error },
      );
    }
  }
}

/** The directory itself, or the nearest parent that exists (root's storage may not be made yet). */
async function existingAncestor(dir: string): Promise<string> {
  let current = dir;
  while (!(await stat(current).catch(() => undefined)) && dirname(current) !== current)
    current = dirname(current);
  return current;
}
