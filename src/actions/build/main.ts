/** The build action: inputs → buildImage → outputs and a job summary. */
import * as core from '@actions/core';
import { buildImage } from '../../build/build.js';
import { detectHost, resolveIsolation, runningInContainer } from '../../build/host.js';
import { buildMetadata, buildReportRows } from '../../build/report.js';
import { defaultAuthFiles, toBuildRequest } from '../../build/request.js';
import { resolveSource } from '../../build/source.js';
import { actionsLogger } from '../../runner/logger.js';
import { writeSummaryTable } from '../../runner/summary.js';
import { Buildah } from '../../tools/buildah.js';
import { Git } from '../../tools/git.js';
import { Tar } from '../../tools/tar.js';
import { getInputs } from './inputs.js';

export async function run(): Promise<void> {
  const inputs = getInputs();
  const env = process.env;
  const cwd = env.GITHUB_WORKSPACE ?? process.cwd();
  const resolved = await resolveSource(new Git(), cwd, {
    serverUrl: env.GITHUB_SERVER_URL,
    repository: env.GITHUB_REPOSITORY,
    sha: env.GITHUB_SHA,
    ref: env.GITHUB_REF,
  });
  const request = toBuildRequest(inputs, {
    cwd,
    resolved,
    sourceDateEpochEnv: env.SOURCE_DATE_EPOCH,
    authFiles: defaultAuthFiles(env),
    isolation: resolveIsolation(inputs.isolation, runningInContainer()),
  });
  const result = await buildImage(request, {
    buildah: new Buildah({ driver: inputs.storageDriver || undefined }),
    tar: new Tar(),
    log: actionsLogger,
    host: detectHost(),
  });

  core.setOutput('digest', result.digest);
  core.setOutput('image-id', result.imageId);
  core.setOutput('ref', result.ref);
  core.setOutput('tags', result.tags.join('\n'));
  core.setOutput('oci-archive', result.ociArchive ?? '');
  core.setOutput('metadata', buildMetadata(result));
  core.info(`built ${result.ref}`);
  await writeSummaryTable(`osimg build: ${result.image}`, buildReportRows(result));
}
