import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createApiKey,
  createBuild,
  createFeedback,
  seedDemoAccount,
  startEmulator,
} from '../../src/emulator/index.js';
import { runAction } from '../lib/run-action.js';
import type { BenchRow } from './bench-row.js';

const HOUR_MS = 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

/**
 * `next-build-number` of an app with 300 builds, and `download-feedback` of an app with 500
 * feedbacks of which 20 are new since `since` (6h), both with 100 ms of added latency per request.
 */
export async function benchFeedback(): Promise<BenchRow[]> {
  const emulator = await startEmulator({ faults: { latencyMs: 100 } });
  const dir = mkdtempSync(join(tmpdir(), 'bench-feedback-'));
  try {
    const account = seedDemoAccount(emulator.store);
    const key = createApiKey();
    emulator.registerKey(key);
    const auth = {
      'key-id': key.keyId,
      'issuer-id': key.issuerId ?? '',
      'private-key': key.privateKeyPem,
      'api-base-url': emulator.baseUrl,
    };
    const now = Date.now();
    for (let i = 0; i < 300; i++) {
      createBuild(emulator.store, {
        appId: account.app.id,
        preReleaseVersionId: account.preReleaseVersions[i % 2]!.id,
        version: String(10 + i),
        expired: i < 250,
        uploadedAt: now - (300 - i) * HOUR_MS,
      });
    }
    const rows: BenchRow[] = [];

    emulator.clearRequests();
    const next = await runAction({
      inputs: { ...auth, operation: 'next-build-number', app: account.app.bundleId },
    });
    if (next.exitCode !== 0) throw new Error(`next-build-number failed:\n${next.stdout}`);
    rows.push({
      benchmark: 'next-build-number, app with 300 builds (250 expired), 100 ms latency',
      requests: emulator.requests.length,
      value: `${(next.durationMs / 1000).toFixed(2)} s wall, next ${next.outputs['build-number']}`,
      target: '≤ 3 requests, all reads',
    });

    // The demo account holds 4 feedbacks (2 within 6 h: a crash, and 2 screenshots in one).
    // 496 more: 18 within the last 6 hours, 478 older, alternating crash and screenshot.
    const build = account.builds[2]!.id;
    for (let i = 0; i < 496; i++) {
      const recent = i < 18;
      createFeedback(emulator.store, {
        appId: account.app.id,
        buildId: build,
        kind: i % 2 === 0 ? 'crash' : 'screenshot',
        createdAt: recent ? now - (10 + i * 15) * MINUTE_MS : now - (7 + i) * HOUR_MS,
        comment: `Feedback ${i + 1}`,
      });
    }
    emulator.clearRequests();
    const feedback = await runAction({
      inputs: {
        ...auth,
        operation: 'download-feedback',
        app: account.app.bundleId,
        since: '6h',
        'feedback-dir': dir,
      },
    });
    if (feedback.exitCode !== 0) throw new Error(`download-feedback failed:\n${feedback.stdout}`);
    const requests = emulator.requests;
    const pages = requests.filter((r) => /\/betaFeedback\w+Submissions$/.test(r.path)).length;
    const logs = requests.filter((r) => r.path.endsWith('/crashLog')).length;
    const images = requests.filter((r) => r.path.startsWith('/emulator/feedback/')).length;
    rows.push({
      benchmark: 'download-feedback, 500 feedbacks of which 20 new since 6h, 100 ms latency',
      requests: requests.length,
      value: `${(feedback.durationMs / 1000).toFixed(2)} s wall, ${feedback.outputs['feedback-count']} downloaded: ${pages} pages, ${logs} crash logs, ${images} images`,
      target: '1 app + 2 pages + 1 builds + 10 crash logs + 11 images = 25 requests',
    });
    return rows;
  } finally {
    await emulator.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
