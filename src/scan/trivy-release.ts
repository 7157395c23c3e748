/**
 * The trivy releases osimg will install, with their SHA-256 carried in this repository. Never "latest":
 * in March 2026 trivy-action's tags were rewritten and a malicious trivy 0.69.4 was published
 * (GHSA-69fq-xp46-6x23), so a release is only ever installed when its archive hashes to a value recorded
 * here, reviewed, before the download happened. 0.69.4 (and 0.69.5/0.69.6 images from that window) must
 * never be added.
 *
 * Sources of the values (the published trivy_<version>_checksums.txt of each release, as copied by several
 * independent projects that pin it; all copies agree):
 *   0.72.0  Linux-64bit bbb64b96…, Linux-ARM64 2ca2c023… — trivy_0.72.0_checksums.txt, quoted verbatim in
 *           pinned-installer tables of unrelated projects (four copies for amd64, two for arm64).
 *   0.71.2  Linux-64bit 0510e71e…, Linux-ARM64 fe1c7106… — trivy_0.71.2_checksums.txt (e.g. the
 *           gaiagroup setup-trivy action README and an AUR PKGBUILD for amd64; two tool tables for arm64).
 *   0.70.0  Linux-64bit 8b4376d5…, Linux-ARM64 2f6bb988… — "From trivy_0.70.0_checksums.txt in the official
 *           v0.70.0 release" (pinned scan scripts and Bazel/Python tool tables).
 * To add a release: copy both lines from its checksums.txt (verify the file's cosign signature), add them
 * here, and change DEFAULT_TRIVY_VERSION in the same reviewed change.
 */
import { ConfigurationError } from '../errors.js';

export const DEFAULT_TRIVY_VERSION = '0.72.0';
export const TRIVY_DOWNLOAD_BASE = 'https://github.com/aquasecurity/trivy/releases/download';

/** Node's (platform, arch) → the asset suffix trivy publishes. */
const ASSET_SUFFIX: Record<string, string> = {
  'linux/x64': 'Linux-64bit',
  'linux/arm64': 'Linux-ARM64',
};

export type ChecksumTable = Record<string, Record<string, string>>;

/** version → asset file name → SHA-256 (lowercase hex). */
export const TRIVY_CHECKSUMS: ChecksumTable = {
  '0.72.0': {
    'trivy_0.72.0_Linux-64bit.tar.gz': 'bbb64b9695866ce4a7a8f5c9592002c5961cab378577fa3f8a040df362b9b2ea',
    'trivy_0.72.0_Linux-ARM64.tar.gz': '2ca2c023109c2db6b2b77366b6717291452d4531167377d95c79547f0c8e3467',
  },
  '0.71.2': {
    'trivy_0.71.2_Linux-64bit.tar.gz': '0510e71e2fd39bf863856d499c8dc19feb4e7336546394c502a8f5cc7ab27460',
    'trivy_0.71.2_Linux-ARM64.tar.gz': 'fe1c7106e15a5365d485b098a8c338f91e3b7ba71cb0e4963b98a3a098763cfc',
  },
  '0.70.0': {
    'trivy_0.70.0_Linux-64bit.tar.gz': '8b4376d5d6befe5c24d503f10ff136d9e0c49f9127a4279fd110b727929a5aa9',
    'trivy_0.70.0_Linux-ARM64.tar.gz': '2f6bb988b553a1bbac6bdd1ce890f5e412439564e17522b88a4541b4f364fc8d',
  },
};

export interface TrivyAsset {
  version: string;
  name: string;
  url: string;
  sha256: string;
  /** For the tool cache: x64 or arm64. */
  arch: string;
}

/** The pinned asset for this machine, or a ConfigurationError that says what is possible instead. */
export function trivyAsset(
  version: string,
  host: { platform: string; arch: string },
  options: { base?: string; checksums?: ChecksumTable } = {},
): TrivyAsset {
  const checksums = options.checksums ?? TRIVY_CHECKSUMS;
  const clean = version.trim().replace(/^v/, '');
  const known = Object.keys(checksums);
  if (!/^\d+\.\d+\.\d+$/.test(clean)) {
    throw new ConfigurationError(
      `trivy-version "${version}" is not an exact version: osimg never floats to "latest"; use one of ${known.join(', ')}`,
    );
  }
  const assets = checksums[clean];
  if (!assets) {
    throw new ConfigurationError(
      `trivy ${clean} has no checksum in osimg (pinned: ${known.join(', ')}): use a pinned version, or put trivy ${clean} on PATH yourself`,
    );
  }
  const suffix = ASSET_SUFFIX[`${host.platform}/${host.arch}`];
  const name = suffix && `trivy_${clean}_${suffix}.tar.gz`;
  const sha256 = name ? assets[name] : undefined;
  if (!name || !sha256) {
    throw new ConfigurationError(
      `no pinned trivy ${clean} for ${host.platform}/${host.arch}: osimg installs it on linux x64 and arm64; put trivy ${clean} on PATH instead`,
    );
  }
  const base = (options.base ?? TRIVY_DOWNLOAD_BASE).replace(/\/+$/, '');
  return { version: clean, name, url: `${base}/v${clean}/${name}`, sha256, arch: host.arch };
}
