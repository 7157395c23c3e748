/** The assertion state machine, fed a real boot log and scripted events, with short real timers. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectPatterns, failOnPatterns } from '../../../src/boot/patterns.js';
import { BootSession, type SessionOptions } from '../../../src/boot/session.js';

const bootLog = readFileSync('test/fixtures/boot/console-example-boot.log');
const wrongRoot = readFileSync('test/fixtures/boot/console-wrong-root.log');
const factsLine = readFileSync('test/fixtures/boot/facts-line.txt', 'utf8').trim();

function session(change: Partial<SessionOptions> = {}): BootSession {
  const s = new BootSession({
    expect: expectPatterns('', 'expect'),
    failOn: failOnPatterns('', 'fail-on', true),
    timeoutMs: 60_000,
    hangTimeoutMs: 60_000,
    probes: [],
    tickMs: 20,
    ...change,
  });
  s.start();
  return s;
}

function feed(s: BootSession, log: Buffer, size = 113): void {
  for (let i = 0; i < log.length; i += size) s.console(log.subarray(i, i + size));
}

describe('BootSession', () => {
  it('passes a real boot on the default expect and records the boot time', async () => {
    const s = session();
    feed(s, bootLog);
    const outcome = await s.finished;
    expect(outcome.passed).toBe(true);
    expect(outcome.results.map((r) => [r.kind, r.passed])).toEqual([
      ['expect', true],
      ['fail-on', true],
    ]);
    expect(outcome.results[0]!.detail).toBe(
      'matched: [  OK  ] Reached target multi-user.target - Multi-User System.',
    );
    expect(outcome.bootSeconds).toBeGreaterThanOrEqual(0);
  });

  it('matches expects in order, several on one line, and a prompt without a newline', async () => {
    const s = session({ expect: expectPatterns('alpha\nbeta\nlogin: $', 'expect') });
    s.console(Buffer.from('beta comes first, then alpha, then beta again\nvm login: '));
    const outcome = await s.finished;
    expect(outcome.passed).toBe(true);
    expect(outcome.results.filter((r) => r.kind === 'expect').every((r) => r.passed)).toBe(true);
  });

  it('does not let a later pattern match text before an earlier one', async () => {
    const s = session({
      expect: expectPatterns('second\nfirst', 'expect'),
      hangTimeoutMs: 150,
    });
    s.console(Buffer.from('first then second\n'));
    const outcome = await s.finished;
    expect(outcome.passed).toBe(false);
    expect(outcome.results.map((r) => [r.name, r.passed])).toEqual([
      ['expect /second/', true],
      ['expect /first/', false],
      ['fail-on patterns', true],
      ['console output', false],
    ]);
  });

  it('fails on the first fail-on line, shows it, and stops matching', async () => {
    const s = session();
    feed(s, wrongRoot);
    const outcome = await s.finished;
    expect(outcome.passed).toBe(false);
    expect(outcome.failure).toBe(
      'the console showed a failure: Gave up waiting for root file system device.  Common problems:',
    );
    const failOn = outcome.results.find((r) => r.kind === 'fail-on')!;
    expect(failOn).toMatchObject({
      passed: false,
      detail: 'matched: Gave up waiting for root file system device.  Common problems:',
    });
    expect(outcome.results[0]).toMatchObject({
      kind: 'expect',
      passed: false,
      detail: expect.stringMatching(/^not reached/),
    });
    expect(outcome.lastLines.at(-1)).toMatch(/^Gave up waiting/);
    // Lines after the decision still arrive (for the report), without changing it.
    expect(s.lastLines.at(-1)).toMatch(/^\(initramfs\)/);
  });

  it('detects a silent guest after the hang timeout, not before', async () => {
    const s = session({ hangTimeoutMs: 300 });
    const started = Date.now();
    s.console(Buffer.from('BdsDxe: loading Boot0001\n'));
    setTimeout(() => s.console(Buffer.from('>>Start PXE over IPv4.')), 150);
    const outcome = await s.finished;
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(440);
    expect(took).toBeLessThan(2000);
    expect(outcome.results.at(-1)).toMatchObject({ kind: 'hang', passed: false });
    expect(outcome.failure).toMatch(/^the guest hung: no console output for 0 s while waiting for/);
  });

  it('gives each expect its own deadline', async () => {
    const s = session({ expect: expectPatterns('within=1 never', 'expect'), hangTimeoutMs: 60_000 });
    const timer = setInterval(() => s.console(Buffer.from('chatter\n')), 50);
    const outcome = await s.finished;
    clearInterval(timer);
    expect(outcome.failure).toBe('/never/ did not appear on the console within 1 s');
  });

  it('stops at the overall timeout naming what it waited for', async () => {
    const s = session({
      timeoutMs: 200,
      probes: [{ name: 'http 8080 / → 200', kind: 'http' }],
      facts: { units: [], noFailedUnits: true, tcpPorts: [] },
    });
    feed(s, bootLog);
    const outcome = await s.finished;
    expect(outcome.failure).toBe(
      'the boot test timed out: 0.2 s passed while waiting for http 8080 / → 200, the guest facts report',
    );
    expect(outcome.bootSeconds).toBeDefined();
  });

  it('fails when qemu ends before the assertions are decided', async () => {
    const s = session();
    s.console(Buffer.from('Linux version 6.1\n'));
    s.vmExited({ code: 0, stopped: false, poweredOff: false, stderrTail: [] });
    const outcome = await s.finished;
    expect(outcome.failure).toMatch(/^qemu exited with status 0 before the assertions were decided/);
  });

  it('waits for probes and facts; facts decide units, the root mode and failed units', async () => {
    const s = session({
      probes: [{ name: 'http 8080 / → 200', kind: 'http' }],
      facts: { units: ['hello.service'], readOnlyRoot: false, noFailedUnits: true, tcpPorts: [] },
    });
    feed(s, bootLog);
    s.probeSettled('http 8080 / → 200', 'http', { passed: true, detail: 'HTTP 200' });
    let done = false;
    void s.finished.then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(done).toBe(false); // the facts are not here yet
    expect(s.readyAt).toBeDefined();
    s.factsLine(factsLine);
    const outcome = await s.finished;
    expect(outcome.passed).toBe(true);
    expect(outcome.results.map((r) => `${r.passed ? 'pass' : 'FAIL'} ${r.name}: ${r.detail}`)).toEqual([
      expect.stringMatching(/^pass expect/),
      'pass fail-on patterns: none of 9 patterns appeared',
      'pass http 8080 / → 200: HTTP 200',
      'pass root filesystem writable: / is mounted ext4 rw,relatime',
      'pass unit hello.service active: active',
      'pass no failed units: system state running',
    ]);
  });

  it('fails a fact at once: a root that should be read-only, a failed unit', async () => {
    const s = session({
      facts: { units: ['missing.service'], readOnlyRoot: true, noFailedUnits: true, tcpPorts: [] },
    });
    s.factsLine(
      '{"osimg-facts":1,"state":"degraded","root":"ext4 rw","active":[],"failed":["x.service"],"listening":[]}',
    );
    const outcome = await s.finished;
    expect(outcome.failure).toBe('root filesystem read-only: / is mounted ext4 rw');
    expect(
      outcome.results
        .filter((r) => r.kind !== 'expect' && r.kind !== 'fail-on')
        .map((r) => [r.name, r.passed, r.detail]),
    ).toEqual([
      ['root filesystem read-only', false, '/ is mounted ext4 rw'],
      ['unit missing.service active', false, 'not active (inactive or not found)'],
      ['no failed units', false, 'failed: x.service'],
    ]);
  });

  it('tcp passes only when the host side stays open and the guest lists the port as listening', async () => {
    const facts = { units: [], noFailedUnits: false, tcpPorts: [8080, 22] };
    const probes = [
      { name: 'tcp 8080', kind: 'tcp' as const },
      { name: 'tcp 22', kind: 'tcp' as const },
    ];
    const s = session({ facts, probes });
    feed(s, bootLog);
    s.probeSettled('tcp 8080', 'tcp', { passed: true, detail: 'open' }, 8080);
    s.factsLine(
      '{"osimg-facts":1,"state":"running","root":"ext4 rw","active":[],"failed":[],"listening":[8080]}',
    );
    const outcome = await s.finished;
    expect(outcome.failure).toBe('tcp 22: nothing in the guest listens on port 22 (listening: 8080)');
    expect(outcome.results.find((r) => r.name === 'tcp 8080')).toMatchObject({
      passed: true,
      detail: 'the guest listens on 8080 and open',
    });

    const ok = session({ facts: { ...facts, tcpPorts: [8080] }, probes: [probes[0]!] });
    feed(ok, bootLog);
    ok.factsLine(
      '{"osimg-facts":1,"state":"running","root":"ext4 rw","active":[],"failed":[],"listening":[8080]}',
    );
    ok.probeSettled('tcp 8080', 'tcp', { passed: true, detail: 'open' }, 8080);
    expect((await ok.finished).passed).toBe(true);
  });

  it('takes the facts from the console when the guest had no virtio port', async () => {
    const s = session({ facts: { units: [], readOnlyRoot: false, noFailedUnits: true, tcpPorts: [] } });
    feed(s, bootLog);
    s.console(Buffer.from(`\nosimg-facts: ${factsLine}\n`));
    expect((await s.finished).passed).toBe(true);
  });
});
