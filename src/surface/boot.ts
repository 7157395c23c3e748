/** What a boot exposes, from the boot test's report (guest facts) and the disk's kernel command line. */
import { isRootReadOnly, type GuestFacts } from '../boot/facts.js';
import type { BootSurface } from './model.js';

export function bootSurface(cmdline: string, facts: GuestFacts | undefined): BootSurface {
  if (!facts) return { cmdline };
  return {
    cmdline,
    rootReadOnly: isRootReadOnly(facts),
    rootFilesystem: facts.rootFilesystem,
    listening: facts.listening,
    services: facts.active.filter((unit) => unit.endsWith('.service')),
  };
}
