/** Console text: control sequences stripped (also when split across chunks), lines and the unfinished line. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnsiStripper, ConsoleText, stripAnsi } from '../../../src/boot/console.js';

const bootLog = readFileSync('test/fixtures/boot/console-example-boot.log');

function collect(chunks: Buffer[]): { lines: string[]; partials: string[]; text: ConsoleText } {
  const lines: string[] = [];
  const partials: string[] = [];
  const text = new ConsoleText({ onLine: (line) => lines.push(line), onPartial: (p) => partials.push(p) });
  for (const chunk of chunks) text.push(chunk);
  return { lines, partials, text };
}

describe('stripAnsi', () => {
  it.each([
    // systemd's status lines
    [
      '\x1b[0;32m  OK  \x1b[0m] Reached target \x1b[0;1;39mmulti-user.target\x1b[0m - Multi-User System.',
      '  OK  ] Reached target multi-user.target - Multi-User System.',
    ],
    // OVMF clears the screen and sets modes
    ['\x1b[2J\x1b[01;01H\x1b[=3h\x1b[2J\x1b[01;01HBdsDxe: loading Boot0001', 'BdsDxe: loading Boot0001'],
    // backspaces (iPXE's countdown) are dropped, not replayed
    ['Press Ctrl-B...\b \b\b \bnet0: up', 'Press Ctrl-B...  net0: up'],
    // a terminal title (OSC) and a cursor position query
    ['\x1b]0;title\x07(initramfs) \x1b[6n', '(initramfs) '],
    ['CRLF line\r', 'CRLF line'],
    ['charset \x1b(Bswitch \x1b7saved\x1b8', 'charset switch saved'],
  ])('%j → %j', (input, output) => {
    expect(stripAnsi(input)).toBe(output);
  });

  it('leaves no escape character in a real boot log', () => {
    expect(stripAnsi(bootLog.toString('utf8'))).not.toContain('\x1b');
  });
});

describe('AnsiStripper', () => {
  it('gives the same text however the stream is cut', () => {
    const whole = bootLog.toString('utf8').slice(0, 6000);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: whole.length }), { maxLength: 40 }), (cuts) => {
        const points = [...new Set(cuts)].sort((a, b) => a - b);
        const stripper = new AnsiStripper();
        let out = '';
        let from = 0;
        for (const point of [...points, whole.length]) {
          out += stripper.push(whole.slice(from, point));
          from = point;
        }
        out += stripper.flush();
        expect(out).toBe(stripAnsi(whole));
      }),
      { numRuns: 200 },
    );
  });
});

describe('ConsoleText', () => {
  it('keeps UTF-8 characters whole across chunks and reports the unfinished line', () => {
    const bytes = Buffer.from('Déjà vu\nvm login: ', 'utf8');
    const { lines, partials, text } = collect([...bytes].map((byte) => Buffer.from([byte])));
    expect(lines).toEqual(['Déjà vu']);
    expect(text.partial).toBe('vm login: ');
    expect(partials.at(-1)).toBe('vm login: ');
    text.end();
  });

  it('turns a real boot log into clean lines, the login prompt last and unfinished', () => {
    const chunks: Buffer[] = [];
    for (let i = 0; i < bootLog.length; i += 97) chunks.push(bootLog.subarray(i, i + 97));
    const { lines, text } = collect(chunks);
    expect(lines).toContain('osimg-example: ready on port 8080');
    expect(lines.some((line) => /Reached target multi-user\.target - Multi-User System\./.test(line))).toBe(
      true,
    );
    for (const control of ['\x1b', '\r', '\b']) expect(lines.join('\n')).not.toContain(control);
    expect(text.partial).toBe('vm login: ');
    const ended: string[] = [];
    const last = new ConsoleText({ onLine: (line) => ended.push(line), onPartial: () => undefined });
    last.push(Buffer.from('no newline at the end'));
    last.end();
    expect(ended).toEqual(['no newline at the end']);
  });
});
