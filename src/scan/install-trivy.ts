/**
 * Getting the trivy to run: one already on PATH only when it is exactly the pinned version, otherwise the
 * pinned release, downloaded and verified against the checksum carried in this repository.
 */
import { OsimgError } from '../errors.js';
import type { Logger } from '../log.js';
import { installTool, type InstallDeps } from '../tools/install.js';
import { Trivy } from '../tools/trivy.js';
import { trivyAsset, type ChecksumTable } from './trivy-release.js';

export interface TrivyDeps {
  /** The trivy on PATH (probed for its version). */
  onPath: Trivy;
  install: Omit<InstallDeps, 'log'>;
  host: { platform: string; arch: string };
  log: Logger;
  /** For tests: another download base and checksum table. */
  release?: { base?: string; checksums?: ChecksumTable };
  makeTrivy?: (binary: string) => Trivy;
}

export async function resolveTrivy(version: string, deps: TrivyDeps): Promise<Trivy> {
  const found = await deps.onPath.version().catch(() => undefined);
  if (found === version) {
    deps.log.info(`trivy ${version}: using the one on PATH (matches the pinned version)`);
    return deps.onPath;
  }
  if (found) deps.log.info(`trivy ${found} on PATH is not the pinned ${version}: not using it`);
  const asset = trivyAsset(version, deps.host, deps.release);
  const binary = await installTool(
    {
      name: 'trivy',
      version: asset.version,
      arch: asset.arch,
      url: asset.url,
      sha256: asset.sha256,
      member: 'trivy',
    },
    { ...deps.install, log: deps.log },
  ).catch((error: unknown) => {
    if (!(error instanceof OsimgError) || error.code !== 'REGISTRY') throw error;
    throw new OsimgError(
      `${error.message}; to go on without downloading trivy: put trivy ${asset.version} on PATH, judge an existing trivy JSON report (osimg scan --from-report FILE, osimg pipeline --scan-report FILE), or skip the scan (osimg pipeline --skip scan)`,
      { code: 'REGISTRY', cause: error },
    );
  });
  const trivy = (deps.makeTrivy ?? ((path) => new Trivy(path)))(binary);
  const installed = await trivy.version();
  if (installed !== asset.version) {
    throw new OsimgError(`the verified trivy archive contains trivy ${installed}, not ${asset.version}`);
  }
  return trivy;
}
