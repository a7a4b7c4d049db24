import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createApiKey,
  seedDemoAccount,
  startEmulator,
  type RunningEmulator,
} from '../../src/emulator/index.js';
import { profileContent } from '../../src/emulator/resources/provisioning.js';
import { runAction } from '../lib/run-action.js';
import type { BenchRow } from './bench-row.js';

const latencyMs = 100;
const concurrency = 4;

/** 400 devices spread over the families so that 30 new iPhones stay within Apple's limit. */
const accountClasses = [
  ...Array<string>(60).fill('IPHONE'),
  ...Array<string>(100).fill('IPAD'),
  ...Array<string>(70).fill('APPLE_WATCH'),
  ...Array<string>(70).fill('APPLE_TV'),
  ...Array<string>(100).fill('MAC'),
];

const udid = () => `00008101-${randomBytes(8).toString('hex').toUpperCase()}`;
const macUdid = () => {
  const hex = randomBytes(16).toString('hex').toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

/** An account with 400 devices (5 of the listed ones disabled) and a 100-line file: 30 new. */
function seedBenchAccount(emulator: RunningEmulator): { file: string; profileNames: string[] } {
  const store = emulator.store;
  seedDemoAccount(store, { devices: 0 });
  const lines: string[] = [];
  accountClasses.forEach((deviceClass, i) => {
    const platform = deviceClass === 'MAC' ? 'MAC_OS' : 'IOS';
    const device = store.create('devices', {
      name: `Team ${deviceClass.toLowerCase()} ${i}`,
      platform,
      udid: platform === 'MAC_OS' ? macUdid() : udid(),
      deviceClass,
      status: i < 5 ? 'DISABLED' : 'ENABLED',
      model: null,
      addedDate: new Date().toISOString(),
    });
    if (i < 70) {
      const a = device.attributes;
      lines.push(`${String(a.udid)}\t${String(a.name)}\t${platform === 'IOS' ? 'ios' : 'mac'}`);
    }
  });
  for (let i = 0; i < 30; i++) lines.push(`${udid()}\tNew iPhone ${i}\tios`);

  // Four development profiles of the demo app, for the refresh-profiles variant.
  const template = store
    .list('profiles')
    .find((p) => p.attributes.name === 'Demo App Development')!;
  const profileNames = ['Demo App Development'];
  for (let i = 2; i <= 4; i++) {
    const name = `Demo App Development ${i}`;
    const uuid = crypto.randomUUID();
    store.create(
      'profiles',
      {
        ...template.attributes,
        name,
        uuid,
        profileContent: profileContent(store, name, uuid, []),
      },
      {
        bundleId: template.relationships.bundleId ?? [],
        certificates: template.relationships.certificates ?? [],
      },
    );
    profileNames.push(name);
  }
  const dir = mkdtempSync(join(tmpdir(), 'bench-devices-'));
  const file = join(dir, 'devices.txt');
  writeFileSync(file, `Device ID\tDevice Name\tDevice Platform\n${lines.join('\n')}\n`);
  return { file, profileNames };
}

async function benchOnce(refresh: boolean): Promise<BenchRow> {
  const emulator = await startEmulator({ faults: { latencyMs } });
  const key = createApiKey();
  emulator.registerKey(key);
  const { file, profileNames } = seedBenchAccount(emulator);
  try {
    const run = await runAction({
      inputs: {
        operation: 'register-devices',
        'devices-file': file,
        'max-concurrency': String(concurrency),
        ...(refresh ? { 'refresh-profiles': 'true', profiles: profileNames.join(',') } : {}),
        'key-id': key.keyId,
        'issuer-id': key.issuerId ?? '',
        'private-key': key.privateKeyPem,
        'api-base-url': emulator.baseUrl,
      },
    });
    if (run.exitCode !== 0) throw new Error(`register-devices failed:\n${run.stdout}`);
    const requests = emulator.requests;
    const writes = requests.filter((r) => r.method !== 'GET').length;
    const reads = requests.length - writes;
    const first = Math.min(...requests.map((r) => r.at));
    const last = Math.max(...requests.map((r) => r.at + r.durationMs));
    // Ideal: the listing's pages one after another, then each stage's writes `concurrency` at a time.
    const pages = Math.ceil(400 / 200);
    const deviceWrites = 35;
    // With refresh: the planner's own listing of enabled devices (2 pages, beside the profile
    // look-up), the re-read of enabled devices when applying (2 pages), the deletes, the creates.
    const profileRounds = refresh ? 2 + 2 + 1 + 1 : 0;
    const ideal = (pages + Math.ceil(deviceWrites / concurrency) + profileRounds) * latencyMs;
    const apiMs = last - first;
    return {
      benchmark: `register-devices, 100-line file into 400 devices (30 new, 5 disabled)${refresh ? ', refresh-profiles on 4 profiles' : ''}, 100 ms latency, concurrency ${concurrency}`,
      requests: requests.length,
      value: `${reads} reads + ${writes} writes; API time ${(apiMs / 1000).toFixed(2)} s (${(apiMs / ideal).toFixed(2)}× ideal ${(ideal / 1000).toFixed(2)} s); wall ${(run.durationMs / 1000).toFixed(2)} s`,
      target: refresh
        ? 'device reads ≤ 3 + profile reads; API time ≤ 1.3× ideal'
        : `requests ≤ 3 + writes (${3 + writes}); API time ≤ 1.3× ideal`,
    };
  } finally {
    rmSync(join(file, '..'), { recursive: true, force: true });
    await emulator.close();
  }
}

/** register-devices with and without refresh-profiles, against 100 ms latency. */
export async function benchDevices(): Promise<BenchRow[]> {
  return [await benchOnce(false), await benchOnce(true)];
}
