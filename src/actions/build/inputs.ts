/** The build action's inputs, read once; names match build/action.yml. */
import type { BuildInputs } from '../../build/request.js';
import { getBoolean, getChoice, getKeyValues, getList, getString } from '../../runner/inputs.js';

export interface ActionInputs extends BuildInputs {
  storageDriver: string;
  isolation: string;
}

export function getInputs(): ActionInputs {
  return {
    containerfile: getString('containerfile'),
    context: getString('context'),
    image: getString('image', { required: true }),
    tags: getList('tags'),
    buildArgs: getKeyValues('build-args'),
    labels: getKeyValues('labels'),
    platform: getString('platform'),
    push: getBoolean('push', false),
    registry: getString('registry'),
    username: getString('username'),
    password: getString('password', { secret: true }),
    tlsVerify: getBoolean('tls-verify', true),
    ociArchive: getString('oci-archive'),
    cache: getBoolean('cache', true),
    cacheFrom: getList('cache-from'),
    cacheTo: getList('cache-to'),
    sourceDateEpoch: getString('source-date-epoch'),
    pull: getChoice('pull', ['missing', 'always', 'never'] as const, 'missing'),
    storageDriver: getString('storage-driver'),
    isolation: getChoice('isolation', ['auto', 'chroot', 'oci', 'rootless'] as const, 'auto'),
  };
}
