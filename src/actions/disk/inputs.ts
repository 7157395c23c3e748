/** The disk action's inputs, read once; names match disk/action.yml. */
import type { DiskInputNames, DiskInputs } from '../../disk/request.js';
import { getBoolean, getString } from '../../runner/inputs.js';

export interface ActionInputs extends DiskInputs {
  storageDriver: string;
}

export function getInputs(): ActionInputs {
  return {
    image: getString('image', { required: true }),
    formats: getString('formats'),
    outputDir: getString('output-dir'),
    name: getString('name'),
    rootFilesystem: getString('root-filesystem'),
    state: getString('state'),
    etc: getString('etc'),
    stateSize: getString('state-size'),
    size: getString('size'),
    headroom: getString('headroom'),
    kernelArgs: getString('kernel-args'),
    sourceDateEpoch: getString('source-date-epoch'),
    tlsVerify: getBoolean('tls-verify', true),
    backend: getString('backend'),
    storageDriver: getString('storage-driver'),
  };
}

/** How errors name each input: `input "formats"`. */
export const INPUT_NAMES: DiskInputNames = {
  image: 'input "image"',
  formats: 'input "formats"',
  outputDir: 'input "output-dir"',
  name: 'input "name"',
  rootFilesystem: 'input "root-filesystem"',
  state: 'input "state"',
  etc: 'input "etc"',
  stateSize: 'input "state-size"',
  size: 'input "size"',
  headroom: 'input "headroom"',
  kernelArgs: 'input "kernel-args"',
  sourceDateEpoch: 'input "source-date-epoch"',
  backend: 'input "backend"',
};

/** Every input the action reads (tls-verify and storage-driver are not named in errors above). */
export const ACTION_INPUTS = [
  ...Object.values(INPUT_NAMES).map((name) => /^input "(.+)"$/.exec(name)![1]!),
  'tls-verify',
  'storage-driver',
];
