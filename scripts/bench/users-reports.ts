import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiKey, seedDemoAccount, startEmulator } from '../../src/emulator/index.js';
import { configureReports, defaultVendorNumber } from '../../src/emulator/resources/reports.js';
import { runAction, type ActionRun } from '../lib/run-action.js';
import type { BenchRow } from './bench-row.js';

const writesOf = (requests: { method: string }[]) => requests.filter((r) => r.method !== 'GET');

/**
 * A users sync of 50 people with 10 changes (4 role changes, 3 invitations, 3 removals) and its
 * re-run, and a large sales report streamed to disk; all with 100 ms of added latency.
 */
export async function benchUsersReports(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const emulator = await startEmulator({ faults: { latencyMs: 100 } });
  const account = seedDemoAccount(emulator.store, { testers: 0, devices: 0 });
  const key = createApiKey();
  emulator.registerKey(key);
  const dir = mkdtempSync(join(tmpdir(), 'bench-users-'));
  const run = (inputs: Record<string, string>): Promise<ActionRun> =>
    runAction({
      inputs: {
        'key-id': key.keyId,
        'issuer-id': key.issuerId ?? '',
        'private-key': key.privateKeyPem,
        'api-base-url': emulator.baseUrl,
        ...inputs,
      },
      env: { RUNNER_TEMP: dir },
    });

  try {
    // 50 users: the demo's owner and developer, and 48 more.
    const people = Array.from({ length: 48 }, (_, i) => ({
      email: `member${i}@example.com`,
      first: 'Member',
      last: String(i),
      roles: i % 2 === 0 ? ['DEVELOPER'] : ['MARKETING', 'SALES'],
    }));
    for (const person of people) {
      emulator.store.create('users', {
        username: person.email,
        firstName: person.first,
        lastName: person.last,
        roles: person.roles,
        allAppsVisible: true,
        provisioningAllowed: false,
      });
    }
    const lines = [
      'owner@example.com,Olivia,Owner,ADMIN',
      `dev@example.com,Devin,Developer,DEVELOPER,${account.app.bundleId}`,
      ...people
        .slice(0, 45) // the last 3 are removed
        .map(
          (p, i) => `${p.email},${p.first},${p.last},${(i < 4 ? ['ADMIN'] : p.roles).join(';')}`,
        ),
      ...['new1', 'new2', 'new3'].map((name) => `${name}@example.com,New,${name},DEVELOPER`),
    ];
    const file = join(dir, 'team.csv');
    writeFileSync(file, lines.join('\n'));
    const inputs = { operation: 'sync-users', 'users-file': file, 'remove-missing': 'true' };

    emulator.clearRequests();
    const sync = await run(inputs);
    if (sync.exitCode !== 0) throw new Error(`sync-users failed:\n${sync.stdout}`);
    const result = JSON.parse(sync.outputs.result ?? '{}') as { plan: unknown[] };
    rows.push({
      benchmark: `sync-users, 50 listed, ${result.plan.length} changes, 100 ms latency`,
      requests: emulator.requests.length,
      value: `${(sync.durationMs / 1000).toFixed(2)} s wall, ${writesOf(emulator.requests).length} writes`,
      target: '10 writes, reads: 2 lists + 1 apps',
    });

    emulator.clearRequests();
    const again = await run(inputs);
    if (again.exitCode !== 0) throw new Error(`sync-users re-run failed:\n${again.stdout}`);
    rows.push({
      benchmark: 'sync-users re-run (nothing to change)',
      requests: emulator.requests.length,
      value: `${(again.durationMs / 1000).toFixed(2)} s wall, ${writesOf(emulator.requests).length} writes`,
      target: '0 writes',
    });

    configureReports(emulator.store, { repeat: 5000 });
    emulator.clearRequests();
    const report = await run({
      operation: 'download-sales-report',
      'vendor-number': defaultVendorNumber,
      frequency: 'MONTHLY',
    });
    if (report.exitCode !== 0) throw new Error(`download-sales-report failed:\n${report.stdout}`);
    rows.push({
      benchmark: 'download-sales-report, large monthly report streamed to disk',
      requests: emulator.requests.length,
      value: `${report.outputs['report-rows']} rows in ${(report.durationMs / 1000).toFixed(2)} s wall`,
      target: '1 request',
    });
  } finally {
    await emulator.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
