import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pacificDate } from '../../src/emulator/dates.js';
import { seedDevices } from '../../src/emulator/index.js';
import { startHarness, type Harness } from './helpers.js';

// The emulator answers as Apple's live service does where its OpenAPI document is silent
// (../shared/APPLE-BEHAVIOUR.md): these are the shapes a client meets on a real account.

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.emulator.close();
});

describe('unset attributes', () => {
  it('are sent as explicit nulls, for every attribute of the schema', async () => {
    const group = await h.json(`/v1/betaGroups/${h.demo.betaGroups.internal.id}`);
    expect(group.body.data.attributes).toHaveProperty('publicLink', null);
    expect(group.body.data.attributes).toHaveProperty('publicLinkId', null);

    const created = await h.json('/v1/betaTesters', {
      method: 'POST',
      body: {
        data: {
          type: 'betaTesters',
          attributes: { email: 'nameless@example.com' },
          relationships: {
            betaGroups: { data: [{ type: 'betaGroups', id: h.demo.betaGroups.external.id }] },
          },
        },
      },
    });
    expect(created.status).toBe(201);
    expect(created.body.data.attributes).toMatchObject({ firstName: null, lastName: null });

    const macMini = h.demo.devices.find((d) => d.name === 'Mac mini')!;
    const device = await h.json(`/v1/devices/${macMini.id}`);
    expect(device.body.data.attributes).toHaveProperty('model', null);
    expect(device.body.data.attributes).toHaveProperty('serialNumber', null);

    const certificate = await h.json(`/v1/certificates/${h.demo.certificate.id}`);
    expect(certificate.body.data.attributes).toHaveProperty('csrContent', null);
  });

  it('are left out when fields[...] does not ask for them', async () => {
    const group = await h.json(
      `/v1/betaGroups/${h.demo.betaGroups.internal.id}?fields[betaGroups]=name`,
    );
    expect(Object.keys(group.body.data.attributes)).toEqual(['name']);
  });
});

describe('dates', () => {
  it('carry Pacific offsets for builds and testers, .000+0000 for provisioning, Z for groups', async () => {
    const build = await h.json(`/v1/builds/${h.demo.builds[0]!.id}`);
    expect(build.body.data.attributes.uploadedDate).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d-0[78]:00$/,
    );
    const device = await h.json(`/v1/devices/${h.demo.devices[0]!.id}`);
    expect(device.body.data.attributes.addedDate).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/,
    );
    const profile = await h.json(`/v1/profiles/${h.demo.profiles.development.id}`);
    expect(profile.body.data.attributes.expirationDate).toMatch(/\.\d{3}\+0000$/);
    const groups = await h.json(`/v1/apps/${h.demo.app.id}/betaGroups`);
    expect(groups.body.data[0].attributes.createdDate).toMatch(/Z$/);
  });

  it('write the Pacific offset of the instant: -07:00 in summer, -08:00 in winter', () => {
    expect(pacificDate(Date.parse('2019-05-01T00:16:21Z'))).toBe('2019-04-30T17:16:21-07:00');
    expect(pacificDate(Date.parse('2019-12-01T01:16:21Z'))).toBe('2019-11-30T17:16:21-08:00');
    // The night the clocks go back: 01:30 happens twice, an hour apart.
    expect(pacificDate(Date.parse('2024-11-03T08:30:00Z'))).toBe('2024-11-03T01:30:00-07:00');
    expect(pacificDate(Date.parse('2024-11-03T09:30:00Z'))).toBe('2024-11-03T01:30:00-08:00');
  });
});

describe('included to-many relationships', () => {
  it('are cut at limit[...] (50 at most) and their paging is not a count', async () => {
    const devices = seedDevices(h.emulator.store, 80, 'IOS');
    const profileId = h.demo.profiles.development.id;
    h.emulator.store.link('profiles', profileId, 'devices', devices);
    const asked = await h.json(`/v1/profiles/${profileId}?include=devices&limit[devices]=5`);
    const relationship = asked.body.data.relationships.devices;
    expect(relationship.data).toHaveLength(5);
    expect(relationship.meta.paging).toEqual({ total: 0, limit: 2147483647 });

    const unasked = await h.json(`/v1/profiles/${profileId}?include=devices`);
    expect(unasked.body.data.relationships.devices.data).toHaveLength(50);

    const all = await h.json(`/v1/profiles/${profileId}/relationships/devices?limit=200`);
    expect(all.body.data.length).toBeGreaterThan(80);
  });
});

describe('provisioning', () => {
  it('names bundle ID capabilities <bundleIdId>_<CAPABILITY_TYPE>', async () => {
    const bundleId = h.demo.bundleId.id;
    const listed = await h.json(`/v1/bundleIds/${bundleId}/bundleIdCapabilities`);
    expect(listed.body.data.map((c: { id: string }) => c.id)).toContain(
      `${bundleId}_PUSH_NOTIFICATIONS`,
    );
    const created = await h.json('/v1/bundleIdCapabilities', {
      method: 'POST',
      body: {
        data: {
          type: 'bundleIdCapabilities',
          attributes: { capabilityType: 'IN_APP_PURCHASE' },
          relationships: { bundleId: { data: { type: 'bundleIds', id: bundleId } } },
        },
      },
    });
    expect(created.status).toBe(201);
    expect(created.body.data.id).toBe(`${bundleId}_IN_APP_PURCHASE`);
  });

  it('lists Macs as APPLE_SILICON_MAC and INTEL_MAC', async () => {
    const macs = await h.json('/v1/devices?filter[platform]=MAC_OS');
    const classes = macs.body.data.map(
      (d: { attributes: { deviceClass: string } }) => d.attributes.deviceClass,
    );
    expect(classes).toEqual(expect.arrayContaining(['APPLE_SILICON_MAC', 'INTEL_MAC']));
  });

  it('takes a UDID with or without its dash as the same device (409 on the other form)', async () => {
    const register = (udid: string) =>
      h.json('/v1/devices', {
        method: 'POST',
        body: { data: { type: 'devices', attributes: { udid, name: 'Dash', platform: 'IOS' } } },
      });
    expect((await register('00008030-001A2B3C4D5E6F70')).status).toBe(201);
    const again = await register('00008030001a2b3c4d5e6f70');
    expect(again.status).toBe(409);
    expect(again.body.errors[0].detail).toContain('already exists on this team');
  });

  it("lists a stale profile among the bundle ID's profiles that answers 404 when read", async () => {
    const stale = h.demo.profiles.stale;
    const listed = await h.json(`/v1/bundleIds/${h.demo.bundleId.id}/profiles`);
    expect(listed.body.data.map((p: { id: string }) => p.id)).toContain(stale.id);
    expect((await h.json(`/v1/profiles/${stale.id}`)).status).toBe(404);
    const team = await h.json('/v1/profiles?limit=200');
    expect(team.body.data.map((p: { id: string }) => p.id)).not.toContain(stale.id);
  });
});

describe('account conditions', () => {
  it('answers 403 REQUIRED_AGREEMENTS_MISSING_OR_EXPIRED while agreements are missing', async () => {
    h.emulator.store.conditions.agreementsMissing = true;
    try {
      const refused = await h.json('/v1/apps');
      expect(refused.status).toBe(403);
      expect(refused.body.errors[0]).toMatchObject({
        code: 'FORBIDDEN.REQUIRED_AGREEMENTS_MISSING_OR_EXPIRED',
        title: 'A required agreement is missing or has expired.',
      });
    } finally {
      h.emulator.store.conditions.agreementsMissing = false;
    }
    expect((await h.json('/v1/apps')).status).toBe(200);
  });

  it('adds user-minute-lim/user-minute-rem when a minute quota is set, and 429 past it', async () => {
    const quiet = await h.api('/v1/apps');
    expect(quiet.headers.get('x-rate-limit')).not.toContain('user-minute');
    h.emulator.store.conditions.rateLimitPerMinute = 3;
    try {
      const first = await h.api('/v1/apps');
      expect(first.headers.get('x-rate-limit')).toMatch(
        /user-hour-lim:\d+;user-hour-rem:\d+;user-minute-lim:3;user-minute-rem:\d;/,
      );
      await h.api('/v1/apps');
      await h.api('/v1/apps');
      const past = await h.api('/v1/apps');
      expect(past.status).toBe(429);
    } finally {
      h.emulator.store.conditions.rateLimitPerMinute = undefined;
    }
  });
});
