import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/errors.js';
import { finalChain, parseContainerfile, type Containerfile } from '../../../src/lint/containerfile.js';

const cf = (...lines: string[]) => `${lines.join('\n')}\n`;
const parse = (content: string, buildArgs?: Record<string, string>) =>
  parseContainerfile(content, 'app/Containerfile', buildArgs);
const froms = (file: Containerfile) => file.stages.map((stage) => stage.from.image);

function errorOf(run: () => unknown): ConfigurationError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return error as ConfigurationError;
  }
  throw new Error('expected a ConfigurationError');
}

describe('parseContainerfile', () => {
  it('reads stages, names, instructions, flags and lines', () => {
    const file = parse(
      cf(
        '# syntax=docker/dockerfile:1',
        'FROM --platform=$BUILDPLATFORM golang:1.23 AS build',
        'WORKDIR /src',
        'RUN --mount=type=cache,target=/root/.cache go build \\',
        '    -o /out/app .',
        '',
        'FROM gcr.io/distroless/static:nonroot',
        'COPY --from=build --chmod=755 /out/app /app',
        'ENTRYPOINT ["/app"]',
      ),
    );
    expect(file.path).toBe('app/Containerfile');
    expect(file.stages).toHaveLength(2);
    const [build, final] = file.stages;
    expect(build).toMatchObject({
      index: 0,
      name: 'build',
      from: { image: 'golang:1.23', raw: 'golang:1.23', line: 2, stage: undefined },
    });
    expect(build!.instructions).toEqual([
      { keyword: 'WORKDIR', args: '/src', flags: {}, line: 3, endLine: 3 },
      {
        keyword: 'RUN',
        args: expect.stringMatching(/^go build\s+-o \/out\/app \.$/),
        flags: { mount: 'type=cache,target=/root/.cache' },
        line: 4,
        endLine: 5,
      },
    ]);
    expect(final).toMatchObject({
      index: 1,
      name: undefined,
      from: { image: 'gcr.io/distroless/static:nonroot', line: 7 },
    });
    expect(final!.instructions.map((i) => [i.keyword, i.line, i.flags])).toEqual([
      ['COPY', 8, { from: 'build', chmod: '755' }],
      ['ENTRYPOINT', 9, {}],
    ]);
  });

  it('upper-cases keywords written in lower case', () => {
    const file = parse(cf('from debian:12 as base', 'run true', 'Copy a b'));
    expect(file.stages[0]!.name).toBe('base');
    expect(file.stages[0]!.instructions.map((i) => i.keyword)).toEqual(['RUN', 'COPY']);
  });

  it('links a FROM naming an earlier stage, case-insensitively', () => {
    const file = parse(cf('FROM debian:12 AS Base', 'FROM base AS next', 'FROM NEXT', 'FROM base:1'));
    expect(file.stages.map((stage) => stage.from.stage)).toEqual([undefined, 0, 1, undefined]);
    expect(file.stages[1]!.name).toBe('next');
  });

  it('does not link a FROM to a stage defined later', () => {
    const file = parse(cf('FROM later', 'FROM debian:12 AS later'));
    expect(file.stages[0]!.from.stage).toBeUndefined();
  });

  it('a later stage reusing a name wins for later FROMs', () => {
    const file = parse(cf('FROM a:1 AS x', 'FROM b:1 AS x', 'FROM x'));
    expect(file.stages[2]!.from.stage).toBe(1);
  });

  describe('global ARGs', () => {
    it('expands ARG defaults, quoted or not, with ${} and bare $', () => {
      const file = parse(
        cf(
          'ARG REGISTRY=quay.io',
          'ARG BASE="fedora/fedora-bootc"',
          "ARG TAG='41'",
          'FROM ${REGISTRY}/${BASE}:${TAG}',
          'FROM $REGISTRY/x:$TAG',
        ),
      );
      expect(froms(file)).toEqual(['quay.io/fedora/fedora-bootc:41', 'quay.io/x:41']);
      expect(file.stages[0]!.from.raw).toBe('${REGISTRY}/${BASE}:${TAG}');
      expect(file.globalArgs).toEqual(
        new Map([
          ['REGISTRY', { value: 'quay.io', line: 1 }],
          ['BASE', { value: 'fedora/fedora-bootc', line: 2 }],
          ['TAG', { value: '41', line: 3 }],
        ]),
      );
    });

    it('reads several ARGs on one line and ARGs without a default', () => {
      const file = parse(cf('ARG A=1 B', 'FROM x:${A}'));
      expect(file.globalArgs.get('A')).toEqual({ value: '1', line: 1 });
      expect(file.globalArgs.get('B')).toEqual({ value: undefined, line: 1 });
    });

    it('uses ${VAR:-default} when the ARG is unset or empty', () => {
      expect(froms(parse(cf('ARG TAG', 'FROM debian:${TAG:-12}')))).toEqual(['debian:12']);
      expect(froms(parse(cf('ARG TAG=', 'FROM debian:${TAG:-12}')))).toEqual(['debian:12']);
      expect(froms(parse(cf('FROM debian:${UNDECLARED:-bookworm}')))).toEqual(['debian:bookworm']);
    });

    it('build args override defaults, and only declared ARGs', () => {
      const content = cf('ARG TAG=12', 'FROM debian:${TAG}', 'FROM alpine:${OTHER:-3}');
      expect(froms(parse(content, { TAG: '13', OTHER: '9' }))).toEqual(['debian:13', 'alpine:3']);
      expect(froms(parse(content, {}))).toEqual(['debian:12', 'alpine:3']);
    });

    it('a build arg named like an Object prototype key is not special', () => {
      expect(froms(parse(cf('ARG toString=x:1', 'FROM ${toString}')))).toEqual(['x:1']);
      expect(froms(parse(cf('ARG A=x:1', 'FROM ${A}'), { constructor: 'y' }))).toEqual(['x:1']);
    });

    it('ARGs after the first FROM are stage instructions, not globals', () => {
      const file = parse(cf('FROM debian:12', 'ARG TAG=2', 'FROM x:${TAG:-1}'));
      expect(file.globalArgs.size).toBe(0);
      expect(froms(file)).toEqual(['debian:12', 'x:1']);
      expect(file.stages[0]!.instructions[0]).toMatchObject({ keyword: 'ARG', args: 'TAG=2', line: 2 });
    });
  });

  it('keeps heredoc RUN bodies with the RUN and its lines', () => {
    const file = parse(cf('FROM debian:12', 'RUN <<EOF', 'set -e', 'apt-get update', 'EOF', 'USER 1000'));
    const [run, user] = file.stages[0]!.instructions;
    expect(run).toMatchObject({ keyword: 'RUN', line: 2, endLine: 5 });
    expect(run!.args).toContain('apt-get update');
    expect(user).toMatchObject({ keyword: 'USER', line: 6 });
  });

  it('counts lines through comments, blank lines and CRLF', () => {
    const file = parse('# a\r\n\r\nFROM debian:12\r\n# b\r\nRUN true\r\n');
    expect(file.stages[0]!.from.line).toBe(3);
    expect(file.stages[0]!.instructions[0]).toMatchObject({ keyword: 'RUN', line: 5 });
  });

  it('keeps the content for line-based rules', () => {
    const content = cf('FROM scratch');
    expect(parse(content).content).toBe(content);
  });

  describe('errors', () => {
    it.each([
      [
        'an unknown instruction, with file:line',
        cf('FROM debian:12', '', 'RUNN true'),
        /^app\/Containerfile:3: unknown instruction "RUNN"/,
      ],
      [
        'an instruction before FROM',
        cf('# x', 'RUN true', 'FROM debian:12'),
        /^app\/Containerfile:2: RUN before the first FROM/,
      ],
      ['no FROM at all', cf('ARG X=1', '# nothing'), /^app\/Containerfile has no FROM instruction/],
      ['an empty file', '', /has no FROM instruction/],
      ['a NUL byte', 'FROM debian:12\n\u0000', /^app\/Containerfile is not a text file/],
      ['a FROM with no image', cf('FROM'), /^app\/Containerfile:1: FROM names no image/],
      [
        'a FROM that expands to nothing',
        cf('ARG BASE', 'FROM ${BASE}'),
        /^app\/Containerfile:2: FROM names no image/,
      ],
    ])('%s', (_name, content, message) => {
      expect(errorOf(() => parse(content)).message).toMatch(message);
    });
  });
});

describe('finalChain', () => {
  const chain = (content: string) => finalChain(parse(content)).map((stage) => stage.index);

  it.each([
    ['one stage', cf('FROM a:1'), [0]],
    ['a builder stage is not in the chain', cf('FROM a:1 AS b', 'FROM c:1'), [1]],
    [
      'a final stage building on earlier ones, final first',
      cf('FROM a:1 AS base', 'FROM x:1 AS other', 'FROM base AS mid', 'FROM mid'),
      [3, 2, 0],
    ],
    ['a stage name in another case', cf('FROM a:1 AS Base', 'FROM BASE'), [1, 0]],
  ])('%s', (_name, content, expected) => {
    expect(chain(content)).toEqual(expected);
  });

  it('stops on a cycle instead of looping', () => {
    const file = parse(cf('FROM a:1 AS x', 'FROM x'));
    file.stages[0]!.from.stage = 1;
    expect(finalChain(file).map((stage) => stage.index)).toEqual([1, 0]);
  });
});
