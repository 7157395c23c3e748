import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/errors.js';
import { IGNORES_SCHEMA, isActive, parseIgnores, utcDate } from '../../../src/scan/ignores.js';
import { SCAN_FIXTURES, rule } from './helpers.js';

describe('parseIgnores', () => {
  it('reads the example file with the line of every rule', () => {
    const text = readFileSync(join(SCAN_FIXTURES, 'ignores.yaml'), 'utf8');
    expect(parseIgnores(text, '.osimg/ignores.yaml')).toEqual([
      {
        id: 'CVE-2019-18224',
        reason: 'libidn2 is only linked by tools that never see untrusted input',
        expires: '2099-12-31',
        source: { file: '.osimg/ignores.yaml', line: 4 },
      },
      {
        package: 'bash',
        reason: 'no service runs bash with a different effective UID',
        expires: '2026-01-31',
        source: { file: '.osimg/ignores.yaml', line: 8 },
      },
      {
        id: 'CVE-2019-1549',
        package: 'libssl1.1',
        reason: 'fork() is never called after RAND use in our services',
        expires: '2099-12-31',
        source: { file: '.osimg/ignores.yaml', line: 12 },
      },
    ]);
  });

  it('accepts an empty list', () => {
    expect(parseIgnores('ignores: []\n', 'f.yaml')).toEqual([]);
  });

  const ok = 'reason: accepted for a good reason\n    expires: 2030-01-01';
  it.each([
    [
      'a missing reason',
      `ignores:\n  - id: CVE-1\n    expires: 2030-01-01\n`,
      'f.yaml:2: ignores[0] is missing "reason"',
    ],
    [
      'a missing expiry',
      `ignores:\n  - id: CVE-1\n    reason: accepted for a good reason\n`,
      'f.yaml:2: ignores[0] is missing "expires"',
    ],
    [
      'neither id nor package',
      `ignores:\n  - ${ok}\n`,
      'f.yaml:2: ignores[0] needs an id or a package (or both)',
    ],
    [
      'a short reason',
      `ignores:\n  - id: CVE-1\n    reason: ok\n    expires: 2030-01-01\n`,
      'f.yaml:3: ignores[0].reason must say why the finding is acceptable (at least 10 characters)',
    ],
    [
      'a bad date',
      `ignores:\n  - id: CVE-1\n    reason: accepted for a good reason\n    expires: 31/12/2030\n`,
      'f.yaml:4: ignores[0].expires must be a date YYYY-MM-DD',
    ],
    [
      'an impossible date',
      `ignores:\n  - id: CVE-1\n    reason: accepted for a good reason\n    expires: 2030-02-31\n`,
      'f.yaml:4: expires "2030-02-31" is not a real date',
    ],
    [
      'an unknown key',
      `ignores:\n  - id: CVE-1\n    ${ok}\n    until: never\n`,
      'f.yaml:2: ignores[0] has an unknown key "until"',
    ],
    [
      'a wrong kind',
      `ignores:\n  - id: CVE-1\n    kind: virus\n    ${ok}\n`,
      'f.yaml:3: ignores[0].kind must be one of vulnerability, secret, misconfiguration',
    ],
    ['no ignores key', `version: 1\n`, 'f.yaml:1: the file is missing "ignores"'],
    [
      'a second entry broken',
      `ignores:\n  - id: CVE-1\n    ${ok}\n  - id: CVE 2\n    ${ok}\n`,
      'f.yaml:5: ignores[1].id must not contain spaces',
    ],
    ['broken YAML', `ignores:\n  - id: [CVE-1\n`, /^f\.yaml:\d+: not valid YAML: /],
    [
      'a duplicate key',
      `ignores:\n  - id: CVE-1\n    id: CVE-2\n    ${ok}\n`,
      /^f\.yaml:3: not valid YAML: Map keys must be unique/,
    ],
  ])('rejects %s, naming the file and line', (_what, text, message) => {
    let error: unknown;
    try {
      parseIgnores(text, 'f.yaml');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    if (typeof message === 'string') expect((error as Error).message).toBe(message);
    else expect((error as Error).message).toMatch(message);
  });

  it('reports every problem at once', () => {
    expect(() => parseIgnores(`ignores:\n  - id: CVE-1\n  - package: x\n`, 'f.yaml')).toThrow(
      'problems in f.yaml:\nf.yaml:2: ignores[0] is missing "reason"',
    );
  });

  it('publishes a schema that is itself valid JSON Schema (draft-07)', () => {
    expect(() => new Ajv().compile(IGNORES_SCHEMA)).not.toThrow();
  });
});

describe('expiry', () => {
  it('is judged in UTC, inclusive of the expiry day', () => {
    expect(utcDate(new Date('2026-06-01T23:30:00-05:00'))).toBe('2026-06-02');
    expect(isActive(rule({ expires: '2026-06-01' }), '2026-06-01')).toBe(true);
    expect(isActive(rule({ expires: '2026-06-01' }), '2026-06-02')).toBe(false);
  });
});
