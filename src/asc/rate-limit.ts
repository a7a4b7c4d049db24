/** One of Apple's request quotas, as the `X-Rate-Limit` header reports it. */
export interface Quota {
  limit: number;
  remaining: number;
}

/**
 * Apple's request quotas: the hourly one on every answer, and the per-minute one that some
 * endpoints add (`user-minute-lim`/`user-minute-rem`).
 */
export interface RateLimit extends Quota {
  minute?: Quota;
}

/** Parses `user-hour-lim:3600;user-hour-rem:3545;[user-minute-lim:..;user-minute-rem:..;]` (any order, spacing). */
export function parseRateLimit(header: string | null | undefined): RateLimit | undefined {
  if (!header) return undefined;
  const values = new Map<string, number>();
  for (const part of header.split(';')) {
    const [name, value] = part.split(':').map((s) => s.trim());
    if (name && value && /^\d+$/.test(value)) values.set(name.toLowerCase(), Number(value));
  }
  const limit = values.get('user-hour-lim');
  const remaining = values.get('user-hour-rem');
  if (limit === undefined || remaining === undefined) return undefined;
  const minuteLimit = values.get('user-minute-lim');
  const minuteRemaining = values.get('user-minute-rem');
  return minuteLimit !== undefined && minuteRemaining !== undefined
    ? { limit, remaining, minute: { limit: minuteLimit, remaining: minuteRemaining } }
    : { limit, remaining };
}

/** True when the quota left is low enough that a long run may hit 429s. */
export function isRateLimitLow(rateLimit: Quota): boolean {
  return rateLimit.remaining < Math.max(50, rateLimit.limit * 0.05);
}

/**
 * Why `requests` more requests will not all fit in what is left of Apple's quotas, or undefined
 * when they fit (or nothing is known yet).
 */
export function quotaShortfall(
  rateLimit: RateLimit | undefined,
  requests: number,
): string | undefined {
  if (!rateLimit) return undefined;
  const short: string[] = [];
  if (rateLimit.remaining < requests) {
    short.push(`${rateLimit.remaining} of ${rateLimit.limit} requests left this hour`);
  }
  if (rateLimit.minute && rateLimit.minute.remaining < requests) {
    short.push(
      `${rateLimit.minute.remaining} of ${rateLimit.minute.limit} requests left this minute`,
    );
  }
  return short.length > 0 ? short.join(' and ') : undefined;
}
