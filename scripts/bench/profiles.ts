import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import {
  createApiKey,
  seedDemoAccount,
  seedDevices,
  startEmulator,
  type RunningEmulator,
} from '../../src/emulator/index.js';
import { profileContent } from '../../src/emulator/resources/signing.js';
import { runAction, type ActionRun } from '../lib/run-action.js';
import type { BenchRow } from './bench-row.js';

const latencyMs = 100;

/**
 * An account whose 4 development/ad hoc profiles of com.example.demo hold every enabled iOS device
 * (`extraDevices` more than the demo's), and then miss `missing` new devices.
 */
async function staleProfilesAccount(
  extraDevices = 60,
  missing = 10,
): Promise<{
  emulator: RunningEmulator;
  run: (inputs: Record<string, string>) => Promise<ActionRun>;
}> {
  const emulator = await startEmulator({ faults: { latencyMs }, deviceLimitPerFamily: 1000 });
  const account = seedDemoAccount(emulator.store);
  seedDevices(emulator.store, extraDevices);
  const { store } = emulator;
  const enabled = store
    .list('devices')
    .filter((d) => d.attributes.platform === 'IOS' && d.attributes.status === 'ENABLED')
    .map((d) => d.id);
  for (const profile of store.list('profiles')) store.delete('profiles', profile.id);
  const specs: [string, string, string][] = [
    ['Demo Development', 'IOS_APP_DEVELOPMENT', account.certificate.id],
    ['Demo Ad Hoc', 'IOS_APP_ADHOC', account.distributionCertificate.id],
    ['Demo QA Development', 'IOS_APP_DEVELOPMENT', account.certificate.id],
    ['Demo QA Ad Hoc', 'IOS_APP_ADHOC', account.distributionCertificate.id],
  ];
  for (const [name, profileType, certificateId] of specs) {
    const uuid = randomUUID();
    store.create(
      'profiles',
      {
        name,
        profileType,
        platform: 'IOS',
        profileState: 'ACTIVE',
        uuid,
        createdDate: new Date().toISOString(),
        expirationDate: new Date(Date.now() + 300 * 86_400_000).toISOString(),
        profileContent: profileContent(store, name, uuid, enabled, {
          profileType,
          bundleIdentifier: 'com.example.demo',
          certificateIds: [certificateId],
        }),
      },
      { bundleId: account.bundleId.id, certificates: [certificateId], devices: enabled },
    );
  }
  if (missing > 0) seedDevices(store, missing);
  const key = createApiKey();
  emulator.registerKey(key);
  const run = (inputs: Record<string, string>) =>
    runAction({
      inputs: {
        'key-id': key.keyId,
        'issuer-id': key.issuerId ?? '',
        'private-key': key.privateKeyPem,
        'api-base-url': emulator.baseUrl,
        ...inputs,
      },
    });
  return { emulator, run };
}

function checked(run: ActionRun, what: string): ActionRun {
  if (run.exitCode !== 0) throw new Error(`${what} failed:\n${run.stdout}${run.stderr}`);
  return run;
}

/**
 * refresh-profiles of 4 stale profiles (65 devices each, 10 missing) with 100 ms latency, its re-run, and
 * download-profiles of the 4 regenerated ones.
 */
export async function benchProfiles(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const { emulator, run } = await staleProfilesAccount();
  try {
    emulator.clearRequests();
    const refresh = checked(
      await run({ operation: 'refresh-profiles', 'bundle-id': 'com.example.demo' }),
      'refresh-profiles',
    );
    const writes = emulator.requests.filter((r) => r.method !== 'GET').length;
    const reads = emulator.requests.length - writes;
    rows.push({
      benchmark: `refresh-profiles, 4 profiles of 65 devices missing 10 new ones, ${latencyMs} ms latency`,
      requests: emulator.requests.length,
      value: `${(refresh.durationMs / 1000).toFixed(2)} s wall, ${reads} reads + ${writes} writes`,
      target: '8 writes (delete + create per profile), reads ≤ 4 + 1 per profile over 50 devices',
    });

    emulator.clearRequests();
    const again = checked(
      await run({ operation: 'refresh-profiles', 'bundle-id': 'com.example.demo' }),
      're-run of refresh-profiles',
    );
    rows.push({
      benchmark: 'refresh-profiles re-run (all current)',
      requests: emulator.requests.length,
      value: `${(again.durationMs / 1000).toFixed(2)} s wall, ${emulator.requests.filter((r) => r.method !== 'GET').length} writes`,
      target: '0 writes',
    });

    const dir = mkdtempSync(join(tmpdir(), 'bench-profiles-'));
    try {
      emulator.clearRequests();
      const download = checked(
        await run({
          operation: 'download-profiles',
          'bundle-id': 'com.example.demo',
          'profiles-dir': dir,
        }),
        'download-profiles',
      );
      rows.push({
        benchmark: `download-profiles, 4 profiles, ${latencyMs} ms latency`,
        requests: emulator.requests.length,
        value: `${(download.durationMs / 1000).toFixed(2)} s wall`,
        target: '2 requests (bundle ID, profiles)',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    await emulator.close();
  }
  rows.push(await benchCurrentLargeProfiles());
  return rows;
}

/**
 * refresh-profiles of 4 profiles of 80 devices each, all current. Apple includes at most 50 devices
 * per profile and its count beside them is no count: the action reads the rest of each profile's
 * devices once and must find nothing to change.
 */
async function benchCurrentLargeProfiles(): Promise<BenchRow> {
  const { emulator, run } = await staleProfilesAccount(75, 0);
  try {
    emulator.clearRequests();
    const refresh = checked(
      await run({ operation: 'refresh-profiles', 'bundle-id': 'com.example.demo' }),
      'refresh-profiles of current 80-device profiles',
    );
    const writes = emulator.requests.filter((r) => r.method !== 'GET').length;
    const reads = emulator.requests.length - writes;
    return {
      benchmark: `refresh-profiles, 4 profiles of 80 devices each, nothing to change, ${latencyMs} ms latency`,
      requests: emulator.requests.length,
      value: `${(refresh.durationMs / 1000).toFixed(2)} s wall, ${reads} reads + ${writes} writes`,
      target: '0 writes, reads ≤ 2 per profile',
    };
  } finally {
    await emulator.close();
  }
}
