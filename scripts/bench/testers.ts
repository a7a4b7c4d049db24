import {
  createApiKey,
  seedDemoAccount,
  seedTesters,
  startEmulator,
} from '../../src/emulator/index.js';
import { runAction } from '../lib/run-action.js';
import type { BenchRow } from './bench-row.js';

const latencyMs = 100;
const total = 1000;
const existingOutside = 200;
const alreadyInGroup = 100;

/**
 * add-testers of 1,000 testers, 300 of whom exist and 100 of those already in the group, against
 * the emulator with 100 ms latency. Target: requests ≤ new testers + 15; wall time within 1.3× of
 * requests × latency ÷ concurrency.
 */
export async function benchTesters(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const concurrency of [4, 16]) {
    const emulator = await startEmulator({ faults: { latencyMs } });
    try {
      const account = seedDemoAccount(emulator.store, { testers: 0 });
      const group = account.betaGroups.external;
      seedTesters(emulator.store, account.app.id, existingOutside, undefined, {
        emailPrefix: 'bench-old',
      });
      seedTesters(emulator.store, account.app.id, alreadyInGroup, group.id, {
        emailPrefix: 'bench-member',
      });
      const emails = [
        ...Array.from({ length: existingOutside }, (_, i) => `bench-old-${i + 1}@example.com`),
        ...Array.from({ length: alreadyInGroup }, (_, i) => `bench-member-${i + 1}@example.com`),
        ...Array.from(
          { length: total - existingOutside - alreadyInGroup },
          (_, i) => `bench-new-${i + 1}@example.com`,
        ),
      ];
      const newTesters = total - existingOutside - alreadyInGroup;
      const key = createApiKey();
      emulator.registerKey(key);
      const run = await runAction({
        inputs: {
          operation: 'add-testers',
          app: account.app.bundleId,
          group: group.name,
          testers: emails.join('\n'),
          'max-concurrency': String(concurrency),
          'key-id': key.keyId,
          'issuer-id': key.issuerId ?? '',
          'private-key': key.privateKeyPem,
          'api-base-url': emulator.baseUrl,
        },
      });
      if (run.exitCode !== 0) throw new Error(`add-testers failed:\n${run.stdout}`);
      const requests = emulator.requests.length;
      const ideal = (requests * latencyMs) / concurrency;
      rows.push({
        benchmark: `add-testers, ${total} testers (${newTesters} new, ${existingOutside} to link, ${alreadyInGroup} present), ${latencyMs} ms latency, concurrency ${concurrency}`,
        requests,
        value: `${(run.durationMs / 1000).toFixed(2)} s wall (${(run.durationMs / ideal).toFixed(2)}× of requests × latency ÷ concurrency)`,
        target: `≤ ${newTesters + 15} requests; ≤ 1.3× (${((ideal * 1.3) / 1000).toFixed(2)} s)`,
      });
    } finally {
      await emulator.close();
    }
  }
  return rows;
}

if (process.argv[1]?.endsWith('testers.ts')) {
  for (const row of await benchTesters()) console.log(row);
}
