import type { DevicePlatform } from '../../input-formats/devices.js';
import type { AccountDevice } from '../shared/resolve-devices.js';

/** Apple's limit of registered devices per product family per membership year. */
export const defaultDeviceLimit = 100;

export type ProductFamily = 'iPhone' | 'iPad' | 'Apple Watch' | 'Apple TV' | 'Apple Vision' | 'Mac';

const iosFamilies: ProductFamily[] = ['iPhone', 'iPad', 'Apple Watch', 'Apple TV', 'Apple Vision'];

const familyOfClass: Record<string, ProductFamily> = {
  IPHONE: 'iPhone',
  IPOD: 'iPhone',
  IPAD: 'iPad',
  APPLE_WATCH: 'Apple Watch',
  APPLE_TV: 'Apple TV',
  APPLE_VISION_PRO: 'Apple Vision',
  MAC: 'Mac',
  // Undocumented classes Apple lists Macs with.
  APPLE_SILICON_MAC: 'Mac',
  INTEL_MAC: 'Mac',
};

/**
 * The family a device about to be registered will count against, when it can be told: a Mac by its
 * platform, an iOS device only by a name that says what it is ("Ann's iPad"). Apple sets the class
 * (iPhone, iPad, Watch, TV, Vision, all on the IOS platform) after registration, from the hardware.
 */
export function guessFamily(device: {
  name: string;
  platform: DevicePlatform;
}): ProductFamily | undefined {
  if (device.platform === 'MAC_OS') return 'Mac';
  const name = device.name.toLowerCase();
  if (/\bipad/.test(name)) return 'iPad';
  if (/\bwatch\b/.test(name)) return 'Apple Watch';
  if (/\bapple ?tv\b/.test(name)) return 'Apple TV';
  if (/\bvision\b/.test(name)) return 'Apple Vision';
  if (/\b(iphone|ipod)/.test(name)) return 'iPhone';
  return undefined;
}

function familyOfRegistered(device: AccountDevice): ProductFamily | undefined {
  if (device.deviceClass) return familyOfClass[device.deviceClass];
  if (device.platform === 'MAC_OS') return 'Mac';
  return guessFamily({ name: device.name, platform: 'IOS' });
}

export interface FamilyUsage {
  family: ProductFamily;
  /** Registered devices of the family, enabled or disabled: both count until the membership renews. */
  used: number;
  /** New devices known to be of this family. */
  adding: number;
  /** New iOS devices whose family cannot be told, which might all be of this family. */
  unknown: number;
  limit: number;
}

export interface DeviceCapCheck {
  families: FamilyUsage[];
  /** Families whose limit the plan certainly exceeds. */
  exceeded: FamilyUsage[];
  /** Families whose limit the plan exceeds if the unknown devices are of that family. */
  atRisk: FamilyUsage[];
  /** New iOS devices whose family cannot be told. */
  unknown: number;
  /** Even spread over every iOS family's free places, the unknown devices do not fit. */
  unknownDoNotFit: boolean;
}

/**
 * Estimates the use of Apple's per-family device limit after registering `adding`. Every listed
 * device counts (a disabled one keeps its place until the membership year ends; re-enabling it
 * takes no new place). A new iOS device whose family its name does not tell is counted against
 * every iOS family for the warning, and fails the check only when it fits in none of them.
 */
export function checkDeviceCap(
  account: AccountDevice[],
  adding: { name: string; platform: DevicePlatform }[],
  limit = defaultDeviceLimit,
): DeviceCapCheck {
  const usage = new Map<ProductFamily, FamilyUsage>(
    [...iosFamilies, 'Mac' as const].map((family) => [
      family,
      { family, used: 0, adding: 0, unknown: 0, limit },
    ]),
  );
  for (const device of account) {
    const family = familyOfRegistered(device);
    if (family) usage.get(family)!.used++;
  }
  let unknown = 0;
  for (const device of adding) {
    const family = guessFamily(device);
    if (family) usage.get(family)!.adding++;
    else unknown++;
  }
  for (const family of iosFamilies) usage.get(family)!.unknown = unknown;
  const families = [...usage.values()];
  const exceeded = families.filter((f) => f.used + f.adding > f.limit);
  const atRisk = families.filter(
    (f) => !exceeded.includes(f) && f.used + f.adding + f.unknown > f.limit,
  );
  const freeIos = iosFamilies
    .map((family) => usage.get(family)!)
    .reduce((sum, f) => sum + Math.max(0, f.limit - f.used - f.adding), 0);
  return { families, exceeded, atRisk, unknown, unknownDoNotFit: unknown > freeIos };
}

export function describeUsage(f: FamilyUsage): string {
  const unknown = f.unknown > 0 ? ` (+ up to ${f.unknown} not yet known)` : '';
  return `${f.family}: ${f.used} registered + ${f.adding} new${unknown} of ${f.limit}`;
}
