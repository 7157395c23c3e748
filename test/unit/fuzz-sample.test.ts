/**
 * A small seeded sample of every fuzz target (fuzz/targets.ts): each parser returns or throws one of
 * osimg's own errors on mutated and random input. `npm run fuzz` runs the same targets at volume and also
 * counts slow inputs; here only the error class is asserted (timing belongs to the fuzz run, not tests).
 */
import { describe, expect, it } from 'vitest';
import { fuzz } from '../../fuzz/harness.js';
import { TARGETS } from '../../fuzz/targets.js';

describe('fuzz sample', () => {
  it.each(TARGETS.map((target) => [target.name, target] as const))(
    '%s: no unexpected error in 150 seeded inputs',
    async (_name, target) => {
      const stats = await fuzz(target, { runs: 150, seed: 42 });
      expect(stats.tried).toBe(150);
      expect(stats.unexpected, stats.examples.join('\n')).toBe(0);
    },
  );
});
