import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/emulator/index.js';
import { startHarness, signToken, type Harness, type Json } from './helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.emulator.close();
});

async function statusWith(
  token: string,
  path = '/v1/apps',
): Promise<{ status: number; body: Json }> {
  const response = await h.api(path, { token });
  return { status: response.status, body: await response.json() };
}

const now = () => Math.floor(Date.now() / 1000);

describe('token checks', () => {
  it('accepts a team key token and records its kid', async () => {
    h.emulator.clearRequests();
    const { status } = await statusWith(await signToken(h.key));
    expect(status).toBe(200);
    expect(h.emulator.requests[0]?.keyId).toBe(h.key.keyId);
    expect(h.emulator.requests[0]?.status).toBe(200);
  });

  it("accepts a token as Apple's own example signs it: iss, exp, aud; no iat, no typ", async () => {
    const token = await signToken(h.key, { iat: null, typ: null, exp: now() + 1200 });
    expect((await statusWith(token)).status).toBe(200);
  });

  it('still checks exp without iat', async () => {
    const late = await signToken(h.key, { iat: null, typ: null, exp: now() + 3600 });
    expect((await statusWith(late)).status).toBe(401);
    const expired = await signToken(h.key, { iat: null, exp: now() - 300 });
    expect((await statusWith(expired)).status).toBe(401);
  });

  it('accepts an individual key token (sub "user", no iss)', async () => {
    const individual = createApiKey({ issuerId: null });
    expect(individual.issuerId).toBeUndefined();
    h.emulator.registerKey({
      keyId: individual.keyId,
      publicKey: individual.publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    });
    expect((await statusWith(await signToken(individual))).status).toBe(200);
    // An individual key must not carry an issuer.
    expect((await statusWith(await signToken(individual, { iss: 'some-issuer' }))).status).toBe(
      401,
    );
    expect((await statusWith(await signToken(individual, { sub: 'someone' }))).status).toBe(401);
  });

  it.each([
    [
      'a bad signature',
      async () => signToken(createApiKey({ keyId: h.key.keyId, issuerId: h.key.issuerId })),
    ],
    ['an unknown kid', async () => signToken(h.key, { kid: 'NOTAKEY123' })],
    ['an expired token', async () => signToken(h.key, { iat: now() - 1500, exp: now() - 300 })],
    [
      'exp more than 20 minutes ahead',
      async () => signToken(h.key, { iat: now(), exp: now() + 3600 }),
    ],
    [
      'a lifetime over 20 minutes',
      async () => signToken(h.key, { iat: now() - 600, exp: now() + 1000 }),
    ],
    ['a wrong aud', async () => signToken(h.key, { aud: 'appstoreconnect-v2' })],
    ['a missing iss on a team key', async () => signToken(h.key, { iss: null })],
    ['a wrong iss', async () => signToken(h.key, { iss: 'another-issuer' })],
    ['typ other than JWT', async () => signToken(h.key, { typ: 'JOSE' })],
  ])('refuses %s with 401 NOT_AUTHORIZED', async (_name, makeToken) => {
    const { status, body } = await statusWith(await makeToken());
    expect(status).toBe(401);
    expect(body.errors[0]).toMatchObject({ status: '401', code: 'NOT_AUTHORIZED' });
  });

  it('refuses a missing or malformed Authorization header', async () => {
    const bare = await fetch(`${h.emulator.baseUrl}/v1/apps`);
    expect(bare.status).toBe(401);
    expect((await statusWith('not-a-jwt')).status).toBe(401);
  });

  it('restricts a scoped token to its method, path and query', async () => {
    const token = await signToken(h.key, {
      scope: ['GET /v1/apps?filter[platform]=IOS', 'GET /v1/builds'],
    });
    expect((await statusWith(token, '/v1/builds')).status).toBe(200);
    expect((await statusWith(token, '/v1/betaGroups')).status).toBe(401);
    expect((await statusWith(token, '/v1/apps')).status).toBe(401);
    expect((await h.api('/v1/builds', { token, method: 'POST', body: {} })).status).toBe(401);
  });
});

describe('rate limit', () => {
  it('sends X-Rate-Limit on every answer, errors included, counting down per key', async () => {
    const key = createApiKey();
    h.emulator.registerKey(key);
    const first = await h.api('/v1/apps', { token: await signToken(key) });
    expect(first.headers.get('x-rate-limit')).toBe('user-hour-lim:3600;user-hour-rem:3599;');
    const error = await h.api('/v1/apps?filter[nope]=1', { token: await signToken(key) });
    expect(error.status).toBe(400);
    expect(error.headers.get('x-rate-limit')).toBe('user-hour-lim:3600;user-hour-rem:3598;');
    const unauthorized = await h.api('/v1/apps', { token: await signToken(key, { aud: 'x' }) });
    expect(unauthorized.headers.get('x-rate-limit')).toMatch(
      /^user-hour-lim:3600;user-hour-rem:\d+;$/,
    );
  });

  it('answers 429 RATE_LIMIT_EXCEEDED past the hourly quota', async () => {
    const small = await startHarness({ rateLimitPerHour: 3 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await small.api('/v1/apps')).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const { body, response } = await small.json('/v1/apps');
      expect(body.errors[0].code).toBe('RATE_LIMIT_EXCEEDED');
      expect(response.headers.get('x-rate-limit')).toBe('user-hour-lim:3;user-hour-rem:0;');
    } finally {
      await small.emulator.close();
    }
  });
});
