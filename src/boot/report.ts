/** A boot-test report as action outputs, summary rows and plain text (shared by the action and the CLI). */
import type { BootTestReport } from './boot-test.js';
import { consoleExcerpt } from './milestones.js';
import { describeTiming } from './timing.js';

/** The action's outputs (names match boot-test/action.yml). */
export function bootTestOutputs(report: BootTestReport): Record<string, string> {
  return {
    passed: String(report.passed),
    'boot-seconds': report.bootSeconds === undefined ? '' : report.bootSeconds.toFixed(1),
    'console-log': report.consoleLog,
    results: JSON.stringify(
      report.results.map(({ name, kind, passed, seconds, detail }) => ({
        name,
        kind,
        passed,
        seconds: seconds ?? null,
        detail,
      })),
    ),
  };
}

/** One row per assertion: result, name, time, detail. */
export function resultRows(report: BootTestReport): Array<[string, string, string, string]> {
  return report.results.map((result) => [
    result.passed ? 'pass' : 'FAIL',
    result.name,
    result.seconds === undefined ? '' : `${result.seconds.toFixed(1)} s`,
    result.detail,
  ]);
}

/** The report as the CLI prints it (and the machine-readable form with --json). */
export function reportText(report: BootTestReport): string {
  const rows = resultRows(report);
  const width = Math.max(...rows.map((row) => row[1].length), 10);
  const lines = [
    `${report.passed ? 'PASSED' : 'FAILED'}${report.failure ? `: ${report.failure}` : ''}`,
    `boot: ${report.bootSeconds === undefined ? 'not reached' : `${report.bootSeconds.toFixed(1)} s`} (${report.accel}); console log: ${report.consoleLog}`,
    `time: ${report.seconds.toFixed(1)} s: ${describeTiming(report.timing)}`,
    ...rows.map(
      ([verdict, name, time, detail]) =>
        `  ${verdict.padEnd(4)}  ${name.padEnd(width)}  ${time.padStart(7)}  ${detail}`,
    ),
  ];
  if (!report.passed && report.lastLines.length > 0)
    lines.push(
      'console lines that matter:',
      ...consoleExcerpt(report.lastLines).map((line) => `  | ${line}`),
    );
  return `${lines.join('\n')}\n`;
}

export function reportJson(report: BootTestReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
