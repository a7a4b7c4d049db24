import { appleInstant, newestFirst } from '../../asc/dates.js';
import type { Build, BuildUpdateRequest } from '../../asc/generated/app-store-connect.js';
import { collectAll } from '../../asc/pagination.js';
import { InputError } from '../../input-error.js';
import type { InputReader } from '../../input-reader.js';
import { defineOperation } from '../operation.js';
import { applyPlan, Plan, planSection, type PlannedChange } from '../shared/plan.js';
import { parseAppInput, resolveApp } from '../shared/resolve-app.js';
import {
  buildPlatforms,
  describeBuild,
  parseBuildSelector,
  toResolvedBuild,
  type BuildSelector,
  type ResolvedBuild,
} from '../shared/resolve-build.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ExpiryRules {
  /** Keep this many of the newest builds. */
  keepLatest?: number;
  /** Expire only builds uploaded more than this many days ago. */
  olderThanDays?: number;
}

export interface ExpireInputs {
  app: string;
  rules: ExpiryRules;
  /** The build never to expire (`build`), when given. */
  keep?: BuildSelector;
  version?: string;
  platform: BuildSelector['platform'];
}

export function parseExpireInputs(inputs: InputReader): ExpireInputs {
  const app = parseAppInput(inputs);
  const keepLatest = inputs.optionalInteger('keep-latest', { min: 0, max: 10_000 });
  const olderThanDays = inputs.optionalInteger('older-than-days', { min: 0, max: 3650 });
  if (keepLatest === undefined && olderThanDays === undefined) {
    throw new InputError(
      'keep-latest',
      'it is empty, and so is older-than-days; give one or both to say which builds to expire',
    );
  }
  if (keepLatest === 0 && olderThanDays === undefined) {
    throw new InputError(
      'keep-latest',
      '0 with no older-than-days would expire every build; keep at least one or add older-than-days',
    );
  }
  const keep = inputs.optional('build') !== undefined ? parseBuildSelector(inputs) : undefined;
  const version = inputs.optional('version');
  return {
    app,
    rules: {
      ...(keepLatest !== undefined ? { keepLatest } : {}),
      ...(olderThanDays !== undefined ? { olderThanDays } : {}),
    },
    ...(keep ? { keep } : {}),
    ...(version ? { version } : {}),
    platform: keep?.platform ?? inputs.choice('platform', buildPlatforms, 'IOS'),
  };
}

/** The build `build` names among the unexpired builds (newest first), or an input error. */
export function pickKeptBuild(builds: ResolvedBuild[], keep: BuildSelector): ResolvedBuild {
  if (keep.build === 'latest') {
    const newest = builds[0];
    if (!newest) throw new InputError('build', 'latest: there are no unexpired builds');
    return newest;
  }
  const matches = builds.filter(
    (build) => build.number === keep.build && (!keep.version || build.version === keep.version),
  );
  const [first, second] = matches;
  if (!first) {
    const newest = builds.slice(0, 5).map(describeBuild).join(', ') || '(none)';
    throw new InputError(
      'build',
      `no unexpired build number ${keep.build}${keep.version ? ` of version ${keep.version}` : ''}; the newest builds are ${newest}`,
    );
  }
  if (second) {
    throw new InputError(
      'build',
      `${matches.length} builds have the number ${keep.build} (${matches.map(describeBuild).join(', ')}); narrow it with version`,
    );
  }
  return first;
}

/**
 * Which of the unexpired builds (newest first) to expire: those past the `keepLatest` newest and
 * uploaded before `olderThanDays`, never `keptId` and never one still processing.
 */
export function chooseBuildsToExpire(
  builds: ResolvedBuild[],
  rules: ExpiryRules,
  now: number,
  keptId?: string,
): ResolvedBuild[] {
  const cutoff = rules.olderThanDays === undefined ? undefined : now - rules.olderThanDays * DAY_MS;
  return builds.filter((build, index) => {
    if (build.id === keptId || build.processingState === 'PROCESSING') return false;
    if (rules.keepLatest !== undefined && index < rules.keepLatest) return false;
    if (cutoff !== undefined) {
      const uploaded = appleInstant(build.uploadedDate);
      if (uploaded === undefined || uploaded >= cutoff) return false;
    }
    return true;
  });
}

/** Newest upload first, by instant: Apple's Pacific offsets change in winter, so text order lies. */
function byNewestUpload(a: ResolvedBuild, b: ResolvedBuild): number {
  return newestFirst(a.uploadedDate, b.uploadedDate);
}

export const expireBuilds = defineOperation({
  name: 'expire-builds',
  parse: parseExpireInputs,
  async run(context, inputs) {
    const { client, log, dryRun } = context;
    const app = await resolveApp(client, inputs.app);
    const { data, included } = await collectAll<Build>(client, '/v1/builds', {
      filter: {
        app: app.id,
        expired: 'false',
        'preReleaseVersion.platform': inputs.platform,
        ...(inputs.version ? { 'preReleaseVersion.version': inputs.version } : {}),
      },
      fields: {
        builds: ['version', 'uploadedDate', 'expired', 'processingState', 'preReleaseVersion'],
        preReleaseVersions: ['version', 'platform'],
      },
      include: ['preReleaseVersion'],
      sort: ['-uploadedDate'],
    });
    const builds = data
      .map((build) => toResolvedBuild(build, included))
      .filter((build) => !build.expired)
      .sort(byNewestUpload);
    const kept = inputs.keep ? pickKeptBuild(builds, inputs.keep) : undefined;
    const expiring = chooseBuildsToExpire(builds, inputs.rules, Date.now(), kept?.id);
    log.info(
      `${builds.length} unexpired ${inputs.platform} build(s); ${expiring.length} to expire${kept ? `; build ${describeBuild(kept)} is kept` : ''}.`,
    );
    const plan = new Plan().stage(
      expiring.map((build): PlannedChange => {
        const body: BuildUpdateRequest = {
          data: { type: 'builds', id: build.id, attributes: { expired: true } },
        };
        return {
          kind: 'update',
          target: `build ${describeBuild(build)}`,
          detail: `expired: true (uploaded ${build.uploadedDate?.slice(0, 10) ?? '?'})`,
          apply: async () => {
            await client.patch(`/v1/builds/${build.id}`, body);
          },
        };
      }),
    );
    const applied = await applyPlan(context, plan);
    const describe = (build: ResolvedBuild) => ({
      id: build.id,
      number: build.number,
      version: build.version,
      uploadedDate: build.uploadedDate,
    });
    const expiringIds = new Set(expiring.map((build) => build.id));
    return {
      result: {
        app,
        rules: inputs.rules,
        keptBuild: kept ? describe(kept) : null,
        expired: expiring.map(describe),
        kept: builds.filter((build) => !expiringIds.has(build.id)).map(describe),
        plan: plan.records(),
        applied,
      },
      outputs: {
        'expired-build-ids': expiring.map((build) => build.id),
        'expired-count': expiring.length,
      },
      summary: {
        title: `${dryRun ? 'Dry run: expire' : 'Expire'} builds of ${app.name}`,
        sections: [
          {
            lines: [
              `${expiring.length} of ${builds.length} unexpired build(s) ${applied ? 'expired' : dryRun ? 'would be expired' : 'to expire'}.`,
            ],
          },
          planSection(plan, applied, dryRun),
        ],
      },
    };
  },
});
