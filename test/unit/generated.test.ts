/** Generated files (rules page, policy schema) are committed; they must match what the sources generate. */
import { readFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { GENERATED } from '../../scripts/generated.js';

describe('generated files', () => {
  it.each(Object.entries(GENERATED()))('%s is up to date (run npm run docs)', async (path, content) => {
    const options = (await prettier.resolveConfig(path)) ?? {};
    const expected = await prettier.format(content, { ...options, filepath: path });
    expect(readFileSync(path, 'utf8')).toBe(expected);
  });
});
