/**
 * A 200 MB upload through the built bundle, as the runner runs it: the child process's memory is
 * what is measured, so this one cannot run in-process.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedRequest } from '../../src/emulator/index.js';
import { UPLOAD_PARTS_PREFIX } from '../../src/emulator/resources/build-uploads.js';
import { watchChildMemory } from '../../scripts/lib/child-memory.js';
import { bundlePath } from '../../scripts/lib/run-action.js';
import { writeIpa, xmlInfoPlist } from '../fixtures/build-archives.js';
import { resultOf, startTestAccount, type TestAccount } from '../integration/harness.js';

let t: TestAccount;
const dir = mkdtempSync(join(tmpdir(), 'upload-200mb-'));

beforeAll(async () => {
  t = await startTestAccount({ processingDurationMs: 1 });
});
afterAll(async () => {
  await t.emulator.close();
  rmSync(dir, { recursive: true, force: true });
});

const partRequests = (requests: RecordedRequest[]) =>
  requests.filter((r) => r.path.startsWith(UPLOAD_PARTS_PREFIX));

function buildsOf(version: string, buildNumber: string) {
  const { store } = t.emulator;
  return store.list('builds').filter((build) => {
    const preReleaseId = store.related('builds', build.id, 'preReleaseVersion')[0];
    const preRelease = preReleaseId ? store.get('preReleaseVersions', preReleaseId) : undefined;
    return build.attributes.version === buildNumber && preRelease?.attributes.version === version;
  });
}

async function ipaFor(version: string, buildNumber: string, payloadBytes: number) {
  const path = join(dir, `Demo-${version}-${buildNumber}.ipa`);
  await writeIpa(path, xmlInfoPlist({ bundleId: 'com.example.demo', version, buildNumber }), {
    payloadBytes,
  });
  return path;
}

describe('a 200 MB upload', () => {
  it(
    'survives part and API faults with flat memory and no duplicates',
    { timeout: 90_000 },
    async () => {
      const size = 200 * 1024 * 1024;
      const path = await ipaFor('2.0', '200', size);
      // The same upload of a 100 MB file: past the ~64 MB of freed buffers V8 lets pile up before it
      // collects them, so that what remains to compare is whether memory grows with the file.
      const small = await ipaFor('2.0', '199', 100 * 1024 * 1024);
      const smallMemory = watchChildMemory(bundlePath);
      const smallRun = await t.runBundle({
        operation: 'upload-build',
        app: 'com.example.demo',
        'build-path': small,
      });
      const smallPeakBytes = smallMemory.stop();
      expect(smallRun.exitCode, smallRun.stdout).toBe(0);

      const partPath = new RegExp(`^${UPLOAD_PARTS_PREFIX}`);
      t.emulator.setFaults({
        retryAfterSeconds: 0,
        rules: [
          { method: 'POST', path: '/v1/buildUploads', fault: 'drop-after-write', times: 1 },
          { method: 'POST', path: '/v1/buildUploadFiles', fault: 'drop-after-write', times: 1 },
          { method: 'PUT', path: partPath, fault: '500', times: 2 },
          { method: 'PUT', path: partPath, fault: 'drop', times: 2 },
          { method: 'PUT', path: partPath, fault: '429', times: 1 },
          { method: 'PUT', path: partPath, fault: 'drop-after-write', times: 2 },
          {
            method: 'PATCH',
            path: /^\/v1\/buildUploadFiles\//,
            fault: 'drop-after-write',
            times: 1,
          },
        ],
      });
      t.emulator.clearRequests();
      const memory = watchChildMemory(bundlePath);
      const run = await t.runBundle({
        operation: 'upload-build',
        app: 'com.example.demo',
        'build-path': path,
        'max-retries': '10',
      });
      const peakBytes = memory.stop();
      t.emulator.setFaults({});
      expect(run.exitCode, run.stdout + run.stderr).toBe(0);

      const uploads = t.emulator.store
        .list('buildUploads')
        .filter((u) => u.attributes.cfBundleVersion === '200');
      expect(uploads).toHaveLength(1);
      expect(
        t.emulator.store.related('buildUploads', uploads[0]!.id, 'buildUploadFiles'),
      ).toHaveLength(1);
      expect(buildsOf('2.0', '200')).toHaveLength(1);
      expect(uploads[0]!.attributes.state).toMatchObject({ state: 'COMPLETE' });

      const parts = partRequests(t.emulator.requests);
      const faulted = parts.filter((r) => r.fault !== undefined);
      expect(faulted).toHaveLength(7);
      const fileSize = (resultOf(run).archive as { size: number }).size;
      const partCount = Math.ceil(fileSize / (8 * 1024 * 1024));
      const succeeded = new Set(parts.filter((r) => r.status === 200).map((r) => r.path));
      expect(succeeded.size).toBe(partCount);
      expect((resultOf(run).transfer as { retries: number }).retries).toBe(7);
      expect(
        run.stdout.match(/Uploaded \d+% \(.*\) at [\d.]+ MB\/s/g)?.length,
      ).toBeGreaterThanOrEqual(5);

      const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
      console.log(`peak RSS: 100 MB upload ${mb(smallPeakBytes)} MB, 200 MB ${mb(peakBytes)} MB`);
      expect(smallPeakBytes).toBeGreaterThan(0);
      // Flat: twice the file costs no more memory (a few MB of noise).
      expect(peakBytes - smallPeakBytes).toBeLessThan(24 * 1024 * 1024);
      expect(peakBytes).toBeLessThan(200 * 1024 * 1024);
    },
  );
});
