/**
 * Fuzzing the SBOM parsers (fast-check): random and mutated dpkg status, apk databases, os-release files,
 * license expressions and rpm header blobs give a result or one of our errors, never a crash or a hang.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OsimgError } from '../../../src/errors.js';
import { parseApkInstalled } from '../../../src/sbom/apk.js';
import { dep5Licenses, parseDpkgStatus } from '../../../src/sbom/dpkg.js';
import { dep5Expression, spdxExpression } from '../../../src/sbom/license.js';
import { parseOsRelease } from '../../../src/sbom/os-release.js';
import { parseRpmHeader } from '../../../src/sbom/rpm-header.js';
import { packageHeader } from './rpm-blob.js';

const RUNS = { numRuns: 400 };

function ownErrorOrResult<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof OsimgError)) throw error;
    return undefined;
  }
}

/** Mutations of a valid text: deleted, inserted, replaced or duplicated slices. */
function mutated(base: string): fc.Arbitrary<string> {
  const piece = fc.oneof(
    fc.string({ maxLength: 4 }),
    fc.constantFrom('\n', '\n\n', ' ', ':', 'Status: install ok installed\n', 'P:', 'V:', '\r\n', '\t', '('),
  );
  const edit = fc.record({ at: fc.nat(), length: fc.nat({ max: 40 }), text: piece });
  return fc.array(edit, { minLength: 1, maxLength: 8 }).map((edits) =>
    edits.reduce((text, { at, length, text: insert }) => {
      const i = text.length === 0 ? 0 : at % text.length;
      return text.slice(0, i) + insert + text.slice(i + length);
    }, base),
  );
}

const status = readFileSync('test/fixtures/sbom/debian/var/lib/dpkg/status', 'utf8').slice(0, 6000);
const apk = readFileSync('test/fixtures/sbom/alpine/lib/apk/db/installed', 'utf8');
const copyright = readFileSync('test/fixtures/sbom/debian/usr/share/doc/libcap2/copyright', 'utf8');
const osRelease = readFileSync('test/fixtures/sbom/fedora/usr/lib/os-release', 'utf8');

describe('text parsers', () => {
  it('dpkg status: random and mutated text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), mutated(status)), (text) => {
        const records = ownErrorOrResult(() => parseDpkgStatus(text));
        for (const record of records ?? []) expect(record.name && record.version).toBeTruthy();
      }),
      RUNS,
    );
  });

  it('apk installed: random and mutated text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), mutated(apk)), (text) => {
        ownErrorOrResult(() => parseApkInstalled(text));
      }),
      RUNS,
    );
  });

  it('DEP-5 copyright, os-release and license expressions never throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), mutated(copyright)), (text) => {
        dep5Licenses(text);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.oneof(fc.string(), mutated(osRelease)), (text) => {
        expect(parseOsRelease(text).id).toBeTruthy();
      }),
      RUNS,
    );
    const words = fc.constantFrom(
      'MIT',
      'GPL-2+',
      'AND',
      'OR',
      'WITH',
      'and',
      'or',
      'with',
      '(',
      ')',
      'Autoconf',
      'exception',
      'Classpath-exception-2.0',
      '+',
      ',',
      'x',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(words, { maxLength: 12 }).map((w) => w.join(' ')),
        ),
        (text) => {
          const expression = spdxExpression(text);
          if (expression !== undefined) expect(spdxExpression(expression)).toBe(expression); // canonical is stable
          const dep5 = dep5Expression(text);
          if (dep5 !== undefined) expect(spdxExpression(dep5)).toBe(dep5);
        },
      ),
      RUNS,
    );
  });

  it('a long expression is rejected quickly, not parsed forever', () => {
    const started = Date.now();
    expect(spdxExpression(`${'('.repeat(5000)}MIT${')'.repeat(5000)}`)).toBeUndefined();
    expect(spdxExpression(Array.from({ length: 200 }, () => 'MIT').join(' AND '))).toBe(
      Array.from({ length: 200 }, () => 'MIT').join(' AND '),
    );
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('rpm header blobs', () => {
  const valid = packageHeader('bash', '5.2.26', '3.fc41', 1);

  it('random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), (bytes) => {
        ownErrorOrResult(() => parseRpmHeader(bytes));
      }),
      RUNS,
    );
  });

  it('a valid header with bytes flipped, truncated or extended', () => {
    const mutation = fc.record({
      flips: fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }), {
        minLength: 1,
        maxLength: 6,
      }),
      cut: fc.option(fc.nat(), { nil: undefined }),
    });
    fc.assert(
      fc.property(mutation, ({ flips, cut }) => {
        const bytes = new Uint8Array(valid);
        for (const { at, value } of flips) bytes[at % bytes.length] = value;
        const blob = cut === undefined ? bytes : bytes.subarray(0, cut % (bytes.length + 1));
        const header = ownErrorOrResult(() => parseRpmHeader(blob));
        if (header) expect(typeof header.name).toBe('string');
      }),
      { numRuns: 1000 },
    );
  });

  it('index counts and offsets chosen to point anywhere', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0xffffffff }),
        fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
        fc.nat({ max: 6 }),
        (count, offset, entry) => {
          const bytes = new Uint8Array(valid);
          const view = new DataView(bytes.buffer);
          view.setInt32(8 + entry * 16 + 8, offset);
          view.setUint32(8 + entry * 16 + 12, count);
          ownErrorOrResult(() => parseRpmHeader(bytes));
        },
      ),
      RUNS,
    );
  });
});
