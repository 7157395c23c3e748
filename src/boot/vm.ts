/**
 * One qemu process and its three channels. osimg listens on Unix sockets (console, guest facts, QMP) and
 * qemu connects to each as it starts, before the guest runs, so no console byte is lost. stop() asks the
 * guest to power off (ACPI, through QMP), then tells qemu to quit, then kills it (TERM, then KILL).
 */
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { CommandError, OsimgError } from '../errors.js';
import { tailLines } from '../tools/exec.js';
import { QemuSystem, type VmSpec } from '../tools/qemu-system.js';
import { POWEROFF_COMMAND } from './facts.js';
import { Qmp } from './qmp.js';

/** Unix socket paths are limited to 108 bytes (sun_path). */
const SOCKET_PATH_MAX = 100;
const CONNECT_TIMEOUT_MS = 30_000;
/** qemu quits at once when told to; after this it is killed (TERM, then KILL 2 s later). */
const QUIT_WAIT_MS = 2000;

export interface VmExit {
  /** qemu's exit status (null when killed by a signal). */
  code: number | null;
  /** True when osimg asked it to end (power-off, quit or kill), false when it ended on its own. */
  stopped: boolean;
  /** True when the guest powered off on request, before osimg had to quit or kill qemu. */
  poweredOff: boolean;
  stderrTail: string[];
}

export interface VmChannels {
  onConsole(chunk: Buffer): void;
  /** A line from the guest facts port. */
  onFactsLine(line: string): void;
}

export interface Vm {
  /** Date.now() when qemu was started. */
  startedAt: number;
  readonly exited: Promise<VmExit>;
  readonly hasExited: boolean;
  /** Powers the guest off within `graceMs` (0 = skip that), then quits, then kills. Idempotent. */
  stop(graceMs: number): Promise<VmExit>;
}

export function socketPaths(dir: string): { console: string; qmp: string; facts: string } {
  const paths = {
    console: join(dir, 'console.sock'),
    qmp: join(dir, 'qmp.sock'),
    facts: join(dir, 'facts.sock'),
  };
  if (Object.values(paths).some((path) => Buffer.byteLength(path) > SOCKET_PATH_MAX))
    throw new OsimgError(
      `the scratch directory ${dir} is too long a path for Unix sockets; use a shorter TMPDIR`,
    );
  return paths;
}

/** A server that hands over the first connection it gets. */
async function listenOnce(path: string): Promise<{ server: Server; connection: Promise<Socket> }> {
  const server = createServer();
  const connection = new Promise<Socket>((resolve) => server.once('connection', resolve));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return { server, connection };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function startVm(
  spec: Omit<VmSpec, 'sockets'>,
  socketDir: string,
  qemu: QemuSystem,
  channels: VmChannels,
): Promise<Vm> {
  const paths = socketPaths(socketDir);
  const servers: Server[] = [];
  const sockets: Socket[] = [];
  const closeChannels = () => {
    for (const socket of sockets) socket.destroy();
    for (const server of servers) server.close();
  };
  const listening = await Promise.all([
    listenOnce(paths.console),
    listenOnce(paths.qmp),
    listenOnce(paths.facts),
  ]);
  servers.push(...listening.map((entry) => entry.server));
  const [consoleServer, qmpServer, factsServer] = listening;

  const kill = new AbortController();
  /** running → powering off (asked nicely) → forced (quit, then kill). */
  let phase: 'running' | 'powerdown' | 'forced' = 'running';
  const exitOf = (code: number | null): VmExit => ({
    code,
    stopped: phase !== 'running',
    poweredOff: phase === 'powerdown',
    stderrTail: tailLines(stderr.join('\n')),
  });
  let exitedFlag = false;
  const stderr: string[] = [];
  const startedAt = Date.now();
  const exited: Promise<VmExit> = qemu
    .launch(QemuSystem.vmArgs({ ...spec, sockets: paths }), {
      signal: kill.signal,
      killGraceMs: 2000,
      onStderrLine: (line) => {
        stderr.push(line);
        if (stderr.length > 200) stderr.shift();
      },
    })
    .then(
      (result) => exitOf(result.exitCode),
      (error: unknown) => {
        if (!(error instanceof CommandError)) throw error;
        return exitOf(error.exitCode);
      },
    )
    .finally(() => {
      exitedFlag = true;
      closeChannels();
    });

  try {
    const connected = await Promise.race([
      Promise.all([consoleServer!.connection, qmpServer!.connection, factsServer!.connection]),
      exited.then((exit) => {
        throw new OsimgError(
          `qemu exited before the VM started (status ${exit.code})${exit.stderrTail.length ? `: ${exit.stderrTail.join(' | ')}` : ''}`,
          { code: 'COMMAND_FAILED' },
        );
      }),
      sleep(CONNECT_TIMEOUT_MS).then(() => {
        throw new OsimgError(`qemu did not connect to its channels within ${CONNECT_TIMEOUT_MS / 1000} s`);
      }),
    ]);
    const [consoleSocket, qmpSocket, factsSocket] = connected;
    sockets.push(consoleSocket, qmpSocket, factsSocket);
    consoleSocket.on('data', (chunk: Buffer) => channels.onConsole(chunk));
    consoleSocket.on('error', () => undefined);
    factsSocket.on('error', () => undefined);
    let facts = '';
    factsSocket.setEncoding('utf8');
    factsSocket.on('data', (chunk: string) => {
      facts += chunk;
      let newline: number;
      while ((newline = facts.indexOf('\n')) >= 0) {
        const line = facts.slice(0, newline).replace(/\r$/, '');
        facts = facts.slice(newline + 1);
        channels.onFactsLine(line);
      }
    });
    const qmp = new Qmp(qmpSocket);
    await qmp.start();

    let stopping: Promise<VmExit> | undefined;
    const stop = (graceMs: number): Promise<VmExit> => {
      stopping ??= (async () => {
        if (exitedFlag) return exited;
        const within = (ms: number) => Promise.race([exited.then(() => true), sleep(ms).then(() => false)]);
        if (graceMs > 0) {
          phase = 'powerdown';
          // ACPI's power button (needs logind or acpid in the guest) and the facts port's request.
          if (!factsSocket.destroyed) factsSocket.write(`${POWEROFF_COMMAND}\n`);
          await qmp.execute('system_powerdown').catch(() => undefined);
          if (await within(graceMs)) return exited;
        }
        phase = 'forced';
        await qmp.execute('quit').catch(() => undefined);
        if (!(await within(QUIT_WAIT_MS))) kill.abort();
        return exited;
      })();
      return stopping;
    };
    return {
      startedAt,
      exited,
      get hasExited() {
        return exitedFlag;
      },
      stop,
    };
  } catch (error) {
    phase = 'forced';
    kill.abort();
    await exited.catch(() => undefined);
    closeChannels();
    throw error;
  }
}
