/** Benchmark helpers: timed processes, interleaved side-by-side runs, medians, and the result table. */
import { spawn } from 'node:child_process';

export interface Row {
  measure: string;
  osimg: string;
  baseline: string;
  ratio: string;
  target: string;
  verdict: string;
}

/** Runs a command to completion; returns its wall time in ms and fails loudly if it fails. */
export function timeCommand(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; untilFirstOutput?: boolean } = {},
): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, {
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let firstOutput: number | undefined;
    let stderr = '';
    const mark = () => (firstOutput ??= Number(process.hrtime.bigint() - started) / 1e6);
    child.stdout.on('data', mark);
    child.stderr.on('data', (chunk: Buffer) => {
      mark();
      stderr += chunk.toString();
    });
    child.on('close', (code) => {
      const total = Number(process.hrtime.bigint() - started) / 1e6;
      if (options.untilFirstOutput) resolve(firstOutput ?? total);
      else if (code === 0) resolve(total);
      else reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr.slice(-2000)}`));
    });
  });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Alternates A and B `runs` times (so drift hits both alike) and returns their medians. */
export async function sideBySide(
  runs: number,
  a: () => Promise<number>,
  b: () => Promise<number>,
): Promise<[number, number]> {
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < runs; i++) {
    as.push(await a());
    bs.push(await b());
  }
  return [median(as), median(bs)];
}

export const ms = (value: number): string =>
  value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(0)} ms`;

export function printTable(rows: Row[]): void {
  const headers: Row = {
    measure: 'measure',
    osimg: 'osimg',
    baseline: 'baseline',
    ratio: 'ratio',
    target: 'target',
    verdict: 'verdict',
  };
  const keys = Object.keys(headers) as Array<keyof Row>;
  const width = Object.fromEntries(
    keys.map((key) => [key, Math.max(...[headers, ...rows].map((row) => row[key].length))]),
  );
  const line = (row: Row) => `| ${keys.map((key) => row[key].padEnd(width[key]!)).join(' | ')} |`;
  console.log(line(headers));
  console.log(`|${keys.map((key) => '-'.repeat(width[key]! + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

export function verdict(value: number, target: number): string {
  return value <= target ? 'ok' : 'MISSED';
}

/**
 * A side-by-side row: osimg's time against a baseline, judged either on the ratio (`{ ratio: 1.05 }`) or
 * on osimg's own time (`{ ms: 150 }`).
 */
export function comparison(
  measure: string,
  osimgMs: number,
  baseline: { label: string; ms: number },
  target: { ratio: number } | { ms: number },
): Row {
  const ratio = osimgMs / baseline.ms;
  const onRatio = 'ratio' in target;
  return {
    measure,
    osimg: ms(osimgMs),
    baseline: `${baseline.label} ${ms(baseline.ms)}`,
    ratio: ratio.toFixed(ratio < 0.1 ? 3 : 2),
    target: onRatio ? `<= ${target.ratio}` : `<= ${target.ms} ms`,
    verdict: onRatio ? verdict(ratio, target.ratio) : verdict(osimgMs, target.ms),
  };
}

/** Median start-to-exit time of a bare `node` (the floor under any Node CLI or action). */
export async function bareNodeMs(runs = 10): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++)
    times.push(await timeCommand('node', ['-e', 'process.stdout.write("x")'], { untilFirstOutput: true }));
  return median(times);
}
