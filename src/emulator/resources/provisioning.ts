import type { ErrorAnswer } from '../apple-errors.js';
import { errorAnswer } from '../apple-errors.js';
import type { ResourceHooks } from '../hooks.js';
import { caseInsensitiveMatch } from '../jsonapi/filtering.js';
import { isoDate } from '../dates.js';

/**
 * The class Apple reads from the hardware when a device is registered; the emulator has no hardware,
 * so it reads the name ("Ann's iPad", "Living room Apple TV"), else an iPhone.
 */
function deviceClassFor(platform: unknown, name: unknown): string {
  if (platform === 'MAC_OS') return 'MAC';
  const text = String(name ?? '').toLowerCase();
  if (/\bipad/.test(text)) return 'IPAD';
  if (/\bwatch\b/.test(text)) return 'APPLE_WATCH';
  if (/\bapple ?tv\b/.test(text)) return 'APPLE_TV';
  if (/\bvision\b/.test(text)) return 'APPLE_VISION_PRO';
  if (/\bipod/.test(text)) return 'IPOD';
  return 'IPHONE';
}

/** Apple's product families, each with its own yearly device limit (an iPod counts as an iPhone). */
const DEVICE_FAMILIES: Record<string, string> = {
  IPHONE: 'iPhone',
  IPOD: 'iPhone',
  IPAD: 'iPad',
  APPLE_WATCH: 'Apple Watch',
  APPLE_TV: 'Apple TV',
  APPLE_VISION_PRO: 'Apple Vision Pro',
  MAC: 'Mac',
  APPLE_SILICON_MAC: 'Mac',
  INTEL_MAC: 'Mac',
};

/** Apple takes a UDID with or without its dash, in any case, as the same device. */
export function sameUdid(a: unknown, b: unknown): boolean {
  const normal = (udid: unknown) =>
    String(udid ?? '')
      .replace(/-/g, '')
      .toLowerCase();
  return normal(a) === normal(b);
}

const MAX_DEVICE_NAME_LENGTH = 50;

/** Apple's 409 for a device request it refuses, worded as its device registration answers. */
function deviceEntityError(detail: string, attribute: string): ErrorAnswer {
  return errorAnswer(409, 'ENTITY_ERROR', 'There is a problem with the request entity', detail, {
    pointer: `/data/attributes/${attribute}`,
  });
}

function checkDeviceName(name: unknown): ErrorAnswer | undefined {
  const text = String(name ?? '').trim();
  if (text === '' || [...text].length > MAX_DEVICE_NAME_LENGTH) {
    return deviceEntityError(
      `The device name must be 1 to ${MAX_DEVICE_NAME_LENGTH} characters long.`,
      'name',
    );
  }
  return undefined;
}

const devices: ResourceHooks = {
  type: 'devices',
  filterMatchers: { udid: caseInsensitiveMatch },
  beforeCreate(draft, ctx) {
    const udid = String(draft.attributes.udid ?? '');
    const platform = String(draft.attributes.platform ?? '');
    const taken = ctx.store.list('devices').some((d) => sameUdid(d.attributes.udid, udid));
    if (taken) {
      return deviceEntityError(
        `A device with number '${udid}' already exists on this team.`,
        'udid',
      );
    }
    const nameProblem = checkDeviceName(draft.attributes.name);
    if (nameProblem) return nameProblem;
    const deviceClass = deviceClassFor(platform, draft.attributes.name);
    const family = DEVICE_FAMILIES[deviceClass];
    // Disabled devices keep their place until the membership year ends, as on Apple's side.
    const used = ctx.store
      .list('devices')
      .filter((d) => DEVICE_FAMILIES[String(d.attributes.deviceClass)] === family).length;
    const limit = ctx.settings.deviceLimitPerFamily;
    if (used >= limit) {
      return deviceEntityError(
        `You have registered the maximum number of ${family} devices (${limit}) allowed for this membership year.`,
        'udid',
      );
    }
    Object.assign(draft.attributes, {
      deviceClass,
      status: 'ENABLED',
      model: null,
      addedDate: isoDate(ctx.now()),
    });
  },
  beforeUpdate(_device, draft) {
    if (draft.attributes.name !== undefined && draft.attributes.name !== null) {
      return checkDeviceName(draft.attributes.name);
    }
  },
  afterUpdate(device, draft, ctx) {
    if (draft.attributes.status !== 'DISABLED') return;
    // A profile that lists a disabled device stops being valid, as on Apple's side.
    for (const profile of ctx.store.list('profiles')) {
      if (profile.relationships.devices?.includes(device.id)) {
        ctx.store.update('profiles', profile.id, { profileState: 'INVALID' });
      }
    }
  },
};

// Bundle IDs, capabilities, certificates and profiles live in signing.ts.
export { TEAM_SEED_ID, issuedCertificateAttributes, profileContent } from './signing.js';

export const provisioningHooks: ResourceHooks[] = [devices];
