import { describe, expect, it } from 'vitest';
import { BOOT_TEST_HELP, bootTestCommand } from '../../../src/cli/boot-test.js';
import { main, type CliContext } from '../../../src/cli/main.js';
import { ConfigurationError } from '../../../src/errors.js';

function context(): CliContext & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    cwd: '/ws',
    env: { TMPDIR: '/tmp' },
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readStdin: async () => '',
  };
}

describe('osimg boot-test', () => {
  it('is a lazily loaded command with its help', async () => {
    const ctx = context();
    expect(await main(['help', 'boot-test'], ctx)).toBe(0);
    expect(ctx.out.join('')).toBe(BOOT_TEST_HELP);
    expect(BOOT_TEST_HELP).toContain('Usage: osimg boot-test [DISK] [options]');
    const all = context();
    await main(['--help'], all);
    expect(all.out.join('')).toMatch(/\n {2}boot-test +boot a disk in a throwaway VM/);
  });

  it.each([
    [[], /^nothing to boot: give exactly one of --disk \(a disk image file\) and --image/],
    [['a.raw', 'b.raw'], /^osimg boot-test takes one disk \(DISK or --disk\), got 2/],
    [['a.raw', '--image', 'x'], /^nothing to boot: give exactly one of --disk/],
    [['a.raw', '--http', '8080 / ok'], /^--http: "ok" in "8080 \/ ok" is not an HTTP status/],
    [['a.raw', '--accel', 'whpx'], /^--accel must be one of auto, kvm, tcg/],
    [['a.raw', '--expect', '(('], /^--expect: "\(\(" is not a valid regular expression/],
  ])('refuses %j before starting anything', async (args, message) => {
    const error = await bootTestCommand(args, context()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(message);
  });

  it('exits 2 on a configuration error through main', async () => {
    const ctx = context();
    expect(await main(['boot-test', '--accel', 'x', 'd.raw'], ctx)).toBe(2);
    expect(ctx.err.join('')).toMatch(/^osimg: --accel must be one of/);
  });
});
