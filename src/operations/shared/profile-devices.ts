import type { AscClient } from '../../asc/client.js';
import type { ProfileType } from '../../asc/generated/app-store-connect.js';
import { listAllDevices, type AccountDevice } from './resolve-devices.js';
import { devicePlatformOf } from './resolve-profiles.js';

/**
 * Whether a device of this platform and class belongs in a profile of this type: iOS profiles take
 * the iOS devices but Apple TVs, tvOS profiles only Apple TVs, Mac profiles the Macs. A UNIVERSAL
 * device fits every platform. The class may be unknown (a device not yet registered).
 */
export function deviceFitsProfile(
  type: ProfileType,
  device: { platform: string | null; deviceClass?: string | null },
): boolean {
  const platform = devicePlatformOf(type);
  if (device.platform !== platform && device.platform !== 'UNIVERSAL') return false;
  if (platform === 'MAC_OS') return true;
  const isTv = device.deviceClass === 'APPLE_TV';
  return type.startsWith('TVOS_') ? isTv : !isTv;
}

export function devicesForProfile<
  D extends { platform: string | null; deviceClass?: string | null },
>(type: ProfileType, devices: D[]): D[] {
  return devices.filter((device) => deviceFitsProfile(type, device));
}

/** Every enabled device of the team, both platforms, in one paginated listing. */
export function listEnabledDevices(client: AscClient): Promise<AccountDevice[]> {
  return listAllDevices(client, { status: 'ENABLED' });
}

/**
 * Reads the enabled devices once, the first time any change of a plan asks, while that plan is
 * applied: so that devices registered by earlier stages of the same plan are included.
 */
export function enabledDevicesAtApplyTime(client: AscClient): () => Promise<AccountDevice[]> {
  let reading: Promise<AccountDevice[]> | undefined;
  return () => {
    reading ??= listEnabledDevices(client).catch((error: unknown) => {
      reading = undefined;
      throw error;
    });
    return reading;
  };
}
