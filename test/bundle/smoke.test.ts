/**
 * The smoke set: the built bundle (dist/index.js) run exactly as the runner runs it, under Node 20
 * and Node 24: inputs as INPUT_* variables, outputs and the step summary through the runner's
 * files. Every operation runs at least once, with step debug logging on, and its log is checked
 * for secrets; a fault case and a bad-input case complete it. Everything else about the operations
 * is tested in-process (test/integration/).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBuild } from '../../src/emulator/index.js';
import { configureReports } from '../../src/emulator/resources/reports.js';
import { nodeRuntimes, visibleLog, type ActionRun } from '../../scripts/lib/run-action.js';
import { writeIpa, xmlInfoPlist } from '../fixtures/build-archives.js';
import {
  errorLines,
  resultOf,
  startTestAccount,
  writeRequests,
  type TestAccount,
} from '../integration/harness.js';

const runtimes = nodeRuntimes();
const app = 'com.example.demo';
const vendor = '81234567';
const demoPassword = 'smoke-demo-password-1f2e';

describe('the runtimes under test', () => {
  it('include Node 20 and Node 24', () => {
    expect(runtimes.map((r) => r.label)).toEqual(expect.arrayContaining(['node20', 'node24']));
  });
});

/** The log as the runner shows it must hold no part of the key, no token and no password. */
function expectNoSecrets(t: TestAccount, run: ActionRun): void {
  const log = visibleLog(run);
  expect(log).not.toMatch(/eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/);
  for (const line of t.key.privateKeyPem.split('\n').filter((l) => !l.startsWith('-----'))) {
    if (line.length > 8) expect(log).not.toContain(line);
  }
  expect(log).not.toContain(demoPassword);
}

/** The token the bundle used was masked before it was sent (the runner hides masked values). */
function expectTokenMasked(t: TestAccount, run: ActionRun): void {
  const masked = run.stdout
    .split('\n')
    .filter((line) => line.startsWith('::add-mask::eyJ'))
    .map((line) => line.slice('::add-mask::'.length));
  expect(masked.some((token) => decodeProtectedHeader(token).kid === t.key.keyId)).toBe(true);
}

interface SmokeCase {
  operation: string;
  inputs: Record<string, string>;
  /** Checks beyond a clean exit and a clean log. */
  check?: (run: ActionRun) => void;
}

describe.each(runtimes)('the bundle under $label', ({ label, path: node }) => {
  let t: TestAccount;
  let cases: SmokeCase[];
  const dir = mkdtempSync(join(tmpdir(), `smoke-${label}-`));

  beforeAll(async () => {
    t = await startTestAccount();
    configureReports(t.emulator.store, { vendorNumber: vendor, latestDay: '2025-03-10' });
    const build = createBuild(t.emulator.store, {
      appId: t.account.app.id,
      preReleaseVersionId: t.account.preReleaseVersions[1]!.id,
      version: '77',
    });
    const ipa = join(dir, 'Smoke.ipa');
    await writeIpa(ipa, xmlInfoPlist({ bundleId: app, version: '1.1', buildNumber: '78' }));
    const usersFile = join(dir, 'team.csv');
    writeFileSync(usersFile, 'dev@example.com,Dev,Eloper,DEVELOPER\n');
    const tester = `smoke-${label}@example.com`;
    const group = `Smoke ${label}`;
    const dry = { 'dry-run': 'true' };
    const review = {
      'beta-review-contact-email': 'beta@example.com',
      'beta-review-demo-account-name': 'demo',
      'beta-review-demo-account-password': demoPassword,
      'beta-review-demo-account-required': 'true',
    };
    cases = [
      { operation: 'list-groups', inputs: { app } },
      { operation: 'list-testers', inputs: { app } },
      { operation: 'list-devices', inputs: {} },
      {
        operation: 'distribute',
        inputs: {
          app,
          build: '77',
          group: 'External Testers',
          'submit-beta-review': 'true',
          ...review,
        },
        check: (run) => {
          expect(run.outputs['build-id']).toBe(build.id);
          expect(run.stdout).toContain(`::add-mask::${demoPassword}`);
        },
      },
      { operation: 'wait-for-build', inputs: { app, build: '77' } },
      {
        operation: 'submit-beta-review',
        inputs: { app, build: '77', ...review, ...dry },
        check: (run) => expect(run.stdout).toContain(`::add-mask::${demoPassword}`),
      },
      { operation: 'set-whats-new', inputs: { app, build: '77', 'whats-new': 'Smoke test' } },
      { operation: 'expire-builds', inputs: { app, 'keep-latest': '2', ...dry } },
      {
        operation: 'add-testers',
        inputs: { app, group: 'External Testers', testers: tester },
        check: (run) => expect(run.outputs['testers-added']).toBe('1'),
      },
      {
        operation: 'remove-testers',
        inputs: { app, group: 'External Testers', testers: tester },
        check: (run) => expect(run.outputs['testers-removed']).toBe('1'),
      },
      { operation: 'create-group', inputs: { app, group, 'feedback-enabled': 'true' } },
      { operation: 'update-group', inputs: { app, group, 'feedback-enabled': 'false' } },
      { operation: 'delete-group', inputs: { app, group } },
      {
        operation: 'register-devices',
        inputs: { devices: '00008101-000A1B2C3D4E5F60 Smoke iPhone', ...dry },
      },
      { operation: 'disable-devices', inputs: { devices: t.account.devices[0]!.udid, ...dry } },
      {
        operation: 'register-bundle-id',
        inputs: { 'bundle-id': 'com.example.smoke', name: 'Smoke', ...dry },
      },
      { operation: 'create-certificate', inputs: { 'certificate-type': 'DEVELOPMENT', ...dry } },
      { operation: 'list-certificates', inputs: {} },
      {
        operation: 'revoke-certificate',
        inputs: { certificates: t.account.certificate.id, ...dry },
      },
      {
        operation: 'create-profile',
        inputs: {
          'profile-type': 'IOS_APP_DEVELOPMENT',
          'bundle-id': app,
          'profile-name': 'Smoke Development',
          ...dry,
        },
      },
      {
        operation: 'download-profiles',
        inputs: { 'bundle-id': app, 'profiles-dir': join(dir, 'profiles') },
        check: (run) => expect(run.outputs['profile-paths']).toContain(join(dir, 'profiles')),
      },
      { operation: 'delete-profile', inputs: { profiles: t.account.profiles.adHoc.name, ...dry } },
      { operation: 'refresh-profiles', inputs: { 'bundle-id': app, ...dry } },
      {
        operation: 'invite-user',
        inputs: {
          email: `new-${label}@example.com`,
          'first-name': 'New',
          'last-name': 'Person',
          roles: 'DEVELOPER',
          ...dry,
        },
      },
      {
        operation: 'update-user',
        inputs: { email: 'dev@example.com', roles: 'DEVELOPER', ...dry },
      },
      { operation: 'remove-user', inputs: { email: 'dev@example.com', ...dry } },
      { operation: 'list-users', inputs: {} },
      { operation: 'sync-users', inputs: { 'users-file': usersFile, ...dry } },
      {
        operation: 'download-sales-report',
        inputs: {
          'vendor-number': vendor,
          frequency: 'DAILY',
          'report-date': '2025-03-09',
          'report-path': join(dir, 'sales.tsv'),
        },
        check: (run) => expect(run.outputs['report-path']).toBe(join(dir, 'sales.tsv')),
      },
      {
        operation: 'download-finance-report',
        inputs: {
          'vendor-number': vendor,
          'report-date': '2025-02',
          'report-path': join(dir, 'finance.tsv'),
        },
      },
      { operation: 'upload-build', inputs: { app, 'build-path': ipa, ...dry } },
      {
        operation: 'next-build-number',
        inputs: { app },
        check: (run) => expect(Number(run.outputs['build-number'])).toBeGreaterThan(77),
      },
      {
        operation: 'download-feedback',
        inputs: { app, since: '30d', 'feedback-dir': join(dir, 'feedback') },
        check: (run) => expect(Number(run.outputs['feedback-count'])).toBeGreaterThan(0),
      },
      {
        operation: 'submit-app-store',
        inputs: { app, version: '1.1', build: '3', 'whats-new': 'Smoke test', ...dry },
      },
      {
        operation: 'release-app-store',
        inputs: { app, version: '1.0' },
        check: (run) => expect(run.outputs['app-store-state']).toBe('READY_FOR_SALE'),
      },
    ];
  });
  afterAll(async () => {
    await t.emulator.close();
  });

  it('runs every operation cleanly, with no secret in the log', async () => {
    const { operationNames } = await import('../../src/operations/registry.js');
    expect(cases.map((c) => c.operation).sort()).toEqual([...operationNames].sort());
    for (const smoke of cases) {
      const run = await t.runBundle(
        { operation: smoke.operation, ...smoke.inputs },
        { node, debug: true },
      );
      expect(run.exitCode, `${smoke.operation}\n${run.stdout}${run.stderr}`).toBe(0);
      expect(resultOf(run).operation).toBe(smoke.operation);
      expect(run.summary, smoke.operation).toContain('<h3>');
      expectNoSecrets(t, run);
      expectTokenMasked(t, run);
      smoke.check?.(run);
    }
  });

  it('refuses a bad input with one line naming it, before any request', async () => {
    t.emulator.clearRequests();
    const run = await t.runBundle(
      { operation: 'add-testers', app, group: 'QA', testers: 'not-an-address' },
      { node },
    );
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)[0]).toMatch(/^Input 'testers' is invalid: /);
    expect(t.emulator.requests).toEqual([]);
    expect(run.summary).toContain('testers');
  });

  it('survives 5xx, 429 and dropped connections without a duplicate write', async () => {
    const testers = Array.from({ length: 5 }, (_, i) => `fault-${label}-${i}@example.com`);
    t.emulator.setFaults({
      retryAfterSeconds: 0,
      rules: [
        { method: 'POST', path: '/v1/betaTesters', fault: 'drop-after-write', times: 1 },
        { method: 'POST', path: '/v1/betaTesters', fault: '500', times: 1 },
        { method: 'GET', path: /.*/, fault: '429', times: 1 },
        { method: 'GET', path: /.*/, fault: 'drop', times: 1 },
      ],
    });
    t.emulator.clearRequests();
    const run = await t.runBundle(
      { operation: 'add-testers', app, group: 'External Testers', testers: testers.join('\n') },
      { node },
    );
    t.emulator.setFaults({});
    expect(run.exitCode, run.stdout).toBe(0);
    expect(writeRequests(t.emulator).some((r) => r.fault !== undefined)).toBe(true);
    for (const email of testers) {
      const matches = t.emulator.store
        .list('betaTesters')
        .filter((x) => x.attributes.email === email);
      expect(matches, email).toHaveLength(1);
    }
  });
});
