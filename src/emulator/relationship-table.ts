import type { RelationshipInfo } from './openapi/validator.js';

/**
 * Pairs of relationships that are two views of the same link; the store keeps both sides in sync.
 * Written as `type.relationship`.
 */
const INVERSE_PAIRS: [string, string][] = [
  ['apps.builds', 'builds.app'],
  ['apps.betaGroups', 'betaGroups.app'],
  ['apps.preReleaseVersions', 'preReleaseVersions.app'],
  ['apps.betaTesters', 'betaTesters.apps'],
  ['apps.betaAppReviewDetail', 'betaAppReviewDetails.app'],
  ['apps.betaAppLocalizations', 'betaAppLocalizations.app'],
  ['apps.betaLicenseAgreement', 'betaLicenseAgreements.app'],
  ['apps.appEncryptionDeclarations', 'appEncryptionDeclarations.app'],
  ['builds.preReleaseVersion', 'preReleaseVersions.builds'],
  ['builds.betaGroups', 'betaGroups.builds'],
  ['builds.individualTesters', 'betaTesters.builds'],
  ['builds.buildBetaDetail', 'buildBetaDetails.build'],
  ['builds.betaBuildLocalizations', 'betaBuildLocalizations.build'],
  ['builds.betaAppReviewSubmission', 'betaAppReviewSubmissions.build'],
  ['builds.appEncryptionDeclaration', 'appEncryptionDeclarations.builds'],
  ['betaGroups.betaTesters', 'betaTesters.betaGroups'],
  ['bundleIds.profiles', 'profiles.bundleId'],
  ['bundleIds.bundleIdCapabilities', 'bundleIdCapabilities.bundleId'],
  ['apps.buildUploads', 'buildUploads.app'],
  ['builds.buildUpload', 'buildUploads.build'],
  ['apps.appStoreVersions', 'appStoreVersions.app'],
  ['appStoreVersions.build', 'builds.appStoreVersion'],
  ['appStoreVersions.appStoreVersionLocalizations', 'appStoreVersionLocalizations.appStoreVersion'],
  [
    'appStoreVersions.appStoreVersionPhasedRelease',
    'appStoreVersionPhasedReleases.appStoreVersion',
  ],
  ['reviewSubmissions.items', 'reviewSubmissionItems.reviewSubmission'],
];

const INVERSES = new Map<string, string>();
for (const [a, b] of INVERSE_PAIRS) {
  INVERSES.set(a, b);
  INVERSES.set(b, a);
}

export function inverseRelationship(type: string, relationship: string): string | undefined {
  const inverse = INVERSES.get(`${type}.${relationship}`);
  return inverse?.slice(inverse.indexOf('.') + 1);
}

/**
 * Relationships Apple has but the document describes without linkage data (or not at all on the
 * resource schema), so the validator cannot tell their target.
 */
export const EXTRA_RELATIONSHIPS: Record<string, Record<string, RelationshipInfo>> = {
  apps: {
    betaTesters: { targetType: 'betaTesters', toMany: true },
    betaFeedbackCrashSubmissions: { targetType: 'betaFeedbackCrashSubmissions', toMany: true },
    betaFeedbackScreenshotSubmissions: {
      targetType: 'betaFeedbackScreenshotSubmissions',
      toMany: true,
    },
  },
  bundleIdCapabilities: { bundleId: { targetType: 'bundleIds', toMany: false } },
  buildBetaNotifications: { build: { targetType: 'builds', toMany: false } },
  buildUploads: { app: { targetType: 'apps', toMany: false } },
  appStoreVersionPhasedReleases: {
    appStoreVersion: { targetType: 'appStoreVersions', toMany: false },
  },
  reviewSubmissionItems: { reviewSubmission: { targetType: 'reviewSubmissions', toMany: false } },
  appStoreVersionReleaseRequests: {
    appStoreVersion: { targetType: 'appStoreVersions', toMany: false },
  },
};
