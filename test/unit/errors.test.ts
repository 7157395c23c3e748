import { describe, expect, it } from 'vitest';
import {
  CommandError,
  ConfigurationError,
  OsimgError,
  describeError,
  exitCodeFor,
  toError,
} from '../../src/errors.js';

describe('OsimgError', () => {
  it('defaults to code INTERNAL and keeps its class name', () => {
    const error = new OsimgError('boom');
    expect(error.code).toBe('INTERNAL');
    expect(error.name).toBe('OsimgError');
    expect(error.cause).toBeUndefined();
  });

  it('keeps code and cause', () => {
    const cause = new Error('root');
    const error = new OsimgError('boom', { code: 'REGISTRY', cause });
    expect(error.code).toBe('REGISTRY');
    expect(error.cause).toBe(cause);
  });

  it('ConfigurationError has code CONFIGURATION and is an OsimgError', () => {
    const error = new ConfigurationError('fix it');
    expect(error).toBeInstanceOf(OsimgError);
    expect(error.code).toBe('CONFIGURATION');
    expect(error.name).toBe('ConfigurationError');
  });

  it('CommandError carries the command, exit code and stderr tail', () => {
    const error = new CommandError('buildah failed', {
      command: 'buildah build',
      exitCode: 125,
      stderrTail: ['a', 'b'],
    });
    expect(error.code).toBe('COMMAND_FAILED');
    expect(error.command).toBe('buildah build');
    expect(error.exitCode).toBe(125);
    expect(error.stderrTail).toEqual(['a', 'b']);
    expect(
      new CommandError('x', { command: 'c', exitCode: null, stderrTail: [], code: 'TIMEOUT' }).code,
    ).toBe('TIMEOUT');
  });
});

describe('toError', () => {
  it('returns errors unchanged', () => {
    const error = new TypeError('t');
    expect(toError(error)).toBe(error);
  });

  it.each([
    ['a string', 'plain text', 'plain text'],
    ['an object', { code: 7, why: 'x' }, '{"code":7,"why":"x"}'],
    ['a number', 42, '42'],
    ['null', null, 'null'],
  ])('turns %s into an Error', (_what, value, message) => {
    const error = toError(value);
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe(message);
  });

  // Regression (fixed): src/errors.ts:63 — JSON.stringify(undefined) (and of a function or symbol) returns undefined
  // without throwing, so `throw undefined` becomes an Error with an empty message and the user reads
  // "unexpected error:  (this is a bug ...)". Fix: `return new Error(JSON.stringify(value) ?? String(value))`.
  it.each([
    ['undefined', undefined, 'undefined'],
    ['a function', function namedThing() {}, 'namedThing'],
  ])('turns %s into an Error with a non-empty message', (_what, value, contains) => {
    expect(toError(value).message).toContain(contains);
  });

  it('falls back to String() for values JSON cannot encode', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(toError(circular).message).toBe('[object Object]');
    expect(toError(10n).message).toBe('10');
  });
});

describe('describeError', () => {
  it.each([
    new OsimgError('registry said no', { code: 'REGISTRY' }),
    new ConfigurationError('image is required'),
    new CommandError('buildah exited with code 1', { command: 'buildah', exitCode: 1, stderrTail: [] }),
  ])('prints our own error %# as is', (error) => {
    expect(describeError(error)).toBe(error.message);
  });

  it.each([
    [new TypeError('x is undefined'), 'x is undefined'],
    ['a thrown string', 'a thrown string'],
    [{ odd: true }, '{"odd":true}'],
  ])('marks foreign error %# as unexpected', (value, message) => {
    const text = describeError(value);
    expect(text).toMatch(/^unexpected error: /);
    expect(text).toContain(message);
    expect(text).toContain('this is a bug in osimg');
  });
});

describe('exitCodeFor', () => {
  it.each([
    [new ConfigurationError('bad input'), 2],
    [new OsimgError('registry down', { code: 'REGISTRY' }), 1],
    [new CommandError('x', { command: 'c', exitCode: 1, stderrTail: [] }), 1],
    [new Error('foreign'), 1],
    ['string', 1],
  ])('%s → %i', (error, code) => {
    expect(exitCodeFor(error)).toBe(code);
  });
});
