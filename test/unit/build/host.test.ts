import { describe, expect, it } from 'vitest';
import { detectHost, resolveIsolation } from '../../../src/build/host.js';
import { ociArchitecture } from '../../../src/build/platform.js';

describe('resolveIsolation', () => {
  it.each<[string, boolean, string | undefined]>([
    ['auto', true, 'chroot'],
    ['auto', false, undefined],
    ['chroot', false, 'chroot'],
    ['oci', true, 'oci'],
    ['oci', false, 'oci'],
    ['rootless', true, 'rootless'],
  ])('%s (in container: %s) → %s', (choice, inContainer, expected) => {
    expect(resolveIsolation(choice, inContainer)).toBe(expected);
  });
});

describe('detectHost', () => {
  it('reports the OCI name of this architecture and no binfmt control files', () => {
    const host = detectHost();
    expect(host.architecture).toBe(ociArchitecture(process.arch));
    expect(host.binfmtHandlers).not.toContain('register');
    expect(host.binfmtHandlers).not.toContain('status');
  });
});
