/**
 * What domain modules may say to the user. The action supplies one over @actions/core (groups,
 * annotations), the CLI one over stderr; tests collect lines.
 */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  /**
   * A line of a VM's serial console. Without this method it goes to `info`; the CLI shows it only with
   * --verbose (the whole console is in its log file either way).
   */
  console?(line: string): void;
  /** Runs `work` inside a collapsible section named `name`. */
  group<T>(name: string, work: () => Promise<T>): Promise<T>;
}

/** A logger that keeps everything in memory (tests, benchmarks). */
export class MemoryLogger implements Logger {
  readonly lines: string[] = [];
  info(message: string): void {
    this.lines.push(message);
  }
  warning(message: string): void {
    this.lines.push(`warning: ${message}`);
  }
  debug(message: string): void {
    this.lines.push(`debug: ${message}`);
  }
  async group<T>(name: string, work: () => Promise<T>): Promise<T> {
    this.lines.push(`[${name}]`);
    return work();
  }
}
