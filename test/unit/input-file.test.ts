import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors.js';
import {
  INPUT_LIMITS,
  checkYamlNesting,
  readInputFile,
  requireParentDirectory,
} from '../../src/input-file.js';

describe('readInputFile', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'osimg-input-file-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads a file within its limit as UTF-8', async () => {
    const path = join(dir, 'ok.yml');
    await writeFile(path, 'ignores: []\n');
    expect(await readInputFile(path, 'ignores')).toBe('ignores: []\n');
  });

  it('refuses a 93 MB ignores file by its size, without reading it', async () => {
    const path = join(dir, 'huge.yml');
    await writeFile(path, '');
    await truncate(path, 93 * 1000 * 1000); // sparse: nothing is written, the size alone must refuse it
    const before = process.memoryUsage().rss;
    const attempt = readInputFile(path, 'ignores', '.osimg-ignores.yml');
    await expect(attempt).rejects.toBeInstanceOf(ConfigurationError);
    await expect(attempt).rejects.toThrow(
      ".osimg-ignores.yml is 88.7 MiB, over osimg's 1 MiB limit for ignores files",
    );
    expect(process.memoryUsage().rss - before).toBeLessThan(50 * 1024 * 1024);
  });

  it('accepts exactly the limit and refuses one byte more', async () => {
    const path = join(dir, 'key.pem');
    await writeFile(path, 'k'.repeat(INPUT_LIMITS.key));
    expect(await readInputFile(path, 'key')).toHaveLength(INPUT_LIMITS.key);
    await writeFile(path, 'k'.repeat(INPUT_LIMITS.key + 1));
    await expect(readInputFile(path, 'key')).rejects.toThrow(/over osimg's 64 KiB limit for key files/);
  });

  it('stops reading a file without a size (a device) one byte past the limit', async () => {
    await expect(readInputFile('/dev/zero', 'key', 'the key')).rejects.toThrow(
      "the key is larger than osimg's 64 KiB limit for key files",
    );
  });

  it('leaves a missing file to the caller (its errno error)', async () => {
    await expect(readInputFile(join(dir, 'missing'), 'policy')).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('requires an output path to sit in an existing directory, and creates none', async () => {
    await expect(requireParentDirectory(join(dir, 'sbom.json'), '--sbom-output')).resolves.toBeUndefined();
    const missing = join(dir, 'nonexistent', 'dir', 'sbom.json');
    const attempt = requireParentDirectory(missing, '--sbom-output');
    await expect(attempt).rejects.toBeInstanceOf(ConfigurationError);
    await expect(attempt).rejects.toThrow(/which is not an existing directory: create it first/);
    await writeFile(join(dir, 'file'), '');
    await expect(requireParentDirectory(join(dir, 'file', 'x'), 'it')).rejects.toThrow(ConfigurationError);
  });
});

describe('checkYamlNesting', () => {
  it('refuses brackets nested past the limit (a few KB of "{" cost the yaml parser seconds)', () => {
    expect(() => checkYamlNesting(`read_only: ${'{'.repeat(4600)}`, 'compose.yml')).toThrow(
      'compose.yml nests brackets more than 64 levels deep',
    );
    expect(() => checkYamlNesting(`a: ${'['.repeat(64)}${']'.repeat(64)}`, 'x')).not.toThrow();
  });

  it('ignores brackets in quotes and comments', () => {
    const text = `a: "${'{'.repeat(100)}"\nb: '${'['.repeat(100)}'\n# ${'{'.repeat(100)}\nc: [1, {d: 2}]\n`;
    expect(() => checkYamlNesting(text, 'x')).not.toThrow();
  });
});
