/**
 * A minimal QMP client (qemu's JSON machine protocol) over a connected socket: the capabilities handshake,
 * commands with ids, and the events seen so far. Enough to ask for an ACPI power-down and to quit.
 */
import type { Socket } from 'node:net';

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

export class Qmp {
  private buffer = '';
  private nextId = 1;
  private readonly pending = new Map<string, Pending>();
  private greeted!: () => void;
  private readonly greeting = new Promise<void>((resolve) => (this.greeted = resolve));
  readonly events: string[] = [];
  private closed = false;

  constructor(private readonly socket: Socket) {
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => this.receive(chunk));
    socket.on('close', () => this.fail(new Error('the QMP connection closed')));
    socket.on('error', (error) => this.fail(error));
  }

  /** Waits for qemu's greeting and leaves capabilities negotiation mode. */
  async start(): Promise<void> {
    await this.greeting;
    await this.execute('qmp_capabilities');
  }

  execute(command: string, args?: Record<string, unknown>): Promise<unknown> {
    if (this.closed) return Promise.reject(new Error('the QMP connection is closed'));
    const id = String(this.nextId++);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.socket.write(
        `${JSON.stringify({ execute: command, ...(args ? { arguments: args } : {}), id })}\n`,
      );
    });
  }

  private receive(chunk: string): void {
    this.buffer += chunk;
    let newline: number;
    while ((newline = this.buffer.indexOf('\n')) >= 0) {
      const line = this.buffer.slice(0, newline).trim();
      this.buffer = this.buffer.slice(newline + 1);
      if (line) this.message(line);
    }
  }

  private message(line: string): void {
    let data: { QMP?: unknown; id?: string; return?: unknown; error?: { desc?: string }; event?: string };
    try {
      data = JSON.parse(line) as typeof data;
    } catch {
      return;
    }
    if (data.QMP) this.greeted();
    else if (data.event) this.events.push(data.event);
    else if (data.id !== undefined) {
      const waiter = this.pending.get(String(data.id));
      this.pending.delete(String(data.id));
      if (data.error) waiter?.reject(new Error(data.error.desc ?? 'QMP error'));
      else waiter?.resolve(data.return);
    }
  }

  private fail(error: Error): void {
    this.closed = true;
    this.greeted();
    for (const waiter of this.pending.values()) waiter.reject(error);
    this.pending.clear();
  }

  close(): void {
    this.socket.destroy();
  }
}
