/** `osimg boot-test`: the boot-test action's steps on a laptop or any CI, with the same module. */
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import {
  bootTest,
  reportJson,
  reportText,
  defaultConsoleLog,
  toBootTestRequest,
  withStartUp,
  type BootTestInputNames,
} from '../boot/index.js';
import { ConfigurationError } from '../errors.js';
import { parseBoolean } from '../values.js';
import { CliLogger } from './logger.js';
import type { CliContext } from './main.js';

export const BOOT_TEST_HELP = `Usage: osimg boot-test [DISK] [options]

Boot a disk image in a throwaway qemu VM and check it from the outside: console patterns, HTTP and TCP
probes through port forwards, and guest facts (read-only root, active units, no failed units) that the
guest reports over a virtio-serial port, without SSH. The disk is never written (a qcow2 overlay takes
every write). With --image, a raw disk is made from an OS image first (as osimg disk does).

Options:
      --disk PATH               the disk: raw, qcow2, vmdk or vhd (or give it as DISK)
      --image IMAGE             an OS image to make the disk from (local storage name, oci-archive:PATH, ...)
  -e, --expect REGEX            must appear on the console, in order (repeatable; default: systemd's
                                "Reached target ... Multi-User System" or a login prompt)
      --fail-on REGEX           fails the test as soon as it appears (repeatable; added to the defaults:
                                kernel panic, emergency mode, failed units, OOM, segfaults, ...)
      --no-default-fail-on      use only the --fail-on patterns
      --http 'PORT PATH STATUS [BODY-REGEX]'
                                GET http://guest:PORT/PATH until it answers STATUS (repeatable)
      --tcp PORT                a guest port that must accept connections (repeatable)
      --unit, --units UNIT      a systemd unit that must be active (repeatable)
      --read-only-root BOOL     / must be mounted read-only (true) or writable (false)
      --no-failed-units BOOL    no systemd unit may have failed (default true)
      --accel MODE              auto (default: KVM when a test guest runs on it, else TCG), kvm, tcg
      --memory MIB              guest memory (default 1024)
      --cpus N                  guest CPUs (default 2)
      --firmware NAME           uefi (default, OVMF) or bios
      --kernel-args ARGS        appended to the boot entry's kernel command line (in the overlay only)
      --timeout SECONDS         overall deadline (default 600)
      --hang-timeout SECONDS    fail when the console is silent this long before the expects are seen
                                (default 120)
      --console-log PATH        the serial console log (default: a new $TMPDIR/osimg-boot-test-XXXXXX/console.log)
      --storage-driver NAME     with --image: buildah storage driver
      --root DIR, --runroot DIR with --image: buildah storage
      --tls-verify BOOL         with --image docker://...: verify registry TLS (default true)
      --json                    print the report as JSON on stdout
  -q, --quiet                   only errors and the result (no console stream)
  -v, --verbose                 debug output
  -h, --help                    this help

Any expect, http or tcp line may start with 'within=SECONDS ' to give it its own deadline: an expect's
counts from the VM's start, a probe's from the moment every expect has been seen (the boot is done),
e.g. --expect 'within=90 osimg-example: ready' --http 'within=20 8080 /health 200'.

Exit codes: 0 passed, 1 failed, 2 bad usage or configuration, 130/143 interrupted (the VM is stopped and
its scratch files removed first).
`;

const NAMES: BootTestInputNames = {
  disk: '--disk',
  image: '--image',
  expect: '--expect',
  failOn: '--fail-on',
  defaultFailOn: '--no-default-fail-on',
  http: '--http',
  tcp: '--tcp',
  units: '--unit',
  readOnlyRoot: '--read-only-root',
  noFailedUnits: '--no-failed-units',
  accel: '--accel',
  memory: '--memory',
  cpus: '--cpus',
  firmware: '--firmware',
  kernelArgs: '--kernel-args',
  timeout: '--timeout',
  hangTimeout: '--hang-timeout',
  consoleLog: '--console-log',
};

export async function bootTestCommand(args: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      disk: { type: 'string' },
      image: { type: 'string' },
      expect: { type: 'string', short: 'e', multiple: true },
      'fail-on': { type: 'string', multiple: true },
      'no-default-fail-on': { type: 'boolean' },
      http: { type: 'string', multiple: true },
      tcp: { type: 'string', multiple: true },
      unit: { type: 'string', multiple: true },
      units: { type: 'string', multiple: true },
      'read-only-root': { type: 'string' },
      'no-failed-units': { type: 'string' },
      accel: { type: 'string' },
      memory: { type: 'string' },
      cpus: { type: 'string' },
      firmware: { type: 'string' },
      'kernel-args': { type: 'string' },
      timeout: { type: 'string' },
      'hang-timeout': { type: 'string' },
      'console-log': { type: 'string' },
      'storage-driver': { type: 'string' },
      root: { type: 'string' },
      runroot: { type: 'string' },
      'tls-verify': { type: 'string' },
      json: { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      verbose: { type: 'boolean', short: 'v' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    context.stdout(BOOT_TEST_HELP);
    return 0;
  }
  if (positionals.length > 1 || (positionals.length === 1 && values.disk))
    throw new ConfigurationError(
      `osimg boot-test takes one disk (DISK or --disk), got ${positionals.length + (values.disk ? 1 : 0)}: run with --help for the forms`,
    );
  const temp = context.env.TMPDIR || tmpdir();
  const lines = (list: string[] | undefined) => (list ?? []).join('\n');
  const request = await toBootTestRequest(
    {
      disk: positionals[0] ?? values.disk ?? '',
      image: values.image ?? '',
      expect: lines(values.expect),
      failOn: lines(values['fail-on']),
      defaultFailOn: values['no-default-fail-on'] ? 'false' : '',
      http: lines(values.http),
      tcp: lines(values.tcp),
      units: lines([...(values.unit ?? []), ...(values.units ?? [])]),
      readOnlyRoot: values['read-only-root'] ?? '',
      noFailedUnits: values['no-failed-units'] ?? '',
      accel: values.accel ?? '',
      memory: values.memory ?? '',
      cpus: values.cpus ?? '',
      firmware: values.firmware ?? '',
      kernelArgs: values['kernel-args'] ?? '',
      timeout: values.timeout ?? '',
      hangTimeout: values['hang-timeout'] ?? '',
      consoleLog: values['console-log'] ?? '',
    },
    {
      cwd: context.cwd,
      names: NAMES,
      tempDir: temp,
      defaultConsoleLog: await defaultConsoleLog(temp, Boolean(values['console-log']?.trim())),
      storage: { driver: values['storage-driver'], root: values.root, runroot: values.runroot },
      tlsVerify: parseBoolean(values['tls-verify'] ?? '', '--tls-verify', true),
    },
  );
  const log = new CliLogger(
    { quiet: values.quiet ?? false, verbose: values.verbose ?? false },
    context.stderr,
  );

  // Ctrl-C or a CI cancellation (SIGTERM): the process guard (src/scratch/signals.ts) kills qemu's
  // process group and removes the scratch files, within two seconds.
  const began = Date.now();
  const report = await bootTest(request, log);
  if (context.startedAt !== undefined) {
    // The command's own start-up counts too: the seconds reported are the command's, start to end.
    report.timing = withStartUp(report.timing, (began - context.startedAt) / 1000);
    report.seconds = Math.round((Date.now() - context.startedAt) / 100) / 10;
  }
  context.stdout(values.json ? reportJson(report) : reportText(report));
  return report.passed ? 0 : 1;
}
