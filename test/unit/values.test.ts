import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors.js';
import { parseBoolean, parseChoice, parseInteger, parseKeyValues, parseList } from '../../src/values.js';

describe('parseList', () => {
  it.each([
    ['', []],
    ['   ', []],
    ['a', ['a']],
    ['a,b,c', ['a', 'b', 'c']],
    ['a\nb\nc', ['a', 'b', 'c']],
    ['a\r\nb', ['a', 'b']],
    [' a , b ,, c ,', ['a', 'b', 'c']],
    ['a, b\nc,d', ['a', 'b', 'c', 'd']],
    ['# comment\na\n  # indented comment, with comma\nb', ['a', 'b']],
    ['a # not a comment when not at line start', ['a # not a comment when not at line start']],
    ['\n\n a \n\n', ['a']],
  ])('%j → %j', (text, expected) => {
    expect(parseList(text)).toEqual(expected);
  });
});

describe('parseKeyValues', () => {
  it.each([
    ['', {}],
    ['A=1', { A: '1' }],
    ['A=1\nB=2', { A: '1', B: '2' }],
    ['A=1\r\nB=2', { A: '1', B: '2' }],
    ['URL=https://x.test/?a=b&c=d', { URL: 'https://x.test/?a=b&c=d' }],
    ['LIST=a,b,c', { LIST: 'a,b,c' }],
    ['EMPTY=', { EMPTY: '' }],
    ['  KEY = value  ', { KEY: ' value' }],
    ['# a comment\n\nA=1\n   # another\n', { A: '1' }],
    ['A=1\nA=2', { A: '2' }],
    ['org.opencontainers.image.vendor=ACME Inc.', { 'org.opencontainers.image.vendor': 'ACME Inc.' }],
    ['A==', { A: '=' }],
  ])('%j → %j', (text, expected) => {
    expect(parseKeyValues(text, 'build-args')).toEqual(expected);
  });

  it.each([
    ['no equals sign', 'JUSTAKEY'],
    ['empty key', '=value'],
    ['space inside key', 'MY KEY=value'],
    ['bad line after a good one', 'A=1\noops'],
  ])('rejects %s, naming the input and the line', (_why, text) => {
    let caught: unknown;
    try {
      parseKeyValues(text, 'labels');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigurationError);
    const message = (caught as Error).message;
    expect(message).toMatch(/^labels: /);
    expect(message).toContain('KEY=VALUE');
    const badLine = text.split('\n').at(-1)!.trim();
    expect(message).toContain(`"${badLine}"`);
  });

  it('does not let a key named like an Object.prototype member break the map', () => {
    const parsed = parseKeyValues('constructor=x\ntoString=y', 'build-args');
    expect(parsed.constructor).toBe('x');
    expect(Object.keys(parsed)).toEqual(['constructor', 'toString']);
  });
});

describe('parseBoolean', () => {
  it.each([
    ['true', false, true],
    ['TRUE', false, true],
    [' True ', false, true],
    ['false', true, false],
    ['False', true, false],
    ['', true, true],
    ['', false, false],
    ['   ', true, true],
  ])('%j (fallback %s) → %s', (text, fallback, expected) => {
    expect(parseBoolean(text, 'push', fallback)).toBe(expected);
  });

  it.each(['yes', 'no', '1', '0', 'on', 'truee'])('rejects %j naming the input', (text) => {
    expect(() => parseBoolean(text, 'push', false)).toThrow(ConfigurationError);
    expect(() => parseBoolean(text, 'push', false)).toThrow(`push must be true or false, not "${text}"`);
  });
});

describe('parseInteger', () => {
  it.each([
    ['', {}, undefined],
    ['  ', {}, undefined],
    ['0', {}, 0],
    ['42', {}, 42],
    [' 42 ', {}, 42],
    ['-7', {}, -7],
    ['1', { min: 1, max: 10 }, 1],
    ['10', { min: 1, max: 10 }, 10],
    ['007', {}, 7],
  ])('%j %j → %s', (text, range, expected) => {
    expect(parseInteger(text, 'retries', range)).toBe(expected);
  });

  it.each([
    ['1.5', {}],
    ['1e3', {}],
    ['abc', {}],
    ['0x10', {}],
    ['+3', {}],
    ['0', { min: 1 }],
    ['11', { max: 10 }],
    ['99999999999999999999', {}],
  ])('rejects %j with range %j', (text, range) => {
    expect(() => parseInteger(text, 'retries', range)).toThrow(ConfigurationError);
    expect(() => parseInteger(text, 'retries', range)).toThrow(/^retries must be a whole number from /);
  });

  it('names the range in the message', () => {
    expect(() => parseInteger('0', 'jobs', { min: 1, max: 8 })).toThrow(
      'jobs must be a whole number from 1 to 8, not "0"',
    );
  });
});

describe('parseChoice', () => {
  const choices = ['missing', 'always', 'never'] as const;

  it.each([
    ['always', 'always'],
    [' never ', 'never'],
    ['', 'missing'],
    ['  ', 'missing'],
  ])('%j → %s', (text, expected) => {
    expect(parseChoice(text, 'pull', choices, 'missing')).toBe(expected);
  });

  it.each(['Always', 'sometimes', 'missing,always'])('rejects %j listing the choices', (text) => {
    expect(() => parseChoice(text, 'pull', choices, 'missing')).toThrow(ConfigurationError);
    expect(() => parseChoice(text, 'pull', choices, 'missing')).toThrow(
      `pull must be one of missing, always, never, not "${text}"`,
    );
  });
});
