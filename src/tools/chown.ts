/** chown: hands files a root-run tool wrote back to the user osimg runs as (wrap the Exec with asRoot). */
import type { Exec } from './exec.js';
import { Tool, extractSemver } from './tool.js';

export class Chown extends Tool {
  protected readonly installHint = 'install coreutils';

  constructor(exec?: Exec) {
    super('chown', exec);
  }

  protected parseVersion(output: string): string {
    return extractSemver(output, 'chown');
  }

  static recursiveArgs(path: string, uid: number, gid: number): string[] {
    return ['-R', '--', `${uid}:${gid}`, path];
  }

  async recursive(path: string, uid: number, gid: number): Promise<void> {
    await this.run(Chown.recursiveArgs(path, uid, gid));
  }
}
