import type { AscClient } from '../../asc/client.js';
import { AscApiError } from '../../asc/errors.js';
import type {
  Build,
  BuildBetaDetailUpdateRequest,
  BuildUpdateRequest,
} from '../../asc/generated/app-store-connect.js';
import type { ListDocument } from '../../asc/json-api.js';
import { toQueryString } from '../../asc/query.js';
import type { OperationContext } from '../operation.js';
import type { PlannedChange } from './plan.js';
import type { ResolvedApp } from './resolve-app.js';
import { describeBuild, type ResolvedBuild } from './resolve-build.js';

/**
 * Apple takes one build per version in beta review: while one is WAITING_FOR_REVIEW or IN_REVIEW,
 * submitting another build of the same version answers "Another build is in review." (422). The
 * action finds such a build before any write, and stops, or (with `replace-build-in-review`)
 * expires it first, as fastlane's `reject_build_waiting_for_review` does.
 */
export const REPLACE_INPUT = 'replace-build-in-review';

export interface BuildInReview {
  id: string;
  number: string;
  version: string;
}

/** The build to submit, as far as the check needs it (an upload has no ID yet). */
export type BuildToSubmit = Pick<ResolvedBuild, 'number' | 'version' | 'platform'> & {
  id?: string;
};

/** The other unexpired builds of the build's version that are in beta review: one request. */
export async function findBuildsInReview(
  client: AscClient,
  app: ResolvedApp,
  build: BuildToSubmit,
): Promise<BuildInReview[]> {
  const document = await client.get<ListDocument<Build>>(
    '/v1/builds' +
      toQueryString({
        filter: {
          app: app.id,
          ...(build.version ? { 'preReleaseVersion.version': build.version } : {}),
          ...(build.platform ? { 'preReleaseVersion.platform': build.platform } : {}),
          'betaAppReviewSubmission.betaReviewState': 'WAITING_FOR_REVIEW,IN_REVIEW',
          expired: 'false',
        },
        fields: { builds: ['version'] },
        limit: 10,
      }),
  );
  return document.data
    .filter((other) => other.id !== build.id && other.attributes?.version !== build.number)
    .map((other) => ({
      id: other.id,
      number: other.attributes?.version ?? '',
      version: build.version,
    }));
}

/** Stops the run before any write: another build of the version is in review. */
export class BuildInReviewError extends Error {
  constructor(build: BuildToSubmit, others: BuildInReview[]) {
    const names = others.map(describeBuild).join(', ');
    super(
      `Build ${names} is already in beta review, and Apple takes one build per version ` +
        `("Another build is in review."), so build ${describeBuild(build)} cannot be submitted. ` +
        `Nothing was changed. Set ${REPLACE_INPUT}: true to expire ${names} and submit ${describeBuild(build)}, ` +
        'or wait until its review ends.',
    );
    this.name = 'BuildInReviewError';
  }
}

/** Expires the builds in review (with `replace-build-in-review`), so that this one can be submitted. */
export function planExpireBuildsInReview(
  client: AscClient,
  others: BuildInReview[],
): PlannedChange[] {
  return others.map((other) => {
    const body: BuildUpdateRequest = {
      data: { type: 'builds', id: other.id, attributes: { expired: true } },
    };
    return {
      kind: 'update',
      target: `build ${describeBuild(other)}`,
      detail: `expired: true (it leaves beta review: ${REPLACE_INPUT})`,
      apply: async () => {
        await client.patch(`/v1/builds/${encodeURIComponent(other.id)}`, body);
      },
    };
  });
}

/**
 * Checks a planned submission against the builds in review: throws when another is in review and
 * replacing is off; returns the expirations to apply first when it is on.
 */
export async function checkBuildsInReview(
  client: AscClient,
  app: ResolvedApp,
  build: ResolvedBuild,
  replace: boolean,
): Promise<PlannedChange[]> {
  const others = await findBuildsInReview(client, app, build);
  if (others.length === 0) return [];
  if (!replace) throw new BuildInReviewError(build, others);
  return planExpireBuildsInReview(client, others);
}

/** Waits between the tries while Apple settles a just-processed build (scaled clock). */
export const settlingDelaysMs = [5_000, 10_000, 20_000, 40_000, 60_000];

/**
 * Right after processing, Apple answers the build's beta detail with 404 and a beta review
 * submission with 422 "The build is not in a valid processing state for this operation." for a
 * short while. Such answers are waited out (bounded, with backoff, reported in the log).
 */
export function isSettlingRefusal(error: unknown): boolean {
  if (!(error instanceof AscApiError)) return false;
  if (error.status === 404) return /buildBetaDetail/.test(error.path);
  return (
    error.status === 422 &&
    error.errors.some((item) => /not in a valid processing state/i.test(item.detail ?? ''))
  );
}

export async function retryWhileBuildSettles<T>(
  context: Pick<OperationContext, 'log' | 'sleep'>,
  build: Pick<ResolvedBuild, 'number' | 'version'>,
  what: string,
  attempt: () => Promise<T>,
): Promise<T> {
  for (let tries = 0; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      const delay = settlingDelaysMs[tries];
      if (!isSettlingRefusal(error) || delay === undefined) throw error;
      context.log.info(
        `App Store Connect is still settling build ${describeBuild(build)} after processing (${(error as AscApiError).status} on ${what}); trying again in ${delay / 1000} s.`,
      );
      await context.sleep(delay);
    }
  }
}

/** Turns on the build's auto-notify: Apple notifies its testers once beta review approves it. */
export function planAutoNotify(
  context: Pick<OperationContext, 'client' | 'log' | 'sleep'>,
  build: ResolvedBuild,
): PlannedChange | undefined {
  const detailId = build.betaDetail?.id;
  if (!detailId) return undefined;
  const body: BuildBetaDetailUpdateRequest = {
    data: { type: 'buildBetaDetails', id: detailId, attributes: { autoNotifyEnabled: true } },
  };
  return {
    kind: 'update',
    target: `build ${describeBuild(build)}`,
    detail: 'autoNotifyEnabled: true (Apple notifies its testers once beta review approves it)',
    apply: async () => {
      await retryWhileBuildSettles(context, build, 'its beta detail', () =>
        context.client.patch(`/v1/buildBetaDetails/${encodeURIComponent(detailId)}`, body),
      );
    },
  };
}
