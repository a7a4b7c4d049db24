import { describe, expect, it } from 'vitest';
import { ConcurrencyLimiter, forEachConcurrently } from '../../../src/asc/concurrency.js';
import { AscApiError } from '../../../src/asc/errors.js';
import { toQueryString } from '../../../src/asc/query.js';
import { isRateLimitLow, parseRateLimit, quotaShortfall } from '../../../src/asc/rate-limit.js';

describe('AscApiError', () => {
  it('reads like Apple’s error, with the source', () => {
    const error = new AscApiError({
      method: 'POST',
      path: '/v1/betaTesters',
      status: 409,
      errors: [
        {
          code: 'ENTITY_ERROR.ATTRIBUTE.INVALID',
          title: 'invalid',
          detail: 'email is invalid',
          source: { pointer: '/data/attributes/email' },
        },
      ],
    });
    expect(error.message).toBe(
      'POST /v1/betaTesters failed: 409 ENTITY_ERROR.ATTRIBUTE.INVALID: email is invalid (source: /data/attributes/email)',
    );
    expect(error).toMatchObject({
      status: 409,
      code: 'ENTITY_ERROR.ATTRIBUTE.INVALID',
      source: '/data/attributes/email',
    });
    expect(error.is(409, 'ENTITY_ERROR')).toBe(true);
    expect(error.is(409, 'PARAMETER_ERROR')).toBe(false);
  });

  it('names every error item and never prints [object Object]', () => {
    const error = new AscApiError({
      method: 'GET',
      path: '/v1/apps',
      status: 400,
      errors: [
        {
          code: 'PARAMETER_ERROR.INVALID',
          detail: "'x' is not valid",
          source: { parameter: 'filter[x]' },
        },
        { code: 'PARAMETER_ERROR.INVALID', title: 'only a title' },
      ],
    });
    expect(error.message).toBe(
      "GET /v1/apps failed: 400 PARAMETER_ERROR.INVALID: 'x' is not valid (source: filter[x]); PARAMETER_ERROR.INVALID: only a title",
    );
    expect(new AscApiError({ method: 'GET', path: '/v1/apps', status: 502 }).message).toBe(
      'GET /v1/apps failed: 502 unexpected response',
    );
    expect(new AscApiError({ method: 'GET', path: '/v1/apps', reason: 'timed out' }).message).toBe(
      'GET /v1/apps failed: timed out',
    );
  });
});

describe('query strings', () => {
  it('builds filter, fields, include, sort, limit with literal brackets and commas', () => {
    expect(
      toQueryString({
        filter: { email: ['a@x.com', 'b+c@x.com'], apps: '1', empty: [] },
        fields: { betaTesters: ['email', 'firstName'] },
        include: ['betaGroups'],
        sort: ['-email'],
        limit: 200,
        limits: { betaGroups: 50 },
      }),
    ).toBe(
      '?filter[email]=a%40x.com,b%2Bc%40x.com&filter[apps]=1&fields[betaTesters]=email,firstName&include=betaGroups&sort=-email&limit=200&limit[betaGroups]=50',
    );
    expect(toQueryString({})).toBe('');
  });
});

describe('X-Rate-Limit', () => {
  it('parses Apple’s header in any order', () => {
    expect(parseRateLimit('user-hour-lim:3600;user-hour-rem:3545;')).toEqual({
      limit: 3600,
      remaining: 3545,
    });
    expect(parseRateLimit(' user-hour-rem:0 ; user-hour-lim:3600')).toEqual({
      limit: 3600,
      remaining: 0,
    });
    expect(
      parseRateLimit('user-hour-lim:3600;user-hour-rem:3545;user-minute-lim:60;user-minute-rem:7;'),
    ).toEqual({ limit: 3600, remaining: 3545, minute: { limit: 60, remaining: 7 } });
    expect(parseRateLimit('garbage')).toBeUndefined();
    expect(parseRateLimit(null)).toBeUndefined();
  });
  it('says when a number of requests does not fit in the hour or the minute', () => {
    const rateLimit = { limit: 3600, remaining: 3000, minute: { limit: 60, remaining: 5 } };
    expect(quotaShortfall(rateLimit, 5)).toBeUndefined();
    expect(quotaShortfall(rateLimit, 6)).toBe('5 of 60 requests left this minute');
    expect(quotaShortfall({ limit: 3600, remaining: 2 }, 3)).toBe(
      '2 of 3600 requests left this hour',
    );
    expect(quotaShortfall(undefined, 1000)).toBeUndefined();
  });
  it('calls a quota low under 5% (at least 50 left)', () => {
    expect(isRateLimitLow({ limit: 3600, remaining: 179 })).toBe(true);
    expect(isRateLimitLow({ limit: 3600, remaining: 181 })).toBe(false);
    expect(isRateLimitLow({ limit: 100, remaining: 49 })).toBe(true);
  });
});

describe('concurrency', () => {
  it('forEachConcurrently stops starting work after a failure and reports it', async () => {
    const started: number[] = [];
    await expect(
      forEachConcurrently([0, 1, 2, 3, 4, 5, 6, 7], 2, async (item) => {
        started.push(item);
        await new Promise((r) => setTimeout(r, 1));
        if (item === 1) throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(started.length).toBeLessThan(8);
  });
  it('rejects a bad limit', () => {
    expect(() => new ConcurrencyLimiter(0)).toThrow(RangeError);
  });
});
