/**
 * The pipeline's surface stage: `osimg surface` on the built digest with what the boot exposed, the
 * policy's budgets as a gate (before promote), and what changed since the channel tag's current digest.
 * It writes surface.json, surface.md and surface.html, which the pipeline report includes.
 */
import { join } from 'node:path';
import type { Invoke, PipelinePlanOptions } from './plan.js';
import type { Stage } from './run.js';

export function surfaceStage(
  options: PipelinePlanOptions,
  invoke: Invoke,
  state: () => { ref: string; cmdline: string; booted: boolean },
): Stage {
  const out = (name: string) => join(options.outputDir, name);
  return {
    name: 'surface',
    after: ['boot-test'],
    skip: options.skip.has('surface') ? 'skipped (--skip surface)' : undefined,
    run: async () => {
      const { ref, cmdline, booted } = state();
      const args = ['surface', ref, '--output', out('surface.json'), '--markdown', out('surface.md')];
      args.push('--html', out('surface.html'));
      if (booted) args.push('--boot-report', out('boot-test.json'));
      if (cmdline) args.push('--cmdline', cmdline);
      if (options.channel) args.push('--previous', `${options.image}:${options.channel}`);
      if (options.policy) args.push('--policy', options.policy, '--sarif', out('surface.sarif'));
      await invoke(args);
      return {
        summary: options.policy ? 'within the policy budgets' : 'reported (no policy budgets)',
        outputs: { report: out('surface.json') },
      };
    },
  };
}
