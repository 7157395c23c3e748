/** What both front ends of the pipeline (`osimg pipeline`, the all-in-one action) share: how a stage runs an osimg command, and the report files. */
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OsimgError } from '../errors.js';
import { writeFileAtomically } from '../scratch/files.js';
import { generateKeyPair, openPrivateKey, publicKeyPem } from '../sign/keys.js';
import { surfaceSection, withSection } from '../surface/report-section.js';
import type { Invoke } from './plan.js';
import { renderHtml, renderMarkdown } from './report.js';
import type { PipelineReport } from './run.js';
import { runSideCommand } from './side-work.js';

/** An in-process osimg command that exited non-zero; `stdout` is what it printed (a --json report). */
export class CommandFailure extends OsimgError {
  constructor(
    message: string,
    readonly stdout: string,
  ) {
    super(message);
  }
}

type Main = (
  argv: string[],
  context: {
    cwd: string;
    env: NodeJS.ProcessEnv;
    stdout: (text: string) => void;
    stderr: (text: string) => void;
    readStdin: () => Promise<string>;
  },
) => Promise<number>;

/**
 * An osimg command run in this process: stdout is its result, each stderr line goes to `onLine` with the
 * command's name (stages run side by side, so lines say whose they are). Side work runs as a child at low
 * CPU priority when `self` says how to start osimg again (see side-work.ts); in this process otherwise.
 */
export function commandInvoker(
  main: Main,
  cwd: string,
  env: NodeJS.ProcessEnv,
  onLine: (line: string, command: string) => void,
  self?: readonly string[],
): Invoke {
  return async (args, options) => {
    if (options?.side && self)
      return runSideCommand(self, args, { cwd, env, onLine: (line) => onLine(line, args[0] ?? '') });
    let stdout = '';
    let lastLine = '';
    const code = await main(args, {
      cwd,
      env,
      stdout: (text) => (stdout += text),
      stderr: (text) => {
        for (const line of text.split('\n').filter((entry) => entry.trim())) {
          lastLine = line;
          onLine(line, args[0] ?? '');
        }
      },
      readStdin: async () => '',
    });
    if (code !== 0) {
      throw new CommandFailure(
        lastLine.replace(/^osimg[^:]*:\s*/, '') || `osimg ${args[0]} exited with code ${code}`,
        stdout,
      );
    }
    return stdout;
  };
}

export interface ReportFiles {
  markdown: string;
  html: string;
  json: string;
}

export async function writeReports(report: PipelineReport, title: string, dir: string): Promise<ReportFiles> {
  const files = {
    markdown: join(dir, 'report.md'),
    html: join(dir, 'report.html'),
    json: join(dir, 'report.json'),
  };
  // The surface stage's section (docs/surface.md), when it ran, follows the stages.
  const surface = await surfaceSection(dir);
  await writeFileAtomically(files.markdown, renderMarkdown(report, title) + surface.markdown);
  await writeFileAtomically(files.html, withSection(renderHtml(report, title), surface.html));
  await writeFileAtomically(files.json, `${JSON.stringify(report, null, 2)}\n`);
  return files;
}

/**
 * Key files for the sign, verify and promote stages, in a private scratch directory: the given private
 * key (opened once here, so a wrong passphrase fails before anything is built), or an ephemeral key whose
 * random passphrase lives only in `env` for this run.
 */
export async function signingKeyFiles(
  dir: string,
  env: NodeJS.ProcessEnv,
  given?: { pem: string; name: string },
): Promise<{ privateKey: string; publicKey: string }> {
  const files = { privateKey: join(dir, 'signing.key'), publicKey: join(dir, 'signing.pub') };
  let privatePem: string;
  let publicPem: string;
  if (given) {
    const passphrase = env.OSIMG_KEY_PASSWORD ?? env.COSIGN_PASSWORD ?? '';
    privatePem = given.pem;
    publicPem = publicKeyPem(await openPrivateKey(given.pem, passphrase, given.name));
  } else {
    env.OSIMG_KEY_PASSWORD = randomBytes(24).toString('base64url');
    ({ privatePem, publicPem } = await generateKeyPair(env.OSIMG_KEY_PASSWORD));
  }
  await writeFile(files.privateKey, privatePem, { mode: 0o600 });
  await writeFile(files.publicKey, publicPem);
  return files;
}
