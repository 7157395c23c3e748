/**
 * Retries for registry traffic: exponential backoff with jitter, Retry-After honoured, a bounded number of
 * attempts. What is retryable is decided by the caller (the HTTP layer marks errors as transient).
 */

export interface RetryPolicy {
  /** Total attempts, including the first. */
  attempts: number;
  /** Delay cap for the first retry; doubles each time up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A server's Retry-After longer than this is cut to it, so a hostile value cannot stall a job. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 5,
  baseDelayMs: 500,
  maxDelayMs: 20_000,
  maxRetryAfterMs: 60_000,
};

/** A failure worth trying again; `retryAfterMs` comes from the server when it said so. */
export class TransientError extends Error {
  constructor(
    message: string,
    readonly retryAfterMs?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'TransientError';
  }
}

/**
 * Delay before retry number `retry` (0 for the first retry): "equal jitter", half fixed and half random,
 * so clients spread out yet never retry at once.
 */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.round(cap / 2 + random() * (cap / 2));
}

/** Retry-After is either delta-seconds or an HTTP date. Returns milliseconds, or undefined if unusable. */
const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const HTTP_DATE = [
  new RegExp(`^${DAY}, \\d{2} ${MONTH} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT$`),
  new RegExp(
    `^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \\d{2}-${MONTH}-\\d{2} \\d{2}:\\d{2}:\\d{2} GMT$`,
  ),
  new RegExp(`^${DAY} ${MONTH} [ \\d]\\d \\d{2}:\\d{2}:\\d{2} \\d{4}$`),
];

export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  if (!value) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Only the HTTP-date forms of RFC 9110 (IMF-fixdate, RFC 850, asctime): Date.parse alone reads garbage.
  if (!HTTP_DATE.some((form) => form.test(text))) return undefined;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

export interface RetryOptions {
  policy?: RetryPolicy;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Told about each retry before it waits (for logs). */
  onRetry?: (info: { attempt: number; delayMs: number; error: TransientError }) => void;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `operation` until it succeeds, throws something that is not a TransientError, or runs out of
 * attempts; then the last TransientError is rethrown with the attempt count in its message.
 */
export async function withRetry<T>(
  operation: (attempt: number) => Promise<T>,
  options: RetryOptions = {},
): Promise<T> {
  const policy = options.policy ?? DEFAULT_RETRY;
  const wait = options.sleep ?? sleep;
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation(attempt);
    } catch (error) {
      if (!(error instanceof TransientError)) throw error;
      if (attempt >= policy.attempts) {
        throw new TransientError(`${error.message} (gave up after ${attempt} attempts)`, error.retryAfterMs, {
          cause: error,
        });
      }
      const computed = backoffDelay(attempt - 1, policy, options.random);
      const delayMs =
        error.retryAfterMs === undefined
          ? computed
          : Math.min(Math.max(error.retryAfterMs, computed), policy.maxRetryAfterMs);
      options.onRetry?.({ attempt, delayMs, error });
      await wait(delayMs);
    }
  }
}
