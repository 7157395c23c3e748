import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_RETRY,
  TransientError,
  backoffDelay,
  parseRetryAfter,
  withRetry,
  type RetryPolicy,
} from '../../../src/oci/retry.js';

const POLICY: RetryPolicy = { attempts: 4, baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 5000 };

/** A sleep that only records the delays asked for. */
function recordingSleep(): { delays: number[]; sleep: (ms: number) => Promise<void> } {
  const delays: number[] = [];
  return { delays, sleep: async (ms) => void delays.push(ms) };
}

/** An operation that fails with the given errors in turn, then returns `value`. */
function failingThen<T>(errors: Error[], value: T) {
  const calls: number[] = [];
  const operation = vi.fn(async (attempt: number) => {
    calls.push(attempt);
    const error = errors[attempt - 1];
    if (error) throw error;
    return value;
  });
  return { operation, calls };
}

describe('backoffDelay', () => {
  it.each([
    // retry, expected cap
    [0, 100],
    [1, 200],
    [2, 400],
    [3, 800],
    [4, 1000],
    [10, 1000],
    [2000, 1000], // 2 ** 2000 is Infinity: still capped
  ])('retry %i: between cap/2 and cap (cap %i)', (retry, cap) => {
    expect(backoffDelay(retry, POLICY, () => 0)).toBe(cap / 2);
    expect(backoffDelay(retry, POLICY, () => 0.999999)).toBe(cap);
    expect(backoffDelay(retry, POLICY, () => 0.5)).toBe(Math.round(cap * 0.75));
  });

  it('stays within [cap/2, cap] with the real random source', () => {
    for (let retry = 0; retry < 8; retry++) {
      const cap = Math.min(POLICY.maxDelayMs, POLICY.baseDelayMs * 2 ** retry);
      for (let i = 0; i < 50; i++) {
        const delay = backoffDelay(retry, POLICY);
        expect(delay).toBeGreaterThanOrEqual(cap / 2);
        expect(delay).toBeLessThanOrEqual(cap);
      }
    }
  });

  it('returns whole milliseconds', () => {
    expect(Number.isInteger(backoffDelay(0, { ...POLICY, baseDelayMs: 3 }, () => 0.3))).toBe(true);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2024-05-01T12:00:00Z');

  it.each<[string | null | undefined, number | undefined]>([
    [undefined, undefined],
    [null, undefined],
    ['', undefined],
    ['0', 0],
    ['7', 7000],
    [' 120 ', 120_000],
    ['Wed, 01 May 2024 12:00:30 GMT', 30_000],
    ['Wed, 01 May 2024 12:01:00 GMT', 60_000],
    ['Wed, 01 May 2024 11:59:00 GMT', 0], // in the past: retry now
    ['not a date', undefined],
    ['0x10', undefined],
    ['abc123', undefined],
  ])('%j → %s', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });

  it('uses the clock when no `now` is given', () => {
    const inOneMinute = new Date(Date.now() + 60_000).toUTCString();
    const ms = parseRetryAfter(inOneMinute)!;
    // toUTCString drops milliseconds, so the value is within the last second before a minute.
    expect(ms).toBeGreaterThan(58_000);
    expect(ms).toBeLessThanOrEqual(60_000);
  });

  // Regression (fixed): src/oci/retry.ts:52 — Date.parse is V8's lenient legacy parser, so garbage that merely contains
  // a number is read as a date: "-1", "1.5", "foo 1" → 2001-01-01 (0 ms), "soon 2030" → a date in 2030,
  // which a server (or a proxy's garbage header) turns into a full maxRetryAfterMs stall.
  // Fix: accept only the RFC 9110 forms, e.g. test /^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/
  // (IMF-fixdate; optionally RFC 850 and asctime) before calling Date.parse.
  it.each(['-1', '1.5', 'foo 1', 'soon 2030'])('garbage %j → undefined', (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined();
  });
});

describe('withRetry', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('returns at once when the first attempt succeeds', async () => {
    const { sleep, delays } = recordingSleep();
    const { operation } = failingThen([], 'ok');
    await expect(withRetry(operation, { policy: POLICY, sleep })).resolves.toBe('ok');
    expect(operation).toHaveBeenCalledTimes(1);
    expect(delays).toEqual([]);
  });

  it('succeeds after transient failures, passing the attempt number', async () => {
    const { sleep, delays } = recordingSleep();
    const { operation, calls } = failingThen([new TransientError('503'), new TransientError('reset')], 42);
    const retries: Array<{ attempt: number; delayMs: number; message: string }> = [];
    const result = await withRetry(operation, {
      policy: POLICY,
      sleep,
      random: () => 0,
      onRetry: ({ attempt, delayMs, error }) => retries.push({ attempt, delayMs, message: error.message }),
    });
    expect(result).toBe(42);
    expect(calls).toEqual([1, 2, 3]);
    expect(delays).toEqual([50, 100]); // cap/2 with random() = 0: 100/2, 200/2
    expect(retries).toEqual([
      { attempt: 1, delayMs: 50, message: '503' },
      { attempt: 2, delayMs: 100, message: 'reset' },
    ]);
  });

  it.each([
    ['a plain Error', new Error('fatal')],
    ['a TypeError', new TypeError('bug')],
    ['a string', 'thrown string'],
  ])('throws %s at once without retrying', async (_what, thrown) => {
    const { sleep, delays } = recordingSleep();
    const operation = vi.fn(async () => {
      throw thrown;
    });
    await expect(withRetry(operation, { policy: POLICY, sleep })).rejects.toBe(thrown);
    expect(operation).toHaveBeenCalledTimes(1);
    expect(delays).toEqual([]);
  });

  it.each([1, 2, 4])('gives up after %i attempts with the count in the message', async (attempts) => {
    const { sleep, delays } = recordingSleep();
    const last = new TransientError('HTTP 500', 1234);
    const operation = vi.fn(async () => {
      throw last;
    });
    const error = await withRetry(operation, { policy: { ...POLICY, attempts }, sleep }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TransientError);
    expect((error as TransientError).message).toBe(`HTTP 500 (gave up after ${attempts} attempts)`);
    expect((error as TransientError).cause).toBe(last);
    expect((error as TransientError).retryAfterMs).toBe(1234);
    expect(operation).toHaveBeenCalledTimes(attempts);
    expect(delays).toHaveLength(attempts - 1);
  });

  it('honours Retry-After when it is longer than the backoff', async () => {
    const { sleep, delays } = recordingSleep();
    const { operation } = failingThen([new TransientError('429', 3000)], 'ok');
    await withRetry(operation, { policy: POLICY, sleep, random: () => 0.999 });
    expect(delays).toHaveLength(1);
    expect(delays[0]).toBeGreaterThanOrEqual(3000);
    expect(delays[0]).toBe(3000);
  });

  it('keeps the backoff when Retry-After is shorter', async () => {
    const { sleep, delays } = recordingSleep();
    const { operation } = failingThen([new TransientError('429', 0)], 'ok');
    await withRetry(operation, { policy: POLICY, sleep, random: () => 0 });
    expect(delays).toEqual([50]);
  });

  it('caps a hostile Retry-After at maxRetryAfterMs', async () => {
    const { sleep, delays } = recordingSleep();
    const { operation } = failingThen(
      [new TransientError('429', 86_400_000), new TransientError('429', Infinity)],
      'ok',
    );
    await withRetry(operation, { policy: POLICY, sleep });
    expect(delays).toEqual([POLICY.maxRetryAfterMs, POLICY.maxRetryAfterMs]);
  });

  it('uses DEFAULT_RETRY when no policy is given', async () => {
    const { sleep, delays } = recordingSleep();
    const operation = vi.fn(async () => {
      throw new TransientError('down');
    });
    await expect(withRetry(operation, { sleep, random: () => 0 })).rejects.toThrow(
      `gave up after ${DEFAULT_RETRY.attempts} attempts`,
    );
    expect(operation).toHaveBeenCalledTimes(DEFAULT_RETRY.attempts);
    expect(delays).toEqual([250, 500, 1000, 2000]);
  });

  it('waits with the real timer-based sleep (fake timers)', async () => {
    vi.useFakeTimers();
    const { operation } = failingThen([new TransientError('503', 2000)], 'done');
    let settled = false;
    const promise = withRetry(operation, { policy: POLICY }).then((value) => {
      settled = true;
      return value;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(operation).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1999);
    expect(settled).toBe(false);
    expect(operation).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(promise).resolves.toBe('done');
    expect(operation).toHaveBeenCalledTimes(2);
  });

  it('the default sleep spaces attempts by the backoff (fake timers)', async () => {
    vi.useFakeTimers();
    const operation = vi.fn(async () => {
      throw new TransientError('down');
    });
    const result = withRetry(operation, { policy: { ...POLICY, attempts: 3 }, random: () => 0 }).catch(
      (e: unknown) => e,
    );
    await vi.advanceTimersByTimeAsync(49);
    expect(operation).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1); // 50 ms: second attempt
    expect(operation).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(100); // 100 ms more: third and last
    expect(operation).toHaveBeenCalledTimes(3);
    expect(String(await result)).toContain('gave up after 3 attempts');
  });
});
