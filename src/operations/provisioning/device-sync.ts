import type { DeviceEntry } from '../../input-formats/devices.js';
import { udidKey, type AccountDevice } from '../shared/resolve-devices.js';

export interface DeviceSyncOptions {
  /** Rename registered devices whose name differs from the file. */
  rename: boolean;
  /** Disable enabled devices that the file does not list (a full sync). */
  disableMissing: boolean;
}

export interface MatchedDevice {
  entry: DeviceEntry;
  device: AccountDevice;
}

/** What registering a list of devices changes in the account; pure data, computed from one listing. */
export interface DeviceSync {
  /** Not registered yet. */
  register: DeviceEntry[];
  /** Registered but disabled: re-enabled (and renamed too when `rename` is on and the name differs). */
  enable: (MatchedDevice & { newName?: string })[];
  /** Enabled, with another name, and `rename` is on. */
  rename: MatchedDevice[];
  /** Enabled devices absent from the list, with `disableMissing` on. */
  disable: AccountDevice[];
  /** Registered and enabled, nothing to change. */
  unchanged: MatchedDevice[];
  /** Registered under another name that is kept because `rename` is off (worth a notice). */
  namesKept: MatchedDevice[];
}

/** Plans the changes that make the account hold every listed device, enabled (and named as listed). */
export function planDeviceSync(
  wanted: DeviceEntry[],
  account: AccountDevice[],
  options: DeviceSyncOptions,
): DeviceSync {
  const byUdid = new Map(account.map((device) => [udidKey(device.udid), device]));
  const sync: DeviceSync = {
    register: [],
    enable: [],
    rename: [],
    disable: [],
    unchanged: [],
    namesKept: [],
  };
  const listed = new Set<string>();
  for (const entry of wanted) {
    listed.add(entry.udidKey);
    const device = byUdid.get(entry.udidKey);
    if (!device) {
      sync.register.push(entry);
      continue;
    }
    const nameDiffers = device.name !== entry.name;
    if (nameDiffers && !options.rename) sync.namesKept.push({ entry, device });
    const newName = nameDiffers && options.rename ? entry.name : undefined;
    if (device.status === 'DISABLED') {
      sync.enable.push({ entry, device, ...(newName === undefined ? {} : { newName }) });
    } else if (newName !== undefined) {
      sync.rename.push({ entry, device });
    } else {
      sync.unchanged.push({ entry, device });
    }
  }
  if (options.disableMissing) {
    sync.disable = account.filter(
      (device) => device.status === 'ENABLED' && !listed.has(udidKey(device.udid)),
    );
  }
  return sync;
}
