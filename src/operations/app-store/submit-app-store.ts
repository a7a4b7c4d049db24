import type { AscClient } from '../../asc/client.js';
import type {
  AppStoreVersion,
  AppStoreVersionCreateRequest,
  AppStoreVersionLocalization,
  AppStoreVersionLocalizationCreateRequest,
  AppStoreVersionLocalizationUpdateRequest,
  AppStoreVersionPhasedRelease,
  AppStoreVersionPhasedReleaseCreateRequest,
  AppStoreVersionUpdateRequest,
  BuildUpdateRequest,
  Platform,
} from '../../asc/generated/app-store-connect.js';
import type { SingleDocument } from '../../asc/json-api.js';
import { InputError } from '../../input-error.js';
import type { InputReader } from '../../input-reader.js';
import type { ActionLog } from '../../log.js';
import { defineOperation } from '../operation.js';
import { applyPlan, Plan, planSection, type PlannedChange } from '../shared/plan.js';
import { readTogether } from '../shared/read-together.js';
import { parseAppInput, resolveApp, type ResolvedApp } from '../shared/resolve-app.js';
import { normalizeWhatsNew, parseWhatsNew, type WhatsNew } from '../shared/whats-new.js';
import {
  planReviewSubmission,
  readDraftSubmission,
  type SubmissionSlot,
} from './review-submission.js';
import {
  compareVersionStrings,
  describeStoreBuild,
  isEditable,
  isReleased,
  parsePlatform,
  parseVersionString,
  readStoreVersions,
  readVersionLocalizations,
  resolveStoreBuild,
  type StoreBuild,
  type StoreVersion,
} from './store-versions.js';
import { readableState, stateCell } from '../../report/step-summary.js';

export const releaseTypes = ['AFTER_APPROVAL', 'MANUAL', 'SCHEDULED'] as const;
export type ReleaseType = (typeof releaseTypes)[number];

export interface SubmitAppStoreInputs {
  app: string;
  version: string;
  build: string;
  platform: Platform;
  whatsNew: WhatsNew | undefined;
  releaseType: ReleaseType;
  earliestReleaseDate: string | undefined;
  phasedRelease: boolean;
  submitForReview: boolean;
  usesNonExemptEncryption: boolean | undefined;
}

/** Reads `earliest-release-date`: only with SCHEDULED, required by it, and in the future. */
export function parseEarliestReleaseDate(
  inputs: InputReader,
  releaseType: ReleaseType,
  now = Date.now(),
): string | undefined {
  const raw = inputs.optional('earliest-release-date');
  if (raw === undefined) {
    if (releaseType === 'SCHEDULED') {
      throw new InputError(
        'earliest-release-date',
        'release-type SCHEDULED needs the date and time of the release (like 2030-05-01T16:00:00Z)',
      );
    }
    return undefined;
  }
  if (releaseType !== 'SCHEDULED') {
    throw new InputError(
      'earliest-release-date',
      `it applies only to release-type: SCHEDULED (release-type is ${releaseType})`,
    );
  }
  const at = Date.parse(raw);
  if (!/^\d{4}-\d{2}-\d{2}/.test(raw) || !Number.isFinite(at)) {
    throw new InputError(
      'earliest-release-date',
      `'${raw}' is not a date and time like 2030-05-01T16:00:00Z`,
    );
  }
  if (at <= now) {
    throw new InputError('earliest-release-date', `${raw} is in the past; give a future date`);
  }
  return new Date(at).toISOString();
}

function parseBuildInput(inputs: InputReader): string {
  const raw = inputs.optional('build') ?? 'latest';
  const build = raw.toLowerCase() === 'latest' ? 'latest' : raw;
  if (build !== 'latest' && !/^\d+(\.\d+){0,2}$/.test(build)) {
    throw new InputError(
      'build',
      `'${raw}' is neither a build number (like 42 or 1.2.3) nor latest`,
    );
  }
  return build;
}

const inReviewStates = ['WAITING_FOR_REVIEW', 'IN_REVIEW'];

/** What the run decided about the version. */
type VersionDecision =
  | { kind: 'done'; version: StoreVersion }
  | { kind: 'reuse'; version: StoreVersion }
  | { kind: 'rename'; version: StoreVersion }
  | { kind: 'create' };

function sameDate(a: string | null, b: string | undefined): boolean {
  if (!a || !b) return !a && !b;
  return Date.parse(a) === Date.parse(b);
}

/** Decides which version to use, or stops (before any write) when Apple would refuse. */
function decideVersion(
  versions: StoreVersion[],
  inputs: SubmitAppStoreInputs,
  build: StoreBuild,
): VersionDecision {
  const same = versions.find((v) => v.versionString === inputs.version);
  if (same) {
    if (isEditable(same)) return { kind: 'reuse', version: same };
    if (same.build && same.build.id !== build.id) {
      throw new InputError(
        'build',
        `version ${same.versionString} is ${same.state} with build ${describeStoreBuild({ number: same.build.number, version: same.versionString })}; its build cannot change to ${describeStoreBuild(build)} now`,
      );
    }
    return { kind: 'done', version: same };
  }
  const editable = versions.find(isEditable);
  if (editable) {
    const older = versions.filter((v) => v.id !== editable.id);
    checkHigher(older, inputs.version);
    return { kind: 'rename', version: editable };
  }
  const busy = versions.find((v) => !isReleased(v));
  if (busy) {
    throw new Error(
      `version ${busy.versionString} of this app is ${busy.state}; Apple keeps one version in progress per platform, so ${inputs.version} can be created once ${busy.versionString} is released or rejected`,
    );
  }
  checkHigher(versions, inputs.version);
  return { kind: 'create' };
}

function checkHigher(versions: StoreVersion[], version: string): void {
  const newest = versions[0];
  if (newest && compareVersionStrings(version, newest.versionString) <= 0) {
    throw new InputError(
      'version',
      `${version} is not higher than ${newest.versionString}, the newest App Store version; Apple requires version strings to grow`,
    );
  }
}

function quote(text: string): string {
  return `"${text.length > 60 ? `${text.slice(0, 57)}...` : text}"`;
}

interface VersionSlot {
  id: string | undefined;
}

function versionId(slot: VersionSlot): string {
  if (!slot.id) throw new Error('the App Store version was not created');
  return slot.id;
}

/** The version's change: create it, or rename/update/rebuild the editable one. */
function planVersion(
  client: AscClient,
  app: ResolvedApp,
  inputs: SubmitAppStoreInputs,
  build: StoreBuild,
  decision: VersionDecision,
  slot: VersionSlot,
): PlannedChange | undefined {
  const target = `App Store version ${inputs.version} (${readableState(inputs.platform)})`;
  if (decision.kind === 'done') return undefined;
  if (decision.kind === 'create') {
    const body: AppStoreVersionCreateRequest = {
      data: {
        type: 'appStoreVersions',
        attributes: {
          platform: inputs.platform,
          versionString: inputs.version,
          releaseType: inputs.releaseType,
          ...(inputs.earliestReleaseDate
            ? { earliestReleaseDate: inputs.earliestReleaseDate }
            : {}),
        },
        relationships: {
          app: { data: { type: 'apps', id: app.id } },
          build: { data: { type: 'builds', id: build.id } },
        },
      },
    };
    return {
      kind: 'create',
      target,
      detail: `with build ${describeStoreBuild(build)}, release: ${readableState(inputs.releaseType).toLowerCase()}`,
      apply: async () => {
        const created = await client.post<SingleDocument<AppStoreVersion>>(
          '/v1/appStoreVersions',
          body,
          {
            recover: async () => {
              const [found] = await readStoreVersions(client, app, inputs.platform, inputs.version);
              return found
                ? ({
                    data: { type: 'appStoreVersions', id: found.id },
                  } as SingleDocument<AppStoreVersion>)
                : undefined;
            },
          },
        );
        slot.id = created?.data.id;
      },
    };
  }
  const version = decision.version;
  const attributes: NonNullable<AppStoreVersionUpdateRequest['data']['attributes']> = {};
  const details: string[] = [];
  if (version.versionString !== inputs.version) {
    attributes.versionString = inputs.version;
    details.push(`renamed from ${version.versionString}`);
  }
  if (version.releaseType !== inputs.releaseType) {
    attributes.releaseType = inputs.releaseType;
    details.push(`release: ${readableState(inputs.releaseType).toLowerCase()}`);
  }
  if (!sameDate(version.earliestReleaseDate, inputs.earliestReleaseDate)) {
    attributes.earliestReleaseDate = inputs.earliestReleaseDate ?? null;
    details.push(`earliest release ${inputs.earliestReleaseDate ?? 'none'}`);
  }
  const changeBuild = version.build?.id !== build.id;
  if (changeBuild) details.push(`build ${describeStoreBuild(build)}`);
  if (details.length === 0) return undefined;
  const body: AppStoreVersionUpdateRequest = {
    data: {
      type: 'appStoreVersions',
      id: version.id,
      ...(Object.keys(attributes).length > 0 ? { attributes } : {}),
      ...(changeBuild
        ? { relationships: { build: { data: { type: 'builds', id: build.id } } } }
        : {}),
    },
  };
  return {
    kind: 'update',
    target,
    detail: details.join(', '),
    apply: async () => {
      await client.patch(`/v1/appStoreVersions/${version.id}`, body);
    },
  };
}

/** What's New of the locale: created or updated; nothing when it already reads so. */
function planStoreWhatsNew(
  client: AscClient,
  whatsNew: WhatsNew,
  existing: StoreVersion | undefined,
  slot: VersionSlot,
  describe: string,
): PlannedChange | undefined {
  const { locale, text } = whatsNew;
  const known = existing?.localizations.find((l) => l.attributes?.locale === locale);
  if (known && normalizeWhatsNew(known.attributes?.whatsNew ?? '') === text) return undefined;
  const write = async (localization: AppStoreVersionLocalization | undefined, id: string) => {
    if (localization) {
      const body: AppStoreVersionLocalizationUpdateRequest = {
        data: {
          type: 'appStoreVersionLocalizations',
          id: localization.id,
          attributes: { whatsNew: text },
        },
      };
      await client.patch(`/v1/appStoreVersionLocalizations/${localization.id}`, body);
      return;
    }
    const body: AppStoreVersionLocalizationCreateRequest = {
      data: {
        type: 'appStoreVersionLocalizations',
        attributes: { locale, whatsNew: text },
        relationships: { appStoreVersion: { data: { type: 'appStoreVersions', id } } },
      },
    };
    await client.post<SingleDocument<AppStoreVersionLocalization>>(
      '/v1/appStoreVersionLocalizations',
      body,
      {
        recover: async () => {
          const [found] = await readVersionLocalizations(client, id, locale);
          return found ? { data: found } : undefined;
        },
      },
    );
  };
  return {
    kind: known ? 'update' : 'create',
    target: `What's New (${locale}) of version ${describe}`,
    detail: quote(text),
    apply: async () => {
      const id = versionId(slot);
      // A version created by this run starts with the texts Apple copied from the one before.
      const localization = existing
        ? known
        : (await readVersionLocalizations(client, id, locale))[0];
      await write(localization, id);
    },
  };
}

function planPhasedRelease(
  client: AscClient,
  existing: StoreVersion | undefined,
  slot: VersionSlot,
  describe: string,
): PlannedChange | undefined {
  if (existing?.phasedRelease) return undefined;
  return {
    kind: 'create',
    target: `phased release of version ${describe}`,
    detail: 'over 7 days once released',
    apply: async () => {
      const id = versionId(slot);
      const body: AppStoreVersionPhasedReleaseCreateRequest = {
        data: {
          type: 'appStoreVersionPhasedReleases',
          relationships: { appStoreVersion: { data: { type: 'appStoreVersions', id } } },
        },
      };
      await client.post<SingleDocument<AppStoreVersionPhasedRelease>>(
        '/v1/appStoreVersionPhasedReleases',
        body,
        {
          recover: async () => {
            const found = await client.get<{ data: AppStoreVersionPhasedRelease | null }>(
              `/v1/appStoreVersions/${id}/appStoreVersionPhasedRelease`,
            );
            return found.data ? { data: found.data } : undefined;
          },
        },
      );
    },
  };
}

function planExportCompliance(
  client: AscClient,
  build: StoreBuild,
  answer: boolean | undefined,
  log: ActionLog,
  submitting: boolean,
): PlannedChange | undefined {
  if (build.usesNonExemptEncryption !== null) return undefined;
  if (answer === undefined && !submitting) {
    log.warning(
      `Build ${describeStoreBuild(build)} has no export compliance answer yet; set uses-non-exempt-encryption before submitting it.`,
    );
    return undefined;
  }
  if (answer === undefined) {
    throw new InputError(
      'uses-non-exempt-encryption',
      `build ${describeStoreBuild(build)} has no export compliance answer; Apple does not review it without one. Set uses-non-exempt-encryption (true or false)`,
    );
  }
  const body: BuildUpdateRequest = {
    data: { type: 'builds', id: build.id, attributes: { usesNonExemptEncryption: answer } },
  };
  return {
    kind: 'update',
    target: `build ${describeStoreBuild(build)}`,
    detail: `usesNonExemptEncryption: ${answer}`,
    apply: async () => {
      await client.patch(`/v1/builds/${build.id}`, body);
    },
  };
}

/**
 * Finds or creates the App Store version of `version`, attaches the build, sets What's New, the
 * release type and the phased release, and submits it for review through a review submission.
 */
export const submitAppStore = defineOperation({
  name: 'submit-app-store',
  parse(inputs): SubmitAppStoreInputs {
    const app = parseAppInput(inputs);
    const version = parseVersionString(inputs);
    const build = parseBuildInput(inputs);
    const platform = parsePlatform(inputs);
    const whatsNew = parseWhatsNew(inputs);
    const releaseType = inputs.choice('release-type', releaseTypes, 'AFTER_APPROVAL');
    const earliestReleaseDate = parseEarliestReleaseDate(inputs, releaseType);
    return {
      app,
      version,
      build,
      platform,
      whatsNew,
      releaseType,
      earliestReleaseDate,
      phasedRelease: inputs.boolean('phased-release', false),
      submitForReview: inputs.boolean('submit-for-review', true),
      usesNonExemptEncryption: inputs.optionalBoolean('uses-non-exempt-encryption'),
    };
  },
  async run(context, inputs) {
    const { client, log, dryRun } = context;
    for (const warning of inputs.whatsNew?.warnings ?? []) log.warning(warning);
    const app = await resolveApp(client, inputs.app);
    const [build, versions] = await readTogether([
      resolveStoreBuild(client, app, inputs.platform, inputs.version, inputs.build),
      readStoreVersions(client, app, inputs.platform),
    ]);
    const decision = decideVersion(versions, inputs, build);
    const existing = decision.kind === 'create' ? undefined : decision.version;
    const describe = `${inputs.version} (${readableState(inputs.platform)})`;
    const slot: VersionSlot = { id: existing?.id };
    const plan = new Plan();
    let submission: SubmissionSlot = { id: undefined };
    if (decision.kind === 'done') {
      const done = decision.version;
      log.info(
        `Version ${inputs.version} is already ${done.state} with build ${describeStoreBuild(build)}: nothing to submit.`,
      );
      if (done.releaseType !== inputs.releaseType) {
        log.warning(
          `Version ${inputs.version} keeps release type ${done.releaseType ?? 'unknown'}: it is ${done.state} and can no longer change (release-type: ${inputs.releaseType} is not applied).`,
        );
      }
      const wanted = inputs.whatsNew;
      const current = done.localizations.find((l) => l.attributes?.locale === wanted?.locale);
      if (wanted && normalizeWhatsNew(current?.attributes?.whatsNew ?? '') !== wanted.text) {
        log.warning(
          `What's New (${wanted.locale}) of version ${inputs.version} is not changed: the version is ${done.state}.`,
        );
      }
    } else {
      plan.stage(
        [
          planExportCompliance(
            client,
            build,
            inputs.usesNonExemptEncryption,
            log,
            inputs.submitForReview,
          ),
          planVersion(client, app, inputs, build, decision, slot),
        ].filter((change): change is PlannedChange => change !== undefined),
      );
      plan.stage(
        [
          inputs.whatsNew
            ? planStoreWhatsNew(client, inputs.whatsNew, existing, slot, describe)
            : undefined,
          inputs.phasedRelease ? planPhasedRelease(client, existing, slot, describe) : undefined,
        ].filter((change): change is PlannedChange => change !== undefined),
      );
      if (inputs.submitForReview) {
        const draft = await readDraftSubmission(client, app, inputs.platform);
        submission = { id: draft?.id };
        const stages = planReviewSubmission(
          client,
          app,
          inputs.platform,
          draft,
          { id: () => versionId(slot), describe },
          submission,
        );
        for (const stage of stages) plan.stage(stage);
      }
    }
    context.onFailureShow([planSection(plan, false, dryRun)]);
    const applied = await applyPlan(context, plan);
    const state =
      decision.kind === 'done'
        ? decision.version.state
        : applied && inputs.submitForReview
          ? 'WAITING_FOR_REVIEW'
          : (existing?.state ?? (applied ? 'PREPARE_FOR_SUBMISSION' : 'NOT_CREATED'));
    const alreadyInReview = decision.kind === 'done' && inReviewStates.includes(state);
    const releaseType =
      decision.kind === 'done'
        ? (decision.version.releaseType ?? inputs.releaseType)
        : inputs.releaseType;
    const earliestReleaseDate =
      decision.kind === 'done'
        ? decision.version.earliestReleaseDate
        : (inputs.earliestReleaseDate ?? null);
    const result = {
      app,
      version: {
        id: slot.id ?? null,
        versionString: inputs.version,
        platform: inputs.platform,
        state,
        releaseType,
        earliestReleaseDate,
        action: decision.kind,
        ...(decision.kind === 'rename' ? { renamedFrom: decision.version.versionString } : {}),
      },
      build: describeStoreBuildReport(build),
      reviewSubmissionId: submission.id ?? null,
      alreadyInReview,
      plan: plan.records(),
      applied,
    };
    return {
      result,
      outputs: {
        'app-store-version-id': slot.id,
        'app-store-state': state,
        'review-submission-id': submission.id,
        'build-id': build.id,
        'build-number': build.number,
      },
      summary: {
        title: `App Store version ${inputs.version} of ${app.name}: ${readableState(state)}`,
        sections: [
          {
            heading: `Version ${describe}`,
            table: {
              header: ['Version', 'Platform', 'Build', 'State', 'Release'],
              rows: [
                [
                  inputs.version,
                  stateCell(inputs.platform),
                  describeStoreBuild(build),
                  stateCell(state),
                  earliestReleaseDate
                    ? {
                        text: `${readableState(releaseType)} (${earliestReleaseDate})`,
                        title: releaseType,
                      }
                    : stateCell(releaseType),
                ],
              ],
            },
          },
          planSection(plan, applied, dryRun),
        ],
      },
    };
  },
});

function describeStoreBuildReport(build: StoreBuild) {
  return {
    id: build.id,
    number: build.number,
    version: build.version,
    usesNonExemptEncryption: build.usesNonExemptEncryption,
  };
}
