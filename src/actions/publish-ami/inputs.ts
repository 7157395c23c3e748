/** The publish-ami action's inputs, read once; names match publish-ami/action.yml. */
import * as core from '@actions/core';
import type { PublishAmiInputNames, PublishAmiInputs } from '../../ami/request.js';

export const INPUT_NAMES: PublishAmiInputNames = {
  disk: 'input "disk"',
  imageDigest: 'input "image-digest"',
  name: 'input "name"',
  regions: 'input "regions"',
  method: 'input "method"',
  bucket: 'input "bucket"',
  bootMode: 'input "boot-mode"',
  architecture: 'input "architecture"',
  tpmSupport: 'input "tpm-support"',
  imdsV2: 'input "imds-v2"',
  shareAccounts: 'input "share-accounts"',
  shareOrganizations: 'input "share-organizations"',
  public: 'input "public"',
  tags: 'input "tags"',
  mode: 'input "mode"',
  olderThanDays: 'input "older-than-days"',
  dryRun: 'input "dry-run"',
};

/** Every input the action reads, by its action.yml name. */
export const ACTION_INPUTS = Object.values(INPUT_NAMES).map((name) => /^input "(.+)"$/.exec(name)![1]!);

export function getInputs(): PublishAmiInputs {
  const read = (key: keyof PublishAmiInputs) =>
    core.getInput(/^input "(.+)"$/.exec(INPUT_NAMES[key])![1]!, { trimWhitespace: key !== 'tags' });
  return Object.fromEntries(
    (Object.keys(INPUT_NAMES) as Array<keyof PublishAmiInputs>).map((key) => [key, read(key)]),
  ) as unknown as PublishAmiInputs;
}
