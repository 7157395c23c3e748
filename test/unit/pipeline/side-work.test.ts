import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { OsimgError } from '../../../src/errors.js';
import { SIDE_WORK_NICE, runSideCommand } from '../../../src/pipeline/side-work.js';

/** A stand-in for the osimg CLI: a real node child that reports what it was given. */
const fakeOsimg = (script: string) => [process.execPath, '-e', script, '--'];

describe('runSideCommand', () => {
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
