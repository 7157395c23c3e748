import { describe, expect, it } from 'vitest';
import { PROVENANCE_LABELS, computeLabels, type LabelInputs } from '../../../src/build/labels.js';

const P = 'org.opencontainers.image';

function inputs(overrides: Partial<LabelInputs> = {}): LabelInputs {
  return { source: {}, title: 'myos', created: 1_700_000_000, user: {}, ...overrides };
}

describe('computeLabels', () => {
  it.each([
    [0, '1970-01-01T00:00:00.000Z'],
    [1_700_000_000, '2023-11-14T22:13:20.000Z'],
    [1_704_067_199, '2023-12-31T23:59:59.000Z'],
  ])('created from epoch %i is %s', (created, iso) => {
    expect(computeLabels(inputs({ created })).labels[`${P}.created`]).toBe(iso);
  });

  it('sets only created and title when nothing else is known', () => {
    expect(computeLabels(inputs())).toEqual({
      labels: { [`${P}.created`]: '2023-11-14T22:13:20.000Z', [`${P}.title`]: 'myos' },
      ignored: [],
    });
  });

  it('records source, version, revision and base', () => {
    const { labels, ignored } = computeLabels(
      inputs({
        source: { url: 'https://github.com/org/repo', revision: 'a'.repeat(40), version: 'v1.2.3' },
        base: { name: 'docker.io/library/debian:12', digest: `sha256:${'b'.repeat(64)}` },
      }),
    );
    expect(labels).toEqual({
      [`${P}.created`]: '2023-11-14T22:13:20.000Z',
      [`${P}.title`]: 'myos',
      [`${P}.source`]: 'https://github.com/org/repo',
      [`${P}.version`]: 'v1.2.3',
      [`${P}.revision`]: 'a'.repeat(40),
      [`${P}.base.name`]: 'docker.io/library/debian:12',
      [`${P}.base.digest`]: `sha256:${'b'.repeat(64)}`,
    });
    expect(ignored).toEqual([]);
  });

  it.each([
    [`${P}.title`, 'Custom Title'],
    [`${P}.source`, 'https://example.com/elsewhere'],
    [`${P}.version`, '9.9.9'],
    [`${P}.created`, '2000-01-01T00:00:00Z'],
    ['com.example.team', 'ops'],
  ])('lets the user set %s', (key, value) => {
    const { labels, ignored } = computeLabels(
      inputs({ source: { url: 'https://github.com/org/repo', version: 'v1' }, user: { [key]: value } }),
    );
    expect(labels[key]).toBe(value);
    expect(ignored).toEqual([]);
  });

  it.each(PROVENANCE_LABELS.map((key) => [key]))('never lets the user override %s, and reports it', (key) => {
    const { labels, ignored } = computeLabels(
      inputs({
        source: { revision: 'c'.repeat(40) },
        base: { name: 'debian:12', digest: `sha256:${'d'.repeat(64)}` },
        user: { [key]: 'forged', other: 'kept' },
      }),
    );
    expect(labels[key]).not.toBe('forged');
    expect(labels.other).toBe('kept');
    expect(ignored).toEqual([key]);
  });

  it('drops a forged provenance label even when osimg has no value for it', () => {
    const { labels, ignored } = computeLabels(
      inputs({ user: { [`${P}.revision`]: 'forged', [`${P}.base.digest`]: 'forged' } }),
    );
    expect(labels).not.toHaveProperty(`${P}.revision`);
    expect(labels).not.toHaveProperty(`${P}.base.digest`);
    expect(ignored).toEqual([`${P}.revision`, `${P}.base.digest`]);
  });

  it('lists exactly revision, base.name and base.digest as provenance', () => {
    expect([...PROVENANCE_LABELS]).toEqual([`${P}.revision`, `${P}.base.name`, `${P}.base.digest`]);
  });
});
