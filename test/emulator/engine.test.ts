import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmulatorStore, createBuild } from '../../src/emulator/index.js';
import { startHarness, type Harness, type Json } from './helpers.js';

describe('processing builds', () => {
  let h: Harness;
  let clock = Date.parse('2026-01-10T12:00:00Z');
  beforeAll(async () => {
    h = await startHarness({ now: () => clock, processingDurationMs: 60_000 });
  });
  afterAll(async () => {
    await h.emulator.close();
  });

  it('turns a PROCESSING build VALID once the processing duration has passed', async () => {
    const build = h.demo.builds.find((b) => b.processingState === 'PROCESSING')!;
    const before = await h.json(`/v1/builds/${build.id}?include=buildBetaDetail`);
    expect(before.body.data.attributes.processingState).toBe('PROCESSING');
    expect(before.body.included[0].attributes.internalBuildState).toBe('PROCESSING');
    const filtered = await h.json('/v1/builds?filter[processingState]=PROCESSING');
    expect(filtered.body.data.map((b: Json) => b.id)).toEqual([build.id]);

    clock += 60_001;
    const after = await h.json(`/v1/builds/${build.id}?include=buildBetaDetail`);
    expect(after.body.data.attributes.processingState).toBe('VALID');
    expect(after.body.included[0].attributes).toMatchObject({
      internalBuildState: 'READY_FOR_BETA_TESTING',
      externalBuildState: 'READY_FOR_BETA_SUBMISSION',
    });
    expect((await h.json('/v1/builds?filter[processingState]=PROCESSING')).body.data).toEqual([]);
  });

  it('uses each build’s own duration when the emulator sets none', () => {
    let now = 1_000_000;
    const store = new EmulatorStore({ now: () => now });
    const app = store.create('apps', { name: 'A', bundleId: 'a' });
    const version = store.create(
      'preReleaseVersions',
      { version: '1.0', platform: 'IOS' },
      { app: app.id },
    );
    const build = createBuild(store, {
      appId: app.id,
      preReleaseVersionId: version.id,
      version: '9',
      processingState: 'PROCESSING',
      processingDurationMs: 500,
    });
    expect(store.related('apps', app.id, 'builds')).toEqual([build.id]);
    expect(store.get('buildBetaDetails', build.id)?.relationships.build).toEqual([build.id]);
    now += 10_000;
    // A bare store has no hooks: the state only changes through the emulator's read hooks.
    expect(store.get('builds', build.id)?.attributes.processingState).toBe('PROCESSING');
  });
});

describe('validator answers pass through', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.emulator.close();
  });

  it('answers an unknown filter with 400 and Apple’s error body', async () => {
    const { status, body, response } = await h.json('/v1/betaTesters?filter[emaill]=a@b.c');
    expect(status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(body.errors[0]).toMatchObject({
      status: '400',
      code: 'PARAMETER_ERROR.INVALID',
      source: { parameter: 'filter[emaill]' },
    });
    expect(typeof body.errors[0].id).toBe('string');
    expect(body.errors[0].detail).toContain('emaill');
  });

  it('answers unknown paths 404 and undeclared methods 405', async () => {
    expect((await h.json('/v1/nothingHere')).status).toBe(404);
    const method = await h.json('/v1/apps', { method: 'DELETE' });
    expect(method.status).toBe(405);
    expect(method.body.errors[0].code).toBe('METHOD_NOT_ALLOWED');
  });

  it('answers bodies that do not fit the schema with 409, and non-JSON with 400', async () => {
    const missing = await h.json('/v1/betaTesters', {
      method: 'POST',
      body: { data: { type: 'betaTesters', attributes: { firstName: 'No email' } } },
    });
    expect(missing.status).toBe(409);
    expect(missing.body.errors[0].code).toMatch(/^ENTITY_ERROR/);
    const garbage = await h.json('/v1/betaTesters', { method: 'POST', body: '{not json' });
    expect(garbage.status).toBe(400);
  });
});

describe('admin endpoints', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.emulator.close();
  });

  it('lists requests, sets faults and resets without a token', async () => {
    await h.api('/v1/apps');
    await h.api('/v1/betaGroups', {
      method: 'POST',
      body: {
        data: {
          type: 'betaGroups',
          attributes: { name: 'Logged' },
          relationships: { app: { data: { type: 'apps', id: h.demo.app.id } } },
        },
      },
    });
    const log = (await (await fetch(`${h.emulator.baseUrl}/emulator/requests`)).json()) as Json;
    expect(log.requests.map((r: Json) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      'GET /v1/apps 200',
      'POST /v1/betaGroups 201',
    ]);
    expect(log.requests[1].body.data.attributes.name).toBe('Logged');
    expect(log.requests[0].keyId).toBe(h.key.keyId);

    const set = await fetch(`${h.emulator.baseUrl}/emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ rules: [{ pathPattern: '^/v1/apps$', fault: '503', times: 1 }] }),
    });
    expect(set.status).toBe(204);
    expect((await h.api('/v1/apps')).status).toBe(503);
    expect((await h.api('/v1/apps')).status).toBe(200);

    expect((await fetch(`${h.emulator.baseUrl}/emulator/reset`, { method: 'POST' })).status).toBe(
      204,
    );
    expect(h.emulator.requests).toEqual([]);
  });
});

describe('store', () => {
  it('keeps inverse relationships in sync and replaces to-one links', () => {
    const store = new EmulatorStore();
    const app = store.create('apps', { name: 'A' });
    expect(app.id).toMatch(/^\d{10}$/);
    const v1 = store.create('preReleaseVersions', { version: '1.0' }, { app: app.id });
    const v2 = store.create('preReleaseVersions', { version: '2.0' }, { app: app.id });
    const build = store.create('builds', { version: '1' }, { preReleaseVersion: v1.id });
    expect(store.related('preReleaseVersions', v1.id, 'builds')).toEqual([build.id]);
    store.link('preReleaseVersions', v2.id, 'builds', [build.id]);
    expect(store.related('builds', build.id, 'preReleaseVersion')).toEqual([v2.id]);
    expect(store.related('preReleaseVersions', v1.id, 'builds')).toEqual([]);

    const group = store.create('betaGroups', { name: 'G' }, { app: app.id });
    const tester = store.create('betaTesters', { email: 'a@b.c' }, { betaGroups: [group.id] });
    expect(store.related('betaGroups', group.id, 'betaTesters')).toEqual([tester.id]);
    store.unlink('betaGroups', group.id, 'betaTesters', [tester.id]);
    expect(store.related('betaTesters', tester.id, 'betaGroups')).toEqual([]);

    const device = store.create('devices', { udid: 'x' });
    expect(device.id).toMatch(/^[A-Z0-9]{10}$/);
    const profile = store.create('profiles', { name: 'P' }, { devices: [device.id] });
    store.delete('devices', device.id);
    expect(store.related('profiles', profile.id, 'devices')).toEqual([]);
    expect(() => store.link('betaGroups', group.id, 'betaTesters', ['missing'])).toThrow(
      /does not exist/,
    );
    store.update('betaGroups', group.id, { name: 'Renamed' });
    expect(store.get('betaGroups', group.id)?.attributes.name).toBe('Renamed');
  });
});
