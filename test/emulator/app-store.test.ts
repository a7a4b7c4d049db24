import { afterEach, describe, expect, it } from 'vitest';
import { REVIEW_DURATION_MS, REVIEW_WAIT_MS } from '../../src/emulator/index.js';
import { startHarness, type Harness } from './helpers.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.emulator.close();
  h = undefined;
});

const versionBody = (
  appId: string,
  versionString: string,
  extra: Record<string, unknown> = {},
) => ({
  data: {
    type: 'appStoreVersions',
    attributes: { platform: 'IOS', versionString, ...extra },
    relationships: { app: { data: { type: 'apps', id: appId } } },
  },
});

/** The build number 3 of the demo account (version 1.1). */
const build3 = (harness: Harness) => harness.demo.builds.find((b) => b.version === '3')!.id;

async function submitVersion(harness: Harness, versionId: string) {
  const created = await harness.json('/v1/reviewSubmissions', {
    method: 'POST',
    body: {
      data: {
        type: 'reviewSubmissions',
        attributes: { platform: 'IOS' },
        relationships: { app: { data: { type: 'apps', id: harness.demo.app.id } } },
      },
    },
  });
  expect(created.status).toBe(201);
  const submissionId = created.body.data.id as string;
  const item = await harness.json('/v1/reviewSubmissionItems', {
    method: 'POST',
    body: {
      data: {
        type: 'reviewSubmissionItems',
        relationships: {
          reviewSubmission: { data: { type: 'reviewSubmissions', id: submissionId } },
          appStoreVersion: { data: { type: 'appStoreVersions', id: versionId } },
        },
      },
    },
  });
  expect(item.status).toBe(201);
  const submitted = await harness.json(`/v1/reviewSubmissions/${submissionId}`, {
    method: 'PATCH',
    body: {
      data: { type: 'reviewSubmissions', id: submissionId, attributes: { submitted: true } },
    },
  });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  return submissionId;
}

describe('App Store versions', () => {
  it('keeps one editable version per platform and refuses a create with Apple’s message', async () => {
    h = await startHarness();
    const first = await h.json('/v1/appStoreVersions', {
      method: 'POST',
      body: versionBody(h.demo.app.id, '1.1'),
    });
    expect(first.status).toBe(201);
    expect(first.body.data.attributes).toMatchObject({
      appStoreState: 'PREPARE_FOR_SUBMISSION',
      appVersionState: 'PREPARE_FOR_SUBMISSION',
      releaseType: 'AFTER_APPROVAL',
    });
    const second = await h.json('/v1/appStoreVersions', {
      method: 'POST',
      body: versionBody(h.demo.app.id, '1.2'),
    });
    expect(second.status).toBe(409);
    expect(second.body.errors[0].detail).toBe(
      'You cannot create a new version of the App in the current state.',
    );
    // The texts of 1.0 are copied, What's New left empty.
    const localizations = await h.json(
      `/v1/appStoreVersions/${first.body.data.id}/appStoreVersionLocalizations`,
    );
    expect(localizations.body.data.map((l: { attributes: unknown }) => l.attributes)).toEqual([
      expect.objectContaining({ locale: 'en-US', whatsNew: null, keywords: 'demo,example' }),
    ]);
  });

  it('refuses a version string that does not grow, and a build of another version', async () => {
    h = await startHarness();
    const lower = await h.json('/v1/appStoreVersions', {
      method: 'POST',
      body: versionBody(h.demo.app.id, '0.9'),
    });
    expect(lower.status).toBe(409);
    const created = await h.json('/v1/appStoreVersions', {
      method: 'POST',
      body: versionBody(h.demo.app.id, '1.1'),
    });
    const build2 = h.demo.builds.find((b) => b.version === '2')!.id;
    const wrongBuild = await h.json(
      `/v1/appStoreVersions/${created.body.data.id}/relationships/build`,
      {
        method: 'PATCH',
        body: { data: { type: 'builds', id: build2 } },
      },
    );
    expect(wrongBuild.status).toBe(409);
  });

  it('moves the review on with the clock and keeps the build fixed once submitted', async () => {
    let now = Date.parse('2030-01-01T10:00:00Z');
    h = await startHarness({ now: () => now });
    const created = await h.json('/v1/appStoreVersions', {
      method: 'POST',
      body: {
        ...versionBody(h.demo.app.id, '1.1', { releaseType: 'MANUAL' }),
        data: {
          ...versionBody(h.demo.app.id, '1.1', { releaseType: 'MANUAL' }).data,
          relationships: {
            app: { data: { type: 'apps', id: h.demo.app.id } },
            build: { data: { type: 'builds', id: build3(h) } },
          },
        },
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.data.id as string;
    const submissionId = await submitVersion(h, id);
    const state = async () =>
      (await h!.json(`/v1/appStoreVersions/${id}`)).body.data.attributes.appStoreState;
    expect(await state()).toBe('WAITING_FOR_REVIEW');
    const rebuild = await h.json(`/v1/appStoreVersions/${id}/relationships/build`, {
      method: 'PATCH',
      body: { data: { type: 'builds', id: build3(h) } },
    });
    expect(rebuild.status).toBe(409);
    const second = await h.json('/v1/reviewSubmissions', {
      method: 'POST',
      body: {
        data: {
          type: 'reviewSubmissions',
          attributes: { platform: 'IOS' },
          relationships: { app: { data: { type: 'apps', id: h.demo.app.id } } },
        },
      },
    });
    expect(second.status).toBe(201);
    const third = await h.json('/v1/reviewSubmissions', {
      method: 'POST',
      body: {
        data: {
          type: 'reviewSubmissions',
          attributes: { platform: 'IOS' },
          relationships: { app: { data: { type: 'apps', id: h.demo.app.id } } },
        },
      },
    });
    expect(third.status).toBe(409);
    now += REVIEW_WAIT_MS;
    expect(await state()).toBe('IN_REVIEW');
    now += REVIEW_DURATION_MS;
    expect(await state()).toBe('PENDING_DEVELOPER_RELEASE');
    const submission = await h.json(`/v1/reviewSubmissions/${submissionId}`);
    expect(submission.body.data.attributes.state).toBe('COMPLETE');
    const release = await h.json('/v1/appStoreVersionReleaseRequests', {
      method: 'POST',
      body: {
        data: {
          type: 'appStoreVersionReleaseRequests',
          relationships: { appStoreVersion: { data: { type: 'appStoreVersions', id } } },
        },
      },
    });
    expect(release.status).toBe(201);
    expect(await state()).toBe('READY_FOR_SALE');
    const old = await h.json(`/v1/appStoreVersions/${h.demo.appStoreVersion.id}`);
    expect(old.body.data.attributes.appStoreState).toBe('REPLACED_WITH_NEW_VERSION');
  });

  it('refuses What’s New that Apple refuses, and phased release changes that make no sense', async () => {
    h = await startHarness();
    const created = await h.json('/v1/appStoreVersions', {
      method: 'POST',
      body: versionBody(h.demo.app.id, '1.1'),
    });
    const id = created.body.data.id as string;
    const localizations = await h.json(`/v1/appStoreVersions/${id}/appStoreVersionLocalizations`);
    const localizationId = localizations.body.data[0].id as string;
    const patchText = (whatsNew: string) =>
      h!.json(`/v1/appStoreVersionLocalizations/${localizationId}`, {
        method: 'PATCH',
        body: {
          data: {
            type: 'appStoreVersionLocalizations',
            id: localizationId,
            attributes: { whatsNew },
          },
        },
      });
    expect((await patchText('New 🎉')).status).toBe(409);
    expect((await patchText('a'.repeat(4001))).status).toBe(409);
    expect((await patchText('Fine.')).status).toBe(200);
    const phased = await h.json('/v1/appStoreVersionPhasedReleases', {
      method: 'POST',
      body: {
        data: {
          type: 'appStoreVersionPhasedReleases',
          relationships: { appStoreVersion: { data: { type: 'appStoreVersions', id } } },
        },
      },
    });
    expect(phased.status).toBe(201);
    expect(phased.body.data.attributes.phasedReleaseState).toBe('INACTIVE');
    const phasedId = phased.body.data.id as string;
    const pause = await h.json(`/v1/appStoreVersionPhasedReleases/${phasedId}`, {
      method: 'PATCH',
      body: {
        data: {
          type: 'appStoreVersionPhasedReleases',
          id: phasedId,
          attributes: { phasedReleaseState: 'PAUSED' },
        },
      },
    });
    expect(pause.status).toBe(409);
  });
});
