/**
 * Where the source of a build is: from the GitHub context when running in Actions, otherwise from git.
 * Also picks the reproducible timestamp: explicit value, SOURCE_DATE_EPOCH, or the commit time.
 */
import { ConfigurationError } from '../errors.js';
import type { Git } from '../tools/git.js';
import type { SourceInfo } from './labels.js';

/** The GitHub Actions variables that describe the source (read by the front door, not here). */
export interface GithubContext {
  serverUrl?: string;
  repository?: string;
  sha?: string;
  ref?: string;
}

export interface ResolvedSource {
  source: SourceInfo;
  /** Commit time (epoch seconds) of HEAD, when the directory is a git checkout. */
  commitTime?: number;
}

export async function resolveSource(git: Git, dir: string, github: GithubContext): Promise<ResolvedSource> {
  const inActions = Boolean(github.repository && github.sha);
  const [commit, remote] = await Promise.all([
    git.headCommit(dir),
    inActions ? undefined : git.remoteUrl(dir),
  ]);
  if (inActions) {
    const version = github.ref?.startsWith('refs/tags/') ? github.ref.slice('refs/tags/'.length) : undefined;
    return {
      source: {
        url: `${github.serverUrl ?? 'https://github.com'}/${github.repository!}`,
        revision: github.sha!,
        version,
      },
      commitTime: commit?.commitTime,
    };
  }
  return {
    source: { url: remote, revision: commit?.revision },
    commitTime: commit?.commitTime,
  };
}

/** The build timestamp: explicit input, then SOURCE_DATE_EPOCH, then the commit time; else none (now). */
export function pickSourceDateEpoch(
  explicit: string,
  environment: string | undefined,
  commitTime: number | undefined,
): number | undefined {
  for (const [value, name] of [
    [explicit, 'source-date-epoch'],
    [environment ?? '', 'SOURCE_DATE_EPOCH'],
  ] as const) {
    const text = value.trim();
    if (text === '') continue;
    if (!/^\d{1,12}$/.test(text)) {
      throw new ConfigurationError(
        `${name} must be a Unix time in seconds (e.g. 1700000000), not "${value}"`,
      );
    }
    return Number(text);
  }
  return commitTime;
}

/** The version label: a release tag from the source, else the first tag that is not "latest". */
export function defaultVersion(source: SourceInfo, tags: readonly string[]): string | undefined {
  return source.version ?? tags.find((tag) => tag !== 'latest');
}
