import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../../src/policy/load.js';
import { findAffected } from '../../../src/rebuild/affected.js';
import {
  mergeIndexes,
  parseIndex,
  serializeIndex,
  type DependentImage,
} from '../../../src/rebuild/index-file.js';
import { githubRepository } from '../../../src/rebuild/discover.js';

const D = (c: string) => `sha256:${c.repeat(64)}`;

const policy = loadPolicy(
  `version: 1
images:
  banned:
    - image: docker.io/library/centos
      reason: CentOS 7 is end of life
    - digest: ${D('0')}
      reason: compromised build
    - image: registry.example.com/base/old
      reason: retired later
      since: 2027-01-01
  substitutions:
    - from: quay.io/fedora/fedora-bootc:42
      to: quay.io/fedora/fedora-bootc:42@${D('1')}
      reason: the 2026-11 patch cycle
`,
  'policy.yml',
);

function image(name: string, base: DependentImage['base']): DependentImage {
  return { image: `ghcr.io/org/${name}@${D('a')}`, base, pipeline: { repository: `org/${name}` } };
}

describe('findAffected', () => {
  const images = [
    image('centos-app', { name: 'docker.io/library/centos:7', digest: D('2') }),
    image('compromised', { name: 'registry.example.com/base/os:1', digest: D('0') }),
    image('fedora-old', { name: 'quay.io/fedora/fedora-bootc:42', digest: D('3') }),
    image('fedora-patched', { name: 'quay.io/fedora/fedora-bootc:42', digest: D('1') }),
    image('fedora-41', { name: 'quay.io/fedora/fedora-bootc:41', digest: D('4') }),
    image('retired-later', { name: 'registry.example.com/base/old:1', digest: D('5') }),
    image('scratch', {}),
  ];

  it('finds banned bases (by name or digest) and bases with a patch, skips the rest', () => {
    const result = findAffected(images, policy, { today: '2026-11-22' });
    expect(result.affected.map((a) => [a.image.pipeline!.repository, a.reason])).toEqual([
      ['org/centos-app', 'banned'],
      ['org/compromised', 'banned'],
      ['org/fedora-old', 'patched'],
    ]);
    expect(result.affected[0]!.detail).toBe(
      'base docker.io/library/centos:7@' + D('2') + ' is banned: CentOS 7 is end of life',
    );
    expect(result.affected[2]!.detail).toMatch(
      /replaced by quay.io\/fedora\/fedora-bootc:42@sha256:1{64} \(the 2026-11 patch cycle\)/,
    );
    expect(result.unknownBase.map((i) => i.pipeline!.repository)).toEqual(['org/scratch']);
  });

  it('applies a ban from its since date', () => {
    const later = findAffected(images, policy, { today: '2027-01-01' });
    expect(later.affected.map((a) => a.image.pipeline!.repository)).toContain('org/retired-later');
  });

  it('limits to the named bases', () => {
    const result = findAffected(images, policy, { today: '2026-11-22', bases: ['quay.io/fedora/*'] });
    expect(result.affected.map((a) => a.image.pipeline!.repository)).toEqual(['org/fedora-old']);
  });

  it('does not trigger again what the previous policy already condemned', () => {
    const previous = loadPolicy(
      `version: 1
images:
  banned:
    - image: docker.io/library/centos
      reason: CentOS 7 is end of life
`,
      'previous.yml',
    );
    const result = findAffected(images, policy, { today: '2026-11-22', previousPolicy: previous });
    expect(result.affected.map((a) => a.image.pipeline!.repository)).toEqual([
      'org/compromised',
      'org/fedora-old',
    ]);
    expect(result.unchanged.map((a) => a.image.pipeline!.repository)).toEqual(['org/centos-app']);
  });

  it('reports a base tag that moved when asked to compare', () => {
    const currentBase = new Map([['quay.io/fedora/fedora-bootc:41', new Set([D('9')])]]);
    const result = findAffected(images, policy, { today: '2026-11-22', currentBase });
    const moved = result.affected.find((a) => a.reason === 'base-updated');
    expect(moved?.image.pipeline?.repository).toBe('org/fedora-41');
    expect(moved?.detail).toBe(
      'base quay.io/fedora/fedora-bootc:41 moved from sha256:444444444444 to sha256:999999999999',
    );
  });
});

describe('dependents index', () => {
  const entry = {
    image: `ghcr.io/org/app@${D('a')}`,
    base: { name: 'quay.io/fedora/fedora-bootc:42', digest: D('1') },
    pipeline: { repository: 'org/app', workflow: 'image.yml', ref: 'main', event: 'workflow_dispatch' },
    builtAt: '2026-11-20T10:00:00Z',
  };

  it('reads a single pipeline entry and a whole index, and merges by image (later wins)', () => {
    const one = parseIndex(JSON.stringify(entry), 'entry.json');
    const rescanned = parseIndex(
      JSON.stringify({
        kind: 'osimg-dependents',
        version: 1,
        images: [{ ...entry, scannedAt: '2026-11-21T00:00:00Z' }],
      }),
      'index.json',
    );
    const merged = mergeIndexes(one, rescanned);
    expect(merged.images).toHaveLength(1);
    expect(merged.images[0]!.scannedAt).toBe('2026-11-21T00:00:00Z');
    expect(parseIndex(serializeIndex(merged), 'round-trip.json')).toEqual(merged);
  });

  it.each([
    ['not json', '{', /index.json is not valid JSON/],
    ['wrong kind', '{"kind":"x","version":1,"images":[]}', /not an osimg dependents index/],
    ['no digest', JSON.stringify({ ...entry, image: 'ghcr.io/org/app:1' }), /must carry its digest/],
    [
      'bad base digest',
      JSON.stringify({ ...entry, base: { digest: 'sha256:12' } }),
      /"base.digest" must be a sha256/,
    ],
    ['bad repository', JSON.stringify({ ...entry, pipeline: { repository: 'just-a-name' } }), /owner\/name/],
    [
      'bad event',
      JSON.stringify({ ...entry, pipeline: { repository: 'o/r', event: 'push' } }),
      /workflow_dispatch or repository_dispatch/,
    ],
    [
      'bad time',
      JSON.stringify({ ...entry, scannedAt: 'yesterday' }),
      /"scannedAt" must be an ISO date-time/,
    ],
  ])('rejects %s with a clear message', (_name, text, message) => {
    expect(() => parseIndex(text, 'index.json')).toThrow(message);
  });
});

describe('githubRepository', () => {
  it.each([
    ['https://github.com/org/app', 'org/app'],
    ['https://github.com/org/app.git', 'org/app'],
    ['git@github.com:org/my.app.git', 'org/my.app'],
    ['https://gitlab.com/org/app', undefined],
    ['https://github.com/org', undefined],
  ])('%s → %s', (url, repository) => {
    expect(githubRepository(url)).toBe(repository);
  });
});
