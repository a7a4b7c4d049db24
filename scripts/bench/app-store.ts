import {
  createApiKey,
  seedDemoAccount,
  startEmulator,
  type RunningEmulator,
} from '../../src/emulator/index.js';
import { runAction, type ActionRun } from '../lib/run-action.js';
import type { BenchRow } from './bench-row.js';

/**
 * `submit-app-store` of a new version (1.1 after the live 1.0) with What's New and a phased
 * release, then the same step again (which must only read), with 100 ms of added latency per
 * request.
 */
export async function benchAppStore(): Promise<BenchRow[]> {
  const emulator = await startEmulator({ faults: { latencyMs: 100 } });
  try {
    const account = seedDemoAccount(emulator.store);
    const key = createApiKey();
    emulator.registerKey(key);
    const submit = (): Promise<ActionRun> =>
      runAction({
        inputs: {
          operation: 'submit-app-store',
          app: account.app.bundleId,
          version: '1.1',
          build: 'latest',
          'whats-new': 'Benchmark release: a faster start and a new onboarding.',
          'phased-release': 'true',
          'key-id': key.keyId,
          'issuer-id': key.issuerId ?? '',
          'private-key': key.privateKeyPem,
          'api-base-url': emulator.baseUrl,
        },
      });
    const first = await measure(emulator, submit);
    const again = await measure(emulator, submit);
    return [
      {
        benchmark:
          "submit-app-store: new version with What's New and phased release, 100 ms latency",
        requests: first.requests,
        value: `${(first.run.durationMs / 1000).toFixed(2)} s wall, ${first.writes} writes`,
        target: '≤ 12 requests',
      },
      {
        benchmark: 'submit-app-store again (already in review), 100 ms latency',
        requests: again.requests,
        value: `${(again.run.durationMs / 1000).toFixed(2)} s wall, ${again.writes} writes`,
        target: '≤ 4 requests, 0 writes',
      },
    ];
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
  if (result.exitCode !== 0) throw new Error(`submit-app-store failed:\n${result.stdout}`);
  return {
    run: result,
    requests: emulator.requests.length,
    writes: emulator.requests.filter((request) => request.method !== 'GET').length,
  };
}
