import { errorAnswer } from '../apple-errors.js';
import type { ErrorAnswer } from '../apple-errors.js';
import type { HookContext } from '../hooks.js';
import type { EmulatorStore, StoredResource } from '../store.js';
import { attributeConflict } from '../entity-errors.js';

/**
 * TestFlight state as Apple's live service keeps it, beyond what its OpenAPI document says (see
 * APPLE-BEHAVIOUR.md "TestFlight"): the short window after processing, one build per version in
 * beta review, review that moves on with the clock, internal groups of team users only, and the
 * rules for What to Test.
 */

const STATE_ERROR_TITLE =
  'The request cannot be fulfilled because of the state of another resource.';

/** Apple's 422 for a request the current state of a resource forbids. */
export function stateError(detail: string, pointer?: string): ErrorAnswer {
  return errorAnswer(
    422,
    'STATE_ERROR',
    STATE_ERROR_TITLE,
    detail,
    pointer ? { pointer } : undefined,
  );
}

export const ANOTHER_BUILD_IN_REVIEW = 'Another build is in review.';
export const NOT_SETTLED = 'The build is not in a valid processing state for this operation.';

/** A build that has just finished processing is refused for this many requests (Apple's window). */
export function startSettling(build: StoredResource, ctx: HookContext): void {
  if (ctx.settings.settlingRequests > 0) {
    build.internal.settlingRequestsLeft = ctx.settings.settlingRequests;
  }
}

/** True (and one request used up) while the build is in its window after processing. */
export function takeSettlingRequest(build: StoredResource | undefined): boolean {
  const left = build?.internal.settlingRequestsLeft;
  if (!build || typeof left !== 'number' || left <= 0) return false;
  build.internal.settlingRequestsLeft = left - 1;
  return true;
}

const IN_REVIEW_STATES = new Set(['WAITING_FOR_REVIEW', 'IN_REVIEW']);

function setExternalState(store: EmulatorStore, buildId: string | undefined, state: string): void {
  const detailId = buildId
    ? store.get('builds', buildId)?.relationships.buildBetaDetail?.[0]
    : undefined;
  if (detailId) store.update('buildBetaDetails', detailId, { externalBuildState: state });
}

/**
 * Beta review moves on with the emulator's clock (`now`): WAITING_FOR_REVIEW for
 * `betaReviewWaitMs` after submission, then IN_REVIEW for `betaReviewDurationMs`, then APPROVED.
 */
export function settleReview(submission: StoredResource, ctx: HookContext): void {
  const submittedAt = submission.internal.submittedAt;
  if (typeof submittedAt !== 'number') return;
  const state = submission.attributes.betaReviewState;
  if (!IN_REVIEW_STATES.has(String(state))) return;
  const buildId = submission.relationships.build?.[0];
  const build = buildId ? ctx.store.get('builds', buildId) : undefined;
  if (build?.attributes.expired) return;
  const elapsed = ctx.now() - submittedAt;
  const { betaReviewWaitMs, betaReviewDurationMs } = ctx.settings;
  if (elapsed >= betaReviewWaitMs + betaReviewDurationMs) {
    submission.attributes.betaReviewState = 'APPROVED';
    setExternalState(ctx.store, buildId, 'BETA_APPROVED');
  } else if (elapsed >= betaReviewWaitMs && state === 'WAITING_FOR_REVIEW') {
    submission.attributes.betaReviewState = 'IN_REVIEW';
    setExternalState(ctx.store, buildId, 'IN_BETA_REVIEW');
  }
}

/** The review submissions of the other unexpired builds of the build's version. */
function siblingSubmissions(store: EmulatorStore, build: StoredResource, ctx: HookContext) {
  const versionId = build.relationships.preReleaseVersion?.[0];
  if (!versionId) return [];
  const siblings = store
    .list('builds')
    .filter(
      (other) =>
        other.id !== build.id &&
        !other.attributes.expired &&
        other.relationships.preReleaseVersion?.[0] === versionId,
    );
  return siblings.flatMap((other) =>
    (other.relationships.betaAppReviewSubmission ?? []).flatMap((id) => {
      const submission = store.get('betaAppReviewSubmissions', id);
      if (!submission) return [];
      settleReview(submission, ctx);
      return [submission];
    }),
  );
}

/**
 * What a new beta review submission of `build` meets: refused while another build of its version
 * is in review, or in the window after processing; approved at once when a build of its version
 * was approved already; else waiting for review.
 */
export function reviewSubmissionOutcome(
  build: StoredResource,
  ctx: HookContext,
): ErrorAnswer | { betaReviewState: string; submittedDate: string | null } {
  const siblings = siblingSubmissions(ctx.store, build, ctx);
  if (siblings.some((s) => IN_REVIEW_STATES.has(String(s.attributes.betaReviewState)))) {
    return stateError(ANOTHER_BUILD_IN_REVIEW, '/data/relationships/build');
  }
  if (takeSettlingRequest(build)) return stateError(NOT_SETTLED, '/data/relationships/build');
  if (siblings.some((s) => s.attributes.betaReviewState === 'APPROVED')) {
    return { betaReviewState: 'APPROVED', submittedDate: null };
  }
  return {
    betaReviewState: 'WAITING_FOR_REVIEW',
    submittedDate: new Date(ctx.now()).toISOString(),
  };
}

/** Internal groups take only App Store Connect users of the team (matched by e-mail). */
export function isTeamUser(store: EmulatorStore, email: unknown): boolean {
  const wanted = String(email ?? '').toLowerCase();
  return store
    .list('users')
    .some((user) => String(user.attributes.username ?? '').toLowerCase() === wanted);
}

export function notTeamUser(email: unknown, pointer: string): ErrorAnswer {
  return errorAnswer(
    409,
    'ENTITY_ERROR.RELATIONSHIP.INVALID',
    'The provided entity includes a relationship with an invalid value',
    `The tester '${String(email)}' cannot be added to an internal group: only users of the team in App Store Connect can be internal testers.`,
    { pointer },
  );
}

/** The first internal group among `groupIds`, if any. */
export function internalGroupAmong(
  store: EmulatorStore,
  groupIds: string[],
): StoredResource | undefined {
  return groupIds
    .map((id) => store.get('betaGroups', id))
    .find((group) => group?.attributes.isInternalGroup === true);
}

/** A group with access to all builds takes every build itself: adding one is refused. */
export function allBuildsGroupRefusal(
  store: EmulatorStore,
  groupIds: string[],
): ErrorAnswer | undefined {
  const group = groupIds
    .map((id) => store.get('betaGroups', id))
    .find((g) => g?.attributes.hasAccessToAllBuilds === true);
  if (!group) return undefined;
  return stateError(
    `The beta group '${String(group.attributes.name)}' has access to all builds; builds cannot be added to it.`,
  );
}

/** Emoji as Apple refuses them in What to Test. */
const REFUSED_TEXT = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u{FE0F}|\u{20E3}|</u;
export const WHATS_NEW_MAX_BYTES = 4000;

/** Apple refuses What to Test with emoji, `<`, or more than 4000 bytes of UTF-8. */
export function whatsNewProblem(whatsNew: unknown): ErrorAnswer | undefined {
  if (typeof whatsNew !== 'string') return undefined;
  if (REFUSED_TEXT.test(whatsNew)) {
    return attributeConflict('whatsNew', "What to Test can't contain emoji or the '<' character.");
  }
  if (Buffer.byteLength(whatsNew, 'utf8') > WHATS_NEW_MAX_BYTES) {
    return attributeConflict(
      'whatsNew',
      `What to Test can't be longer than ${WHATS_NEW_MAX_BYTES} bytes.`,
    );
  }
  return undefined;
}
