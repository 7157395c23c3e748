import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/errors.js';
import { compileIdentityPolicy } from '../../../src/sign/identity.js';
import { chooseTrustPolicy, sigstoreInstance } from '../../../src/sign/modes.js';
import { MISSING_ID_TOKEN, tokenSource } from '../../../src/sign/oidc.js';
import { parseAttestationKinds } from '../../../src/sign/sign-and-attest.js';
import { parseTrustedRoot } from '../../../src/sign/trusted-root.js';

const NAMES = { identity: '--id', identityRegexp: '--re', issuer: '--iss' };
const ISSUER = 'https://token.actions.githubusercontent.com';
const WORKFLOW = 'https://github.com/org/os/.github/workflows/release.yml@refs/heads/main';

describe('identity policy', () => {
  it('matches an exact identity and issuer, and nothing else', () => {
    const matches = compileIdentityPolicy({ identity: WORKFLOW, issuer: ISSUER }, NAMES);
    expect(matches({ subjectAlternativeName: WORKFLOW, issuer: ISSUER })).toBe(true);
    expect(matches({ subjectAlternativeName: `${WORKFLOW}x`, issuer: ISSUER })).toBe(false);
    expect(matches({ subjectAlternativeName: WORKFLOW, issuer: 'https://accounts.google.com' })).toBe(false);
    expect(matches({ issuer: ISSUER })).toBe(false);
  });

  it('anchors a regular expression at both ends: a pattern for a prefix matches nothing longer', () => {
    const prefix = compileIdentityPolicy(
      { identityRegexp: 'https://github.com/org/os', issuer: ISSUER },
      NAMES,
    );
    expect(prefix({ subjectAlternativeName: WORKFLOW, issuer: ISSUER })).toBe(false);
    expect(prefix({ subjectAlternativeName: 'https://github.com/org/os', issuer: ISSUER })).toBe(true);
    const evil = 'https://github.com/org/os-evil/.github/workflows/release.yml@refs/heads/main';
    const repo = compileIdentityPolicy(
      { identityRegexp: 'https://github\\.com/org/os/\\.github/workflows/.+', issuer: ISSUER },
      NAMES,
    );
    expect(repo({ subjectAlternativeName: WORKFLOW, issuer: ISSUER })).toBe(true);
    expect(repo({ subjectAlternativeName: evil, issuer: ISSUER })).toBe(false);
    // An alternation cannot escape the anchors either.
    const alternation = compileIdentityPolicy(
      { identityRegexp: 'nope|https://github', issuer: ISSUER },
      NAMES,
    );
    expect(alternation({ subjectAlternativeName: WORKFLOW, issuer: ISSUER })).toBe(false);
  });

  it('needs an identity or a regexp (not both) and an issuer, and a regexp that compiles', () => {
    expect(() => compileIdentityPolicy({ issuer: ISSUER }, NAMES)).toThrow('needs --id (or --re) and --iss');
    expect(() => compileIdentityPolicy({ identity: WORKFLOW }, NAMES)).toThrow('needs --iss too');
    expect(() =>
      compileIdentityPolicy({ identity: 'a', identityRegexp: 'a', issuer: ISSUER }, NAMES),
    ).toThrow('give --id or --re, not both');
    expect(() => compileIdentityPolicy({ identityRegexp: '(', issuer: ISSUER }, NAMES)).toThrow(
      ConfigurationError,
    );
  });
});

describe('keyless options', () => {
  it('asks for the id-token permission when no token source exists, before anything is done', () => {
    expect(() => tokenSource({})).toThrow(MISSING_ID_TOKEN);
    expect(() => tokenSource({ ACTIONS_ID_TOKEN_REQUEST_URL: 'http://x' })).toThrow(
      'add `permissions: id-token: write` to the job',
    );
  });

  it('reads a fixed SIGSTORE_ID_TOKEN, and the GitHub endpoint with the sigstore audience', async () => {
    expect(await tokenSource({ SIGSTORE_ID_TOKEN: 'a.b.c' })()).toBe('a.b.c');
    const seen: string[] = [];
    const fake = (async (url: URL, init: RequestInit) => {
      seen.push(`${url.href} ${(init.headers as Record<string, string>).Authorization}`);
      return new Response(JSON.stringify({ value: 'h.p.s' }), { status: 200 });
    }) as unknown as typeof fetch;
    const token = tokenSource(
      {
        ACTIONS_ID_TOKEN_REQUEST_URL: 'http://runner/token?api-version=2.0',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'bearer',
      },
      fake,
    );
    expect(await token()).toBe('h.p.s');
    expect(seen).toEqual(['http://runner/token?api-version=2.0&audience=sigstore Bearer bearer']);
  });

  it('defaults to the public-good instance and checks URLs', () => {
    expect(sigstoreInstance({})).toEqual({
      fulcioUrl: 'https://fulcio.sigstore.dev',
      rekorUrl: 'https://rekor.sigstore.dev',
    });
    expect(sigstoreInstance({ fulcioUrl: 'https://f.example/', tsaUrl: 'https://t.example' })).toMatchObject({
      fulcioUrl: 'https://f.example',
      tsaUrl: 'https://t.example',
    });
    expect(() => sigstoreInstance({ rekorUrl: 'file:///etc/passwd' })).toThrow(
      'the Rekor URL must be an http(s) URL',
    );
  });

  it('parses the attestations to make', () => {
    expect(parseAttestationKinds('', 'attest', ['provenance', 'spdx'])).toEqual(['provenance', 'spdx']);
    expect(parseAttestationKinds('none', 'attest', ['provenance'])).toEqual([]);
    expect(parseAttestationKinds('SPDX, cyclonedx\nspdx', 'attest', [])).toEqual(['spdx', 'cyclonedx']);
    expect(() => parseAttestationKinds('sbom', 'input "attest"', [])).toThrow(
      'input "attest": unknown attestation sbom; use provenance, spdx, cyclonedx (or none)',
    );
  });

  it('chooses key or keyless trust, never both, and says what is missing', () => {
    const names = { ...NAMES, key: '--key', trustedRoot: '--root' };
    expect(() => chooseTrustPolicy({ identity: {} }, names)).toThrow('nothing to verify against: give --key');
    expect(() => chooseTrustPolicy({ identity: { identity: WORKFLOW, issuer: ISSUER } }, names)).toThrow(
      'keyless verification needs --root',
    );
    expect(() => parseTrustedRoot('{', 'root.json')).toThrow('root.json is not JSON');
    expect(() =>
      parseTrustedRoot(
        JSON.stringify({ mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1', tlogs: [] }),
        'root.json',
      ),
    ).toThrow('root.json names no certificate authority');
  });
});
