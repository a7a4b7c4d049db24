export const id = 494;
export const ids = [494];
export const modules = {

/***/ 4494:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  operations: () => (/* binding */ operations)
});

// EXTERNAL MODULE: ./src/input-error.ts
var input_error = __webpack_require__(6236);
// EXTERNAL MODULE: ./src/operations/operation.ts
var operation = __webpack_require__(2899);
// EXTERNAL MODULE: ./src/operations/shared/plan.ts
var shared_plan = __webpack_require__(5099);
// EXTERNAL MODULE: ./src/operations/shared/resolve-app.ts
var resolve_app = __webpack_require__(4224);
// EXTERNAL MODULE: ./src/asc/json-api.ts
var json_api = __webpack_require__(5086);
// EXTERNAL MODULE: ./src/asc/pagination.ts
var pagination = __webpack_require__(3105);
// EXTERNAL MODULE: ./src/asc/query.ts
var query = __webpack_require__(2733);
// EXTERNAL MODULE: ./src/operations/shared/resolve-build.ts
var resolve_build = __webpack_require__(6283);
;// CONCATENATED MODULE: ./src/operations/app-store/store-versions.ts





const marketingVersionPattern = /^\d+(\.\d+){0,2}$/;
/** States in which Apple lets the version's build and metadata change. */
const editableStates = [
    'PREPARE_FOR_SUBMISSION',
    'DEVELOPER_REJECTED',
    'REJECTED',
    'METADATA_REJECTED',
    'INVALID_BINARY',
];
/** States of a version that is done: a new version may follow it. */
const releasedStates = [
    'READY_FOR_SALE',
    // appVersionState's name for it, when Apple stops sending the deprecated appStoreState
    'READY_FOR_DISTRIBUTION',
    'REPLACED_WITH_NEW_VERSION',
    'REMOVED_FROM_SALE',
    'DEVELOPER_REMOVED_FROM_SALE',
];
function isEditable(version) {
    return editableStates.includes(version.state);
}
function isReleased(version) {
    return releasedStates.includes(version.state);
}
/** Reads `platform` (IOS by default). */
function parsePlatform(inputs) {
    return inputs.choice('platform', resolve_build/* buildPlatforms */.Hb, 'IOS');
}
/** Reads `version` (required): a marketing version such as 1.2 or 1.2.3. */
function parseVersionString(inputs) {
    const version = inputs.required('version', 'it names the App Store version (like 1.2)');
    if (!marketingVersionPattern.test(version)) {
        throw new input_error/* InputError */.d('version', `'${version}' is not a version string (like 1.2 or 1.2.3)`);
    }
    return version;
}
/** Compares version strings numerically, part by part (1.10 is after 1.9). */
function compareVersionStrings(a, b) {
    const pa = a.split('.').map(Number);
    const pb = b.split('.').map(Number);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const difference = (pa[i] ?? 0) - (pb[i] ?? 0);
        if (difference !== 0)
            return difference;
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
function toStoreVersion(version, included) {
    const a = version.attributes ?? {};
    const buildData = version.relationships?.build?.data;
    const build = included.one(version, 'build');
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
        localizations: included.many(version, 'appStoreVersionLocalizations'),
        phasedRelease: included.one(version, 'appStoreVersionPhasedRelease'),
    };
}
/** The app's App Store versions on `platform` (optionally only `versionString`), newest first. */
async function readStoreVersions(client, app, platform, versionString) {
    const { data, included } = await (0,pagination/* collectAll */._U)(client, `/v1/apps/${app.id}/appStoreVersions`, {
        ...versionQuery,
        filter: { platform, ...(versionString ? { versionString } : {}) },
    });
    return data
        .map((version) => toStoreVersion(version, included))
        .filter((version) => !versionString || version.versionString === versionString)
        .sort((a, b) => compareVersionStrings(b.versionString, a.versionString));
}
/** The version's localizations (after it was created: Apple copies them from the one before). */
async function readVersionLocalizations(client, versionId, locale) {
    const document = await client.get(`/v1/appStoreVersions/${versionId}/appStoreVersionLocalizations${(0,query/* toQueryString */.z)({
        filter: { locale },
        fields: { appStoreVersionLocalizations: ['locale', 'whatsNew'] },
        limit: 50,
    })}`);
    return document.data.filter((localization) => localization.attributes?.locale === locale);
}
function describeStoreBuild(build) {
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
function toStoreBuild(build, included) {
    const a = build.attributes ?? {};
    return {
        id: build.id,
        number: a.version ?? '',
        version: included.one(build, 'preReleaseVersion')?.attributes?.version ?? '',
        processingState: a.processingState ?? 'UNKNOWN',
        usesNonExemptEncryption: a.usesNonExemptEncryption ?? null,
    };
}
/**
 * Finds the build for the App Store version: `latest` is the newest processed build of `version`;
 * a number must be a build of `version` (a build of another version is refused by name).
 */
async function resolveStoreBuild(client, app, platform, version, build) {
    const latest = build === 'latest';
    const document = await client.get('/v1/builds' +
        (0,query/* toQueryString */.z)({
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
        }));
    const included = new json_api/* IncludedIndex */.d$(document.included ?? []);
    const found = document.data
        .map((candidate) => toStoreBuild(candidate, included))
        .find((candidate) => latest || candidate.number === build);
    if (found) {
        if (found.processingState !== 'VALID') {
            throw new input_error/* InputError */.d('build', `build ${describeStoreBuild(found)} is ${found.processingState}; only a processed (VALID) build can go to the App Store (wait for it with wait-for-build)`);
        }
        return found;
    }
    if (latest) {
        throw new input_error/* InputError */.d('build', `${app.bundleId || app.id} has no processed, unexpired ${platform} build of version ${version}`);
    }
    // Only on this error path: is it a build of another version?
    const other = await client.get('/v1/builds' +
        (0,query/* toQueryString */.z)({
            filter: { app: app.id, 'preReleaseVersion.platform': platform, version: build },
            fields: buildFields,
            include: ['preReleaseVersion'],
            limit: 10,
        }));
    const otherIncluded = new json_api/* IncludedIndex */.d$(other.included ?? []);
    const elsewhere = other.data
        .map((candidate) => toStoreBuild(candidate, otherIncluded))
        .filter((candidate) => candidate.number === build);
    if (elsewhere.length > 0) {
        throw new input_error/* InputError */.d('build', `build ${build} belongs to version ${elsewhere.map((b) => b.version || '?').join(', ')}, not to version ${version}`);
    }
    throw new input_error/* InputError */.d('build', `no unexpired build number ${build} of version ${version} for ${platform} in ${app.bundleId || app.id}`);
}

// EXTERNAL MODULE: ./src/report/step-summary.ts
var step_summary = __webpack_require__(9211);
;// CONCATENATED MODULE: ./src/operations/app-store/release-app-store.ts






const phasedReleaseActions = ['pause', 'resume', 'complete'];
const wantedState = {
    pause: 'PAUSED',
    resume: 'ACTIVE',
    complete: 'COMPLETE',
};
/**
 * Plans the phased release change. `current` is the state the rollout has (or will have once the
 * planned release request is applied: ACTIVE). Asking for the state it already has writes nothing.
 */
function planPhasedAction(action, current, apply, describe) {
    const wanted = wantedState[action];
    if (current === wanted)
        return undefined;
    if (current === 'COMPLETE') {
        if (action === 'resume')
            return undefined;
        throw new input_error/* InputError */.d('phased-release-action', `the phased release of version ${describe} is already complete; it cannot be ${action}d`);
    }
    if (current === 'INACTIVE') {
        throw new input_error/* InputError */.d('phased-release-action', `the phased release of version ${describe} has not started (the version is not released yet)`);
    }
    return {
        kind: 'update',
        target: `phased release of version ${describe}`,
        detail: `${current} → ${wanted}`,
        apply: () => apply(wanted),
    };
}
/** Releases a version waiting for its developer, and steers its phased release. */
const releaseAppStore = (0,operation/* defineOperation */.h)({
    name: 'release-app-store',
    parse: (inputs) => ({
        app: (0,resolve_app/* parseAppInput */.R)(inputs),
        version: parseVersionString(inputs),
        platform: parsePlatform(inputs),
        phasedReleaseAction: inputs.choice('phased-release-action', phasedReleaseActions),
    }),
    async run(context, inputs) {
        const { client, log, dryRun } = context;
        const app = await (0,resolve_app/* resolveApp */.A)(client, inputs.app);
        const [version] = await readStoreVersions(client, app, inputs.platform, inputs.version);
        if (!version) {
            const all = await readStoreVersions(client, app, inputs.platform);
            const known = all.slice(0, 5).map((v) => `${v.versionString} (${v.state})`);
            throw new input_error/* InputError */.d('version', `${app.bundleId || app.id} has no ${inputs.platform} App Store version ${inputs.version}${known.length > 0 ? `; its newest versions: ${known.join(', ')}` : ''}`);
        }
        const describe = `${version.versionString} (${(0,step_summary/* readableState */.YO)(version.platform || inputs.platform)})`;
        const plan = new shared_plan/* Plan */.cw();
        const pending = version.state === 'PENDING_DEVELOPER_RELEASE';
        if (pending) {
            const body = {
                data: {
                    type: 'appStoreVersionReleaseRequests',
                    relationships: {
                        appStoreVersion: { data: { type: 'appStoreVersions', id: version.id } },
                    },
                },
            };
            plan.step({
                kind: 'create',
                target: `release of version ${describe}`,
                detail: version.phasedRelease ? 'phased over 7 days' : 'to everyone',
                apply: async () => {
                    await client.post('/v1/appStoreVersionReleaseRequests', body, {
                        recover: async () => {
                            const [now] = await readStoreVersions(client, app, inputs.platform, inputs.version);
                            return now && isReleased(now)
                                ? { data: { type: 'appStoreVersionReleaseRequests', id: '' } }
                                : undefined;
                        },
                    });
                },
            });
        }
        else if (isReleased(version)) {
            log.info(`Version ${describe} is already released (${version.state}).`);
        }
        else {
            throw new Error(`version ${describe} is ${version.state}; it can be released only when it is PENDING_DEVELOPER_RELEASE (approved, waiting for its developer)`);
        }
        const phasedBefore = version.phasedRelease?.attributes?.phasedReleaseState ?? null;
        let phasedChange;
        if (inputs.phasedReleaseAction) {
            const phased = version.phasedRelease;
            if (!phased) {
                throw new input_error/* InputError */.d('phased-release-action', `version ${describe} has no phased release (submit it with phased-release: true)`);
            }
            const current = pending ? 'ACTIVE' : (phasedBefore ?? 'INACTIVE');
            phasedChange = planPhasedAction(inputs.phasedReleaseAction, current, async (state) => {
                const body = {
                    data: {
                        type: 'appStoreVersionPhasedReleases',
                        id: phased.id,
                        attributes: { phasedReleaseState: state },
                    },
                };
                await client.patch(`/v1/appStoreVersionPhasedReleases/${phased.id}`, body);
            }, describe);
            plan.step(phasedChange);
        }
        context.onFailureShow([(0,shared_plan/* planSection */.lA)(plan, false, dryRun)]);
        const applied = await (0,shared_plan/* applyPlan */.gj)(context, plan);
        // What the rollout is now: the release starts it; a planned change moves it on.
        const phasedState = !applied
            ? phasedBefore
            : phasedChange && inputs.phasedReleaseAction
                ? wantedState[inputs.phasedReleaseAction]
                : pending && phasedBefore === 'INACTIVE'
                    ? 'ACTIVE'
                    : phasedBefore;
        const state = applied && pending ? 'READY_FOR_SALE' : version.state;
        return {
            result: {
                app,
                version: {
                    id: version.id,
                    versionString: version.versionString,
                    platform: version.platform,
                },
                appStoreState: state,
                phasedReleaseState: phasedState,
                alreadyReleased: !pending && isReleased(version),
                plan: plan.records(),
                applied,
            },
            outputs: {
                'app-store-version-id': version.id,
                'app-store-state': state,
                'phased-release-state': phasedState ?? undefined,
            },
            summary: {
                title: `App Store version ${describe} of ${app.name}: ${(0,step_summary/* readableState */.YO)(state)}`,
                sections: [
                    {
                        table: {
                            header: ['Version', 'State', 'Phased release'],
                            rows: [[describe, (0,step_summary/* stateCell */._j)(state), (0,step_summary/* stateCell */._j)(phasedState)]],
                        },
                    },
                    (0,shared_plan/* planSection */.lA)(plan, applied, dryRun),
                ],
            },
        };
    },
});

// EXTERNAL MODULE: ./src/operations/shared/read-together.ts
var read_together = __webpack_require__(2003);
// EXTERNAL MODULE: ./src/operations/shared/whats-new.ts + 2 modules
var whats_new = __webpack_require__(104);
// EXTERNAL MODULE: ./src/asc/errors.ts
var errors = __webpack_require__(9678);
;// CONCATENATED MODULE: ./src/operations/app-store/review-submission.ts



const draftQuery = (app, platform) => (0,query/* toQueryString */.z)({
    filter: { app: app.id, platform, state: 'READY_FOR_REVIEW' },
    fields: { reviewSubmissions: ['platform', 'state'] },
    limit: 10,
});
/** The App Store versions that are items of the submission. */
async function readItemVersionIds(client, submissionId) {
    const document = await client.get(`/v1/reviewSubmissions/${submissionId}/items${(0,query/* toQueryString */.z)({
        fields: {
            reviewSubmissionItems: ['state', 'appStoreVersion'],
            appStoreVersions: ['versionString'],
        },
        include: ['appStoreVersion'],
        limit: 200,
    })}`);
    return document.data
        .map((item) => item.relationships?.appStoreVersion?.data?.id)
        .filter((id) => id !== undefined);
}
/** The app's unsubmitted review submission for the platform (Apple keeps at most one). */
async function readDraftSubmission(client, app, platform) {
    const document = await client.get(`/v1/reviewSubmissions${draftQuery(app, platform)}`);
    const draft = document.data.find((submission) => submission.attributes?.state === 'READY_FOR_REVIEW');
    if (!draft)
        return undefined;
    return { id: draft.id, versionIds: await readItemVersionIds(client, draft.id) };
}
/** Submitted states of a review submission still under way (the version is in it). */
const underwayStates = ['WAITING_FOR_REVIEW', 'IN_REVIEW', 'UNRESOLVED_ISSUES'];
/**
 * After a refused create: another run (a re-run racing this one) may have made the submission,
 * added the version and submitted it already. Finds a submission under way holding the version.
 */
async function readSubmittedHolding(client, app, platform, versionId) {
    const document = await client.get(`/v1/reviewSubmissions${(0,query/* toQueryString */.z)({
        filter: { app: app.id, platform, state: underwayStates },
        fields: { reviewSubmissions: ['platform', 'state'] },
        limit: 10,
    })}`);
    for (const submission of document.data) {
        if (!underwayStates.includes(String(submission.attributes?.state)))
            continue;
        if ((await readItemVersionIds(client, submission.id)).includes(versionId))
            return submission.id;
    }
    return undefined;
}
/** A recovery that finds the version already submitted by a racing run marks the slot so. */
async function recoverSubmitted(client, app, platform, versionId, slot) {
    const id = await readSubmittedHolding(client, app, platform, versionId);
    if (id === undefined)
        return false;
    slot.id = id;
    slot.submitted = true;
    return true;
}
/**
 * Plans the review submission of one version: reuse the draft or create one, add the version as an
 * item unless it is one, and submit. Each create re-reads what a lost answer may have made.
 */
function planReviewSubmission(client, app, platform, draft, version, slot) {
    const stages = [];
    slot.id = draft?.id;
    if (!draft) {
        const body = {
            data: {
                type: 'reviewSubmissions',
                attributes: { platform },
                relationships: { app: { data: { type: 'apps', id: app.id } } },
            },
        };
        stages.push([
            {
                kind: 'create',
                target: `review submission for ${(0,step_summary/* readableState */.YO)(platform)}`,
                apply: async () => {
                    const created = await client.post('/v1/reviewSubmissions', body, {
                        recover: async () => {
                            const found = await readDraftSubmission(client, app, platform);
                            if (found) {
                                return {
                                    data: { type: 'reviewSubmissions', id: found.id },
                                };
                            }
                            return (await recoverSubmitted(client, app, platform, version.id(), slot))
                                ? {
                                    data: { type: 'reviewSubmissions', id: slot.id },
                                }
                                : undefined;
                        },
                    });
                    slot.id = created?.data.id;
                },
            },
        ]);
    }
    if (!draft?.versionIds.length || !draft.versionIds.includes(version.id())) {
        stages.push([
            {
                kind: 'link',
                target: `version ${version.describe}`,
                detail: 'as an item of the review submission',
                apply: async () => {
                    if (slot.submitted)
                        return;
                    const submissionId = requireId(slot);
                    const body = {
                        data: {
                            type: 'reviewSubmissionItems',
                            relationships: {
                                reviewSubmission: { data: { type: 'reviewSubmissions', id: submissionId } },
                                appStoreVersion: { data: { type: 'appStoreVersions', id: version.id() } },
                            },
                        },
                    };
                    await client.post('/v1/reviewSubmissionItems', body, {
                        recover: async () => {
                            const found = await readDraftSubmission(client, app, platform);
                            const linked = (found?.id === submissionId && found.versionIds.includes(version.id())) ||
                                (await recoverSubmitted(client, app, platform, version.id(), slot));
                            return linked
                                ? {
                                    data: { type: 'reviewSubmissionItems', id: '' },
                                }
                                : undefined;
                        },
                    });
                },
            },
        ]);
    }
    stages.push([
        {
            kind: 'submit',
            target: `version ${version.describe}`,
            detail: 'for App Store review',
            apply: async () => {
                if (slot.submitted)
                    return;
                const submissionId = requireId(slot);
                const body = {
                    data: { type: 'reviewSubmissions', id: submissionId, attributes: { submitted: true } },
                };
                try {
                    await client.patch(`/v1/reviewSubmissions/${submissionId}`, body);
                }
                catch (error) {
                    // A retried PATCH whose first answer was lost finds the submission already submitted.
                    if (!(error instanceof errors/* AscApiError */.o && error.status === 409))
                        throw error;
                    const current = await client.get(`/v1/reviewSubmissions/${submissionId}${(0,query/* toQueryString */.z)({ fields: { reviewSubmissions: ['state'] } })}`);
                    if (current.data.attributes?.state === 'READY_FOR_REVIEW')
                        throw error;
                }
            },
        },
    ]);
    return stages;
}
function requireId(slot) {
    if (!slot.id)
        throw new Error('the review submission was not created');
    return slot.id;
}

;// CONCATENATED MODULE: ./src/operations/app-store/submit-app-store.ts









const releaseTypes = ['AFTER_APPROVAL', 'MANUAL', 'SCHEDULED'];
/** Reads `earliest-release-date`: only with SCHEDULED, required by it, and in the future. */
function parseEarliestReleaseDate(inputs, releaseType, now = Date.now()) {
    const raw = inputs.optional('earliest-release-date');
    if (raw === undefined) {
        if (releaseType === 'SCHEDULED') {
            throw new input_error/* InputError */.d('earliest-release-date', 'release-type SCHEDULED needs the date and time of the release (like 2030-05-01T16:00:00Z)');
        }
        return undefined;
    }
    if (releaseType !== 'SCHEDULED') {
        throw new input_error/* InputError */.d('earliest-release-date', `it applies only to release-type: SCHEDULED (release-type is ${releaseType})`);
    }
    const at = Date.parse(raw);
    if (!/^\d{4}-\d{2}-\d{2}/.test(raw) || !Number.isFinite(at)) {
        throw new input_error/* InputError */.d('earliest-release-date', `'${raw}' is not a date and time like 2030-05-01T16:00:00Z`);
    }
    if (at <= now) {
        throw new input_error/* InputError */.d('earliest-release-date', `${raw} is in the past; give a future date`);
    }
    return new Date(at).toISOString();
}
function parseBuildInput(inputs) {
    const raw = inputs.optional('build') ?? 'latest';
    const build = raw.toLowerCase() === 'latest' ? 'latest' : raw;
    if (build !== 'latest' && !/^\d+(\.\d+){0,2}$/.test(build)) {
        throw new input_error/* InputError */.d('build', `'${raw}' is neither a build number (like 42 or 1.2.3) nor latest`);
    }
    return build;
}
const inReviewStates = ['WAITING_FOR_REVIEW', 'IN_REVIEW'];
function sameDate(a, b) {
    if (!a || !b)
        return !a && !b;
    return Date.parse(a) === Date.parse(b);
}
/** Decides which version to use, or stops (before any write) when Apple would refuse. */
function decideVersion(versions, inputs, build) {
    const same = versions.find((v) => v.versionString === inputs.version);
    if (same) {
        if (isEditable(same))
            return { kind: 'reuse', version: same };
        if (same.build && same.build.id !== build.id) {
            throw new input_error/* InputError */.d('build', `version ${same.versionString} is ${same.state} with build ${describeStoreBuild({ number: same.build.number, version: same.versionString })}; its build cannot change to ${describeStoreBuild(build)} now`);
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
        throw new Error(`version ${busy.versionString} of this app is ${busy.state}; Apple keeps one version in progress per platform, so ${inputs.version} can be created once ${busy.versionString} is released or rejected`);
    }
    checkHigher(versions, inputs.version);
    return { kind: 'create' };
}
function checkHigher(versions, version) {
    const newest = versions[0];
    if (newest && compareVersionStrings(version, newest.versionString) <= 0) {
        throw new input_error/* InputError */.d('version', `${version} is not higher than ${newest.versionString}, the newest App Store version; Apple requires version strings to grow`);
    }
}
function quote(text) {
    return `"${text.length > 60 ? `${text.slice(0, 57)}...` : text}"`;
}
function versionId(slot) {
    if (!slot.id)
        throw new Error('the App Store version was not created');
    return slot.id;
}
/** The version's change: create it, or rename/update/rebuild the editable one. */
function planVersion(client, app, inputs, build, decision, slot) {
    const target = `App Store version ${inputs.version} (${(0,step_summary/* readableState */.YO)(inputs.platform)})`;
    if (decision.kind === 'done')
        return undefined;
    if (decision.kind === 'create') {
        const body = {
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
            detail: `with build ${describeStoreBuild(build)}, release: ${(0,step_summary/* readableState */.YO)(inputs.releaseType).toLowerCase()}`,
            apply: async () => {
                const created = await client.post('/v1/appStoreVersions', body, {
                    recover: async () => {
                        const [found] = await readStoreVersions(client, app, inputs.platform, inputs.version);
                        return found
                            ? {
                                data: { type: 'appStoreVersions', id: found.id },
                            }
                            : undefined;
                    },
                });
                slot.id = created?.data.id;
            },
        };
    }
    const version = decision.version;
    const attributes = {};
    const details = [];
    if (version.versionString !== inputs.version) {
        attributes.versionString = inputs.version;
        details.push(`renamed from ${version.versionString}`);
    }
    if (version.releaseType !== inputs.releaseType) {
        attributes.releaseType = inputs.releaseType;
        details.push(`release: ${(0,step_summary/* readableState */.YO)(inputs.releaseType).toLowerCase()}`);
    }
    if (!sameDate(version.earliestReleaseDate, inputs.earliestReleaseDate)) {
        attributes.earliestReleaseDate = inputs.earliestReleaseDate ?? null;
        details.push(`earliest release ${inputs.earliestReleaseDate ?? 'none'}`);
    }
    const changeBuild = version.build?.id !== build.id;
    if (changeBuild)
        details.push(`build ${describeStoreBuild(build)}`);
    if (details.length === 0)
        return undefined;
    const body = {
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
function planStoreWhatsNew(client, whatsNew, existing, slot, describe) {
    const { locale, text } = whatsNew;
    const known = existing?.localizations.find((l) => l.attributes?.locale === locale);
    if (known && (0,whats_new/* normalizeWhatsNew */.t7)(known.attributes?.whatsNew ?? '') === text)
        return undefined;
    const write = async (localization, id) => {
        if (localization) {
            const body = {
                data: {
                    type: 'appStoreVersionLocalizations',
                    id: localization.id,
                    attributes: { whatsNew: text },
                },
            };
            await client.patch(`/v1/appStoreVersionLocalizations/${localization.id}`, body);
            return;
        }
        const body = {
            data: {
                type: 'appStoreVersionLocalizations',
                attributes: { locale, whatsNew: text },
                relationships: { appStoreVersion: { data: { type: 'appStoreVersions', id } } },
            },
        };
        await client.post('/v1/appStoreVersionLocalizations', body, {
            recover: async () => {
                const [found] = await readVersionLocalizations(client, id, locale);
                return found ? { data: found } : undefined;
            },
        });
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
function planPhasedRelease(client, existing, slot, describe) {
    if (existing?.phasedRelease)
        return undefined;
    return {
        kind: 'create',
        target: `phased release of version ${describe}`,
        detail: 'over 7 days once released',
        apply: async () => {
            const id = versionId(slot);
            const body = {
                data: {
                    type: 'appStoreVersionPhasedReleases',
                    relationships: { appStoreVersion: { data: { type: 'appStoreVersions', id } } },
                },
            };
            await client.post('/v1/appStoreVersionPhasedReleases', body, {
                recover: async () => {
                    const found = await client.get(`/v1/appStoreVersions/${id}/appStoreVersionPhasedRelease`);
                    return found.data ? { data: found.data } : undefined;
                },
            });
        },
    };
}
function planExportCompliance(client, build, answer, log, submitting) {
    if (build.usesNonExemptEncryption !== null)
        return undefined;
    if (answer === undefined && !submitting) {
        log.warning(`Build ${describeStoreBuild(build)} has no export compliance answer yet; set uses-non-exempt-encryption before submitting it.`);
        return undefined;
    }
    if (answer === undefined) {
        throw new input_error/* InputError */.d('uses-non-exempt-encryption', `build ${describeStoreBuild(build)} has no export compliance answer; Apple does not review it without one. Set uses-non-exempt-encryption (true or false)`);
    }
    const body = {
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
const submitAppStore = (0,operation/* defineOperation */.h)({
    name: 'submit-app-store',
    parse(inputs) {
        const app = (0,resolve_app/* parseAppInput */.R)(inputs);
        const version = parseVersionString(inputs);
        const build = parseBuildInput(inputs);
        const platform = parsePlatform(inputs);
        const whatsNew = (0,whats_new/* parseWhatsNew */.Ms)(inputs);
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
        for (const warning of inputs.whatsNew?.warnings ?? [])
            log.warning(warning);
        const app = await (0,resolve_app/* resolveApp */.A)(client, inputs.app);
        const [build, versions] = await (0,read_together/* readTogether */.V)([
            resolveStoreBuild(client, app, inputs.platform, inputs.version, inputs.build),
            readStoreVersions(client, app, inputs.platform),
        ]);
        const decision = decideVersion(versions, inputs, build);
        const existing = decision.kind === 'create' ? undefined : decision.version;
        const describe = `${inputs.version} (${(0,step_summary/* readableState */.YO)(inputs.platform)})`;
        const slot = { id: existing?.id };
        const plan = new shared_plan/* Plan */.cw();
        let submission = { id: undefined };
        if (decision.kind === 'done') {
            const done = decision.version;
            log.info(`Version ${inputs.version} is already ${done.state} with build ${describeStoreBuild(build)}: nothing to submit.`);
            if (done.releaseType !== inputs.releaseType) {
                log.warning(`Version ${inputs.version} keeps release type ${done.releaseType ?? 'unknown'}: it is ${done.state} and can no longer change (release-type: ${inputs.releaseType} is not applied).`);
            }
            const wanted = inputs.whatsNew;
            const current = done.localizations.find((l) => l.attributes?.locale === wanted?.locale);
            if (wanted && (0,whats_new/* normalizeWhatsNew */.t7)(current?.attributes?.whatsNew ?? '') !== wanted.text) {
                log.warning(`What's New (${wanted.locale}) of version ${inputs.version} is not changed: the version is ${done.state}.`);
            }
        }
        else {
            plan.stage([
                planExportCompliance(client, build, inputs.usesNonExemptEncryption, log, inputs.submitForReview),
                planVersion(client, app, inputs, build, decision, slot),
            ].filter((change) => change !== undefined));
            plan.stage([
                inputs.whatsNew
                    ? planStoreWhatsNew(client, inputs.whatsNew, existing, slot, describe)
                    : undefined,
                inputs.phasedRelease ? planPhasedRelease(client, existing, slot, describe) : undefined,
            ].filter((change) => change !== undefined));
            if (inputs.submitForReview) {
                const draft = await readDraftSubmission(client, app, inputs.platform);
                submission = { id: draft?.id };
                const stages = planReviewSubmission(client, app, inputs.platform, draft, { id: () => versionId(slot), describe }, submission);
                for (const stage of stages)
                    plan.stage(stage);
            }
        }
        context.onFailureShow([(0,shared_plan/* planSection */.lA)(plan, false, dryRun)]);
        const applied = await (0,shared_plan/* applyPlan */.gj)(context, plan);
        const state = decision.kind === 'done'
            ? decision.version.state
            : applied && inputs.submitForReview
                ? 'WAITING_FOR_REVIEW'
                : (existing?.state ?? (applied ? 'PREPARE_FOR_SUBMISSION' : 'NOT_CREATED'));
        const alreadyInReview = decision.kind === 'done' && inReviewStates.includes(state);
        const releaseType = decision.kind === 'done'
            ? (decision.version.releaseType ?? inputs.releaseType)
            : inputs.releaseType;
        const earliestReleaseDate = decision.kind === 'done'
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
                title: `App Store version ${inputs.version} of ${app.name}: ${(0,step_summary/* readableState */.YO)(state)}`,
                sections: [
                    {
                        heading: `Version ${describe}`,
                        table: {
                            header: ['Version', 'Platform', 'Build', 'State', 'Release'],
                            rows: [
                                [
                                    inputs.version,
                                    (0,step_summary/* stateCell */._j)(inputs.platform),
                                    describeStoreBuild(build),
                                    (0,step_summary/* stateCell */._j)(state),
                                    earliestReleaseDate
                                        ? {
                                            text: `${(0,step_summary/* readableState */.YO)(releaseType)} (${earliestReleaseDate})`,
                                            title: releaseType,
                                        }
                                        : (0,step_summary/* stateCell */._j)(releaseType),
                                ],
                            ],
                        },
                    },
                    (0,shared_plan/* planSection */.lA)(plan, applied, dryRun),
                ],
            },
        };
    },
});
function describeStoreBuildReport(build) {
    return {
        id: build.id,
        number: build.number,
        version: build.version,
        usesNonExemptEncryption: build.usesNonExemptEncryption,
    };
}

;// CONCATENATED MODULE: ./src/operations/app-store/index.ts


const operations = [submitAppStore, releaseAppStore];


/***/ })

};
