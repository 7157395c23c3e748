/** What the CLI prints: library chatter routed off stdout, console lines only with --verbose. */
import { describe, expect, it } from 'vitest';
import { translateLibraryLine, withLibraryOutput } from '../../../src/cli/library-output.js';
import { CliLogger } from '../../../src/cli/logger.js';

describe('library output in the CLI', () => {
  it.each([
    ['::debug::isExplicit: 0.58.2', false, undefined],
    ['::debug::isExplicit: 0.58.2', true, 'debug: isExplicit: 0.58.2'],
    ['::add-mask::secret', true, undefined],
    ['::group::Download', false, undefined],
    ['::warning file=a,line=1::careful', false, 'warning: careful'],
    ['Waiting 3 seconds before trying again', false, 'Waiting 3 seconds before trying again'],
    ['   ', false, undefined],
  ])('%j (verbose %s) → %j', (line, verbose, shown) => {
    expect(translateLibraryLine(line, verbose)).toBe(shown);
  });

  it('sends what a library writes to process.stdout to the command’s own stderr, apart per command', async () => {
    const a: string[] = [];
    const b: string[] = [];
    const results: string[] = [];
    const run = (sink: string[], name: string) =>
      withLibraryOutput(
        (text) => sink.push(text),
        false,
        async (bypass) => {
          process.stdout.write(`::debug::${name} looking\nWaiting 1 seconds before `);
          await new Promise((resolve) => setTimeout(resolve, 5));
          process.stdout.write(`trying again (${name})\n`);
          bypass(() => results.push(`${name} result`));
        },
      );
    await Promise.all([run(a, 'scan'), run(b, 'sign')]);
    expect(a).toEqual(['Waiting 1 seconds before trying again (scan)\n']);
    expect(b).toEqual(['Waiting 1 seconds before trying again (sign)\n']);
    expect(results.sort()).toEqual(['scan result', 'sign result']);
  });

  it('does not route a stderr that itself writes to process.stdout back into itself (an action runs the CLI)', async () => {
    const logged: string[] = [];
    // A runner's core.info: the command's log lines go to process.stdout (before the fix: endless recursion).
    const coreInfo = (text: string) => {
      logged.push(text);
      process.stdout.write(`[info] ${text}`);
    };
    await withLibraryOutput(coreInfo, false, async () => {
      process.stdout.write('Waiting 1 seconds before trying again\n');
    });
    expect(logged).toEqual(['Waiting 1 seconds before trying again\n']);
  });
});

describe('CliLogger', () => {
  it('shows a VM console line only with --verbose', () => {
    const quiet: string[] = [];
    const verbose: string[] = [];
    new CliLogger({ quiet: false, verbose: false }, (text) => quiet.push(text)).console('[  OK  ] Started x');
    new CliLogger({ quiet: false, verbose: true }, (text) => verbose.push(text)).console(
      '[  OK  ] Started x',
    );
    expect(quiet).toEqual([]);
    expect(verbose).toEqual(['  | [  OK  ] Started x\n']);
  });
});
