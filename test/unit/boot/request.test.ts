/** Boot-test inputs → request: defaults, the probe line syntax, and the errors that name the input. */
import { describe, expect, it } from 'vitest';
import {
  parseHttpProbes,
  parseTcpChecks,
  parseUnits,
  toBootTestRequest,
  type BootTestInputs,
} from '../../../src/boot/request.js';
import { INPUT_NAMES } from '../../../src/actions/boot-test/inputs.js';
import { ConfigurationError } from '../../../src/errors.js';

const empty: BootTestInputs = {
  disk: '',
  image: '',
  expect: '',
  failOn: '',
  defaultFailOn: '',
  http: '',
  tcp: '',
  units: '',
  readOnlyRoot: '',
  noFailedUnits: '',
  accel: '',
  memory: '',
  cpus: '',
  firmware: '',
  kernelArgs: '',
  timeout: '',
  hangTimeout: '',
  consoleLog: '',
};
const context = {
  cwd: '/ws',
  names: INPUT_NAMES,
  tempDir: '/tmp/t',
  defaultConsoleLog: '/tmp/t/console.log',
};

describe('toBootTestRequest', () => {
  it('fills the defaults of boot-test/action.yml', async () => {
    const request = await toBootTestRequest({ ...empty, disk: 'out/disk.raw' }, context);
    expect(request).toMatchObject({
      target: { kind: 'disk', path: '/ws/out/disk.raw' },
      http: [],
      tcp: [],
      units: [],
      readOnlyRoot: undefined,
      noFailedUnits: true,
      accel: 'auto',
      memoryMiB: 1024,
      cpus: 2,
      firmware: 'uefi',
      kernelArgs: [],
      timeoutMs: 600_000,
      hangTimeoutMs: 120_000,
      consoleLog: '/tmp/t/console.log',
      tempDir: '/tmp/t',
    });
    expect(request.expect).toHaveLength(1);
    expect(request.failOn.length).toBeGreaterThan(5);
  });

  it('reads every input', async () => {
    const request = await toBootTestRequest(
      {
        ...empty,
        image: 'localhost/app:1',
        expect: 'a\nwithin=30 b',
        failOn: 'boom',
        defaultFailOn: 'false',
        http: '8080 / 200',
        tcp: '22, 8080',
        units: 'hello\nsshd.socket',
        readOnlyRoot: 'true',
        noFailedUnits: 'false',
        accel: 'tcg',
        memory: '2048',
        cpus: '4',
        firmware: 'bios',
        kernelArgs: ' quiet  loglevel=3\n',
        timeout: '300',
        hangTimeout: '30',
        consoleLog: 'logs/console.log',
      },
      context,
    );
    expect(request).toMatchObject({
      target: { kind: 'image', source: { kind: 'storage', name: 'localhost/app:1' }, tlsVerify: true },
      tcp: [{ guestPort: 22 }, { guestPort: 8080 }],
      units: ['hello.service', 'sshd.socket'],
      readOnlyRoot: true,
      noFailedUnits: false,
      accel: 'tcg',
      memoryMiB: 2048,
      cpus: 4,
      firmware: 'bios',
      kernelArgs: ['quiet', 'loglevel=3'],
      timeoutMs: 300_000,
      hangTimeoutMs: 30_000,
      consoleLog: '/ws/logs/console.log',
    });
    expect(request.expect.map((p) => [p.source, p.withinMs])).toEqual([
      ['a', undefined],
      ['b', 30_000],
    ]);
    expect(request.failOn.map((p) => p.source)).toEqual(['boom']);
  });

  it.each([
    [{}, /^nothing to boot: give exactly one of input "disk" \(a disk image file\) and input "image"/],
    [{ disk: 'd', image: 'i' }, /^nothing to boot: give exactly one of/],
    [{ disk: 'd', accel: 'hvf' }, /input "accel" must be one of auto, kvm, tcg, not "hvf"/],
    [{ disk: 'd', memory: '64' }, /input "memory" must be a whole number from 128/],
    [{ disk: 'd', readOnlyRoot: 'yes' }, /input "read-only-root" must be true or false/],
    [{ disk: 'd', firmware: 'coreboot' }, /input "firmware" must be one of uefi, bios/],
    [{ disk: 'd', timeout: '0' }, /input "timeout" must be a whole number from 1/],
  ] as Array<[Partial<BootTestInputs>, RegExp]>)('refuses %j', async (change, message) => {
    const error = await toBootTestRequest({ ...empty, ...change }, context).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(message);
  });
});

describe('probe lines', () => {
  it('http: PORT PATH STATUS [BODY-REGEX], the body regex may contain spaces', () => {
    const probes = parseHttpProbes(
      '8080 /health 200\nwithin=20 80 /index.html 200 Hello from .* osimg',
      'http',
    );
    expect(probes).toEqual([
      { guestPort: 8080, path: '/health', status: 200, body: undefined, withinMs: undefined },
      { guestPort: 80, path: '/index.html', status: 200, body: /Hello from .* osimg/, withinMs: 20_000 },
    ]);
  });

  it.each([
    ['8080 /', /is not "PORT PATH STATUS \[BODY-REGEX\]"/],
    ['8080 health 200', /the path "health" in "8080 health 200" must start with \//],
    ['70000 / 200', /"70000" in "70000 \/ 200" is not a TCP port/],
    ['8080 / 20', /"20" in "8080 \/ 20" is not an HTTP status/],
    ['8080 / 200 (', /is not a valid regular expression/],
  ])('http refuses %j', (line, message) => {
    expect(() => parseHttpProbes(line, 'input "http"')).toThrow(message);
  });

  it('tcp: ports by line or comma, with within=', () => {
    expect(parseTcpChecks('22,80\nwithin=5 443', 'tcp')).toEqual([
      { guestPort: 22, withinMs: undefined },
      { guestPort: 80, withinMs: undefined },
      { guestPort: 443, withinMs: 5000 },
    ]);
    expect(() => parseTcpChecks('ssh', 'input "tcp"')).toThrow(/"ssh" in "ssh" is not a TCP port/);
  });

  it('units: a bare name is a service; odd names are refused', () => {
    expect(parseUnits('hello, dev-disk-by\\x2dlabel-root.device,getty@tty1', 'u')).toEqual([
      'hello.service',
      'dev-disk-by\\x2dlabel-root.device',
      'getty@tty1.service',
    ]);
    expect(() => parseUnits('rm -rf /', 'input "units"')).toThrow(/is not a systemd unit name/);
  });
});
