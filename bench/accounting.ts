/**
 * Accounting benchmarks (issue 18's "time that is spent but not reported"): a command's wall time against
 * the total it reports, and the boot test's time broken down (host steps, guest phases, systemd's own
 * figures), as rows beside the other measures.
 */
import type { BootTestReport } from '../src/boot/boot-test.js';
import type { BootTiming } from '../src/boot/timing.js';
import { exec } from '../src/tools/exec.js';
import { ms, verdict, type Row } from './lib.js';

/** `wallMs` measured around the command, against the `seconds` it reported; target ≤ 1.05. */
export function wallRow(measure: string, wallMs: number, reportedSeconds: number): Row {
  const ratio = wallMs / (reportedSeconds * 1000);
  return {
    measure,
    osimg: ms(wallMs),
    baseline: `reported ${ms(reportedSeconds * 1000)}`,
    ratio: ratio.toFixed(3),
    target: '<= 1.05',
    verdict: verdict(ratio, 1.05),
  };
}

/** One info row per span of a boot test's timing, with systemd's figure beside the guest phases. */
export function bootPhaseRows(prefix: string, timing: BootTiming): Row[] {
  const guest: Record<string, number | undefined> = { ...timing.guest };
  return timing.spans.map((span) => ({
    measure: `${prefix}: ${span.name} (${span.kind})`,
    osimg: ms((span.end - span.start) * 1000),
    baseline: guest[span.name] === undefined ? '' : `systemd ${ms(guest[span.name]! * 1000)}`,
    ratio: '',
    target: 'report',
    verdict: 'info',
  }));
}

/** `osimg boot-test` run to the end (not stopped at the marker): its wall time against its `seconds`. */
export async function bootTestAccounting(
  cli: string[],
  disk: string,
  marker: string,
  env: NodeJS.ProcessEnv,
): Promise<Row[]> {
  const started = process.hrtime.bigint();
  const { stdout } = await exec(
    process.execPath,
    [...cli, 'boot-test', disk, '--expect', marker, '--json', '-q'],
    { env },
  );
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const report = JSON.parse(stdout) as BootTestReport;
  return [
    wallRow('osimg boot-test: command wall / the seconds it reports', wallMs, report.seconds),
    ...(report.timing ? bootPhaseRows('boot-test time', report.timing) : []),
  ];
}
