/**
 * The assertions of one boot, decided as events arrive: console text (ordered expects, fail-on patterns),
 * silence (the hang timeout), deadlines, probe outcomes, the guest facts report and qemu's exit. The
 * session ends at the first failure or when everything passed; `finished` resolves then, once.
 */
import { ConsoleText } from './console.js';
import { isRootReadOnly, parseFactsLine, type GuestFacts } from './facts.js';
import type { ConsolePattern } from './patterns.js';
import type { ProbeOutcome } from './probes.js';
import type { VmExit } from './vm.js';

export type AssertionKind =
  | 'expect'
  | 'fail-on'
  | 'hang'
  | 'timeout'
  | 'vm'
  | 'http'
  | 'tcp'
  | 'unit'
  | 'read-only-root'
  | 'no-failed-units';

export interface AssertionResult {
  name: string;
  kind: AssertionKind;
  passed: boolean;
  /** Seconds after qemu started when it was decided. */
  seconds?: number;
  detail: string;
}

/** The facts-based checks the session evaluates when the guest report arrives. */
export interface FactChecks {
  units: readonly string[];
  readOnlyRoot?: boolean;
  noFailedUnits: boolean;
  /** Ports the guest must list as listening (the tcp probes' ports). */
  tcpPorts: readonly number[];
}

export interface SessionOptions {
  expect: readonly ConsolePattern[];
  failOn: readonly ConsolePattern[];
  timeoutMs: number;
  hangTimeoutMs: number;
  /** Undefined when no facts are collected (then fact checks are not made). */
  facts?: FactChecks;
  /** Named probes started by the caller; each settles with one outcome. */
  probes: ReadonlyArray<{ name: string; kind: 'http' | 'tcp'; withinMs?: number }>;
  onLine?(line: string): void;
  now?: () => number;
  /** How often deadlines are checked, ms. */
  tickMs?: number;
}

export interface SessionOutcome {
  passed: boolean;
  results: AssertionResult[];
  /** The first failure in one sentence. */
  failure?: string;
  /** Seconds from qemu's start to the first expect matched. */
  bootSeconds?: number;
  facts?: GuestFacts;
  lastLines: string[];
}

const KEEP_LINES = 200;

export class BootSession {
  private readonly now: () => number;
  private readonly text: ConsoleText;
  private readonly expectResults: Array<AssertionResult | undefined>;
  private readonly probeResults = new Map<string, AssertionResult>();
  private factResults: AssertionResult[] | undefined;
  /** Host-side TCP successes waiting for the guest's listening ports. */
  private readonly tcpHost = new Map<string, { port: number; outcome: ProbeOutcome }>();
  private expectIndex = 0;
  private lineOffset = 0;
  private readyTime: number | undefined;
  private lastOutput: number;
  private startedAt: number;
  private failure: { result: AssertionResult; sentence: string } | undefined;
  private decided = false;
  private facts: GuestFacts | undefined;
  private readonly lines: string[] = [];
  private timer: NodeJS.Timeout | undefined;
  private resolveFinished!: (outcome: SessionOutcome) => void;
  readonly finished = new Promise<SessionOutcome>((resolve) => (this.resolveFinished = resolve));

  constructor(private readonly options: SessionOptions) {
    this.now = options.now ?? Date.now;
    this.startedAt = this.now();
    this.lastOutput = this.startedAt;
    this.expectResults = options.expect.map(() => undefined);
    this.text = new ConsoleText({
      onLine: (line) => this.line(line),
      onPartial: (partial) => this.partial(partial),
    });
  }

  /** qemu has started: deadlines count from now. */
  start(startedAt = this.now()): void {
    this.startedAt = startedAt;
    this.lastOutput = startedAt;
    this.timer = setInterval(() => this.tick(), this.options.tickMs ?? 250);
    this.timer.unref?.();
    this.checkDone();
  }

  private seconds(at = this.now()): number {
    return Math.round((at - this.startedAt) / 100) / 10;
  }

  console(chunk: Buffer): void {
    this.lastOutput = this.now();
    this.text.push(chunk);
  }

  consoleEnded(): void {
    this.text.end();
  }

  factsLine(line: string): void {
    const facts = parseFactsLine(line);
    if (facts) this.receiveFacts(facts);
  }

  probeSettled(name: string, kind: 'http' | 'tcp', outcome: ProbeOutcome, tcpPort?: number): void {
    if (this.decided) return;
    if (kind === 'tcp' && tcpPort !== undefined && this.options.facts && outcome.passed) {
      // The host side alone can be fooled (qemu accepts first); the guest's listening ports decide.
      this.tcpHost.set(name, { port: tcpPort, outcome });
      this.evaluateTcp();
      return;
    }
    const result = { name, kind, passed: outcome.passed, seconds: this.seconds(), detail: outcome.detail };
    this.probeResults.set(name, result);
    if (!outcome.passed) this.fail(result, `${name} failed: ${outcome.detail}`);
    else this.checkDone();
  }

  vmExited(exit: VmExit): void {
    if (this.decided) return;
    this.text.end();
    if (this.decided) return;
    const how = exit.code === null ? 'was killed' : `exited with status ${exit.code}`;
    const tail = exit.stderrTail.length ? `: ${exit.stderrTail.slice(-3).join(' | ')}` : '';
    const result: AssertionResult = {
      name: 'qemu',
      kind: 'vm',
      passed: false,
      seconds: this.seconds(),
      detail: `qemu ${how} before the assertions were decided (the guest powered off, rebooted or crashed)${tail}`,
    };
    this.fail(result, result.detail);
  }

  private line(line: string): void {
    this.lines.push(line);
    if (this.lines.length > KEEP_LINES) this.lines.shift();
    this.options.onLine?.(line);
    const facts = parseFactsLine(line);
    if (facts) {
      this.receiveFacts(facts);
    } else if (!this.decided) {
      this.checkFailOn(line);
      this.checkExpects(line);
    }
    this.lineOffset = 0;
  }

  private partial(text: string): void {
    if (this.decided) return;
    this.checkExpects(text);
  }

  private checkFailOn(line: string): void {
    for (const pattern of this.options.failOn) {
      if (!pattern.regex.test(line)) continue;
      const result: AssertionResult = {
        name: `fail-on /${pattern.source}/`,
        kind: 'fail-on',
        passed: false,
        seconds: this.seconds(),
        detail: `matched: ${line.trim()}`,
      };
      this.fail(result, `the console showed a failure: ${line.trim()}`);
      return;
    }
  }

  private checkExpects(text: string): void {
    while (!this.decided && this.expectIndex < this.options.expect.length) {
      const pattern = this.options.expect[this.expectIndex]!;
      const rest = text.slice(this.lineOffset);
      const match = pattern.regex.exec(rest);
      if (!match) return;
      this.lineOffset += match.index + Math.max(match[0].length, 1);
      this.expectResults[this.expectIndex] = {
        name: `expect /${pattern.source}/`,
        kind: 'expect',
        passed: true,
        seconds: this.seconds(),
        detail: `matched: ${text.trim()}`,
      };
      this.expectIndex++;
      this.checkDone();
    }
  }

  private receiveFacts(facts: GuestFacts): void {
    if (this.facts) return;
    this.facts = facts;
    this.evaluateFacts();
  }

  /** Fact checks, once the report is here (tcp also waits for its host-side probe). */
  private evaluateFacts(): void {
    const checks = this.options.facts;
    const facts = this.facts;
    if (!checks || !facts || this.decided) return;
    const at = this.seconds();
    const results: AssertionResult[] = [];
    if (checks.readOnlyRoot !== undefined) {
      const readOnly = isRootReadOnly(facts);
      results.push({
        name: `root filesystem ${checks.readOnlyRoot ? 'read-only' : 'writable'}`,
        kind: 'read-only-root',
        passed: readOnly === checks.readOnlyRoot,
        seconds: at,
        detail: `/ is mounted ${facts.rootFilesystem} ${facts.rootOptions.join(',')}`,
      });
    }
    for (const unit of checks.units) {
      const active = facts.active.includes(unit);
      results.push({
        name: `unit ${unit} active`,
        kind: 'unit',
        passed: active,
        seconds: at,
        detail: active
          ? 'active'
          : facts.failed.includes(unit)
            ? 'failed'
            : 'not active (inactive or not found)',
      });
    }
    if (checks.noFailedUnits) {
      results.push({
        name: 'no failed units',
        kind: 'no-failed-units',
        passed: facts.failed.length === 0,
        seconds: at,
        detail:
          facts.failed.length === 0
            ? `system state ${facts.state || 'unknown'}`
            : `failed: ${facts.failed.join(', ')}`,
      });
    }
    this.factResults = results;
    this.recordTcpPasses();
    for (const port of checks.tcpPorts) {
      if (facts.listening.includes(port)) continue;
      const result: AssertionResult = {
        name: `tcp ${port}`,
        kind: 'tcp',
        passed: false,
        seconds: at,
        detail: `nothing in the guest listens on port ${port} (listening: ${facts.listening.join(', ') || 'none'})`,
      };
      this.probeResults.set(result.name, result);
      return this.fail(result, `${result.name}: ${result.detail}`);
    }
    const failed = results.find((result) => !result.passed);
    if (failed) this.fail(failed, `${failed.name}: ${failed.detail}`);
    else this.checkDone();
  }

  /** A host-side TCP success, once the guest's report is here. */
  private evaluateTcp(): void {
    if (!this.facts || this.decided) return;
    this.recordTcpPasses();
    this.checkDone();
  }

  /** TCP checks whose host side succeeded pass once the guest report lists their port as listening. */
  private recordTcpPasses(): void {
    const facts = this.facts!;
    for (const [name, { port, outcome }] of this.tcpHost) {
      if (this.probeResults.has(name) || !facts.listening.includes(port)) continue;
      this.probeResults.set(name, {
        name,
        kind: 'tcp',
        passed: true,
        seconds: this.seconds(),
        detail: `the guest listens on ${port} and ${outcome.detail}`,
      });
    }
  }

  private tick(): void {
    if (this.decided) return;
    const now = this.now();
    const elapsed = now - this.startedAt;
    const pending = this.options.expect[this.expectIndex];
    if (pending) {
      if (pending.withinMs !== undefined && elapsed >= pending.withinMs) {
        const result: AssertionResult = {
          name: `expect /${pending.source}/`,
          kind: 'expect',
          passed: false,
          seconds: this.seconds(now),
          detail: `not seen within ${pending.withinMs / 1000} s`,
        };
        this.expectResults[this.expectIndex] = result;
        return this.fail(
          result,
          `/${pending.source}/ did not appear on the console within ${pending.withinMs / 1000} s`,
        );
      }
      if (now - this.lastOutput >= this.options.hangTimeoutMs) {
        const silent = Math.round((now - this.lastOutput) / 1000);
        const result: AssertionResult = {
          name: 'console output',
          kind: 'hang',
          passed: false,
          seconds: this.seconds(now),
          detail: `no console output for ${silent} s while waiting for /${pending.source}/`,
        };
        return this.fail(result, `the guest hung: ${result.detail}`);
      }
    }
    if (elapsed >= this.options.timeoutMs) {
      const waiting = this.pendingNames();
      const result: AssertionResult = {
        name: 'overall timeout',
        kind: 'timeout',
        passed: false,
        seconds: this.seconds(now),
        detail: `${this.options.timeoutMs / 1000} s passed while waiting for ${waiting.join(', ') || 'nothing'}`,
      };
      this.fail(result, `the boot test timed out: ${result.detail}`);
    }
  }

  private pendingNames(): string[] {
    const names: string[] = [];
    const pending = this.options.expect[this.expectIndex];
    if (pending) names.push(`/${pending.source}/`);
    for (const probe of this.options.probes) if (!this.probeResults.has(probe.name)) names.push(probe.name);
    if (this.options.facts && !this.factResults) names.push('the guest facts report');
    return names;
  }

  /** When every expect had matched (Date.now() scale); probes' within= deadlines count from here. */
  get readyAt(): number | undefined {
    return this.readyTime;
  }

  private checkDone(): void {
    if (this.decided) return;
    if (this.expectIndex < this.options.expect.length) return;
    this.readyTime ??= this.now();
    if (!this.options.probes.every((probe) => this.probeResults.has(probe.name))) return;
    if (this.options.facts && !this.factResults) return;
    this.finish();
  }

  private fail(result: AssertionResult, sentence: string): void {
    if (this.decided) return;
    this.failure = { result, sentence };
    this.finish();
  }

  private finish(): void {
    this.decided = true;
    if (this.timer) clearInterval(this.timer);
    this.resolveFinished(this.outcome());
  }

  /** Every assertion's result: decided ones, and the rest as not reached. */
  outcome(): SessionOutcome {
    const results: AssertionResult[] = [];
    const notReached = this.failure
      ? 'not reached: the boot test stopped at the first failure'
      : 'not decided';
    this.options.expect.forEach((pattern, index) => {
      results.push(
        this.expectResults[index] ?? {
          name: `expect /${pattern.source}/`,
          kind: 'expect',
          passed: false,
          detail: notReached,
        },
      );
    });
    const failOn = this.failure?.result.kind === 'fail-on' ? this.failure.result : undefined;
    results.push(
      failOn ?? {
        name: 'fail-on patterns',
        kind: 'fail-on',
        passed: true,
        detail: `none of ${this.options.failOn.length} patterns appeared`,
      },
    );
    for (const probe of this.options.probes) {
      results.push(
        this.probeResults.get(probe.name) ?? {
          name: probe.name,
          kind: probe.kind,
          passed: false,
          detail: notReached,
        },
      );
    }
    if (this.options.facts) {
      if (this.factResults) results.push(...this.factResults);
      else results.push(...this.unreachedFacts(notReached));
    }
    const kind = this.failure?.result.kind;
    if (kind === 'hang' || kind === 'timeout' || kind === 'vm') results.push(this.failure!.result);
    const first = this.expectResults[0];
    return {
      passed: !this.failure && results.every((result) => result.passed),
      results,
      failure: this.failure?.sentence,
      bootSeconds: first?.passed ? first.seconds : undefined,
      facts: this.facts,
      lastLines: this.lastLines,
    };
  }

  private unreachedFacts(detail: string): AssertionResult[] {
    const checks = this.options.facts!;
    const results: AssertionResult[] = [];
    if (checks.readOnlyRoot !== undefined)
      results.push({
        name: `root filesystem ${checks.readOnlyRoot ? 'read-only' : 'writable'}`,
        kind: 'read-only-root',
        passed: false,
        detail,
      });
    for (const unit of checks.units)
      results.push({ name: `unit ${unit} active`, kind: 'unit', passed: false, detail });
    if (checks.noFailedUnits)
      results.push({ name: 'no failed units', kind: 'no-failed-units', passed: false, detail });
    return results;
  }

  /** The last console lines so far (also those after the decision, while the VM was stopped). */
  get lastLines(): string[] {
    return [...this.lines, ...(this.text.partial ? [this.text.partial] : [])];
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
