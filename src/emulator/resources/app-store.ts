import { errorAnswer, type ErrorAnswer } from '../apple-errors.js';
import { isoDate } from '../dates.js';
import { attributeConflict, relationshipConflict } from '../entity-errors.js';
import type { HookContext, ResourceHooks } from '../hooks.js';
import type { EmulatorStore, StoredResource } from '../store.js';

/**
 * App Store versions, their localizations and phased releases, review submissions and release
 * requests, with Apple's rules: one editable version per platform, a build that can change only
 * while the version is editable, one unsubmitted review submission per platform, and a review that
 * moves on over time (waiting, in review, then pending developer release or ready for sale).
 */

/** How long a submitted version waits for review, then how long the review takes. */
export const REVIEW_WAIT_MS = 10 * 60 * 1000;
export const REVIEW_DURATION_MS = 10 * 60 * 1000;

/** States in which the version's metadata and build can change (Apple's "editable" version). */
export const EDITABLE_STATES = [
  'PREPARE_FOR_SUBMISSION',
  'DEVELOPER_REJECTED',
  'REJECTED',
  'METADATA_REJECTED',
  'INVALID_BINARY',
];

/** States after which a new version may be created. */
const FINAL_STATES = [
  'READY_FOR_SALE',
  'REPLACED_WITH_NEW_VERSION',
  'REMOVED_FROM_SALE',
  'DEVELOPER_REMOVED_FROM_SALE',
];

/** appStoreState (deprecated) and appVersionState name some states differently. */
const VERSION_STATE: Record<string, string> = {
  READY_FOR_SALE: 'READY_FOR_DISTRIBUTION',
  REMOVED_FROM_SALE: 'READY_FOR_DISTRIBUTION',
  DEVELOPER_REMOVED_FROM_SALE: 'READY_FOR_DISTRIBUTION',
  PROCESSING_FOR_APP_STORE: 'PROCESSING_FOR_DISTRIBUTION',
};

function stateConflict(detail: string, pointer = '/data'): ErrorAnswer {
  return errorAnswer(
    409,
    'STATE_ERROR',
    'The request cannot be fulfilled because of the state of another resource.',
    detail,
    { pointer },
  );
}

export function setVersionState(version: StoredResource, state: string): void {
  version.attributes.appStoreState = state;
  version.attributes.appVersionState = VERSION_STATE[state] ?? state;
}

export function isEditable(version: StoredResource): boolean {
  return EDITABLE_STATES.includes(String(version.attributes.appStoreState));
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function versionsOf(store: EmulatorStore, appId: string, platform: unknown): StoredResource[] {
  return store
    .list('appStoreVersions')
    .filter((v) => v.relationships.app?.[0] === appId && v.attributes.platform === platform);
}

/** Makes `version` live: READY_FOR_SALE, the one before it replaced, its phased release started. */
export function releaseVersion(store: EmulatorStore, version: StoredResource, now: number): void {
  const appId = version.relationships.app?.[0] ?? '';
  for (const other of versionsOf(store, appId, version.attributes.platform)) {
    if (other.id !== version.id && other.attributes.appStoreState === 'READY_FOR_SALE') {
      setVersionState(other, 'REPLACED_WITH_NEW_VERSION');
    }
  }
  setVersionState(version, 'READY_FOR_SALE');
  const phasedId = version.relationships.appStoreVersionPhasedRelease?.[0];
  const phased = phasedId ? store.get('appStoreVersionPhasedReleases', phasedId) : undefined;
  if (phased && phased.attributes.phasedReleaseState === 'INACTIVE') {
    Object.assign(phased.attributes, {
      phasedReleaseState: 'ACTIVE',
      startDate: isoDate(now),
      currentDayNumber: 1,
    });
  }
}

function approve(store: EmulatorStore, version: StoredResource, now: number): void {
  const releaseType = version.attributes.releaseType;
  if (releaseType === 'MANUAL') setVersionState(version, 'PENDING_DEVELOPER_RELEASE');
  else if (releaseType === 'SCHEDULED') {
    const at = Date.parse(String(version.attributes.earliestReleaseDate));
    if (Number.isFinite(at) && now < at) setVersionState(version, 'PENDING_APPLE_RELEASE');
    else releaseVersion(store, version, now);
  } else releaseVersion(store, version, now);
}

/** The review stage a submitted version has reached by now (or by `advanceAppStoreReview`). */
function settleVersion(version: StoredResource, ctx: HookContext): void {
  const state = String(version.attributes.appStoreState);
  const now = ctx.now();
  const submittedAt = version.internal.reviewSubmittedAt as number | undefined;
  if (state === 'PENDING_APPLE_RELEASE') {
    const at = Date.parse(String(version.attributes.earliestReleaseDate));
    if (Number.isFinite(at) && now >= at) releaseVersion(ctx.store, version, now);
    return;
  }
  if (submittedAt === undefined) return;
  if (state === 'WAITING_FOR_REVIEW' && now >= submittedAt + REVIEW_WAIT_MS) {
    setVersionState(version, 'IN_REVIEW');
  }
  if (
    version.attributes.appStoreState === 'IN_REVIEW' &&
    now >= submittedAt + REVIEW_WAIT_MS + REVIEW_DURATION_MS
  ) {
    approve(ctx.store, version, now);
  }
}

/** Moves a version under review on by one stage, as Apple's reviewers would (for tests and demos). */
export function advanceAppStoreReview(store: EmulatorStore, versionId: string): string {
  const version = store.get('appStoreVersions', versionId);
  if (!version) throw new Error(`appStoreVersions ${versionId} does not exist`);
  const state = version.attributes.appStoreState;
  if (state === 'WAITING_FOR_REVIEW') setVersionState(version, 'IN_REVIEW');
  else if (state === 'IN_REVIEW') approve(store, version, store.now());
  else if (state === 'PENDING_APPLE_RELEASE') releaseVersion(store, version, store.now());
  return String(version.attributes.appStoreState);
}

/** A submission's state follows its versions: waiting, in review, then complete. */
function settleSubmission(submission: StoredResource, ctx: HookContext): void {
  const state = submission.attributes.state;
  if (state !== 'WAITING_FOR_REVIEW' && state !== 'IN_REVIEW') return;
  const versions = (submission.relationships.items ?? [])
    .map((id) => ctx.store.get('reviewSubmissionItems', id))
    .map((item) => item?.relationships.appStoreVersion?.[0])
    .map((id) => (id ? ctx.store.get('appStoreVersions', id) : undefined))
    .filter((v): v is StoredResource => v !== undefined);
  const states = versions.map((v) => String(v.attributes.appStoreState));
  if (states.includes('WAITING_FOR_REVIEW')) return;
  if (states.includes('IN_REVIEW')) {
    submission.attributes.state = 'IN_REVIEW';
    return;
  }
  submission.attributes.state = 'COMPLETE';
  for (const id of submission.relationships.items ?? []) {
    const item = ctx.store.get('reviewSubmissionItems', id);
    if (item) item.attributes.state = 'APPROVED';
  }
}

/** Build problems for a version: another app's, not processed, expired, or of another version. */
function buildProblem(
  store: EmulatorStore,
  appId: string | undefined,
  versionString: unknown,
  buildId: string | undefined,
  relationship = 'build',
): ErrorAnswer | undefined {
  if (!buildId) return undefined;
  const build = store.get('builds', buildId);
  if (!build) return undefined;
  if (appId && build.relationships.app?.[0] !== appId) {
    return relationshipConflict(relationship, `Build '${buildId}' does not belong to this app.`);
  }
  if (build.attributes.processingState !== 'VALID' || build.attributes.expired) {
    return relationshipConflict(
      relationship,
      `Build '${buildId}' is not valid for the App Store (${String(build.attributes.processingState)}${build.attributes.expired ? ', expired' : ''}).`,
    );
  }
  const preRelease = store.toOne('preReleaseVersions', build, 'preReleaseVersion');
  const buildVersion = preRelease?.attributes.version;
  if (buildVersion !== undefined && buildVersion !== versionString) {
    return relationshipConflict(
      relationship,
      `The build's version ${String(buildVersion)} does not match the version string ${String(versionString)}.`,
    );
  }
  return undefined;
}

function scheduleProblem(
  attributes: Record<string, unknown>,
  now: number,
): ErrorAnswer | undefined {
  if (attributes.releaseType !== 'SCHEDULED') return undefined;
  const at = Date.parse(String(attributes.earliestReleaseDate ?? ''));
  if (!Number.isFinite(at)) {
    return attributeConflict(
      'earliestReleaseDate',
      'A scheduled release needs an earliest release date.',
    );
  }
  if (at <= now) {
    return attributeConflict(
      'earliestReleaseDate',
      'The earliest release date must be in the future.',
    );
  }
  return undefined;
}

const appStoreVersions: ResourceHooks = {
  type: 'appStoreVersions',
  onRead: settleVersion,
  beforeCreate(draft, ctx) {
    const appId = draft.relationships.app?.[0] ?? '';
    const a = draft.attributes;
    const versions = versionsOf(ctx.store, appId, a.platform);
    if (versions.some((v) => !FINAL_STATES.includes(String(v.attributes.appStoreState)))) {
      return stateConflict('You cannot create a new version of the App in the current state.');
    }
    const versionString = String(a.versionString ?? '');
    if (!/^\d+(\.\d+){0,2}$/.test(versionString)) {
      return attributeConflict(
        'versionString',
        `'${versionString}' is not a valid version number.`,
      );
    }
    if (
      versions.some((v) => compareVersions(String(v.attributes.versionString), versionString) >= 0)
    ) {
      return attributeConflict(
        'versionString',
        'The version number has been previously used or must be higher than the previous version.',
      );
    }
    const problem =
      buildProblem(ctx.store, appId, versionString, draft.relationships.build?.[0]) ??
      scheduleProblem({ releaseType: 'AFTER_APPROVAL', ...a }, ctx.now());
    if (problem) return problem;
    Object.assign(draft.attributes, {
      copyright: null,
      reviewType: 'APP_STORE',
      releaseType: 'AFTER_APPROVAL',
      earliestReleaseDate: null,
      downloadable: true,
      ...a,
      createdDate: isoDate(ctx.now()),
    });
    setVersionState({ attributes: draft.attributes } as StoredResource, 'PREPARE_FOR_SUBMISSION');
  },
  afterCreate(version, _draft, ctx) {
    // Apple starts a new version with the texts of the one before it (What's New left empty).
    const previous = versionsOf(
      ctx.store,
      version.relationships.app?.[0] ?? '',
      version.attributes.platform,
    )
      .filter((v) => v.id !== version.id)
      .sort((a, b) =>
        compareVersions(String(b.attributes.versionString), String(a.attributes.versionString)),
      )[0];
    for (const id of previous?.relationships.appStoreVersionLocalizations ?? []) {
      const source = ctx.store.get('appStoreVersionLocalizations', id);
      if (!source) continue;
      ctx.store.create(
        'appStoreVersionLocalizations',
        { ...source.attributes, whatsNew: null },
        { appStoreVersion: version.id },
      );
    }
  },
  beforeUpdate(version, draft, ctx) {
    const a = draft.attributes;
    const changesEditable =
      ['versionString', 'releaseType', 'earliestReleaseDate'].some((k) => k in a) ||
      'build' in draft.relationships;
    if (changesEditable && !isEditable(version)) {
      return stateConflict(
        `The version ${String(version.attributes.versionString)} cannot be changed in the state ${String(version.attributes.appStoreState)}.`,
      );
    }
    const versionString = a.versionString ?? version.attributes.versionString;
    if (a.versionString !== undefined && a.versionString !== version.attributes.versionString) {
      const appId = version.relationships.app?.[0] ?? '';
      const others = versionsOf(ctx.store, appId, version.attributes.platform).filter(
        (v) => v.id !== version.id,
      );
      if (
        others.some(
          (v) => compareVersions(String(v.attributes.versionString), String(versionString)) >= 0,
        )
      ) {
        return attributeConflict(
          'versionString',
          'The version number has been previously used or must be higher than the previous version.',
        );
      }
      // A renamed version keeps its build only when the build has the new version string.
      const buildId = version.relationships.build?.[0];
      if (
        buildId &&
        !('build' in draft.relationships) &&
        buildProblem(ctx.store, undefined, versionString, buildId)
      ) {
        ctx.store.unlink('appStoreVersions', version.id, 'build', [buildId]);
      }
    }
    return (
      buildProblem(
        ctx.store,
        version.relationships.app?.[0],
        versionString,
        draft.relationships.build?.[0],
      ) ?? scheduleProblem({ ...version.attributes, ...a }, ctx.now())
    );
  },
  beforeLink(version, relationship, ids, _action, ctx) {
    if (relationship !== 'build') return undefined;
    if (!isEditable(version)) {
      return stateConflict(
        `The build of version ${String(version.attributes.versionString)} cannot be changed in the state ${String(version.attributes.appStoreState)}.`,
      );
    }
    return buildProblem(
      ctx.store,
      version.relationships.app?.[0],
      version.attributes.versionString,
      ids[0],
      'data',
    );
  },
};

function localizationLocked(
  versionId: string | undefined,
  ctx: HookContext,
): ErrorAnswer | undefined {
  const version = versionId ? ctx.store.get('appStoreVersions', versionId) : undefined;
  if (version && !isEditable(version)) {
    return stateConflict(
      `What's New of version ${String(version.attributes.versionString)} cannot be changed in the state ${String(version.attributes.appStoreState)}.`,
    );
  }
  return undefined;
}

function whatsNewProblem(text: unknown): ErrorAnswer | undefined {
  if (typeof text !== 'string') return undefined;
  if (/[<\p{Extended_Pictographic}]/u.test(text)) {
    return attributeConflict('whatsNew', 'The whatsNew text contains invalid characters.');
  }
  if (Buffer.byteLength(text, 'utf8') > 4000) {
    return attributeConflict('whatsNew', 'The whatsNew text is longer than 4000 bytes.');
  }
  return undefined;
}

const appStoreVersionLocalizations: ResourceHooks = {
  type: 'appStoreVersionLocalizations',
  beforeCreate(draft, ctx) {
    const versionId = draft.relationships.appStoreVersion?.[0];
    const locale = draft.attributes.locale;
    const taken = (
      ctx.store.get('appStoreVersions', versionId ?? '')?.relationships
        .appStoreVersionLocalizations ?? []
    ).some((id) => ctx.store.get('appStoreVersionLocalizations', id)?.attributes.locale === locale);
    if (taken) {
      return attributeConflict(
        'locale',
        `A localization for locale '${String(locale)}' already exists for this version.`,
      );
    }
    const problem =
      localizationLocked(versionId, ctx) ?? whatsNewProblem(draft.attributes.whatsNew);
    if (problem) return problem;
    Object.assign(draft.attributes, {
      description: null,
      keywords: null,
      marketingUrl: null,
      promotionalText: null,
      supportUrl: null,
      whatsNew: null,
      ...draft.attributes,
    });
  },
  beforeUpdate(localization, draft, ctx) {
    if ('whatsNew' in draft.attributes) {
      return (
        localizationLocked(localization.relationships.appStoreVersion?.[0], ctx) ??
        whatsNewProblem(draft.attributes.whatsNew)
      );
    }
    return undefined;
  },
};

const PHASED_TRANSITIONS: Record<string, string[]> = {
  INACTIVE: ['INACTIVE'],
  ACTIVE: ['PAUSED', 'COMPLETE'],
  PAUSED: ['ACTIVE', 'COMPLETE'],
  COMPLETE: [],
};

const appStoreVersionPhasedReleases: ResourceHooks = {
  type: 'appStoreVersionPhasedReleases',
  beforeCreate(draft, ctx) {
    const version = ctx.store.toOne('appStoreVersions', draft, 'appStoreVersion');
    if (version?.relationships.appStoreVersionPhasedRelease?.length) {
      return relationshipConflict('appStoreVersion', 'This version already has a phased release.');
    }
    if (version && FINAL_STATES.includes(String(version.attributes.appStoreState))) {
      return stateConflict(
        'A phased release cannot be added to a version that is already released.',
      );
    }
    Object.assign(draft.attributes, {
      phasedReleaseState: 'INACTIVE',
      startDate: null,
      totalPauseDuration: 0,
      currentDayNumber: null,
    });
  },
  beforeUpdate(phased, draft) {
    const wanted = draft.attributes.phasedReleaseState;
    if (wanted === undefined || wanted === null) return undefined;
    const current = String(phased.attributes.phasedReleaseState);
    if (!(PHASED_TRANSITIONS[current] ?? []).includes(String(wanted))) {
      return attributeConflict(
        'phasedReleaseState',
        `The phased release cannot change from ${current} to ${String(wanted)}.`,
      );
    }
    return undefined;
  },
};

const reviewSubmissions: ResourceHooks = {
  type: 'reviewSubmissions',
  onRead: settleSubmission,
  beforeCreate(draft, ctx) {
    const appId = draft.relationships.app?.[0] ?? '';
    const platform = draft.attributes.platform ?? 'IOS';
    const draftOpen = ctx.store
      .list('reviewSubmissions')
      .some(
        (s) =>
          s.relationships.app?.[0] === appId &&
          s.attributes.platform === platform &&
          s.attributes.state === 'READY_FOR_REVIEW',
      );
    if (draftOpen) {
      return stateConflict(
        `The app already has a review submission for ${String(platform)} that has not been submitted.`,
      );
    }
    Object.assign(draft.attributes, { platform, state: 'READY_FOR_REVIEW', submittedDate: null });
  },
  beforeUpdate(submission, draft, ctx) {
    const a = draft.attributes;
    if (a.submitted === true) {
      if (submission.attributes.state !== 'READY_FOR_REVIEW') {
        return stateConflict(
          `This review submission is already ${String(submission.attributes.state)}.`,
        );
      }
      const versions = (submission.relationships.items ?? [])
        .map((id) => ctx.store.get('reviewSubmissionItems', id)?.relationships.appStoreVersion?.[0])
        .map((id) => (id ? ctx.store.get('appStoreVersions', id) : undefined))
        .filter((v): v is StoredResource => v !== undefined);
      if ((submission.relationships.items ?? []).length === 0) {
        return stateConflict('A review submission needs at least one item to be submitted.');
      }
      const withoutBuild = versions.find((v) => !v.relationships.build?.length);
      if (withoutBuild) {
        return stateConflict(
          `The version ${String(withoutBuild.attributes.versionString)} has no build; add a build before submitting.`,
        );
      }
    }
    if (a.submitted === true) submission.internal.submitRequested = true;
    delete a.submitted;
    if (a.canceled === true) {
      delete a.canceled;
      if (
        !['WAITING_FOR_REVIEW', 'IN_REVIEW', 'READY_FOR_REVIEW'].includes(
          String(submission.attributes.state),
        )
      ) {
        return stateConflict(
          `This review submission is ${String(submission.attributes.state)} and cannot be canceled.`,
        );
      }
      submission.internal.cancel = true;
    }
    return undefined;
  },
  afterUpdate(submission, _draft, ctx) {
    const now = ctx.now();
    const versions = (submission.relationships.items ?? [])
      .map((id) => ctx.store.get('reviewSubmissionItems', id)?.relationships.appStoreVersion?.[0])
      .map((id) => (id ? ctx.store.get('appStoreVersions', id) : undefined))
      .filter((v): v is StoredResource => v !== undefined);
    if (submission.internal.cancel) {
      delete submission.internal.cancel;
      submission.attributes.state = 'COMPLETE';
      for (const version of versions) {
        setVersionState(version, 'DEVELOPER_REJECTED');
        delete version.internal.reviewSubmittedAt;
      }
      return;
    }
    if (submission.internal.submitRequested) {
      delete submission.internal.submitRequested;
      Object.assign(submission.attributes, {
        state: 'WAITING_FOR_REVIEW',
        submittedDate: isoDate(now),
      });
      for (const version of versions) {
        setVersionState(version, 'WAITING_FOR_REVIEW');
        version.internal.reviewSubmittedAt = now;
      }
    }
  },
};

const reviewSubmissionItems: ResourceHooks = {
  type: 'reviewSubmissionItems',
  beforeCreate(draft, ctx) {
    const submission = ctx.store.toOne('reviewSubmissions', draft, 'reviewSubmission');
    if (submission && submission.attributes.state !== 'READY_FOR_REVIEW') {
      return stateConflict(
        'Items can be added only to a review submission that has not been submitted.',
      );
    }
    const versionId = draft.relationships.appStoreVersion?.[0];
    const version = versionId ? ctx.store.get('appStoreVersions', versionId) : undefined;
    if (!version) {
      return relationshipConflict(
        'appStoreVersion',
        'A review submission item needs an item to review.',
      );
    }
    if (!isEditable(version)) {
      return stateConflict(
        `The version ${String(version.attributes.versionString)} is ${String(version.attributes.appStoreState)} and cannot be added for review.`,
      );
    }
    const taken = ctx.store
      .list('reviewSubmissionItems')
      .some(
        (item) =>
          item.relationships.appStoreVersion?.[0] === versionId &&
          item.attributes.state === 'READY_FOR_REVIEW',
      );
    if (taken) {
      return relationshipConflict(
        'appStoreVersion',
        'This version is already an item of a review submission.',
      );
    }
    Object.assign(draft.attributes, { state: 'READY_FOR_REVIEW' });
  },
  afterCreate(item, _draft, ctx) {
    const submissionId = item.relationships.reviewSubmission?.[0];
    const versionId = item.relationships.appStoreVersion?.[0];
    if (submissionId && versionId) {
      ctx.store.link('reviewSubmissions', submissionId, 'appStoreVersionForReview', [versionId]);
    }
  },
};

/** A version that is already live, for seeds (the history an app brings to its next version). */
export function createLiveVersion(
  store: EmulatorStore,
  spec: {
    appId: string;
    platform: string;
    versionString: string;
    buildId?: string;
    createdAt: number;
    localizations: Record<string, unknown>[];
  },
): StoredResource {
  const version = store.create(
    'appStoreVersions',
    {
      platform: spec.platform,
      versionString: spec.versionString,
      copyright: null,
      reviewType: 'APP_STORE',
      releaseType: 'AFTER_APPROVAL',
      earliestReleaseDate: null,
      downloadable: true,
      createdDate: isoDate(spec.createdAt),
    },
    { app: spec.appId, ...(spec.buildId ? { build: spec.buildId } : {}) },
  );
  setVersionState(version, 'READY_FOR_SALE');
  for (const localization of spec.localizations) {
    store.create(
      'appStoreVersionLocalizations',
      {
        description: null,
        keywords: null,
        marketingUrl: null,
        promotionalText: null,
        supportUrl: null,
        whatsNew: null,
        ...localization,
      },
      { appStoreVersion: version.id },
    );
  }
  return version;
}

const appStoreVersionReleaseRequests: ResourceHooks = {
  type: 'appStoreVersionReleaseRequests',
  beforeCreate(draft, ctx) {
    const version = ctx.store.toOne('appStoreVersions', draft, 'appStoreVersion');
    if (version && version.attributes.appStoreState !== 'PENDING_DEVELOPER_RELEASE') {
      return stateConflict(
        `The version ${String(version.attributes.versionString)} is ${String(version.attributes.appStoreState)}; only a version pending developer release can be released.`,
      );
    }
  },
  afterCreate(request, _draft, ctx) {
    const version = ctx.store.toOne('appStoreVersions', request, 'appStoreVersion');
    if (version) releaseVersion(ctx.store, version, ctx.now());
  },
};

export const appStoreHooks: ResourceHooks[] = [
  appStoreVersions,
  appStoreVersionLocalizations,
  appStoreVersionPhasedReleases,
  reviewSubmissions,
  reviewSubmissionItems,
  appStoreVersionReleaseRequests,
];
