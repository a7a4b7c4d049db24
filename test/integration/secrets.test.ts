import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBuild } from '../../src/emulator/index.js';
import { visibleLog, type ActionRun } from '../../scripts/lib/run-action.js';
import { writeIpa, xmlInfoPlist } from '../fixtures/build-archives.js';
import { startTestAccount, type TestAccount } from './harness.js';

let t: TestAccount;
const dir = mkdtempSync(join(tmpdir(), 'secrets-'));
const ipa = join(dir, 'Secret.ipa');
beforeAll(async () => {
  t = await startTestAccount();
  createBuild(t.emulator.store, {
    appId: t.account.app.id,
    preReleaseVersionId: t.account.preReleaseVersions[1]!.id,
    version: '61',
  });
  await writeIpa(
    ipa,
    xmlInfoPlist({ bundleId: 'com.example.demo', version: '1.1', buildNumber: '62' }),
  );
});
afterAll(async () => {
  await t.emulator.close();
});

const masked = (run: ActionRun) =>
  run.stdout
    .split('\n')
    .filter((line) => line.startsWith('::add-mask::'))
    .map((line) => line.slice('::add-mask::'.length));

/** The secret was handed to the runner to mask, and the log as shown never holds it. */
function expectMasked(run: ActionRun, secret: string): void {
  expect(masked(run)).toContain(secret);
  expect(visibleLog(run)).not.toContain(secret);
}

const review = (password: string) => ({
  'beta-review-contact-email': 'beta@example.com',
  'beta-review-demo-account-name': 'demo',
  'beta-review-demo-account-password': password,
  'beta-review-demo-account-required': 'true',
});

describe('secrets in the log', () => {
  it('masks the key, line by line, and every token before it is sent', async () => {
    const run = await t.run({ operation: 'list-groups', app: 'com.example.demo' }, { debug: true });
    expect(run.exitCode, run.stdout).toBe(0);
    for (const line of t.key.privateKeyPem.split('\n').filter((l) => !l.startsWith('-----'))) {
      if (line.length >= 8) expectMasked(run, line.trim());
    }
    const tokens = masked(run).filter((value) => value.startsWith('eyJ'));
    expect(tokens.length).toBeGreaterThan(0);
    for (const token of tokens) expect(decodeProtectedHeader(token).kid).toBe(t.key.keyId);
    // Masked before use: the first request comes after the token's mask line.
    const maskAt = run.stdout.indexOf(`::add-mask::${tokens[0]}`);
    expect(maskAt).toBeGreaterThanOrEqual(0);
    expect(run.stdout.indexOf('::debug::GET ')).toBeGreaterThan(maskAt);
    expect(visibleLog(run)).not.toMatch(/eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/);
  });

  it.each([
    [
      'a path to the .p8 file',
      () => {
        const path = join(dir, 'AuthKey.p8');
        writeFileSync(path, t.key.privateKeyPem);
        return path;
      },
    ],
    ['base64 of the PEM', () => Buffer.from(t.key.privateKeyPem).toString('base64')],
  ])('masks the key read from %s', async (_how, keyInput) => {
    const run = await t.run({
      operation: 'list-groups',
      app: 'com.example.demo',
      'private-key': keyInput(),
    });
    expect(run.exitCode, run.stdout).toBe(0);
    for (const line of t.key.privateKeyPem.split('\n').filter((l) => !l.startsWith('-----'))) {
      if (line.length >= 8) expectMasked(run, line.trim());
    }
  });

  it.each([
    ['distribute', { build: '61', group: 'External Testers', 'submit-beta-review': 'true' }],
    ['submit-beta-review', { build: '61', 'dry-run': 'true' }],
    ['upload-build', { 'build-path': ipa, group: 'External Testers', 'dry-run': 'true' }],
  ])('masks the demo account password in %s', async (operation, inputs) => {
    const password = `pw-${operation}-7c1d`;
    const run = await t.run(
      { operation, app: 'com.example.demo', ...inputs, ...review(password) },
      { debug: true },
    );
    expect(run.exitCode, run.stdout).toBe(0);
    expectMasked(run, password);
  });

  it('masks the .p12 password and the .p12 itself in create-certificate', async () => {
    const password = 'p12-secret-9a8b';
    const run = await t.run(
      {
        operation: 'create-certificate',
        'certificate-type': 'DEVELOPMENT',
        'p12-password': password,
        'p12-path': join(dir, 'dev.p12'),
      },
      { debug: true },
    );
    expect(run.exitCode, run.stdout).toBe(0);
    expectMasked(run, password);
    expectMasked(run, run.outputs['p12-base64']!);

    const generated = await t.run({
      operation: 'create-certificate',
      'certificate-type': 'DEVELOPMENT',
      'p12-path': join(dir, 'generated.p12'),
    });
    expect(generated.exitCode, generated.stdout).toBe(0);
    expectMasked(generated, generated.outputs['p12-password']!);
  });
});
