/**
 * Fuzzing the parsers (fast-check): on arbitrary strings and on mutations of valid inputs they must return
 * or throw one of our errors (OsimgError / ConfigurationError) — never a TypeError or other crash — and must
 * not hang. Each property runs a few hundred cases so the file stays fast.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { finalBaseImage } from '../../src/build/containerfile.js';
import { ConfigurationError, OsimgError, quoteInput } from '../../src/errors.js';
import { parseChallenge } from '../../src/oci/auth.js';
import { formatReference, parseReference } from '../../src/oci/reference.js';
import { parseRetryAfter } from '../../src/oci/retry.js';
import { Buildah } from '../../src/tools/buildah.js';
import { parseKeyValues } from '../../src/values.js';
import { mutated } from '../../fuzz/mutate.js';

const RUNS = { numRuns: 500 };

/** Throws whatever `run` throws unless it is one of ours. */
function expectOwnErrorOrResult<T>(run: () => T, errorClass: typeof OsimgError = OsimgError): T | undefined {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof errorClass)) throw error;
    return undefined;
  }
}

const anyString = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }));

const HEX64 = 'ab'.repeat(32);

describe('fuzz: parseReference', () => {
  const samples = [
    'debian',
    'debian:12',
    `localhost:5000/a/b:t@sha256:${HEX64}`,
    '127.0.0.1:5000/x',
    '[::1]:5000/org/app:v1',
    'ghcr.io/org/my-os_image.x:2024.05-1',
    `quay.io/a/b@sha512:${HEX64}${HEX64}`,
    'index.docker.io/library/debian:sid',
  ];
  const pieces = fc
    .array(
      fc.constantFrom(
        'a',
        'z9',
        'Z',
        '.',
        '-',
        '_',
        '__',
        ':',
        '/',
        '@',
        'sha256:',
        HEX64,
        'localhost',
        '[::1]',
        '5000',
        ' ',
        'docker.io',
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join(''));

  it('returns a reference that round-trips, or throws ConfigurationError', () => {
    fc.assert(
      fc.property(fc.oneof(anyString, mutated(samples), pieces), (input) => {
        const ref = expectOwnErrorOrResult(() => parseReference(input), ConfigurationError);
        if (ref) {
          expect(ref.repository.length).toBeGreaterThan(0);
          expect(parseReference(formatReference(ref))).toEqual(ref);
        }
      }),
      RUNS,
    );
  });

  it('names the input in its errors', () => {
    fc.assert(
      fc.property(mutated(samples), (input) => {
        try {
          parseReference(input);
        } catch (error) {
          expect((error as Error).message).toContain(quoteInput(input));
        }
      }),
      RUNS,
    );
  });

  it.each([
    ['a long label run', `${'a.'.repeat(50_000)}!/x`],
    ['a long hyphen run', `${'a-'.repeat(50_000)}.x!/x`],
    ['a long name', `r.io/${'a_'.repeat(50_000)}`],
    ['many colons', `${':'.repeat(100_000)}/x`],
  ])('does not hang on %s', (_what, input) => {
    expect(() => parseReference(input)).toThrow(ConfigurationError);
  });
});

describe('fuzz: parseChallenge', () => {
  const samples = [
    'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:org/app:pull,push"',
    'Basic realm="Registry Realm"',
    'Bearer realm="a \\"b\\"",error="insufficient_scope"',
    'Bearer realm=https://r/t,service=s',
  ];

  it('never throws and returns string params for basic or bearer only', () => {
    fc.assert(
      fc.property(fc.oneof(anyString, mutated(samples)), (input) => {
        const challenge = parseChallenge(input);
        if (challenge) {
          expect(['basic', 'bearer']).toContain(challenge.scheme);
          for (const value of Object.values(challenge.params)) expect(typeof value).toBe('string');
        }
      }),
      RUNS,
    );
  });

  it.each([
    ['an unterminated quote full of backslashes', `Bearer realm="${'\\'.repeat(16_000)}`],
    ['many empty params', `Bearer ${'a=,'.repeat(5_000)}`],
    // Node caps response headers at 16 KiB, so that is the longest challenge a registry can send.
    ['a 16 KiB word without "="', `Bearer ${'a'.repeat(16 * 1024)}`],
  ])('does not hang on %s', (_what, input) => {
    expect(parseChallenge(input)?.scheme).toBe('bearer');
  });
});

describe('fuzz: parseKeyValues', () => {
  const samples = ['A=1\nB=2', 'URL=https://x/?a=b,c\n# comment\n\nEMPTY=', 'K = v \r\nX==y'];

  it('returns well-formed keys or throws a ConfigurationError naming the input', () => {
    fc.assert(
      fc.property(fc.oneof(anyString, mutated(samples)), (input) => {
        let result: Record<string, string> | undefined;
        try {
          result = parseKeyValues(input, 'build-args');
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigurationError);
          expect((error as Error).message.startsWith('build-args: ')).toBe(true);
          return;
        }
        for (const [key, value] of Object.entries(result)) {
          expect(key).toMatch(/^[^\s=]+$/);
          expect(value).not.toContain('\n');
        }
      }),
      RUNS,
    );
  });
});

describe('fuzz: finalBaseImage', () => {
  const samples = [
    'FROM debian:12\nRUN true\n',
    'ARG BASE=debian:12\nFROM ${BASE} AS base\nRUN x\nFROM base\n',
    'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nFROM scratch\nCOPY --from=build /a /a\n',
    'ARG V\nFROM alpine:${V:-3.19}\n',
    '# syntax=docker/dockerfile:1\nFROM a \\\n  AS b\nFROM B\n',
  ];
  const buildArgs = fc.dictionary(
    fc.constantFrom('BASE', 'V', 'A', 'BUILDPLATFORM'),
    fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('', 'debian:12', '${BASE}')),
  );

  it('returns a non-empty base with a line in the file, or throws ConfigurationError', () => {
    fc.assert(
      fc.property(fc.oneof(anyString, mutated(samples)), buildArgs, (content, args) => {
        const base = expectOwnErrorOrResult(
          () => finalBaseImage(content, args, 'Containerfile'),
          ConfigurationError,
        );
        if (base) {
          expect(base.reference.trim()).toBe(base.reference);
          expect(base.reference.length).toBeGreaterThan(0);
          expect(base.line).toBeGreaterThanOrEqual(1);
          expect(base.line).toBeLessThanOrEqual(content.split(/\r\n|\r|\n/).length);
        }
      }),
      RUNS,
    );
  });

  it('does not hang on a large file', () => {
    const content = `${'ARG A=1\n'.repeat(2_000)}${'FROM a AS s\nRUN x\n'.repeat(2_000)}FROM s\n`;
    expect(finalBaseImage(content, {}, 'Containerfile').reference).toBe('a');
  });
});

describe('fuzz: Buildah.parseInspect', () => {
  const fixture = readFileSync(
    join(import.meta.dirname, '..', 'fixtures', 'buildah', 'inspect-image.json'),
    'utf8',
  );
  const compact = JSON.stringify(JSON.parse(fixture));
  const parsed = JSON.parse(fixture) as Record<string, unknown>;

  it('returns or throws OsimgError on arbitrary and mutated output', () => {
    fc.assert(
      fc.property(
        fc.oneof(anyString, mutated([fixture, compact, '{"FromImageID":"a","OCIv1":{}}'])),
        (json) => {
          expectOwnErrorOrResult(() => Buildah.parseInspect(json));
        },
      ),
      RUNS,
    );
  });

  it('returns or throws OsimgError when fields hold values of the wrong type', () => {
    const paths = [
      'FromImageID',
      'FromImageDigest',
      'Manifest',
      'OCIv1',
      'OCIv1.config',
      'OCIv1.config.Labels',
      'OCIv1.rootfs',
      'OCIv1.rootfs.diff_ids',
      'OCIv1.created',
      'OCIv1.os',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...paths), fc.jsonValue()), { minLength: 1, maxLength: 4 }),
        (changes) => {
          const data = structuredClone(parsed);
          for (const [path, value] of changes) {
            const keys = path.split('.');
            let target: Record<string, unknown> | undefined = data;
            for (const key of keys.slice(0, -1)) {
              const next: unknown = target?.[key];
              target =
                typeof next === 'object' && next !== null ? (next as Record<string, unknown>) : undefined;
            }
            if (target) target[keys.at(-1)!] = value;
          }
          expectOwnErrorOrResult(() => Buildah.parseInspect(JSON.stringify(data)));
        },
      ),
      RUNS,
    );
  });

  // Regression (fixed): src/tools/buildah.ts:177 — see buildah.test.ts: any top-level JSON `null` crashes with a TypeError.
  // fast-check finds it at once among arbitrary JSON documents.
  it('returns or throws OsimgError for any JSON document', () => {
    fc.assert(
      fc.property(fc.json(), (json) => {
        expectOwnErrorOrResult(() => Buildah.parseInspect(json));
      }),
      RUNS,
    );
  });
});

describe('fuzz: parseRetryAfter', () => {
  const samples = ['120', 'Wed, 21 Oct 2015 07:28:00 GMT', '0', 'Sun, 06 Nov 1994 08:49:37 GMT'];

  it('never throws and gives undefined or a non-negative number of milliseconds', () => {
    fc.assert(
      fc.property(
        fc.oneof(anyString, mutated(samples)),
        fc.integer({ min: 0, max: 4_102_444_800_000 }),
        (value, now) => {
          const ms = parseRetryAfter(value, now);
          if (ms !== undefined) {
            expect(Number.isNaN(ms)).toBe(false);
            expect(ms).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      RUNS,
    );
  });

  it('reads every whole number of seconds exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (seconds) => {
        expect(parseRetryAfter(String(seconds), 0)).toBe(seconds * 1000);
      }),
      RUNS,
    );
  });
});
