import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors.js';
import { MAX_GLOB_LENGTH, compileGlob, matchesGlob } from '../../src/glob.js';

describe('matchesGlob', () => {
  it.each<[string, string[], string[]]>([
    ['Containerfile', ['Containerfile'], ['os/Containerfile', 'Containerfile.x', 'containerfile']],
    ['*', ['a', 'Containerfile', '.hidden', ''], ['a/b']],
    ['*.yml', ['compose.yml', '.yml'], ['deploy/compose.yml', 'compose.yaml', 'compose.ymlx']],
    ['deploy/*', ['deploy/a', 'deploy/'], ['deploy', 'deploy/a/b', 'x/deploy/a']],
    ['deploy/**', ['deploy/a', 'deploy/a/b/c', 'deploy/'], ['deploy', 'other/a']],
    ['**', ['', 'a', 'a/b/c'], []],
    [
      '**/Containerfile',
      ['Containerfile', 'os/Containerfile', 'a/b/c/Containerfile'],
      ['Containerfile.x', 'xContainerfile'],
    ],
    ['a/**/b', ['a/b', 'a/x/b', 'a/x/y/b'], ['a/xb', 'ab', 'a/b/c']],
    ['**/k8s/**/*.yaml', ['k8s/a.yaml', 'x/k8s/y/z/a.yaml'], ['k8s.yaml', 'x/k8s2/a.yaml']],
    ['a**b', ['ab', 'axb', 'a/x/b'], ['a', 'b']],
    ['file?.txt', ['file1.txt', 'filea.txt'], ['file.txt', 'file12.txt', 'file/.txt']],
    ['*.{yml,yaml}', ['a.yml', 'a.yaml'], ['a.json', 'a.', 'a.ymlyaml']],
    [
      '{os,app}/Containerfile',
      ['os/Containerfile', 'app/Containerfile'],
      ['osapp/Containerfile', '/Containerfile'],
    ],
    ['{a,{b,c}}x', ['ax', 'bx', 'cx'], ['x', 'abx']],
    ['{a,}x', ['ax', 'x'], ['bx']],
    ['{a,b', ['a', 'b'], ['{a,b', 'a,b']],
    ['a,b', ['a,b'], ['a', 'b']],
    ['a}b', ['a}b'], ['ab']],
    // registry names
    [
      'quay.io/fedora/*',
      ['quay.io/fedora/fedora-bootc', 'quay.io/fedora/x'],
      ['quayxio/fedora/x', 'quay.io/fedora/a/b'],
    ],
    ['registry.example.com/base/*', ['registry.example.com/base/ubi'], ['registry-example.com/base/ubi']],
    [
      'docker.io/library/debian:12*',
      ['docker.io/library/debian:12', 'docker.io/library/debian:12.5'],
      ['docker.io/library/debian:11'],
    ],
    ['localhost:5000/**', ['localhost:5000/a/b'], ['localhost:5001/a']],
  ])('%s', (pattern, matches, misses) => {
    for (const text of matches)
      expect(matchesGlob(text, pattern), `${pattern} should match ${text}`).toBe(true);
    for (const text of misses)
      expect(matchesGlob(text, pattern), `${pattern} should not match ${text}`).toBe(false);
  });

  it.each([
    ['a.b', 'axb'],
    ['a+b', 'aab'],
    ['a^b', 'b'],
    ['a$b', 'a'],
    ['(a|b)', 'a'],
    ['a|b', 'a'],
    ['[ab]', 'a'],
    ['a\\d', 'a1'],
    ['x{2}', 'xx'],
    ['(?:x)', 'x'],
  ])('regex characters are literal: %j does not match %j', (pattern, text) => {
    expect(matchesGlob(text, pattern)).toBe(false);
  });

  it.each(['a.b', 'a+b', 'a^b', 'a$b', '(a|b)', '[ab]', 'a\\d', 'x(y)', 'a]b', 'a)b'])(
    '%j matches itself',
    (pattern) => {
      expect(matchesGlob(pattern, pattern)).toBe(true);
    },
  );

  it('anchors the whole text', () => {
    expect(matchesGlob('xa', 'a*')).toBe(false);
    expect(matchesGlob('ax', 'a')).toBe(false);
  });

  it('compiles each pattern once', () => {
    expect(compileGlob('cached/**/x')).toBe(compileGlob('cached/**/x'));
  });

  it('every pattern compiles', () => {
    for (const pattern of [
      '{',
      '}',
      '{{',
      '}}',
      ',',
      '**/',
      '/**',
      '***',
      '?*?',
      '\\',
      '[',
      ']',
      '(',
      ')',
      '{a,(b}',
      '{**/,x}',
    ]) {
      expect(typeof matchesGlob('a/b', pattern)).toBe('boolean');
    }
  });

  it('matches in linear time: many stars against a name that almost matches', () => {
    const pattern = `${'a*'.repeat(24)}b`;
    expect(matchesGlob('a'.repeat(52), pattern)).toBe(false);
    expect(matchesGlob(`${'a'.repeat(52)}b`, pattern)).toBe(true);
    expect(matchesGlob('a'.repeat(5000), `${'**'.repeat(100)}b`)).toBe(false);
  });

  it('refuses a glob over the length limit in one sentence', () => {
    expect(matchesGlob('a'.repeat(MAX_GLOB_LENGTH), 'a'.repeat(MAX_GLOB_LENGTH))).toBe(true);
    expect(() => matchesGlob('x', '*'.repeat(32 * 1024))).toThrow(ConfigurationError);
    expect(() => matchesGlob('x', '*'.repeat(32 * 1024))).toThrow(/at most 256/);
  });

  it('compares UTF-16 units as the text has them', () => {
    expect(matchesGlob('a😀b', 'a?b')).toBe(false);
    expect(matchesGlob('a😀b', 'a??b')).toBe(true);
    expect(matchesGlob('a😀b', 'a😀b')).toBe(true);
  });
});
