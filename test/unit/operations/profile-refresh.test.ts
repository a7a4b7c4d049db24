import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { clientFor, operationContext } from '../../support/emulator-client.js';
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
import { parseCapabilities } from '../../../src/operations/shared/capability-input.js';
import { applyPlan } from '../../../src/operations/shared/plan.js';
import { defaultProfileName } from '../../../src/operations/shared/plan-profile-creation.js';
import { deviceFitsProfile } from '../../../src/operations/shared/profile-devices.js';

let emulator: RunningEmulator;
let demo: DemoAccount;
let context: OperationContext;
const done: string[] = [];

beforeEach(async () => {
  await emulator?.close();
  emulator = await startEmulator();
  demo = seedDemoAccount(emulator.store);
  const key = createApiKey();
  emulator.registerKey(key);
  const client = clientFor(emulator.baseUrl, key);
  done.length = 0;
  context = operationContext(client, { done: (description) => void done.push(description) });
});
afterAll(async () => {
  await emulator.close();
});

const newIphone = { udid: '00008101-00AA00BB00CC00DD', platform: 'IOS' as const };

describe('planProfileRefresh', () => {
  it('plans nothing when every profile holds exactly the enabled devices', async () => {
    const refresh = await planProfileRefresh(context, {
      profiles: [],
      bundleId: 'com.example.demo',
    });
    expect(refresh.plan.isEmpty).toBe(true);
    expect(refresh.profiles).toEqual([]);
    expect((refresh.result().current as unknown[]).length).toBe(2);
  });

  it('counts devices the caller is about to add or remove, by platform', async () => {
    const mac = await planProfileRefresh(
      context,
      { profiles: [], bundleId: 'com.example.demo' },
      {
        addedDevices: [{ udid: 'A1B2C3D4-0000-1111-2222-333344445555', platform: 'MAC_OS' }],
        removedDeviceIds: [],
      },
    );
    expect(mac.profiles).toEqual([]);

    const removed = demo.devices.find((d) => d.platform === 'IOS' && d.status === 'ENABLED')!;
    const refresh = await planProfileRefresh(
      context,
      { profiles: ['Demo App Development'] },
      { addedDevices: [newIphone], removedDeviceIds: [removed.id] },
    );
    expect(refresh.profiles).toEqual([
      {
        name: 'Demo App Development',
        id: demo.profiles.development.id,
        reason: '1 device to add; 1 device to remove',
      },
    ]);
    expect(refresh.plan.records()).toEqual([
      {
        kind: 'update',
        target: "profile 'Demo App Development'",
        detail:
          'regenerate (delete and re-create with 5 devices): 1 device to add; 1 device to remove',
      },
    ]);
  });

  it('reads the devices when it applies, so devices registered earlier in the plan are included', async () => {
    const refresh = await planProfileRefresh(
      context,
      { profiles: [demo.profiles.adHoc.id] },
      { addedDevices: [newIphone], removedDeviceIds: [] },
    );
    // What the caller's earlier stage does before the refresh stage runs.
    const device = emulator.store.create('devices', {
      ...newIphone,
      name: 'New iPhone',
      deviceClass: 'IPHONE',
      status: 'ENABLED',
    });
    expect(await applyPlan(context, refresh.plan)).toBe(true);
    const [created] = refresh.result().regenerated as { id: string; uuid: string; name: string }[];
    expect(created!.name).toBe('Demo App Ad Hoc');
    const stored = emulator.store.get('profiles', created!.id)!;
    expect(stored.attributes.uuid).toBe(created!.uuid);
    expect(stored.relationships.devices).toContain(device.id);
    expect(emulator.store.get('profiles', demo.profiles.adHoc.id)).toBeUndefined();
    expect(done[0]).toMatch(/^delete profile 'Demo App Ad Hoc'/);
  });

  it('signs the replacement of a profile whose certificate was revoked with the valid ones', async () => {
    emulator.store.delete('certificates', demo.distributionCertificate.id);
    expect(
      emulator.store.get('profiles', demo.profiles.adHoc.id)!.relationships.certificates,
    ).toEqual([]);
    emulator.store.update('profiles', demo.profiles.adHoc.id, { profileState: 'INVALID' });
    await expect(planProfileRefresh(context, { profiles: ['Demo App Ad Hoc'] })).rejects.toThrow(
      /no valid certificate to sign a IOS_APP_ADHOC profile; create one first/,
    );

    const replacement = emulator.store.create(
      'certificates',
      issuedCertificateAttributes('DISTRIBUTION', Date.now()),
    );
    const refresh = await planProfileRefresh(context, { profiles: ['Demo App Ad Hoc'] });
    expect(refresh.profiles[0]!.reason).toBe('Apple marks it INVALID');
    await applyPlan(context, refresh.plan);
    const [created] = refresh.result().regenerated as { id: string }[];
    expect(emulator.store.get('profiles', created!.id)!.relationships.certificates).toEqual([
      replacement.id,
    ]);
  });
});

describe('profile helpers', () => {
  it('matches devices to profile types by platform and class', () => {
    expect(deviceFitsProfile('IOS_APP_DEVELOPMENT', { platform: 'IOS', deviceClass: 'IPAD' })).toBe(
      true,
    );
    expect(
      deviceFitsProfile('IOS_APP_DEVELOPMENT', { platform: 'IOS', deviceClass: 'APPLE_TV' }),
    ).toBe(false);
    expect(deviceFitsProfile('TVOS_APP_ADHOC', { platform: 'IOS', deviceClass: 'APPLE_TV' })).toBe(
      true,
    );
    expect(
      deviceFitsProfile('MAC_APP_DEVELOPMENT', { platform: 'MAC_OS', deviceClass: 'MAC' }),
    ).toBe(true);
    expect(deviceFitsProfile('MAC_CATALYST_APP_DEVELOPMENT', { platform: 'IOS' })).toBe(false);
    expect(deviceFitsProfile('MAC_APP_DEVELOPMENT', { platform: 'UNIVERSAL' })).toBe(true);
  });

  it('names profiles by bundle ID and type', () => {
    expect(defaultProfileName('com.example.app', 'IOS_APP_ADHOC')).toBe('com.example.app Ad Hoc');
    expect(defaultProfileName('com.example.app', 'TVOS_APP_STORE')).toBe(
      'com.example.app tvOS App Store',
    );
    expect(defaultProfileName('com.example.app', 'MAC_APP_DIRECT')).toBe(
      'com.example.app macOS Direct',
    );
  });

  it('parses capabilities with their settings', () => {
    expect(
      parseCapabilities(['push notifications', 'ICLOUD', 'data-protection=protected_unless_open']),
    ).toEqual([
      { type: 'PUSH_NOTIFICATIONS' },
      { type: 'ICLOUD', setting: { key: 'ICLOUD_VERSION', option: 'XCODE_6' } },
      {
        type: 'DATA_PROTECTION',
        setting: { key: 'DATA_PROTECTION_PERMISSION_LEVEL', option: 'PROTECTED_UNLESS_OPEN' },
      },
    ]);
    expect(() => parseCapabilities(['MAPS=XCODE_6'])).toThrow(/MAPS takes no setting/);
    expect(() => parseCapabilities(['ICLOUD=XCODE_9'])).toThrow(/not an option of ICLOUD/);
  });
});
