export const id = 42;
export const ids = [42];
export const modules = {

/***/ 4689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ isEmail)
/* harmony export */ });
const maxEmailLength = 254;
/**
 * Pragmatic email check: one `@`, a non-empty local part, a domain with a dot and no empty labels,
 * no spaces, at most 254 characters. Characters that only appear in quoted local parts (and in
 * list punctuation) are refused, which catches "Name <email>" and list-splitting mistakes.
 */
function isEmail(text) {
    if (text.length > maxEmailLength || /[\s<>,;"()[\]\\]/.test(text))
        return false;
    const at = text.indexOf('@');
    if (at <= 0 || at !== text.lastIndexOf('@'))
        return false;
    return /^[^.]+(\.[^.]+)+$/.test(text.slice(at + 1));
}


/***/ }),

/***/ 1487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SX: () => (/* binding */ planReviewSubmission),
/* harmony export */   TR: () => (/* binding */ checkExportComplianceForReview),
/* harmony export */   Vp: () => (/* binding */ checkDemoAccount),
/* harmony export */   gN: () => (/* binding */ readReviewDetail),
/* harmony export */   oy: () => (/* binding */ planReviewDetailUpdate),
/* harmony export */   s7: () => (/* binding */ parseReviewDetailInputs),
/* harmony export */   x1: () => (/* binding */ hasReviewDetailInputs)
/* harmony export */ });
/* unused harmony exports reviewDetailChanges, findReviewSubmission */
/* harmony import */ var _asc_query_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2733);
/* harmony import */ var _input_formats_email_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4689);
/* harmony import */ var _input_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6236);
/* harmony import */ var _build_in_review_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4141);
/* harmony import */ var _resolve_build_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6283);





const reviewDetailInputNames = {
    contactFirstName: 'beta-review-contact-first-name',
    contactLastName: 'beta-review-contact-last-name',
    contactEmail: 'beta-review-contact-email',
    contactPhone: 'beta-review-contact-phone',
    demoAccountName: 'beta-review-demo-account-name',
    demoAccountPassword: 'beta-review-demo-account-password',
    demoAccountRequired: 'beta-review-demo-account-required',
    notes: 'beta-review-notes',
};
/** Fields never printed (the plan and the result show that they change, not their value). */
const secretFields = new Set(['demoAccountPassword']);
function parseReviewDetailInputs(inputs) {
    const details = {};
    const text = (field) => {
        const name = reviewDetailInputNames[field];
        const value = secretFields.has(field) ? inputs.secret(name) : inputs.optional(name);
        if (value !== undefined)
            details[field] = value;
    };
    text('contactFirstName');
    text('contactLastName');
    text('contactEmail');
    text('contactPhone');
    text('demoAccountName');
    text('demoAccountPassword');
    text('notes');
    const required = inputs.optionalBoolean(reviewDetailInputNames.demoAccountRequired);
    if (required !== undefined)
        details.demoAccountRequired = required;
    if (details.contactEmail !== undefined && !(0,_input_formats_email_js__WEBPACK_IMPORTED_MODULE_3__/* .isEmail */ .x)(details.contactEmail)) {
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(reviewDetailInputNames.contactEmail, `'${details.contactEmail}' is not an email address`);
    }
    if (details.contactPhone !== undefined && !/^\+?[\d\s().-]{5,}$/.test(details.contactPhone)) {
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(reviewDetailInputNames.contactPhone, `'${details.contactPhone}' is not a phone number (like +1 555 0100)`);
    }
    return details;
}
function hasReviewDetailInputs(details) {
    return Object.keys(details).length > 0;
}
async function readReviewDetail(client, app) {
    const document = await client.get(`/v1/apps/${app.id}/betaAppReviewDetail`);
    return document.data;
}
/** The fields whose wanted value differs from Apple's. */
function reviewDetailChanges(current, wanted) {
    const changes = {};
    const attributes = current.attributes ?? {};
    for (const [field, value] of Object.entries(wanted)) {
        if ((attributes[field] ?? undefined) !== value)
            changes[field] = value;
    }
    return changes;
}
/**
 * Checks that a demo account, when required, has a name and a password (given or already set):
 * Apple's reviewers could not sign in otherwise. Runs before any write.
 */
function checkDemoAccount(current, wanted) {
    const merged = { ...current.attributes, ...wanted };
    if (!merged.demoAccountRequired)
        return;
    if (!merged.demoAccountName) {
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(reviewDetailInputNames.demoAccountName, 'a demo account is required for beta review, but it has no name');
    }
    if (!merged.demoAccountPassword && wanted.demoAccountName !== undefined) {
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(reviewDetailInputNames.demoAccountPassword, 'a demo account is required for beta review, but it has no password');
    }
}
/** Plans the PATCH of only the review detail fields that differ; undefined when none do. */
function planReviewDetailUpdate(client, current, wanted) {
    const changes = reviewDetailChanges(current, wanted);
    const fields = Object.keys(changes);
    if (fields.length === 0)
        return undefined;
    const body = {
        data: { type: 'betaAppReviewDetails', id: current.id, attributes: changes },
    };
    return {
        kind: 'update',
        target: 'beta app review details',
        detail: fields
            .map((field) => secretFields.has(field) ? `${field}: ***` : `${field}: ${JSON.stringify(changes[field])}`)
            .join(', '),
        apply: async () => {
            await client.patch(`/v1/betaAppReviewDetails/${current.id}`, body);
        },
    };
}
/** The review submission of a build, if one exists (used to recover a create whose answer was lost). */
async function findReviewSubmission(client, buildId) {
    const document = await client.get(`/v1/betaAppReviewSubmissions${(0,_asc_query_js__WEBPACK_IMPORTED_MODULE_4__/* .toQueryString */ .z)({
        filter: { build: buildId },
        fields: { betaAppReviewSubmissions: ['betaReviewState', 'submittedDate', 'build'] },
        limit: 1,
    })}`);
    return document.data[0];
}
/** Plans submitting the build for beta review; undefined when a submission already exists. */
function planReviewSubmission(context, build, onSubmitted = () => undefined) {
    if (build.reviewSubmission)
        return undefined;
    const { client } = context;
    const body = {
        data: {
            type: 'betaAppReviewSubmissions',
            relationships: { build: { data: { type: 'builds', id: build.id } } },
        },
    };
    return {
        kind: 'submit',
        target: `build ${(0,_resolve_build_js__WEBPACK_IMPORTED_MODULE_2__/* .describeBuild */ .SY)(build)}`,
        detail: 'for beta app review',
        apply: async () => {
            // Apple refuses a just-processed build for a short while: waited out, not a failure.
            const document = await (0,_build_in_review_js__WEBPACK_IMPORTED_MODULE_1__/* .retryWhileBuildSettles */ .c_)(context, build, 'the review submission', () => client.post('/v1/betaAppReviewSubmissions', body, {
                recover: async () => {
                    const found = await findReviewSubmission(client, build.id);
                    return found ? { data: found } : undefined;
                },
            }));
            if (document)
                onSubmitted(document.data);
        },
    };
}
/** Refuses a submission Apple would refuse because export compliance is unanswered. */
function checkExportComplianceForReview(build, willSetEncryption) {
    if (build.usesNonExemptEncryption === null && !willSetEncryption && !build.reviewSubmission) {
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('uses-non-exempt-encryption', `build ${(0,_resolve_build_js__WEBPACK_IMPORTED_MODULE_2__/* .describeBuild */ .SY)(build)} has no export compliance answer, so it cannot be submitted for beta review; set uses-non-exempt-encryption to true or false`);
    }
}


/***/ }),

/***/ 4141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q7: () => (/* binding */ findBuildsInReview),
/* harmony export */   c_: () => (/* binding */ retryWhileBuildSettles),
/* harmony export */   cp: () => (/* binding */ planAutoNotify),
/* harmony export */   hQ: () => (/* binding */ checkBuildsInReview),
/* harmony export */   oe: () => (/* binding */ BuildInReviewError)
/* harmony export */ });
/* unused harmony exports REPLACE_INPUT, planExpireBuildsInReview, settlingDelaysMs, isSettlingRefusal */
/* harmony import */ var _asc_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9678);
/* harmony import */ var _asc_query_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2733);
/* harmony import */ var _resolve_build_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6283);



/**
 * Apple takes one build per version in beta review: while one is WAITING_FOR_REVIEW or IN_REVIEW,
 * submitting another build of the same version answers "Another build is in review." (422). The
 * action finds such a build before any write, and stops, or (with `replace-build-in-review`)
 * expires it first, as fastlane's `reject_build_waiting_for_review` does.
 */
const REPLACE_INPUT = 'replace-build-in-review';
/** The other unexpired builds of the build's version that are in beta review: one request. */
async function findBuildsInReview(client, app, build) {
    const document = await client.get('/v1/builds' +
        (0,_asc_query_js__WEBPACK_IMPORTED_MODULE_2__/* .toQueryString */ .z)({
            filter: {
                app: app.id,
                ...(build.version ? { 'preReleaseVersion.version': build.version } : {}),
                ...(build.platform ? { 'preReleaseVersion.platform': build.platform } : {}),
                'betaAppReviewSubmission.betaReviewState': 'WAITING_FOR_REVIEW,IN_REVIEW',
                expired: 'false',
            },
            fields: { builds: ['version'] },
            limit: 10,
        }));
    return document.data
        .filter((other) => other.id !== build.id && other.attributes?.version !== build.number)
        .map((other) => ({
        id: other.id,
        number: other.attributes?.version ?? '',
        version: build.version,
    }));
}
/** Stops the run before any write: another build of the version is in review. */
class BuildInReviewError extends Error {
    constructor(build, others) {
        const names = others.map(_resolve_build_js__WEBPACK_IMPORTED_MODULE_1__/* .describeBuild */ .SY).join(', ');
        super(`Build ${names} is already in beta review, and Apple takes one build per version ` +
            `("Another build is in review."), so build ${(0,_resolve_build_js__WEBPACK_IMPORTED_MODULE_1__/* .describeBuild */ .SY)(build)} cannot be submitted. ` +
            `Nothing was changed. Set ${REPLACE_INPUT}: true to expire ${names} and submit ${(0,_resolve_build_js__WEBPACK_IMPORTED_MODULE_1__/* .describeBuild */ .SY)(build)}, ` +
            'or wait until its review ends.');
        this.name = 'BuildInReviewError';
    }
}
/** Expires the builds in review (with `replace-build-in-review`), so that this one can be submitted. */
function planExpireBuildsInReview(client, others) {
    return others.map((other) => {
        const body = {
            data: { type: 'builds', id: other.id, attributes: { expired: true } },
        };
        return {
            kind: 'update',
            target: `build ${(0,_resolve_build_js__WEBPACK_IMPORTED_MODULE_1__/* .describeBuild */ .SY)(other)}`,
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
async function checkBuildsInReview(client, app, build, replace) {
    const others = await findBuildsInReview(client, app, build);
    if (others.length === 0)
        return [];
    if (!replace)
        throw new BuildInReviewError(build, others);
    return planExpireBuildsInReview(client, others);
}
/** Waits between the tries while Apple settles a just-processed build (scaled clock). */
const settlingDelaysMs = [5_000, 10_000, 20_000, 40_000, 60_000];
/**
 * Right after processing, Apple answers the build's beta detail with 404 and a beta review
 * submission with 422 "The build is not in a valid processing state for this operation." for a
 * short while. Such answers are waited out (bounded, with backoff, reported in the log).
 */
function isSettlingRefusal(error) {
    if (!(error instanceof _asc_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AscApiError */ .o))
        return false;
    if (error.status === 404)
        return /buildBetaDetail/.test(error.path);
    return (error.status === 422 &&
        error.errors.some((item) => /not in a valid processing state/i.test(item.detail ?? '')));
}
async function retryWhileBuildSettles(context, build, what, attempt) {
    for (let tries = 0;; tries++) {
        try {
            return await attempt();
        }
        catch (error) {
            const delay = settlingDelaysMs[tries];
            if (!isSettlingRefusal(error) || delay === undefined)
                throw error;
            context.log.info(`App Store Connect is still settling build ${(0,_resolve_build_js__WEBPACK_IMPORTED_MODULE_1__/* .describeBuild */ .SY)(build)} after processing (${error.status} on ${what}); trying again in ${delay / 1000} s.`);
            await context.sleep(delay);
        }
    }
}
/** Turns on the build's auto-notify: Apple notifies its testers once beta review approves it. */
function planAutoNotify(context, build) {
    const detailId = build.betaDetail?.id;
    if (!detailId)
        return undefined;
    const body = {
        data: { type: 'buildBetaDetails', id: detailId, attributes: { autoNotifyEnabled: true } },
    };
    return {
        kind: 'update',
        target: `build ${(0,_resolve_build_js__WEBPACK_IMPORTED_MODULE_1__/* .describeBuild */ .SY)(build)}`,
        detail: 'autoNotifyEnabled: true (Apple notifies its testers once beta review approves it)',
        apply: async () => {
            await retryWhileBuildSettles(context, build, 'its beta detail', () => context.client.patch(`/v1/buildBetaDetails/${encodeURIComponent(detailId)}`, body));
        },
    };
}


/***/ }),

/***/ 5089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cr: () => (/* binding */ buildSection),
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   JZ: () => (/* binding */ buildOutputs),
/* harmony export */   Qe: () => (/* binding */ stillProcessingOutcome),
/* harmony export */   Uy: () => (/* binding */ waitReport)
/* harmony export */ });
/* harmony import */ var _report_step_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9211);
/* harmony import */ var _resolve_build_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6283);


function buildReport(build) {
    const detail = build.betaDetail?.attributes;
    return {
        id: build.id,
        number: build.number,
        version: build.version,
        platform: build.platform,
        processingState: build.processingState,
        internalBuildState: detail?.internalBuildState ?? null,
        externalBuildState: detail?.externalBuildState ?? null,
        betaReviewState: build.reviewSubmission?.attributes?.betaReviewState ?? null,
        usesNonExemptEncryption: build.usesNonExemptEncryption,
        uploadedDate: build.uploadedDate,
    };
}
/** The convenience outputs every build operation sets. */
function buildOutputs(build) {
    const report = buildReport(build);
    return {
        'build-id': report.id,
        'build-number': report.number,
        version: report.version,
        'processing-state': report.processingState,
        'external-build-state': report.externalBuildState ?? undefined,
        'beta-review-state': report.betaReviewState ?? undefined,
    };
}
/**
 * The build's states, one per row (a row of six states was wider than a normal window): readable
 * names, Apple's raw ones as tooltips (and in `result`).
 */
function buildSection(build) {
    const report = buildReport(build);
    return {
        heading: `Build ${(0,_resolve_build_js__WEBPACK_IMPORTED_MODULE_1__/* .describeBuild */ .SY)(build)}`,
        table: {
            header: ['Stage', 'State'],
            rows: [
                ['Processing', (0,_report_step_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .stateCell */ ._j)(report.processingState)],
                ['Internal testing', (0,_report_step_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .stateCell */ ._j)(report.internalBuildState)],
                ['External testing', (0,_report_step_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .stateCell */ ._j)(report.externalBuildState)],
                ['Beta review', (0,_report_step_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .stateCell */ ._j)(report.betaReviewState)],
            ],
        },
    };
}
/** What `result` says of a wait for processing. */
function waitReport(waited) {
    return {
        waitedSeconds: Math.round(waited.waitedMs / 1000),
        polls: waited.polls,
        timedOut: waited.timedOut,
    };
}
/**
 * The outcome of an operation whose build was still processing when the wait ran out and which
 * was told to succeed then (`wait-timeout-behavior: succeed`): the same for every operation.
 */
function stillProcessingOutcome(app, waited, extra = {}) {
    const { build } = waited;
    return {
        result: {
            app,
            build: buildReport(build),
            wait: waitReport(waited),
            ...extra.result,
            plan: [],
            applied: false,
        },
        outputs: { ...buildOutputs(build), ...extra.outputs },
        summary: {
            title: `Build ${(0,_resolve_build_js__WEBPACK_IMPORTED_MODULE_1__/* .describeBuild */ .SY)(build)} of ${app.name} is still processing`,
            sections: [
                buildSection(build),
                { lines: ['Nothing was changed: run again once the build is processed.'] },
            ],
        },
    };
}


/***/ }),

/***/ 2412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ planExportCompliance)
/* harmony export */ });
/* harmony import */ var _resolve_build_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6283);

/**
 * Answers export compliance (`usesNonExemptEncryption`) when the build has no answer yet and the
 * input gives one. An existing answer is left as it is: Apple fixes it once given. A build without
 * an answer cannot reach testers, which is said as a warning when the input is absent.
 */
function planExportCompliance(client, log, build, usesNonExemptEncryption) {
    const current = build.usesNonExemptEncryption;
    if (current !== null) {
        if (usesNonExemptEncryption !== undefined && usesNonExemptEncryption !== current) {
            log.warning(`Build ${(0,_resolve_build_js__WEBPACK_IMPORTED_MODULE_0__/* .describeBuild */ .SY)(build)} already declares usesNonExemptEncryption: ${current}; the input uses-non-exempt-encryption: ${usesNonExemptEncryption} is ignored (Apple does not change an answered build).`);
        }
        return { state: 'set' };
    }
    if (usesNonExemptEncryption === undefined) {
        log.warning(`Build ${(0,_resolve_build_js__WEBPACK_IMPORTED_MODULE_0__/* .describeBuild */ .SY)(build)} is missing export compliance: testers cannot install it until it is answered. Set the input uses-non-exempt-encryption (true or false), add ITSAppUsesNonExemptEncryption to Info.plist, or answer it in App Store Connect.`);
        return { state: 'missing' };
    }
    const body = {
        data: { type: 'builds', id: build.id, attributes: { usesNonExemptEncryption } },
    };
    return {
        state: 'will-be-set',
        change: {
            kind: 'update',
            target: `build ${(0,_resolve_build_js__WEBPACK_IMPORTED_MODULE_0__/* .describeBuild */ .SY)(build)}`,
            detail: `usesNonExemptEncryption: ${usesNonExemptEncryption}`,
            apply: async () => {
                await client.patch(`/v1/builds/${build.id}`, body);
            },
        },
    };
}


/***/ }),

/***/ 4883:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _n: () => (/* binding */ pickGroupsByName),
/* harmony export */   bq: () => (/* binding */ resolveGroups),
/* harmony export */   h$: () => (/* binding */ listBetaGroups)
/* harmony export */ });
/* harmony import */ var _asc_pagination_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3105);
/* harmony import */ var _input_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6236);


const groupFields = [
    'name',
    'createdDate',
    'isInternalGroup',
    'hasAccessToAllBuilds',
    'publicLinkEnabled',
    'publicLinkId',
    'publicLinkLimitEnabled',
    'publicLinkLimit',
    'publicLink',
    'feedbackEnabled',
];
/** Every beta group of the app, oldest first. */
async function listBetaGroups(client, app) {
    const { data } = await (0,_asc_pagination_js__WEBPACK_IMPORTED_MODULE_1__/* .collectAll */ ._U)(client, '/v1/betaGroups', {
        filter: { app: app.id },
        fields: { betaGroups: groupFields },
    });
    return data;
}
/**
 * Picks the groups named in `names` by exact name. An unknown name is an input error that lists the
 * groups that exist, so a typo is caught before anything is written.
 */
function pickGroupsByName(groups, names, app) {
    const picked = [];
    const missing = [];
    for (const name of new Set(names)) {
        const group = groups.find((candidate) => candidate.attributes?.name === name);
        if (group)
            picked.push(group);
        else
            missing.push(name);
    }
    if (missing.length > 0) {
        const existing = groups.map((group) => `'${group.attributes?.name ?? group.id}'`);
        const suggestions = missing
            .map((name) => groups.find((g) => g.attributes?.name?.toLowerCase() === name.toLowerCase()))
            .filter((group) => group !== undefined)
            .map((group) => `'${group.attributes?.name}'`);
        const didYouMean = suggestions.length > 0 ? ` (did you mean ${suggestions.join(', ')}?)` : '';
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('group', `no beta group named ${missing.map((n) => `'${n}'`).join(', ')} in ${app.bundleId || app.id}${didYouMean}; its groups are ${existing.join(', ') || '(none)'}`);
    }
    return picked;
}
async function resolveGroups(client, app, names) {
    return pickGroupsByName(await listBetaGroups(client, app), names, app);
}


/***/ }),

/***/ 3287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G4: () => (/* binding */ assertProcessedSuccessfully),
/* harmony export */   Gr: () => (/* binding */ waitCheckLine),
/* harmony export */   KO: () => (/* binding */ pollDelays),
/* harmony export */   cG: () => (/* binding */ parseProcessingWait),
/* harmony export */   dp: () => (/* binding */ formatMinutes),
/* harmony export */   ik: () => (/* binding */ waitUntilProcessed),
/* harmony export */   qE: () => (/* binding */ waitForProcessing)
/* harmony export */ });
/* unused harmony exports pollIntervals, ProcessingTimeoutError */
/* harmony import */ var _resolve_build_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6283);

/** Polling starts every 15 s and backs off to once a minute. */
const pollIntervals = { firstMs: 15_000, maxMs: 60_000, factor: 1.5 };
function parseProcessingWait(inputs) {
    return {
        enabled: inputs.boolean('wait-for-processing', true),
        timeoutMinutes: inputs.integer('processing-timeout-minutes', 30, { min: 1, max: 360 }),
        onTimeout: inputs.choice('wait-timeout-behavior', ['fail', 'succeed'], 'fail'),
    };
}
/** The waits between polls, in order, until their sum reaches the budget. */
function pollDelays(budgetMs) {
    const delays = [];
    let next = pollIntervals.firstMs;
    let total = 0;
    while (total < budgetMs) {
        const delay = Math.min(next, budgetMs - total);
        delays.push(delay);
        total += delay;
        next = Math.min(next * pollIntervals.factor, pollIntervals.maxMs);
    }
    return delays;
}
class ProcessingTimeoutError extends Error {
    build;
    constructor(build, minutes) {
        super(`Build ${(0,_resolve_build_js__WEBPACK_IMPORTED_MODULE_0__/* .describeBuild */ .SY)(build)} is still ${build.processingState} after ${minutes} minute(s) of waiting; ` +
            'run again later, raise processing-timeout-minutes, or set wait-timeout-behavior: succeed');
        this.build = build;
        this.name = 'ProcessingTimeoutError';
    }
}
/**
 * Waits while the build is PROCESSING, re-reading it with a backoff from 15 s to 60 s. The budget
 * counts the waits themselves (scaled by the time scale through `context.sleep`), so it is the
 * same in tests that do not wait. Returns at once for a build that is not processing.
 */
async function waitForProcessing(context, build, wait) {
    let current = build;
    let waitedMs = 0;
    let polls = 0;
    if (current.processingState !== 'PROCESSING') {
        return { build: current, timedOut: false, waitedMs, polls };
    }
    context.log.info(`Build ${(0,_resolve_build_js__WEBPACK_IMPORTED_MODULE_0__/* .describeBuild */ .SY)(current)} is PROCESSING; waiting up to ${wait.timeoutMinutes} minute(s).`);
    const budgetMs = wait.timeoutMinutes * 60_000;
    for (const delay of pollDelays(budgetMs)) {
        await context.sleep(delay);
        waitedMs += delay;
        polls++;
        current = await (0,_resolve_build_js__WEBPACK_IMPORTED_MODULE_0__/* .readBuild */ .lT)(context.client, current.id);
        if (current.processingState !== 'PROCESSING') {
            context.log.info(`Build ${(0,_resolve_build_js__WEBPACK_IMPORTED_MODULE_0__/* .describeBuild */ .SY)(current)} is ${current.processingState} after ${formatMinutes(waitedMs)}.`);
            return { build: current, timedOut: false, waitedMs, polls };
        }
        context.log.info(waitCheckLine(`Build ${(0,_resolve_build_js__WEBPACK_IMPORTED_MODULE_0__/* .describeBuild */ .SY)(current)}`, current.processingState, waitedMs, budgetMs));
    }
    if (wait.onTimeout === 'fail')
        throw new ProcessingTimeoutError(current, wait.timeoutMinutes);
    context.log.warning(`Build ${(0,_resolve_build_js__WEBPACK_IMPORTED_MODULE_0__/* .describeBuild */ .SY)(current)} is still PROCESSING after ${wait.timeoutMinutes} minute(s); ` +
        'succeeding as wait-timeout-behavior: succeed asks. Run again later to finish.');
    return { build: current, timedOut: true, waitedMs, polls };
}
function formatMinutes(ms) {
    return ms < 60_000 ? `${Math.round(ms / 1000)} s` : `${(ms / 60_000).toFixed(1)} min`;
}
/**
 * The line printed at every check of a long wait, in the normal log, so that a 30-minute wait is
 * not 30 silent minutes: `Build 1.2 (45): PROCESSING after 45 s; up to 29.3 min left.`
 */
function waitCheckLine(subject, state, waitedMs, budgetMs) {
    const left = Math.max(0, budgetMs - waitedMs);
    return `${subject}: ${state} after ${formatMinutes(waitedMs)} of waiting; up to ${formatMinutes(left)} left.`;
}
/** Processing ended badly: nothing can be done with the build. */
function assertProcessedSuccessfully(build) {
    if (build.processingState === 'FAILED' || build.processingState === 'INVALID') {
        throw new Error(`Build ${(0,_resolve_build_js__WEBPACK_IMPORTED_MODULE_0__/* .describeBuild */ .SY)(build)} is ${build.processingState}: Apple could not process it, so it cannot be tested; upload a new build`);
    }
}
/**
 * The waiting step of the operations that write to a build: fails for a build Apple could not
 * process, waits (unless told not to) for one still processing, and does not wait in a dry run,
 * which plans against the build as it is.
 */
async function waitUntilProcessed(context, build, wait) {
    assertProcessedSuccessfully(build);
    const unchanged = { build, timedOut: false, waitedMs: 0, polls: 0 };
    if (build.processingState !== 'PROCESSING')
        return unchanged;
    if (context.dryRun) {
        context.log.info(`Build ${(0,_resolve_build_js__WEBPACK_IMPORTED_MODULE_0__/* .describeBuild */ .SY)(build)} is PROCESSING; a real run would wait for it (dry-run does not wait).`);
        return unchanged;
    }
    if (!wait.enabled) {
        throw new Error(`Build ${(0,_resolve_build_js__WEBPACK_IMPORTED_MODULE_0__/* .describeBuild */ .SY)(build)} is still PROCESSING and wait-for-processing is false; run again once it is processed, or set wait-for-processing: true`);
    }
    const outcome = await waitForProcessing(context, build, wait);
    assertProcessedSuccessfully(outcome.build);
    return outcome;
}


/***/ }),

/***/ 42:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ distribute)
/* harmony export */ });
/* unused harmony export classifyGroups */
/* harmony import */ var _input_reader_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8915);
/* harmony import */ var _report_step_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9211);
/* harmony import */ var _operation_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2899);
/* harmony import */ var _shared_beta_review_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1487);
/* harmony import */ var _shared_build_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5089);
/* harmony import */ var _shared_build_in_review_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4141);
/* harmony import */ var _shared_export_compliance_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2412);
/* harmony import */ var _shared_plan_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(5099);
/* harmony import */ var _shared_read_together_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(2003);
/* harmony import */ var _shared_resolve_app_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4224);
/* harmony import */ var _shared_resolve_build_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6283);
/* harmony import */ var _shared_resolve_groups_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4883);
/* harmony import */ var _shared_wait_for_processing_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3287);
/* harmony import */ var _shared_whats_new_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(104);














function classifyGroups(build, groups) {
    return groups.map((group) => {
        const a = group.attributes ?? {};
        const internal = a.isInternalGroup ?? false;
        const change = build.groupIds.includes(group.id)
            ? 'already-added'
            : internal && a.hasAccessToAllBuilds
                ? 'all-builds'
                : 'add';
        return {
            id: group.id,
            name: a.name ?? group.id,
            internal,
            change,
            publicLink: a.publicLinkEnabled ? (a.publicLink ?? null) : null,
        };
    });
}
const groupChangeText = {
    add: 'build added',
    'already-added': 'already had the build',
    'all-builds': 'has every build (internal)',
};
function planGroupLink(client, build, groups) {
    const adding = groups.filter((group) => group.change === 'add');
    if (adding.length === 0)
        return undefined;
    const body = {
        data: adding.map((group) => ({ type: 'betaGroups', id: group.id })),
    };
    return {
        kind: 'link',
        target: `build ${(0,_shared_resolve_build_js__WEBPACK_IMPORTED_MODULE_7__/* .describeBuild */ .SY)(build)}`,
        detail: `to groups ${adding.map((group) => group.name).join(', ')}`,
        apply: async () => {
            await client.post(`/v1/builds/${build.id}/relationships/betaGroups`, body);
        },
    };
}
/**
 * Notifies testers of the build. Apple offers no way to read notifications back, so a create whose
 * answer was lost cannot be checked: it is sent again (recover answers "not found"). At worst a
 * tester gets the email twice; never not at all.
 */
async function sendNotification(client, build) {
    const body = {
        data: {
            type: 'buildBetaNotifications',
            relationships: { build: { data: { type: 'builds', id: build.id } } },
        },
    };
    await client.post('/v1/buildBetaNotifications', body, { recover: async () => undefined });
}
function planNotification(client, build) {
    return {
        kind: 'notify',
        target: `testers of build ${(0,_shared_resolve_build_js__WEBPACK_IMPORTED_MODULE_7__/* .describeBuild */ .SY)(build)}`,
        apply: () => sendNotification(client, build),
    };
}
/**
 * For external testers of a build beta review has not approved yet, a notification now reaches
 * nobody: the build's auto-notify is turned on instead, so that Apple notifies them on approval
 * (as fastlane does). A build approved at once by the submission of this run (a later build of an
 * approved version) is notified directly.
 */
function planNotificationOnApproval(context, build, approvedNow) {
    const autoNotify = (0,_shared_build_in_review_js__WEBPACK_IMPORTED_MODULE_4__/* .planAutoNotify */ .cp)(context, build);
    if (!autoNotify)
        return undefined;
    return {
        kind: 'notify',
        target: `testers of build ${(0,_shared_resolve_build_js__WEBPACK_IMPORTED_MODULE_7__/* .describeBuild */ .SY)(build)}`,
        detail: 'when beta review approves it (autoNotifyEnabled: true)',
        apply: async () => {
            if (approvedNow())
                await sendNotification(context.client, build);
            else
                await autoNotify.apply();
        },
    };
}
const distribute = (0,_operation_js__WEBPACK_IMPORTED_MODULE_11__/* .defineOperation */ .h)({
    name: 'distribute',
    parse(inputs) {
        const groups = inputs.list('group');
        const parsed = {
            app: (0,_shared_resolve_app_js__WEBPACK_IMPORTED_MODULE_6__/* .parseAppInput */ .R)(inputs),
            build: (0,_shared_resolve_build_js__WEBPACK_IMPORTED_MODULE_7__/* .parseBuildSelector */ .H3)(inputs),
            groups,
            wait: (0,_shared_wait_for_processing_js__WEBPACK_IMPORTED_MODULE_9__/* .parseProcessingWait */ .cG)(inputs),
            whatsNew: (0,_shared_whats_new_js__WEBPACK_IMPORTED_MODULE_10__/* .parseWhatsNew */ .Ms)(inputs),
            usesNonExemptEncryption: inputs.optionalBoolean('uses-non-exempt-encryption'),
            submitBetaReview: inputs.boolean('submit-beta-review', false),
            notifyTesters: inputs.boolean('notify-testers', false),
            replaceBuildInReview: inputs.boolean('replace-build-in-review', false),
            reviewDetails: (0,_shared_beta_review_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReviewDetailInputs */ .s7)(inputs),
        };
        if (groups.length === 0) {
            throw _input_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .InputReader */ .i.empty('group', 'it names the beta group(s) to distribute to');
        }
        return parsed;
    },
    async run(context, inputs) {
        const { client, log, dryRun } = context;
        for (const note of inputs.whatsNew?.notes ?? [])
            log.info(note);
        for (const warning of inputs.whatsNew?.warnings ?? [])
            log.warning(warning);
        const app = await (0,_shared_resolve_app_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveApp */ .A)(client, inputs.app);
        const [found, groups, reviewDetail] = await (0,_shared_read_together_js__WEBPACK_IMPORTED_MODULE_12__/* .readTogether */ .V)([
            (0,_shared_resolve_build_js__WEBPACK_IMPORTED_MODULE_7__/* .resolveBuild */ .hU)(client, app, inputs.build),
            (0,_shared_resolve_groups_js__WEBPACK_IMPORTED_MODULE_8__/* .resolveGroups */ .bq)(client, app, inputs.groups),
            (0,_shared_beta_review_js__WEBPACK_IMPORTED_MODULE_2__/* .hasReviewDetailInputs */ .x1)(inputs.reviewDetails) ? (0,_shared_beta_review_js__WEBPACK_IMPORTED_MODULE_2__/* .readReviewDetail */ .gN)(client, app) : undefined,
        ]);
        if (reviewDetail)
            (0,_shared_beta_review_js__WEBPACK_IMPORTED_MODULE_2__/* .checkDemoAccount */ .Vp)(reviewDetail, inputs.reviewDetails);
        log.info(`Build ${(0,_shared_resolve_build_js__WEBPACK_IMPORTED_MODULE_7__/* .describeBuild */ .SY)(found)}: ${found.processingState}`);
        const waited = await (0,_shared_wait_for_processing_js__WEBPACK_IMPORTED_MODULE_9__/* .waitUntilProcessed */ .ik)(context, found, inputs.wait);
        let build = waited.build;
        const distribution = classifyGroups(build, groups);
        for (const group of groups) {
            const a = group.attributes ?? {};
            if (a.isInternalGroup && (a.hasAccessToAllBuilds ?? null) === null) {
                // Unknown is not "no": say so instead of deciding silently.
                context.log.warning(`Apple did not say whether internal group '${a.name ?? group.id}' gets every build; the build is added to it.`);
            }
        }
        if (waited.timedOut) {
            return (0,_shared_build_report_js__WEBPACK_IMPORTED_MODULE_3__/* .stillProcessingOutcome */ .Qe)(app, waited, {
                result: { groups: distribution },
                outputs: { 'group-ids': groups.map((group) => group.id) },
            });
        }
        const externalGroups = distribution.filter((group) => !group.internal);
        const submit = inputs.submitBetaReview && externalGroups.length > 0;
        if (inputs.submitBetaReview && externalGroups.length === 0) {
            log.info('submit-beta-review: none of the groups is external, so there is nothing to submit.');
        }
        const compliance = (0,_shared_export_compliance_js__WEBPACK_IMPORTED_MODULE_5__/* .planExportCompliance */ .l)(client, log, build, inputs.usesNonExemptEncryption);
        if (submit)
            (0,_shared_beta_review_js__WEBPACK_IMPORTED_MODULE_2__/* .checkExportComplianceForReview */ .TR)(build, compliance.change !== undefined);
        if (!submit && externalGroups.length > 0 && !build.reviewSubmission) {
            log.warning(`External groups (${externalGroups.map((g) => g.name).join(', ')}) see the build only after it passes beta app review; set submit-beta-review: true to submit it.`);
        }
        const whatsNew = inputs.whatsNew ? (0,_shared_whats_new_js__WEBPACK_IMPORTED_MODULE_10__/* .planWhatsNew */ .bX)(client, build, inputs.whatsNew) : undefined;
        const reviewDetailChange = reviewDetail
            ? (0,_shared_beta_review_js__WEBPACK_IMPORTED_MODULE_2__/* .planReviewDetailUpdate */ .oy)(client, reviewDetail, inputs.reviewDetails)
            : undefined;
        const link = planGroupLink(client, build, distribution);
        let submittedState;
        const submission = submit
            ? (0,_shared_beta_review_js__WEBPACK_IMPORTED_MODULE_2__/* .planReviewSubmission */ .SX)(context, build, (s) => {
                submittedState = s.attributes?.betaReviewState;
            })
            : undefined;
        // Apple takes one build per version in beta review: found before any write.
        const expirations = submission
            ? await (0,_shared_build_in_review_js__WEBPACK_IMPORTED_MODULE_4__/* .checkBuildsInReview */ .hQ)(client, app, build, inputs.replaceBuildInReview)
            : [];
        const autoNotify = build.betaDetail?.attributes?.autoNotifyEnabled ?? false;
        if (inputs.notifyTesters && autoNotify) {
            log.info('notify-testers: App Store Connect notifies testers itself (auto-notify is on).');
        }
        const notify = inputs.notifyTesters && !autoNotify && link !== undefined;
        const approved = build.reviewSubmission?.attributes?.betaReviewState === 'APPROVED';
        const externalAdded = distribution.some((group) => !group.internal && group.change === 'add');
        const onApproval = notify && externalAdded && !approved
            ? planNotificationOnApproval(context, build, () => submittedState === 'APPROVED')
            : undefined;
        if (onApproval) {
            log.info(`notify-testers: build ${(0,_shared_resolve_build_js__WEBPACK_IMPORTED_MODULE_7__/* .describeBuild */ .SY)(build)} is not approved by beta review yet, so a notification now would reach no external tester; its auto-notify is turned on and App Store Connect notifies the testers once it is approved.`);
        }
        const notification = notify ? (onApproval ?? planNotification(client, build)) : undefined;
        // Groups take the build before it goes into review (they can't while it is in review).
        const plan = new _shared_plan_js__WEBPACK_IMPORTED_MODULE_13__/* .Plan */ .cw()
            .stage([compliance.change, whatsNew?.change, reviewDetailChange].filter((change) => change !== undefined))
            .step(link)
            .stage(expirations)
            .step(submission)
            .step(notification);
        const applied = await (0,_shared_plan_js__WEBPACK_IMPORTED_MODULE_13__/* .applyPlan */ .gj)(context, plan);
        if (applied)
            build = await (0,_shared_resolve_build_js__WEBPACK_IMPORTED_MODULE_7__/* .readBuild */ .lT)(client, build.id);
        const report = (0,_shared_build_report_js__WEBPACK_IMPORTED_MODULE_3__/* .buildReport */ .FK)(build);
        const betaReviewState = report.betaReviewState ?? submittedState ?? null;
        return {
            result: {
                app,
                build: report,
                groups: distribution,
                whatsNew: whatsNew ? { locale: whatsNew.locale, change: whatsNew.state } : null,
                exportCompliance: compliance.state,
                betaReview: {
                    requested: inputs.submitBetaReview,
                    submitted: submission !== undefined && applied,
                    state: betaReviewState,
                },
                notified: notification !== undefined && applied,
                notifiedOnApproval: onApproval !== undefined && applied && submittedState !== 'APPROVED',
                replacedBuildsInReview: expirations.map((change) => change.target),
                wait: (0,_shared_build_report_js__WEBPACK_IMPORTED_MODULE_3__/* .waitReport */ .Uy)(waited),
                plan: plan.records(),
                applied,
            },
            outputs: {
                ...(0,_shared_build_report_js__WEBPACK_IMPORTED_MODULE_3__/* .buildOutputs */ .JZ)(build),
                'beta-review-state': betaReviewState ?? undefined,
                'group-ids': groups.map((group) => group.id),
            },
            summary: {
                title: `${dryRun ? 'Dry run: distribute' : 'Distributed'} build ${(0,_shared_resolve_build_js__WEBPACK_IMPORTED_MODULE_7__/* .describeBuild */ .SY)(build)} of ${app.name}`,
                sections: [
                    (0,_shared_build_report_js__WEBPACK_IMPORTED_MODULE_3__/* .buildSection */ .Cr)(build),
                    {
                        heading: 'Groups',
                        table: {
                            header: ['Group', 'Type', 'Change', 'Public link'],
                            rows: distribution.map((group) => [
                                group.name,
                                group.internal ? 'internal' : 'external',
                                group.change === 'add' && !applied
                                    ? `build to be added${dryRun ? ' (dry run)' : ''}`
                                    : groupChangeText[group.change],
                                (0,_report_step_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .linkCell */ .Zi)(group.publicLink ?? '—', group.publicLink),
                            ]),
                        },
                    },
                    {
                        heading: 'Beta app review',
                        lines: [
                            betaReviewState
                                ? `Review state: ${(0,_report_step_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .readableState */ .YO)(betaReviewState)} (${betaReviewState})`
                                : submission
                                    ? 'To be submitted (dry run).'
                                    : 'Not submitted.',
                        ],
                    },
                    (0,_shared_plan_js__WEBPACK_IMPORTED_MODULE_13__/* .planSection */ .lA)(plan, applied, dryRun),
                ],
            },
        };
    },
});


/***/ })

};
