/**
 * shellcheck (Debian package `shellcheck`): lints one shell script given on stdin and answers findings as
 * JSON (`--format=json1`), so the workflow checker can put each on the line of the workflow it came from.
 */
import type { Exec } from './exec.js';
import { Tool, extractSemver } from './tool.js';

/** The dialects shellcheck knows; a step's `shell:` maps onto one of them or is not checked. */
export type ShellDialect = 'bash' | 'sh' | 'dash' | 'ksh';

export interface ShellFinding {
  /** 1-based line in the script given. */
  line: number;
  column: number;
  level: 'error' | 'warning' | 'info' | 'style';
  /** The SC number, e.g. 2086. */
  code: number;
  message: string;
}

/**
 * Not checked, as actionlint does not: SC1091 (a sourced file is not part of the script) and SC2154 (a
 * variable used but not assigned: in a run: script it comes from env: or the runner).
 */
const EXCLUDED = ['SC1091', 'SC2154'];

export class ShellCheck extends Tool {
  protected readonly installHint = 'install shellcheck (Debian/Ubuntu: apt-get install shellcheck)';

  constructor(exec?: Exec) {
    super('shellcheck', exec);
  }

  protected parseVersion(output: string): string {
    return extractSemver(/version:\s*(\S+)/.exec(output)?.[1] ?? output, 'shellcheck');
  }

  /** The script comes on stdin (`-`); no rc files, so the result does not depend on who runs it. */
  static buildArgs(dialect: ShellDialect): string[] {
    return ['--norc', '--format=json1', `--shell=${dialect}`, `--exclude=${EXCLUDED.join(',')}`, '-'];
  }

  /** json1: `{ "comments": [{ line, column, level, code, message, … }] }`. */
  static parse(output: string): ShellFinding[] {
    const parsed = JSON.parse(output) as { comments?: ShellFinding[] };
    return (parsed.comments ?? []).map(({ line, column, level, code, message }) => ({
      line,
      column,
      level,
      code,
      message,
    }));
  }

  /** Findings for one script (exit 1 means findings, not a failure). */
  async check(script: string, dialect: ShellDialect): Promise<ShellFinding[]> {
    const result = await this.run(ShellCheck.buildArgs(dialect), {
      input: script,
      okExitCodes: [0, 1],
      timeoutMs: 60_000,
    });
    return ShellCheck.parse(result.stdout);
  }
}
