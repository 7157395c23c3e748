import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine.js';
import { fixContainerfile } from '../../../src/lint/fix.js';
import { loadPolicy } from '../../../src/policy/load.js';
import { DEFAULT_POLICY } from '../../../src/policy/types.js';

const PIN = `sha256:${'c'.repeat(64)}`;
const TO = `debian:12@${PIN}`;
const policy = loadPolicy(
  `version: 1
images:
  substitutions:
    - from: debian:12
      to: ${TO}
      reason: patched by ops
    - from: quay.io/fedora/fedora-bootc:41
      to: quay.io/fedora/fedora-bootc:41@${PIN}
`,
  'policy.yml',
);
const cf = (...lines: string[]) => `${lines.join('\n')}\n`;
const fix = (content: string, buildArgs?: Record<string, string>) =>
  fixContainerfile(content, 'Containerfile', policy, buildArgs);

/** Lines that differ between two texts with the same number of lines, as [line, before, after]. */
function changedLines(before: string, after: string): Array<[number, string, string]> {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b).toHaveLength(a.length);
  return a.flatMap((line, index) =>
    line === b[index] ? [] : [[index + 1, line, b[index]!] as [number, string, string]],
  );
}

describe('fixContainerfile', () => {
  it('replaces a literal FROM image, keeping --platform and the AS name', () => {
    const content = cf(
      '# syntax=docker/dockerfile:1',
      'FROM --platform=linux/amd64 debian:12 AS base',
      'RUN apt-get update',
      'FROM base',
    );
    const result = fix(content);
    expect(changedLines(content, result.content)).toEqual([
      [2, 'FROM --platform=linux/amd64 debian:12 AS base', `FROM --platform=linux/amd64 ${TO} AS base`],
    ]);
    expect(result.changes).toEqual([{ line: 2, from: 'debian:12', to: TO, reason: 'patched by ops' }]);
    expect(result.skipped).toEqual([]);
  });

  it('matches the normalised name and keeps the case and indentation of FROM', () => {
    const content = cf(
      '  from docker.io/library/debian:12   as  build',
      'FROM quay.io/fedora/fedora-bootc:41',
    );
    const result = fix(content);
    expect(changedLines(content, result.content)).toEqual([
      [1, '  from docker.io/library/debian:12   as  build', `  from ${TO}   as  build`],
      [2, 'FROM quay.io/fedora/fedora-bootc:41', `FROM quay.io/fedora/fedora-bootc:41@${PIN}`],
    ]);
    expect(result.changes.map((change) => change.line)).toEqual([1, 2]);
    expect(result.changes[1]!.reason).toBeUndefined();
  });

  it('changes nothing else, byte for byte (CRLF, comments, other FROMs, the image named elsewhere)', () => {
    const content = [
      '# base: debian:12',
      'FROM golang:1.23 AS build',
      'RUN echo debian:12 > /etc/base',
      'FROM debian:12 AS final\r',
      'LABEL base="debian:12"',
      'COPY --from=build /a /a',
      '',
    ].join('\n');
    const result = fix(content);
    expect(changedLines(content, result.content)).toEqual([
      [4, 'FROM debian:12 AS final\r', `FROM ${TO} AS final\r`],
    ]);
  });

  it.each([
    ['unquoted', 'ARG BASE=debian:12', `ARG BASE=${TO}`],
    ['double-quoted', 'ARG BASE="debian:12"', `ARG BASE="${TO}"`],
    ['single-quoted', "ARG BASE='debian:12'", `ARG BASE='${TO}'`],
    ['next to another ARG', 'ARG X=1 BASE=debian:12 Y=2', `ARG X=1 BASE=${TO} Y=2`],
  ])('FROM ${BASE} fixes the ARG default (%s)', (_name, argLine, fixed) => {
    const content = cf(argLine, 'FROM ${BASE}', 'RUN true');
    const result = fix(content);
    expect(changedLines(content, result.content)).toEqual([[1, argLine, fixed]]);
    expect(result.changes).toEqual([{ line: 1, from: 'debian:12', to: TO, reason: 'patched by ops' }]);
  });

  it('two FROMs using one ARG: one change', () => {
    const content = cf('ARG BASE=debian:12', 'FROM ${BASE} AS a', 'RUN true', 'FROM $BASE');
    const result = fix(content);
    expect(changedLines(content, result.content)).toEqual([[1, 'ARG BASE=debian:12', `ARG BASE=${TO}`]]);
    expect(result.changes).toHaveLength(1);
    expect(result.skipped).toEqual([]);
  });

  it('an ARG overridden by a build arg is skipped with a reason', () => {
    const content = cf('ARG BASE=debian:11', 'FROM ${BASE}');
    const result = fix(content, { BASE: 'debian:12' });
    expect(result.content).toBe(content);
    expect(result.changes).toEqual([]);
    expect(result.skipped).toEqual([
      { line: 2, reason: `FROM \${BASE} is built from ARGs; change it by hand to ${TO}` },
    ]);
  });

  it('a FROM made of several ARGs is skipped', () => {
    const content = cf('ARG REG=docker.io', 'ARG TAG=12', 'FROM ${REG}/library/debian:${TAG}');
    const result = fix(content);
    expect(result.content).toBe(content);
    expect(result.skipped).toEqual([
      {
        line: 3,
        reason: `FROM \${REG}/library/debian:\${TAG} is built from ARGs; change it by hand to ${TO}`,
      },
    ]);
  });

  it('an ARG without a default (given as a build arg) is skipped', () => {
    const content = cf('ARG BASE', 'FROM ${BASE}');
    const result = fix(content, { BASE: 'debian:12' });
    expect(result.content).toBe(content);
    expect(result.skipped).toHaveLength(1);
  });

  it('an ARG written with a default expression is skipped with a reason', () => {
    const content = cf('ARG BASE=debian:12', 'FROM ${BASE:-debian:12}');
    const result = fix(content);
    expect(result.content).toBe(content);
    expect(result.skipped).toEqual([{ line: 2, reason: expect.stringContaining('is built from ARGs') }]);
  });

  it('a FROM split over lines is skipped', () => {
    const content = cf('FROM \\', '  debian:12');
    const result = fix(content);
    expect(result.content).toBe(content);
    expect(result.skipped).toEqual([{ line: 1, reason: 'the FROM line spans several lines' }]);
  });

  it('leaves stage references, scratch, other images and applied substitutions alone', () => {
    const content = cf(
      'FROM scratch AS s',
      `FROM ${TO} AS base`,
      'FROM base',
      'FROM debian:11',
      'FROM not a valid//ref',
    );
    const result = fix(content);
    expect(result).toEqual({ content, changes: [], skipped: [] });
  });

  it('with no substitutions changes nothing', () => {
    const content = cf('FROM debian:12');
    expect(fixContainerfile(content, 'Containerfile', DEFAULT_POLICY)).toEqual({
      content,
      changes: [],
      skipped: [],
    });
  });

  it.each([
    ['literal', cf('FROM --platform=linux/arm64 debian:12 AS a', 'FROM a')],
    ['ARG', cf('ARG BASE="debian:12"', 'FROM ${BASE}', 'FROM $BASE')],
    ['both', cf('ARG BASE=quay.io/fedora/fedora-bootc:41', 'FROM debian:12 AS b', 'FROM ${BASE}')],
  ])('is idempotent (%s) and the fixed file no longer has CF005', (_name, content) => {
    const once = fix(content);
    expect(once.changes.length).toBeGreaterThan(0);
    const twice = fix(once.content);
    expect(twice).toEqual({ content: once.content, changes: [], skipped: [] });
    const findings = lint([{ path: 'Containerfile', content: once.content }], {
      policy,
      kind: 'os',
      today: '2026-11-22',
    }).findings;
    expect(findings.filter((finding) => finding.ruleId === 'CF005' || finding.ruleId === 'CF003')).toEqual(
      [],
    );
  });

  it('does not treat regex characters in the image as a pattern', () => {
    // `.` in the image must match only a dot: a FROM of debianX12 (if it parsed) must not be touched.
    const dotted = loadPolicy(
      `version: 1\nimages:\n  substitutions:\n    - from: a.b/c:1.0\n      to: a.b/c:1.0@${PIN}\n`,
      'p.yml',
    );
    const content = cf('FROM a.b/c:1.0');
    expect(fixContainerfile(content, 'Containerfile', dotted).content).toBe(cf(`FROM a.b/c:1.0@${PIN}`));
  });
});
