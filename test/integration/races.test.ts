/**
 * Two runs of the same write started at once against one account (a workflow re-run racing the
 * first): both must succeed and the end state must be what one run would have made. Apple answers
 * the slower create 409; the client re-reads it and, when what exists is what the plan wanted,
 * counts it as done.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { advanceAppStoreReview, createBuild } from '../../src/emulator/index.js';
import { writeIpa, xmlInfoPlist } from '../fixtures/build-archives.js';
import type { ActionRun } from '../../scripts/lib/run-action.js';
import { startTestAccount, type TestAccount } from './harness.js';

const app = 'com.example.demo';
const dir = mkdtempSync(join(tmpdir(), 'races-'));
let t: TestAccount;
afterEach(async () => {
  await t?.emulator.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts the same run twice at once; both must succeed. */
async function race(inputs: Record<string, string>): Promise<ActionRun[]> {
  const runs = await Promise.all([t.run(inputs), t.run(inputs)]);
  for (const run of runs) expect(run.exitCode, run.stdout).toBe(0);
  return runs;
}

const store = () => t.emulator.store;
const named = (type: string, attribute: string, value: string) =>
  store()
    .list(type)
    .filter((r) => String(r.attributes[attribute]).toLowerCase() === value.toLowerCase());

describe('racing runs converge', () => {
  it('create-group', async () => {
    t = await startTestAccount();
    await race({ operation: 'create-group', app, group: 'Racers', 'public-link-enabled': 'true' });
    expect(named('betaGroups', 'name', 'Racers')).toHaveLength(1);
  });

  it('add-testers', async () => {
    t = await startTestAccount();
    await race({
      operation: 'add-testers',
      app,
      group: 'External Testers',
      testers: 'Ada Lovelace <ada@example.com>\ngrace@example.com',
    });
    for (const email of ['ada@example.com', 'grace@example.com']) {
      const testers = named('betaTesters', 'email', email);
      expect(testers).toHaveLength(1);
      const group = t.account.betaGroups.external.id;
      expect(store().related('betaGroups', group, 'betaTesters')).toContain(testers[0]!.id);
    }
  });

  it('submit-app-store', async () => {
    t = await startTestAccount();
    const runs = await race({
      operation: 'submit-app-store',
      app,
      version: '1.1',
      build: '3',
      'whats-new': 'Faster sync.',
      'phased-release': 'true',
    });
    const versions = named('appStoreVersions', 'versionString', '1.1');
    expect(versions).toHaveLength(1);
    expect(store().list('reviewSubmissions')).toHaveLength(1);
    expect(store().list('reviewSubmissionItems')).toHaveLength(1);
    const [submission] = store().list('reviewSubmissions');
    expect(submission!.attributes.state).toBe('WAITING_FOR_REVIEW');
    for (const run of runs) {
      expect(run.outputs['review-submission-id']).toBe(submission!.id);
      expect(run.outputs['app-store-state']).toBe('WAITING_FOR_REVIEW');
    }
    const id = versions[0]!.id;
    expect(store().related('appStoreVersions', id, 'appStoreVersionLocalizations')).toHaveLength(1);
    expect(store().related('appStoreVersions', id, 'appStoreVersionPhasedRelease')).toHaveLength(1);
  });

  it('release-app-store', async () => {
    t = await startTestAccount();
    const submitted = await t.run({
      operation: 'submit-app-store',
      app,
      version: '1.1',
      build: '3',
      'release-type': 'MANUAL',
    });
    expect(submitted.exitCode, submitted.stdout).toBe(0);
    const [version] = named('appStoreVersions', 'versionString', '1.1');
    expect(advanceAppStoreReview(store(), version!.id)).toBe('IN_REVIEW');
    expect(advanceAppStoreReview(store(), version!.id)).toBe('PENDING_DEVELOPER_RELEASE');
    t.emulator.clearRequests();
    const runs = await race({ operation: 'release-app-store', app, version: '1.1' });
    expect(version!.attributes.appStoreState).toBe('READY_FOR_SALE');
    for (const run of runs) expect(run.outputs['app-store-state']).toBe('READY_FOR_SALE');
    const releases = t.emulator.requests.filter(
      (r) => r.method === 'POST' && r.path === '/v1/appStoreVersionReleaseRequests',
    );
    expect(releases.length).toBeGreaterThanOrEqual(1);
  });

  it('register-devices', async () => {
    t = await startTestAccount();
    const udid = '00008030-00AA11BB22CC33DD';
    await race({ operation: 'register-devices', devices: `${udid} Racing Phone` });
    expect(named('devices', 'udid', udid)).toHaveLength(1);
  });

  it('register-bundle-id', async () => {
    t = await startTestAccount();
    await race({
      operation: 'register-bundle-id',
      'bundle-id': 'com.example.racing',
      capabilities: 'MAPS',
    });
    const bundles = named('bundleIds', 'identifier', 'com.example.racing');
    expect(bundles).toHaveLength(1);
    expect(store().related('bundleIds', bundles[0]!.id, 'bundleIdCapabilities')).toHaveLength(1);
  });

  it('create-profile', async () => {
    t = await startTestAccount();
    await race({
      operation: 'create-profile',
      'profile-type': 'IOS_APP_DEVELOPMENT',
      'bundle-id': 'com.example.demo',
      'profile-name': 'Racing Development',
      'profiles-dir': mkdtempSync(join(dir, 'profiles-')),
    });
    expect(named('profiles', 'name', 'Racing Development')).toHaveLength(1);
  });

  it('invite-user', async () => {
    t = await startTestAccount();
    await race({
      operation: 'invite-user',
      email: 'racer@example.com',
      'first-name': 'Race',
      'last-name': 'Runner',
      roles: 'developer',
    });
    expect(named('userInvitations', 'email', 'racer@example.com')).toHaveLength(1);
  });

  it('sync-users', async () => {
    t = await startTestAccount();
    const file = join(mkdtempSync(join(dir, 'users-')), 'users.csv');
    writeFileSync(
      file,
      'owner@example.com,Olivia,Owner,ADMIN\nnew1@example.com,New,One,DEVELOPER\nnew2@example.com,New,Two,SALES\n',
    );
    await race({ operation: 'sync-users', 'users-file': file });
    for (const email of ['new1@example.com', 'new2@example.com']) {
      expect(named('userInvitations', 'email', email)).toHaveLength(1);
    }
  });

  it('register-devices with refresh-profiles', async () => {
    t = await startTestAccount();
    const udid = '00008030-00AA11BB22CC77EE';
    await race({
      operation: 'register-devices',
      devices: `${udid} Racing Phone`,
      'refresh-profiles': 'true',
      profiles: 'Demo App Development',
    });
    const device = named('devices', 'udid', udid);
    expect(device).toHaveLength(1);
    const profiles = named('profiles', 'name', 'Demo App Development');
    expect(profiles).toHaveLength(1);
    expect(store().related('profiles', profiles[0]!.id, 'devices')).toContain(device[0]!.id);
  });

  it('set-whats-new and submit-beta-review', async () => {
    t = await startTestAccount();
    const build = createBuild(store(), {
      appId: t.account.app.id,
      preReleaseVersionId: t.account.preReleaseVersions[1]!.id,
      version: '301',
    });
    await race({ operation: 'set-whats-new', app, build: '301', 'whats-new': 'Same notes' });
    expect(store().related('builds', build.id, 'betaBuildLocalizations')).toHaveLength(1);
    await race({ operation: 'submit-beta-review', app, build: '301' });
    const submissions = store()
      .list('betaAppReviewSubmissions')
      .filter((s) => s.relationships.build?.[0] === build.id);
    expect(submissions).toHaveLength(1);
  });

  it('delete-group and remove-testers', async () => {
    t = await startTestAccount();
    await race({
      operation: 'remove-testers',
      app,
      group: 'Public Beta',
      testers: 'tester3@example.com',
    });
    const publicBeta = t.account.betaGroups.publicBeta.id;
    const members = store()
      .related('betaGroups', publicBeta, 'betaTesters')
      .map((id) => String(store().get('betaTesters', id)?.attributes.email));
    expect(members).not.toContain('tester3@example.com');
    await race({ operation: 'delete-group', app, group: 'External Testers' });
    expect(named('betaGroups', 'name', 'External Testers')).toHaveLength(0);
  });

  it('distribute with What to Test, beta review and notification', async () => {
    t = await startTestAccount();
    const build = createBuild(store(), {
      appId: t.account.app.id,
      preReleaseVersionId: t.account.preReleaseVersions[1]!.id,
      version: '300',
    });
    await race({
      operation: 'distribute',
      app,
      build: '300',
      group: 'External Testers\nPublic Beta',
      'notify-testers': 'true',
      'whats-new': 'Racing notes',
      'submit-beta-review': 'true',
    });
    expect(store().related('builds', build.id, 'betaGroups')).toHaveLength(2);
    expect(store().related('builds', build.id, 'betaBuildLocalizations')).toHaveLength(1);
    const submissions = store()
      .list('betaAppReviewSubmissions')
      .filter((s) => s.relationships.build?.[0] === build.id);
    expect(submissions).toHaveLength(1);
  });

  it('upload-build: one build upload, resumed by the second run', async () => {
    t = await startTestAccount({ processingDurationMs: 1 });
    const ipa = join(dir, 'Race.ipa');
    await writeIpa(
      ipa,
      xmlInfoPlist({ bundleId: 'com.example.demo', version: '4.0', buildNumber: '400' }),
      { payloadBytes: 200_000 },
    );
    const runs = await race({ operation: 'upload-build', app, 'build-path': ipa });
    // One run made the upload; the other found it and went on with it.
    expect(runs.map((run) => run.stdout).join('\n')).toMatch(
      /already made by another run|Resuming build upload|This file was already sent/,
    );
    expect(store().list('buildUploads')).toHaveLength(1);
    expect(store().list('buildUploadFiles')).toHaveLength(1);
    expect(
      store()
        .list('builds')
        .filter((b) => b.attributes.version === '400'),
    ).toHaveLength(1);
  });
});
