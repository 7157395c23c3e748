/** The default expect and fail-on patterns against real console lines, and the pattern-line syntax. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stripAnsi } from '../../../src/boot/console.js';
import {
  DEFAULT_EXPECT,
  DEFAULT_FAIL_ON,
  expectPatterns,
  failOnPatterns,
  parsePatterns,
} from '../../../src/boot/patterns.js';
import { ConfigurationError } from '../../../src/errors.js';

const lines = (name: string) => stripAnsi(readFileSync(`test/fixtures/boot/${name}`, 'utf8')).split('\n');
const failOn = DEFAULT_FAIL_ON.map((source) => new RegExp(source));
const failing = (line: string) => failOn.some((regex) => regex.test(line));

describe('default patterns', () => {
  it('expect: systemd reaching multi-user.target, or a login prompt', () => {
    const regex = new RegExp(DEFAULT_EXPECT);
    expect(lines('console-example-boot.log').filter((line) => regex.test(line))).toEqual([
      '[  OK  ] Reached target multi-user.target - Multi-User System.',
      'vm login: ',
    ]);
    expect(regex.test('[  OK  ] Reached target network.target - Network.')).toBe(false);
  });

  it('fail-on: nothing in a healthy boot of the example', () => {
    expect(lines('console-example-boot.log').filter(failing)).toEqual([]);
  });

  it('fail-on: the initramfs giving up on a wrong root=', () => {
    expect(lines('console-wrong-root.log').filter(failing)).toEqual([
      'Gave up waiting for root file system device.  Common problems:',
      'ALERT!  PARTUUID=00000000-0000-0000-0000-000000000000 does not exist.  Dropping to a shell!',
    ]);
  });

  it.each([
    '[    2.345678] Kernel panic - not syncing: VFS: Unable to mount root fs on unknown-block(0,0)',
    'You are in emergency mode. After logging in, type "journalctl -xb" to view',
    '[  OK  ] Reached target emergency.target - Emergency Mode. Entering emergency mode. Exit the shell to continue.',
    '[FAILED] Failed to start hello.service - osimg example HTTP service.',
    '[DEPEND] Dependency failed for local-fs.target - Local File Systems.',
    '[  123.4] Out of memory: Killed process 412 (app) total-vm:2097152kB',
    '[   12.9] app[311]: segfault at 0 ip 000055d0c0de1234 sp 00007ffd error 4 in app[55d0c0de0000+1000]',
    '[    5.1] BUG: kernel NULL pointer dereference, address: 0000000000000000',
  ])('fail-on: %s', (line) => {
    expect(failing(line)).toBe(true);
  });

  it.each([
    '[  OK  ] Finished systemd-remount-fs.service - Remount Root and Kernel File Systems.',
    '[    0.1] Panic on oops: no',
    'Failed to start? no, a question',
    '[   53.565981] kvm: Nested Virtualization enabled',
  ])('fail-on leaves alone: %s', (line) => {
    expect(failing(line)).toBe(false);
  });
});

describe('pattern lines', () => {
  it('take an optional within= deadline, skip blanks and comments', () => {
    const patterns = parsePatterns('within=90 osimg-example: ready\n\n# note\nlogin:', 'input "expect"');
    expect(patterns.map((p) => [p.source, p.withinMs])).toEqual([
      ['osimg-example: ready', 90_000],
      ['login:', undefined],
    ]);
  });

  it('default to multi-user or login when empty', () => {
    expect(expectPatterns('  \n', 'x').map((p) => p.source)).toEqual([DEFAULT_EXPECT]);
  });

  it('add fail-on patterns to the defaults unless they are turned off', () => {
    expect(failOnPatterns('oops', 'x', true)).toHaveLength(DEFAULT_FAIL_ON.length + 1);
    expect(failOnPatterns('oops', 'x', false).map((p) => p.source)).toEqual(['oops']);
  });

  it.each([
    ['(unclosed', /input "expect": "\(unclosed" is not a valid regular expression/],
    ['within=0 x', /within= must be a positive number/],
  ])('refuse %j', (text, message) => {
    expect(() => parsePatterns(text, 'input "expect"')).toThrow(ConfigurationError);
    expect(() => parsePatterns(text, 'input "expect"')).toThrow(message);
  });

  it('refuse within= on fail-on', () => {
    expect(() => failOnPatterns('within=5 boom', 'x', true)).toThrow(/does not apply to fail-on/);
  });
});
