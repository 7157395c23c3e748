import { describe, expect, it } from 'vitest';
import { namesRepository, subjectNameAllowed } from '../../../src/sign/signed-identity.js';

const REPO = '127.0.0.1:5000/os/tiny';
const DIGEST = `sha256:${'a'.repeat(64)}`;
const OTHER_DIGEST = `sha256:${'b'.repeat(64)}`;

describe('namesRepository (the docker-reference of a .sig payload)', () => {
  it.each([
    ['the bare repository (cosign, osimg)', REPO, true],
    ['repo:tag (containers/image)', `${REPO}:1`, true],
    ['repo@this digest', `${REPO}@${DIGEST}`, true],
    ['repo:tag@this digest', `${REPO}:1@${DIGEST}`, true],
    ['repo@another digest', `${REPO}@${OTHER_DIGEST}`, false],
    ['another repository', '127.0.0.1:5000/os/other', false],
    ['another repository:tag', '127.0.0.1:5000/os/other:1', false],
    ['a prefix of the repository', '127.0.0.1:5000/os/tin', false],
    ['a longer path', `${REPO}/x`, false],
    ['another registry', '127.0.0.2:5000/os/tiny', false],
    ['an empty reference', '', false],
    ['not a reference', 'NOT A REFERENCE', false],
  ])('%s', (_, reference, expected) => {
    expect(namesRepository(reference, REPO, DIGEST)).toBe(expected);
  });

  it('normalises Docker Hub names as docker does', () => {
    expect(namesRepository('debian:12', 'docker.io/library/debian', DIGEST)).toBe(true);
    expect(namesRepository('docker.io/library/debian', 'docker.io/library/debian', DIGEST)).toBe(true);
  });
});

describe('subjectNameAllowed (the in-toto subject of a bundle or .att)', () => {
  it('accepts a subject without a name (cosign 3 binds the digest only) or naming this repository', () => {
    expect(subjectNameAllowed(undefined, REPO, DIGEST)).toBe(true);
    expect(subjectNameAllowed('', REPO, DIGEST)).toBe(true);
    expect(subjectNameAllowed(REPO, REPO, DIGEST)).toBe(true);
    expect(subjectNameAllowed(`${REPO}:1`, REPO, DIGEST)).toBe(true);
  });

  it('refuses another repository and names that are not strings', () => {
    expect(subjectNameAllowed('127.0.0.1:5000/os/other', REPO, DIGEST)).toBe(false);
    expect(subjectNameAllowed(42, REPO, DIGEST)).toBe(false);
    expect(subjectNameAllowed({ name: REPO }, REPO, DIGEST)).toBe(false);
  });
});
