import type { Platform } from '../asc/generated/app-store-connect.js';

/** What an archive says about the app inside it: the identity App Store Connect checks. */
export interface BundleInfo {
  /** CFBundleIdentifier. */
  bundleId?: string;
  /** CFBundleShortVersionString: the marketing version. */
  version?: string;
  /** CFBundleVersion: the build number. */
  buildNumber?: string;
  /** From CFBundleSupportedPlatforms (an .ipa) or the archive type (a .pkg is MAC_OS). */
  platform?: Platform;
  /** Where the values were read, for messages: `Payload/Demo.app/Info.plist`. */
  source: string;
}

/** Bundle identity from the dictionary of an Info.plist (as plain strings). */
export function bundleInfoFromPlist(plist: Record<string, unknown>, source: string): BundleInfo {
  const text = (key: string): string | undefined => {
    const value = plist[key];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  const supported = plist.CFBundleSupportedPlatforms;
  const platform = Array.isArray(supported)
    ? platformFromSupported(supported.map(String))
    : undefined;
  return {
    source,
    bundleId: text('CFBundleIdentifier'),
    version: text('CFBundleShortVersionString'),
    buildNumber: text('CFBundleVersion'),
    platform,
  };
}

function platformFromSupported(names: string[]): Platform | undefined {
  if (names.some((name) => /^appletv/i.test(name))) return 'TV_OS';
  if (names.some((name) => /^xr/i.test(name))) return 'VISION_OS';
  if (names.some((name) => /^iphone/i.test(name))) return 'IOS';
  if (names.some((name) => /^macosx$/i.test(name))) return 'MAC_OS';
  return undefined;
}
