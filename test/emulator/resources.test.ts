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

async function createTester(email: string, groupId: string) {
  return h.json('/v1/betaTesters', {
    method: 'POST',
    body: {
      data: {
        type: 'betaTesters',
        attributes: { email, firstName: 'New', lastName: 'Tester' },
        relationships: { betaGroups: linkage('betaGroups', groupId) },
      },
    },
  });
}

describe('related and relationship endpoints', () => {
  it('adds testers to a group and removes them, both sides staying in sync', async () => {
    const group = h.demo.betaGroups.publicBeta.id;
    const tester = h.demo.testers.find((t) => t.groupId === h.demo.betaGroups.internal.id)!;
    const add = await h.api(`/v1/betaGroups/${group}/relationships/betaTesters`, {
      method: 'POST',
      body: linkage('betaTesters', tester.id),
    });
    expect(add.status).toBe(204);
    expect(await add.text()).toBe('');

    const groups = await h.json(`/v1/betaTesters/${tester.id}/relationships/betaGroups`);
    expect(groups.body.data.map((g: Json) => g.id).sort()).toEqual(
      [group, h.demo.betaGroups.internal.id].sort(),
    );
    const members = await h.json(`/v1/betaGroups/${group}/betaTesters`);
    expect(members.body.data.map((t: Json) => t.id)).toContain(tester.id);
    expect(members.body.data[0].type).toBe('betaTesters');

    // Adding an existing link again is a no-op.
    const again = await h.api(`/v1/betaGroups/${group}/relationships/betaTesters`, {
      method: 'POST',
      body: linkage('betaTesters', tester.id),
    });
    expect(again.status).toBe(204);
    expect(
      h.emulator.store.related('betaGroups', group, 'betaTesters').filter((id) => id === tester.id),
    ).toHaveLength(1);

    const remove = await h.api(`/v1/betaTesters/${tester.id}/relationships/betaGroups`, {
      method: 'DELETE',
      body: linkage('betaGroups', group),
    });
    expect(remove.status).toBe(204);
    const after = await h.json(`/v1/betaGroups/${group}/relationships/betaTesters`);
    expect(after.body.data.map((t: Json) => t.id)).not.toContain(tester.id);
  });

  it('answers to-one related endpoints with a single document', async () => {
    const build = h.demo.builds[2]!;
    const { body } = await h.json(`/v1/builds/${build.id}/preReleaseVersion`);
    expect(body.data).toMatchObject({
      type: 'preReleaseVersions',
      attributes: { version: '1.1', platform: 'IOS' },
    });
    const link = await h.json(`/v1/builds/${build.id}/relationships/app`);
    expect(link.body.data).toEqual({ type: 'apps', id: h.demo.app.id });
    const app = await h.json(`/v1/builds/${build.id}/app?fields[apps]=bundleId`);
    expect(app.body.data.attributes).toEqual({ bundleId: 'com.example.demo' });
  });

  it('refuses unknown ids in a linkage body and unknown parents', async () => {
    const bad = await h.json(
      `/v1/betaGroups/${h.demo.betaGroups.external.id}/relationships/betaTesters`,
      {
        method: 'POST',
        body: linkage('betaTesters', 'no-such-tester'),
      },
    );
    expect(bad.status).toBe(409);
    expect(bad.body.errors[0]).toMatchObject({
      code: 'ENTITY_ERROR.RELATIONSHIP.INVALID',
      source: { pointer: '/data/0/id' },
    });
    const missing = await h.json('/v1/betaGroups/nope/relationships/betaTesters', {
      method: 'POST',
      body: linkage('betaTesters', h.demo.testers[0]!.id),
    });
    expect(missing.status).toBe(404);
    expect(missing.body.errors[0].code).toBe('NOT_FOUND');
    expect((await h.json('/v1/builds/nope')).status).toBe(404);
  });

  it('adds builds to a group from either side, refusing processing builds', async () => {
    const group = h.demo.betaGroups.publicBeta.id;
    const valid = h.demo.builds.find((b) => b.version === '2')!;
    const processing = h.demo.builds.find((b) => b.processingState === 'PROCESSING')!;
    const add = await h.api(`/v1/builds/${valid.id}/relationships/betaGroups`, {
      method: 'POST',
      body: linkage('betaGroups', group),
    });
    expect(add.status).toBe(204);
    expect(h.emulator.store.related('betaGroups', group, 'builds')).toContain(valid.id);
    const refused = await h.json(`/v1/betaGroups/${group}/relationships/builds`, {
      method: 'POST',
      body: linkage('builds', processing.id),
    });
    expect(refused.status).toBe(409);
  });

  it('removes a tester from an app and thereby from its groups', async () => {
    const tester = h.demo.testers.find((t) => t.groupId === h.demo.betaGroups.external.id)!;
    const response = await h.api(`/v1/apps/${h.demo.app.id}/relationships/betaTesters`, {
      method: 'DELETE',
      body: linkage('betaTesters', tester.id),
    });
    expect(response.status).toBe(204);
    expect(h.emulator.store.related('betaTesters', tester.id, 'apps')).not.toContain(h.demo.app.id);
    expect(h.emulator.store.related('betaGroups', tester.groupId, 'betaTesters')).not.toContain(
      tester.id,
    );
  });
});

describe('create, update, delete', () => {
  it('creates a beta group with defaults and a public link, and refuses its name twice', async () => {
    const body = {
      data: {
        type: 'betaGroups',
        attributes: { name: 'Friends', publicLinkEnabled: true },
        relationships: { app: { data: { type: 'apps', id: h.demo.app.id } } },
      },
    };
    const created = await h.json('/v1/betaGroups', { method: 'POST', body });
    expect(created.status).toBe(201);
    expect(created.body.data.attributes).toMatchObject({
      name: 'Friends',
      isInternalGroup: false,
      publicLinkEnabled: true,
      feedbackEnabled: true,
    });
    expect(created.body.data.attributes.publicLink).toMatch(
      /^https:\/\/testflight\.apple\.com\/join\/[\w-]{8}$/,
    );
    expect(created.body.links.self).toBe(
      `${h.emulator.baseUrl}/v1/betaGroups/${created.body.data.id}`,
    );
    expect(h.emulator.store.related('apps', h.demo.app.id, 'betaGroups')).toContain(
      created.body.data.id,
    );

    const twice = await h.json('/v1/betaGroups', { method: 'POST', body });
    expect(twice.status).toBe(409);
    expect(twice.body.errors[0]).toMatchObject({
      code: 'ENTITY_ERROR.ATTRIBUTE.INVALID',
      source: { pointer: '/data/attributes/name' },
    });
    // Same name in another app is fine.
    body.data.relationships.app.data.id = h.demo.widgetApp.id;
    expect((await h.json('/v1/betaGroups', { method: 'POST', body })).status).toBe(201);
  });

  it('creates a tester in a group, reuses it for another group, refuses it twice in one group', async () => {
    const created = await createTester('New.Person@example.com', h.demo.betaGroups.external.id);
    expect(created.status).toBe(201);
    expect(created.body.data.attributes).toMatchObject({
      email: 'New.Person@example.com',
      inviteType: 'EMAIL',
    });
    const id = created.body.data.id;
    expect(h.emulator.store.related('betaTesters', id, 'apps')).toEqual([h.demo.app.id]);

    const twice = await createTester('new.person@EXAMPLE.com', h.demo.betaGroups.external.id);
    expect(twice.status).toBe(409);
    expect(twice.body.errors[0].code).toBe('ENTITY_ERROR.ATTRIBUTE.INVALID');

    const other = await createTester('new.person@example.com', h.demo.betaGroups.publicBeta.id);
    expect(other.status).toBe(201);
    expect(other.body.data.id).toBe(id);
    expect(h.emulator.store.related('betaTesters', id, 'betaGroups')).toHaveLength(2);
  });

  it('registers a device once per UDID', async () => {
    const body = {
      data: {
        type: 'devices',
        attributes: {
          name: 'Test iPad',
          platform: 'IOS',
          udid: 'abcdef0123456789abcdef0123456789abcdef01',
        },
      },
    };
    const created = await h.json('/v1/devices', { method: 'POST', body });
    expect(created.status).toBe(201);
    expect(created.body.data.id).toMatch(/^[A-Z0-9]{10}$/);
    expect(created.body.data.attributes).toMatchObject({ status: 'ENABLED', deviceClass: 'IPAD' });
    const twice = await h.json('/v1/devices', { method: 'POST', body });
    expect(twice.status).toBe(409);
    expect(twice.body.errors[0].detail).toContain('already exists');

    const disabled = await h.json(`/v1/devices/${created.body.data.id}`, {
      method: 'PATCH',
      body: {
        data: { type: 'devices', id: created.body.data.id, attributes: { status: 'DISABLED' } },
      },
    });
    expect(disabled.status).toBe(200);
    expect(disabled.body.data.attributes.status).toBe('DISABLED');
  });

  it('refuses a second bundle id identifier and a second profile name', async () => {
    const bundle = await h.json('/v1/bundleIds', {
      method: 'POST',
      body: {
        data: {
          type: 'bundleIds',
          attributes: { identifier: 'com.example.demo', name: 'Again', platform: 'IOS' },
        },
      },
    });
    expect(bundle.status).toBe(409);
    const profileBody = {
      data: {
        type: 'profiles',
        attributes: { name: 'Demo App Development', profileType: 'IOS_APP_DEVELOPMENT' },
        relationships: {
          bundleId: { data: { type: 'bundleIds', id: h.demo.bundleId.id } },
          certificates: linkage('certificates', h.demo.certificate.id),
          devices: linkage(
            'devices',
            h.demo.devices.find((d) => d.platform === 'IOS' && d.status === 'ENABLED')!.id,
          ),
        },
      },
    };
    expect((await h.json('/v1/profiles', { method: 'POST', body: profileBody })).status).toBe(409);
    profileBody.data.attributes.name = 'Fresh Profile';
    const created = await h.json('/v1/profiles', { method: 'POST', body: profileBody });
    expect(created.status).toBe(201);
    expect(created.body.data.attributes).toMatchObject({ profileState: 'ACTIVE', platform: 'IOS' });
    expect(Buffer.from(created.body.data.attributes.profileContent, 'base64').toString()).toContain(
      created.body.data.attributes.uuid,
    );
    expect(h.emulator.store.related('bundleIds', h.demo.bundleId.id, 'profiles')).toContain(
      created.body.data.id,
    );
    expect((await h.api(`/v1/profiles/${created.body.data.id}`, { method: 'DELETE' })).status).toBe(
      204,
    );
    expect(h.emulator.store.related('bundleIds', h.demo.bundleId.id, 'profiles')).not.toContain(
      created.body.data.id,
    );
  });

  it('updates a group and refuses a body whose id does not match the path', async () => {
    const group = h.demo.betaGroups.external.id;
    const updated = await h.json(`/v1/betaGroups/${group}`, {
      method: 'PATCH',
      body: { data: { type: 'betaGroups', id: group, attributes: { publicLinkEnabled: true } } },
    });
    expect(updated.status).toBe(200);
    expect(updated.body.data.attributes.publicLink).toMatch(
      /^https:\/\/testflight\.apple\.com\/join\//,
    );
    const mismatch = await h.json(`/v1/betaGroups/${group}`, {
      method: 'PATCH',
      body: { data: { type: 'betaGroups', id: 'other', attributes: { name: 'x' } } },
    });
    expect(mismatch.status).toBe(409);
  });

  it('deletes a tester and removes it from every group', async () => {
    const tester = h.demo.testers.find((t) => t.groupId === h.demo.betaGroups.internal.id)!;
    expect((await h.api(`/v1/betaTesters/${tester.id}`, { method: 'DELETE' })).status).toBe(204);
    expect(h.emulator.store.get('betaTesters', tester.id)).toBeUndefined();
    expect(h.emulator.store.related('betaGroups', tester.groupId, 'betaTesters')).not.toContain(
      tester.id,
    );
    expect((await h.api(`/v1/betaTesters/${tester.id}`, { method: 'DELETE' })).status).toBe(404);
  });

  it('submits a build for beta review once', async () => {
    const build = h.demo.builds.find((b) => b.version === '3')!;
    const body = {
      data: {
        type: 'betaAppReviewSubmissions',
        relationships: { build: { data: { type: 'builds', id: build.id } } },
      },
    };
    const created = await h.json('/v1/betaAppReviewSubmissions', { method: 'POST', body });
    expect(created.status).toBe(201);
    expect(created.body.data.attributes.betaReviewState).toBe('WAITING_FOR_REVIEW');
    const detail = await h.json(`/v1/builds/${build.id}/buildBetaDetail`);
    expect(detail.body.data.attributes.externalBuildState).toBe('WAITING_FOR_BETA_REVIEW');
    expect((await h.json('/v1/betaAppReviewSubmissions', { method: 'POST', body })).status).toBe(
      409,
    );
  });
});
