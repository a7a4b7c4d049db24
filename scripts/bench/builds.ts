import {
  createApiKey,
  createBuild,
  seedDemoAccount,
  startEmulator,
  type RunningEmulator,
} from '../../src/emulator/index.js';
import { runAction, type ActionRun } from '../lib/run-action.js';
import type { BenchRow } from './bench-row.js';

/**
 * `distribute` of a processed build to three groups with What to Test, then the same step again
 * (which must write nothing), with 100 ms of added latency per request.
 */
export async function benchBuilds(): Promise<BenchRow[]> {
  const emulator = await startEmulator({ faults: { latencyMs: 100 } });
  try {
    const account = seedDemoAccount(emulator.store);
    emulator.store.create(
      'betaGroups',
      {
        name: 'Beta Crew',
        isInternalGroup: false,
        hasAccessToAllBuilds: false,
        publicLinkEnabled: false,
        feedbackEnabled: true,
      },
      { app: account.app.id },
    );
    const build = createBuild(emulator.store, {
      appId: account.app.id,
      preReleaseVersionId: account.preReleaseVersions[1]!.id,
      version: '500',
    });
    const key = createApiKey();
    emulator.registerKey(key);
    const distribute = (): Promise<ActionRun> =>
      runAction({
        inputs: {
          operation: 'distribute',
          app: account.app.bundleId,
          build: String(build.attributes.version),
          group: 'External Testers, Public Beta, Beta Crew',
          'whats-new': 'Benchmark build: try the new onboarding.',
          'key-id': key.keyId,
          'issuer-id': key.issuerId ?? '',
          'private-key': key.privateKeyPem,
          'api-base-url': emulator.baseUrl,
        },
      });

    const rows: BenchRow[] = [];
    const first = await measure(emulator, distribute);
    rows.push({
      benchmark: 'distribute a ready build to 3 groups with notes, 100 ms latency',
      requests: first.requests,
      value: `${(first.run.durationMs / 1000).toFixed(2)} s wall, ${first.writes} writes`,
      target: '≤ 8 requests',
    });
    const again = await measure(emulator, distribute);
    rows.push({
      benchmark: 'distribute again (already done), 100 ms latency',
      requests: again.requests,
      value: `${(again.run.durationMs / 1000).toFixed(2)} s wall, ${again.writes} writes`,
      target: '0 writes',
    });
    return rows;
  } finally {
    await emulator.close();
  }
}

async function measure(
  emulator: RunningEmulator,
  run: () => Promise<ActionRun>,
): Promise<{ run: ActionRun; requests: number; writes: number }> {
  emulator.clearRequests();
  const result = await run();
  if (result.exitCode !== 0) throw new Error(`distribute failed:\n${result.stdout}`);
  return {
    run: result,
    requests: emulator.requests.length,
    writes: emulator.requests.filter((r) => r.method !== 'GET').length,
  };
}
