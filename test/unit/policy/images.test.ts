import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine.js';
import { parseReference } from '../../../src/oci/reference.js';
import {
  checkAllowed,
  findBan,
  findSubstitution,
  imageOf,
  requiresDigest,
} from '../../../src/policy/images.js';
import { loadPolicy } from '../../../src/policy/load.js';
import { DEFAULT_POLICY, type Policy } from '../../../src/policy/types.js';

const D1 = `sha256:${'1'.repeat(64)}`;
const D2 = `sha256:${'2'.repeat(64)}`;
const policy = (yaml: string): Policy => loadPolicy(`version: 1\n${yaml}`, 'policy.yml');
const ref = parseReference;

describe('imageOf', () => {
  it('parses references', () => {
    expect(imageOf('debian:12')).toEqual({ registry: 'docker.io', repository: 'library/debian', tag: '12' });
    expect(imageOf(`quay.io/a/b@${D1}`)).toEqual({ registry: 'quay.io', repository: 'a/b', digest: D1 });
  });

  it.each(['scratch', '', 'Not/Valid', 'a b', '${BASE}', 'x:@', 'debian@sha256:short'])(
    '%j → undefined',
    (text) => {
      expect(imageOf(text)).toBeUndefined();
    },
  );
});

describe('checkAllowed', () => {
  const allowed = policy(`images:
  allowed:
    - image: quay.io/fedora/*
    - image: docker.io/library/debian
      tags: ['12*', bookworm]
      requireDigest: true
    - image: docker.io/library/debian
      tags: [trixie]
    - image: registry.example.com/**
`);

  it('allows everything when the policy has no list', () => {
    expect(checkAllowed(DEFAULT_POLICY, ref('anything:1'))).toEqual({ allowed: true });
  });

  it('an empty list allows nothing', () => {
    expect(checkAllowed(policy('images:\n  allowed: []\n'), ref('debian:12'))).toEqual({
      allowed: false,
      reason: 'image',
    });
  });

  it.each([
    ['quay.io/fedora/fedora-bootc:41', true],
    ['quay.io/fedora/fedora:latest', true],
    ['quay.io/fedora/sub/image:1', false],
    ['quay.io/centos/centos:9', false],
    ['registry.example.com/a/b/c:1', true],
    ['debian:12', true],
    ['docker.io/library/debian:12.5-slim', true],
    ['debian:bookworm', true],
    ['debian:trixie', true],
    ['debian:11', false],
    ['debian', false],
    ['alpine:3', false],
  ])('%s allowed: %s', (text, expected) => {
    expect(checkAllowed(allowed, ref(text)).allowed).toBe(expected);
  });

  it('says whether the image or the tag is the problem, with the entry', () => {
    expect(checkAllowed(allowed, ref('alpine:3'))).toEqual({ allowed: false, reason: 'image' });
    expect(checkAllowed(allowed, ref('debian:11'))).toEqual({
      allowed: false,
      reason: 'tag',
      entry: allowed.images.allowed![1],
    });
  });

  it('returns the entry that allowed the tag (the second entry for the same image)', () => {
    expect(checkAllowed(allowed, ref('debian:trixie'))).toEqual({
      allowed: true,
      entry: allowed.images.allowed![2],
    });
  });

  it('a digest without a tag matches entries without tags but not entries with tags', () => {
    expect(checkAllowed(allowed, ref(`quay.io/fedora/x@${D1}`)).allowed).toBe(true);
    expect(checkAllowed(allowed, ref(`debian@${D1}`))).toMatchObject({ allowed: false, reason: 'tag' });
    expect(checkAllowed(allowed, ref(`debian:12@${D1}`)).allowed).toBe(true);
  });

  it('no tag means latest', () => {
    const latest = policy(
      'images:\n  allowed:\n    - image: docker.io/library/alpine\n      tags: [latest]\n',
    );
    expect(checkAllowed(latest, ref('alpine')).allowed).toBe(true);
  });
});

describe('requiresDigest', () => {
  const p = (global: boolean) =>
    policy(`images:
  requireDigest: ${global}
  allowed:
    - image: docker.io/library/a
      requireDigest: true
    - image: docker.io/library/b
      requireDigest: false
    - image: docker.io/library/c
`);

  it.each<[boolean, string, boolean]>([
    [false, 'a:1', true],
    [false, 'b:1', false],
    [false, 'c:1', false],
    [false, 'z:1', false],
    [true, 'a:1', true],
    [true, 'b:1', false],
    [true, 'c:1', true],
    [true, 'z:1', true],
  ])('global %s, %s → %s', (global, text, expected) => {
    const policyValue = p(global);
    expect(requiresDigest(policyValue, checkAllowed(policyValue, ref(text)))).toBe(expected);
  });

  it('follows the global setting without an allowed list', () => {
    expect(requiresDigest(DEFAULT_POLICY, { allowed: true })).toBe(false);
    expect(requiresDigest(policy('images:\n  requireDigest: true\n'), { allowed: true })).toBe(true);
  });
});

describe('findBan', () => {
  const banned = policy(`images:
  banned:
    - image: docker.io/library/centos
      reason: eol
    - image: docker.io/library/debian:10
      reason: buster
    - image: "docker.io/library/python:2*"
      reason: py2
    - image: quay.io/org/*
      reason: org gone
      since: 2026-12-01
    - digest: ${D1}
      reason: compromised
    - image: docker.io/library/alpine
      digest: ${D2}
      reason: bad alpine build
`);
  const reason = (text: string, today = '2026-11-22') => findBan(banned, ref(text), today)?.reason;

  it.each([
    ['centos:7', 'eol'],
    ['docker.io/library/centos', 'eol'],
    [`centos@${D2}`, 'eol'],
    ['debian:10', 'buster'],
    ['debian', undefined],
    ['debian:12', undefined],
    ['python:2.7-slim', 'py2'],
    ['python:3.12', undefined],
    ['quay.io/org/x:1', undefined],
    [`quay.io/any/thing@${D1}`, 'compromised'],
    [`alpine:3@${D2}`, 'bad alpine build'],
    [`busybox:1@${D2}`, undefined],
    [`alpine:3@${D1}`, 'compromised'],
    ['alpine:3', undefined],
  ])('%s → %s', (text, expected) => {
    expect(reason(text)).toBe(expected);
  });

  it('a ban applies from its since date on, not before', () => {
    expect(reason('quay.io/org/x:1', '2026-11-30')).toBeUndefined();
    expect(reason('quay.io/org/x:1', '2026-12-01')).toBe('org gone');
    expect(reason('quay.io/org/x:1', '2027-01-01')).toBe('org gone');
  });

  it('short names in a ban do not match (bans are globs over registry/repository)', () => {
    expect(
      findBan(
        policy('images:\n  banned:\n    - image: centos\n      reason: r\n'),
        ref('centos:7'),
        '2026-01-01',
      ),
    ).toBeUndefined();
  });

  // Regression (fixed): src/policy/images.ts:42 a ban with both image and digest strips the tag with image.split(':')[0], which
  // also cuts a registry port: `localhost:5000/org/app` becomes `localhost` and the ban never matches.
  // suggested fix: strip only a tag after the last '/' (e.g. image.replace(/:[^/]*$/, '')).
  it('a digest ban scoped to an image on a registry with a port', () => {
    const withPort = policy(
      `images:\n  banned:\n    - image: localhost:5000/org/app\n      digest: ${D1}\n      reason: bad\n`,
    );
    expect(findBan(withPort, ref(`localhost:5000/org/app:1@${D1}`), '2026-11-22')?.reason).toBe('bad');
  });
});

describe('findSubstitution', () => {
  const subs = policy(`images:
  substitutions:
    - from: debian:12
      to: debian:12@${D1}
      reason: pinned
    - from: quay.io/fedora/fedora-bootc:41
      to: registry.example.com/os/fedora-bootc:41.20261101
    - from: alpine
      to: alpine:3.20@${D2}
    - from: not a reference
      to: x:1
    - from: busybox:1
      to: Not/Valid
`);
  const to = (text: string) => findSubstitution(subs, ref(text))?.to;

  it.each([
    ['debian:12', `debian:12@${D1}`],
    ['docker.io/library/debian:12', `debian:12@${D1}`],
    [`debian:12@${D2}`, `debian:12@${D1}`],
    [`debian:12@${D1}`, undefined],
    [`docker.io/library/debian:12@${D1}`, undefined],
    ['debian:11', undefined],
    ['debian', undefined],
    ['quay.io/fedora/fedora-bootc:41', 'registry.example.com/os/fedora-bootc:41.20261101'],
    ['registry.example.com/os/fedora-bootc:41.20261101', undefined],
    ['alpine', `alpine:3.20@${D2}`],
    ['alpine:latest', `alpine:3.20@${D2}`],
    [`alpine@${D1}`, `alpine:3.20@${D2}`],
    [`alpine:3.20@${D2}`, undefined],
    ['busybox:1', undefined],
  ])('%s → %s', (text, expected) => {
    expect(to(text)).toBe(expected);
  });

  it('keeps the reason', () => {
    expect(findSubstitution(subs, ref('debian:12'))?.reason).toBe('pinned');
  });
});

describe('CF001 message', () => {
  // Regression (fixed): src/lint/rules/containerfile.ts:174 (CF001) for a digest-only FROM (`debian@sha256:...`) against an
  // entry with tags the message says `tag "latest" ... is not allowed`, although no tag (and not latest) was
  // written: checkAllowed treats a missing tag as unknown when there is a digest, the message as latest.
  // suggested fix: say "a digest without a tag cannot be matched against the allowed tags (...)" when
  // ref.tag is undefined and ref.digest is set.
  it('a digest-only FROM is not reported as the latest tag', () => {
    const p = policy('images:\n  allowed:\n    - image: docker.io/library/debian\n      tags: ["12"]\n');
    const [finding] = lint([{ path: 'Containerfile', content: `FROM debian@${D1}\n` }], {
      policy: p,
      kind: 'os',
      today: '2026-11-22',
    }).findings.filter((f) => f.ruleId === 'CF001');
    expect(finding?.message).not.toContain('latest');
  });
});
