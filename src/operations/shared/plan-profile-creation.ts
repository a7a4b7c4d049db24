import type { AscClient } from '../../asc/client.js';
import type { ProfileType } from '../../asc/generated/app-store-connect.js';
import { InputError } from '../../input-error.js';
import type { PlannedChange } from './plan.js';
import { createProfile, type CreatedProfile, type ProfileSpec } from './profile-creation.js';
import { devicesForProfile, listEnabledDevices } from './profile-devices.js';
import type { BundleIdSummary } from './resolve-bundle-id.js';
import { certificateTypesFor, validCertificatesFor } from './resolve-certificates.js';
import { devicePlatformOf, profileTypeHoldsDevices } from './resolve-profiles.js';

const typeLabels: [RegExp, string][] = [
  [/_DEVELOPMENT$/, 'Development'],
  [/_ADHOC$/, 'Ad Hoc'],
  [/_STORE$/, 'App Store'],
  [/_INHOUSE$/, 'In House'],
  [/_DIRECT$/, 'Direct'],
];

/** The name a profile gets when none is given, e.g. `com.example.app Ad Hoc` (tvOS/Mac marked). */
export function defaultProfileName(identifier: string, type: ProfileType): string {
  const label = typeLabels.find(([pattern]) => pattern.test(type))?.[1] ?? type;
  const platform = type.startsWith('TVOS_')
    ? ' tvOS'
    : type.startsWith('MAC_CATALYST_')
      ? ' Catalyst'
      : type.startsWith('MAC_')
        ? ' macOS'
        : '';
  return `${identifier}${platform} ${label}`;
}

export interface ProfileCreationRequest {
  name: string;
  profileType: ProfileType;
  bundle: BundleIdSummary;
  /** Certificate ids; empty: every valid certificate that can sign this type. */
  certificateIds: string[];
  /** Device ids or UDIDs; empty: every enabled device of the profile's platform. */
  devices: string[];
}

export interface PlannedProfileCreation {
  spec: ProfileSpec;
  deviceIds: string[];
  change: PlannedChange;
  /** The created profile once the change was applied. */
  created(): CreatedProfile | undefined;
}

async function chooseCertificates(
  client: AscClient,
  request: ProfileCreationRequest,
): Promise<string[]> {
  const valid = await validCertificatesFor(client, request.profileType);
  if (request.certificateIds.length === 0) {
    if (valid.length === 0) {
      throw new InputError(
        'certificate-ids',
        `the team has no valid certificate that can sign a ${request.profileType} profile (${certificateTypesFor(request.profileType).join(' or ')}); create one first (operation: create-certificate)`,
      );
    }
    return valid.map((certificate) => certificate.id);
  }
  const unusable = request.certificateIds.filter((id) => !valid.some((c) => c.id === id));
  if (unusable.length > 0) {
    throw new InputError(
      'certificate-ids',
      `${unusable.join(', ')} ${unusable.length === 1 ? 'is not a valid certificate' : 'are not valid certificates'} of type ${certificateTypesFor(request.profileType).join(' or ')}; valid ones: ${valid.map((c) => c.id).join(', ') || 'none'}`,
    );
  }
  return request.certificateIds;
}

async function chooseDevices(
  client: AscClient,
  request: ProfileCreationRequest,
): Promise<string[]> {
  if (!profileTypeHoldsDevices(request.profileType)) {
    if (request.devices.length > 0) {
      throw new InputError('device-ids', `a ${request.profileType} profile does not list devices`);
    }
    return [];
  }
  const eligible = devicesForProfile(request.profileType, await listEnabledDevices(client));
  if (request.devices.length === 0) {
    if (eligible.length === 0) {
      throw new InputError(
        'device-ids',
        `the team has no enabled ${devicePlatformOf(request.profileType)} device for a ${request.profileType} profile; register devices first (operation: register-devices)`,
      );
    }
    return eligible.map((device) => device.id);
  }
  const chosen: string[] = [];
  const unknown: string[] = [];
  for (const wanted of request.devices) {
    const device = eligible.find(
      (d) => d.id === wanted || d.udid.toLowerCase() === wanted.toLowerCase(),
    );
    if (device) chosen.push(device.id);
    else unknown.push(wanted);
  }
  if (unknown.length > 0) {
    throw new InputError(
      'device-ids',
      `no enabled ${devicePlatformOf(request.profileType)} device has the id or UDID ${unknown.join(', ')}`,
    );
  }
  return [...new Set(chosen)];
}

/** Reads the certificates and devices a new profile gets, and plans its create. */
export async function planProfileCreation(
  client: AscClient,
  request: ProfileCreationRequest,
): Promise<PlannedProfileCreation> {
  const [certificateIds, deviceIds] = await Promise.all([
    chooseCertificates(client, request),
    chooseDevices(client, request),
  ]);
  const spec: ProfileSpec = {
    name: request.name,
    profileType: request.profileType,
    bundleId: { id: request.bundle.id, identifier: request.bundle.identifier },
    certificateIds,
  };
  let created: CreatedProfile | undefined;
  const holdsDevices = profileTypeHoldsDevices(request.profileType);
  return {
    spec,
    deviceIds,
    change: {
      kind: 'create',
      target: `profile '${request.name}'`,
      detail: `${request.profileType} for ${request.bundle.identifier}, ${certificateIds.length} certificate(s)${holdsDevices ? `, ${deviceIds.length} device(s)` : ''}`,
      apply: async () => {
        created = await createProfile(client, spec, deviceIds);
      },
    },
    created: () => created,
  };
}
