/** Runs one fuzz target over generated inputs and counts: accepted, refused cleanly, unsafe. */
import fc from 'fast-check';
import { OsimgError, quoteInput } from '../src/errors.js';
import type { FuzzTarget } from './targets.js';

/** An input that takes longer than this is unsafe, whatever it ends in. */
export const SLOW_MS = 1000;

export interface FuzzStats {
  name: string;
  tried: number;
  accepted: number;
  refused: number;
  unsafe: number;
  /** Unsafe because of the error class (the rest of `unsafe` were slow). */
  unexpected: number;
  slowestMs: number;
  /** The first few unsafe inputs, described in one line each. */
  examples: string[];
}

function describeInput(input: unknown): string {
  const text = Buffer.isBuffer(input) ? `<${input.length} bytes>` : (JSON.stringify(input) ?? String(input));
  return quoteInput(text, 160);
}

export async function fuzz(
  target: FuzzTarget,
  options: { runs: number; seed: number; budgetMs?: number },
): Promise<FuzzStats> {
  const stats: FuzzStats = {
    name: target.name,
    tried: 0,
    accepted: 0,
    refused: 0,
    unsafe: 0,
    unexpected: 0,
    slowestMs: 0,
    examples: [],
  };
  const deadline = options.budgetMs === undefined ? Infinity : performance.now() + options.budgetMs;
  // Generated in batches so a big run does not hold every input at once.
  const batch = 500;
  for (let done = 0; done < options.runs && performance.now() < deadline; done += batch) {
    const inputs = fc.sample(target.input, {
      numRuns: Math.min(batch, options.runs - done),
      seed: options.seed + done,
    });
    for (const input of inputs) {
      const start = performance.now();
      let problem: string | undefined;
      try {
        await target.run(input);
        stats.accepted++;
      } catch (error) {
        if (error instanceof OsimgError) stats.refused++;
        else {
          stats.unexpected++;
          problem = `${(error as Error)?.constructor?.name ?? typeof error}: ${(error as Error)?.message ?? String(error)}`;
        }
      }
      const ms = performance.now() - start;
      stats.slowestMs = Math.max(stats.slowestMs, ms);
      if (!problem && ms > SLOW_MS) problem = `took ${Math.round(ms)} ms`;
      stats.tried++;
      if (problem) {
        stats.unsafe++;
        if (stats.examples.length < 3)
          stats.examples.push(`${quoteInput(problem, 160)} on ${describeInput(input)}`);
      }
      if (performance.now() >= deadline) break;
    }
  }
  return stats;
}
