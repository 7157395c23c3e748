import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/errors.js';
import { DEFAULT_TRIVY_VERSION, TRIVY_CHECKSUMS, trivyAsset } from '../../../src/scan/trivy-release.js';

const linux = { platform: 'linux', arch: 'x64' };

describe('pinned trivy releases', () => {
  it('pins the default version for linux amd64 and arm64, with SHA-256 values', () => {
    expect(trivyAsset(DEFAULT_TRIVY_VERSION, linux)).toEqual({
      version: '0.72.0',
      name: 'trivy_0.72.0_Linux-64bit.tar.gz',
      url: 'https://github.com/aquasecurity/trivy/releases/download/v0.72.0/trivy_0.72.0_Linux-64bit.tar.gz',
      sha256: 'bbb64b9695866ce4a7a8f5c9592002c5961cab378577fa3f8a040df362b9b2ea',
      arch: 'x64',
    });
    expect(trivyAsset('v0.72.0', { platform: 'linux', arch: 'arm64' }).name).toBe(
      'trivy_0.72.0_Linux-ARM64.tar.gz',
    );
    for (const assets of Object.values(TRIVY_CHECKSUMS)) {
      for (const sha of Object.values(assets)) expect(sha).toMatch(/^[a-f0-9]{64}$/);
    }
  });

  it('never carries the compromised 0.69.4 (GHSA-69fq-xp46-6x23)', () => {
    expect(Object.keys(TRIVY_CHECKSUMS).filter((v) => v.startsWith('0.69.'))).toEqual([]);
  });

  it.each([
    ['latest', /is not an exact version: osimg never floats to "latest"/],
    ['0.69.4', /trivy 0\.69\.4 has no checksum in osimg \(pinned: 0\.72\.0, 0\.71\.2, 0\.70\.0\)/],
  ])('refuses %s', (version, message) => {
    expect(() => trivyAsset(version, linux)).toThrow(ConfigurationError);
    expect(() => trivyAsset(version, linux)).toThrow(message);
  });

  it('says what to do on a platform without a pinned asset', () => {
    expect(() => trivyAsset('0.72.0', { platform: 'darwin', arch: 'arm64' })).toThrow(
      'no pinned trivy 0.72.0 for darwin/arm64: osimg installs it on linux x64 and arm64; put trivy 0.72.0 on PATH instead',
    );
  });

  it('takes another base and table (mirrors, tests)', () => {
    const asset = trivyAsset('1.2.3', linux, {
      base: 'http://127.0.0.1:9/dl/',
      checksums: { '1.2.3': { 'trivy_1.2.3_Linux-64bit.tar.gz': 'a'.repeat(64) } },
    });
    expect(asset.url).toBe('http://127.0.0.1:9/dl/v1.2.3/trivy_1.2.3_Linux-64bit.tar.gz');
  });
});
