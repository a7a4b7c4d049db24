/** The one retry policy of the client: which failures are retried, and how long to wait. */

export interface RetrySettings {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** First backoff delay; doubled each attempt, with jitter. */
  baseDelayMs: number;
  /** Cap on one backoff delay. */
  maxDelayMs: number;
  /** A `Retry-After` longer than this is not waited for: the request fails instead of hanging. */
  maxRetryAfterMs: number;
  /** Multiplies every wait; 0 in tests and against the local emulator. */
  timeScale: number;
}

export const defaultRetrySettings: RetrySettings = {
  maxAttempts: 5,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 120_000,
  timeScale: 1,
};

/** What became of one attempt, as far as retrying is concerned. */
export type AttemptOutcome =
  | { kind: 'status'; status: number; retryAfter?: string | null }
  | { kind: 'network' }
  | { kind: 'timeout' };

/**
 * Whether the failure is of a kind worth another attempt: 408, 429, 5xx, timeouts and every
 * connection error. Whether a write may be repeated is the client's decision, not this one's:
 * 5xx, timeouts and lost connections may have applied it, so the client re-reads a create first.
 */
export function isRetryable(outcome: AttemptOutcome): boolean {
  if (outcome.kind !== 'status') return true;
  return outcome.status === 408 || outcome.status === 429 || outcome.status >= 500;
}

/** Parses `Retry-After` as seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(
  value: string | null | undefined,
  now = Date.now(),
): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1_000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * How long to wait before attempt `attempt + 1` (attempt counts from 1). A server's `Retry-After`
 * wins; otherwise exponential backoff, capped, with jitter (between half and all of it) so that
 * parallel requests do not retry in lockstep.
 */
export function retryDelayMs(
  attempt: number,
  settings: RetrySettings,
  retryAfterMs?: number,
  random: () => number = Math.random,
): number {
  if (retryAfterMs !== undefined) return retryAfterMs * settings.timeScale;
  const ceiling = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling * (0.5 + random() / 2) * settings.timeScale);
}

/** One attempt of a request: its value, or what went wrong (for the policy) and the error to throw. */
export type Attempt<T> =
  { ok: true; value: T } | { ok: false; outcome: AttemptOutcome; error: Error };

export interface RetryLoopOptions {
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Told before each wait, with the error's message and the delay. */
  onRetry?: (message: string) => void;
}

/**
 * Runs `attempt` until it succeeds, the failure is not one to retry, or the attempts run out:
 * the one loop of the requests that go without the API client (upload parts, signed downloads).
 */
export async function withRetries<T>(
  settings: RetrySettings,
  attempt: (number: number) => Promise<Attempt<T>>,
  options: RetryLoopOptions = {},
): Promise<T> {
  const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  for (let number = 1; ; number++) {
    const result = await attempt(number);
    if (result.ok) return result.value;
    const { outcome, error } = result;
    if (!isRetryable(outcome) || number >= settings.maxAttempts) throw error;
    const retryAfterMs =
      outcome.kind === 'status' ? parseRetryAfter(outcome.retryAfter) : undefined;
    const delay = retryDelayMs(number, settings, retryAfterMs, options.random);
    options.onRetry?.(`${error.message}; retrying in ${delay} ms`);
    await sleep(delay);
  }
}
