import type { CapabilitySetting, CapabilityType } from '../../asc/generated/app-store-connect.js';
import { InputError } from '../../input-error.js';

export const capabilityTypes: readonly CapabilityType[] = [
  'ICLOUD',
  'IN_APP_PURCHASE',
  'GAME_CENTER',
  'PUSH_NOTIFICATIONS',
  'WALLET',
  'INTER_APP_AUDIO',
  'MAPS',
  'ASSOCIATED_DOMAINS',
  'PERSONAL_VPN',
  'APP_GROUPS',
  'HEALTHKIT',
  'HOMEKIT',
  'WIRELESS_ACCESSORY_CONFIGURATION',
  'APPLE_PAY',
  'DATA_PROTECTION',
  'SIRIKIT',
  'NETWORK_EXTENSIONS',
  'MULTIPATH',
  'HOT_SPOT',
  'NFC_TAG_READING',
  'CLASSKIT',
  'AUTOFILL_CREDENTIAL_PROVIDER',
  'ACCESS_WIFI_INFORMATION',
  'NETWORK_CUSTOM_PROTOCOL',
  'COREMEDIA_HLS_LOW_LATENCY',
  'SYSTEM_EXTENSION_INSTALL',
  'USER_MANAGEMENT',
  'APPLE_ID_AUTH',
];

type SettingKey = NonNullable<CapabilitySetting['key']>;
type OptionKey = NonNullable<NonNullable<CapabilitySetting['options']>[number]['key']>;

/** The capabilities that take a setting, its key, its options, and the one used when none is named. */
const capabilityOptions: Partial<
  Record<CapabilityType, { setting: SettingKey; options: OptionKey[]; fallback: OptionKey }>
> = {
  ICLOUD: { setting: 'ICLOUD_VERSION', options: ['XCODE_5', 'XCODE_6'], fallback: 'XCODE_6' },
  DATA_PROTECTION: {
    setting: 'DATA_PROTECTION_PERMISSION_LEVEL',
    options: ['COMPLETE_PROTECTION', 'PROTECTED_UNLESS_OPEN', 'PROTECTED_UNTIL_FIRST_USER_AUTH'],
    fallback: 'COMPLETE_PROTECTION',
  },
  APPLE_ID_AUTH: {
    setting: 'APPLE_ID_AUTH_APP_CONSENT',
    options: ['PRIMARY_APP_CONSENT'],
    fallback: 'PRIMARY_APP_CONSENT',
  },
};

/** One requested capability: its type and, for those that take one, the chosen option. */
export interface CapabilityRequest {
  type: CapabilityType;
  setting?: { key: SettingKey; option: OptionKey };
}

/**
 * Reads `capabilities` items: `PUSH_NOTIFICATIONS`, or `TYPE=OPTION` for those with a setting
 * (`ICLOUD=XCODE_6`, `DATA_PROTECTION=COMPLETE_PROTECTION`, `APPLE_ID_AUTH=PRIMARY_APP_CONSENT`).
 */
export function parseCapabilities(items: string[], input = 'capabilities'): CapabilityRequest[] {
  const requests = new Map<CapabilityType, CapabilityRequest>();
  for (const item of items) {
    const [rawType = '', rawOption] = item.split(/[=:]/, 2).map((part) => part.trim());
    const type = capabilityTypes.find((t) => t === rawType.toUpperCase().replace(/[\s-]+/g, '_'));
    if (!type) {
      throw new InputError(
        input,
        `'${rawType}' is not a capability type; use one of ${capabilityTypes.join(', ')}`,
      );
    }
    const rule = capabilityOptions[type];
    if (!rule) {
      if (rawOption)
        throw new InputError(input, `${type} takes no setting, but '${rawOption}' was given`);
      requests.set(type, { type });
      continue;
    }
    const option = rawOption
      ? rule.options.find((o) => o === rawOption.toUpperCase())
      : rule.fallback;
    if (!option) {
      throw new InputError(
        input,
        `'${rawOption}' is not an option of ${type}; use one of ${rule.options.join(', ')}`,
      );
    }
    requests.set(type, { type, setting: { key: rule.setting, option } });
  }
  return [...requests.values()];
}

/** The `settings` attribute Apple takes for a capability request. */
export function capabilitySettings(request: CapabilityRequest): CapabilitySetting[] {
  if (!request.setting) return [];
  return [{ key: request.setting.key, options: [{ key: request.setting.option, enabled: true }] }];
}

/** The option enabled in a capability's settings as Apple returns them, if any. */
export function enabledOption(settings: CapabilitySetting[] | undefined): string | undefined {
  for (const setting of settings ?? []) {
    const option = setting.options?.find((o) => o.enabled !== false);
    if (option?.key) return option.key;
  }
  return undefined;
}

export function describeCapability(request: CapabilityRequest): string {
  return request.setting ? `${request.type}=${request.setting.option}` : request.type;
}
