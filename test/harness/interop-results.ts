/**
 * Collects the outcome of each interop case of one suite file. At the end of the file the outcomes must
 * equal the committed docs/interop-results.json (from which docs/sign.md's table is rendered); with
 * OSIMG_INTEROP_RECORD=1 they are written there instead (then `npm run docs`). OSIMG_INTEROP_RESULTS names
 * a file that also gets them (the bench counts passes from it).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import {
  readResults,
  RESULTS_FILE,
  type InteropCase,
  type InteropResults,
} from '../../scripts/interop-table.js';

export type CaseInfo = Omit<InteropCase, 'passed'>;

export function interopSuite(suite: string) {
  const found: InteropCase[] = [];
  return {
    /** A vitest case that records whether it passed. */
    case(name: string, info: CaseInfo, body: () => Promise<void>): void {
      it(name, async () => {
        try {
          await body();
          found.push({ ...info, passed: true });
        } catch (error) {
          found.push({ ...info, passed: false });
          throw error;
        }
      });
    },
    /** In afterAll: the outcomes against the committed results (or recorded). */
    finish(): void {
      const sorted = [...found].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
      const shared = process.env.OSIMG_INTEROP_RESULTS;
      if (shared) {
        const all = existsSync(shared) ? (JSON.parse(readFileSync(shared, 'utf8')) as InteropResults) : {};
        writeFileSync(shared, `${JSON.stringify({ ...all, [suite]: sorted }, null, 2)}\n`);
      }
      if (process.env.OSIMG_INTEROP_RECORD === '1') {
        const all = existsSync(RESULTS_FILE) ? readResults() : {};
        writeFileSync(RESULTS_FILE, `${JSON.stringify({ ...all, [suite]: sorted }, null, 2)}\n`);
        return;
      }
      expect(
        sorted,
        `${suite}: results differ from ${RESULTS_FILE}; rerun with OSIMG_INTEROP_RECORD=1, then npm run docs`,
      ).toEqual(readResults()[suite] ?? []);
    },
  };
}
