import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiKey, seedDemoAccount, startEmulator } from '../../src/emulator/index.js';
import { writeIpa, xmlInfoPlist } from '../../test/fixtures/build-archives.js';
import { watchChildMemory } from '../lib/child-memory.js';
import { bundlePath, runAction } from '../lib/run-action.js';
import type { BenchRow } from './bench-row.js';

const megabyte = 1024 * 1024;

/** upload-build of a 200 MB .ipa to the emulator on loopback, 100 ms latency per request. */
export async function benchUpload(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'bench-upload-'));
  const emulator = await startEmulator({ faults: { latencyMs: 100 }, processingDurationMs: 1 });
  try {
    const account = seedDemoAccount(emulator.store);
    const key = createApiKey();
    emulator.registerKey(key);
    for (const [index, concurrency] of [4, 8].entries()) {
      const buildNumber = String(500 + index);
      const path = join(dir, `Bench-${buildNumber}.ipa`);
      await writeIpa(
        path,
        xmlInfoPlist({ bundleId: account.app.bundleId, version: '5.0', buildNumber }),
        { payloadBytes: 200 * megabyte },
      );
      emulator.clearRequests();
      const memory = watchChildMemory(bundlePath);
      const run = await runAction({
        inputs: {
          operation: 'upload-build',
          app: account.app.bundleId,
          'build-path': path,
          'max-concurrency': String(concurrency),
          'key-id': key.keyId,
          'issuer-id': key.issuerId ?? '',
          'private-key': key.privateKeyPem,
          'api-base-url': emulator.baseUrl,
        },
        env: { ASC_ACTION_TIME_SCALE: '0' },
      });
      const peak = memory.stop();
      if (run.exitCode !== 0) throw new Error(`upload-build failed:\n${run.stdout}`);
      const result = JSON.parse(run.outputs.result ?? '{}') as {
        transfer: { parts: number; megabytesPerSecond: number; seconds: number };
      };
      const apiRequests = emulator.requests.filter((r) => r.path.startsWith('/v1/')).length;
      rows.push({
        benchmark: `upload-build 200 MB, ${result.transfer.parts} parts, ${concurrency} at once, 100 ms latency`,
        requests: apiRequests,
        value: `${result.transfer.megabytesPerSecond} MB/s (${result.transfer.seconds} s sending, ${(run.durationMs / 1000).toFixed(1)} s in all), peak RSS ${(peak / megabyte).toFixed(0)} MB`,
        target: 'memory flat (< 200 MB), > 50 MB/s on loopback',
      });
    }
  } finally {
    await emulator.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
