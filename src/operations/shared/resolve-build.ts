import type { AscClient } from '../../asc/client.js';
import type {
  BetaAppReviewSubmission,
  BetaBuildLocalization,
  Build,
  BuildBetaDetail,
  BuildProcessingState,
  Platform,
  PrereleaseVersion,
} from '../../asc/generated/app-store-connect.js';
import { IncludedIndex, type ListDocument, type SingleDocument } from '../../asc/json-api.js';
import { collectAll } from '../../asc/pagination.js';
import { toQueryString, type ListQuery } from '../../asc/query.js';
import { InputError } from '../../input-error.js';
import type { InputReader } from '../../input-reader.js';
import { completeRelated, completeRelatedIds, includedLimits } from './included-relationships.js';
import type { ResolvedApp } from './resolve-app.js';

export const buildPlatforms: readonly Platform[] = ['IOS', 'MAC_OS', 'TV_OS', 'VISION_OS'];

/** Which build the inputs name: a build number or `latest`, narrowed by marketing version. */
export interface BuildSelector {
  /** A build number (CFBundleVersion), or 'latest'. */
  build: string;
  /** Marketing version (CFBundleShortVersionString), through `preReleaseVersion.version`. */
  version?: string;
  platform: Platform;
  /** The build's ID when it is already known (just uploaded): read directly, no search. */
  id?: string;
}

/** A build with everything the build operations read about it, from one request. */
export interface ResolvedBuild {
  id: string;
  /** The build number. */
  number: string;
  /** The marketing version ('' when Apple did not say). */
  version: string;
  platform: string;
  processingState: BuildProcessingState | 'UNKNOWN';
  expired: boolean;
  uploadedDate: string | null;
  /** null: export compliance has not been answered yet. */
  usesNonExemptEncryption: boolean | null;
  betaDetail: BuildBetaDetail | undefined;
  /** Ids of the beta groups the build is in. */
  groupIds: string[];
  localizations: BetaBuildLocalization[];
  reviewSubmission: BetaAppReviewSubmission | undefined;
}

/** ONE request's worth of includes: what `distribute` and the other build operations need. */
export const buildDetailQuery: ListQuery = {
  include: [
    'preReleaseVersion',
    'buildBetaDetail',
    'betaGroups',
    'betaBuildLocalizations',
    'betaAppReviewSubmission',
  ],
  fields: {
    builds: [
      'version',
      'uploadedDate',
      'expired',
      'processingState',
      'usesNonExemptEncryption',
      'preReleaseVersion',
      'buildBetaDetail',
      'betaGroups',
      'betaBuildLocalizations',
      'betaAppReviewSubmission',
    ],
    preReleaseVersions: ['version', 'platform'],
    buildBetaDetails: ['autoNotifyEnabled', 'internalBuildState', 'externalBuildState'],
    betaGroups: ['name'],
    betaBuildLocalizations: ['locale', 'whatsNew'],
    betaAppReviewSubmissions: ['betaReviewState', 'submittedDate'],
  },
  limits: includedLimits(['betaGroups', 'betaBuildLocalizations']),
};

/** Reads `build` (required), `version` and `platform`. */
export function parseBuildSelector(
  inputs: InputReader,
  why = 'it names the build: a build number or latest',
): BuildSelector {
  const raw = inputs.required('build', why);
  const build = raw.toLowerCase() === 'latest' ? 'latest' : raw;
  if (build !== 'latest' && !/^\d+(\.\d+){0,2}$/.test(build)) {
    throw new InputError(
      'build',
      `'${raw}' is neither a build number (like 42 or 1.2.3) nor latest`,
    );
  }
  const version = inputs.optional('version');
  if (version !== undefined && !/^\d+(\.\d+){0,2}$/.test(version)) {
    throw new InputError('version', `'${version}' is not a marketing version (like 1.2 or 1.2.3)`);
  }
  return {
    build,
    ...(version ? { version } : {}),
    platform: inputs.choice('platform', buildPlatforms, 'IOS'),
  };
}

/** `1.2 (45)`: how people name a build. */
export function describeBuild(build: Pick<ResolvedBuild, 'number' | 'version'>): string {
  return build.version ? `${build.version} (${build.number})` : `(${build.number})`;
}

export function toResolvedBuild(build: Build, included: IncludedIndex): ResolvedBuild {
  const a = build.attributes ?? {};
  const preRelease = included.one<PrereleaseVersion>(build, 'preReleaseVersion');
  const groups = build.relationships?.betaGroups?.data ?? [];
  return {
    id: build.id,
    number: a.version ?? '',
    version: preRelease?.attributes?.version ?? '',
    platform: preRelease?.attributes?.platform ?? '',
    processingState: a.processingState ?? 'UNKNOWN',
    expired: a.expired ?? false,
    uploadedDate: a.uploadedDate ?? null,
    usesNonExemptEncryption: a.usesNonExemptEncryption ?? null,
    betaDetail: included.one<BuildBetaDetail>(build, 'buildBetaDetail'),
    groupIds: groups.map((group) => group.id),
    localizations: included.many<BetaBuildLocalization>(build, 'betaBuildLocalizations'),
    reviewSubmission: included.one<BetaAppReviewSubmission>(build, 'betaAppReviewSubmission'),
  };
}

function selectorFilter(app: ResolvedApp, selector: BuildSelector): ListQuery['filter'] {
  return {
    app: app.id,
    'preReleaseVersion.platform': selector.platform,
    ...(selector.version ? { 'preReleaseVersion.version': selector.version } : {}),
  };
}

function describeSelector(selector: BuildSelector): string {
  const which = selector.build === 'latest' ? 'no build' : `no build number ${selector.build}`;
  const version = selector.version ? ` of version ${selector.version}` : '';
  return `${which}${version} for ${selector.platform}`;
}

/**
 * Finds the build the selector names, never an expired one, in one request that also includes its
 * beta details, groups, What to Test texts and review submission. Unknown or ambiguous builds are
 * input errors on `build` that say what exists or which input narrows the choice.
 */
export async function resolveBuild(
  client: AscClient,
  app: ResolvedApp,
  selector: BuildSelector,
): Promise<ResolvedBuild> {
  if (selector.id) return readBuild(client, selector.id);
  const latest = selector.build === 'latest';
  const document = await client.get<ListDocument<Build>>(
    '/v1/builds' +
      toQueryString({
        ...buildDetailQuery,
        filter: {
          ...selectorFilter(app, selector),
          expired: 'false',
          ...(latest ? {} : { version: selector.build }),
        },
        sort: ['-uploadedDate'],
        limit: latest ? 1 : 10,
      }),
  );
  const included = new IncludedIndex(document.included ?? []);
  // Apple's filter[version] may also answer near matches (10 for 1): only the exact number counts.
  const matching = latest
    ? document.data
    : document.data.filter((build) => build.attributes?.version === selector.build);
  const builds = matching.map((build) => toResolvedBuild(build, included));
  const [first, second] = builds;
  if (!first) throw await noSuchBuild(client, app, selector);
  if (!second) await completeBuildRelationships(client, matching[0]!, first);
  if (second) {
    const versions = builds.map((build) => build.version || '?');
    const hint = selector.version
      ? `platform or a more exact build`
      : `version (one of ${[...new Set(versions)].join(', ')})`;
    throw new InputError(
      'build',
      `${builds.length} builds have the number ${selector.build} (${builds.map(describeBuild).join(', ')}); narrow it with ${hint}`,
    );
  }
  return first;
}

/** Re-reads a build by id with the same includes (after waiting, or after writes). */
export async function readBuild(client: AscClient, id: string): Promise<ResolvedBuild> {
  const document = await client.get<SingleDocument<Build>>(
    `/v1/builds/${encodeURIComponent(id)}${toQueryString(buildDetailQuery)}`,
  );
  const build = toResolvedBuild(document.data, new IncludedIndex(document.included ?? []));
  await completeBuildRelationships(client, document.data, build);
  return build;
}

/**
 * An include lists at most 50 groups and What to Test texts, and Apple's paging beside them is no
 * count: a build with as many is completed from a full read (its groups through a filtered listing,
 * as builds have no betaGroups relationship endpoint).
 */
async function completeBuildRelationships(
  client: AscClient,
  source: Build,
  build: ResolvedBuild,
): Promise<void> {
  build.groupIds = await completeRelatedIds(client, source, 'betaGroups', {
    readAll: async () => {
      const { data } = await collectAll(client, '/v1/betaGroups', {
        filter: { builds: build.id },
        fields: { betaGroups: ['name'] },
      });
      return data.map((group) => group.id);
    },
  });
  build.localizations = await completeRelated(
    client,
    source,
    'betaBuildLocalizations',
    build.localizations,
    { query: { fields: { betaBuildLocalizations: ['locale', 'whatsNew'] } } },
  );
}

/** Reads the newest builds to explain why none matched (only on this error path). */
async function noSuchBuild(
  client: AscClient,
  app: ResolvedApp,
  selector: BuildSelector,
): Promise<InputError> {
  const document = await client.get<ListDocument<Build>>(
    '/v1/builds' +
      toQueryString({
        filter: { app: app.id, 'preReleaseVersion.platform': selector.platform },
        fields: {
          builds: ['version', 'expired', 'uploadedDate', 'preReleaseVersion'],
          preReleaseVersions: ['version'],
        },
        include: ['preReleaseVersion'],
        sort: ['-uploadedDate'],
        limit: 50,
      }),
  );
  const included = new IncludedIndex(document.included ?? []);
  const builds = document.data.map((build) => toResolvedBuild(build, included));
  const expiredMatch = builds.find(
    (build) =>
      build.expired &&
      build.number === selector.build &&
      (!selector.version || build.version === selector.version),
  );
  if (expiredMatch) {
    return new InputError(
      'build',
      `build ${describeBuild(expiredMatch)} has expired; expired builds cannot be distributed`,
    );
  }
  const newest = builds.filter((build) => !build.expired).slice(0, 5);
  const listing =
    newest.length > 0
      ? `the newest builds are ${newest.map(describeBuild).join(', ')}`
      : `${app.bundleId || app.id} has no unexpired ${selector.platform} builds`;
  return new InputError('build', `${describeSelector(selector)} in ${app.bundleId}; ${listing}`);
}
