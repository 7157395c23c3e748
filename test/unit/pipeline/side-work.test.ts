import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { OsimgError } from '../../../src/errors.js';
import { pipelinePlan, type PipelinePlanOptions } from '../../../src/pipeline/plan.js';
import { SIDE_WORK_NICE, runSideCommand } from '../../../src/pipeline/side-work.js';

/** A stand-in for the osimg CLI: a real node child that reports what it was given. */
const fakeOsimg = (script: string) => [process.execPath, '-e', script, '--'];

// A child at nice 19 gets little CPU on a busy machine: generous time, never a timed assertion.
describe('runSideCommand', { timeout: 120_000 }, () => {
  it('runs the command as a child at the lowest priority, with the given environment; stdout is the result', async () => {
    const lines: string[] = [];
    const stdout = await runSideCommand(
      fakeOsimg(
        `const os = require('node:os');
         console.error('working');
         console.log(JSON.stringify({ args: process.argv.slice(1), nice: os.getPriority(), secret: process.env.SIDE_SECRET }));`,
      ),
      ['sign', 'registry.test/app@sha256:1'],
      { cwd: tmpdir(), env: { ...process.env, SIDE_SECRET: 's3cret' }, onLine: (line) => lines.push(line) },
    );
    expect(JSON.parse(stdout)).toEqual({
      args: ['sign', 'registry.test/app@sha256:1'],
      nice: SIDE_WORK_NICE,
      secret: 's3cret',
    });
    expect(lines).toEqual(['working']);
  });

  it("fails with the command's own error line, without the osimg prefix", async () => {
    const failing = runSideCommand(
      fakeOsimg(`console.error('osimg sign: the key cannot be opened: wrong passphrase'); process.exit(2);`),
      ['sign'],
      { cwd: tmpdir(), env: process.env, onLine: () => undefined },
    );
    await expect(failing).rejects.toThrow(OsimgError);
    await expect(failing).rejects.toThrow(/^the key cannot be opened: wrong passphrase$/);
  });
});

describe('pipelinePlan side work', () => {
  // Cast: later fields of the options (e.g. build arguments) do not matter here.
  const options = {
    context: '/src/app',
    image: '127.0.0.1:5000/local/app',
    tag: 'pipeline',
    outputDir: '/out',
    key: { privateKey: '/k/signing.key', publicKey: '/k/signing.pub' },
    storage: [],
    skip: new Set(),
  } as unknown as PipelinePlanOptions;

  it('marks sign and verify as side work, and nothing else', async () => {
    const side: string[] = [];
    const stages = pipelinePlan(options, async (args, invokeOptions) => {
      if (invokeOptions?.side) side.push(args[0]!);
      return JSON.stringify({ digest: 'sha256:d', ref: 'r@sha256:d', size: 1, layers: 1, files: [] });
    });
    for (const stage of stages) await stage.run().catch(() => undefined);
    expect(side).toEqual(['sign', 'verify']);
  });

  it('starts signing after the scan gate when side work runs at low priority, else after the disk', () => {
    const after = (lowPrioritySideWork: boolean) =>
      pipelinePlan({ ...options, lowPrioritySideWork }, async () => '').find(
        (stage) => stage.name === 'sign',
      )!.after;
    expect(after(true)).toEqual(['scan']);
    expect(after(false)).toEqual(['disk']);
  });
});
