import { createHash } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedRequest } from '../../src/emulator/index.js';
import { UPLOAD_PARTS_PREFIX } from '../../src/emulator/resources/build-uploads.js';
import {
  binaryInfoPlist,
  distributionXml,
  writeIpa,
  writePkg,
  xmlInfoPlist,
} from '../fixtures/build-archives.js';
import { errorLines, resultOf, startTestAccount, type TestAccount } from './harness.js';

let t: TestAccount;
const dir = mkdtempSync(join(tmpdir(), 'upload-build-'));
const demoIpa = join(dir, 'Demo.ipa');

beforeAll(async () => {
  // Uploaded builds finish processing at once, so that the chained distribute need not wait.
  t = await startTestAccount({ processingDurationMs: 1 });
  await writeIpa(demoIpa, binaryInfoPlist, { payloadBytes: 300_000 });
});
afterAll(async () => {
  await t.emulator.close();
  rmSync(dir, { recursive: true, force: true });
});

const writes = (requests: RecordedRequest[]) => requests.filter((r) => r.method !== 'GET');
const partRequests = (requests: RecordedRequest[]) =>
  requests.filter((r) => r.path.startsWith(UPLOAD_PARTS_PREFIX));

async function md5Of(path: string): Promise<string> {
  const hash = createHash('md5');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

function buildsOf(version: string, buildNumber: string) {
  const { store } = t.emulator;
  return store.list('builds').filter((build) => {
    const preReleaseId = store.related('builds', build.id, 'preReleaseVersion')[0];
    const preRelease = preReleaseId ? store.get('preReleaseVersions', preReleaseId) : undefined;
    return build.attributes.version === buildNumber && preRelease?.attributes.version === version;
  });
}

async function ipaFor(version: string, buildNumber: string, payloadBytes = 50_000) {
  const path = join(dir, `Demo-${version}-${buildNumber}.ipa`);
  await writeIpa(path, xmlInfoPlist({ bundleId: 'com.example.demo', version, buildNumber }), {
    payloadBytes,
  });
  return path;
}

describe('upload-build', () => {
  it('uploads an .ipa read from its binary Info.plist, then a re-run sends nothing', async () => {
    t.emulator.clearRequests();
    const run = await t.run({
      operation: 'upload-build',
      app: 'com.example.demo',
      'build-path': demoIpa,
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const [build] = buildsOf('1.2', '45');
    expect(build).toBeDefined();
    expect(run.outputs).toMatchObject({
      'build-id': build!.id,
      'build-number': '45',
      version: '1.2',
      'app-id': t.account.app.id,
    });
    const upload = t.emulator.store.get('buildUploads', run.outputs['build-upload-id'] ?? '');
    expect(upload?.attributes.state).toMatchObject({ state: 'COMPLETE' });

    const requests = t.emulator.requests;
    const parts = partRequests(requests);
    expect(parts.length).toBeGreaterThan(0);
    expect(parts.every((r) => r.method === 'PUT' && r.status === 200)).toBe(true);
    expect(parts.every((r) => r.keyId === undefined)).toBe(true); // no token to the storage host
    const commit = requests.find((r) => r.method === 'PATCH');
    expect(commit?.body).toMatchObject({
      data: {
        attributes: {
          uploaded: true,
          sourceFileChecksums: { file: { algorithm: 'MD5', hash: await md5Of(demoIpa) } },
        },
      },
    });
    const result = resultOf(run);
    expect(result).toMatchObject({ status: 'uploaded', applied: true, buildId: build!.id });
    expect((result.plan as { kind: string }[]).map((c) => c.kind)).toEqual([
      'create',
      'create',
      'update',
      'submit',
    ]);
    expect(run.summary).toContain('Demo.ipa');

    t.emulator.clearRequests();
    const again = await t.run({
      operation: 'upload-build',
      app: 'com.example.demo',
      'build-path': demoIpa,
    });
    expect(again.exitCode, again.stdout).toBe(0);
    expect(writes(t.emulator.requests)).toEqual([]);
    expect(resultOf(again)).toMatchObject({ status: 'already-uploaded', applied: false });
    expect(again.outputs['build-id']).toBe(build!.id);
  });

  it('dry-run plans the upload and writes nothing', async () => {
    const path = await ipaFor('1.3', '50');
    t.emulator.clearRequests();
    const run = await t.run({
      operation: 'upload-build',
      app: t.account.app.id,
      'build-path': path,
      'dry-run': 'true',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(writes(t.emulator.requests)).toEqual([]);
    expect(resultOf(run)).toMatchObject({ status: 'planned', applied: false });
    expect(run.stdout).toContain('create build upload 1.3 (50)');
    expect(buildsOf('1.3', '50')).toEqual([]);
  });

  it('refuses bad input by name before any write', async () => {
    const path = await ipaFor('1.1', '3'); // build 1.1 (3) was uploaded long ago
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ 'build-path': join(dir, 'missing.ipa') }, 'build-path', /no file/],
      [{ 'build-path': join(dir, 'notes.txt') }, 'build-path', /neither an \.ipa nor a \.pkg/],
      [{ 'build-path': demoIpa, app: 'com.example.demo.widget' }, 'app', /com\.example\.demo/],
      [{ 'build-path': demoIpa, 'build-number': '46' }, 'build-number', /CFBundleVersion '45'/],
      [{ 'build-path': path }, 'build-path', /already uploaded.*skip-existing/],
    ];
    for (const [inputs, input, message] of cases) {
      t.emulator.clearRequests();
      const run = await t.run({ operation: 'upload-build', app: 'com.example.demo', ...inputs });
      expect(run.exitCode, run.stdout).toBe(1);
      const [line] = errorLines(run);
      expect(line).toContain(`Input '${input}' is invalid`);
      expect(line).toMatch(message);
      expect(writes(t.emulator.requests)).toEqual([]);
    }

    t.emulator.clearRequests();
    const skipped = await t.run({
      operation: 'upload-build',
      app: 'com.example.demo',
      'build-path': path,
      'skip-existing': 'true',
    });
    expect(skipped.exitCode, skipped.stdout).toBe(0);
    expect(writes(t.emulator.requests)).toEqual([]);
    expect(resultOf(skipped)).toMatchObject({ status: 'skipped' });
    expect(skipped.outputs['build-id']).toBe(t.account.builds[2]?.id);
  });

  it('uploads a .pkg read from its Distribution', async () => {
    const path = join(dir, 'Mac.pkg');
    writePkg(
      path,
      distributionXml({ bundleId: 'com.example.demo', version: '3.0', buildNumber: '7' }),
    );
    const run = await t.run({
      operation: 'upload-build',
      app: 'com.example.demo',
      'build-path': path,
    });
    expect(run.exitCode, run.stdout).toBe(0);
    const upload = t.emulator.store.get('buildUploads', run.outputs['build-upload-id'] ?? '');
    expect(upload?.attributes).toMatchObject({ platform: 'MAC_OS', cfBundleVersion: '7' });
    const fileId = t.emulator.store.related('buildUploads', upload!.id, 'assetFile')[0] ?? '';
    expect(t.emulator.store.get('buildUploadFiles', fileId)?.attributes.uti).toBe('com.apple.pkg');
  });

  it('chains into distribute when group is given', async () => {
    const path = await ipaFor('1.4', '60');
    const group = t.account.betaGroups.external;
    const run = await t.run({
      operation: 'upload-build',
      app: 'com.example.demo',
      'build-path': path,
      group: group.name,
      'uses-non-exempt-encryption': 'false',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    const [build] = buildsOf('1.4', '60');
    expect(t.emulator.store.related('builds', build!.id, 'betaGroups')).toContain(group.id);
    expect(run.outputs['group-ids']).toBe(group.id);
    const result = resultOf(run);
    expect(result.distribute).toMatchObject({ applied: true });

    t.emulator.clearRequests();
    const again = await t.run({
      operation: 'upload-build',
      app: 'com.example.demo',
      'build-path': path,
      group: group.name,
      'uses-non-exempt-encryption': 'false',
    });
    expect(again.exitCode, again.stdout).toBe(0);
    expect(writes(t.emulator.requests)).toEqual([]);
  });

  it('stops before uploading when another build of the version is in beta review; replace-build-in-review replaces it', async () => {
    const upload = async (buildNumber: string, extra: Record<string, string> = {}) =>
      t.run({
        operation: 'upload-build',
        app: 'com.example.demo',
        'build-path': await ipaFor('1.6', buildNumber),
        group: t.account.betaGroups.external.name,
        'uses-non-exempt-encryption': 'false',
        'submit-beta-review': 'true',
        ...extra,
      });
    const first = await upload('80');
    expect(first.exitCode, first.stdout).toBe(0);
    expect(first.outputs['beta-review-state']).toBe('WAITING_FOR_REVIEW');

    t.emulator.clearRequests();
    const refused = await upload('81');
    expect(refused.exitCode).toBe(1);
    expect(writes(t.emulator.requests)).toEqual([]);
    expect(errorLines(refused)[0]).toContain('Build 1.6 (80) is already in beta review');
    expect(errorLines(refused)[0]).toContain('replace-build-in-review');
    expect(buildsOf('1.6', '81')).toEqual([]);

    const replaced = await upload('81', { 'replace-build-in-review': 'true' });
    expect(replaced.exitCode, replaced.stdout).toBe(0);
    expect(buildsOf('1.6', '80')[0]!.attributes.expired).toBe(true);
    expect(replaced.outputs['beta-review-state']).toBe('WAITING_FOR_REVIEW');
  });

  it('resumes an upload that an earlier run left unfinished, without a second build upload', async () => {
    const path = await ipaFor('1.5', '70');
    t.emulator.setFaults({
      retryAfterSeconds: 0,
      rules: [{ method: 'PATCH', path: /^\/v1\/buildUploadFiles\//, fault: '500', times: 20 }],
    });
    const failed = await t.run({
      operation: 'upload-build',
      app: 'com.example.demo',
      'build-path': path,
      'max-retries': '1',
    });
    expect(failed.exitCode).toBe(1);
    expect(resultOf(failed).done).toEqual(
      expect.arrayContaining([expect.stringMatching(/^create build upload/)]),
    );
    t.emulator.setFaults({});
    t.emulator.clearRequests();
    const resumed = await t.run({
      operation: 'upload-build',
      app: 'com.example.demo',
      'build-path': path,
    });
    expect(resumed.exitCode, resumed.stdout).toBe(0);
    expect(t.emulator.requests.filter((r) => r.method === 'POST')).toEqual([]);
    const uploads = t.emulator.store
      .list('buildUploads')
      .filter((u) => u.attributes.cfBundleVersion === '70');
    expect(uploads).toHaveLength(1);
    expect(buildsOf('1.5', '70')).toHaveLength(1);
  });
});
