import { randomBytes } from 'node:crypto';
import type { ErrorAnswer } from '../apple-errors.js';
import type { HookContext, ResourceDraft, ResourceHooks } from '../hooks.js';
import { caseInsensitiveMatch, prefixMatch } from '../jsonapi/filtering.js';
import type { EmulatorStore, StoredResource } from '../store.js';
import { DAY_MS, isoDate } from '../dates.js';
import {
  attributeConflict,
  relationshipConflict,
  relationshipRequired,
  resourceNotFound,
} from '../entity-errors.js';
import {
  allBuildsGroupRefusal,
  internalGroupAmong,
  isTeamUser,
  notTeamUser,
  reviewSubmissionOutcome,
  settleReview,
  startSettling,
  takeSettlingRequest,
  whatsNewProblem,
} from './testflight-state.js';

/** How long TestFlight keeps a build testable. */
export const BUILD_LIFETIME_MS = 90 * DAY_MS;

export interface NewBuild {
  appId: string;
  preReleaseVersionId: string;
  /** The build number (CFBundleVersion). */
  version: string;
  processingState?: 'PROCESSING' | 'FAILED' | 'INVALID' | 'VALID';
  /** For a PROCESSING build: how long until it turns VALID (unless the emulator overrides it). */
  processingDurationMs?: number;
  /**
   * For a PROCESSING build: it turns VALID when it has been read this many times (a state change
   * driven by requests, not by the clock, for tests that must not depend on timing).
   */
  processingReads?: number;
  uploadedAt?: number;
  expired?: boolean;
  usesNonExemptEncryption?: boolean | null;
}

/** Creates a build with its buildBetaDetail, as an upload finishing on Apple's side would. */
export function createBuild(store: EmulatorStore, build: NewBuild): StoredResource {
  const uploadedAt = build.uploadedAt ?? store.now();
  const processingState = build.processingState ?? 'VALID';
  const expired = build.expired ?? false;
  const resource = store.create(
    'builds',
    {
      version: build.version,
      uploadedDate: isoDate(uploadedAt),
      expirationDate: isoDate(uploadedAt + BUILD_LIFETIME_MS),
      expired,
      minOsVersion: '16.0',
      processingState,
      buildAudienceType: 'APP_STORE_ELIGIBLE',
      // null (not undefined) is a build whose export compliance is still unanswered
      usesNonExemptEncryption:
        build.usesNonExemptEncryption === undefined ? false : build.usesNonExemptEncryption,
    },
    { app: build.appId, preReleaseVersion: build.preReleaseVersionId },
  );
  if (build.processingDurationMs !== undefined) {
    resource.internal.processingDurationMs = build.processingDurationMs;
  }
  if (build.processingReads !== undefined) {
    resource.internal.processingReadsLeft = build.processingReads;
  }
  const state = expired ? 'EXPIRED' : betaStateFor(processingState, resource);
  store.create(
    'buildBetaDetails',
    {
      autoNotifyEnabled: false,
      internalBuildState: state,
      externalBuildState: state === 'READY_FOR_BETA_TESTING' ? 'READY_FOR_BETA_SUBMISSION' : state,
    },
    { build: resource.id },
    resource.id,
  );
  return resource;
}

function betaStateFor(processingState: unknown, build: StoredResource): string {
  if (processingState === 'PROCESSING') return 'PROCESSING';
  if (processingState !== 'VALID') return 'PROCESSING_EXCEPTION';
  return build.attributes.usesNonExemptEncryption === null
    ? 'MISSING_EXPORT_COMPLIANCE'
    : 'READY_FOR_BETA_TESTING';
}

function setBetaStates(
  store: EmulatorStore,
  build: StoredResource,
  internal: string,
  external: string,
) {
  const detailId = build.relationships.buildBetaDetail?.[0];
  if (detailId) {
    store.update('buildBetaDetails', detailId, {
      internalBuildState: internal,
      externalBuildState: external,
    });
  }
}

/** PROCESSING builds turn VALID once their time is up; builds past their expiration date expire. */
function settleBuild(build: StoredResource, ctx: HookContext): void {
  const now = ctx.now();
  const attributes = build.attributes;
  if (attributes.processingState === 'PROCESSING') {
    const override = ctx.settings.processingDurationMs;
    const own = build.internal.processingDurationMs as number | undefined;
    const duration = override > 0 ? override : own;
    const readsLeft = build.internal.processingReadsLeft as number | undefined;
    if (readsLeft !== undefined) build.internal.processingReadsLeft = readsLeft - 1;
    const processed =
      readsLeft !== undefined
        ? readsLeft <= 1
        : duration !== undefined && now >= build.createdAt + duration;
    if (processed) {
      attributes.processingState = 'VALID';
      startSettling(build, ctx);
      const state = betaStateFor('VALID', build);
      setBetaStates(
        ctx.store,
        build,
        state,
        state === 'READY_FOR_BETA_TESTING' ? 'READY_FOR_BETA_SUBMISSION' : state,
      );
    }
  }
  const expiresAt = Date.parse(String(attributes.expirationDate));
  if (!attributes.expired && Number.isFinite(expiresAt) && now >= expiresAt) {
    attributes.expired = true;
    setBetaStates(ctx.store, build, 'EXPIRED', 'EXPIRED');
  }
}

/** A tester belongs to the apps of every group and build it is in. */
export function syncTesterApps(store: EmulatorStore, testerId: string): void {
  const tester = store.get('betaTesters', testerId);
  if (!tester) return;
  const appIds = new Set<string>();
  for (const groupId of tester.relationships.betaGroups ?? []) {
    for (const appId of store.get('betaGroups', groupId)?.relationships.app ?? [])
      appIds.add(appId);
  }
  for (const buildId of tester.relationships.builds ?? []) {
    for (const appId of store.get('builds', buildId)?.relationships.app ?? []) appIds.add(appId);
  }
  const missing = [...appIds].filter((id) => !(tester.relationships.apps ?? []).includes(id));
  if (missing.length > 0) store.link('betaTesters', testerId, 'apps', missing);
}

/** Adds testers to a group, and so to the group's app. */
export function addTestersToGroup(
  store: EmulatorStore,
  groupId: string,
  testerIds: string[],
): void {
  store.link('betaGroups', groupId, 'betaTesters', testerIds);
  for (const testerId of testerIds) syncTesterApps(store, testerId);
}

/** Removing a tester from an app removes it from the app's groups and builds too. */
function removeTestersFromApp(store: EmulatorStore, appId: string, testerIds: string[]): void {
  const app = store.get('apps', appId);
  if (!app) return;
  for (const testerId of testerIds) {
    store.unlink('betaTesters', testerId, 'betaGroups', app.relationships.betaGroups ?? []);
    store.unlink('betaTesters', testerId, 'builds', app.relationships.builds ?? []);
  }
}

function publicLinkAttributes(): Record<string, string> {
  const publicLinkId = randomBytes(6).toString('base64url').slice(0, 8);
  return { publicLinkId, publicLink: `https://testflight.apple.com/join/${publicLinkId}` };
}

/** Apple admits 1 to 10,000 testers through a public link. */
export const PUBLIC_LINK_LIMIT_RANGE = { min: 1, max: 10_000 };

function publicLinkLimitProblem(attributes: Record<string, unknown>): ErrorAnswer | undefined {
  const limit = attributes.publicLinkLimit;
  if (limit === undefined || limit === null) return undefined;
  const { min, max } = PUBLIC_LINK_LIMIT_RANGE;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < min || limit > max) {
    return attributeConflict(
      'publicLinkLimit',
      `The public link limit must be a whole number from ${min} to ${max}.`,
    );
  }
  return undefined;
}

function groupNameTaken(
  store: EmulatorStore,
  appId: string | undefined,
  name: unknown,
  exceptId?: string,
): boolean {
  if (!appId) return false;
  return (store.get('apps', appId)?.relationships.betaGroups ?? []).some(
    (groupId) => groupId !== exceptId && store.get('betaGroups', groupId)?.attributes.name === name,
  );
}

function checkGroupBuilds(
  store: EmulatorStore,
  appId: string | undefined,
  buildIds: string[],
  relationship: string,
) {
  for (const buildId of buildIds) {
    const build = store.get('builds', buildId);
    if (!build) continue;
    if (appId && build.relationships.app?.[0] !== appId) {
      return relationshipConflict(relationship, `Build '${buildId}' does not belong to this app.`);
    }
    if (build.attributes.expired) {
      return relationshipConflict(relationship, `Build '${buildId}' has expired.`);
    }
    if (build.attributes.processingState !== 'VALID') {
      return relationshipConflict(
        relationship,
        `Build '${buildId}' is in processing state ${String(build.attributes.processingState)} and cannot be added to a beta group.`,
      );
    }
  }
  return undefined;
}

const apps: ResourceHooks = {
  type: 'apps',
  filterMatchers: { bundleId: prefixMatch },
  afterLink(app, relationship, ids, action, ctx) {
    if (relationship === 'betaTesters' && action === 'remove') {
      removeTestersFromApp(ctx.store, app.id, ids);
    }
  },
};

const builds: ResourceHooks = {
  type: 'builds',
  onRead: settleBuild,
  beforeUpdate(build, draft) {
    if (build.attributes.expired && draft.attributes.expired === false) {
      return attributeConflict('expired', 'An expired build cannot be made unexpired.');
    }
  },
  afterUpdate(build, draft, ctx) {
    if (draft.attributes.expired === true) setBetaStates(ctx.store, build, 'EXPIRED', 'EXPIRED');
    else if (
      'usesNonExemptEncryption' in draft.attributes &&
      build.attributes.processingState === 'VALID'
    ) {
      const detailId = build.relationships.buildBetaDetail?.[0];
      const detail = detailId ? ctx.store.get('buildBetaDetails', detailId) : undefined;
      if (detail?.attributes.internalBuildState === 'MISSING_EXPORT_COMPLIANCE') {
        setBetaStates(ctx.store, build, 'READY_FOR_BETA_TESTING', 'READY_FOR_BETA_SUBMISSION');
      }
    }
  },
  beforeLink(build, relationship, ids, action, ctx) {
    if (relationship === 'betaGroups' && action === 'add') {
      if (build.attributes.processingState !== 'VALID' || build.attributes.expired) {
        return checkGroupBuilds(ctx.store, undefined, [build.id], relationship);
      }
      const appId = build.relationships.app?.[0];
      const foreign = ids.find(
        (id) => ctx.store.get('betaGroups', id)?.relationships.app?.[0] !== appId,
      );
      if (foreign)
        return relationshipConflict(
          relationship,
          `Beta group '${foreign}' belongs to another app.`,
        );
      return allBuildsGroupRefusal(ctx.store, ids);
    }
  },
  afterLink(_build, relationship, ids, action, ctx) {
    if (relationship === 'individualTesters' && action !== 'remove') {
      for (const testerId of ids) syncTesterApps(ctx.store, testerId);
    }
  },
};

const betaGroups: ResourceHooks = {
  type: 'betaGroups',
  beforeCreate(draft, ctx) {
    const appId = draft.relationships.app?.[0];
    const a = draft.attributes;
    if (groupNameTaken(ctx.store, appId, a.name)) {
      return attributeConflict(
        'name',
        `A beta group with the name '${String(a.name)}' already exists for this app.`,
      );
    }
    if (a.isInternalGroup && a.publicLinkEnabled) {
      return attributeConflict(
        'publicLinkEnabled',
        'Internal beta groups cannot have a public link.',
      );
    }
    const limitProblem = publicLinkLimitProblem(a);
    if (limitProblem) return limitProblem;
    const buildProblem = checkGroupBuilds(
      ctx.store,
      appId,
      draft.relationships.builds ?? [],
      'builds',
    );
    if (buildProblem) return buildProblem;
    Object.assign(draft.attributes, {
      isInternalGroup: false,
      hasAccessToAllBuilds: Boolean(a.isInternalGroup),
      publicLinkEnabled: false,
      publicLinkLimitEnabled: false,
      feedbackEnabled: true,
      iosBuildsAvailableForAppleSiliconMac: false,
      iosBuildsAvailableForAppleVision: false,
      ...a,
      createdDate: isoDate(ctx.now()),
      ...(a.publicLinkEnabled ? publicLinkAttributes() : {}),
    });
  },
  afterCreate(group, _draft, ctx) {
    for (const testerId of group.relationships.betaTesters ?? [])
      syncTesterApps(ctx.store, testerId);
  },
  beforeUpdate(group, draft, ctx) {
    const a = draft.attributes;
    const appId = group.relationships.app?.[0];
    if (a.name !== undefined && groupNameTaken(ctx.store, appId, a.name, group.id)) {
      return attributeConflict(
        'name',
        `A beta group with the name '${String(a.name)}' already exists for this app.`,
      );
    }
    if (a.publicLinkEnabled && group.attributes.isInternalGroup) {
      return attributeConflict(
        'publicLinkEnabled',
        'Internal beta groups cannot have a public link.',
      );
    }
    return publicLinkLimitProblem(a);
  },
  afterUpdate(group) {
    if (group.attributes.publicLinkEnabled && !group.attributes.publicLink) {
      Object.assign(group.attributes, publicLinkAttributes());
    }
  },
  beforeLink(group, relationship, ids, action, ctx) {
    if (relationship === 'builds' && action === 'add') {
      return (
        checkGroupBuilds(ctx.store, group.relationships.app?.[0], ids, relationship) ??
        allBuildsGroupRefusal(ctx.store, [group.id])
      );
    }
    if (relationship === 'betaTesters' && action !== 'remove' && group.attributes.isInternalGroup) {
      for (const [index, id] of ids.entries()) {
        const email = ctx.store.get('betaTesters', id)?.attributes.email;
        if (!isTeamUser(ctx.store, email)) return notTeamUser(email, `/data/${index}/id`);
      }
    }
  },
  afterLink(_group, relationship, ids, action, ctx) {
    if (relationship === 'betaTesters' && action !== 'remove') {
      for (const testerId of ids) syncTesterApps(ctx.store, testerId);
    }
  },
};

function findTesterByEmail(store: EmulatorStore, email: string): StoredResource | undefined {
  const wanted = email.toLowerCase();
  return store
    .list('betaTesters')
    .find((t) => String(t.attributes.email ?? '').toLowerCase() === wanted);
}

function createTester(draft: ResourceDraft, ctx: HookContext): StoredResource | ErrorAnswer | void {
  const groupIds = draft.relationships.betaGroups ?? [];
  const buildIds = draft.relationships.builds ?? [];
  if (groupIds.length === 0 && buildIds.length === 0) {
    return relationshipRequired(
      'betaGroups',
      'A beta tester must be added to a beta group or a build.',
    );
  }
  const email = String(draft.attributes.email ?? '');
  if (internalGroupAmong(ctx.store, groupIds) && !isTeamUser(ctx.store, email)) {
    return notTeamUser(email, '/data/relationships/betaGroups');
  }
  const existing = findTesterByEmail(ctx.store, email);
  if (existing) {
    const existingGroups = existing.relationships.betaGroups ?? [];
    const existingBuilds = existing.relationships.builds ?? [];
    const newGroups = groupIds.filter((id) => !existingGroups.includes(id));
    const newBuilds = buildIds.filter((id) => !existingBuilds.includes(id));
    if (newGroups.length === 0 && newBuilds.length === 0) {
      return attributeConflict(
        'email',
        `A beta tester with the email '${email}' already exists in the given beta groups or builds.`,
      );
    }
    if (newGroups.length > 0) ctx.store.link('betaTesters', existing.id, 'betaGroups', newGroups);
    if (newBuilds.length > 0) ctx.store.link('betaTesters', existing.id, 'builds', newBuilds);
    syncTesterApps(ctx.store, existing.id);
    return existing;
  }
  Object.assign(draft.attributes, {
    firstName: null,
    lastName: null,
    ...draft.attributes,
    inviteType: 'EMAIL',
    state: 'INVITED',
    appDevices: [],
  });
}

const betaTesters: ResourceHooks = {
  type: 'betaTesters',
  filterMatchers: { email: caseInsensitiveMatch },
  beforeCreate: createTester,
  afterCreate(tester, _draft, ctx) {
    syncTesterApps(ctx.store, tester.id);
  },
  beforeLink(tester, relationship, ids, action, ctx) {
    if (relationship !== 'betaGroups' || action === 'remove') return;
    if (internalGroupAmong(ctx.store, ids) && !isTeamUser(ctx.store, tester.attributes.email)) {
      return notTeamUser(tester.attributes.email, '/data');
    }
  },
  afterLink(tester, relationship, ids, action, ctx) {
    if (action !== 'remove') syncTesterApps(ctx.store, tester.id);
    else if (relationship === 'apps') {
      for (const appId of ids) removeTestersFromApp(ctx.store, appId, [tester.id]);
    }
  },
};

const betaBuildLocalizations: ResourceHooks = {
  type: 'betaBuildLocalizations',
  beforeCreate(draft, ctx) {
    const textProblem = whatsNewProblem(draft.attributes.whatsNew);
    if (textProblem) return textProblem;
    const buildId = draft.relationships.build?.[0];
    const locale = draft.attributes.locale;
    const taken = (
      ctx.store.get('builds', buildId ?? '')?.relationships.betaBuildLocalizations ?? []
    ).some((id) => ctx.store.get('betaBuildLocalizations', id)?.attributes.locale === locale);
    if (taken) {
      return attributeConflict(
        'locale',
        `A localization for locale '${String(locale)}' already exists for this build.`,
      );
    }
  },
  beforeUpdate(_localization, draft) {
    return whatsNewProblem(draft.attributes.whatsNew);
  },
};

const betaAppReviewSubmissions: ResourceHooks = {
  type: 'betaAppReviewSubmissions',
  beforeCreate(draft, ctx) {
    const buildId = draft.relationships.build?.[0] ?? '';
    const build = ctx.store.get('builds', buildId);
    if (build?.relationships.betaAppReviewSubmission?.length) {
      return relationshipConflict(
        'build',
        `Build '${buildId}' has already been submitted for beta review.`,
      );
    }
    if (build && (build.attributes.processingState !== 'VALID' || build.attributes.expired)) {
      return relationshipConflict(
        'build',
        `Build '${buildId}' is not in a state that can be submitted for beta review.`,
      );
    }
    if (!build) return undefined;
    const outcome = reviewSubmissionOutcome(build, ctx);
    if ('errors' in outcome) return outcome;
    Object.assign(draft.attributes, outcome);
  },
  afterCreate(submission, _draft, ctx) {
    if (submission.attributes.betaReviewState === 'WAITING_FOR_REVIEW') {
      submission.internal.submittedAt = ctx.now();
    }
    const build = ctx.store.toOne('builds', submission, 'build');
    const detailId = build?.relationships.buildBetaDetail?.[0];
    if (detailId)
      ctx.store.update('buildBetaDetails', detailId, {
        externalBuildState:
          submission.attributes.betaReviewState === 'APPROVED'
            ? 'BETA_APPROVED'
            : 'WAITING_FOR_BETA_REVIEW',
      });
  },
  onRead: settleReview,
};

/**
 * A build's beta detail answers 404 in Apple's short window right after processing, and moves on
 * with the build's beta review.
 */
const buildBetaDetails: ResourceHooks = {
  type: 'buildBetaDetails',
  refuseRead(detail, ctx) {
    const build = ctx.store.toOne('builds', detail, 'build');
    if (takeSettlingRequest(build)) return resourceNotFound('buildBetaDetails', detail.id);
  },
  beforeUpdate(detail, _draft, ctx) {
    const build = ctx.store.toOne('builds', detail, 'build');
    if (takeSettlingRequest(build)) return resourceNotFound('buildBetaDetails', detail.id);
  },
  onRead(detail, ctx) {
    const build = ctx.store.toOne('builds', detail, 'build');
    const submissionId = build?.relationships.betaAppReviewSubmission?.[0];
    const submission = submissionId
      ? ctx.store.get('betaAppReviewSubmissions', submissionId)
      : undefined;
    if (submission) settleReview(submission, ctx);
  },
};

export const testflightHooks: ResourceHooks[] = [
  apps,
  builds,
  betaGroups,
  betaTesters,
  betaBuildLocalizations,
  betaAppReviewSubmissions,
  buildBetaDetails,
];
