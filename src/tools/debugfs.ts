/**
 * debugfs (e2fsprogs): reads an ext2/3/4 filesystem inside a disk image without mounting it. The
 * partition's byte offset goes in the device name (`disk.raw?offset=N`, a libext2fs unix_io option), and
 * several requests run in one process through `-f -` (the commands on stdin, echoed as `debugfs: CMD`).
 */
import type { Exec } from './exec.js';
import { Tool, extractSemver } from './tool.js';

export interface DirEntry {
  name: string;
  /** The inode's mode (octal string as debugfs prints it, e.g. 040755 for a directory). */
  mode: string;
}

export class Debugfs extends Tool {
  protected readonly installHint = 'install e2fsprogs (Debian/Ubuntu: apt-get install e2fsprogs)';

  constructor(exec?: Exec) {
    super('debugfs', exec);
  }

  protected override versionArgs(): string[] {
    return ['-V'];
  }

  protected parseVersion(output: string): string {
    return extractSemver(output, 'debugfs');
  }

  /** debugfs prints its version on stderr. */
  override version(): Promise<string> {
    return this.run(this.versionArgs()).then((result) =>
      this.parseVersion(`${result.stdout}${result.stderr}`),
    );
  }

  static device(image: string, offset: number): string {
    return offset > 0 ? `${image}?offset=${offset}` : image;
  }

  static args(image: string, offset: number): string[] {
    return ['-f', '-', Debugfs.device(image, offset)];
  }

  /** One command per request; paths are quoted so spaces survive debugfs's own word splitting. */
  static script(requests: readonly string[]): string {
    return `${requests.join('\n')}\n`;
  }

  /** Splits the output of a `-f -` run at the `debugfs: CMD` echo lines: one text per request, in order. */
  static splitOutput(stdout: string, count: number): string[] {
    const sections: string[] = [];
    let current: string[] | undefined;
    for (const line of stdout.split('\n')) {
      if (line.startsWith('debugfs: ')) {
        if (current) sections.push(current.join('\n'));
        current = [];
        // The echo and the first output line can share a line when the command printed nothing else.
        continue;
      }
      current?.push(line);
    }
    if (current) sections.push(current.join('\n'));
    while (sections.length < count) sections.push('');
    return sections.slice(0, count);
  }

  /** Parses `ls -p`: `/INODE/MODE/UID/GID/NAME/SIZE/` lines; `.` and `..` dropped. */
  static parseList(text: string): DirEntry[] {
    const entries: DirEntry[] = [];
    for (const line of text.split('\n')) {
      const match = /^\/(\d+)\/(\d+)\/\d+\/\d+\/(.*)\/[^/]*\/$/.exec(line.trim());
      if (!match || match[3] === '.' || match[3] === '..') continue;
      entries.push({ name: match[3]!, mode: match[2]! });
    }
    return entries;
  }

  /** Runs `ls -p` and `cat` requests against one filesystem in a single debugfs process. */
  async requests(image: string, offset: number, requests: readonly string[]): Promise<string[]> {
    const result = await this.run(Debugfs.args(image, offset), { input: Debugfs.script(requests) });
    return Debugfs.splitOutput(result.stdout, requests.length);
  }
}
