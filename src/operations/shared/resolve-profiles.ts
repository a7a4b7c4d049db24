import { appleInstant } from '../../asc/dates.js';
import type { AscClient } from '../../asc/client.js';
import { AscApiError } from '../../asc/errors.js';
import { IncludedIndex, relatedId, relatedIds, type SingleDocument } from '../../asc/json-api.js';
import { collectAll } from '../../asc/pagination.js';
import { completeRelatedIds, includedLimits } from './included-relationships.js';
import { toQueryString, type ListQuery } from '../../asc/query.js';
import type {
  BundleId,
  Profile,
  ProfileState,
  ProfileType,
} from '../../asc/generated/app-store-connect.js';

export const profileTypes: readonly ProfileType[] = [
  'IOS_APP_DEVELOPMENT',
  'IOS_APP_STORE',
  'IOS_APP_ADHOC',
  'IOS_APP_INHOUSE',
  'MAC_APP_DEVELOPMENT',
  'MAC_APP_STORE',
  'MAC_APP_DIRECT',
  'TVOS_APP_DEVELOPMENT',
  'TVOS_APP_STORE',
  'TVOS_APP_ADHOC',
  'TVOS_APP_INHOUSE',
  'MAC_CATALYST_APP_DEVELOPMENT',
  'MAC_CATALYST_APP_STORE',
  'MAC_CATALYST_APP_DIRECT',
];

/** Development and ad hoc profiles list the devices they run on; the others list none. */
export function profileTypeHoldsDevices(type: ProfileType): boolean {
  return /_DEVELOPMENT$|_ADHOC$/.test(type);
}

/** Where a profile runs: the device platform its devices are registered under. */
export function devicePlatformOf(type: ProfileType): 'IOS' | 'MAC_OS' {
  return type.startsWith('MAC_') ? 'MAC_OS' : 'IOS';
}

export interface ProfileSummary {
  id: string;
  name: string;
  profileType: ProfileType;
  state: ProfileState | null;
  uuid: string;
  expirationDate: string | null;
  bundleId: { id: string; identifier: string } | undefined;
  certificateIds: string[];
  /** Undefined when the devices were not read. */
  deviceIds: string[] | undefined;
  /** Base64 of the .mobileprovision file, when it was asked for. */
  content?: string;
}

export function isProfileExpired(profile: ProfileSummary, now = Date.now()): boolean {
  const expires = appleInstant(profile.expirationDate);
  return expires !== undefined && expires <= now;
}

/** Why a profile cannot be used as it is, or undefined when it can. */
export function profileDefect(profile: ProfileSummary, now = Date.now()): string | undefined {
  if (profile.state === 'INVALID') return 'Apple marks it INVALID';
  if (isProfileExpired(profile, now)) return `it expired on ${profile.expirationDate}`;
  return undefined;
}

export interface ProfileQuery {
  names?: readonly string[];
  ids?: readonly string[];
  types?: readonly ProfileType[];
  states?: readonly ProfileState[];
  withDevices?: boolean;
  withContent?: boolean;
}

function toProfileSummary(
  profile: Profile,
  included: IncludedIndex,
  withDevices: boolean,
): ProfileSummary {
  const a = profile.attributes ?? {};
  const bundleIdId = relatedId(profile, 'bundleId');
  const bundle = bundleIdId
    ? included.get<BundleId>({ type: 'bundleIds', id: bundleIdId })
    : undefined;
  return {
    id: profile.id,
    name: a.name ?? '',
    profileType: a.profileType ?? 'IOS_APP_DEVELOPMENT',
    state: a.profileState ?? null,
    uuid: a.uuid ?? '',
    expirationDate: a.expirationDate ?? null,
    bundleId: bundleIdId
      ? { id: bundleIdId, identifier: bundle?.attributes?.identifier ?? '' }
      : undefined,
    certificateIds: relatedIds(profile, 'certificates'),
    deviceIds: withDevices ? relatedIds(profile, 'devices') : undefined,
    ...(a.profileContent ? { content: a.profileContent } : {}),
  };
}

/**
 * Lists profiles with their bundle ID and certificates (and devices, when asked), one paginated
 * listing; a profile with as many certificates or devices as a listing carries (50; Apple's count
 * there is no count) is completed with one more read of that relationship.
 */
export async function listProfiles(
  client: AscClient,
  query: ProfileQuery = {},
): Promise<ProfileSummary[]> {
  const withDevices = query.withDevices ?? false;
  const include = ['bundleId', 'certificates', ...(withDevices ? ['devices'] : [])];
  const listQuery: ListQuery = {
    filter: {
      name: query.names,
      id: query.ids,
      profileType: query.types,
      profileState: query.states,
    },
    include,
    fields: {
      profiles: [...profileFields(query.withContent), ...include],
      bundleIds: ['identifier'],
      certificates: ['certificateType'],
      ...(withDevices ? { devices: ['udid'] } : {}),
    },
    limits: includedLimits(['certificates', ...(withDevices ? ['devices'] : [])]),
  };
  const { data, included } = await collectAll<Profile>(client, '/v1/profiles', listQuery);
  return Promise.all(
    data.map(async (profile) => {
      const summary = toProfileSummary(profile, included, withDevices);
      summary.certificateIds = await completeRelatedIds(client, profile, 'certificates');
      if (withDevices) summary.deviceIds = await completeRelatedIds(client, profile, 'devices');
      return summary;
    }),
  );
}

/**
 * Finds profiles by name or id: names first (exact match), then the rest as ids. Returns the found
 * profiles and the items that matched nothing.
 */
export async function findProfiles(
  client: AscClient,
  namesOrIds: readonly string[],
  query: Omit<ProfileQuery, 'names' | 'ids'> = {},
): Promise<{ found: ProfileSummary[]; missing: string[] }> {
  const byName = await listProfiles(client, { ...query, names: namesOrIds });
  const found = byName.filter((profile) => namesOrIds.includes(profile.name));
  const unmatched = namesOrIds.filter((item) => !found.some((profile) => profile.name === item));
  const idLike = unmatched.filter((item) => /^[A-Z0-9]{6,}$/.test(item));
  if (idLike.length > 0) {
    found.push(...(await listProfiles(client, { ...query, ids: idLike })));
  }
  const missing = unmatched.filter((item) => !found.some((profile) => profile.id === item));
  const unique = [...new Map(found.map((profile) => [profile.id, profile])).values()];
  return { found: unique, missing };
}

/** Exact-name look-up of one profile (used to recover a create whose answer was lost). */
export async function findProfileByName(
  client: AscClient,
  name: string,
): Promise<ProfileSummary | undefined> {
  const profiles = await listProfiles(client, { names: [name], withDevices: true });
  return profiles.find((profile) => profile.name === name);
}

/** The `.mobileprovision` content of one profile (base64), read when a create's answer lacked it. */
export async function readProfileContent(client: AscClient, id: string): Promise<string> {
  const document = await client.get<SingleDocument<Profile>>(
    `/v1/profiles/${id}${toQueryString({ fields: { profiles: ['profileContent'] } })}`,
  );
  return document.data.attributes?.profileContent ?? '';
}

/** A profile a bundle ID lists that cannot be read: deleted on Apple's side ("stale") or hidden. */
export interface UnreadableProfile {
  id: string;
  name: string;
}

/** The profile attributes every listing reads (the content only when it is to be written). */
function profileFields(withContent: boolean | undefined): string[] {
  return [
    'name',
    'profileType',
    'profileState',
    'uuid',
    'expirationDate',
    ...(withContent ? ['profileContent'] : []),
  ];
}

/**
 * The profiles of one bundle ID, read through its relationship (`/v1/bundleIds/{id}/profiles`:
 * only this app's profiles, however many the team has; one request in the common case). Apple's
 * relationship can list deleted ("stale") profiles, which come without content and answer 404
 * when read: with `withContent`, a profile listed without content is read by id, and one that
 * answers 404 comes back in `unreadable`, never as a failure.
 */
export async function listBundleIdProfiles(
  client: AscClient,
  bundle: { id: string; identifier: string },
  query: Pick<ProfileQuery, 'types' | 'withContent'> = {},
): Promise<{ profiles: ProfileSummary[]; unreadable: UnreadableProfile[] }> {
  const { data } = await collectAll<Profile>(
    client,
    `/v1/bundleIds/${encodeURIComponent(bundle.id)}/profiles`,
    {
      fields: {
        profiles: profileFields(query.withContent),
      },
      limit: 200,
    },
  );
  const types = query.types && query.types.length > 0 ? query.types : undefined;
  const listed = data
    .map((profile) => ({
      ...toProfileSummary(profile, new IncludedIndex(), false),
      bundleId: { id: bundle.id, identifier: bundle.identifier },
    }))
    .filter((profile) => !types || types.includes(profile.profileType));
  const profiles: ProfileSummary[] = [];
  const unreadable: UnreadableProfile[] = [];
  for (const profile of listed) {
    if (query.withContent && !profile.content) {
      try {
        profile.content = await readProfileContent(client, profile.id);
      } catch (error) {
        if (!(error instanceof AscApiError && error.status === 404)) throw error;
        unreadable.push({ id: profile.id, name: profile.name });
        continue;
      }
    }
    profiles.push(profile);
  }
  return { profiles, unreadable };
}
