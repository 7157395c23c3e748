/**
 * GNU tar: packs an OCI layout directory into an oci-archive, reproducibly (sorted names, fixed owner and
 * time), so the same layout gives the same archive bytes.
 */
import type { Exec } from './exec.js';
import { Tool, extractSemver } from './tool.js';

export class Tar extends Tool {
  protected readonly installHint = 'install GNU tar (apt-get install tar)';

  constructor(exec?: Exec) {
    super('tar', exec);
  }

  protected parseVersion(output: string): string {
    return extractSemver(output, 'tar');
  }

  static createArgs(archive: string, dir: string, entries: readonly string[], mtime: number): string[] {
    return [
      '--create',
      `--file=${archive}`,
      `--directory=${dir}`,
      '--sort=name',
      '--owner=0',
      '--group=0',
      '--numeric-owner',
      `--mtime=@${mtime}`,
      '--format=posix',
      '--pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime',
      '--',
      ...entries,
    ];
  }

  async create(archive: string, dir: string, entries: readonly string[], mtime: number): Promise<void> {
    await this.run(Tar.createArgs(archive, dir, entries, mtime));
  }
}
