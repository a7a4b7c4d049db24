import { randomBytes, randomUUID } from 'node:crypto';
import type { ResourceHooks } from '../hooks.js';
import { caseInsensitiveMatch, prefixMatch } from '../jsonapi/filtering.js';
import type { EmulatorStore } from '../store.js';
import { DAY_MS, isoDate } from '../dates.js';
import { attributeConflict } from '../entity-errors.js';

/** The team's App ID prefix (seedId) that the emulator's account uses. */
export const TEAM_SEED_ID = 'EMU7TEAM42';

const YEAR_MS = 365 * DAY_MS;

function deviceClassFor(platform: unknown, name: unknown): string {
  if (platform === 'MAC_OS') return 'MAC';
  return /ipad/i.test(String(name ?? '')) ? 'IPAD' : 'IPHONE';
}

const devices: ResourceHooks = {
  type: 'devices',
  filterMatchers: { udid: caseInsensitiveMatch },
  beforeCreate(draft, ctx) {
    const udid = String(draft.attributes.udid ?? '');
    const taken = ctx.store
      .list('devices')
      .some((d) => String(d.attributes.udid).toLowerCase() === udid.toLowerCase());
    if (taken) {
      return attributeConflict(
        'udid',
        `A device with number '${udid}' already exists on this team.`,
      );
    }
    Object.assign(draft.attributes, {
      deviceClass: deviceClassFor(draft.attributes.platform, draft.attributes.name),
      status: 'ENABLED',
      model: null,
      addedDate: isoDate(ctx.now()),
    });
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

const bundleIdCapabilities: ResourceHooks = {
  type: 'bundleIdCapabilities',
  beforeCreate(draft, ctx) {
    const bundle = ctx.store.get('bundleIds', draft.relationships.bundleId?.[0] ?? '');
    const type = draft.attributes.capabilityType;
    const taken = (bundle?.relationships.bundleIdCapabilities ?? []).some(
      (id) => ctx.store.get('bundleIdCapabilities', id)?.attributes.capabilityType === type,
    );
    if (taken) {
      return attributeConflict(
        'capabilityType',
        `The capability ${String(type)} is already enabled for this bundle ID.`,
      );
    }
    draft.attributes.settings ??= [];
  },
};

const CERTIFICATE_NAMES: Record<string, string> = {
  IOS_DEVELOPMENT: 'iOS Development',
  IOS_DISTRIBUTION: 'iOS Distribution',
  DEVELOPMENT: 'Apple Development',
  DISTRIBUTION: 'Apple Distribution',
  MAC_APP_DEVELOPMENT: 'Mac Development',
  MAC_APP_DISTRIBUTION: 'Mac App Distribution',
  MAC_INSTALLER_DISTRIBUTION: 'Mac Installer Distribution',
  DEVELOPER_ID_APPLICATION: 'Developer ID Application',
};

/** Attributes Apple fills in when it issues a certificate. */
export function issuedCertificateAttributes(
  certificateType: string,
  nowMs: number,
): Record<string, unknown> {
  const label = CERTIFICATE_NAMES[certificateType] ?? certificateType;
  const platform = /^MAC|DEVELOPER_ID/.test(certificateType) ? 'MAC_OS' : 'IOS';
  return {
    name: `${label}: Emulator Team`,
    displayName: 'Emulator Team',
    certificateType,
    serialNumber: randomBytes(8).toString('hex').toUpperCase(),
    platform,
    expirationDate: isoDate(nowMs + YEAR_MS),
    certificateContent: randomBytes(256).toString('base64'),
    activated: true,
  };
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
    delete draft.attributes.csrContent;
    Object.assign(draft.attributes, issuedCertificateAttributes(type, ctx.now()));
  },
};

/** A stand-in for the signed .mobileprovision Apple returns (base64, like profileContent). */
export function profileContent(
  store: EmulatorStore,
  name: string,
  uuid: string,
  deviceIds: string[],
): string {
  const udids = deviceIds.map((id) => store.get('devices', id)?.attributes.udid).filter(Boolean);
  const plist = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<plist version="1.0"><dict>',
    `<key>Name</key><string>${name}</string>`,
    `<key>UUID</key><string>${uuid}</string>`,
    `<key>TeamIdentifier</key><array><string>${TEAM_SEED_ID}</string></array>`,
    `<key>ProvisionedDevices</key><array>${udids.map((u) => `<string>${String(u)}</string>`).join('')}</array>`,
    '</dict></plist>',
  ].join('\n');
  return Buffer.from(plist).toString('base64');
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
    const bundle = ctx.store.get('bundleIds', draft.relationships.bundleId?.[0] ?? '');
    const uuid = randomUUID();
    const now = ctx.now();
    Object.assign(draft.attributes, {
      platform: bundle?.attributes.platform === 'MAC_OS' ? 'MAC_OS' : 'IOS',
      profileState: 'ACTIVE',
      uuid,
      createdDate: isoDate(now),
      expirationDate: isoDate(now + YEAR_MS),
      profileContent: profileContent(ctx.store, name, uuid, draft.relationships.devices ?? []),
    });
  },
};

export const provisioningHooks: ResourceHooks[] = [
  devices,
  bundleIds,
  bundleIdCapabilities,
  certificates,
  profiles,
];
