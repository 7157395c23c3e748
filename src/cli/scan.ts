/** `osimg scan`: the scan action's steps on a laptop or any CI, with the same modules. */
import { rm } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigurationError } from '../errors.js';
import { IGNORES_SCHEMA } from '../scan/ignores.js';
import { resolveTrivy } from '../scan/install-trivy.js';
import { scanOutputs } from '../scan/outputs.js';
import { loadPolicy, toScanRequest, type InputNames, type ScanInputs } from '../scan/request.js';
import { evaluateReport, scanImage, type ScanOutcome } from '../scan/scan.js';
import { summaryText } from '../scan/summary.js';
import { DEFAULT_TRIVY_VERSION } from '../scan/trivy-release.js';
import { directoryStore, toolCacheDownload } from '../tools/install.js';
import { Trivy } from '../tools/trivy.js';
import { parseBoolean } from '../values.js';
import { CliLogger } from './logger.js';
import type { CliContext } from './main.js';
import { makeScratch } from '../scratch/files.js';

export const SCAN_HELP = `Usage: osimg scan IMAGE [options]
       osimg scan --from-report TRIVY_JSON [options]

Scan an image with a pinned, checksum-verified trivy and decide pass/fail with osimg's policy (not trivy's
exit code). IMAGE is an OCI archive (a file, or oci-archive:PATH) or a registry reference.

Policy:
      --severity-threshold S  gate findings at or above S: unknown, low, medium, high (default), critical, none
      --only-fixed            ignore vulnerabilities without a fixed version
      --max-count S=N         tolerate N gated findings of severity S (repeatable; default 0)
      --ignores FILE          YAML ignores file (reason and expiry per entry; see --ignores-schema)
      --scanners LIST         vuln (default), secret, misconfig, comma-separated
      --on-incomplete WHAT    fail (default) or warn when trivy cannot assess the OS
      --today YYYY-MM-DD      judge ignore expiry as of this day (default: today, UTC)

Results:
      --sarif PATH            SARIF 2.1.0 log, filtered like the gate (default osimg-scan.sarif)
      --report PATH           JSON report with every finding's disposition (default osimg-scan.json)
      --containerfile PATH    file image findings are attached to in SARIF (default Containerfile)
      --json                  print the outputs (passed, counts, paths) as JSON on stdout

Scanning:
      --from-report FILE      evaluate an existing trivy JSON report; trivy is not run
      --platform OS/ARCH      platform of a multi-arch reference
      --username USER         registry user (or OSIMG_REGISTRY_USERNAME)
      --password-stdin        read the registry password from stdin (or OSIMG_REGISTRY_PASSWORD)
      --tls-verify BOOL       verify registry TLS (default true; loopback registries use HTTP)
      --trivy-version V       pinned trivy to use (default ${DEFAULT_TRIVY_VERSION}); a trivy on PATH is used only if it
                              is this version, otherwise it is downloaded and its SHA-256 verified
      --db-repository REF     vulnerability DB repository, tried in order (repeatable)
      --offline-db DIR        scan offline with the trivy cache in DIR (db/trivy.db, db/metadata.json)
      --cache-dir DIR         trivy cache directory (default ~/.cache/trivy)
      --timeout D             scan time limit, e.g. 15m (default)
      --ignores-schema        print the ignores file's JSON Schema and exit
  -q, --quiet                 only errors and the result
  -v, --verbose               debug output
  -h, --help                  this help

Exit codes: 0 passed, 1 the gate failed (or the scan did), 2 bad usage or configuration.
`;

const NAMES: InputNames = {
  image: 'IMAGE',
  username: '--username',
  password: 'the registry password',
  tlsVerify: '--tls-verify',
  platform: '--platform',
  severityThreshold: '--severity-threshold',
  onlyFixed: '--only-fixed',
  maxCounts: '--max-count',
  ignoresFile: '--ignores',
  scanners: '--scanners',
  onIncomplete: '--on-incomplete',
  sarif: '--sarif',
  report: '--report',
  containerfile: '--containerfile',
  trivyVersion: '--trivy-version',
  dbRepositories: '--db-repository',
  offlineDb: '--offline-db',
  cacheDir: '--cache-dir',
  timeout: '--timeout',
};

export async function scanCommand(args: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'from-report': { type: 'string' },
      'severity-threshold': { type: 'string' },
      'only-fixed': { type: 'boolean' },
      'max-count': { type: 'string', multiple: true },
      ignores: { type: 'string' },
      scanners: { type: 'string' },
      'on-incomplete': { type: 'string' },
      today: { type: 'string' },
      sarif: { type: 'string' },
      report: { type: 'string' },
      containerfile: { type: 'string' },
      json: { type: 'boolean' },
      platform: { type: 'string' },
      username: { type: 'string' },
      'password-stdin': { type: 'boolean' },
      'tls-verify': { type: 'string' },
      'trivy-version': { type: 'string' },
      'db-repository': { type: 'string', multiple: true },
      'offline-db': { type: 'string' },
      'cache-dir': { type: 'string' },
      timeout: { type: 'string' },
      'ignores-schema': { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      verbose: { type: 'boolean', short: 'v' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    context.stdout(SCAN_HELP);
    return 0;
  }
  if (values['ignores-schema']) {
    context.stdout(`${JSON.stringify(IGNORES_SCHEMA, null, 2)}\n`);
    return 0;
  }
  const fromReport = values['from-report'];
  if (positionals.length > 1 || (fromReport && positionals.length > 0)) {
    throw new ConfigurationError(
      `osimg scan takes one IMAGE, or --from-report without an IMAGE; got ${positionals.join(' ') || 'none'}`,
    );
  }
  const env = context.env;
  const now = parseToday(values.today);
  const password = values['password-stdin']
    ? (await context.readStdin()).replace(/\r?\n$/, '')
    : (env.OSIMG_REGISTRY_PASSWORD ?? '');
  const inputs: ScanInputs = {
    image: positionals[0] ?? '',
    username: values.username ?? env.OSIMG_REGISTRY_USERNAME ?? '',
    password,
    tlsVerify: parseBoolean(values['tls-verify'] ?? '', '--tls-verify', true),
    platform: values.platform ?? '',
    severityThreshold: values['severity-threshold'] ?? '',
    onlyFixed: values['only-fixed'] ?? false,
    maxCounts: (values['max-count'] ?? []).join(','),
    ignoresFile: values.ignores ?? '',
    scanners: values.scanners ?? '',
    onIncomplete: values['on-incomplete'] ?? '',
    sarif: values.sarif ?? '',
    report: values.report ?? '',
    containerfile: values.containerfile ?? '',
    trivyVersion: values['trivy-version'] ?? '',
    dbRepositories: values['db-repository'] ?? [],
    offlineDb: values['offline-db'] ?? '',
    cacheDir: values['cache-dir'] ?? '',
    timeout: values.timeout ?? '',
  };
  const log = new CliLogger(
    { quiet: values.quiet ?? false, verbose: values.verbose ?? false },
    context.stderr,
  );
  const absolute = (path: string) => (isAbsolute(path) ? path : resolve(context.cwd, path));
  const home = env.HOME ?? homedir();

  let outcome: ScanOutcome;
  if (fromReport) {
    outcome = await evaluateReport(
      absolute(fromReport),
      {
        policy: await loadPolicy(inputs, NAMES, absolute),
        sarifPath: absolute(inputs.sarif || 'osimg-scan.sarif'),
        reportPath: absolute(inputs.report || 'osimg-scan.json'),
        locationUri: inputs.containerfile || 'Containerfile',
      },
      now,
    );
  } else {
    if (!inputs.image)
      throw new ConfigurationError('osimg scan needs an IMAGE (or --from-report FILE): run with --help');
    const request = await toScanRequest(inputs, {
      cwd: context.cwd,
      homeDir: home,
      names: NAMES,
      trivyVersion: DEFAULT_TRIVY_VERSION,
    });
    const scratchDir = (await makeScratch(tmpdir(), 'osimg-scan-')).path;
    try {
      const trivy = await log.group('trivy', () =>
        resolveTrivy(request.trivyVersion, {
          onPath: new Trivy(),
          install: {
            store: directoryStore(join(env.XDG_CACHE_HOME ?? join(home, '.cache'), 'osimg', 'tools')),
            download: toolCacheDownload,
            tempDir: tmpdir(),
          },
          host: { platform: process.platform, arch: process.arch },
          log,
        }),
      );
      outcome = await scanImage(request, { trivy, log, now, scratchDir });
    } finally {
      await rm(scratchDir, { recursive: true, force: true });
    }
  }
  const { decision } = outcome;
  if (values.json) {
    context.stdout(
      `${JSON.stringify(scanOutputs(decision, { sarif: outcome.sarifPath, report: outcome.reportPath }))}\n`,
    );
  } else {
    context.stdout(summaryText(decision));
  }
  if (!values.quiet) context.stderr(`sarif: ${outcome.sarifPath}\nreport: ${outcome.reportPath}\n`);
  return decision.passed ? 0 : 1;
}

function parseToday(text: string | undefined): Date {
  if (text === undefined) return new Date();
  const date = new Date(`${text}T12:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(text) ||
    Number.isNaN(date.getTime()) ||
    !date.toISOString().startsWith(text)
  ) {
    throw new ConfigurationError(`--today must be a date YYYY-MM-DD, not "${text}"`);
  }
  return date;
}
