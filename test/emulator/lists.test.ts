import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedTesters } from '../../src/emulator/index.js';
import { startHarness, type Harness, type Json } from './helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.emulator.close();
});

const ids = (body: Json): string[] => body.data.map((r: Json) => r.id);

describe('filters', () => {
  it('filters on attributes with comma-separated values meaning OR', async () => {
    const { body } = await h.json('/v1/devices?filter[platform]=MAC_OS');
    expect(body.data.map((d: Json) => d.attributes.name).sort()).toEqual([
      'Mac mini',
      'MacBook Pro',
    ]);
    const either = await h.json('/v1/devices?filter[status]=ENABLED,DISABLED');
    expect(either.body.data).toHaveLength(8);
    const disabled = await h.json('/v1/devices?filter[status]=DISABLED');
    expect(disabled.body.data.map((d: Json) => d.attributes.name)).toEqual(['Old iPhone SE']);
  });

  it('filters on relationship ids and on id', async () => {
    const { body } = await h.json(
      `/v1/betaTesters?filter[betaGroups]=${h.demo.betaGroups.external.id}`,
    );
    const expected = h.demo.testers.filter((t) => t.groupId === h.demo.betaGroups.external.id);
    expect(ids(body).sort()).toEqual(expected.map((t) => t.id).sort());
    const byApp = await h.json(`/v1/betaTesters?filter[apps]=${h.demo.app.id}&limit=200`);
    expect(byApp.body.data).toHaveLength(h.demo.testers.length);
    const two = h.demo.testers.slice(0, 2).map((t) => t.id);
    const byId = await h.json(`/v1/betaTesters?filter[id]=${two.join(',')}`);
    expect(ids(byId.body).sort()).toEqual([...two].sort());
  });

  it('filters through to-one relationships with dotted names', async () => {
    const { body } = await h.json(
      `/v1/builds?filter[app]=${h.demo.app.id}&filter[preReleaseVersion.version]=1.1&filter[preReleaseVersion.platform]=IOS`,
    );
    expect(body.data.map((b: Json) => b.attributes.version).sort()).toEqual(['3', '4']);
    const none = await h.json('/v1/builds?filter[preReleaseVersion.platform]=MAC_OS');
    expect(none.body.data).toEqual([]);
  });

  it('matches filter[email] case-insensitively and exactly', async () => {
    const { body } = await h.json('/v1/betaTesters?filter[email]=TESTER1@Example.com');
    expect(body.data.map((t: Json) => t.attributes.email)).toEqual(['tester1@example.com']);
  });

  it('returns near matches for filter[bundleId] and filter[identifier], as Apple does', async () => {
    const { body } = await h.json('/v1/apps?filter[bundleId]=com.example.demo');
    expect(body.data.map((a: Json) => a.attributes.bundleId).sort()).toEqual([
      'com.example.demo',
      'com.example.demo.widget',
    ]);
    const bundles = await h.json('/v1/bundleIds?filter[identifier]=com.example');
    expect(bundles.body.data.map((b: Json) => b.attributes.identifier)).toEqual([
      'com.example.demo',
    ]);
  });

  it('filters booleans given as true/false', async () => {
    const { body } = await h.json(`/v1/builds?filter[expired]=true`);
    expect(body.data.map((b: Json) => b.attributes.version)).toEqual(['1']);
    const internal = await h.json('/v1/betaGroups?filter[isInternalGroup]=true');
    expect(internal.body.data.map((g: Json) => g.attributes.name)).toEqual(['Internal QA']);
  });
});

describe('sort', () => {
  it('sorts ascending and descending, numerically aware', async () => {
    const down = await h.json('/v1/builds?sort=-version');
    expect(down.body.data.map((b: Json) => b.attributes.version)).toEqual(['4', '3', '2', '1']);
    const up = await h.json('/v1/betaGroups?sort=name');
    expect(up.body.data.map((g: Json) => g.attributes.name)).toEqual([
      'External Testers',
      'Internal QA',
      'Public Beta',
    ]);
  });
});

describe('include and fields', () => {
  it('includes related resources once and gives linkage data only for included relationships', async () => {
    const { body } = await h.json(
      `/v1/builds?filter[app]=${h.demo.app.id}&include=preReleaseVersion,app`,
    );
    const build = body.data[0];
    expect(build.relationships.preReleaseVersion.data).toMatchObject({
      type: 'preReleaseVersions',
    });
    expect(build.relationships.app.data).toEqual({ type: 'apps', id: h.demo.app.id });
    expect(build.relationships.buildBetaDetail.data).toBeUndefined();
    // builds.betaGroups has no GET endpoint at Apple, so it carries no links and is left out.
    expect(build.relationships.betaGroups).toBeUndefined();
    expect(build.relationships.individualTesters.links.related).toBe(
      `${h.emulator.baseUrl}/v1/builds/${build.id}/individualTesters`,
    );
    expect(build.links.self).toBe(`${h.emulator.baseUrl}/v1/builds/${build.id}`);
    const keys = body.included.map((r: Json) => `${r.type}/${r.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((k: string) => k.startsWith('apps/'))).toEqual([`apps/${h.demo.app.id}`]);
    expect(keys.filter((k: string) => k.startsWith('preReleaseVersions/'))).toHaveLength(2);
  });

  it('restricts attributes and relationships with fields[type]', async () => {
    const { body } = await h.json(
      `/v1/betaGroups/${h.demo.betaGroups.publicBeta.id}?fields[betaGroups]=name,publicLink,betaTesters`,
    );
    expect(body.data.attributes).toEqual({
      name: 'Public Beta',
      publicLink: h.demo.betaGroups.publicBeta.publicLink,
    });
    expect(Object.keys(body.data.relationships)).toEqual(['betaTesters']);
  });

  it('caps included to-many linkage with limit[rel]', async () => {
    const { body } = await h.json(
      `/v1/betaGroups/${h.demo.betaGroups.internal.id}?include=betaTesters&limit[betaTesters]=2`,
    );
    expect(body.data.relationships.betaTesters.data).toHaveLength(2);
    // Apple's paging on an included relationship is not a count (see apple-fidelity.test.ts).
    expect(body.data.relationships.betaTesters.meta.paging).toEqual({
      total: 0,
      limit: 2147483647,
    });
    expect(body.included).toHaveLength(2);
  });
});

describe('pagination', () => {
  it('pages through links.next with every parameter kept (230 testers: 200 + 30)', async () => {
    const group = h.demo.betaGroups.external.id;
    const before = h.demo.testers.filter((t) => t.groupId === group).length;
    seedTesters(h.emulator.store, h.demo.app.id, 230 - before, group);

    const first = await h.json(`/v1/betaTesters?filter[betaGroups]=${group}&limit=200&sort=email`);
    expect(first.body.data).toHaveLength(200);
    expect(first.body.meta.paging).toMatchObject({ total: 230, limit: 200 });
    const next: string = first.body.links.next;
    expect(next.startsWith(`${h.emulator.baseUrl}/v1/betaTesters?`)).toBe(true);
    const nextUrl = new URL(next);
    expect(nextUrl.searchParams.get('filter[betaGroups]')).toBe(group);
    expect(nextUrl.searchParams.get('sort')).toBe('email');
    expect(nextUrl.searchParams.get('cursor')).toBe(first.body.meta.paging.nextCursor);

    const second = await h.json(next);
    expect(second.body.data).toHaveLength(30);
    expect(second.body.links.next).toBeUndefined();
    const all = [...ids(first.body), ...ids(second.body)];
    expect(new Set(all).size).toBe(230);
    const emails = [...first.body.data, ...second.body.data].map((t: Json) => t.attributes.email);
    expect(emails).toEqual([...emails].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));

    const related = await h.json(`/v1/betaGroups/${group}/betaTesters?limit=200`);
    expect(related.body.meta.paging.total).toBe(230);
    const linkages = await h.json(`/v1/betaGroups/${group}/relationships/betaTesters?limit=200`);
    expect(linkages.body.data).toHaveLength(200);
    const rest = await h.json(linkages.body.links.next);
    expect(rest.body.data).toHaveLength(30);
    expect(rest.body.data[0]).toEqual({ type: 'betaTesters', id: expect.any(String) });
  });

  it('defaults to 50 per page and refuses a forged cursor', async () => {
    const { body } = await h.json('/v1/betaTesters');
    expect(body.meta.paging.limit).toBe(50);
    expect(body.data).toHaveLength(50);
    const bad = await h.json('/v1/betaTesters?cursor=garbage');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({
      code: 'PARAMETER_ERROR.INVALID',
      source: { parameter: 'cursor' },
    });
  });
});
