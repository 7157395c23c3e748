import { describe, expect, it } from 'vitest';
import { parseReference } from '../../../src/oci/reference.js';
import { parseTargets } from '../../../src/promote/promote.js';

const source = parseReference('ghcr.io/acme/os@sha256:' + 'a'.repeat(64));

describe('parseTargets', () => {
  it('keeps a bare tag in the source repository', () => {
    expect(parseTargets(['stable', 'v1.2'], source)).toEqual([
      { registry: 'ghcr.io', repository: 'acme/os', tag: 'stable' },
      { registry: 'ghcr.io', repository: 'acme/os', tag: 'v1.2' },
    ]);
  });

  it('takes a full reference as another repository', () => {
    expect(parseTargets(['registry.example.com/prod/os:stable'], source)).toEqual([
      { registry: 'registry.example.com', repository: 'prod/os', tag: 'stable' },
    ]);
  });

  it('refuses no targets, invalid tags, digests and references without a tag', () => {
    expect(() => parseTargets([], source)).toThrow(/at least one channel tag/);
    expect(() => parseTargets(['-bad'], source)).toThrow(/"-bad" is not a valid tag/);
    expect(() => parseTargets(['ghcr.io/acme/os@sha256:' + 'b'.repeat(64)], source)).toThrow(
      /must name a tag and no digest/,
    );
    expect(() => parseTargets(['ghcr.io/acme/other'], source)).toThrow(/must name a tag/);
  });
});
