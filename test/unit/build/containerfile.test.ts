import { describe, expect, it } from 'vitest';
import {
  expandArgs,
  finalBaseImage,
  locateInstruction,
  appendLabels,
} from '../../../src/build/containerfile.js';
import { ConfigurationError } from '../../../src/errors.js';

describe('expandArgs', () => {
  const args = new Map<string, string | undefined>([
    ['BASE', 'debian'],
    ['TAG', '12'],
    ['EMPTY', ''],
    ['UNSET', undefined],
  ]);

  it.each([
    ['no variables', 'debian:12', 'debian:12'],
    ['$VAR', '$BASE', 'debian'],
    ['${VAR}', '${BASE}:${TAG}', 'debian:12'],
    ['$VAR next to text', 'reg.io/$BASE:$TAG-slim', 'reg.io/debian:12-slim'],
    ['unknown variable', '$NOPE', ''],
    ['unset variable', '${UNSET}', ''],
    [':- with a value', '${BASE:-alpine}', 'debian'],
    [':- when empty', '${EMPTY:-alpine}', 'alpine'],
    [':- when unset', '${UNSET:-alpine:3}', 'alpine:3'],
    [':- when undeclared', '${NOPE:-x}', 'x'],
    [':+ with a value', 'img${TAG:+:}${TAG}', 'img:12'],
    [':+ when empty', 'img${EMPTY:+-suffix}', 'img'],
    [':+ when unset', 'img${UNSET:+-suffix}', 'img'],
    ['a lone dollar', 'a$', 'a$'],
    ['a dollar before a digit', '$1abc', '$1abc'],
    ['an unclosed brace', '${BASE', '${BASE'],
  ])('%s: %j → %j', (_what, text, expected) => {
    expect(expandArgs(text, args)).toBe(expected);
  });
});

describe('finalBaseImage', () => {
  it.each<[string, string, Record<string, string>, string, number]>([
    ['a single stage', 'FROM debian:12\nRUN true\n', {}, 'debian:12', 1],
    ['a lower-case from', 'from debian:12\n', {}, 'debian:12', 1],
    [
      'comments and blank lines first',
      '# syntax\n\n# comment\nFROM ghcr.io/org/base:1\n',
      {},
      'ghcr.io/org/base:1',
      4,
    ],
    ['CRLF line endings', '\r\nFROM alpine:3\r\n', {}, 'alpine:3', 2],
    ['scratch', 'FROM scratch\nCOPY x /\n', {}, 'scratch', 1],
    ['--platform', 'FROM --platform=linux/arm64 debian:12 AS base\n', {}, 'debian:12', 1],
    ['--platform with an ARG', 'FROM --platform=$BUILDPLATFORM golang:1.22\n', {}, 'golang:1.22', 1],
    [
      'a final stage that names an earlier one',
      'FROM debian:12 AS base\nRUN true\nFROM base\nRUN true\n',
      {},
      'debian:12',
      1,
    ],
    [
      'stage names compared case-insensitively',
      'FROM fedora:40 AS Builder\nFROM builder AS mid\nFROM MID\n',
      {},
      'fedora:40',
      1,
    ],
    [
      'a final stage that does not use the builder',
      'FROM golang:1.22 AS build\nRUN go build\nFROM debian:12-slim\nCOPY --from=build /app /app\n',
      {},
      'debian:12-slim',
      3,
    ],
    ['an ARG default', 'ARG BASE=debian:12\nFROM ${BASE}\n', {}, 'debian:12', 2],
    ['a quoted ARG default', 'ARG BASE="debian:12"\nFROM $BASE\n', {}, 'debian:12', 2],
    ['several ARGs on one line', 'ARG A=1 B=2\nFROM x:$A-$B\n', {}, 'x:1-2', 2],
    ['a build-arg override', 'ARG BASE=debian:12\nFROM ${BASE}\n', { BASE: 'fedora:40' }, 'fedora:40', 2],
    ['a build-arg for an ARG without default', 'ARG BASE\nFROM $BASE\n', { BASE: 'alpine:3' }, 'alpine:3', 2],
    ['${VAR:-default} when unset', 'ARG BASE\nFROM ${BASE:-alpine}\n', {}, 'alpine', 2],
    ['${VAR:-default} with a build-arg', 'ARG BASE\nFROM ${BASE:-alpine}\n', { BASE: 'arch' }, 'arch', 2],
    ['${VAR:+alt}', 'ARG V\nFROM x${V:+:pinned}\n', { V: '1' }, 'x:pinned', 2],
    // A build-arg only overrides a declared ARG, and only global ARGs (before the first FROM) apply to FROM.
    ['an undeclared build-arg', 'FROM ${NOPE:-fallback}\n', { NOPE: 'ignored' }, 'fallback', 1],
    [
      'an ARG inside a stage',
      'ARG V=3.19\nFROM alpine:$V AS a\nARG V=9\nFROM a\n',
      { V: '3.20' },
      'alpine:3.20',
      2,
    ],
    ['a multi-line FROM', 'FROM a \\\n  AS b\nFROM b\n', {}, 'a', 1],
  ])('%s', (_what, content, buildArgs, reference, line) => {
    expect(finalBaseImage(content, buildArgs, 'Containerfile')).toEqual({ reference, line });
  });

  it.each([
    ['an empty file', ''],
    ['only comments', '# nothing here\n'],
    ['no FROM', 'RUN echo hi\nCOPY a b\n'],
  ])('rejects %s with a ConfigurationError naming the file', (_what, content) => {
    const run = () => finalBaseImage(content, {}, 'images/os/Containerfile');
    expect(run).toThrow(ConfigurationError);
    expect(run).toThrow('images/os/Containerfile has no FROM instruction');
  });

  it.each([
    ['an ARG without default', 'ARG BASE\nFROM $BASE\n', 2],
    ['an unknown variable', 'FROM debian:12 AS a\nFROM ${MISSING}\n', 2],
    ['a bare FROM', 'FROM\n', 1],
    ['a FROM with only a flag', 'RUN x\nFROM --platform=linux/amd64\n', 2],
  ])('rejects a FROM that resolves to nothing (%s) with file:line', (_what, content, line) => {
    const run = () => finalBaseImage(content, {}, 'Containerfile');
    expect(run).toThrow(ConfigurationError);
    expect(run).toThrow(`Containerfile:${line}: the FROM image is empty`);
  });

  // Regression (fixed): src/build/containerfile.ts:46 — `name in buildArgs` is true for Object.prototype members, so an ARG
  // named like one (toString, constructor, valueOf, hasOwnProperty) takes a *function* as its value and the FROM
  // resolves to "xfunction toString() { [native code] }". Fix: `Object.hasOwn(buildArgs, name)`.
  it.each(['toString', 'constructor', 'valueOf'])('an ARG named %s keeps its default', (name) => {
    const content = `ARG ${name}=1\nFROM x:\${${name}}\n`;
    expect(finalBaseImage(content, {}, 'Containerfile').reference).toBe('x:1');
  });
});

describe('locateInstruction', () => {
  const content = [
    'FROM debian:12', // 1
    'RUN apt-get update && \\', // 2
    '    apt-get install -y \\', // 3
    '      curl', // 4
    'COPY rootfs/ /', // 5
    'RUN false', // 6
    '', // 7
  ].join('\n');

  it.each([
    ['RUN false', 6],
    ['COPY rootfs/ /', 5],
    ['RUN apt-get update && apt-get install -y curl', 2],
    ['run   FALSE', 6],
    ['FROM debian:12', 1],
    ['RUN make', undefined],
  ])('%j is at line %s', (printed, line) => {
    expect(locateInstruction(content, printed)).toBe(line);
  });

  it('takes the last of identical instructions', () => {
    expect(locateInstruction('FROM a\nRUN false\nRUN true\nRUN false\n', 'RUN false')).toBe(4);
  });

  // Regression (fixed): src/build/containerfile.ts:93 (locateInstruction) — matching by prefix both ways and keeping the LAST
  // match means a later instruction that merely starts with the failing one wins: a failure at
  // `RUN echo hi` (line 2) is reported at `RUN echo hi && make` (line 3). Fix: prefer exact matches, and only
  // fall back to prefix matches (for truncated STEP lines) when there is no exact one.
  it('does not blame a later instruction that only starts like the failing one', () => {
    expect(locateInstruction('FROM a\nRUN echo hi\nRUN echo hi && make\n', 'RUN echo hi')).toBe(2);
  });
});

describe('appendLabels', () => {
  it('appends one LABEL line with every label quoted and escaped', () => {
    const out = appendLabels('FROM x\nRUN true', { 'a.b': 'plain', c: 'say "hi" to $HOME \\ now' });
    expect(out).toBe('FROM x\nRUN true\nLABEL "a.b"="plain" "c"="say \\"hi\\" to \\$HOME \\\\ now"\n');
  });

  it('leaves the file as it is when there are no labels', () => {
    expect(appendLabels('FROM x\n', {})).toBe('FROM x\n');
  });

  it.each([
    ['a non-default escape directive', '# escape=`\nFROM x\n', { a: 'b' }],
    ['a label with a line break', 'FROM x\n', { a: 'one\ntwo' }],
    ['a key with a carriage return', 'FROM x\n', { 'a\r': 'b' }],
    ['a last line that continues', 'FROM x\nRUN echo \\\n', { a: 'b' }],
  ])('gives undefined (labels go as flags) for %s', (_name, content, labels) => {
    expect(appendLabels(content, labels)).toBeUndefined();
  });
});
