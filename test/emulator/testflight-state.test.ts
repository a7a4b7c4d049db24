import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBuild } from '../../src/emulator/index.js';
import type { NewBuild } from '../../src/emulator/index.js';
import { startHarness, type Harness } from './helpers.js';

const HOUR = 60 * 60 * 1000;
let clock = Date.now();
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ now: () => clock });
});
afterAll(async () => {
  await h.emulator.close();
});

let buildNumber = 100;
/** A processed build of version 1.0 (index 0) or 1.1 (index 1). */
function newBuild(versionIndex: 0 | 1, extra: Partial<NewBuild> = {}) {
  return createBuild(h.emulator.store, {
    appId: h.demo.app.id,
    preReleaseVersionId: h.demo.preReleaseVersions[versionIndex]!.id,
    version: String(buildNumber++),
    ...extra,
  });
}

const submit = (buildId: string) =>
  h.json('/v1/betaAppReviewSubmissions', {
    method: 'POST',
    body: {
      data: {
        type: 'betaAppReviewSubmissions',
        relationships: { build: { data: { type: 'builds', id: buildId } } },
      },
    },
  });

const expire = (buildId: string) =>
  h.json(`/v1/builds/${buildId}`, {
    method: 'PATCH',
    body: { data: { type: 'builds', id: buildId, attributes: { expired: true } } },
  });

describe('one build per version in beta review', () => {
  it('refuses a second build of the same version while one waits for review; other versions pass', async () => {
    const first = newBuild(1);
    const second = newBuild(1);
    const otherVersion = newBuild(0);
    expect((await submit(first.id)).body.data.attributes.betaReviewState).toBe(
      'WAITING_FOR_REVIEW',
    );

    const refused = await submit(second.id);
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0]).toMatchObject({
      status: '422',
      code: 'STATE_ERROR',
      detail: 'Another build is in review.',
    });
    expect((await submit(otherVersion.id)).status).toBe(201);

    expect((await expire(first.id)).status).toBe(200);
    expect((await submit(second.id)).status).toBe(201);
    await expire(second.id);
    await expire(otherVersion.id);
  });
});

describe('the short window after processing', () => {
  it('answers 404 for the beta detail once, then the detail', async () => {
    const build = newBuild(0, { processingState: 'PROCESSING', processingReads: 1 });
    const read = await h.json(`/v1/builds/${build.id}`);
    expect(read.body.data.attributes.processingState).toBe('VALID');
    const early = await h.json(`/v1/builds/${build.id}/buildBetaDetail`);
    expect(early.status).toBe(404);
    expect(early.body.errors[0].code).toBe('NOT_FOUND');
    expect((await h.json(`/v1/buildBetaDetails/${build.id}`)).status).toBe(200);
    await expire(build.id);
  });

  it('refuses a review submission once with 422, then takes it', async () => {
    const build = newBuild(0, { processingState: 'PROCESSING', processingReads: 1 });
    await h.json(`/v1/builds/${build.id}`);
    const early = await submit(build.id);
    expect(early.status).toBe(422);
    expect(early.body.errors[0].detail).toBe(
      'The build is not in a valid processing state for this operation.',
    );
    expect((await submit(build.id)).status).toBe(201);
    await expire(build.id);
  });

  it('is as long as settlingRequests says (0: no window)', async () => {
    for (const settlingRequests of [0, 2]) {
      const other = await startHarness({ settlingRequests });
      try {
        const build = createBuild(other.emulator.store, {
          appId: other.demo.app.id,
          preReleaseVersionId: other.demo.preReleaseVersions[0]!.id,
          version: '77',
          processingState: 'PROCESSING',
          processingReads: 1,
        });
        await other.json(`/v1/builds/${build.id}`);
        const statuses: number[] = [];
        for (let i = 0; i < 3; i++) {
          statuses.push((await other.json(`/v1/builds/${build.id}/buildBetaDetail`)).status);
        }
        expect(statuses).toEqual(settlingRequests === 0 ? [200, 200, 200] : [404, 404, 200]);
      } finally {
        await other.emulator.close();
      }
    }
  });

  it('never refuses a build that was already processed', async () => {
    const build = newBuild(0);
    expect((await h.json(`/v1/builds/${build.id}/buildBetaDetail`)).status).toBe(200);
    await expire(build.id);
  });
});

describe('beta review over time (the emulator clock)', () => {
  it('moves from waiting to in review to approved; a later build of the version is approved at once', async () => {
    const build = newBuild(1);
    const created = await submit(build.id);
    const id = created.body.data.id;
    const state = async () => {
      const submission = await h.json(`/v1/betaAppReviewSubmissions/${id}`);
      const detail = await h.json(`/v1/buildBetaDetails/${build.id}`);
      return [
        submission.body.data.attributes.betaReviewState,
        detail.body.data.attributes.externalBuildState,
      ];
    };
    expect(await state()).toEqual(['WAITING_FOR_REVIEW', 'WAITING_FOR_BETA_REVIEW']);
    clock += HOUR;
    expect(await state()).toEqual(['IN_REVIEW', 'IN_BETA_REVIEW']);
    clock += HOUR;
    expect(await state()).toEqual(['APPROVED', 'BETA_APPROVED']);

    const later = newBuild(1);
    const approved = await submit(later.id);
    expect(approved.status).toBe(201);
    expect(approved.body.data.attributes).toMatchObject({
      betaReviewState: 'APPROVED',
      submittedDate: null,
    });
    const detail = await h.json(`/v1/buildBetaDetails/${later.id}`);
    expect(detail.body.data.attributes.externalBuildState).toBe('BETA_APPROVED');
  });
});

describe('notifications and auto-notify', () => {
  it('refuses a manual notification while auto-notify is on', async () => {
    const build = newBuild(0);
    h.emulator.store.update('buildBetaDetails', build.id, { autoNotifyEnabled: true });
    const refused = await h.json('/v1/buildBetaNotifications', {
      method: 'POST',
      body: {
        data: {
          type: 'buildBetaNotifications',
          relationships: { build: { data: { type: 'builds', id: build.id } } },
        },
      },
    });
    expect(refused.status).toBe(409);
    expect(refused.body.errors[0].detail).toContain('Auto-notify already enabled');
  });
});

describe('internal groups', () => {
  const createTester = (email: string, groupId: string) =>
    h.json('/v1/betaTesters', {
      method: 'POST',
      body: {
        data: {
          type: 'betaTesters',
          attributes: { email },
          relationships: { betaGroups: { data: [{ type: 'betaGroups', id: groupId }] } },
        },
      },
    });

  it('take users of the team only', async () => {
    const internal = h.demo.betaGroups.internal.id;
    const refused = await createTester('stranger@example.org', internal);
    expect(refused.status).toBe(409);
    expect(refused.body.errors[0].detail).toContain('stranger@example.org');
    expect((await createTester('DEV@example.com', internal)).status).toBe(201);

    const external = await createTester('outsider@example.org', h.demo.betaGroups.external.id);
    expect(external.status).toBe(201);
    const linked = await h.json(`/v1/betaGroups/${internal}/relationships/betaTesters`, {
      method: 'POST',
      body: { data: [{ type: 'betaTesters', id: external.body.data.id }] },
    });
    expect(linked.status).toBe(409);
    expect(linked.body.errors[0].detail).toContain('outsider@example.org');
  });

  it('refuse a build when they have access to all builds (422)', async () => {
    const build = newBuild(0);
    const internal = h.demo.betaGroups.internal.id;
    const viaGroup = await h.json(`/v1/betaGroups/${internal}/relationships/builds`, {
      method: 'POST',
      body: { data: [{ type: 'builds', id: build.id }] },
    });
    expect(viaGroup.status).toBe(422);
    const viaBuild = await h.json(`/v1/builds/${build.id}/relationships/betaGroups`, {
      method: 'POST',
      body: { data: [{ type: 'betaGroups', id: internal }] },
    });
    expect(viaBuild.status).toBe(422);
    expect(viaBuild.body.errors[0].code).toBe('STATE_ERROR');
  });
});

describe('What to Test', () => {
  const localize = (buildId: string, whatsNew: string) =>
    h.json('/v1/betaBuildLocalizations', {
      method: 'POST',
      body: {
        data: {
          type: 'betaBuildLocalizations',
          attributes: { locale: 'en-US', whatsNew },
          relationships: { build: { data: { type: 'builds', id: buildId } } },
        },
      },
    });

  it('refuses emoji, < and more than 4000 bytes; takes 4000 bytes of 2000 characters', async () => {
    const build = newBuild(0);
    for (const text of ['New login 🎉', 'Fixed a < b', 'é'.repeat(2001)]) {
      const refused = await localize(build.id, text);
      expect(refused.status).toBe(409);
      expect(refused.body.errors[0].source.pointer).toBe('/data/attributes/whatsNew');
    }
    const fits = await localize(build.id, 'é'.repeat(2000));
    expect(fits.status).toBe(201);
    const updated = await h.json(`/v1/betaBuildLocalizations/${fits.body.data.id}`, {
      method: 'PATCH',
      body: {
        data: {
          type: 'betaBuildLocalizations',
          id: fits.body.data.id,
          attributes: { whatsNew: 'Now with 🚀' },
        },
      },
    });
    expect(updated.status).toBe(409);
  });
});
