/**
 * Whether a trivy report can be trusted to be complete. trivy does not say so itself: for an OS family it
 * has no advisories for (e.g. Fedora, or anything its detectors do not know), pkg/detector/ospkg logs
 * `WARN Unsupported os family=...` and the scan drops the OS result entirely (ErrUnsupportedOS is
 * swallowed in pkg/scan/local). The JSON then still names the OS in Metadata.OS but has no Result of
 * Class "os-pkgs" — which reads as "0 vulnerabilities" to anything that only counts. We detect exactly that
 * shape, plus an image where no OS was detected at all, and also take trivy's own warning lines when we ran
 * it. CentOS Stream is a known blind spot the report cannot reveal: trivy reads its redhat-release as RHEL
 * and assesses it with RHEL advisories (documented in docs/scan.md).
 */
import type { Scanner } from './findings.js';
import type { TrivyReport } from './report.js';

export interface Completeness {
  complete: boolean;
  /** Why the results are incomplete, one sentence each (empty when complete). */
  problems: string[];
  /** True when trivy did not assess the OS packages (the case that must never read as "0 found"). */
  osUnsupported: boolean;
  /** Things to say that do not make the results incomplete (an end-of-life OS). */
  notices: string[];
}

/** Artifact types whose OS packages trivy should assess when vulnerability scanning is on. */
const IMAGE_TYPES = new Set(['container_image', 'vm']);

export function assessCompleteness(
  report: TrivyReport,
  scanners: readonly Scanner[],
  trivyWarnings: readonly string[] = [],
): Completeness {
  const problems: string[] = [];
  const notices: string[] = [];
  let osUnsupported = false;
  const os = report.os;
  const osName = os ? `${os.family} ${os.name}`.trim() : '';
  const hasOsResult = report.results.some((result) => result.class === 'os-pkgs');
  if (scanners.includes('vuln') && IMAGE_TYPES.has(report.artifactType)) {
    if (os && !hasOsResult) {
      osUnsupported = true;
      problems.push(
        `results incomplete: OS not supported (${osName}): trivy has no vulnerability data for it, so its packages were not assessed`,
      );
    } else if (!os) {
      osUnsupported = true;
      problems.push(
        'results incomplete: no OS detected in the image: trivy assessed no OS packages (unknown or missing /etc/os-release)',
      );
    }
  }
  for (const family of unsupportedFamilies(trivyWarnings)) {
    if (!problems.some((problem) => problem.includes(family))) {
      osUnsupported = true;
      problems.push(`results incomplete: OS not supported (${family}): trivy said "Unsupported os"`);
    }
  }
  if (os?.eosl) {
    notices.push(
      `${osName} is end of service life: its vendor publishes no more fixes, so new vulnerabilities may go unreported`,
    );
  }
  return { complete: problems.length === 0, problems, osUnsupported, notices };
}

/** Families named in trivy's `WARN Unsupported os family="fedora"` log lines. */
export function unsupportedFamilies(lines: readonly string[]): string[] {
  const families = new Set<string>();
  for (const line of lines) {
    const match = /Unsupported os\b.*?family="?([\w.-]+)"?/i.exec(line);
    if (match) families.add(match[1]!);
  }
  return [...families];
}
