import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBuild, type NewBuild } from '../../src/emulator/index.js';
import {
  errorLines,
  resultOf,
  startTestAccount,
  type TestAccount,
  writeRequests,
} from './harness.js';

/** Apple's TestFlight state as the emulator keeps it (APPLE-BEHAVIOUR.md "TestFlight"), met by the action. */
let t: TestAccount;
beforeAll(async () => {
  t = await startTestAccount();
});
afterAll(async () => {
  await t.emulator.close();
});

const app = 'com.example.demo';
let nextBuildNumber = 300;
/** Each test uses a version of its own, so that one test's review never meets another's. */
let version: { id: string; version: string };
beforeEach(() => {
  const name = `2.${nextBuildNumber}`;
  const created = t.emulator.store.create(
    'preReleaseVersions',
    { version: name, platform: 'IOS' },
    { app: t.account.app.id },
  );
  version = { id: created.id, version: name };
});

function newBuild(options: Partial<NewBuild> = {}) {
  const number = String(nextBuildNumber++);
  const build = createBuild(t.emulator.store, {
    appId: t.account.app.id,
    preReleaseVersionId: version.id,
    version: number,
    ...options,
  });
  return { id: build.id, number, name: `${version.version} (${number})` };
}

const store = () => t.emulator.store;
const writes = () => writeRequests(t.emulator).map((r) => `${r.method} ${r.path}`);
const reviewStateOf = (buildId: string) =>
  store()
    .list('betaAppReviewSubmissions')
    .filter((s) => s.relationships.build?.[0] === buildId)
    .map((s) => s.attributes.betaReviewState);
const betaDetailOf = (buildId: string) => store().get('buildBetaDetails', buildId)!.attributes;
const notificationsOf = (buildId: string) =>
  store()
    .list('buildBetaNotifications')
    .filter((n) => n.relationships.build?.[0] === buildId);

const submitDistribution = (build: { number: string }, extra: Record<string, string> = {}) =>
  t.run({
    operation: 'distribute',
    app,
    build: build.number,
    version: version.version,
    group: 'External Testers',
    'submit-beta-review': 'true',
    ...extra,
  });

describe('another build of the version in beta review', () => {
  it('distribute stops before any write, naming the other build and replace-build-in-review', async () => {
    const first = newBuild();
    const second = newBuild();
    expect((await submitDistribution(first)).exitCode).toBe(0);
    expect(reviewStateOf(first.id)).toEqual(['WAITING_FOR_REVIEW']);

    t.emulator.clearRequests();
    const run = await submitDistribution(second, { 'whats-new': 'Notes' });
    expect(run.exitCode).toBe(1);
    expect(writes()).toEqual([]);
    const [cause] = errorLines(run);
    expect(cause).toContain(`Build ${first.name} is already in beta review`);
    expect(cause).toContain('replace-build-in-review');
    expect(store().related('builds', second.id, 'betaGroups')).toEqual([]);
    // The check is one read: the version's builds whose review is waiting or running.
    const checks = t.emulator.requests.filter((r) =>
      decodeURIComponent(r.query).includes('filter[betaAppReviewSubmission.betaReviewState]'),
    );
    expect(checks).toHaveLength(1);
  });

  it('with replace-build-in-review, expires the other build after linking the groups, then submits', async () => {
    const first = newBuild();
    const second = newBuild();
    await submitDistribution(first);
    t.emulator.clearRequests();
    const run = await submitDistribution(second, { 'replace-build-in-review': 'true' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(writes()).toEqual([
      `POST /v1/builds/${second.id}/relationships/betaGroups`,
      `PATCH /v1/builds/${first.id}`,
      'POST /v1/betaAppReviewSubmissions',
    ]);
    expect(store().get('builds', first.id)!.attributes.expired).toBe(true);
    expect(reviewStateOf(second.id)).toEqual(['WAITING_FOR_REVIEW']);
    expect(resultOf(run).replacedBuildsInReview).toEqual([`build ${first.name}`]);
  });

  it('submit-beta-review does the same', async () => {
    const first = newBuild();
    const second = newBuild();
    await t.run({
      operation: 'submit-beta-review',
      app,
      build: first.number,
      version: version.version,
    });
    t.emulator.clearRequests();
    const refused = await t.run({
      operation: 'submit-beta-review',
      app,
      build: second.number,
      version: version.version,
    });
    expect(refused.exitCode).toBe(1);
    expect(writes()).toEqual([]);
    expect(errorLines(refused)[0]).toContain(first.name);

    const replaced = await t.run({
      operation: 'submit-beta-review',
      app,
      build: second.number,
      version: version.version,
      'replace-build-in-review': 'true',
    });
    expect(replaced.exitCode, replaced.stdout).toBe(0);
    expect(store().get('builds', first.id)!.attributes.expired).toBe(true);
    expect(replaced.outputs['beta-review-state']).toBe('WAITING_FOR_REVIEW');
  });

  it('a build of another version in review does not stop the run', async () => {
    const other = newBuild();
    await submitDistribution(other);
    const ownVersion = t.emulator.store.create(
      'preReleaseVersions',
      { version: '3.0', platform: 'IOS' },
      { app: t.account.app.id },
    );
    const build = createBuild(t.emulator.store, {
      appId: t.account.app.id,
      preReleaseVersionId: ownVersion.id,
      version: '900',
    });
    const run = await t.run({
      operation: 'distribute',
      app,
      build: '900',
      group: 'External Testers',
      'submit-beta-review': 'true',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(reviewStateOf(build.id)).toEqual(['WAITING_FOR_REVIEW']);
  });
});

describe("Apple's short window after processing", () => {
  it('is waited out and reported in the log, not a failure', async () => {
    const build = newBuild({ processingState: 'PROCESSING', processingReads: 2 });
    t.emulator.clearRequests();
    const run = await submitDistribution(build, { 'notify-testers': 'true' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).toContain(`still settling build ${build.name} after processing`);
    expect(writes().filter((w) => w === 'POST /v1/betaAppReviewSubmissions')).toHaveLength(2);
    expect(reviewStateOf(build.id)).toEqual(['WAITING_FOR_REVIEW']);
    expect(betaDetailOf(build.id).autoNotifyEnabled).toBe(true);
  });
});

describe('notifications', () => {
  it('turn on auto-notify for an external build not yet approved, instead of an email to nobody', async () => {
    const build = newBuild();
    const run = await submitDistribution(build, { 'notify-testers': 'true' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(notificationsOf(build.id)).toEqual([]);
    expect(betaDetailOf(build.id).autoNotifyEnabled).toBe(true);
    expect(run.stdout).toContain('auto-notify is turned on');
  });

  it('are sent at once for a build approved at once (a later build of an approved version)', async () => {
    const approvedEarlier = newBuild();
    await submitDistribution(approvedEarlier);
    const submission = store()
      .list('betaAppReviewSubmissions')
      .find((s) => s.relationships.build?.[0] === approvedEarlier.id)!;
    submission.attributes.betaReviewState = 'APPROVED';
    const build = newBuild();
    const run = await submitDistribution(build, { 'notify-testers': 'true' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(reviewStateOf(build.id)).toEqual(['APPROVED']);
    expect(notificationsOf(build.id)).toHaveLength(1);
    expect(betaDetailOf(build.id).autoNotifyEnabled).toBe(false);
  });

  it('are never sent while auto-notify is on', async () => {
    const build = newBuild();
    store().update('buildBetaDetails', build.id, { autoNotifyEnabled: true });
    const run = await submitDistribution(build, { 'notify-testers': 'true' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(notificationsOf(build.id)).toEqual([]);
    expect(writes()).not.toContain(`PATCH /v1/buildBetaDetails/${build.id}`);
  });
});
