/** The scan action's inputs, read once; names match scan/action.yml. */
import { getBoolean, getList, getString } from '../../runner/inputs.js';
import type { InputNames, ScanInputs } from '../../scan/request.js';

export function getInputs(): ScanInputs {
  return {
    image: getString('image', { required: true }),
    username: getString('username'),
    password: getString('password', { secret: true }),
    tlsVerify: getBoolean('tls-verify', true),
    platform: getString('platform'),
    severityThreshold: getString('severity-threshold'),
    onlyFixed: getBoolean('only-fixed', false),
    maxCounts: getString('max-counts'),
    ignoresFile: getString('ignores-file'),
    scanners: getString('scanners'),
    onIncomplete: getString('on-incomplete'),
    sarif: getString('sarif'),
    report: getString('report'),
    containerfile: getString('containerfile'),
    trivyVersion: getString('trivy-version'),
    dbRepositories: getList('db-repositories'),
    offlineDb: getString('offline-db'),
    cacheDir: getString('cache-dir'),
    timeout: getString('timeout'),
  };
}

/** How errors name each input: `input "severity-threshold"`. */
export const INPUT_NAMES: InputNames = {
  image: 'input "image"',
  username: 'input "username"',
  password: 'input "password"',
  tlsVerify: 'input "tls-verify"',
  platform: 'input "platform"',
  severityThreshold: 'input "severity-threshold"',
  onlyFixed: 'input "only-fixed"',
  maxCounts: 'input "max-counts"',
  ignoresFile: 'input "ignores-file"',
  scanners: 'input "scanners"',
  onIncomplete: 'input "on-incomplete"',
  sarif: 'input "sarif"',
  report: 'input "report"',
  containerfile: 'input "containerfile"',
  trivyVersion: 'input "trivy-version"',
  dbRepositories: 'input "db-repositories"',
  offlineDb: 'input "offline-db"',
  cacheDir: 'input "cache-dir"',
  timeout: 'input "timeout"',
};
