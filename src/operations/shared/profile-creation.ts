import type { AscClient } from '../../asc/client.js';
import type { SingleDocument } from '../../asc/json-api.js';
import type {
  Profile,
  ProfileCreateRequest,
  ProfileType,
} from '../../asc/generated/app-store-connect.js';
import {
  findProfileByName,
  profileTypeHoldsDevices,
  type ProfileSummary,
} from './resolve-profiles.js';

/** Everything needed to create a profile (or re-create one that was deleted). */
export interface ProfileSpec {
  name: string;
  profileType: ProfileType;
  bundleId: { id: string; identifier: string };
  certificateIds: string[];
}

export interface CreatedProfile {
  id: string;
  name: string;
  uuid: string;
  profileType: ProfileType;
  deviceCount: number;
  content?: string;
  expirationDate?: string;
}

export function profileCreateRequest(spec: ProfileSpec, deviceIds: string[]): ProfileCreateRequest {
  const holdsDevices = profileTypeHoldsDevices(spec.profileType);
  return {
    data: {
      type: 'profiles',
      attributes: { name: spec.name, profileType: spec.profileType },
      relationships: {
        bundleId: { data: { type: 'bundleIds', id: spec.bundleId.id } },
        certificates: { data: spec.certificateIds.map((id) => ({ type: 'certificates', id })) },
        ...(holdsDevices
          ? { devices: { data: deviceIds.map((id) => ({ type: 'devices' as const, id })) } }
          : {}),
      },
    },
  };
}

function fromDocument(profile: Profile, deviceCount: number): CreatedProfile {
  const a = profile.attributes ?? {};
  return {
    id: profile.id,
    name: a.name ?? '',
    uuid: a.uuid ?? '',
    profileType: a.profileType ?? 'IOS_APP_DEVELOPMENT',
    deviceCount,
    ...(a.profileContent ? { content: a.profileContent } : {}),
    ...(a.expirationDate ? { expirationDate: a.expirationDate } : {}),
  };
}

/**
 * Creates a profile. Profile names are unique on a team, so a create whose answer was lost is
 * recognised by a profile of that name other than `replacing` (the one just deleted, if any).
 */
export async function createProfile(
  client: AscClient,
  spec: ProfileSpec,
  deviceIds: string[],
  replacing?: string,
): Promise<CreatedProfile> {
  const recover = async (): Promise<SingleDocument<Profile> | undefined> => {
    const existing = await findProfileByName(client, spec.name);
    if (!existing || existing.id === replacing) return undefined;
    return {
      data: {
        type: 'profiles',
        id: existing.id,
        attributes: {
          name: existing.name,
          profileType: existing.profileType,
          uuid: existing.uuid,
          ...(existing.expirationDate ? { expirationDate: existing.expirationDate } : {}),
        },
      },
    };
  };
  const document = await client.post<SingleDocument<Profile>>(
    '/v1/profiles',
    profileCreateRequest(spec, deviceIds),
    { recover },
  );
  if (!document) throw new Error(`POST /v1/profiles answered without the created profile`);
  const holdsDevices = profileTypeHoldsDevices(spec.profileType);
  return fromDocument(document.data, holdsDevices ? deviceIds.length : 0);
}

/** The action inputs that create this profile again, as a workflow step's `with:` lines. */
export function restoreInputs(spec: ProfileSpec): string[] {
  return [
    'operation: create-profile',
    `profile-name: ${spec.name}`,
    `profile-type: ${spec.profileType}`,
    `bundle-id: ${spec.bundleId.identifier}`,
    `certificate-ids: ${spec.certificateIds.join(',')}`,
  ];
}

/** A profile was deleted to be regenerated, and its replacement could not be created. */
export class ProfileRecreateError extends Error {
  constructor(
    readonly deleted: ProfileSummary,
    readonly spec: ProfileSpec,
    cause: unknown,
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(
      [
        `Profile '${deleted.name}' (${deleted.profileType}, id ${deleted.id}, UUID ${deleted.uuid}) was deleted to be regenerated, but its replacement could not be created: ${reason}`,
        'Re-run this action with these inputs to restore it (with every enabled device of its platform):',
        ...restoreInputs(spec).map((line) => `  ${line}`),
      ].join('\n'),
      { cause },
    );
    this.name = 'ProfileRecreateError';
  }
}

/**
 * Deletes a profile and creates its replacement with the same name, type, bundle ID and
 * certificates (Apple has no update for profiles and refuses a second profile of the same name).
 * `deviceIds` is called before anything is deleted, so that a failure to read (or a development or
 * ad hoc profile left without any device, which Apple would refuse to create) leaves all as is;
 * `onDeleted` reports the delete, so that a failure of the create says what was already done.
 */
export async function regenerateProfile(
  client: AscClient,
  old: ProfileSummary,
  spec: ProfileSpec,
  deviceIds: () => Promise<string[]>,
  onDeleted: (description: string) => void,
): Promise<CreatedProfile> {
  const devices = await deviceIds();
  if (devices.length === 0 && profileTypeHoldsDevices(spec.profileType)) {
    throw new Error(
      `Profile '${old.name}' (${old.profileType}, id ${old.id}) was left as it is: its replacement would hold no device, and Apple refuses a ${spec.profileType} profile without devices. Register or enable a device of its platform first, or delete the profile (operation: delete-profile).`,
    );
  }
  await client.delete(`/v1/profiles/${old.id}`);
  onDeleted(`delete profile '${old.name}' (id ${old.id}, UUID ${old.uuid}), to be re-created`);
  try {
    return await createProfile(client, spec, devices, old.id);
  } catch (error) {
    throw new ProfileRecreateError(old, spec, error);
  }
}
