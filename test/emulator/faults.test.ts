import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FaultInjector } from '../../src/emulator/faults.js';
import { startHarness, type Harness } from './helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterEach(() => {
  h.emulator.setFaults({ retryAfterSeconds: 0 });
});
afterAll(async () => {
  await h.emulator.close();
});

describe('targeted fault rules', () => {
  it.each([
    ['500', 500],
    ['503', 503],
  ] as const)('answers %s UNEXPECTED_ERROR the given number of times', async (fault, status) => {
    h.emulator.setFaults({ rules: [{ method: 'GET', path: '/v1/apps', fault, times: 2 }] });
    h.emulator.clearRequests();
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await h.api('/v1/apps')).status);
    expect(statuses).toEqual([status, status, 200]);
    const { body } = await h.json('/v1/apps');
    expect(body.data.length).toBeGreaterThan(0);
    expect(h.emulator.requests.map((r) => r.fault)).toEqual([fault, fault, undefined, undefined]);
  });

  it('answers 429 RATE_LIMIT_EXCEEDED with Retry-After', async () => {
    h.emulator.setFaults({
      retryAfterSeconds: 7,
      rules: [{ path: /^\/v1\/builds/, fault: '429', times: 1 }],
    });
    const { status, body, response } = await h.json('/v1/builds');
    expect(status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(response.headers.get('x-rate-limit')).toMatch(/^user-hour-lim:3600;/);
    expect(body.errors[0]).toMatchObject({ status: '429', code: 'RATE_LIMIT_EXCEEDED' });
    expect((await h.api('/v1/builds')).status).toBe(200);
  });

  it('drops the connection without answering', async () => {
    h.emulator.setFaults({ rules: [{ path: '/v1/devices', fault: 'drop', times: 1 }] });
    h.emulator.clearRequests();
    await expect(h.api('/v1/devices')).rejects.toThrow();
    expect(h.emulator.requests[0]).toMatchObject({ path: '/v1/devices', status: 0, fault: 'drop' });
    expect((await h.api('/v1/devices')).status).toBe(200);
  });

  it('drop-after-write applies the write, then drops the connection', async () => {
    h.emulator.setFaults({
      rules: [{ method: 'POST', path: '/v1/devices', fault: 'drop-after-write', times: 1 }],
    });
    const body = {
      data: {
        type: 'devices',
        attributes: { name: 'Dropped', platform: 'IOS', udid: '00008020-DROPPEDWRITE0001' },
      },
    };
    await expect(h.api('/v1/devices', { method: 'POST', body })).rejects.toThrow();
    const stored = h.emulator.store.list('devices').filter((d) => d.attributes.name === 'Dropped');
    expect(stored).toHaveLength(1);
    // A client that blindly retries gets Apple's duplicate answer, not a second device.
    expect((await h.json('/v1/devices', { method: 'POST', body })).status).toBe(409);
    const { body: list } = await h.json('/v1/devices?filter[udid]=00008020-DROPPEDWRITE0001');
    expect(list.data).toHaveLength(1);
  });

  it('never applies drop-after-write to reads', async () => {
    h.emulator.setFaults({ dropResponseAfterWriteRate: 1 });
    expect((await h.api('/v1/apps')).status).toBe(200);
  });
});

describe('random faults', () => {
  it('injects faults at the configured rates, reproducibly for a seed', () => {
    const sequence = (seed: number) => {
      const injector = new FaultInjector({
        seed,
        serverErrorRate: 0.2,
        rateLimitRate: 0.1,
        dropConnectionRate: 0.05,
      });
      return Array.from({ length: 2000 }, () => injector.decide('GET', '/v1/apps') ?? 'ok');
    };
    const a = sequence(42);
    expect(sequence(42)).toEqual(a);
    expect(sequence(43)).not.toEqual(a);
    const share = (kind: string[]) => a.filter((x) => kind.includes(x)).length / a.length;
    expect(share(['drop'])).toBeGreaterThan(0.02);
    expect(share(['drop'])).toBeLessThan(0.09);
    expect(share(['500', '503'])).toBeGreaterThan(0.14);
    expect(share(['500', '503'])).toBeLessThan(0.26);
    expect(share(['429'])).toBeGreaterThan(0.05);
    expect(share(['429'])).toBeLessThan(0.13);
    expect(share(['500'])).toBeGreaterThan(0);
    expect(share(['503'])).toBeGreaterThan(0);
  });

  it('applies rates over HTTP and marks faulted requests in the log', async () => {
    h.emulator.setFaults({ seed: 7, serverErrorRate: 0.5, retryAfterSeconds: 0 });
    h.emulator.clearRequests();
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) statuses.push((await h.api('/v1/apps')).status);
    expect(statuses.filter((s) => s >= 500).length).toBeGreaterThan(3);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(3);
    for (const request of h.emulator.requests) {
      expect(request.fault !== undefined).toBe(request.status >= 500);
    }
  });

  it('adds latency before every answer', async () => {
    h.emulator.setFaults({ latencyMs: 30 });
    const started = Date.now();
    await h.api('/v1/apps');
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
  });
});
