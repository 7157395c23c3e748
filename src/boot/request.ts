/** The boot-test inputs (same names in the action and the CLI) → a BootTestRequest, validated once. */
import { isAbsolute, join, resolve } from 'node:path';
import type { ImageSource } from '../disk/rootfs.js';
import { parseImageSource } from '../disk/rootfs.js';
import { ConfigurationError } from '../errors.js';
import type { StorageOptions } from '../tools/buildah.js';
import { parseBoolean, parseChoice, parseInteger, parseList } from '../values.js';
import type { AccelMode } from './accel.js';
import { unitName } from './facts.js';
import {
  compilePattern,
  expectPatterns,
  failOnPatterns,
  patternLines,
  splitWithin,
  type ConsolePattern,
} from './patterns.js';
import type { HttpProbe } from './probes.js';
import { makeOutputDir } from '../scratch/files.js';

export interface BootTestInputs {
  disk: string;
  image: string;
  expect: string;
  failOn: string;
  defaultFailOn: string;
  http: string;
  tcp: string;
  units: string;
  readOnlyRoot: string;
  noFailedUnits: string;
  accel: string;
  memory: string;
  cpus: string;
  firmware: string;
  kernelArgs: string;
  timeout: string;
  hangTimeout: string;
  consoleLog: string;
}

/** How errors name each input: `input "http"` in the action, `--http` in the CLI. */
export type BootTestInputNames = Record<keyof BootTestInputs, string>;

export interface TcpCheck {
  guestPort: number;
  withinMs?: number;
}

export type BootTarget =
  | { kind: 'disk'; path: string }
  | { kind: 'image'; source: ImageSource; storage: StorageOptions; tlsVerify: boolean };

export interface BootTestRequest {
  target: BootTarget;
  expect: ConsolePattern[];
  failOn: ConsolePattern[];
  http: HttpProbe[];
  tcp: TcpCheck[];
  units: string[];
  /** Unset = not checked. */
  readOnlyRoot?: boolean;
  noFailedUnits: boolean;
  accel: AccelMode;
  memoryMiB: number;
  cpus: number;
  firmware: 'uefi' | 'bios';
  kernelArgs: string[];
  timeoutMs: number;
  hangTimeoutMs: number;
  consoleLog: string;
  /** Scratch files (the overlay, sockets, firmware variables); all removed at the end. */
  tempDir: string;
}

export interface BootTestContext {
  cwd: string;
  names: BootTestInputNames;
  tempDir: string;
  /** Used when console-log is empty. */
  defaultConsoleLog: string;
  /** Where `image` is read from (buildah storage). */
  storage?: StorageOptions;
  tlsVerify?: boolean;
}

function port(text: string, name: string, line: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < 1 || value > 65535)
    throw new ConfigurationError(`${name}: "${text}" in "${line}" is not a TCP port (1-65535)`);
  return value;
}

/** `[within=SECONDS ]PORT PATH STATUS [BODY-REGEX]`, one probe per line. */
export function parseHttpProbes(text: string, name: string): HttpProbe[] {
  return patternLines(text).map((line) => {
    const { rest, withinMs } = splitWithin(line, name);
    const match = /^(\S+)\s+(\S+)\s+(\S+)(?:\s+(.+))?$/.exec(rest);
    if (!match)
      throw new ConfigurationError(
        `${name}: "${line}" is not "PORT PATH STATUS [BODY-REGEX]" (e.g. "8080 /health 200 ok")`,
      );
    const [, portText, path, statusText, body] = match;
    if (!path!.startsWith('/'))
      throw new ConfigurationError(`${name}: the path "${path}" in "${line}" must start with /`);
    const status = Number(statusText);
    if (!/^\d{3}$/.test(statusText!) || status < 100 || status > 599)
      throw new ConfigurationError(`${name}: "${statusText}" in "${line}" is not an HTTP status (100-599)`);
    return {
      guestPort: port(portText!, name, line),
      path: path!,
      status,
      body: body ? compilePattern(body, name) : undefined,
      withinMs,
    };
  });
}

export function parseTcpChecks(text: string, name: string): TcpCheck[] {
  return patternLines(text)
    .flatMap((line) => line.split(','))
    .map((item) => item.trim())
    .filter((item) => item.length > 0)
    .map((item) => {
      const { rest, withinMs } = splitWithin(item, name);
      return { guestPort: port(rest.trim(), name, item), withinMs };
    });
}

export function parseUnits(text: string, name: string): string[] {
  return parseList(text).map((unit) => {
    if (!/^[A-Za-z0-9:_.@\\-]+$/.test(unit))
      throw new ConfigurationError(`${name}: "${unit}" is not a systemd unit name`);
    return unitName(unit);
  });
}

function seconds(text: string, name: string, fallback: number, min: number): number {
  return (parseInteger(text, name, { min, max: 86_400 }) ?? fallback) * 1000;
}

export async function toBootTestRequest(
  inputs: BootTestInputs,
  context: BootTestContext,
): Promise<BootTestRequest> {
  const { names, cwd } = context;
  const disk = inputs.disk.trim();
  const image = inputs.image.trim();
  if ((disk === '') === (image === ''))
    throw new ConfigurationError(
      `nothing to boot: give exactly one of ${names.disk} (a disk image file) and ${names.image} (an OS image to make a disk from)`,
    );
  const absolute = (path: string) => (isAbsolute(path) ? path : resolve(cwd, path));
  const target: BootTarget = disk
    ? { kind: 'disk', path: absolute(disk) }
    : {
        kind: 'image',
        source: await parseImageSource(image, cwd),
        storage: context.storage ?? {},
        tlsVerify: context.tlsVerify ?? true,
      };
  const readOnlyText = inputs.readOnlyRoot.trim();
  return {
    target,
    expect: expectPatterns(inputs.expect, names.expect),
    failOn: failOnPatterns(
      inputs.failOn,
      names.failOn,
      parseBoolean(inputs.defaultFailOn, names.defaultFailOn, true),
    ),
    http: parseHttpProbes(inputs.http, names.http),
    tcp: parseTcpChecks(inputs.tcp, names.tcp),
    units: parseUnits(inputs.units, names.units),
    readOnlyRoot: readOnlyText === '' ? undefined : parseBoolean(readOnlyText, names.readOnlyRoot, false),
    noFailedUnits: parseBoolean(inputs.noFailedUnits, names.noFailedUnits, true),
    accel: parseChoice(inputs.accel, names.accel, ['auto', 'kvm', 'tcg'] as const, 'auto'),
    memoryMiB: parseInteger(inputs.memory, names.memory, { min: 128, max: 1_048_576 }) ?? 1024,
    cpus: parseInteger(inputs.cpus, names.cpus, { min: 1, max: 256 }) ?? 2,
    firmware: parseChoice(inputs.firmware, names.firmware, ['uefi', 'bios'] as const, 'uefi'),
    kernelArgs: inputs.kernelArgs.split(/\s+/).filter((arg) => arg.length > 0),
    timeoutMs: seconds(inputs.timeout, names.timeout, 600, 1),
    hangTimeoutMs: seconds(inputs.hangTimeout, names.hangTimeout, 120, 1),
    consoleLog: absolute(inputs.consoleLog.trim() || context.defaultConsoleLog),
    tempDir: context.tempDir,
  };
}

/**
 * Where the console log goes when no path is given: a fresh private directory per run (two boot tests, or
 * two users, never share a file or a fixed name in /tmp). Nothing is made when a path was given.
 */
export async function defaultConsoleLog(tempDir: string, given: boolean): Promise<string> {
  return given ? '' : join(await makeOutputDir(tempDir, 'osimg-boot-test-'), 'console.log');
}
