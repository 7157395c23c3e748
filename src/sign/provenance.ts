/**
 * in-toto statements, and the SLSA provenance v1 predicate for an image: who built it (the workflow), from
 * what (the source commit and the base image digest), with which parameters. Pure: everything comes in
 * as arguments, so the same facts give the same statement.
 */

export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
export const BUILD_TYPE = 'https://github.com/org/osimg/build/v1';

/** Short names accepted for predicate types (cosign's names where they exist). */
export const PREDICATE_TYPES: Record<string, string> = {
  slsaprovenance: SLSA_PROVENANCE_V1,
  slsaprovenance1: SLSA_PROVENANCE_V1,
  spdxjson: 'https://spdx.dev/Document',
  spdx: 'https://spdx.dev/Document',
  cyclonedx: 'https://cyclonedx.org/bom',
};

export function predicateTypeOf(name: string): string {
  return PREDICATE_TYPES[name.toLowerCase()] ?? name;
}

export interface Statement {
  _type: typeof STATEMENT_TYPE;
  subject: Array<{ name: string; digest: Record<string, string> }>;
  predicateType: string;
  predicate: unknown;
}

export function statement(
  subjectName: string,
  digest: string,
  predicateType: string,
  predicate: unknown,
): Statement {
  const [algorithm, hex] = digest.split(':') as [string, string];
  return {
    _type: STATEMENT_TYPE,
    subject: [{ name: subjectName, digest: { [algorithm]: hex } }],
    predicateType,
    predicate,
  };
}

/** The GitHub Actions variables provenance is made of (read by the front door). */
export interface GithubRun {
  serverUrl: string;
  repository: string;
  repositoryId?: string;
  repositoryOwnerId?: string;
  ref?: string;
  sha: string;
  workflowRef?: string;
  eventName?: string;
  runId?: string;
  runAttempt?: string;
  runnerEnvironment?: string;
}

export interface BuildFacts {
  /** The build's own inputs (containerfile, context, build-args, platform...). */
  parameters: Record<string, unknown>;
  base?: { name: string; digest: string };
  startedOn?: string;
  finishedOn?: string;
}

/** SLSA provenance v1 for a build run in GitHub Actions (or, without `run`, from a local checkout). */
export function slsaProvenance(
  facts: BuildFacts,
  run: GithubRun | undefined,
  fallback: { builderId: string; source?: { url: string; revision: string } },
) {
  const source = run ? { url: `${run.serverUrl}/${run.repository}`, revision: run.sha } : fallback.source;
  const resolvedDependencies: Array<{ uri: string; digest: Record<string, string>; name?: string }> = [];
  if (source) {
    resolvedDependencies.push({
      uri: `git+${source.url}${run?.ref ? `@${run.ref}` : ''}`,
      digest: { gitCommit: source.revision },
    });
  }
  if (facts.base) {
    const [algorithm, hex] = facts.base.digest.split(':') as [string, string];
    resolvedDependencies.push({
      uri: `oci://${facts.base.name}`,
      digest: { [algorithm]: hex },
      name: 'base image',
    });
  }
  const builderId = run?.workflowRef ? `${run.serverUrl}/${run.workflowRef}` : fallback.builderId;
  return {
    buildDefinition: {
      buildType: BUILD_TYPE,
      externalParameters: {
        ...(run
          ? {
              workflow: {
                ref: run.ref,
                repository: `${run.serverUrl}/${run.repository}`,
                path: run.workflowRef?.split('@')[0]?.split('/').slice(2).join('/'),
              },
            }
          : {}),
        build: facts.parameters,
      },
      internalParameters: run
        ? {
            github: {
              event_name: run.eventName,
              repository_id: run.repositoryId,
              repository_owner_id: run.repositoryOwnerId,
              runner_environment: run.runnerEnvironment,
            },
          }
        : {},
      resolvedDependencies,
    },
    runDetails: {
      builder: { id: builderId },
      metadata: {
        ...(run?.runId
          ? {
              invocationId: `${run.serverUrl}/${run.repository}/actions/runs/${run.runId}/attempts/${run.runAttempt ?? '1'}`,
            }
          : {}),
        ...(facts.startedOn ? { startedOn: facts.startedOn } : {}),
        ...(facts.finishedOn ? { finishedOn: facts.finishedOn } : {}),
      },
    },
  };
}
