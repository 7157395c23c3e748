import { describe, expect, it } from 'vitest';
import { DISK_HELP, diskCommand } from '../../../src/cli/disk.js';
import type { CliContext } from '../../../src/cli/main.js';
import { ConfigurationError } from '../../../src/errors.js';

function context(): CliContext & { out: string[] } {
  const out: string[] = [];
  return {
    out,
    cwd: '/ws',
    env: {},
    stdout: (text) => out.push(text),
    stderr: () => undefined,
    readStdin: async () => '',
  };
}

describe('osimg disk', () => {
  it('prints its help', async () => {
    const ctx = context();
    expect(await diskCommand(['--help'], ctx)).toBe(0);
    expect(ctx.out.join('')).toBe(DISK_HELP);
    expect(DISK_HELP).toContain('Usage: osimg disk IMAGE [options]');
  });

  it.each([
    [[], /^osimg disk takes one IMAGE, got 0: run with --help/],
    [['a', 'b'], /^osimg disk takes one IMAGE, got 2: a b/],
    [['img', '--format', 'raw,floppy'], /^--format: unknown disk format "floppy"/],
    [['img', '--size', 'lots'], /^--size must be auto or a size such as 8G/],
    [['img', '--kernel-args', 'root=/dev/sda'], /^--kernel-args: "root=\/dev\/sda" is set by osimg/],
    [['img', '--format', 'iso'], /^--format: iso needs root-filesystem erofs/],
    [['img', '--etc', 'overlay'], /^--etc applies only to root-filesystem erofs/],
  ])('refuses %j before touching any tool', async (args, message) => {
    const error = await diskCommand(args, context()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(message);
  });
});
