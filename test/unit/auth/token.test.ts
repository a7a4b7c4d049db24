import { createPublicKey, verify } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { TokenProvider, type TokenOptions } from '../../../src/auth/token.js';
import { generateP256 } from './key-fixtures.js';

const fixture = generateP256();
const START_MS = Date.UTC(2030, 0, 1, 12, 0, 0);
const START_S = START_MS / 1000;

/** A provider on a clock the test moves by hand. */
function providerAt(options: Partial<TokenOptions> = {}) {
  const clock = { ms: START_MS };
  const minted: string[] = [];
  const provider = new TokenProvider({
    keyId: 'ABC123DEFG',
    issuerId: '57246542-96fe-1a63-e053-0824d011072a',
    privateKey: fixture.privateKey,
    now: () => clock.ms,
    onNewToken: (token) => minted.push(token),
    ...options,
  });
  return { provider, clock, minted };
}

async function verified(token: string, atMs = START_MS) {
  return jwtVerify(token, fixture.publicKey, {
    algorithms: ['ES256'],
    audience: 'appstoreconnect-v1',
    currentDate: new Date(atMs),
  });
}

describe('TokenProvider tokens', () => {
  it('for a team key: ES256 header with kid, iss, aud, iat a little in the past, exp', async () => {
    const { provider } = providerAt();
    const token = await provider.token();
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'ES256', kid: 'ABC123DEFG', typ: 'JWT' });
    expect(decodeJwt(token)).toEqual({
      iss: '57246542-96fe-1a63-e053-0824d011072a',
      aud: 'appstoreconnect-v1',
      iat: START_S - 30,
      exp: START_S - 30 + 1140,
    });
  });

  it('for an individual key: sub "user" and no iss', async () => {
    for (const issuerId of [undefined, '', '  ']) {
      const { provider } = providerAt({ issuerId });
      const claims = decodeJwt(await provider.token());
      expect(claims.sub).toBe('user');
      expect(claims).not.toHaveProperty('iss');
      expect(claims.aud).toBe('appstoreconnect-v1');
    }
  });

  it('with a scope claim when scope is given, none when it is empty', async () => {
    const scope = ['GET /v1/apps?filter[platform]=IOS', 'GET /v1/builds'];
    expect(decodeJwt(await providerAt({ scope }).provider.token()).scope).toEqual(scope);
    expect(decodeJwt(await providerAt({ scope: [] }).provider.token())).not.toHaveProperty('scope');
  });

  it('carry a signature that verifies with the public key', async () => {
    const { provider } = providerAt();
    const token = await provider.token();
    const { payload, protectedHeader } = await verified(token);
    expect(protectedHeader.kid).toBe('ABC123DEFG');
    expect(payload.iss).toBe('57246542-96fe-1a63-e053-0824d011072a');
    const otherKey = generateP256().publicKey;
    await expect(jwtVerify(token, otherKey, { currentDate: new Date(START_MS) })).rejects.toThrow();
  });

  it('sign in JOSE form: r||s as 64 raw bytes, not DER', async () => {
    const token = await providerAt().provider.token();
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const raw = Buffer.from(signature, 'base64url');
    expect(raw).toHaveLength(64);
    expect(raw[0] === 0x30 && raw[1] === raw.length - 2).toBe(false);
    const signed = Buffer.from(`${header}.${payload}`);
    const publicKey = createPublicKey(fixture.privateKey);
    expect(verify('sha256', signed, { key: publicKey, dsaEncoding: 'ieee-p1363' }, raw)).toBe(true);
  });

  it('never live more than 20 minutes, whatever lifetime is asked for', async () => {
    for (const [options, lifetime] of [
      [{}, 1140],
      [{ lifetimeSeconds: 5000 }, 1140],
      [{ lifetimeSeconds: 1200, clockSkewSeconds: 0 }, 1200],
      [{ lifetimeSeconds: 600 }, 600],
      [{ clockSkewSeconds: 120 }, 1080],
    ] as const) {
      const claims = decodeJwt(await providerAt(options).provider.token());
      expect(claims.exp! - claims.iat!).toBe(lifetime);
      expect(claims.exp! - claims.iat!).toBeLessThanOrEqual(1200);
      expect(claims.exp! - START_S).toBeLessThanOrEqual(1200);
      expect(claims.iat!).toBeLessThanOrEqual(START_S);
    }
  });

  it('stay within 20 minutes of a server clock a minute behind ours', async () => {
    const claims = decodeJwt(await providerAt().provider.token());
    const serverNow = START_S - 60;
    expect(claims.exp! - serverNow).toBeLessThanOrEqual(1200);
    expect(claims.iat!).toBeLessThanOrEqual(START_S - 30);
  });
});

describe('TokenProvider reuse and renewal', () => {
  it('reuses the token until it nears expiry, then mints a new one', async () => {
    const { provider, clock } = providerAt();
    const first = await provider.token();
    // exp is START + 1110 s; renewal starts 120 s before it, at START + 990 s.
    clock.ms = START_MS + 989_000;
    expect(await provider.token()).toBe(first);
    expect(provider.mintedCount).toBe(1);

    clock.ms = START_MS + 990_000;
    const second = await provider.token();
    expect(second).not.toBe(first);
    expect(provider.mintedCount).toBe(2);
    expect(decodeJwt(second).iat).toBe(START_S + 990 - 30);
    await verified(second, clock.ms);
  });

  it('honours renewBeforeSeconds', async () => {
    const { provider, clock } = providerAt({ renewBeforeSeconds: 600 });
    const first = await provider.token();
    clock.ms = START_MS + 509_000;
    expect(await provider.token()).toBe(first);
    clock.ms = START_MS + 510_000;
    expect(await provider.token()).not.toBe(first);
  });

  it('renew() discards a still-fresh token and mints another', async () => {
    const { provider, clock } = providerAt();
    const first = await provider.token();
    clock.ms += 1000; // a different iat, so the token differs
    const renewed = await provider.renew();
    expect(renewed).not.toBe(first);
    expect(provider.mintedCount).toBe(2);
    expect(await provider.token()).toBe(renewed);
  });

  it('renew(rejected) mints once when several requests got a 401 with the same token', async () => {
    const { provider, clock } = providerAt();
    const rejected = await provider.token();
    clock.ms += 1000;
    const afterFirst = await provider.renew(rejected);
    const afterSecond = await provider.renew(rejected);
    expect(afterSecond).toBe(afterFirst);
    expect(provider.mintedCount).toBe(2);
    clock.ms += 1000;
    expect(await provider.renew(afterFirst)).not.toBe(afterFirst);
    expect(provider.mintedCount).toBe(3);
  });

  it('concurrent token() calls share one mint', async () => {
    const { provider, minted } = providerAt();
    const tokens = await Promise.all(Array.from({ length: 10 }, () => provider.token()));
    expect(new Set(tokens).size).toBe(1);
    expect(provider.mintedCount).toBe(1);
    expect(minted).toEqual([tokens[0]]);
  });

  it('concurrent renew() and token() calls share one mint', async () => {
    const { provider, clock } = providerAt();
    const first = await provider.token();
    clock.ms += 1000;
    const [a, b, c] = await Promise.all([provider.renew(), provider.renew(), provider.token()]);
    expect(a).not.toBe(first);
    expect(b).toBe(a);
    expect(c).toBe(a);
    expect(provider.mintedCount).toBe(2);
  });

  it('calls onNewToken once per mint, with the token', async () => {
    const { provider, clock, minted } = providerAt();
    const first = await provider.token();
    await provider.token();
    clock.ms += 1000;
    const second = await provider.renew();
    clock.ms += 2_000_000;
    const third = await provider.token();
    expect(minted).toEqual([first, second, third]);
    expect(provider.mintedCount).toBe(3);
  });

  it('lets a failed mint be retried', async () => {
    let calls = 0;
    const { provider } = providerAt({
      onNewToken: () => {
        calls += 1;
        if (calls === 1) throw new Error('setSecret failed');
      },
    });
    await expect(Promise.all([provider.token(), provider.token()])).rejects.toThrow(
      'setSecret failed',
    );
    const token = await provider.token();
    await verified(token);
    expect(calls).toBe(2);
    expect(provider.mintedCount).toBe(1);
  });

  it('uses the real clock by default', async () => {
    const provider = new TokenProvider({ keyId: 'K', privateKey: fixture.privateKey });
    const token = await provider.token();
    const { payload } = await jwtVerify(token, fixture.publicKey, {
      audience: 'appstoreconnect-v1',
    });
    expect(Math.abs(payload.iat! + 30 - Date.now() / 1000)).toBeLessThan(5);
  });
});

describe('TokenProvider refuses bad options', () => {
  it('a key that is not an EC P-256 private key', () => {
    expect(() => providerAt({ privateKey: fixture.publicKey })).toThrow(
      'TokenOptions.privateKey must be an EC P-256 private KeyObject',
    );
  });

  it('an empty key id', () => {
    expect(() => providerAt({ keyId: ' ' })).toThrow('TokenOptions.keyId is empty');
  });

  it('nonsensical durations', () => {
    expect(() => providerAt({ lifetimeSeconds: 0 })).toThrow(RangeError);
    expect(() => providerAt({ lifetimeSeconds: Number.NaN })).toThrow(RangeError);
    expect(() => providerAt({ clockSkewSeconds: -1 })).toThrow(RangeError);
    expect(() => providerAt({ renewBeforeSeconds: -5 })).toThrow(RangeError);
    expect(() => providerAt({ lifetimeSeconds: 100, renewBeforeSeconds: 120 })).toThrow(
      'TokenOptions.renewBeforeSeconds (120) must be less than the 70 s a new token stays valid',
    );
  });
});
