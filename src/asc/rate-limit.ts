/** Apple's hourly request quota, as reported by the `X-Rate-Limit` header of every response. */
export interface RateLimit {
  limit: number;
  remaining: number;
}

/** Parses `user-hour-lim:3600;user-hour-rem:3545;` (order and spacing may vary). */
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
  return { limit, remaining };
}

/** True when the quota left is low enough that a long run may hit 429s. */
export function isRateLimitLow(rateLimit: RateLimit): boolean {
  return rateLimit.remaining < Math.max(50, rateLimit.limit * 0.05);
}
