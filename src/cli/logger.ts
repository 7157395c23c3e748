/** The CLI's Logger: everything to stderr (stdout is for results), phases with their elapsed time. */
import type { Logger } from '../log.js';

export class CliLogger implements Logger {
  constructor(
    private readonly options: { quiet: boolean; verbose: boolean },
    private readonly write: (text: string) => void = (text) => process.stderr.write(text),
  ) {}

  info(message: string): void {
    if (!this.options.quiet) this.write(`${message}\n`);
  }

  warning(message: string): void {
    this.write(`warning: ${message}\n`);
  }

  debug(message: string): void {
    if (this.options.verbose) this.write(`debug: ${message}\n`);
  }

  console(line: string): void {
    if (this.options.verbose) this.write(`  | ${line}\n`);
  }

  async group<T>(name: string, work: () => Promise<T>): Promise<T> {
    const started = Date.now();
    if (!this.options.quiet) this.write(`==> ${name}\n`);
    const result = await work();
    if (!this.options.quiet)
      this.write(`    ${name}: done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    return result;
  }
}
