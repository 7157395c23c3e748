/**
 * The all-in-one action (the repository's root action.yml): the same plan as `osimg pipeline`, each stage
 * an osimg command in this process, against the real registry, signed with the given key.
 */
import * as core from '@actions/core';
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { main } from '../../cli/main.js';
import { ConfigurationError } from '../../errors.js';
import { parseSkips, pipelinePlan } from '../../pipeline/plan.js';
import { renderMarkdown } from '../../pipeline/report.js';
import { surfaceSection } from '../../surface/report-section.js';
import { runStages } from '../../pipeline/run.js';
import { commandInvoker, signingKeyFiles, writeReports } from '../../pipeline/session.js';
import { getList, getString } from '../../runner/inputs.js';
import { makeScratch } from '../../scratch/files.js';

export async function run(): Promise<void> {
  const env = { ...process.env };
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const image = getString('image', { required: true });
  const keyPem = getString('key', { required: true, secret: true });
  const passphrase = getString('key-passphrase', { secret: true });
  const username = getString('username');
  const password = getString('password', { secret: true });
  const skip = parseSkips(getList('skip'), 'input "skip":');
  const bootTimeout = Number(getString('boot-timeout') || '600');
  if (!(bootTimeout > 0)) throw new ConfigurationError('input "boot-timeout" must be a number of seconds');
  const contextDir = resolve(workspace, getString('context') || '.');
  const containerfile = getString('containerfile');
  const policy = getString('policy');
  const outputDir = resolve(workspace, getString('output-dir') || 'osimg-pipeline');
  await mkdir(outputDir, { recursive: true });

  env.OSIMG_KEY_PASSWORD = passphrase;
  if (username && password) {
    env.OSIMG_REGISTRY_USERNAME = username;
    env.OSIMG_REGISTRY_PASSWORD = password;
  }
  const scratch = (await makeScratch(env.RUNNER_TEMP ?? tmpdir(), 'osimg-pipeline-')).path;
  try {
    const key = await signingKeyFiles(scratch, env, { pem: keyPem, name: 'input "key"' });
    const plan = pipelinePlan(
      {
        context: contextDir,
        containerfile: containerfile ? resolve(workspace, containerfile) : undefined,
        image,
        tag: getString('tag') || `run-${env.GITHUB_RUN_ID ?? Date.now()}`,
        channel: getString('channel') || undefined,
        outputDir,
        policy: policy ? resolve(workspace, policy) : undefined,
        key,
        rootFilesystem: getString('root-filesystem') || undefined,
        kernelArgs: getString('kernel-args') || undefined,
        bootTimeoutSeconds: bootTimeout,
        storage: [],
        skip,
      },
      commandInvoker(main, workspace, env, (line, command) => core.info(`${command} │ ${line}`)),
    );
    const report = await runStages(plan, {
      // No log groups: stages run side by side (sign beside boot-test), and groups cannot overlap.
      onStart: (stage, index, total) => core.info(`[${index + 1}/${total}] ${stage.name} started`),
      onEnd: (result, index, total) => {
        const line = `[${index + 1}/${total}] ${result.name}: ${result.status} (${result.seconds.toFixed(1)} s) ${result.summary}`;
        if (result.status === 'failed') core.error(line);
        else core.info(line);
      },
    });
    const title = `osimg pipeline: ${image}`;
    const files = await writeReports(report, title, outputDir);
    const outputs = Object.assign({}, ...report.stages.map((stage) => stage.outputs)) as Record<
      string,
      string
    >;
    core.setOutput('passed', String(report.passed));
    core.setOutput('digest', outputs.digest ?? '');
    core.setOutput('ref', outputs.ref ?? '');
    core.setOutput('disk', outputs.disk ?? '');
    core.setOutput('disk-sha256', outputs.sha256 ?? '');
    core.setOutput('report', files.markdown);
    if (env.GITHUB_STEP_SUMMARY) {
      const surface = await surfaceSection(outputDir); // the attack surface, when its stage ran
      await core.summary.addRaw(renderMarkdown(report, title) + surface.markdown).write();
    }
    if (!report.passed) {
      const failed = report.stages.find((stage) => stage.status === 'failed');
      throw new ConfigurationError(`the ${failed?.name ?? ''} stage failed: ${failed?.summary ?? ''}`);
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
