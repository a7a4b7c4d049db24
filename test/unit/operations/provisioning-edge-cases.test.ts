import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { clientFor, operationContext } from '../../support/emulator-client.js';
import type { AscClient } from '../../../src/asc/client.js';
import {
  createApiKey,
  seedDemoAccount,
  startEmulator,
  type DemoAccount,
  type RunningEmulator,
} from '../../../src/emulator/index.js';
import { issuedCertificateAttributes } from '../../../src/emulator/resources/signing.js';
import type { OperationContext } from '../../../src/operations/operation.js';
import { planProfileRefresh } from '../../../src/operations/provisioning/refresh-profiles.js';
import { registerBundleId } from '../../../src/operations/provisioning/register-bundle-id.js';
import { parseCapabilities } from '../../../src/operations/shared/capability-input.js';
import { applyPlan } from '../../../src/operations/shared/plan.js';
import { regenerateProfile } from '../../../src/operations/shared/profile-creation.js';
import { listProfiles } from '../../../src/operations/shared/resolve-profiles.js';

const yearMs = 365 * 24 * 3600 * 1000;

let emulator: RunningEmulator;
let demo: DemoAccount;
let client: AscClient;
let context: OperationContext;
const warnings: string[] = [];

beforeEach(async () => {
  await emulator?.close();
  emulator = await startEmulator();
  demo = seedDemoAccount(emulator.store);
  const key = createApiKey();
  emulator.registerKey(key);
  client = clientFor(emulator.baseUrl, key);
  warnings.length = 0;
  context = operationContext(client, {
    log: {
      info: () => {},
      warning: (message) => warnings.push(message),
      debug: () => {},
      group: (_name, task) => task(),
    },
  });
});
afterAll(async () => {
  await emulator.close();
});

describe('profile listings past the 50 related items Apple includes', () => {
  it('reads every certificate of a profile signed by more than 50', async () => {
    const extra = Array.from(
      { length: 55 },
      () =>
        emulator.store.create(
          'certificates',
          issuedCertificateAttributes('DEVELOPMENT', Date.now()),
        ).id,
    );
    emulator.store.link('profiles', demo.profiles.development.id, 'certificates', extra);
    const [profile] = await listProfiles(client, { names: ['Demo App Development'] });
    expect(profile!.certificateIds).toHaveLength(56);
    expect(profile!.certificateIds).toEqual(expect.arrayContaining(extra));
  });

  it('reads the whole relationship when a full page of devices comes without a total', async () => {
    const deviceIds = Array.from({ length: 60 }, (_, i) => `DEVICE${i}`);
    const requested: string[] = [];
    const fake = {
      get: async (target: string) => {
        requested.push(target);
        if (target.startsWith('/v1/profiles/P1/relationships/devices')) {
          return { data: deviceIds.map((id) => ({ type: 'devices', id })), links: { self: '' } };
        }
        return {
          data: [
            {
              type: 'profiles',
              id: 'P1',
              attributes: { name: 'Big', profileType: 'IOS_APP_DEVELOPMENT', uuid: 'U1' },
              relationships: {
                certificates: { data: [{ type: 'certificates', id: 'C1' }] },
                devices: { data: deviceIds.slice(0, 50).map((id) => ({ type: 'devices', id })) },
              },
            },
          ],
          links: { self: '' },
        };
      },
    } as unknown as AscClient;
    const [profile] = await listProfiles(fake, { withDevices: true });
    expect(profile!.deviceIds).toEqual(deviceIds);
    expect(profile!.certificateIds).toEqual(['C1']);
    expect(requested.filter((t) => t.includes('/relationships/'))).toEqual([
      '/v1/profiles/P1/relationships/devices?limit=200',
    ]);
  });
});

describe('regenerating a profile', () => {
  it('drops certificates that expired from an expired profile and keeps the valid ones', async () => {
    const expired = emulator.store.create(
      'certificates',
      issuedCertificateAttributes('DISTRIBUTION', Date.now() - 2 * yearMs),
    );
    const spare = emulator.store.create(
      'certificates',
      issuedCertificateAttributes('DISTRIBUTION', Date.now()),
    );
    emulator.store.link('profiles', demo.profiles.adHoc.id, 'certificates', [expired.id]);
    emulator.store.update('profiles', demo.profiles.adHoc.id, {
      expirationDate: new Date(Date.now() - 1000).toISOString(),
    });
    const refresh = await planProfileRefresh(context, { profiles: ['Demo App Ad Hoc'] });
    expect(refresh.profiles[0]!.reason).toMatch(/^it expired on/);
    await applyPlan(context, refresh.plan);
    const [created] = refresh.result().regenerated as { id: string }[];
    const certificates = emulator.store.get('profiles', created!.id)!.relationships.certificates;
    expect(certificates).toEqual([demo.distributionCertificate.id]);
    expect(certificates).not.toContain(expired.id);
    expect(certificates).not.toContain(spare.id);
  });

  it('leaves a development profile alone, with a warning, when no device would be left in it', async () => {
    const iosDevices = demo.devices
      .filter((d) => d.platform === 'IOS' && d.status === 'ENABLED')
      .map((d) => d.id);
    const refresh = await planProfileRefresh(
      context,
      { profiles: ['Demo App Development'] },
      { addedDevices: [], removedDeviceIds: iosDevices },
    );
    expect(refresh.plan.isEmpty).toBe(true);
    expect(refresh.result().leftWithoutDevices).toEqual([
      {
        name: 'Demo App Development',
        id: demo.profiles.development.id,
        reason: `${iosDevices.length} devices to remove`,
      },
    ]);
    expect(warnings.join('\n')).toMatch(/'Demo App Development'.*is not regenerated/);
  });

  it('does not delete the profile when its replacement would hold no device', async () => {
    const [old] = await listProfiles(client, { names: ['Demo App Development'] });
    const spec = {
      name: old!.name,
      profileType: old!.profileType,
      bundleId: old!.bundleId!,
      certificateIds: old!.certificateIds,
    };
    await expect(
      regenerateProfile(
        client,
        old!,
        spec,
        async () => [],
        () => {},
      ),
    ).rejects.toThrow(/was left as it is: its replacement would hold no device/);
    expect(emulator.store.get('profiles', old!.id)).toBeDefined();
    expect(emulator.requests.filter((r) => r.method === 'DELETE')).toEqual([]);
  });
});

describe('register-bundle-id', () => {
  it('takes a capability that Apple (or another run) enabled meanwhile as done', async () => {
    const realGet = client.get.bind(client);
    let raced = false;
    client.get = async <T>(target: string): Promise<T> => {
      const answer = await realGet<T>(target);
      if (!raced && target.includes('/bundleIdCapabilities')) {
        raced = true;
        emulator.store.create(
          'bundleIdCapabilities',
          { capabilityType: 'IN_APP_PURCHASE', settings: [] },
          { bundleId: demo.bundleId.id },
        );
      }
      return answer;
    };
    const outcome = await registerBundleId.run(context, {
      identifier: 'com.example.demo',
      name: undefined,
      platform: undefined,
      capabilities: parseCapabilities(['IN_APP_PURCHASE', 'MAPS']),
    });
    expect(outcome.result.applied).toBe(true);
    const types = emulator.store
      .list('bundleIdCapabilities')
      .filter((c) => c.relationships.bundleId?.includes(demo.bundleId.id))
      .map((c) => c.attributes.capabilityType);
    expect(types.sort()).toEqual(['IN_APP_PURCHASE', 'MAPS', 'PUSH_NOTIFICATIONS']);
  });
});
