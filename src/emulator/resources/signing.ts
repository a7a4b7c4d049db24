/** Bundle IDs, capabilities, certificates and profiles: Apple's code-signing resources. */
import { randomBytes, randomUUID } from 'node:crypto';
import { errorAnswer, type ErrorAnswer } from '../apple-errors.js';
import { DAY_MS, isoDate } from '../dates.js';
import { attributeConflict, relationshipConflict } from '../entity-errors.js';
import type { HookContext, ResourceHooks } from '../hooks.js';
import { prefixMatch } from '../jsonapi/filtering.js';
import {
  issueCertificate,
  readCsr,
  seedHolderPublicKey,
  signProfile,
} from '../signing-authority.js';
import type { EmulatorStore } from '../store.js';

/** The team's App ID prefix (seedId) that the emulator's account uses. */
export const TEAM_SEED_ID = 'EMU7TEAM42';
const TEAM_NAME = 'Emulator Team';

const YEAR_MS = 365 * DAY_MS;

function entityError(detail: string, pointer: string): ErrorAnswer {
  return errorAnswer(409, 'ENTITY_ERROR', 'There is a problem with the request entity', detail, {
    pointer,
  });
}

const bundleIds: ResourceHooks = {
  type: 'bundleIds',
  filterMatchers: { identifier: prefixMatch },
  beforeCreate(draft, ctx) {
    const identifier = String(draft.attributes.identifier ?? '');
    if (ctx.store.list('bundleIds').some((b) => b.attributes.identifier === identifier)) {
      return attributeConflict(
        'identifier',
        `An App ID with Identifier '${identifier}' is not available. Please enter a different string.`,
      );
    }
    draft.attributes.seedId ??= TEAM_SEED_ID;
  },
};

/** Capabilities whose settings must name an option, and the options Apple offers for them. */
const CAPABILITY_OPTIONS: Record<string, { setting: string; options: string[] }> = {
  ICLOUD: { setting: 'ICLOUD_VERSION', options: ['XCODE_5', 'XCODE_6'] },
  DATA_PROTECTION: {
    setting: 'DATA_PROTECTION_PERMISSION_LEVEL',
    options: ['COMPLETE_PROTECTION', 'PROTECTED_UNLESS_OPEN', 'PROTECTED_UNTIL_FIRST_USER_AUTH'],
  },
  APPLE_ID_AUTH: { setting: 'APPLE_ID_AUTH_APP_CONSENT', options: ['PRIMARY_APP_CONSENT'] },
};

function checkCapabilitySettings(type: string, settings: unknown): ErrorAnswer | undefined {
  const rule = CAPABILITY_OPTIONS[type];
  if (!rule || settings === undefined || settings === null) return undefined;
  for (const setting of settings as { key?: string; options?: { key?: string }[] }[]) {
    if (setting.key !== rule.setting) {
      return entityError(
        `The setting '${String(setting.key)}' does not apply to the capability ${type}.`,
        '/data/attributes/settings',
      );
    }
    const unknown = (setting.options ?? []).find((o) => !rule.options.includes(String(o.key)));
    if (unknown) {
      return entityError(
        `The option '${String(unknown.key)}' is not valid for ${rule.setting}.`,
        '/data/attributes/settings',
      );
    }
  }
  return undefined;
}

/** Apple names a capability after its bundle ID and type: `<bundleIdId>_<CAPABILITY_TYPE>`. */
export function capabilityId(bundleIdId: string, capabilityType: string): string {
  return `${bundleIdId}_${capabilityType}`;
}

const bundleIdCapabilities: ResourceHooks = {
  type: 'bundleIdCapabilities',
  idFor(draft) {
    const bundleIdId = draft.relationships.bundleId?.[0];
    const type = draft.attributes.capabilityType;
    return bundleIdId && typeof type === 'string' ? capabilityId(bundleIdId, type) : undefined;
  },
  beforeCreate(draft, ctx) {
    const bundle = ctx.store.toOne('bundleIds', draft, 'bundleId');
    const type = String(draft.attributes.capabilityType);
    const taken = (bundle?.relationships.bundleIdCapabilities ?? []).some(
      (id) => ctx.store.get('bundleIdCapabilities', id)?.attributes.capabilityType === type,
    );
    if (taken) {
      return attributeConflict(
        'capabilityType',
        `The capability ${type} is already enabled for this bundle ID.`,
      );
    }
    const refused = checkCapabilitySettings(type, draft.attributes.settings);
    if (refused) return refused;
    draft.attributes.settings ??= [];
  },
  beforeUpdate(capability, draft) {
    const type = String(draft.attributes.capabilityType ?? capability.attributes.capabilityType);
    return checkCapabilitySettings(type, draft.attributes.settings);
  },
};

const CERTIFICATE_NAMES: Record<string, string> = {
  IOS_DEVELOPMENT: 'iPhone Developer',
  IOS_DISTRIBUTION: 'iPhone Distribution',
  DEVELOPMENT: 'Apple Development',
  DISTRIBUTION: 'Apple Distribution',
  MAC_APP_DEVELOPMENT: 'Mac Developer',
  MAC_APP_DISTRIBUTION: '3rd Party Mac Developer Application',
  MAC_INSTALLER_DISTRIBUTION: '3rd Party Mac Developer Installer',
  DEVELOPER_ID_APPLICATION: 'Developer ID Application',
  DEVELOPER_ID_APPLICATION_G2: 'Developer ID Application',
};

/** Apple's cap on current certificates of one type per team. */
const CERTIFICATE_LIMITS: Record<string, number> = {
  DISTRIBUTION: 3,
  IOS_DISTRIBUTION: 3,
  MAC_APP_DISTRIBUTION: 3,
  MAC_INSTALLER_DISTRIBUTION: 3,
  DEVELOPER_ID_APPLICATION: 5,
  DEVELOPER_ID_APPLICATION_G2: 5,
};

/**
 * Attributes Apple fills in when it issues a certificate; `certificateContent` is a real X.509
 * certificate for `publicKey` (the CSR's key), or for a key held nowhere when seeding.
 */
export function issuedCertificateAttributes(
  certificateType: string,
  nowMs: number,
  publicKey = seedHolderPublicKey(),
): Record<string, unknown> {
  const label = CERTIFICATE_NAMES[certificateType] ?? certificateType;
  const platform = /^MAC|DEVELOPER_ID/.test(certificateType) ? 'MAC_OS' : 'IOS';
  // A positive serial: the first byte stays below 0x80.
  const serialNumber =
    (((randomBytes(1)[0] ?? 0) % 0x70) + 0x10).toString(16) + randomBytes(7).toString('hex');
  const name = `${label}: ${TEAM_NAME}`;
  const expirationDate = isoDate(nowMs + YEAR_MS);
  const certificateContent = issueCertificate({
    publicKey,
    commonName: `${name} (${TEAM_SEED_ID})`,
    serialNumber,
    notBefore: new Date(nowMs),
    notAfter: new Date(nowMs + YEAR_MS),
  });
  return {
    name,
    displayName: TEAM_NAME,
    certificateType,
    serialNumber: serialNumber.toUpperCase(),
    platform,
    expirationDate,
    certificateContent,
    activated: true,
  };
}

function isCurrent(resource: { attributes: Record<string, unknown> }, now: number): boolean {
  return Date.parse(String(resource.attributes.expirationDate ?? '')) > now;
}

const certificates: ResourceHooks = {
  type: 'certificates',
  beforeDelete(certificate, ctx) {
    // Revoking a certificate invalidates the profiles signed with it, as on Apple's side.
    for (const profile of ctx.store.list('profiles')) {
      if (profile.relationships.certificates?.includes(certificate.id)) {
        ctx.store.update('profiles', profile.id, { profileState: 'INVALID' });
      }
    }
  },
  beforeCreate(draft, ctx) {
    const type = String(draft.attributes.certificateType);
    const limit = CERTIFICATE_LIMITS[type];
    const now = ctx.now();
    const current = ctx.store
      .list('certificates')
      .filter((c) => c.attributes.certificateType === type && isCurrent(c, now)).length;
    if (limit !== undefined && current >= limit) {
      return entityError(
        `You already have a current ${CERTIFICATE_NAMES[type] ?? type} certificate or a pending certificate request.`,
        '/data/attributes/certificateType',
      );
    }
    const csr = readCsr(String(draft.attributes.csrContent ?? ''));
    if (!csr.ok) {
      return errorAnswer(
        409,
        'ENTITY_ERROR.ATTRIBUTE.INVALID',
        'An attribute value is invalid.',
        `The provided CSR is invalid: ${csr.problem}`,
        { pointer: '/data/attributes/csrContent' },
      );
    }
    delete draft.attributes.csrContent;
    Object.assign(draft.attributes, issuedCertificateAttributes(type, now, csr.publicKey));
  },
};

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function holdsDevices(profileType: string): boolean {
  return /_DEVELOPMENT$|_ADHOC$/.test(profileType);
}

export interface ProfileContentOptions {
  profileType?: string;
  bundleIdentifier?: string;
  certificateIds?: string[];
  createdMs?: number;
  expiresMs?: number;
}

/**
 * The `.mobileprovision` file (base64, as `profileContent`): the profile's property list, signed as
 * CMS like Apple's, naming its UUID, name, devices, certificates and entitlements.
 */
export function profileContent(
  store: EmulatorStore,
  name: string,
  uuid: string,
  deviceIds: string[],
  options: ProfileContentOptions = {},
): string {
  const udids = deviceIds.map((id) => String(store.get('devices', id)?.attributes.udid ?? ''));
  const certificates = (options.certificateIds ?? [])
    .map((id) => store.get('certificates', id)?.attributes.certificateContent)
    .filter((content): content is string => typeof content === 'string');
  const created = options.createdMs ?? store.now();
  const expires = options.expiresMs ?? created + YEAR_MS;
  const type = options.profileType ?? 'IOS_APP_DEVELOPMENT';
  const appId = `${TEAM_SEED_ID}.${options.bundleIdentifier ?? '*'}`;
  const plist = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0"><dict>',
    `<key>AppIDName</key><string>${escapeXml(options.bundleIdentifier ?? '')}</string>`,
    `<key>ApplicationIdentifierPrefix</key><array><string>${TEAM_SEED_ID}</string></array>`,
    `<key>CreationDate</key><date>${isoDate(created)}</date>`,
    `<key>Platform</key><array><string>${type.startsWith('MAC_') ? 'OSX' : 'iOS'}</string></array>`,
    `<key>DeveloperCertificates</key><array>${certificates.map((c) => `<data>${c}</data>`).join('')}</array>`,
    '<key>Entitlements</key><dict>',
    `<key>application-identifier</key><string>${escapeXml(appId)}</string>`,
    `<key>com.apple.developer.team-identifier</key><string>${TEAM_SEED_ID}</string>`,
    `<key>get-task-allow</key><${/_DEVELOPMENT$/.test(type) ? 'true' : 'false'}/>`,
    '</dict>',
    `<key>ExpirationDate</key><date>${isoDate(expires)}</date>`,
    `<key>Name</key><string>${escapeXml(name)}</string>`,
    ...(holdsDevices(type)
      ? [
          `<key>ProvisionedDevices</key><array>${udids.map((u) => `<string>${escapeXml(u)}</string>`).join('')}</array>`,
        ]
      : []),
    `<key>TeamIdentifier</key><array><string>${TEAM_SEED_ID}</string></array>`,
    `<key>TeamName</key><string>${TEAM_NAME}</string>`,
    `<key>TimeToLive</key><integer>365</integer>`,
    `<key>UUID</key><string>${uuid}</string>`,
    '<key>Version</key><integer>1</integer>',
    '</dict></plist>',
  ].join('\n');
  return signProfile(plist);
}

/** The certificate types a profile type may be signed with. */
function certificateTypesFor(profileType: string): string[] {
  if (/^MAC_(CATALYST_)?APP_DIRECT$/.test(profileType)) {
    return ['DEVELOPER_ID_APPLICATION', 'DEVELOPER_ID_APPLICATION_G2'];
  }
  const mac = profileType.startsWith('MAC_');
  if (profileType.endsWith('_DEVELOPMENT')) {
    return ['DEVELOPMENT', mac ? 'MAC_APP_DEVELOPMENT' : 'IOS_DEVELOPMENT'];
  }
  return ['DISTRIBUTION', mac ? 'MAC_APP_DISTRIBUTION' : 'IOS_DISTRIBUTION'];
}

function checkProfileLinks(
  profileType: string,
  certificateIds: string[],
  deviceIds: string[],
  ctx: HookContext,
): ErrorAnswer | undefined {
  if (certificateIds.length === 0) {
    return relationshipConflict('certificates', 'A profile needs at least one certificate.');
  }
  const allowed = certificateTypesFor(profileType);
  for (const id of certificateIds) {
    const type = String(ctx.store.get('certificates', id)?.attributes.certificateType);
    if (!allowed.includes(type)) {
      return relationshipConflict(
        'certificates',
        `The certificate '${id}' (${type}) cannot sign a ${profileType} profile.`,
      );
    }
  }
  if (!holdsDevices(profileType)) {
    if (deviceIds.length > 0) {
      return relationshipConflict('devices', `A ${profileType} profile does not list devices.`);
    }
    return undefined;
  }
  if (deviceIds.length === 0) {
    return relationshipConflict(
      'devices',
      'There are no current devices on this team matching the provided device IDs.',
    );
  }
  const disabled = deviceIds.find(
    (id) => ctx.store.get('devices', id)?.attributes.status !== 'ENABLED',
  );
  if (disabled) {
    return relationshipConflict('devices', `The device '${disabled}' is not enabled.`);
  }
  return undefined;
}

const profiles: ResourceHooks = {
  type: 'profiles',
  beforeCreate(draft, ctx) {
    const name = String(draft.attributes.name ?? '');
    if (ctx.store.list('profiles').some((p) => p.attributes.name === name)) {
      return attributeConflict(
        'name',
        `Multiple profiles found with the name '${name}'. Please remove the duplicate profiles and try again.`,
      );
    }
    const profileType = String(draft.attributes.profileType);
    const certificateIds = draft.relationships.certificates ?? [];
    const deviceIds = draft.relationships.devices ?? [];
    const refused = checkProfileLinks(profileType, certificateIds, deviceIds, ctx);
    if (refused) return refused;
    const bundle = ctx.store.toOne('bundleIds', draft, 'bundleId');
    const uuid = randomUUID();
    const now = ctx.now();
    Object.assign(draft.attributes, {
      platform: profileType.startsWith('MAC_APP_') ? 'MAC_OS' : 'IOS',
      profileState: 'ACTIVE',
      uuid,
      createdDate: isoDate(now),
      expirationDate: isoDate(now + YEAR_MS),
      profileContent: profileContent(ctx.store, name, uuid, deviceIds, {
        profileType,
        bundleIdentifier: String(bundle?.attributes.identifier ?? ''),
        certificateIds,
        createdMs: now,
      }),
    });
  },
};

export const signingHooks: ResourceHooks[] = [
  bundleIds,
  bundleIdCapabilities,
  certificates,
  profiles,
];
