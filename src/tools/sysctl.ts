/** sysctl: sets a kernel parameter (as root: wrap the Exec with asRoot). */
import type { Exec } from './exec.js';
import { Tool, extractSemver } from './tool.js';

export class Sysctl extends Tool {
  protected readonly installHint = 'install procps (Debian/Ubuntu: apt-get install procps)';

  constructor(exec?: Exec) {
    super('sysctl', exec);
  }

  protected parseVersion(output: string): string {
    return extractSemver(output, 'sysctl');
  }

  static setArgs(key: string, value: string): string[] {
    return ['-w', `${key}=${value}`];
  }

  async set(key: string, value: string): Promise<void> {
    await this.run(Sysctl.setArgs(key, value));
  }
}
