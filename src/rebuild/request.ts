/**
 * The rebuild inputs, with the same names in the action and the CLI, turned into what the modes need.
 * Reading files and the environment happens here and in the front doors, never deeper.
 */
import { resolve } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { credentialsFromAuthFiles, type Credentials } from '../oci/auth.js';
import { RegistryClient } from '../oci/registry.js';
import { parseReference } from '../oci/reference.js';
import { loadPolicy } from '../policy/load.js';
import type { Policy } from '../policy/types.js';
import { parseChoice, parseInteger, parseList } from '../values.js';
import type { DispatchDefaults } from './dispatch.js';
import { parseIndex, type DependentImage, type DependentsIndex, type DispatchEvent } from './index-file.js';
import type { RebuildRequest } from './rebuild.js';
import { readInputFile } from '../input-file.js';

export const MODES = ['dispatch', 'check', 'record'] as const;
export type RebuildMode = (typeof MODES)[number];
export const FAIL_ON = ['banned', 'patched', 'never'] as const;

/** Raw string inputs, as action.yml and the CLI options name them. */
export interface RebuildInputs {
  mode: string;
  policy: string;
  previousPolicy: string;
  images: string;
  index: string;
  bases: string;
  tags: string;
  checkBaseUpdates: boolean;
  readRecords: boolean;
  workflow: string;
  ref: string;
  event: string;
  eventType: string;
  dryRun: boolean;
  concurrency: string;
  maxDispatches: string;
  interval: string;
  maxScanAgeDays: string;
  failOn: string;
  repository: string;
  scannedAt: string;
}

/** How errors name an input: `input "max-dispatches"` in the action, `--max-dispatches` in the CLI. */
export type RebuildInputNames = Record<keyof RebuildInputs, string>;

export async function readPolicyFile(path: string, cwd: string, name: string): Promise<Policy> {
  const file = resolve(cwd, path);
  let text: string;
  try {
    text = await readInputFile(file, 'policy', `${name}: the policy file ${path}`);
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw new ConfigurationError(
      `${name}: cannot read the policy file ${path}: check the path (relative to ${cwd})`,
    );
  }
  return loadPolicy(text, path);
}

export async function toRebuildRequest(
  inputs: RebuildInputs,
  extra: { cwd: string; names: RebuildInputNames; today: string },
): Promise<RebuildRequest> {
  const { names, cwd } = extra;
  const images = parseList(inputs.images);
  const indexFiles = parseList(inputs.index);
  if (images.length === 0 && indexFiles.length === 0)
    throw new ConfigurationError(
      `nothing to look at: give ${names.images} (registry/repository, registry/repository:tag or registry/*) or ${names.index} (dependents index files)`,
    );
  for (const image of images) if (!/^[^/]+\/\*$/.test(image)) parseReference(image);
  const indexes: DependentsIndex[] = [];
  for (const file of indexFiles) {
    let text: string;
    try {
      text = await readInputFile(resolve(cwd, file), 'rebuildIndex', `${names.index}: ${file}`);
    } catch (error) {
      if (error instanceof ConfigurationError) throw error;
      throw new ConfigurationError(`${names.index}: cannot read ${file}: check the path`);
    }
    indexes.push(parseIndex(text, file));
  }
  const event = parseChoice(
    inputs.event,
    names.event,
    ['auto', 'workflow_dispatch', 'repository_dispatch'] as const,
    'auto',
  );
  const defaults: DispatchDefaults = {
    workflow: inputs.workflow.trim() || undefined,
    ref: inputs.ref.trim() || undefined,
    event,
    eventType: inputs.eventType.trim() || 'osimg-rebuild',
  };
  if (!/^[\w.-]{1,100}$/.test(defaults.eventType))
    throw new ConfigurationError(
      `${names.eventType} must be letters, digits, '.', '_' or '-', not "${inputs.eventType}"`,
    );
  return {
    policy: await readPolicyFile(inputs.policy || 'osimg-policy.yml', cwd, names.policy),
    previousPolicy: inputs.previousPolicy
      ? await readPolicyFile(inputs.previousPolicy, cwd, names.previousPolicy)
      : undefined,
    images,
    indexes,
    bases: parseList(inputs.bases),
    tags: parseList(inputs.tags),
    checkBaseUpdates: inputs.checkBaseUpdates,
    readRecords: inputs.readRecords,
    defaults,
    dryRun: inputs.dryRun,
    concurrency: parseInteger(inputs.concurrency, names.concurrency, { min: 1, max: 16 }) ?? 2,
    maxDispatches: parseInteger(inputs.maxDispatches, names.maxDispatches, { min: 0, max: 10_000 }) ?? 50,
    intervalMs: (parseInteger(inputs.interval, names.interval, { min: 0, max: 600 }) ?? 1) * 1000,
    today: extra.today,
  };
}

export interface CheckRequest {
  images: string[];
  policy: Policy;
  maxScanAgeDays: number;
  failOn: (typeof FAIL_ON)[number];
}

export async function toCheckRequest(
  inputs: RebuildInputs,
  extra: { cwd: string; names: RebuildInputNames },
): Promise<CheckRequest> {
  const images = parseList(inputs.images);
  if (images.length === 0) throw new ConfigurationError(`${extra.names.images}: name the image(s) to check`);
  images.forEach((image) => parseReference(image));
  return {
    images,
    policy: await readPolicyFile(inputs.policy || 'osimg-policy.yml', extra.cwd, extra.names.policy),
    maxScanAgeDays:
      parseInteger(inputs.maxScanAgeDays, extra.names.maxScanAgeDays, { min: 0, max: 3650 }) ?? 7,
    failOn: parseChoice(inputs.failOn, extra.names.failOn, FAIL_ON, 'banned'),
  };
}

/** GITHUB_WORKFLOW_REF (`owner/repo/.github/workflows/x.yml@refs/heads/main`) → repository, workflow, ref. */
export function parseWorkflowRef(
  value: string,
): { repository: string; workflow: string; ref: string } | undefined {
  const match = /^([\w.-]+\/[\w.-]+)\/(\.github\/workflows\/[^@]+)@(.+)$/.exec(value.trim());
  if (!match) return undefined;
  return {
    repository: match[1]!,
    workflow: match[2]!.replace(/^\.github\/workflows\//, ''),
    ref: shortRef(match[3]!),
  };
}

/** workflow_dispatch takes a branch or tag name. */
export function shortRef(ref: string): string {
  return ref.replace(/^refs\/(heads|tags)\//, '');
}

export interface RecordRequest {
  image: string;
  entry: Omit<DependentImage, 'image' | 'base'>;
  /** The pipeline was named by inputs (not guessed from the environment): it replaces a recorded one. */
  explicitPipeline: boolean;
}

/** The record of one pipeline run: the image (with digest) and how to start its pipeline again. */
export function toRecordRequest(
  inputs: RebuildInputs,
  extra: { names: RebuildInputNames; env: NodeJS.ProcessEnv; now: Date },
): RecordRequest {
  const { names, env } = extra;
  const images = parseList(inputs.images);
  if (images.length !== 1)
    throw new ConfigurationError(`${names.images}: record mode takes exactly one image (name@sha256:…)`);
  const ref = parseReference(images[0]!);
  if (!ref.digest)
    throw new ConfigurationError(
      `${names.images}: record the image by digest (name@sha256:…), not "${images[0]}"`,
    );
  const fromEnv = env.GITHUB_WORKFLOW_REF ? parseWorkflowRef(env.GITHUB_WORKFLOW_REF) : undefined;
  const repository = inputs.repository.trim() || fromEnv?.repository || env.GITHUB_REPOSITORY || '';
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository))
    throw new ConfigurationError(
      `${names.repository}: give the GitHub repository (owner/name) whose pipeline built the image`,
    );
  const event = parseChoice(
    inputs.event,
    names.event,
    ['auto', 'workflow_dispatch', 'repository_dispatch'] as const,
    'auto',
  );
  const workflow = inputs.workflow.trim() || fromEnv?.workflow;
  const scannedAt = inputs.scannedAt.trim() || undefined;
  if (scannedAt && Number.isNaN(Date.parse(scannedAt)))
    throw new ConfigurationError(`${names.scannedAt} must be an ISO date-time, not "${inputs.scannedAt}"`);
  const resolvedEvent: DispatchEvent | undefined = event === 'auto' ? undefined : event;
  return {
    image: images[0]!,
    entry: {
      pipeline: {
        repository,
        ...(workflow ? { workflow } : {}),
        ...(inputs.ref.trim() || fromEnv?.ref ? { ref: shortRef(inputs.ref.trim() || fromEnv!.ref) } : {}),
        ...(resolvedEvent ? { event: resolvedEvent } : {}),
      },
      builtAt: extra.now.toISOString(),
      ...(scannedAt ? { scannedAt: new Date(scannedAt).toISOString() } : {}),
    },
    explicitPipeline: Boolean(inputs.repository.trim() || inputs.workflow.trim()),
  };
}

/** One registry client per registry: explicit credentials for every registry, else the logins in auth files. */
export function registryClients(options: {
  credentials?: Credentials;
  authFiles: readonly string[];
  tlsVerify: boolean;
  log?: (line: string) => void;
}): (registry: string) => Promise<RegistryClient> {
  const clients = new Map<string, Promise<RegistryClient>>();
  return (registry) => {
    let client = clients.get(registry);
    if (!client) {
      client = (async () =>
        new RegistryClient({
          registry,
          credentials: options.credentials ?? (await credentialsFromAuthFiles(options.authFiles, registry)),
          insecure: !options.tlsVerify,
          log: options.log,
        }))();
      clients.set(registry, client);
    }
    return client;
  };
}
