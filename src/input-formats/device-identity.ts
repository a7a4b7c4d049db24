import type { BundleIdPlatform } from '../asc/generated/app-store-connect.js';

/** The platforms a device is registered under: Apple's BundleIdPlatform without UNIVERSAL/SERVICES. */
export type DevicePlatform = Extract<BundleIdPlatform, 'IOS' | 'MAC_OS'>;

/** Apple's limit on a registered device's name. */
export const maxDeviceNameLength = 50;

/**
 * Platform words users write, compared case-insensitively with `_`, `-` and spaces removed.
 * Watches, Apple TVs and Vision Pros are registered under Apple's IOS platform.
 */
const platformWords = new Map<string, DevicePlatform>(
  Object.entries({
    ios: 'IOS',
    iphone: 'IOS',
    iphoneos: 'IOS',
    ipad: 'IOS',
    ipados: 'IOS',
    ipod: 'IOS',
    tvos: 'IOS',
    watchos: 'IOS',
    visionos: 'IOS',
    mac: 'MAC_OS',
    macos: 'MAC_OS',
    osx: 'MAC_OS',
  } as const),
);

export function platformFromWord(word: string): DevicePlatform | undefined {
  const key = word.toLowerCase().replace(/[\s_-]/g, '');
  return platformWords.get(key);
}

/**
 * In space-separated lines the last word is a platform only when spelled as a platform: all
 * lower-case, all upper-case or Apple's own spelling. "Mac" and "iPhone" end many device names
 * ("Ann's iPhone", "Build Mac"), so they stay part of the name.
 */
const trailingPlatformWords = new Map<string, DevicePlatform>([
  ...['ios', 'IOS', 'iOS'].map((word) => [word, 'IOS'] as const),
  ...['mac', 'MAC', 'macos', 'MACOS', 'macOS', 'mac_os', 'MAC_OS'].map(
    (word) => [word, 'MAC_OS'] as const,
  ),
]);

export function trailingPlatformFromWord(word: string): DevicePlatform | undefined {
  return trailingPlatformWords.get(word);
}

/** What Apple's upload file writes in its platform column. */
export function platformWord(platform: DevicePlatform): string {
  return platform === 'IOS' ? 'ios' : 'mac';
}

type UdidShape = 'legacy' | 'chip-id' | 'uuid';

const udidShapes: [UdidShape, RegExp][] = [
  ['legacy', /^[0-9a-f]{40}$/i],
  // Newer iPhones/iPads and Apple Silicon Macs: 8 hex digits (the chip, e.g. 00008030 or 00006000
  // for M1 Pro Macs), a dash, 16 hex digits (the ECID).
  // Apple takes it with or without the dash, as the same device.
  ['chip-id', /^[0-9a-f]{8}-?[0-9a-f]{16}$/i],
  ['uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i],
];

const accepted: Record<DevicePlatform, UdidShape[]> = {
  IOS: ['legacy', 'chip-id'],
  MAC_OS: ['uuid', 'chip-id'],
};

function udidShape(udid: string): UdidShape | undefined {
  return udidShapes.find(([, pattern]) => pattern.test(udid))?.[0];
}

/**
 * Checks a UDID against the platform, or infers the platform when none is given (a UUID is a
 * Mac; 40 hex digits or the chip-id form is an iPhone/iPad). Returns a problem text when it does not fit.
 */
export function resolveUdidPlatform(
  udid: string,
  given: DevicePlatform | undefined,
): { platform: DevicePlatform } | { problem: string } {
  const shape = udidShape(udid);
  if (given === undefined) {
    if (shape === undefined) {
      return {
        problem:
          'is not a device UDID (expected 40 hex digits, 00008xxx-xxxxxxxxxxxxxxxx with or without its dash, or a Mac UUID)',
      };
    }
    return { platform: shape === 'uuid' ? 'MAC_OS' : 'IOS' };
  }
  if (shape !== undefined && accepted[given].includes(shape)) return { platform: given };
  return {
    problem:
      given === 'IOS'
        ? 'is not an iOS UDID (expected 40 hex digits or 00008xxx-xxxxxxxxxxxxxxxx, with or without its dash)'
        : 'is not a Mac UDID (expected a UUID or 00008xxx-xxxxxxxxxxxxxxxx)',
  };
}

/**
 * The key two UDIDs share when Apple takes them as one device: without dashes, lower-case
 * (`00008030-001A2B3C4D5E6F70` and `00008030001a2b3c4d5e6f70` are the same device).
 */
export function udidKey(udid: string): string {
  return udid.replace(/-/g, '').toLowerCase();
}

/**
 * The spellings Apple may hold a UDID under, for an exact `filter[udid]`: a chip-id UDID with and
 * without its dash; any other UDID as it is.
 */
export function udidSpellings(udid: string): string[] {
  const compact = udid.replace(/-/g, '');
  if (!/^[0-9a-f]{24}$/i.test(compact)) return [udid];
  const dashed = `${compact.slice(0, 8)}-${compact.slice(8)}`;
  return [...new Set([udid, dashed, compact])];
}
