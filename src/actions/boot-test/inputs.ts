/** The boot-test action's inputs, read once; names match boot-test/action.yml. */
import type { BootTestInputNames, BootTestInputs } from '../../boot/request.js';
import { getString } from '../../runner/inputs.js';

export function getInputs(): BootTestInputs {
  return {
    disk: getString('disk'),
    image: getString('image'),
    expect: getString('expect'),
    failOn: getString('fail-on'),
    defaultFailOn: getString('default-fail-on'),
    http: getString('http'),
    tcp: getString('tcp'),
    units: getString('units'),
    readOnlyRoot: getString('read-only-root'),
    noFailedUnits: getString('no-failed-units'),
    accel: getString('accel'),
    memory: getString('memory'),
    cpus: getString('cpus'),
    firmware: getString('firmware'),
    kernelArgs: getString('kernel-args'),
    timeout: getString('timeout'),
    hangTimeout: getString('hang-timeout'),
    consoleLog: getString('console-log'),
  };
}

/** How errors name each input: `input "http"`. */
export const INPUT_NAMES: BootTestInputNames = {
  disk: 'input "disk"',
  image: 'input "image"',
  expect: 'input "expect"',
  failOn: 'input "fail-on"',
  defaultFailOn: 'input "default-fail-on"',
  http: 'input "http"',
  tcp: 'input "tcp"',
  units: 'input "units"',
  readOnlyRoot: 'input "read-only-root"',
  noFailedUnits: 'input "no-failed-units"',
  accel: 'input "accel"',
  memory: 'input "memory"',
  cpus: 'input "cpus"',
  firmware: 'input "firmware"',
  kernelArgs: 'input "kernel-args"',
  timeout: 'input "timeout"',
  hangTimeout: 'input "hang-timeout"',
  consoleLog: 'input "console-log"',
};

/** Every input the action reads. */
export const ACTION_INPUTS = Object.values(INPUT_NAMES).map((name) => /^input "(.+)"$/.exec(name)![1]!);
