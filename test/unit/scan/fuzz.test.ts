/**
 * Fuzzing the scan's parsers (fast-check): on arbitrary text, arbitrary JSON values and mutations of real
 * reports and ignores files, they return or throw a ConfigurationError with a message — never a TypeError.
 * Whatever parses must also go through the gate and the SARIF builder without crashing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/errors.js';
import { evaluate } from '../../../src/scan/gate.js';
import { parseIgnores } from '../../../src/scan/ignores.js';
import { parseTrivyReport } from '../../../src/scan/report.js';
import { decisionToSarif } from '../../../src/scan/sarif.js';
import { summaryMarkdown } from '../../../src/scan/summary.js';
import { FIXTURE_NAMES, SCAN_FIXTURES, TODAY, fixtureText, policy } from './helpers.js';

const RUNS = { numRuns: 300 };

function ownErrorOrResult<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    expect(error.message.length).toBeGreaterThan(10);
    return undefined;
  }
}

/** A few random edits (delete, insert, replace a span) of a valid text. */
const mutated = (base: string) =>
  fc
    .array(
      fc.record({
        at: fc.nat({ max: base.length }),
        cut: fc.nat({ max: 8 }),
        text: fc.string({ maxLength: 4 }),
      }),
      {
        minLength: 1,
        maxLength: 4,
      },
    )
    .map((edits) =>
      edits.reduce((text, edit) => text.slice(0, edit.at) + edit.text + text.slice(edit.at + edit.cut), base),
    );

/** Replaces one value somewhere in a parsed real report with an arbitrary JSON value. */
function withValueReplaced(base: unknown, path: number, value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(base)) as unknown;
  const containers: Array<[Record<string, unknown> | unknown[], string | number]> = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => {
        containers.push([node, i]);
        walk(child);
      });
    } else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        containers.push([node as Record<string, unknown>, key]);
        walk(child);
      }
    }
  };
  walk(copy);
  const target = containers[path % Math.max(1, containers.length)];
  if (target) (target[0] as Record<string | number, unknown>)[target[1]] = value;
  return copy;
}

const gateAll = (text: string) => {
  const report = ownErrorOrResult(() => parseTrivyReport(text, 'fuzz.json'));
  if (!report) return;
  const decision = evaluate(
    report,
    policy({ threshold: 'low', scanners: ['vuln', 'secret', 'misconfig'] }),
    TODAY,
  );
  decisionToSarif(decision, { locationUri: 'Containerfile' });
  summaryMarkdown(decision);
};

describe('fuzz: trivy report parser', () => {
  it('arbitrary text', () => {
    fc.assert(fc.property(fc.string(), gateAll), RUNS);
  });

  it('arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => gateAll(JSON.stringify(value))),
      RUNS,
    );
  });

  it.each(FIXTURE_NAMES)('mutated text of %s', (name) => {
    fc.assert(fc.property(mutated(fixtureText(name)), gateAll), RUNS);
  });

  it.each(FIXTURE_NAMES)('a value of %s replaced by arbitrary JSON', (name) => {
    const base = JSON.parse(fixtureText(name)) as unknown;
    fc.assert(
      fc.property(fc.nat(), fc.jsonValue(), (path, value) =>
        gateAll(JSON.stringify(withValueReplaced(base, path, value))),
      ),
      RUNS,
    );
  });
});

describe('fuzz: ignores file parser', () => {
  const example = readFileSync(join(SCAN_FIXTURES, 'ignores.yaml'), 'utf8');
  const parse = (text: string): void => void ownErrorOrResult(() => parseIgnores(text, 'fuzz.yaml'));

  it('arbitrary text', () => {
    fc.assert(fc.property(fc.string(), parse), RUNS);
  });

  it('mutated example file', () => {
    fc.assert(fc.property(mutated(example), parse), RUNS);
  });

  it('arbitrary JSON values as YAML', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => parse(JSON.stringify({ ignores: [value] }))),
      RUNS,
    );
  });

  it('errors always name the file and a line', () => {
    fc.assert(
      fc.property(mutated(example), (text) => {
        try {
          parseIgnores(text, 'fuzz.yaml');
        } catch (error) {
          expect((error as Error).message).toMatch(/^(fuzz\.yaml:\d+: |\d+ problems in fuzz\.yaml:\n)/);
        }
      }),
      RUNS,
    );
  });
});
