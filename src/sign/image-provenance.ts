/**
 * SLSA provenance for an image in a registry: the GitHub Actions run (from the environment the front door
 * passes in) and the facts `osimg build` recorded as labels on the image (source repository and revision,
 * base image name and digest).
 */
import type { RegistryClient } from '../oci/registry.js';
import { imageLabels } from './attest.js';
import { slsaProvenance, type GithubRun } from './provenance.js';

/** The run, when these are GitHub Actions variables (GITHUB_REPOSITORY and GITHUB_SHA at least). */
export function githubRun(env: Record<string, string | undefined>): GithubRun | undefined {
  if (!env.GITHUB_REPOSITORY || !env.GITHUB_SHA) return undefined;
  return {
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    repository: env.GITHUB_REPOSITORY,
    repositoryId: env.GITHUB_REPOSITORY_ID,
    repositoryOwnerId: env.GITHUB_REPOSITORY_OWNER_ID,
    ref: env.GITHUB_REF,
    sha: env.GITHUB_SHA,
    workflowRef: env.GITHUB_WORKFLOW_REF,
    eventName: env.GITHUB_EVENT_NAME,
    runId: env.GITHUB_RUN_ID,
    runAttempt: env.GITHUB_RUN_ATTEMPT,
    runnerEnvironment: env.RUNNER_ENVIRONMENT,
  };
}

export async function imageProvenance(
  client: RegistryClient,
  image: { repository: string; name: string; digest: string },
  run: GithubRun | undefined,
  fallbackBuilderId: string,
) {
  const labels = await imageLabels(client, image.repository, image.digest);
  const base =
    labels['org.opencontainers.image.base.name'] && labels['org.opencontainers.image.base.digest']
      ? {
          name: labels['org.opencontainers.image.base.name'],
          digest: labels['org.opencontainers.image.base.digest'],
        }
      : undefined;
  const source =
    labels['org.opencontainers.image.source'] && labels['org.opencontainers.image.revision']
      ? {
          url: labels['org.opencontainers.image.source'],
          revision: labels['org.opencontainers.image.revision'],
        }
      : undefined;
  return slsaProvenance({ parameters: { image: `${image.name}@${image.digest}` }, base }, run, {
    builderId: fallbackBuilderId,
    source,
  });
}
