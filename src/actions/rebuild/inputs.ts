/** The rebuild action's inputs, read once; names match rebuild/action.yml. */
import type { RebuildInputNames, RebuildInputs } from '../../rebuild/request.js';
import { getBoolean, getString } from '../../runner/inputs.js';

export interface ActionInputs extends RebuildInputs {
  report: string;
  indexOutput: string;
  githubToken: string;
  githubApiUrl: string;
  username: string;
  password: string;
  tlsVerify: boolean;
}

export function getInputs(): ActionInputs {
  return {
    mode: getString('mode'),
    policy: getString('policy'),
    previousPolicy: getString('previous-policy'),
    images: getString('images'),
    index: getString('index'),
    bases: getString('bases'),
    tags: getString('tags'),
    checkBaseUpdates: getBoolean('check-base-updates', false),
    readRecords: getBoolean('read-records', true),
    workflow: getString('workflow'),
    ref: getString('ref'),
    event: getString('event'),
    eventType: getString('event-type'),
    dryRun: getBoolean('dry-run', true),
    concurrency: getString('concurrency'),
    maxDispatches: getString('max-dispatches'),
    interval: getString('interval'),
    maxScanAgeDays: getString('max-scan-age-days'),
    failOn: getString('fail-on'),
    repository: getString('repository'),
    scannedAt: getString('scanned-at'),
    report: getString('report'),
    indexOutput: getString('index-output'),
    githubToken: getString('github-token', { secret: true }),
    githubApiUrl: getString('github-api-url'),
    username: getString('username'),
    password: getString('password', { secret: true }),
    tlsVerify: getBoolean('tls-verify', true),
  };
}

export const INPUT_NAMES: RebuildInputNames = {
  mode: 'input "mode"',
  policy: 'input "policy"',
  previousPolicy: 'input "previous-policy"',
  images: 'input "images"',
  index: 'input "index"',
  bases: 'input "bases"',
  tags: 'input "tags"',
  checkBaseUpdates: 'input "check-base-updates"',
  readRecords: 'input "read-records"',
  workflow: 'input "workflow"',
  ref: 'input "ref"',
  event: 'input "event"',
  eventType: 'input "event-type"',
  dryRun: 'input "dry-run"',
  concurrency: 'input "concurrency"',
  maxDispatches: 'input "max-dispatches"',
  interval: 'input "interval"',
  maxScanAgeDays: 'input "max-scan-age-days"',
  failOn: 'input "fail-on"',
  repository: 'input "repository"',
  scannedAt: 'input "scanned-at"',
};

/** Every input the action reads. */
export const ACTION_INPUTS = [
  ...Object.values(INPUT_NAMES).map((name) => /^input "(.+)"$/.exec(name)![1]!),
  'report',
  'index-output',
  'github-token',
  'github-api-url',
  'username',
  'password',
  'tls-verify',
];
