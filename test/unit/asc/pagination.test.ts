import { describe, expect, it } from 'vitest';
import { AscClient } from '../../../src/asc/client.js';
import { collectAll, paginate } from '../../../src/asc/pagination.js';
import { fakeTokens, scriptedFetch } from './fake-fetch.js';

const base = 'https://api.example.test';

function page(ids: string[], next?: string, included: unknown[] = []) {
  return {
    status: 200,
    body: {
      data: ids.map((id) => ({
        type: 'betaTesters',
        id,
        relationships: { betaGroups: { data: [{ type: 'betaGroups', id: 'g1' }] } },
      })),
      included,
      links: { self: 'x', ...(next ? { next } : {}) },
      meta: { paging: { total: 5, limit: 2 } },
    },
  };
}

describe('pagination', () => {
  it('follows links.next with limit=200 until there is none', async () => {
    const fake = scriptedFetch([
      page(['1', '2'], `${base}/v1/betaTesters?cursor=Mg&limit=200`),
      page(['3', '4'], `${base}/v1/betaTesters?cursor=NA&limit=200`),
      page(['5'], undefined, [{ type: 'betaGroups', id: 'g1', attributes: { name: 'QA' } }]),
    ]);
    const client = new AscClient({ baseUrl: base, tokens: fakeTokens(), fetch: fake.fetch });
    const result = await collectAll(client, '/v1/betaTesters', { filter: { apps: '1' } });
    expect(result.data.map((r) => r.id)).toEqual(['1', '2', '3', '4', '5']);
    expect(result.total).toBe(5);
    expect(result.included.many(result.data[0]!, 'betaGroups')[0]?.attributes).toEqual({
      name: 'QA',
    });
    expect(fake.sent.map((r) => r.url)).toEqual([
      `${base}/v1/betaTesters?filter[apps]=1&limit=200`,
      `${base}/v1/betaTesters?cursor=Mg&limit=200`,
      `${base}/v1/betaTesters?cursor=NA&limit=200`,
    ]);
  });

  it('stops early when asked', async () => {
    const fake = scriptedFetch([page(['1', '2'], `${base}/next`)]);
    const client = new AscClient({ baseUrl: base, tokens: fakeTokens(), fetch: fake.fetch });
    const result = await collectAll(client, '/v1/betaTesters', {}, (items) =>
      items.some((i) => i.id === '2'),
    );
    expect(result.data).toHaveLength(2);
    expect(fake.sent).toHaveLength(1);
  });

  it('refuses to loop on a next link it has read', async () => {
    const fake = scriptedFetch([
      page(['1'], `${base}/v1/a?limit=200`),
      page(['1'], `${base}/v1/a?limit=200`),
    ]);
    const client = new AscClient({ baseUrl: base, tokens: fakeTokens(), fetch: fake.fetch });
    const pages = paginate(client, '/v1/a');
    await expect(async () => {
      for await (const _ of pages) void _;
    }).rejects.toThrow(/pagination loop/);
  });
});
