import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type Json } from './helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.emulator.close();
});

const linkage = (type: string, ...ids: string[]) => ({ data: ids.map((id) => ({ type, id })) });

function createGroup(attributes: Record<string, unknown>) {
  return h.json('/v1/betaGroups', {
    method: 'POST',
    body: {
      data: {
        type: 'betaGroups',
        attributes,
        relationships: { app: { data: { type: 'apps', id: h.demo.app.id } } },
      },
    },
  });
}

describe('beta group public link limit', () => {
  it.each([0, 10_001])('refuses a limit of %d on create', async (limit) => {
    const answer = await createGroup({
      name: `Limit ${limit}`,
      publicLinkEnabled: true,
      publicLinkLimitEnabled: true,
      publicLinkLimit: limit,
    });
    expect(answer.status).toBe(409);
    expect(answer.body.errors[0].code).toBe('ENTITY_ERROR.ATTRIBUTE.INVALID');
    expect(answer.body.errors[0].source.pointer).toBe('/data/attributes/publicLinkLimit');
  });

  it('accepts 1 to 10,000, and refuses an update out of range', async () => {
    const created = await createGroup({
      name: 'Limited',
      publicLinkEnabled: true,
      publicLinkLimitEnabled: true,
      publicLinkLimit: 10_000,
    });
    expect(created.status).toBe(201);
    expect(created.body.data.attributes.publicLink).toMatch(
      /^https:\/\/testflight\.apple\.com\/join\//,
    );
    const id = created.body.data.id as string;
    const update = (publicLinkLimit: number) =>
      h.json(`/v1/betaGroups/${id}`, {
        method: 'PATCH',
        body: { data: { type: 'betaGroups', id, attributes: { publicLinkLimit } } },
      });
    expect((await update(0)).status).toBe(409);
    const ok = await update(5);
    expect(ok.status).toBe(200);
    expect(ok.body.data.attributes.publicLinkLimit).toBe(5);
  });
});

describe('testers in bulk', () => {
  it('finds testers by a comma-separated filter[email] list, ignoring case', async () => {
    const [first, second] = h.demo.testers;
    const emails = [first!.email.toUpperCase(), second!.email, 'nobody@example.com'];
    const found = await h.json(
      `/v1/betaTesters?filter[email]=${emails.map(encodeURIComponent).join(',')}&fields[betaTesters]=email`,
    );
    expect(found.status).toBe(200);
    expect(found.body.data.map((t: Json) => t.id).sort()).toEqual([first!.id, second!.id].sort());
  });

  it('creating a tester that exists adds it to the new groups instead of duplicating it', async () => {
    const tester = h.demo.testers[0]!;
    const other =
      h.demo.betaGroups.external.id === tester.groupId
        ? h.demo.betaGroups.publicBeta.id
        : h.demo.betaGroups.external.id;
    const answer = await h.json('/v1/betaTesters', {
      method: 'POST',
      body: {
        data: {
          type: 'betaTesters',
          attributes: { email: tester.email.toUpperCase() },
          relationships: { betaGroups: linkage('betaGroups', other) },
        },
      },
    });
    expect(answer.status).toBe(201);
    expect(answer.body.data.id).toBe(tester.id);
    expect(h.emulator.store.related('betaTesters', tester.id, 'betaGroups')).toContain(other);
    const sameEmail = h.emulator.store
      .list('betaTesters')
      .filter((t) => String(t.attributes.email).toLowerCase() === tester.email.toLowerCase());
    expect(sameEmail).toHaveLength(1);
  });

  it('removing testers from the app removes them from its groups', async () => {
    const tester = h.demo.testers[1]!;
    const answer = await h.api(`/v1/apps/${h.demo.app.id}/relationships/betaTesters`, {
      method: 'DELETE',
      body: linkage('betaTesters', tester.id),
    });
    expect(answer.status).toBe(204);
    expect(h.emulator.store.related('betaTesters', tester.id, 'betaGroups')).toEqual([]);
    expect(h.emulator.store.related('betaTesters', tester.id, 'apps')).not.toContain(h.demo.app.id);
    expect(h.emulator.store.related('betaGroups', tester.groupId, 'betaTesters')).not.toContain(
      tester.id,
    );
  });

  it('lists a group’s members with their email, page by page', async () => {
    const group = h.demo.betaGroups.external.id;
    const page = await h.json(
      `/v1/betaGroups/${group}/betaTesters?fields[betaTesters]=email&limit=1`,
    );
    expect(page.status).toBe(200);
    expect(page.body.data).toHaveLength(1);
    expect(Object.keys(page.body.data[0].attributes)).toEqual(['email']);
    expect(page.body.links.next).toContain('cursor=');
  });
});
