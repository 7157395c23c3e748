/** The guest facts: the report a real guest wrote, the script's shape, and the facts drive. */
import { readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONSOLE_FACTS_PREFIX,
  FACTS_KERNEL_ARGS,
  GUEST_FACTS_SCRIPT,
  factsDriveContent,
  isRootReadOnly,
  parseFactsLine,
  unitName,
} from '../../../src/boot/facts.js';
import { exec } from '../../../src/tools/exec.js';

const line = readFileSync('test/fixtures/boot/facts-line.txt', 'utf8').trim();

describe('guest facts report', () => {
  it('parses the line the example guest wrote on the facts port', () => {
    const facts = parseFactsLine(line)!;
    expect(facts).toMatchObject({
      state: 'running',
      rootFilesystem: 'ext4',
      rootOptions: ['rw', 'relatime'],
    });
    expect(facts.failed).toEqual([]);
    expect(facts.active).toContain('hello.service');
    expect(facts.active).toContain('systemd-networkd.service');
    // systemd's \x2d escapes arrive as they are named
    expect(facts.active).toContain('dev-disk-by\\x2dlabel-root.device');
    expect(isRootReadOnly(facts)).toBe(false);
  });

  it('accepts the console fallback and ignores everything else', () => {
    expect(parseFactsLine(`${CONSOLE_FACTS_PREFIX}${line}`)?.state).toBe('running');
    expect(parseFactsLine('osimg-example: ready on port 8080')).toBeUndefined();
    expect(parseFactsLine('{"osimg-facts":1, broken')).toBeUndefined();
    const ro = parseFactsLine(
      '{"osimg-facts":1,"state":"degraded","root":"erofs ro,relatime","active":[],"failed":["a.service"],"listening":[22,8080]}',
    )!;
    expect(isRootReadOnly(ro)).toBe(true);
    expect(ro.listening).toEqual([22, 8080]);
  });

  it('names bare units as services', () => {
    expect(unitName('hello')).toBe('hello.service');
    expect(unitName('sshd.socket')).toBe('sshd.socket');
  });
});

describe('guest facts script', () => {
  it('is valid POSIX sh (dash -n) with no ${...} left from the template', async () => {
    await exec('dash', ['-n', '-c', GUEST_FACTS_SCRIPT]);
    expect(GUEST_FACTS_SCRIPT).toContain('= org.osimg.facts ]');
    expect(GUEST_FACTS_SCRIPT).not.toMatch(/\$\{/);
  });

  it('reports state, root, units (escaped into valid JSON) and listening ports', async () => {
    // The real script under sh, with a fake systemctl on PATH; no virtio port here, so it takes the
    // console fallback, pointed at a file (and without the half-second waits).
    const dir = await mkdtemp(join(tmpdir(), 'osimg-facts-'));
    try {
      await mkdir(join(dir, 'bin'));
      await writeFile(
        join(dir, 'bin', 'systemctl'),
        [
          '#!/bin/sh',
          'case "$1 $*" in',
          '  is-system-running*) echo degraded ;;',
          "  show*) printf 'FirmwareTimestampMonotonic=0\\nLoaderTimestampMonotonic=0\\nInitRDTimestampMonotonic=7356000\\nUserspaceTimestampMonotonic=21500000\\nFinishTimestampMonotonic=40100000\\n' ;;",
          "  *--state=failed*) printf '\\342\\227\\217 bad\\\\x2dname.service loaded failed failed Bad\\n' ;;",
          "  *--state=active*) printf 'hello.service loaded active running Hello\\nodd\"quote.service loaded active running x\\n' ;;",
          'esac',
        ].join('\n'),
      );
      await chmod(join(dir, 'bin', 'systemctl'), 0o755);
      const script = GUEST_FACTS_SCRIPT.replaceAll('/sys/class/virtio-ports', join(dir, 'no-ports'))
        .replaceAll('sleep 0.5', 'true')
        .replaceAll('/dev/console', join(dir, 'console'));
      await exec('sh', ['-c', script, 'osimg-facts', 'report'], {
        env: { PATH: `${join(dir, 'bin')}:${process.env.PATH}` },
      });
      const written = (await readFile(join(dir, 'console'), 'utf8')).trim();
      expect(written.startsWith(CONSOLE_FACTS_PREFIX)).toBe(true);
      JSON.parse(written.slice(CONSOLE_FACTS_PREFIX.length));
      const facts = parseFactsLine(written)!;
      expect(facts.state).toBe('degraded');
      expect(facts.failed).toEqual(['bad\\x2dname.service']);
      expect(facts.active).toEqual(['hello.service', 'odd"quote.service']);
      expect(facts.rootFilesystem).not.toBe('');
      expect(facts.listening.every((port) => Number.isInteger(port) && port > 0)).toBe(true);
      // systemd-analyze's arithmetic: kernel until the initrd, initrd until userspace, userspace until done.
      expect(facts.boot).toEqual({ kernel: 7.36, initrd: 14.14, userspace: 18.6 });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('is padded to whole 4 KiB blocks with newlines (a raw drive for qemu)', () => {
    const drive = factsDriveContent();
    const bytes = Buffer.byteLength(GUEST_FACTS_SCRIPT);
    expect(drive.length % 4096).toBe(0);
    expect(drive.subarray(0, bytes).toString()).toBe(GUEST_FACTS_SCRIPT);
    expect(new Set(drive.subarray(bytes))).toEqual(new Set([0x0a]));
  });

  it('is started by systemd-run-generator without replacing the boot target', () => {
    expect(FACTS_KERNEL_ARGS).toEqual([
      'systemd.unit=multi-user.target',
      'systemd.wants=kernel-command-line.service',
      '"systemd.run=/bin/sh /dev/vdb"',
      'systemd.run_success_action=none',
      'systemd.run_failure_action=none',
    ]);
  });
});
