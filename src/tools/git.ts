/**
 * git: where the CLI learns which commit and repository an image comes from (Actions gets it from the
 * GitHub context instead).
 */
import { CommandError, ConfigurationError, OsimgError } from '../errors.js';
import type { Exec } from './exec.js';
import { Tool, extractSemver } from './tool.js';

export interface CommitInfo {
  revision: string;
  /** Commit time, epoch seconds. */
  commitTime: number;
}

export class Git extends Tool {
  protected readonly installHint = 'install git (apt-get install git)';

  constructor(exec?: Exec) {
    super('git', exec);
  }

  protected parseVersion(output: string): string {
    return extractSemver(output, 'git');
  }

  static parseHeadCommit(output: string): CommitInfo | undefined {
    const [revision, time] = output.trim().split('\n');
    if (!revision || !/^[0-9a-f]{40,64}$/.test(revision) || !time || !/^\d+$/.test(time)) return undefined;
    return { revision, commitTime: Number(time) };
  }

  /** `git@github.com:org/repo.git` and friends → `https://github.com/org/repo`, without credentials. */
  static normaliseRemote(url: string): string | undefined {
    const text = url.trim();
    const scp = /^[\w.-]+@([\w.-]+):(.+?)(?:\.git)?\/?$/.exec(text);
    if (scp) return `https://${scp[1]}/${scp[2]}`;
    try {
      const parsed = new URL(text);
      if (!['https:', 'http:', 'ssh:', 'git:'].includes(parsed.protocol)) return undefined;
      // An ssh port says nothing about where the web view lives; an http(s) port does.
      const host = parsed.protocol.startsWith('http') ? parsed.host : parsed.hostname;
      return `https://${host}${parsed.pathname.replace(/\.git\/?$/, '').replace(/\/$/, '')}`;
    } catch {
      return undefined;
    }
  }

  /** The HEAD commit of the repository containing `dir`, or undefined outside a git checkout. */
  async headCommit(dir: string): Promise<CommitInfo | undefined> {
    try {
      const result = await this.run(['-C', dir, 'log', '-1', '--format=%H%n%ct']);
      return Git.parseHeadCommit(result.stdout);
    } catch (error) {
      if (isUnavailable(error)) return undefined;
      throw error;
    }
  }

  /**
   * One file of a remote repository at a ref, without a checkout: fetch the ref shallowly into an empty
   * repository and show the file. A token goes in an HTTP header through git's environment, never argv.
   */
  async readRemoteFile(
    url: string,
    ref: string,
    path: string,
    scratch: string,
    token?: string,
  ): Promise<string> {
    const env: Record<string, string> = { GIT_TERMINAL_PROMPT: '0' };
    if (token) {
      env.GIT_CONFIG_COUNT = '1';
      env.GIT_CONFIG_KEY_0 = 'http.extraHeader';
      env.GIT_CONFIG_VALUE_0 = `Authorization: Basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
    }
    await this.run(['init', '-q', scratch]);
    try {
      await this.run(['-C', scratch, 'fetch', '--depth=1', '--no-tags', '-q', '--', url, ref], {
        env,
        timeoutMs: 120_000,
      });
    } catch (error) {
      const detail =
        error instanceof CommandError ? (error.stderrTail.at(-1) ?? error.message) : String(error);
      throw new ConfigurationError(
        `cannot fetch ${ref} from ${url}: ${detail}; check the repository, the ref, and that the token may read it`,
        { cause: error },
      );
    }
    try {
      return (await this.run(['-C', scratch, 'show', `FETCH_HEAD:${path}`])).stdout;
    } catch (error) {
      throw new ConfigurationError(`${url} has no file ${path} at ${ref}: check the policy path`, {
        cause: error,
      });
    }
  }

  async remoteUrl(dir: string, remote = 'origin'): Promise<string | undefined> {
    try {
      const result = await this.run(['-C', dir, 'remote', 'get-url', remote]);
      return Git.normaliseRemote(result.stdout);
    } catch (error) {
      if (isUnavailable(error)) return undefined;
      throw error;
    }
  }
}

/** Not a checkout, no such remote, or no git at all: the source is simply unknown, never an error. */
function isUnavailable(error: unknown): boolean {
  return error instanceof CommandError || (error instanceof OsimgError && error.code === 'TOOL_NOT_FOUND');
}
