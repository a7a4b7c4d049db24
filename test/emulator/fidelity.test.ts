import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.emulator.close());

describe('links', () => {
  it('are full URLs on the emulator: self, next, and the next page answers', async () => {
    const first = await h.json('/v1/betaTesters?limit=5');
    expect(first.status).toBe(200);
    expect(first.body.links.self).toBe(`${h.emulator.baseUrl}/v1/betaTesters?limit=5`);
    const next = new URL(first.body.links.next);
    expect(`${next.protocol}//${next.host}`).toBe(h.emulator.baseUrl);
    expect(next.pathname).toBe('/v1/betaTesters');
    expect(next.searchParams.get('limit')).toBe('5');
    const second = await h.json(first.body.links.next);
    expect(second.status).toBe(200);
    expect(second.body.data).toHaveLength(5);
  });
});

describe('endpoints of Apple document that the emulator does not model', () => {
  it.each([
    ['an instance', '/v1/customerReviews/abc'],
    ['a related collection of a modelled resource', `/v1/apps/1234567890/customerReviews`],
    ['a relationship linkage', '/v1/apps/1234567890/relationships/customerReviews'],
    ['a path of another shape', '/v1/apps/1234567890/perfPowerMetrics'],
  ])('answer 404 saying so for %s, never an empty list', async (_name, path) => {
    const { status, body } = await h.json(path);
    expect(status).toBe(404);
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]).toMatchObject({ status: '404', code: 'NOT_FOUND' });
    expect(body.errors[0].detail).toContain('The App Store Connect emulator does not model');
    const recorded = h.emulator.requests.at(-1);
    expect(recorded?.error).toContain('does not model');
  });

  it('also for writes', async () => {
    const { status, body } = await h.json('/v1/customerReviewResponses', {
      method: 'POST',
      body: {
        data: {
          type: 'customerReviewResponses',
          attributes: { responseBody: 'Thanks!' },
          relationships: { review: { data: { type: 'customerReviews', id: 'abc' } } },
        },
      },
    });
    expect(status).toBe(404);
    expect(body.errors[0].detail).toContain('does not model POST /v1/customerReviewResponses');
  });

  it('while modelled ones answer as before, an empty list included', async () => {
    expect((await h.json('/v1/apps/1234567890/betaGroups')).status).toBe(200);
    expect((await h.json('/v1/preReleaseVersions')).status).toBe(200);
    const empty = await h.json('/v1/apps/1234567891/betaGroups');
    expect(empty).toMatchObject({ status: 200, body: { data: [] } });
    // A path Apple's document does not have stays Apple's own 404.
    const unknown = await h.json('/v1/nothingHere');
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors[0].detail).toContain('does not match a defined resource type');
  });
});
