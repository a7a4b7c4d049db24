import type { AscClient } from '../../asc/client.js';
import type {
  AppStoreVersion,
  AppStoreVersionLocalization,
  AppStoreVersionPhasedRelease,
  Build,
  Platform,
  PrereleaseVersion,
} from '../../asc/generated/app-store-connect.js';
import { IncludedIndex, type ListDocument } from '../../asc/json-api.js';
import { collectAll } from '../../asc/pagination.js';
import { toQueryString } from '../../asc/query.js';
import { InputError } from '../../input-error.js';
import type { InputReader } from '../../input-reader.js';
import type { ResolvedApp } from '../shared/resolve-app.js';
import { buildPlatforms } from '../shared/resolve-build.js';

export const marketingVersionPattern = /^\d+(\.\d+){0,2}$/;

/** States in which Apple lets the version's build and metadata change. */
export const editableStates: readonly string[] = [
  'PREPARE_FOR_SUBMISSION',
  'DEVELOPER_REJECTED',
  'REJECTED',
  'METADATA_REJECTED',
  'INVALID_BINARY',
];

/** States of a version that is done: a new version may follow it. */
export const releasedStates: readonly string[] = [
  'READY_FOR_SALE',
  // appVersionState's name for it, when Apple stops sending the deprecated appStoreState
  'READY_FOR_DISTRIBUTION',
  'REPLACED_WITH_NEW_VERSION',
  'REMOVED_FROM_SALE',
  'DEVELOPER_REMOVED_FROM_SALE',
];

/** An App Store version with what the App Store operations read about it, from one request. */
export interface StoreVersion {
  id: string;
  versionString: string;
  platform: string;
  /** Apple's appStoreState (deprecated but still the one with every state), else appVersionState. */
  state: string;
  releaseType: string | null;
  earliestReleaseDate: string | null;
  build: { id: string; number: string } | undefined;
  localizations: AppStoreVersionLocalization[];
  phasedRelease: AppStoreVersionPhasedRelease | undefined;
}

export function isEditable(version: StoreVersion): boolean {
  return editableStates.includes(version.state);
}

export function isReleased(version: StoreVersion): boolean {
  return releasedStates.includes(version.state);
}

/** Reads `platform` (IOS by default). */
export function parsePlatform(inputs: InputReader): Platform {
  return inputs.choice('platform', buildPlatforms, 'IOS');
}

/** Reads `version` (required): a marketing version such as 1.2 or 1.2.3. */
export function parseVersionString(inputs: InputReader): string {
  const version = inputs.required('version', 'it names the App Store version (like 1.2)');
  if (!marketingVersionPattern.test(version)) {
    throw new InputError('version', `'${version}' is not a version string (like 1.2 or 1.2.3)`);
  }
  return version;
}

/** Compares version strings numerically, part by part (1.10 is after 1.9). */
export function compareVersionStrings(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const difference = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

const versionQuery = {
  fields: {
    appStoreVersions: [
      'platform',
      'versionString',
      'appStoreState',
      'appVersionState',
      'releaseType',
      'earliestReleaseDate',
      'build',
      'appStoreVersionLocalizations',
      'appStoreVersionPhasedRelease',
    ],
    builds: ['version'],
    appStoreVersionLocalizations: ['locale', 'whatsNew'],
    appStoreVersionPhasedReleases: ['phasedReleaseState', 'startDate', 'currentDayNumber'],
  },
  include: ['build', 'appStoreVersionLocalizations', 'appStoreVersionPhasedRelease'],
  limits: { appStoreVersionLocalizations: 50 },
};

function toStoreVersion(version: AppStoreVersion, included: IncludedIndex): StoreVersion {
  const a = version.attributes ?? {};
  const buildData = version.relationships?.build?.data;
  const build = included.one<Build>(version, 'build');
  return {
    id: version.id,
    versionString: a.versionString ?? '',
    platform: a.platform ?? '',
    state: a.appStoreState ?? a.appVersionState ?? 'UNKNOWN',
    releaseType: a.releaseType ?? null,
    earliestReleaseDate: a.earliestReleaseDate ?? null,
    build: buildData
      ? { id: buildData.id, number: build?.attributes?.version ?? buildData.id }
      : undefined,
    localizations: included.many<AppStoreVersionLocalization>(
      version,
      'appStoreVersionLocalizations',
    ),
    phasedRelease: included.one<AppStoreVersionPhasedRelease>(
      version,
      'appStoreVersionPhasedRelease',
    ),
  };
}

/** The app's App Store versions on `platform` (optionally only `versionString`), newest first. */
export async function readStoreVersions(
  client: AscClient,
  app: ResolvedApp,
  platform: string,
  versionString?: string,
): Promise<StoreVersion[]> {
  const { data, included } = await collectAll<AppStoreVersion>(
    client,
    `/v1/apps/${app.id}/appStoreVersions`,
    {
      ...versionQuery,
      filter: { platform, ...(versionString ? { versionString } : {}) },
    },
  );
  return data
    .map((version) => toStoreVersion(version, included))
    .filter((version) => !versionString || version.versionString === versionString)
    .sort((a, b) => compareVersionStrings(b.versionString, a.versionString));
}

/** The version's localizations (after it was created: Apple copies them from the one before). */
export async function readVersionLocalizations(
  client: AscClient,
  versionId: string,
  locale: string,
): Promise<AppStoreVersionLocalization[]> {
  const document = await client.get<ListDocument<AppStoreVersionLocalization>>(
    `/v1/appStoreVersions/${versionId}/appStoreVersionLocalizations${toQueryString({
      filter: { locale },
      fields: { appStoreVersionLocalizations: ['locale', 'whatsNew'] },
      limit: 50,
    })}`,
  );
  return document.data.filter((localization) => localization.attributes?.locale === locale);
}

/** A build of the App Store version: processed, not expired, of that marketing version. */
export interface StoreBuild {
  id: string;
  number: string;
  version: string;
  processingState: string;
  usesNonExemptEncryption: boolean | null;
}

export function describeStoreBuild(build: { number: string; version?: string }): string {
  return build.version ? `${build.version} (${build.number})` : `(${build.number})`;
}

const buildFields = {
  builds: [
    'version',
    'processingState',
    'expired',
    'usesNonExemptEncryption',
    'uploadedDate',
    'preReleaseVersion',
  ],
  preReleaseVersions: ['version', 'platform'],
};

function toStoreBuild(build: Build, included: IncludedIndex): StoreBuild {
  const a = build.attributes ?? {};
  return {
    id: build.id,
    number: a.version ?? '',
    version: included.one<PrereleaseVersion>(build, 'preReleaseVersion')?.attributes?.version ?? '',
    processingState: a.processingState ?? 'UNKNOWN',
    usesNonExemptEncryption: a.usesNonExemptEncryption ?? null,
  };
}

/**
 * Finds the build for the App Store version: `latest` is the newest processed build of `version`;
 * a number must be a build of `version` (a build of another version is refused by name).
 */
export async function resolveStoreBuild(
  client: AscClient,
  app: ResolvedApp,
  platform: string,
  version: string,
  build: string,
): Promise<StoreBuild> {
  const latest = build === 'latest';
  const document = await client.get<ListDocument<Build>>(
    '/v1/builds' +
      toQueryString({
        filter: {
          app: app.id,
          'preReleaseVersion.platform': platform,
          'preReleaseVersion.version': version,
          expired: 'false',
          ...(latest ? { processingState: 'VALID' } : { version: build }),
        },
        fields: buildFields,
        include: ['preReleaseVersion'],
        sort: ['-uploadedDate'],
        limit: latest ? 1 : 10,
      }),
  );
  const included = new IncludedIndex(document.included ?? []);
  const found = document.data
    .map((candidate) => toStoreBuild(candidate, included))
    .find((candidate) => latest || candidate.number === build);
  if (found) {
    if (found.processingState !== 'VALID') {
      throw new InputError(
        'build',
        `build ${describeStoreBuild(found)} is ${found.processingState}; only a processed (VALID) build can go to the App Store (wait for it with wait-for-build)`,
      );
    }
    return found;
  }
  if (latest) {
    throw new InputError(
      'build',
      `${app.bundleId || app.id} has no processed, unexpired ${platform} build of version ${version}`,
    );
  }
  // Only on this error path: is it a build of another version?
  const other = await client.get<ListDocument<Build>>(
    '/v1/builds' +
      toQueryString({
        filter: { app: app.id, 'preReleaseVersion.platform': platform, version: build },
        fields: buildFields,
        include: ['preReleaseVersion'],
        limit: 10,
      }),
  );
  const otherIncluded = new IncludedIndex(other.included ?? []);
  const elsewhere = other.data
    .map((candidate) => toStoreBuild(candidate, otherIncluded))
    .filter((candidate) => candidate.number === build);
  if (elsewhere.length > 0) {
    throw new InputError(
      'build',
      `build ${build} belongs to version ${elsewhere.map((b) => b.version || '?').join(', ')}, not to version ${version}`,
    );
  }
  throw new InputError(
    'build',
    `no unexpired build number ${build} of version ${version} for ${platform} in ${app.bundleId || app.id}`,
  );
}
