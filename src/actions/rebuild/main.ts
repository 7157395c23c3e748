/** The rebuild action: one of three modes (dispatch, check, record) → outputs, files, a job summary. */
import { resolve } from 'node:path';
import { writeFileAtomically } from '../../scratch/files.js';
import * as core from '@actions/core';
import { today } from '../../lint/today.js';
import { defaultAuthFiles } from '../../build/request.js';
import { GitHubClient } from '../../rebuild/github.js';
import {
  MODES,
  registryClients,
  toCheckRequest,
  toRebuildRequest,
  toRecordRequest,
} from '../../rebuild/request.js';
import { runCheckMode, runDispatchMode, runRecordMode, type ModeResult } from '../../rebuild/run.js';
import { actionsLogger } from '../../runner/logger.js';
import { parseChoice } from '../../values.js';
import { getInputs, INPUT_NAMES } from './inputs.js';

export async function run(): Promise<void> {
  const inputs = getInputs();
  const env = process.env;
  const cwd = env.GITHUB_WORKSPACE ?? process.cwd();
  const mode = parseChoice(inputs.mode, INPUT_NAMES.mode, MODES, 'dispatch');
  const clientFor = registryClients({
    credentials:
      inputs.username && inputs.password
        ? { username: inputs.username, password: inputs.password }
        : undefined,
    authFiles: defaultAuthFiles(env),
    tlsVerify: inputs.tlsVerify,
    log: (line) => core.info(line),
  });
  let result: ModeResult;
  if (mode === 'dispatch') {
    const request = await toRebuildRequest(inputs, { cwd, names: INPUT_NAMES, today: today() });
    const github = request.dryRun
      ? undefined
      : new GitHubClient({
          apiUrl: inputs.githubApiUrl || env.GITHUB_API_URL || 'https://api.github.com',
          token: inputs.githubToken,
          log: (line) => core.info(line),
        });
    result = await runDispatchMode(request, {
      clientFor,
      github,
      log: actionsLogger,
      reportPath: inputs.report || 'osimg-rebuild.json',
    });
  } else if (mode === 'check') {
    const request = await toCheckRequest(inputs, { cwd, names: INPUT_NAMES });
    result = await runCheckMode(request, { clientFor, today: today(), now: Date.now() });
  } else {
    const request = toRecordRequest(inputs, { names: INPUT_NAMES, env, now: new Date() });
    result = await runRecordMode(request, {
      clientFor,
      indexPath: inputs.indexOutput || 'osimg-dependents.json',
    });
  }
  for (const [path, content] of Object.entries(result.files))
    await writeFileAtomically(resolve(cwd, path), content, { createDirectory: true });
  for (const [name, value] of Object.entries(result.outputs)) core.setOutput(name, value);
  core.info(result.markdown);
  if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(result.markdown).write();
  if (result.failure) core.setFailed(result.failure);
}
