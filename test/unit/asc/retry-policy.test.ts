import { afterEach, describe, expect, it, vi } from 'vitest';
import { AscClient } from '../../../src/asc/client.js';
import {
  defaultRetrySettings,
  isRetryable,
  parseRetryAfter,
  retryDelayMs,
} from '../../../src/asc/retry-policy.js';
import { fakeTokens, scriptedFetch } from './fake-fetch.js';

describe('retry policy', () => {
  afterEach(() => void vi.useRealTimers());

  it('retries 408, 429, 5xx and connection failures only', () => {
    for (const status of [408, 429, 500, 502, 503, 504])
      expect(isRetryable({ kind: 'status', status })).toBe(true);
    for (const status of [400, 401, 403, 404, 409, 422])
      expect(isRetryable({ kind: 'status', status })).toBe(false);
    expect(isRetryable({ kind: 'network' })).toBe(true);
    expect(isRetryable({ kind: 'timeout' })).toBe(true);
  });

  it('parses Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter('0')).toBe(0);
    expect(
      parseRetryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT')),
    ).toBe(10_000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });

  it('backs off exponentially with jitter, capped, and scaled', () => {
    const s = { ...defaultRetrySettings, baseDelayMs: 1000, maxDelayMs: 5000 };
    expect([1, 2, 3, 4, 5].map((a) => retryDelayMs(a, s, undefined, () => 1))).toEqual([
      1000, 2000, 4000, 5000, 5000,
    ]);
    expect(retryDelayMs(3, s, undefined, () => 0)).toBe(2000);
    expect(retryDelayMs(1, s, 7000)).toBe(7000);
    expect(retryDelayMs(3, { ...s, timeScale: 0 }, 9000)).toBe(0);
  });

  it('waits the backoff on real timers (fake clock) before retrying', async () => {
    vi.useFakeTimers();
    const fake = scriptedFetch([{ status: 503 }, { status: 200, body: { data: [] } }]);
    const client = new AscClient({
      baseUrl: 'https://api.example.test',
      tokens: fakeTokens(),
      fetch: fake.fetch,
      random: () => 1,
    });
    const pending = client.get('/v1/apps');
    await vi.advanceTimersByTimeAsync(999);
    expect(fake.sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await pending;
    expect(fake.sent).toHaveLength(2);
  });
});
