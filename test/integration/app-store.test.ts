import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  advanceAppStoreReview,
  createBuild,
  type FaultKind,
  type StoredResource,
} from '../../src/emulator/index.js';
import {
  errorLines,
  resultOf,
  startTestAccount,
  type TestAccount,
  writeRequests,
} from './harness.js';

let t: TestAccount;
beforeEach(async () => {
  t = await startTestAccount();
});
afterEach(async () => {
  await t.emulator.close();
});

const app = 'com.example.demo';
const store = () => t.emulator.store;
const writes = () => writeRequests(t.emulator);
const versions = () => store().list('appStoreVersions');
const versionNamed = (versionString: string) =>
  versions().filter((v) => v.attributes.versionString === versionString);
const localizationsOf = (version: StoredResource) =>
  store()
    .related('appStoreVersions', version.id, 'appStoreVersionLocalizations')
    .map((id) => store().get('appStoreVersionLocalizations', id)!.attributes);
const phasedOf = (version: StoredResource) =>
  store()
    .related('appStoreVersions', version.id, 'appStoreVersionPhasedRelease')
    .map((id) => store().get('appStoreVersionPhasedReleases', id)!.attributes);
const submissions = () => store().list('reviewSubmissions');
const items = () => store().list('reviewSubmissionItems');
const build3 = () => t.account.builds.find((b) => b.version === '3')!;

/** A new VALID build of version 1.1 (or of a new marketing version). */
function newBuild(number: string, marketingVersion = '1.1') {
  let preRelease = store()
    .list('preReleaseVersions')
    .find((p) => p.attributes.version === marketingVersion);
  preRelease ??= store().create(
    'preReleaseVersions',
    { version: marketingVersion, platform: 'IOS' },
    { app: t.account.app.id },
  );
  return createBuild(store(), {
    appId: t.account.app.id,
    preReleaseVersionId: preRelease.id,
    version: number,
  });
}

const submit = (inputs: Record<string, string> = {}) =>
  t.run({
    operation: 'submit-app-store',
    app,
    version: '1.1',
    build: '3',
    'whats-new': 'Faster sync, fewer bugs.',
    'phased-release': 'true',
    ...inputs,
  });

describe('submit-app-store', () => {
  it('creates the version with its build, What’s New and phased release, and submits it; a re-run reads only', async () => {
    const run = await submit();
    expect(run.exitCode, run.stdout).toBe(0);
    const [version] = versionNamed('1.1');
    expect(versionNamed('1.1')).toHaveLength(1);
    expect(version!.attributes).toMatchObject({
      appStoreState: 'WAITING_FOR_REVIEW',
      releaseType: 'AFTER_APPROVAL',
      platform: 'IOS',
    });
    expect(store().related('appStoreVersions', version!.id, 'build')).toEqual([build3().id]);
    expect(localizationsOf(version!)).toEqual([
      expect.objectContaining({
        locale: 'en-US',
        whatsNew: 'Faster sync, fewer bugs.',
        description: 'The demo app of the App Store Connect emulator.',
      }),
    ]);
    expect(phasedOf(version!)).toEqual([
      expect.objectContaining({ phasedReleaseState: 'INACTIVE' }),
    ]);
    expect(submissions()).toHaveLength(1);
    expect(submissions()[0]!.attributes.state).toBe('WAITING_FOR_REVIEW');
    expect(items()).toHaveLength(1);
    expect(run.outputs['app-store-version-id']).toBe(version!.id);
    expect(run.outputs['app-store-state']).toBe('WAITING_FOR_REVIEW');
    expect(run.outputs['review-submission-id']).toBe(submissions()[0]!.id);
    expect(run.summary).toContain('1.1 (3)');
    expect(run.summary).toContain('WAITING_FOR_REVIEW');
    expect(t.emulator.requests.length).toBeLessThanOrEqual(12);

    t.emulator.clearRequests();
    const again = await submit();
    expect(again.exitCode, again.stdout).toBe(0);
    expect(writes()).toEqual([]);
    expect(t.emulator.requests.length).toBeLessThanOrEqual(4);
    expect(again.outputs['app-store-state']).toBe('WAITING_FOR_REVIEW');
    expect(resultOf(again)).toMatchObject({ alreadyInReview: true, applied: false, plan: [] });
  });

  it('dry-run prints the plan and writes nothing', async () => {
    const run = await submit({ 'dry-run': 'true' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(writes()).toEqual([]);
    expect(versionNamed('1.1')).toEqual([]);
    const plan = resultOf(run).plan as { kind: string; target: string }[];
    expect(plan.map((c) => c.kind)).toEqual([
      'create',
      'create',
      'create',
      'create',
      'link',
      'submit',
    ]);
    expect(run.stdout).toContain('App Store version 1.1 (iOS)');
  });

  it('prepares only with submit-for-review: false, then submits the same version', async () => {
    const prepared = await submit({ 'submit-for-review': 'false', 'release-type': 'MANUAL' });
    expect(prepared.exitCode, prepared.stdout).toBe(0);
    expect(prepared.outputs['app-store-state']).toBe('PREPARE_FOR_SUBMISSION');
    expect(submissions()).toEqual([]);
    const [version] = versionNamed('1.1');
    expect(version!.attributes.releaseType).toBe('MANUAL');

    t.emulator.clearRequests();
    const submitted = await submit({ 'release-type': 'MANUAL' });
    expect(submitted.exitCode, submitted.stdout).toBe(0);
    expect(writes().map((r) => `${r.method} ${r.path.replace(/[0-9a-f-]{36}/g, '{id}')}`)).toEqual([
      'POST /v1/reviewSubmissions',
      'POST /v1/reviewSubmissionItems',
      'PATCH /v1/reviewSubmissions/{id}',
    ]);
    expect(versions()).toHaveLength(2);
    expect(version!.attributes.appStoreState).toBe('WAITING_FOR_REVIEW');
  });

  it('renames the editable version rather than create another one, and reuses a draft submission', async () => {
    await submit({ 'submit-for-review': 'false' });
    const draft = store().create(
      'reviewSubmissions',
      { platform: 'IOS', state: 'READY_FOR_REVIEW', submittedDate: null },
      { app: t.account.app.id },
    );
    const build = newBuild('20', '1.2');
    t.emulator.clearRequests();
    const run = await submit({ version: '1.2', build: 'latest' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(writes().filter((r) => r.path === '/v1/appStoreVersions')).toEqual([]);
    expect(writes().filter((r) => r.path === '/v1/reviewSubmissions')).toEqual([]);
    expect(versionNamed('1.1')).toEqual([]);
    const [renamed] = versionNamed('1.2');
    expect(store().related('appStoreVersions', renamed!.id, 'build')).toEqual([build.id]);
    expect(renamed!.attributes.appStoreState).toBe('WAITING_FOR_REVIEW');
    expect(draft.attributes.state).toBe('WAITING_FOR_REVIEW');
    expect(resultOf(run)).toMatchObject({
      version: { action: 'rename', renamedFrom: '1.1' },
      reviewSubmissionId: draft.id,
    });
  });

  it('stops before any write when the version in review has another build, naming both', async () => {
    expect((await submit()).exitCode).toBe(0);
    newBuild('5');
    t.emulator.clearRequests();
    const run = await submit({ build: '5' });
    expect(run.exitCode).toBe(1);
    expect(writes()).toEqual([]);
    const [line] = errorLines(run);
    expect(line).toContain('1.1 (3)');
    expect(line).toContain('1.1 (5)');
  });

  it('cleans What’s New by Apple’s rules before sending it', async () => {
    const run = await submit({ 'whats-new': 'New 🎉 look <b>' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/::warning::.*whats-new/);
    expect(localizationsOf(versionNamed('1.1')[0]!)[0]!.whatsNew).toBe('New  look b>');
  });

  it('answers export compliance when the build has none, and refuses to submit without an answer', async () => {
    const build = createBuild(store(), {
      appId: t.account.app.id,
      preReleaseVersionId: t.account.preReleaseVersions[1]!.id,
      version: '30',
      usesNonExemptEncryption: null,
    });
    const refused = await submit({ build: '30' });
    expect(refused.exitCode).toBe(1);
    expect(errorLines(refused)[0]).toContain("'uses-non-exempt-encryption'");
    expect(writes()).toEqual([]);
    const run = await submit({ build: '30', 'uses-non-exempt-encryption': 'false' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(build.attributes.usesNonExemptEncryption).toBe(false);
    expect(writes()[0]).toMatchObject({
      method: 'PATCH',
      path: `/v1/builds/${build.id}`,
      body: { data: { attributes: { usesNonExemptEncryption: false } } },
    });
  });

  it('schedules the release for earliest-release-date', async () => {
    const at = new Date(Date.now() + 7 * 24 * 3600 * 1000);
    at.setUTCMinutes(0, 0, 0);
    const run = await submit({
      'release-type': 'SCHEDULED',
      'earliest-release-date': at.toISOString(),
    });
    expect(run.exitCode, run.stdout).toBe(0);
    const [version] = versionNamed('1.1');
    expect(version!.attributes).toMatchObject({
      releaseType: 'SCHEDULED',
      earliestReleaseDate: at.toISOString(),
    });
    advanceAppStoreReview(store(), version!.id);
    expect(advanceAppStoreReview(store(), version!.id)).toBe('PENDING_APPLE_RELEASE');
  });

  it.each([
    [{ version: 'one.two' }, 'version'],
    [{ 'release-type': 'SOON' }, 'release-type'],
    [{ 'earliest-release-date': '2031-01-01T10:00:00Z' }, 'earliest-release-date'],
    [
      { 'release-type': 'SCHEDULED', 'earliest-release-date': '2020-01-01T10:00:00Z' },
      'earliest-release-date',
    ],
    [{ 'release-type': 'SCHEDULED' }, 'earliest-release-date'],
    [{ 'whats-new': 'x'.repeat(4001) }, 'whats-new'],
  ])('refuses %o by name before any request', async (inputs, name) => {
    const run = await submit(inputs);
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)[0]).toContain(`'${name}'`);
    expect(t.emulator.requests).toEqual([]);
  });

  it.each([
    [{ build: '2' }, 'build', 'belongs to version 1.0'],
    [{ version: '1.0.1', build: 'latest' }, 'build', 'no processed'],
    [{ version: '0.9', build: '2' }, 'build', ''],
  ])('refuses %o by name before any write', async (inputs, name, text) => {
    const run = await submit(inputs);
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)[0]).toContain(`'${name}'`);
    expect(errorLines(run)[0]).toContain(text);
    expect(writes()).toEqual([]);
  });

  it('refuses a version lower than the newest by name before any write', async () => {
    store().update('appStoreVersions', t.account.appStoreVersion.id, { versionString: '1.5' });
    const run = await submit();
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)[0]).toContain("'version'");
    expect(writes()).toEqual([]);
  });
});

describe('submit-app-store under injected faults', () => {
  const kinds: FaultKind[] = ['500', '503', '429', 'drop', 'drop-after-write'];
  it.each(kinds)('%s on every write: one version, one submission, no duplicates', async (fault) => {
    t.emulator.setFaults({
      retryAfterSeconds: 0,
      rules: [
        { method: 'POST', path: '/v1/appStoreVersions', fault, times: 1 },
        { method: 'PATCH', path: /^\/v1\/appStoreVersionLocalizations\//, fault, times: 1 },
        { method: 'POST', path: '/v1/appStoreVersionPhasedReleases', fault, times: 1 },
        { method: 'POST', path: '/v1/reviewSubmissions', fault, times: 1 },
        { method: 'POST', path: '/v1/reviewSubmissionItems', fault, times: 1 },
        { method: 'PATCH', path: /^\/v1\/reviewSubmissions\//, fault, times: 1 },
        { method: 'GET', path: `/v1/apps/${t.account.app.id}/appStoreVersions`, fault, times: 1 },
      ],
    });
    try {
      const run = await submit({ 'max-retries': '10' });
      expect(run.exitCode, run.stdout).toBe(0);
      // drop-after-write only hits writes, so the GET rule does not fire for it.
      expect(t.emulator.requests.filter((r) => r.fault === fault)).toHaveLength(
        fault === 'drop-after-write' ? 6 : 7,
      );
    } finally {
      t.emulator.setFaults({});
    }
    expect(versionNamed('1.1')).toHaveLength(1);
    const [version] = versionNamed('1.1');
    expect(version!.attributes.appStoreState).toBe('WAITING_FOR_REVIEW');
    expect(localizationsOf(version!)).toHaveLength(1);
    expect(localizationsOf(version!)[0]!.whatsNew).toBe('Faster sync, fewer bugs.');
    expect(phasedOf(version!)).toHaveLength(1);
    expect(submissions()).toHaveLength(1);
    expect(items()).toHaveLength(1);

    t.emulator.clearRequests();
    const again = await submit();
    expect(again.exitCode, again.stdout).toBe(0);
    expect(writes()).toEqual([]);
  });
});

describe('submit-app-store under random faults', () => {
  it.each([3, 11, 29])('survives random 5xx, 429 and lost answers (seed %i)', async (seed) => {
    t.emulator.setFaults({
      serverErrorRate: 0.15,
      rateLimitRate: 0.1,
      dropConnectionRate: 0.1,
      dropResponseAfterWriteRate: 0.3,
      retryAfterSeconds: 0,
      seed,
    });
    try {
      const run = await submit({ 'max-retries': '10' });
      expect(run.exitCode, run.stdout).toBe(0);
    } finally {
      t.emulator.setFaults({});
    }
    expect(versionNamed('1.1')).toHaveLength(1);
    expect(versionNamed('1.1')[0]!.attributes.appStoreState).toBe('WAITING_FOR_REVIEW');
    expect(submissions()).toHaveLength(1);
    expect(items()).toHaveLength(1);
    expect(phasedOf(versionNamed('1.1')[0]!)).toHaveLength(1);
  });
});

describe('release-app-store', () => {
  const release = (inputs: Record<string, string> = {}) =>
    t.run({ operation: 'release-app-store', app, version: '1.1', ...inputs });

  async function approvedManualVersion() {
    const run = await submit({ 'release-type': 'MANUAL' });
    expect(run.exitCode, run.stdout).toBe(0);
    const [version] = versionNamed('1.1');
    expect(advanceAppStoreReview(store(), version!.id)).toBe('IN_REVIEW');
    expect(advanceAppStoreReview(store(), version!.id)).toBe('PENDING_DEVELOPER_RELEASE');
    return version!;
  }

  it('stops with the state named while the version is in review', async () => {
    await submit({ 'release-type': 'MANUAL' });
    t.emulator.clearRequests();
    const run = await release();
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)[0]).toContain('WAITING_FOR_REVIEW');
    expect(writes()).toEqual([]);
  });

  it('releases a version pending developer release; a re-run writes nothing', async () => {
    const version = await approvedManualVersion();
    t.emulator.clearRequests();
    const run = await release();
    expect(run.exitCode, run.stdout).toBe(0);
    expect(writes().map((r) => r.path)).toEqual(['/v1/appStoreVersionReleaseRequests']);
    expect(version.attributes.appStoreState).toBe('READY_FOR_SALE');
    expect(
      store().get('appStoreVersions', t.account.appStoreVersion.id)!.attributes.appStoreState,
    ).toBe('REPLACED_WITH_NEW_VERSION');
    expect(run.outputs['app-store-state']).toBe('READY_FOR_SALE');
    expect(run.outputs['phased-release-state']).toBe('ACTIVE');

    t.emulator.clearRequests();
    const again = await release();
    expect(again.exitCode, again.stdout).toBe(0);
    expect(writes()).toEqual([]);
    expect(resultOf(again)).toMatchObject({
      alreadyReleased: true,
      appStoreState: 'READY_FOR_SALE',
    });
  });

  it('dry-run writes nothing', async () => {
    const version = await approvedManualVersion();
    t.emulator.clearRequests();
    const run = await release({ 'dry-run': 'true' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(writes()).toEqual([]);
    expect(version.attributes.appStoreState).toBe('PENDING_DEVELOPER_RELEASE');
  });

  it('pauses, resumes and completes the phased release, each only once', async () => {
    const version = await approvedManualVersion();
    expect((await release()).exitCode).toBe(0);
    const paused = await release({ 'phased-release-action': 'pause' });
    expect(paused.exitCode, paused.stdout).toBe(0);
    expect(paused.outputs['phased-release-state']).toBe('PAUSED');
    expect(phasedOf(version)[0]!.phasedReleaseState).toBe('PAUSED');
    t.emulator.clearRequests();
    const pausedAgain = await release({ 'phased-release-action': 'pause' });
    expect(pausedAgain.exitCode, pausedAgain.stdout).toBe(0);
    expect(writes()).toEqual([]);
    expect((await release({ 'phased-release-action': 'resume' })).exitCode).toBe(0);
    expect(phasedOf(version)[0]!.phasedReleaseState).toBe('ACTIVE');
    expect((await release({ 'phased-release-action': 'complete' })).exitCode).toBe(0);
    expect(phasedOf(version)[0]!.phasedReleaseState).toBe('COMPLETE');
    t.emulator.clearRequests();
    const pauseComplete = await release({ 'phased-release-action': 'pause' });
    expect(pauseComplete.exitCode).toBe(1);
    expect(errorLines(pauseComplete)[0]).toContain("'phased-release-action'");
    expect(writes()).toEqual([]);
  });

  it.each(kinds())('%s on the release request: released once', async (fault) => {
    const version = await approvedManualVersion();
    t.emulator.setFaults({
      retryAfterSeconds: 0,
      rules: [{ method: 'POST', path: '/v1/appStoreVersionReleaseRequests', fault, times: 1 }],
    });
    try {
      const run = await release({ 'max-retries': '10' });
      expect(run.exitCode, run.stdout).toBe(0);
    } finally {
      t.emulator.setFaults({});
    }
    expect(version.attributes.appStoreState).toBe('READY_FOR_SALE');
    expect(store().list('appStoreVersionReleaseRequests')).toHaveLength(1);
  });

  it('refuses an unknown version and an unknown action by name', async () => {
    const unknown = await release({ version: '3.0' });
    expect(unknown.exitCode).toBe(1);
    expect(errorLines(unknown)[0]).toContain("'version'");
    expect(errorLines(unknown)[0]).toContain('1.0 (READY_FOR_SALE)');
    const badAction = await release({ 'phased-release-action': 'stop' });
    expect(badAction.exitCode).toBe(1);
    expect(errorLines(badAction)[0]).toContain("'phased-release-action'");
    expect(writes()).toEqual([]);
  });
});

function kinds(): FaultKind[] {
  return ['500', '503', '429', 'drop', 'drop-after-write'];
}
