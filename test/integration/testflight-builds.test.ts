import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBuild, type NewBuild } from '../../src/emulator/index.js';
import type { FaultKind } from '../../src/emulator/index.js';
import { visibleLog } from '../../scripts/lib/run-action.js';
import {
  errorLines,
  resultOf,
  startTestAccount,
  type TestAccount,
  writeRequests,
} from './harness.js';

let t: TestAccount;
beforeAll(async () => {
  t = await startTestAccount();
});
afterAll(async () => {
  await t.emulator.close();
});
/**
 * Apple takes one build per version in beta review: the reviews of earlier tests end (rejected)
 * so that each test submits from its own state.
 */
beforeEach(() => {
  for (const submission of t.emulator.store.list('betaAppReviewSubmissions')) {
    if (['WAITING_FOR_REVIEW', 'IN_REVIEW'].includes(String(submission.attributes.betaReviewState)))
      submission.attributes.betaReviewState = 'REJECTED';
  }
});

const app = 'com.example.demo';
let nextBuildNumber = 100;

/** A fresh build of version 1.1, uploaded now, so that each test starts from its own state. */
function newBuild(options: Partial<NewBuild> = {}) {
  const number = String(nextBuildNumber++);
  const build = createBuild(t.emulator.store, {
    appId: t.account.app.id,
    preReleaseVersionId: t.account.preReleaseVersions[1]!.id,
    version: number,
    ...options,
  });
  return { id: build.id, number };
}

const store = () => t.emulator.store;
const writes = () => writeRequests(t.emulator);
const groupsOf = (buildId: string) => store().related('builds', buildId, 'betaGroups').sort();
const localizationsOf = (buildId: string) =>
  store()
    .related('builds', buildId, 'betaBuildLocalizations')
    .map((id) => store().get('betaBuildLocalizations', id)!.attributes);
const submissionsOf = (buildId: string) =>
  store()
    .list('betaAppReviewSubmissions')
    .filter((s) => s.relationships.build?.[0] === buildId);
const notificationsOf = (buildId: string) =>
  store()
    .list('buildBetaNotifications')
    .filter((n) => n.relationships.build?.[0] === buildId);
const betaDetailOf = (buildId: string) =>
  store().get('buildBetaDetails', store().related('builds', buildId, 'buildBetaDetail')[0]!)!
    .attributes;

const allGroups = 'Internal QA\nExternal Testers, Public Beta';

describe('distribute', () => {
  it('adds a ready build to the groups in one request, with notes, review and auto-notify on approval', async () => {
    const build = newBuild();
    const { internal, external, publicBeta } = t.account.betaGroups;
    t.emulator.clearRequests();
    const run = await t.run({
      operation: 'distribute',
      app,
      build: build.number,
      group: allGroups,
      'whats-new': 'Try the new onboarding.',
      'submit-beta-review': 'true',
      'notify-testers': 'true',
    });
    expect(run.exitCode, run.stdout).toBe(0);

    // End state: the internal group has every build already, so only the external ones are linked.
    expect(groupsOf(build.id)).toEqual([external.id, publicBeta.id].sort());
    expect(localizationsOf(build.id)).toEqual([
      { locale: 'en-US', whatsNew: 'Try the new onboarding.' },
    ]);
    expect(submissionsOf(build.id)).toHaveLength(1);
    // Not approved yet: a notification now would reach no external tester; Apple notifies on approval.
    expect(notificationsOf(build.id)).toHaveLength(0);
    expect(betaDetailOf(build.id).autoNotifyEnabled).toBe(true);
    expect(betaDetailOf(build.id).externalBuildState).toBe('WAITING_FOR_BETA_REVIEW');

    // Requests: four writes, the groups in one linkage request, before the review submission.
    expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /v1/betaBuildLocalizations',
      `POST /v1/builds/${build.id}/relationships/betaGroups`,
      'POST /v1/betaAppReviewSubmissions',
      `PATCH /v1/buildBetaDetails/${build.id}`,
    ]);
    const link = writes()[1]!;
    expect(link.body).toEqual({
      data: [
        { type: 'betaGroups', id: external.id },
        { type: 'betaGroups', id: publicBeta.id },
      ],
    });
    // One read more than without review: the version's builds in review, in one request.
    expect(t.emulator.requests.length).toBeLessThanOrEqual(9);

    expect(run.outputs).toMatchObject({
      'build-id': build.id,
      'build-number': build.number,
      version: '1.1',
      'processing-state': 'VALID',
      'external-build-state': 'WAITING_FOR_BETA_REVIEW',
      'beta-review-state': 'WAITING_FOR_REVIEW',
      'group-ids': [internal.id, external.id, publicBeta.id].join(','),
    });
    const result = resultOf(run);
    expect(result).toMatchObject({
      applied: true,
      exportCompliance: 'set',
      whatsNew: { locale: 'en-US', change: 'create' },
      betaReview: { submitted: true, state: 'WAITING_FOR_REVIEW' },
      notified: true,
      notifiedOnApproval: true,
    });
    expect(result.groups).toEqual([
      expect.objectContaining({ name: 'Internal QA', change: 'all-builds' }),
      expect.objectContaining({ name: 'External Testers', change: 'add' }),
      expect.objectContaining({
        name: 'Public Beta',
        change: 'add',
        publicLink: expect.any(String),
      }),
    ]);
    expect((result.plan as unknown[]).length).toBe(4);
    expect(run.summary).toContain(t.account.betaGroups.publicBeta.publicLink);
    expect(run.summary).toContain('WAITING_FOR_REVIEW');

    // Re-running the finished operation writes nothing and reports the same state.
    t.emulator.clearRequests();
    const again = await t.run({
      operation: 'distribute',
      app,
      build: build.number,
      group: allGroups,
      'whats-new': 'Try the new onboarding.',
      'submit-beta-review': 'true',
      'notify-testers': 'true',
    });
    expect(again.exitCode, again.stdout).toBe(0);
    expect(writes()).toEqual([]);
    expect(resultOf(again)).toMatchObject({ applied: false, plan: [] });
    expect(again.outputs['beta-review-state']).toBe('WAITING_FOR_REVIEW');
  });

  it('warns when Apple does not say whether an internal group gets every build', async () => {
    const build = newBuild();
    const group = store().get('betaGroups', t.account.betaGroups.internal.id)!;
    const before = group.attributes.hasAccessToAllBuilds;
    delete group.attributes.hasAccessToAllBuilds;
    try {
      const run = await t.run({
        operation: 'distribute',
        app,
        build: build.number,
        group: 'Internal QA',
        'dry-run': 'true',
      });
      expect(run.exitCode, run.stdout).toBe(0);
      expect(run.stdout).toContain(
        "::warning::Apple did not say whether internal group 'Internal QA' gets every build",
      );
    } finally {
      store().update('betaGroups', group.id, { hasAccessToAllBuilds: before });
    }
  });

  it('dry-run prints the plan and writes nothing', async () => {
    const build = newBuild();
    t.emulator.clearRequests();
    const run = await t.run({
      operation: 'distribute',
      app,
      build: build.number,
      group: 'External Testers',
      'whats-new': 'Notes',
      'submit-beta-review': 'true',
      'dry-run': 'true',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(writes()).toEqual([]);
    expect(groupsOf(build.id)).toEqual([]);
    const result = resultOf(run);
    expect(result).toMatchObject({ dryRun: true, applied: false });
    expect((result.plan as { kind: string }[]).map((c) => c.kind)).toEqual([
      'create',
      'link',
      'submit',
    ]);
    expect(run.stdout).toContain('dry-run: the plan above was not applied.');
  });

  it('picks the latest build of a version and takes the notes from a file', async () => {
    newBuild({ uploadedAt: Date.now() - 60_000 });
    const latest = newBuild();
    const dir = mkdtempSync(join(tmpdir(), 'whats-new-'));
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'Line one\r\nLine two\n\n');
    const run = await t.run({
      operation: 'distribute',
      app,
      build: 'latest',
      version: '1.1',
      group: 'External Testers',
      'whats-new-file': file,
      'whats-new-locale': 'de-DE',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs['build-id']).toBe(latest.id);
    expect(localizationsOf(latest.id)).toEqual([
      { locale: 'de-DE', whatsNew: 'Line one\nLine two' },
    ]);
  });

  it('skips notifying when App Store Connect notifies automatically', async () => {
    const build = newBuild();
    store().update('buildBetaDetails', build.id, { autoNotifyEnabled: true });
    const run = await t.run({
      operation: 'distribute',
      app,
      build: build.number,
      group: 'External Testers',
      'notify-testers': 'true',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(notificationsOf(build.id)).toEqual([]);
    expect(groupsOf(build.id)).toEqual([t.account.betaGroups.external.id]);
  });
  it('knows every group of a build that is in more than the 50 an include lists', async () => {
    const build = newBuild();
    for (let i = 0; i < 55; i++) {
      store().create(
        'betaGroups',
        { name: `Crowd ${i}`, isInternalGroup: false, hasAccessToAllBuilds: false },
        { app: t.account.app.id, builds: [build.id] },
      );
    }
    t.emulator.clearRequests();
    const run = await t.run({
      operation: 'distribute',
      app,
      build: build.number,
      group: 'Crowd 54, Crowd 0',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(writes()).toEqual([]);
    expect(
      t.emulator.requests.some(
        (r) =>
          r.path === '/v1/betaGroups' && decodeURIComponent(r.query).includes('filter[builds]'),
      ),
    ).toBe(true);
  });
});

describe('waiting for processing', () => {
  it('waits for a PROCESSING build to turn VALID, then distributes it', async () => {
    // Processed on its fourth read: the lookup, then polls; no clock involved.
    const build = newBuild({ processingState: 'PROCESSING', processingReads: 4 });
    t.emulator.clearRequests();
    const run = await t.run({
      operation: 'distribute',
      app,
      build: build.number,
      group: 'External Testers',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    const result = resultOf(run);
    expect((result.wait as { polls: number }).polls).toBeGreaterThanOrEqual(2);
    expect(run.outputs['processing-state']).toBe('VALID');
    expect(groupsOf(build.id)).toEqual([t.account.betaGroups.external.id]);
    const polls = t.emulator.requests.filter((r) => r.path === `/v1/builds/${build.id}`);
    expect(polls.length).toBeGreaterThanOrEqual(2); // the polls and the final re-read
    // Every check is a line of the normal log (not debug): state, time waited, time left.
    const checks = run.stdout
      .split('\n')
      .filter((line) => line.startsWith(`Build 1.1 (${build.number}): PROCESSING after`));
    expect(checks.length).toBeGreaterThanOrEqual(1);
    expect(checks[0]).toMatch(/PROCESSING after 15 s of waiting; up to 29\.8 min left\.$/);
  });

  it('wait-for-build reports the processed build without writing', async () => {
    const build = newBuild({ processingState: 'PROCESSING', processingReads: 3 });
    t.emulator.clearRequests();
    const run = await t.run({ operation: 'wait-for-build', app, build: build.number });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(writes()).toEqual([]);
    expect(run.outputs).toMatchObject({
      'build-id': build.id,
      'processing-state': 'VALID',
      'external-build-state': 'READY_FOR_BETA_SUBMISSION',
    });
  });

  it('fails with the current state when the budget runs out, writing nothing', async () => {
    const build = newBuild({ processingState: 'PROCESSING', processingDurationMs: 3_600_000 });
    t.emulator.clearRequests();
    const run = await t.run({
      operation: 'distribute',
      app,
      build: build.number,
      group: 'External Testers',
      'whats-new': 'Notes',
      'processing-timeout-minutes': '2',
    });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run).at(0)).toMatch(
      /^Build 1.1 \(\d+\) is still PROCESSING after 2 minute\(s\) of waiting/,
    );
    expect(writes()).toEqual([]);
    // 15, 22.5, 33.75, 50.6 s ... within 2 minutes: a handful of polls, not a busy loop.
    const polls = t.emulator.requests.filter((r) => r.path === `/v1/builds/${build.id}`).length;
    expect(polls).toBeGreaterThanOrEqual(3);
    expect(polls).toBeLessThanOrEqual(6);
  });

  it('succeeds with the processing state when told to, so that a later run resumes', async () => {
    const build = newBuild({ processingState: 'PROCESSING', processingDurationMs: 3_600_000 });
    t.emulator.clearRequests();
    const inputs = {
      operation: 'distribute',
      app,
      build: build.number,
      group: 'External Testers',
      'processing-timeout-minutes': '1',
      'wait-timeout-behavior': 'succeed',
    };
    const run = await t.run(inputs);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(writes()).toEqual([]);
    expect(run.outputs['processing-state']).toBe('PROCESSING');
    expect(resultOf(run)).toMatchObject({ applied: false, wait: { timedOut: true } });

    // Later, the build is processed: the same step now distributes it.
    store().get('builds', build.id)!.internal.processingDurationMs = 0;
    const later = await t.run(inputs);
    expect(later.exitCode, later.stdout).toBe(0);
    expect(groupsOf(build.id)).toEqual([t.account.betaGroups.external.id]);
  });

  it.each([
    ['distribute', { group: 'External Testers' }],
    ['submit-beta-review', {}],
  ])('%s reports a processing time-out the same way', async (operation, extra) => {
    const build = newBuild({ processingState: 'PROCESSING', processingDurationMs: 3_600_000 });
    const run = await t.run({
      operation,
      app,
      build: build.number,
      ...extra,
      'processing-timeout-minutes': '1',
      'wait-timeout-behavior': 'succeed',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(resultOf(run)).toMatchObject({
      build: { id: build.id, processingState: 'PROCESSING' },
      wait: { timedOut: true },
      plan: [],
      applied: false,
    });
    expect(run.outputs['processing-state']).toBe('PROCESSING');
    expect(run.summary).toContain('is still processing');
    expect(run.summary).toContain('Nothing was changed: run again once the build is processed.');
  });

  it('refuses a PROCESSING build when waiting is off', async () => {
    const build = newBuild({ processingState: 'PROCESSING', processingDurationMs: 3_600_000 });
    t.emulator.clearRequests();
    const run = await t.run({
      operation: 'distribute',
      app,
      build: build.number,
      group: 'External Testers',
      'wait-for-processing': 'false',
    });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run).at(0)).toContain('wait-for-processing is false');
    expect(writes()).toEqual([]);
  });
});

describe('export compliance', () => {
  it('says clearly that it is missing when the input is absent', async () => {
    const build = newBuild({ usesNonExemptEncryption: null });
    const run = await t.run({
      operation: 'distribute',
      app,
      build: build.number,
      group: 'External Testers',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/::warning::Build 1.1 \(\d+\) is missing export compliance/);
    expect(resultOf(run)).toMatchObject({ exportCompliance: 'missing' });
  });

  it('refuses to submit for review without an answer, before any write', async () => {
    const build = newBuild({ usesNonExemptEncryption: null });
    t.emulator.clearRequests();
    const run = await t.run({
      operation: 'distribute',
      app,
      build: build.number,
      group: 'External Testers',
      'submit-beta-review': 'true',
    });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)).toEqual([
      expect.stringMatching(/^Input 'uses-non-exempt-encryption' is invalid: build 1.1/),
    ]);
    expect(writes()).toEqual([]);
  });

  it('sets the answer when given, then submits', async () => {
    const build = newBuild({ usesNonExemptEncryption: null });
    t.emulator.clearRequests();
    const run = await t.run({
      operation: 'distribute',
      app,
      build: build.number,
      group: 'External Testers',
      'uses-non-exempt-encryption': 'false',
      'submit-beta-review': 'true',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(store().get('builds', build.id)!.attributes.usesNonExemptEncryption).toBe(false);
    expect(betaDetailOf(build.id).internalBuildState).toBe('READY_FOR_BETA_TESTING');
    expect(writes()[0]).toMatchObject({
      method: 'PATCH',
      path: `/v1/builds/${build.id}`,
      body: {
        data: { type: 'builds', id: build.id, attributes: { usesNonExemptEncryption: false } },
      },
    });
    expect(submissionsOf(build.id)).toHaveLength(1);
  });
});

describe('under injected faults', () => {
  const kinds: FaultKind[] = ['500', '503', '429', 'drop', 'drop-after-write'];
  it.each(kinds)('%s on every write: the end state is exact, with no duplicates', async (fault) => {
    const build = newBuild();
    t.emulator.setFaults({
      retryAfterSeconds: 0,
      rules: [
        { method: 'POST', path: '/v1/betaBuildLocalizations', fault, times: 1 },
        {
          method: 'POST',
          path: `/v1/builds/${build.id}/relationships/betaGroups`,
          fault,
          times: 1,
        },
        { method: 'POST', path: '/v1/betaAppReviewSubmissions', fault, times: 1 },
        { method: 'GET', path: '/v1/betaGroups', fault, times: 1 },
      ],
    });
    t.emulator.clearRequests();
    try {
      const run = await t.run({
        operation: 'distribute',
        app,
        build: build.number,
        group: 'External Testers\nPublic Beta',
        'whats-new': `Fault ${fault}`,
        'submit-beta-review': 'true',
        'max-retries': '10',
      });
      expect(run.exitCode, run.stdout).toBe(0);
      // drop-after-write only hits writes, so the GET rule does not fire for it.
      expect(t.emulator.requests.filter((r) => r.fault === fault).length).toBe(
        fault === 'drop-after-write' ? 3 : 4,
      );
    } finally {
      t.emulator.setFaults({});
    }
    expect(localizationsOf(build.id)).toEqual([{ locale: 'en-US', whatsNew: `Fault ${fault}` }]);
    expect(submissionsOf(build.id)).toHaveLength(1);
    expect(groupsOf(build.id)).toEqual(
      [t.account.betaGroups.external.id, t.account.betaGroups.publicBeta.id].sort(),
    );
  });

  it('survives random 5xx, 429 and dropped answers', async () => {
    const build = newBuild();
    t.emulator.setFaults({
      serverErrorRate: 0.15,
      rateLimitRate: 0.1,
      dropConnectionRate: 0.1,
      dropResponseAfterWriteRate: 0.3,
      retryAfterSeconds: 0,
      seed: 11,
    });
    try {
      const run = await t.run({
        operation: 'distribute',
        app,
        build: build.number,
        group: allGroups,
        'whats-new': 'Random faults',
        'submit-beta-review': 'true',
        'max-retries': '10',
      });
      expect(run.exitCode, run.stdout).toBe(0);
    } finally {
      t.emulator.setFaults({});
    }
    expect(localizationsOf(build.id)).toHaveLength(1);
    expect(submissionsOf(build.id)).toHaveLength(1);
    expect(groupsOf(build.id)).toHaveLength(2);
  });
});

describe('set-whats-new', () => {
  it('creates, then updates, then leaves the text alone', async () => {
    const build = newBuild();
    const inputs = { operation: 'set-whats-new', app, build: build.number };
    const created = await t.run({ ...inputs, 'whats-new': 'First' });
    expect(created.exitCode, created.stdout).toBe(0);
    t.emulator.clearRequests();
    const updated = await t.run({ ...inputs, 'whats-new': 'Second' });
    expect(updated.exitCode, updated.stdout).toBe(0);
    expect(writes().map((r) => r.method)).toEqual(['PATCH']);
    expect(localizationsOf(build.id)).toEqual([{ locale: 'en-US', whatsNew: 'Second' }]);
    expect(resultOf(updated)).toMatchObject({ whatsNew: { change: 'update' } });
    t.emulator.clearRequests();
    const same = await t.run({ ...inputs, 'whats-new': 'Second' });
    expect(same.exitCode).toBe(0);
    expect(writes()).toEqual([]);
  });
});

describe('submit-beta-review', () => {
  it('updates only the review details that differ, masks the password, and submits', async () => {
    const build = newBuild();
    const detailId = t.account.app.id;
    t.emulator.clearRequests();
    const inputs = {
      operation: 'submit-beta-review',
      app,
      build: build.number,
      'beta-review-contact-first-name': 'Ada',
      'beta-review-contact-email': 'beta@example.com',
      'beta-review-demo-account-name': 'demo',
      'beta-review-demo-account-password': 'hunter2-secret',
      'beta-review-demo-account-required': 'true',
      'beta-review-notes': 'Sign in with the demo account.',
    };
    const run = await t.run(inputs);
    expect(run.exitCode, run.stdout).toBe(0);
    const patch = writes().find((r) => r.method === 'PATCH');
    expect(patch?.path).toBe(`/v1/betaAppReviewDetails/${detailId}`);
    // contactFirstName is already Ada: not sent.
    expect((patch?.body as { data: { attributes: object } }).data.attributes).toEqual({
      contactEmail: 'beta@example.com',
      demoAccountName: 'demo',
      demoAccountPassword: 'hunter2-secret',
      demoAccountRequired: true,
      notes: 'Sign in with the demo account.',
    });
    expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      `PATCH /v1/betaAppReviewDetails/${detailId}`,
      'POST /v1/betaAppReviewSubmissions',
    ]);
    expect(visibleLog(run)).not.toContain('hunter2-secret');
    expect(run.stdout).toContain('::add-mask::hunter2-secret');
    expect(run.outputs['beta-review-state']).toBe('WAITING_FOR_REVIEW');

    t.emulator.clearRequests();
    const again = await t.run(inputs);
    expect(again.exitCode, again.stdout).toBe(0);
    expect(writes()).toEqual([]);
    expect(resultOf(again)).toMatchObject({
      betaReview: { alreadySubmitted: true, state: 'WAITING_FOR_REVIEW' },
    });
  });
});

describe('bad input fails before any write, naming the input', () => {
  beforeAll(() => {
    // Build number 7 exists in both 1.0 and 1.1.
    for (const pre of t.account.preReleaseVersions) {
      createBuild(t.emulator.store, {
        appId: t.account.app.id,
        preReleaseVersionId: pre.id,
        version: '7',
      });
    }
  });
  const base = { operation: 'distribute', app, group: 'External Testers' };
  const cases: [string, Record<string, string>, RegExp][] = [
    [
      'latest with no builds',
      { ...base, app: 'com.example.demo.widget', build: 'latest', group: 'x' },
      /^Input 'build' is invalid: no build for IOS in com.example.demo.widget; com.example.demo.widget has no unexpired IOS builds/,
    ],
    [
      'unknown build number',
      { ...base, build: '999' },
      /^Input 'build' is invalid: no build number 999 for IOS in com.example.demo; the newest builds are 1\.\d \(\d+\), /,
    ],
    [
      'expired build',
      { ...base, build: '1' },
      /^Input 'build' is invalid: build 1.0 \(1\) has expired/,
    ],
    [
      'ambiguous build number',
      { ...base, build: '7' },
      /^Input 'build' is invalid: 2 builds have the number 7 .*narrow it with version/,
    ],
    ['not a build number', { ...base, build: 'v1' }, /^Input 'build' is invalid: 'v1' is neither/],
    [
      'unknown group',
      { ...base, build: '3', group: 'Nope' },
      /^Input 'group' is invalid: no beta group named 'Nope'/,
    ],
    ['no group', { ...base, build: '3', group: '' }, /^Input 'group' is invalid: it is empty/],
    [
      'bad locale',
      { ...base, build: '3', 'whats-new': 'x', 'whats-new-locale': 'english' },
      /^Input 'whats-new-locale' is invalid: 'english' is not a locale code/,
    ],
    [
      'both whats-new and whats-new-file',
      { ...base, build: '3', 'whats-new': 'x', 'whats-new-file': 'notes.txt' },
      /^Input 'whats-new-file' is invalid: give either whats-new or whats-new-file, not both/,
    ],
    [
      'missing whats-new-file',
      { ...base, build: '3', 'whats-new-file': '/nonexistent/notes.txt' },
      /^Input 'whats-new-file' is invalid: cannot read '\/nonexistent\/notes.txt': no such file/,
    ],
    [
      'bad contact email',
      { ...base, build: '3', 'beta-review-contact-email': 'nobody' },
      /^Input 'beta-review-contact-email' is invalid/,
    ],
    [
      'bad timeout',
      { ...base, build: '3', 'processing-timeout-minutes': '0' },
      /^Input 'processing-timeout-minutes' is invalid: 0 is out of range/,
    ],
    [
      'keep-latest 0 alone',
      { operation: 'expire-builds', app, 'keep-latest': '0' },
      /^Input 'keep-latest' is invalid: 0 with no older-than-days would expire every build/,
    ],
    [
      'expire-builds with no rule',
      { operation: 'expire-builds', app },
      /^Input 'keep-latest' is invalid: it is empty, and so is older-than-days/,
    ],
    [
      'set-whats-new without text',
      { operation: 'set-whats-new', app, build: '3' },
      /^Input 'whats-new' is invalid: it is empty/,
    ],
  ];
  it.each(cases)('%s', async (_name, inputs, message) => {
    t.emulator.clearRequests();
    const run = await t.run(inputs);
    expect(run.exitCode).toBe(1);
    const errors = errorLines(run);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
    expect(writes()).toEqual([]);
    expect(resultOf(run)).toMatchObject({ failed: true });
  });
});

describe('expire-builds around the winter-time change', () => {
  it('orders builds by instant, not by the text of their Pacific dates', async () => {
    const own = await startTestAccount();
    try {
      for (const build of own.emulator.store.list('builds')) {
        own.emulator.store.update('builds', build.id, { expired: true });
      }
      const pre = own.account.preReleaseVersions[1]!.id;
      const add = (version: string, uploaded: string) => {
        const { id } = createBuild(own.emulator.store, {
          appId: own.account.app.id,
          preReleaseVersionId: pre,
          version,
          processingState: 'VALID',
          uploadedAt: Date.parse(uploaded),
        });
        // Not expired by age, whenever the test runs.
        const expires = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString();
        own.emulator.store.update('builds', id, { expirationDate: expires });
        return id;
      };
      // 01:30 Pacific summer time, then 40 minutes later 01:10 Pacific winter time (2024-11-03).
      const earlier = add('50', '2024-11-03T08:30:00Z');
      const later = add('51', '2024-11-03T09:10:00Z');
      const run = await own.run({
        operation: 'expire-builds',
        app,
        'keep-latest': '1',
        'dry-run': 'true',
      });
      expect(run.exitCode, run.stdout).toBe(0);
      expect(run.outputs['expired-build-ids'], run.stdout).toBe(earlier);
      expect(run.outputs['expired-build-ids']).not.toContain(later);
    } finally {
      await own.emulator.close();
    }
  });
});

describe('expire-builds', () => {
  let own: TestAccount;
  const DAY = 24 * 60 * 60 * 1000;
  let ids: Record<string, string>;
  beforeAll(async () => {
    own = await startTestAccount();
    const pre = own.account.preReleaseVersions[1]!.id;
    const add = (version: string, ageDays: number, extra: Partial<NewBuild> = {}) =>
      createBuild(own.emulator.store, {
        appId: own.account.app.id,
        preReleaseVersionId: pre,
        version,
        uploadedAt: Date.now() - ageDays * DAY,
        ...extra,
      }).id;
    // With the seed: 2 (20 days), 3 (3 days), 4 (processing, today); 1 is expired.
    ids = {
      ...Object.fromEntries(own.account.builds.map((b) => [b.version, b.id])),
      '10': add('10', 60),
      '11': add('11', 45),
      '12': add('12', 30),
    };
  });
  afterAll(async () => {
    await own.emulator.close();
  });
  const expiredIds = () =>
    own.emulator.store
      .list('builds')
      .filter((b) => b.attributes.expired)
      .map((b) => b.id)
      .sort();

  it('dry-run lists the builds it would expire and writes nothing', async () => {
    own.emulator.clearRequests();
    const run = await own.run({
      operation: 'expire-builds',
      app,
      'keep-latest': '2',
      'older-than-days': '25',
      build: '11',
      'dry-run': 'true',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(own.emulator.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    // Newest first: 4, 3, 2, 12, 11, 10. Keep 2 newest; older than 25 days: 12, 11, 10; never 11.
    expect(run.outputs['expired-build-ids']?.split(',').sort()).toEqual(
      [ids['12']!, ids['10']!].sort(),
    );
    expect(run.stdout).toContain('• update build 1.1 (12) expired: true');
  });

  it('expires them, keeps the named build, and writes nothing on a re-run', async () => {
    const inputs = {
      operation: 'expire-builds',
      app,
      'keep-latest': '2',
      'older-than-days': '25',
      build: '11',
    };
    own.emulator.clearRequests();
    const run = await own.run(inputs);
    expect(run.exitCode, run.stdout).toBe(0);
    const patches = own.emulator.requests.filter((r) => r.method !== 'GET');
    expect(patches.map((r) => r.path).sort()).toEqual(
      [`/v1/builds/${ids['12']}`, `/v1/builds/${ids['10']}`].sort(),
    );
    expect(patches[0]?.body).toMatchObject({ data: { attributes: { expired: true } } });
    expect(expiredIds()).toEqual([ids['1']!, ids['12']!, ids['10']!].sort());
    expect(run.outputs['expired-count']).toBe('2');

    own.emulator.clearRequests();
    const again = await own.run(inputs);
    expect(again.exitCode).toBe(0);
    expect(own.emulator.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('keep-latest alone keeps the newest and never a processing build', async () => {
    const run = await own.run({ operation: 'expire-builds', app, 'keep-latest': '1' });
    expect(run.exitCode, run.stdout).toBe(0);
    const unexpired = own.emulator.store
      .list('builds')
      .filter((b) => !b.attributes.expired)
      .map((b) => b.id);
    // 4 is the newest (and processing); everything else is expired.
    expect(unexpired).toEqual([ids['4']]);
  });
});
