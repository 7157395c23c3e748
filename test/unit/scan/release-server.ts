/**
 * A local stand-in for GitHub's release downloads (node:http on 127.0.0.1): serves a .tar.gz made here
 * that holds the FAKE trivy script as `trivy`, plus a tampered copy, a 404 and a 503-then-OK path.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exec } from '../../../src/tools/exec.js';

export const FAKE_TRIVY = join(import.meta.dirname, '..', '..', 'fixtures', 'scan', 'fake-trivy.sh');

export interface ReleaseServer {
  base: string;
  archive: Buffer;
  sha256: string;
  /** Requests seen, by path. */
  hits: Map<string, number>;
  dir: string;
  stop(): Promise<void>;
}

/** A release archive laid out like trivy's (trivy, LICENSE, README.md, contrib/). */
export async function makeReleaseArchive(dir: string, name = 'release.tar.gz'): Promise<string> {
  const content = join(dir, 'content');
  await mkdir(join(content, 'contrib'), { recursive: true });
  await copyFile(FAKE_TRIVY, join(content, 'trivy'));
  await writeFile(join(content, 'LICENSE'), 'Apache-2.0\n');
  await writeFile(join(content, 'README.md'), '# fake release for tests\n');
  await writeFile(join(content, 'contrib', 'html.tpl'), '{{ . }}\n');
  const archive = join(dir, name);
  await exec('tar', ['-czf', archive, '-C', content, 'LICENSE', 'README.md', 'contrib', 'trivy']);
  return archive;
}

export async function startReleaseServer(): Promise<ReleaseServer> {
  const dir = await mkdtemp(join(tmpdir(), 'osimg-release-'));
  const archive = await readFile(await makeReleaseArchive(dir));
  const tampered = Buffer.from(archive);
  const middle = Math.floor(tampered.length / 2);
  tampered[middle] = tampered[middle]! ^ 0x01;
  const hits = new Map<string, number>();
  const server: Server = createServer((request, response) => {
    const path = request.url ?? '';
    const count = (hits.get(path) ?? 0) + 1;
    hits.set(path, count);
    if (path.startsWith('/good/')) response.end(archive);
    else if (path.startsWith('/tampered/')) response.end(tampered);
    else if (path.startsWith('/flaky/') && count === 1) {
      response.statusCode = 503;
      response.end('unavailable');
    } else if (path.startsWith('/flaky/')) response.end(archive);
    else {
      response.statusCode = 404;
      response.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return {
    base: `http://127.0.0.1:${address.port}`,
    archive,
    sha256: createHash('sha256').update(archive).digest('hex'),
    hits,
    dir,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** tool-cache's own test hook: retry at once instead of after 10-20 s. */
export function retryDownloadsAtOnce(): void {
  const global = globalThis as Record<string, unknown>;
  global.TEST_DOWNLOAD_TOOL_RETRY_MIN_SECONDS = 0;
  global.TEST_DOWNLOAD_TOOL_RETRY_MAX_SECONDS = 0;
}
