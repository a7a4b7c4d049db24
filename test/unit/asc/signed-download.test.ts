import { describe, expect, it } from 'vitest';
import { downloadSignedUrl, type SignedFetch } from '../../../src/asc/signed-download.js';
import { parseSince } from '../../../src/operations/feedback/feedback-since.js';

function fakeFetch(statuses: number[]) {
  const calls: { url: string; headers: Record<string, string> }[] = [];
  const fetch: SignedFetch = async (url, init) => {
    calls.push({ url, headers: init.headers });
    const status = statuses[calls.length - 1] ?? 200;
    return {
      status,
      headers: { get: () => null },
      arrayBuffer: async () => new TextEncoder().encode(`answer ${status}`).buffer,
    };
  };
  return { fetch, calls };
}

describe('downloadSignedUrl', () => {
  it('sends no token and retries a failed answer', async () => {
    const { fetch, calls } = fakeFetch([503, 200]);
    const body = await downloadSignedUrl('https://cdn.example.com/a.png?sig=SECRET', {
      fetch,
      sleep: async () => undefined,
    });
    expect(body.toString()).toBe('answer 200');
    expect(calls).toHaveLength(2);
    expect(calls.every((call) => !('Authorization' in call.headers))).toBe(true);
  });

  it('does not retry a 403, and keeps the signature out of the error', async () => {
    const { fetch, calls } = fakeFetch([403]);
    const error = await downloadSignedUrl('https://cdn.example.com/a.png?sig=SECRET', {
      fetch,
      sleep: async () => undefined,
    }).catch((e: unknown) => e as Error);
    expect(calls).toHaveLength(1);
    expect(String(error)).toContain('403');
    expect(String(error)).not.toContain('SECRET');
  });

  it('refuses plain http to another machine', async () => {
    const { fetch, calls } = fakeFetch([200]);
    await expect(downloadSignedUrl('http://cdn.example.com/a.png', { fetch })).rejects.toThrow(
      /unencrypted/,
    );
    expect(calls).toHaveLength(0);
    await expect(
      downloadSignedUrl('http://emulator.local/a.png', { fetch, plainHttpHost: 'emulator.local' }),
    ).resolves.toBeInstanceOf(Buffer);
  });
});

describe('parseSince', () => {
  const now = Date.parse('2026-06-10T12:00:00Z');
  it('reads durations and dates', () => {
    expect(parseSince('24h', now)).toBe(now - 24 * 3600_000);
    expect(parseSince('7d', now)).toBe(now - 7 * 86_400_000);
    expect(parseSince('30m', now)).toBe(now - 30 * 60_000);
    expect(parseSince('2w', now)).toBe(now - 14 * 86_400_000);
    expect(parseSince('2026-06-01', now)).toBe(Date.parse('2026-06-01T00:00:00Z'));
    expect(parseSince('2026-06-01T08:00:00Z', now)).toBe(Date.parse('2026-06-01T08:00:00Z'));
  });
  it('refuses anything else by name', () => {
    expect(() => parseSince('yesterday', now)).toThrow(/since/);
    expect(() => parseSince('2026-13-45', now)).toThrow(/since/);
    expect(() => parseSince('2026-07-01', now)).toThrow(/future/);
  });
});
