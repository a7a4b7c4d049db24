export const id = 42;
export const ids = [42];
export const modules = {

/***/ 5086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dl: () => (/* binding */ relatedId),
/* harmony export */   d$: () => (/* binding */ IncludedIndex),
/* harmony export */   qj: () => (/* binding */ relatedIds)
/* harmony export */ });
/** The JSON:API envelope App Store Connect uses for every document. */
/** Looks up `included` resources by type and id, and follows relationships through them. */
class IncludedIndex {
    byKey = new Map();
    constructor(included = []) {
        this.add(included);
    }
    add(included) {
        for (const resource of included)
            this.byKey.set(`${resource.type}/${resource.id}`, resource);
    }
    get(identifier) {
        if (!identifier)
            return undefined;
        return this.byKey.get(`${identifier.type}/${identifier.id}`);
    }
    /** The resource a to-one relationship points at, when it was included. */
    one(resource, relationship) {
        const data = resource.relationships?.[relationship]?.data;
        return Array.isArray(data) ? undefined : this.get(data);
    }
    /** The included resources a to-many relationship points at. */
    many(resource, relationship) {
        const data = resource.relationships?.[relationship]?.data;
        if (!Array.isArray(data))
            return [];
        return data.map((identifier) => this.get(identifier)).filter((r) => r !== undefined);
    }
}
/** The id a to-one relationship points at (present when the relationship was included or requested). */
function relatedId(resource, relationship) {
    const data = resource.relationships?.[relationship]?.data;
    return data && !Array.isArray(data) ? data.id : undefined;
}
/** The ids a to-many relationship points at. */
function relatedIds(resource, relationship) {
    const data = resource.relationships?.[relationship]?.data;
    return Array.isArray(data) ? data.map((identifier) => identifier.id) : [];
}


/***/ }),

/***/ 3105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nt: () => (/* binding */ maxPageSize),
/* harmony export */   _U: () => (/* binding */ collectAll)
/* harmony export */ });
/* unused harmony export paginate */
/* harmony import */ var _json_api_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5086);
/* harmony import */ var _query_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2733);


/** Apple's largest page. */
const maxPageSize = 200;
/** Yields every page of a list, following `links.next` until there is none. */
async function* paginate(client, path, query = {}) {
    let target = path + (0,_query_js__WEBPACK_IMPORTED_MODULE_0__/* .toQueryString */ .z)({ limit: maxPageSize, ...query });
    const seen = new Set();
    while (target) {
        if (seen.has(target))
            throw new Error(`pagination loop: ${target} was already read`);
        seen.add(target);
        const page = await client.get(target);
        yield page;
        target = page.links?.next;
    }
}
/** Reads every page of a list; `until` stops early once it returns true for a page's items. */
async function collectAll(client, path, query = {}, until) {
    const data = [];
    const included = new _json_api_js__WEBPACK_IMPORTED_MODULE_1__/* .IncludedIndex */ .d$();
    let total;
    for await (const page of paginate(client, path, query)) {
        data.push(...page.data);
        included.add(page.included ?? []);
        total ??= page.meta?.paging.total;
        if (until?.(page.data))
            break;
    }
    return { data, included, total };
}


/***/ }),

/***/ 2733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ toQueryString)
/* harmony export */ });
/* unused harmony export toQueryPairs */
/** Builds App Store Connect query strings: `filter[...]`, `fields[...]`, `include`, `sort`, `limit`. */
function formatValue(value) {
    return Array.isArray(value) ? value.join(',') : String(value);
}
/** Percent-encodes a value but keeps the commas that separate list items readable. */
function encodeValue(value) {
    return encodeURIComponent(value).replace(/%2C/gi, ',');
}
/** Keeps the brackets of `filter[email]` literal, as App Store Connect documents them. */
function encodeName(name) {
    return encodeURIComponent(name).replace(/%5B/gi, '[').replace(/%5D/gi, ']');
}
function toQueryPairs(query = {}) {
    const pairs = [];
    const push = (name, value) => {
        if (value === undefined)
            return;
        if (Array.isArray(value) && value.length === 0)
            return;
        pairs.push([name, formatValue(value)]);
    };
    for (const [name, value] of Object.entries(query.filter ?? {}))
        push(`filter[${name}]`, value);
    for (const [type, names] of Object.entries(query.fields ?? {}))
        push(`fields[${type}]`, names);
    push('include', query.include);
    push('sort', query.sort);
    push('limit', query.limit);
    for (const [relationship, limit] of Object.entries(query.limits ?? {})) {
        push(`limit[${relationship}]`, limit);
    }
    for (const [name, value] of Object.entries(query.extra ?? {}))
        push(name, value);
    return pairs;
}
function toQueryString(query = {}) {
    const pairs = toQueryPairs(query);
    if (pairs.length === 0)
        return '';
    return '?' + pairs.map(([name, value]) => `${encodeName(name)}=${encodeValue(value)}`).join('&');
}


/***/ }),

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

/***/ 2899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ defineOperation)
/* harmony export */ });
function defineOperation(operation) {
    return operation;
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
/* harmony import */ var _asc_query_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2733);
/* harmony import */ var _input_formats_email_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4689);
/* harmony import */ var _input_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6236);
/* harmony import */ var _resolve_build_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6283);




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
    if (details.contactEmail !== undefined && !(0,_input_formats_email_js__WEBPACK_IMPORTED_MODULE_2__/* .isEmail */ .x)(details.contactEmail)) {
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
    const document = await client.get(`/v1/betaAppReviewSubmissions${(0,_asc_query_js__WEBPACK_IMPORTED_MODULE_3__/* .toQueryString */ .z)({
        filter: { build: buildId },
        fields: { betaAppReviewSubmissions: ['betaReviewState', 'submittedDate', 'build'] },
        limit: 1,
    })}`);
    return document.data[0];
}
/** Plans submitting the build for beta review; undefined when a submission already exists. */
function planReviewSubmission(client, build, onSubmitted = () => undefined) {
    if (build.reviewSubmission)
        return undefined;
    const body = {
        data: {
            type: 'betaAppReviewSubmissions',
            relationships: { build: { data: { type: 'builds', id: build.id } } },
        },
    };
    return {
        kind: 'submit',
        target: `build ${(0,_resolve_build_js__WEBPACK_IMPORTED_MODULE_1__/* .describeBuild */ .SY)(build)}`,
        detail: 'for beta app review',
        apply: async () => {
            const document = await client.post('/v1/betaAppReviewSubmissions', body, {
                recover: async () => {
                    const found = await findReviewSubmission(client, build.id);
                    return found ? { data: found } : undefined;
                },
            });
            if (document)
                onSubmitted(document.data);
        },
    };
}
/** Refuses a submission Apple would refuse because export compliance is unanswered. */
function checkExportComplianceForReview(build, willSetEncryption) {
    if (build.usesNonExemptEncryption === null && !willSetEncryption && !build.reviewSubmission) {
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('uses-non-exempt-encryption', `build ${(0,_resolve_build_js__WEBPACK_IMPORTED_MODULE_1__/* .describeBuild */ .SY)(build)} has no export compliance answer, so it cannot be submitted for beta review; set uses-non-exempt-encryption to true or false`);
    }
}


/***/ }),

/***/ 5089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cr: () => (/* binding */ buildSection),
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   JZ: () => (/* binding */ buildOutputs)
/* harmony export */ });
/* harmony import */ var _resolve_build_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6283);

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
/** A one-row table of the build: number, version and its states. */
function buildSection(build) {
    const report = buildReport(build);
    return {
        heading: `Build ${(0,_resolve_build_js__WEBPACK_IMPORTED_MODULE_0__/* .describeBuild */ .SY)(build)}`,
        table: {
            header: ['Build', 'Version', 'Processing', 'Internal testing', 'External testing', 'Review'],
            rows: [
                [
                    report.number,
                    report.version,
                    report.processingState,
                    report.internalBuildState ?? '—',
                    report.externalBuildState ?? '—',
                    report.betaReviewState ?? '—',
                ],
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

/***/ 5099:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cw: () => (/* binding */ Plan),
/* harmony export */   gj: () => (/* binding */ applyPlan),
/* harmony export */   lA: () => (/* binding */ planSection)
/* harmony export */ });
/* unused harmony export describeChange */
/* harmony import */ var _asc_concurrency_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5638);

/**
 * The writes of one run, in stages: the changes of a stage are independent of each other and run
 * concurrently; a stage starts when the one before it is done (create a group, then link testers).
 */
class Plan {
    stages = [];
    /** Adds changes as a new stage (nothing is added for an empty list). */
    stage(changes) {
        if (changes.length > 0)
            this.stages.push(changes);
        return this;
    }
    /** Adds one change as a stage of its own. */
    step(change) {
        return change ? this.stage([change]) : this;
    }
    get changes() {
        return this.stages.flat();
    }
    get isEmpty() {
        return this.stages.length === 0;
    }
    records() {
        return this.changes.map(({ kind, target, detail }) => ({
            kind,
            target,
            ...(detail ? { detail } : {}),
        }));
    }
    /** Counts per kind, e.g. { create: 3, link: 1 }. */
    counts() {
        const counts = {};
        for (const change of this.changes)
            counts[change.kind] = (counts[change.kind] ?? 0) + 1;
        return counts;
    }
    /** The stages, for `applyPlan`. */
    get orderedStages() {
        return this.stages;
    }
}
function describeChange(change) {
    return `${change.kind} ${change.target}${change.detail ? ` ${change.detail}` : ''}`;
}
/**
 * Prints the plan and, unless this is a dry run, applies it stage by stage with the client's
 * concurrency. Each applied change is reported through `context.done`, so that a failure can say
 * what had already been done. Returns whether the plan was applied.
 */
async function applyPlan(context, plan) {
    const { log } = context;
    if (plan.isEmpty) {
        log.info('Plan: nothing to change; everything is already as asked.');
        return false;
    }
    await log.group(`Plan: ${plan.changes.length} change(s)`, async () => {
        for (const change of plan.records())
            log.info(`• ${describeChange(change)}`);
    });
    if (context.dryRun) {
        log.info('dry-run: the plan above was not applied.');
        return false;
    }
    for (const stage of plan.orderedStages) {
        await (0,_asc_concurrency_js__WEBPACK_IMPORTED_MODULE_0__/* .forEachConcurrently */ .D)(stage, context.client.maxConcurrency, async (change) => {
            await change.apply();
            context.done(describeChange(change));
        });
    }
    return true;
}
/** A step-summary section listing the plan, marked as applied or as a dry run. */
function planSection(plan, applied, dryRun) {
    if (plan.isEmpty)
        return { heading: 'Changes', lines: ['Nothing to change: already as asked.'] };
    const state = applied ? 'done' : dryRun ? 'planned (dry run)' : 'not applied';
    const shown = plan.records().slice(0, 200);
    return {
        heading: 'Changes',
        lines: plan.changes.length > shown.length
            ? [`${plan.changes.length} changes; the first ${shown.length} are listed.`]
            : [],
        table: {
            header: ['Change', 'What', 'Details', 'State'],
            rows: shown.map((change) => [change.kind, change.target, change.detail ?? '', state]),
        },
    };
}


/***/ }),

/***/ 2003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ readTogether)
/* harmony export */ });
/**
 * Runs independent reads at once, but reports a failure in the order the reads are listed, so
 * that a run with several problems always names the same input first (the build before a group).
 */
async function readTogether(reads) {
    const settled = await Promise.allSettled(reads);
    for (const outcome of settled)
        if (outcome.status === 'rejected')
            throw outcome.reason;
    return settled.map((outcome) => outcome.value);
}


/***/ }),

/***/ 4224:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ resolveApp),
/* harmony export */   R: () => (/* binding */ parseAppInput)
/* harmony export */ });
/* harmony import */ var _asc_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9678);
/* harmony import */ var _asc_query_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2733);
/* harmony import */ var _input_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6236);



const appFields = { apps: ['name', 'bundleId'] };
/** Reads `app`: a numeric App Store Connect app ID or a bundle ID. */
function parseAppInput(inputs) {
    const app = inputs.required('app', 'it names the app (bundle ID or numeric app ID)');
    if (!/^\d+$/.test(app) && !/^[A-Za-z0-9][A-Za-z0-9.-]*$/.test(app)) {
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d('app', `'${app}' is neither a bundle ID (com.example.app) nor a numeric app ID`);
    }
    return app;
}
function toResolvedApp(app) {
    return { id: app.id, bundleId: app.attributes?.bundleId ?? '', name: app.attributes?.name ?? '' };
}
/**
 * Finds the app by numeric ID or by bundle ID. Apple's `filter[bundleId]` also returns near matches
 * (`com.example.app.widget` for `com.example.app`), so only an exact match counts.
 */
async function resolveApp(client, app) {
    if (/^\d+$/.test(app)) {
        try {
            const document = await client.get(`/v1/apps/${app}${(0,_asc_query_js__WEBPACK_IMPORTED_MODULE_2__/* .toQueryString */ .z)({ fields: appFields })}`);
            return toResolvedApp(document.data);
        }
        catch (error) {
            if (error instanceof _asc_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AscApiError */ .o && error.status === 404) {
                throw new _input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d('app', `no app with ID ${app} is visible to this API key`);
            }
            throw error;
        }
    }
    const document = await client.get(`/v1/apps${(0,_asc_query_js__WEBPACK_IMPORTED_MODULE_2__/* .toQueryString */ .z)({ filter: { bundleId: app }, fields: appFields, limit: 200 })}`);
    const exact = document.data.find((candidate) => candidate.attributes?.bundleId === app);
    if (exact)
        return toResolvedApp(exact);
    const near = document.data.map((candidate) => candidate.attributes?.bundleId).filter(Boolean);
    const hint = near.length > 0 ? `; similar bundle IDs: ${near.slice(0, 5).join(', ')}` : '';
    throw new _input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d('app', `no app with bundle ID '${app}' is visible to this API key${hint}`);
}


/***/ }),

/***/ 6283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H3: () => (/* binding */ parseBuildSelector),
/* harmony export */   Hb: () => (/* binding */ buildPlatforms),
/* harmony export */   SY: () => (/* binding */ describeBuild),
/* harmony export */   W_: () => (/* binding */ toResolvedBuild),
/* harmony export */   hU: () => (/* binding */ resolveBuild),
/* harmony export */   lT: () => (/* binding */ readBuild)
/* harmony export */ });
/* unused harmony export buildDetailQuery */
/* harmony import */ var _asc_json_api_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5086);
/* harmony import */ var _asc_pagination_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3105);
/* harmony import */ var _asc_query_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2733);
/* harmony import */ var _input_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6236);




const buildPlatforms = ['IOS', 'MAC_OS', 'TV_OS', 'VISION_OS'];
const includedLimit = 50;
/** ONE request's worth of includes: what `distribute` and the other build operations need. */
const buildDetailQuery = {
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
    limits: { betaGroups: includedLimit, betaBuildLocalizations: includedLimit },
};
/** Reads `build` (required), `version` and `platform`. */
function parseBuildSelector(inputs, why = 'it names the build: a build number or latest') {
    const raw = inputs.required('build', why);
    const build = raw.toLowerCase() === 'latest' ? 'latest' : raw;
    if (build !== 'latest' && !/^\d+(\.\d+){0,2}$/.test(build)) {
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('build', `'${raw}' is neither a build number (like 42 or 1.2.3) nor latest`);
    }
    const version = inputs.optional('version');
    if (version !== undefined && !/^\d+(\.\d+){0,2}$/.test(version)) {
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('version', `'${version}' is not a marketing version (like 1.2 or 1.2.3)`);
    }
    return {
        build,
        ...(version ? { version } : {}),
        platform: inputs.choice('platform', buildPlatforms, 'IOS'),
    };
}
/** `1.2 (45)`: how people name a build. */
function describeBuild(build) {
    return build.version ? `${build.version} (${build.number})` : `(${build.number})`;
}
function toResolvedBuild(build, included) {
    const a = build.attributes ?? {};
    const preRelease = included.one(build, 'preReleaseVersion');
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
        betaDetail: included.one(build, 'buildBetaDetail'),
        groupIds: groups.map((group) => group.id),
        localizations: included.many(build, 'betaBuildLocalizations'),
        reviewSubmission: included.one(build, 'betaAppReviewSubmission'),
    };
}
function selectorFilter(app, selector) {
    return {
        app: app.id,
        'preReleaseVersion.platform': selector.platform,
        ...(selector.version ? { 'preReleaseVersion.version': selector.version } : {}),
    };
}
function describeSelector(selector) {
    const which = selector.build === 'latest' ? 'no build' : `no build number ${selector.build}`;
    const version = selector.version ? ` of version ${selector.version}` : '';
    return `${which}${version} for ${selector.platform}`;
}
/**
 * Finds the build the selector names, never an expired one, in one request that also includes its
 * beta details, groups, What to Test texts and review submission. Unknown or ambiguous builds are
 * input errors on `build` that say what exists or which input narrows the choice.
 */
async function resolveBuild(client, app, selector) {
    if (selector.id)
        return readBuild(client, selector.id);
    const latest = selector.build === 'latest';
    const document = await client.get('/v1/builds' +
        (0,_asc_query_js__WEBPACK_IMPORTED_MODULE_1__/* .toQueryString */ .z)({
            ...buildDetailQuery,
            filter: {
                ...selectorFilter(app, selector),
                expired: 'false',
                ...(latest ? {} : { version: selector.build }),
            },
            sort: ['-uploadedDate'],
            limit: latest ? 1 : 10,
        }));
    const included = new _asc_json_api_js__WEBPACK_IMPORTED_MODULE_2__/* .IncludedIndex */ .d$(document.included ?? []);
    // Apple's filter[version] may also answer near matches (10 for 1): only the exact number counts.
    const matching = latest
        ? document.data
        : document.data.filter((build) => build.attributes?.version === selector.build);
    const builds = matching.map((build) => toResolvedBuild(build, included));
    const [first, second] = builds;
    if (!first)
        throw await noSuchBuild(client, app, selector);
    if (!second)
        await completeGroupIds(client, matching[0], first);
    if (second) {
        const versions = builds.map((build) => build.version || '?');
        const hint = selector.version
            ? `platform or a more exact build`
            : `version (one of ${[...new Set(versions)].join(', ')})`;
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('build', `${builds.length} builds have the number ${selector.build} (${builds.map(describeBuild).join(', ')}); narrow it with ${hint}`);
    }
    return first;
}
/** Re-reads a build by id with the same includes (after waiting, or after writes). */
async function readBuild(client, id) {
    const document = await client.get(`/v1/builds/${encodeURIComponent(id)}${(0,_asc_query_js__WEBPACK_IMPORTED_MODULE_1__/* .toQueryString */ .z)(buildDetailQuery)}`);
    const build = toResolvedBuild(document.data, new _asc_json_api_js__WEBPACK_IMPORTED_MODULE_2__/* .IncludedIndex */ .d$(document.included ?? []));
    await completeGroupIds(client, document.data, build);
    return build;
}
/** An include lists at most 50 groups; for a build in more of them, all its groups are listed. */
async function completeGroupIds(client, source, build) {
    const total = source.relationships?.betaGroups?.meta?.paging?.total;
    if (total === undefined || total <= build.groupIds.length)
        return;
    const { data } = await (0,_asc_pagination_js__WEBPACK_IMPORTED_MODULE_3__/* .collectAll */ ._U)(client, '/v1/betaGroups', {
        filter: { builds: build.id },
        fields: { betaGroups: ['name'] },
    });
    build.groupIds = data.map((group) => group.id);
}
/** Reads the newest builds to explain why none matched (only on this error path). */
async function noSuchBuild(client, app, selector) {
    const document = await client.get('/v1/builds' +
        (0,_asc_query_js__WEBPACK_IMPORTED_MODULE_1__/* .toQueryString */ .z)({
            filter: { app: app.id, 'preReleaseVersion.platform': selector.platform },
            fields: {
                builds: ['version', 'expired', 'uploadedDate', 'preReleaseVersion'],
                preReleaseVersions: ['version'],
            },
            include: ['preReleaseVersion'],
            sort: ['-uploadedDate'],
            limit: 50,
        }));
    const included = new _asc_json_api_js__WEBPACK_IMPORTED_MODULE_2__/* .IncludedIndex */ .d$(document.included ?? []);
    const builds = document.data.map((build) => toResolvedBuild(build, included));
    const expiredMatch = builds.find((build) => build.expired &&
        build.number === selector.build &&
        (!selector.version || build.version === selector.version));
    if (expiredMatch) {
        return new _input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('build', `build ${describeBuild(expiredMatch)} has expired; expired builds cannot be distributed`);
    }
    const newest = builds.filter((build) => !build.expired).slice(0, 5);
    const listing = newest.length > 0
        ? `the newest builds are ${newest.map(describeBuild).join(', ')}`
        : `${app.bundleId || app.id} has no unexpired ${selector.platform} builds`;
    return new _input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('build', `${describeSelector(selector)} in ${app.bundleId}; ${listing}`);
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
/* harmony export */   KO: () => (/* binding */ pollDelays),
/* harmony export */   cG: () => (/* binding */ parseProcessingWait),
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
    for (const delay of pollDelays(wait.timeoutMinutes * 60_000)) {
        await context.sleep(delay);
        waitedMs += delay;
        polls++;
        current = await (0,_resolve_build_js__WEBPACK_IMPORTED_MODULE_0__/* .readBuild */ .lT)(context.client, current.id);
        if (current.processingState !== 'PROCESSING') {
            context.log.info(`Build ${(0,_resolve_build_js__WEBPACK_IMPORTED_MODULE_0__/* .describeBuild */ .SY)(current)} is ${current.processingState} after ${formatMinutes(waitedMs)}.`);
            return { build: current, timedOut: false, waitedMs, polls };
        }
        context.log.debug(`still PROCESSING after ${formatMinutes(waitedMs)}`);
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

/***/ 1785:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ms: () => (/* binding */ parseWhatsNew),
  bX: () => (/* binding */ planWhatsNew)
});

// UNUSED EXPORTS: checkAppleText, findLocalization, normalizeWhatsNew

// EXTERNAL MODULE: ./src/asc/query.ts
var query = __webpack_require__(2733);
// EXTERNAL MODULE: ./src/input-error.ts
var input_error = __webpack_require__(6236);
;// CONCATENATED MODULE: ./src/operations/shared/apple-text.ts
/**
 * Apple's rules for the release texts testers and customers read (What to Test, What's New):
 * no emoji and no `<` (Apple refuses the whole text), and at most 4000 bytes of UTF-8, counted
 * in bytes, not characters.
 */
const appleTextMaxBytes = 4000;
/** Emoji as Apple refuses them: pictographs with their joiners, variation selectors and skin tones. */
const refusedPattern = /\p{Extended_Pictographic}(?:\u{FE0E}|\u{FE0F}|\p{Emoji_Modifier}|\u{200D}\p{Extended_Pictographic})*|\p{Regional_Indicator}{1,2}|\u{FE0F}|\u{20E3}|</gu;
/** Takes out what Apple refuses in the text; the rest is kept as written. */
function removeRefusedCharacters(text) {
    const removed = new Set();
    const cleaned = text.replace(refusedPattern, (match) => {
        removed.add(match);
        return '';
    });
    return {
        text: removed.size === 0 ? text : cleaned.replace(/[ \t]+$/gm, ''),
        removed: [...removed],
    };
}
function utf8Bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}
/** The text cut after its last whole line that fits in `maxBytes`; `cut` tells whether it was. */
function cutAtLine(text, maxBytes = appleTextMaxBytes) {
    if (utf8Bytes(text) <= maxBytes)
        return { text, cut: false };
    const kept = [];
    let bytes = 0;
    for (const line of text.split('\n')) {
        const next = bytes + utf8Bytes(line) + (kept.length > 0 ? 1 : 0);
        if (next > maxBytes)
            break;
        kept.push(line);
        bytes = next;
    }
    return { text: kept.join('\n'), cut: true };
}
/** A warning naming what was removed from the text of `input`. */
function describeRemoved(input, removed) {
    const shown = removed.map((item) => (item === '<' ? "'<'" : item)).join(' ');
    return `${input}: removed what Apple refuses in the text (emoji and '<'): ${shown}`;
}

// EXTERNAL MODULE: ./src/operations/shared/resolve-build.ts
var resolve_build = __webpack_require__(6283);
;// CONCATENATED MODULE: ./src/operations/shared/whats-new.ts




const localePattern = /^[a-z]{2,3}(-[A-Za-z]{4})?(-([A-Z]{2}|\d{3}))?$/;
/** Line endings normalised and trailing blanks dropped, so a file and Apple's copy compare equal. */
function normalizeWhatsNew(text) {
    return text.replace(/\r\n?/g, '\n').trimEnd();
}
/** Reads `whats-new` or `whats-new-file` (not both) and `whats-new-locale`; undefined when neither. */
function parseWhatsNew(inputs) {
    const text = inputs.optional('whats-new');
    const file = inputs.optional('whats-new-file');
    const locale = inputs.optional('whats-new-locale') ?? 'en-US';
    if (!localePattern.test(locale)) {
        throw new input_error/* InputError */.d('whats-new-locale', `'${locale}' is not a locale code like en-US, de-DE, fr or zh-Hans`);
    }
    if (text !== undefined && file !== undefined) {
        throw new input_error/* InputError */.d('whats-new-file', 'give either whats-new or whats-new-file, not both');
    }
    if (text === undefined && file === undefined)
        return undefined;
    const source = file ?? 'whats-new';
    const content = normalizeWhatsNew(file !== undefined ? (inputs.file('whats-new-file')?.content ?? '') : (text ?? ''));
    const input = file !== undefined ? 'whats-new-file' : 'whats-new';
    if (content === '')
        throw new input_error/* InputError */.d(input, `${source} holds no text`);
    return checkAppleText(input, content, locale);
}
/**
 * The text as Apple will take it: emoji and `<` removed with a warning (Apple refuses the whole
 * text for them); more than Apple's 4000 bytes refused by name, before anything is sent.
 */
function checkAppleText(input, content, locale) {
    const { text, removed } = removeRefusedCharacters(content);
    const bytes = utf8Bytes(text);
    if (bytes > appleTextMaxBytes) {
        throw new input_error/* InputError */.d(input, `the text is ${bytes} bytes long in UTF-8; Apple allows at most ${appleTextMaxBytes} bytes`);
    }
    const warnings = removed.length > 0 ? [describeRemoved(input, removed)] : [];
    return { text: normalizeWhatsNew(text), locale, warnings };
}
/** Finds the localization of `locale` (created by an earlier attempt whose answer was lost). */
async function findLocalization(client, buildId, locale) {
    const document = await client.get(`/v1/betaBuildLocalizations${(0,query/* toQueryString */.z)({
        filter: { build: buildId, locale },
        fields: { betaBuildLocalizations: ['locale', 'whatsNew'] },
        limit: 10,
    })}`);
    return document.data.find((localization) => localization.attributes?.locale === locale);
}
/** Plans creating or updating the What to Test text; nothing when it already reads so. */
function planWhatsNew(client, build, whatsNew) {
    const { locale, text } = whatsNew;
    const existing = build.localizations.find((l) => l.attributes?.locale === locale);
    const target = `What to Test (${locale}) of build ${(0,resolve_build/* describeBuild */.SY)(build)}`;
    const detail = `"${text.length > 60 ? `${text.slice(0, 57)}...` : text}"`;
    if (existing) {
        if (normalizeWhatsNew(existing.attributes?.whatsNew ?? '') === text) {
            return { state: 'unchanged', locale };
        }
        const body = {
            data: { type: 'betaBuildLocalizations', id: existing.id, attributes: { whatsNew: text } },
        };
        return {
            state: 'update',
            locale,
            change: {
                kind: 'update',
                target,
                detail,
                apply: async () => {
                    await client.patch(`/v1/betaBuildLocalizations/${existing.id}`, body);
                },
            },
        };
    }
    const body = {
        data: {
            type: 'betaBuildLocalizations',
            attributes: { locale, whatsNew: text },
            relationships: { build: { data: { type: 'builds', id: build.id } } },
        },
    };
    return {
        state: 'create',
        locale,
        change: {
            kind: 'create',
            target,
            detail,
            apply: async () => {
                await client.post('/v1/betaBuildLocalizations', body, {
                    recover: async () => {
                        const found = await findLocalization(client, build.id, locale);
                        return found ? { data: found } : undefined;
                    },
                });
            },
        },
    };
}


/***/ }),

/***/ 42:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ distribute)
/* harmony export */ });
/* unused harmony export classifyGroups */
/* harmony import */ var _input_reader_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8915);
/* harmony import */ var _operation_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2899);
/* harmony import */ var _shared_beta_review_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1487);
/* harmony import */ var _shared_build_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5089);
/* harmony import */ var _shared_export_compliance_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2412);
/* harmony import */ var _shared_plan_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(5099);
/* harmony import */ var _shared_read_together_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2003);
/* harmony import */ var _shared_resolve_app_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4224);
/* harmony import */ var _shared_resolve_build_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6283);
/* harmony import */ var _shared_resolve_groups_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4883);
/* harmony import */ var _shared_wait_for_processing_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3287);
/* harmony import */ var _shared_whats_new_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1785);












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
        target: `build ${(0,_shared_resolve_build_js__WEBPACK_IMPORTED_MODULE_5__/* .describeBuild */ .SY)(build)}`,
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
function planNotification(client, build) {
    const body = {
        data: {
            type: 'buildBetaNotifications',
            relationships: { build: { data: { type: 'builds', id: build.id } } },
        },
    };
    return {
        kind: 'notify',
        target: `testers of build ${(0,_shared_resolve_build_js__WEBPACK_IMPORTED_MODULE_5__/* .describeBuild */ .SY)(build)}`,
        apply: async () => {
            await client.post('/v1/buildBetaNotifications', body, { recover: async () => undefined });
        },
    };
}
const distribute = (0,_operation_js__WEBPACK_IMPORTED_MODULE_9__/* .defineOperation */ .h)({
    name: 'distribute',
    parse(inputs) {
        const groups = inputs.list('group');
        const parsed = {
            app: (0,_shared_resolve_app_js__WEBPACK_IMPORTED_MODULE_4__/* .parseAppInput */ .R)(inputs),
            build: (0,_shared_resolve_build_js__WEBPACK_IMPORTED_MODULE_5__/* .parseBuildSelector */ .H3)(inputs),
            groups,
            wait: (0,_shared_wait_for_processing_js__WEBPACK_IMPORTED_MODULE_7__/* .parseProcessingWait */ .cG)(inputs),
            whatsNew: (0,_shared_whats_new_js__WEBPACK_IMPORTED_MODULE_8__/* .parseWhatsNew */ .Ms)(inputs),
            usesNonExemptEncryption: inputs.optionalBoolean('uses-non-exempt-encryption'),
            submitBetaReview: inputs.boolean('submit-beta-review', false),
            notifyTesters: inputs.boolean('notify-testers', false),
            reviewDetails: (0,_shared_beta_review_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReviewDetailInputs */ .s7)(inputs),
        };
        if (groups.length === 0) {
            throw _input_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .InputReader */ .i.empty('group', 'it names the beta group(s) to distribute to');
        }
        return parsed;
    },
    async run(context, inputs) {
        const { client, log, dryRun } = context;
        for (const warning of inputs.whatsNew?.warnings ?? [])
            log.warning(warning);
        const app = await (0,_shared_resolve_app_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveApp */ .A)(client, inputs.app);
        const [found, groups, reviewDetail] = await (0,_shared_read_together_js__WEBPACK_IMPORTED_MODULE_10__/* .readTogether */ .V)([
            (0,_shared_resolve_build_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveBuild */ .hU)(client, app, inputs.build),
            (0,_shared_resolve_groups_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveGroups */ .bq)(client, app, inputs.groups),
            (0,_shared_beta_review_js__WEBPACK_IMPORTED_MODULE_1__/* .hasReviewDetailInputs */ .x1)(inputs.reviewDetails) ? (0,_shared_beta_review_js__WEBPACK_IMPORTED_MODULE_1__/* .readReviewDetail */ .gN)(client, app) : undefined,
        ]);
        if (reviewDetail)
            (0,_shared_beta_review_js__WEBPACK_IMPORTED_MODULE_1__/* .checkDemoAccount */ .Vp)(reviewDetail, inputs.reviewDetails);
        log.info(`Build ${(0,_shared_resolve_build_js__WEBPACK_IMPORTED_MODULE_5__/* .describeBuild */ .SY)(found)}: ${found.processingState}`);
        const waited = await (0,_shared_wait_for_processing_js__WEBPACK_IMPORTED_MODULE_7__/* .waitUntilProcessed */ .ik)(context, found, inputs.wait);
        let build = waited.build;
        const distribution = classifyGroups(build, groups);
        const waitReport = {
            waitedSeconds: Math.round(waited.waitedMs / 1000),
            polls: waited.polls,
            timedOut: waited.timedOut,
        };
        if (waited.timedOut) {
            return {
                result: {
                    app,
                    build: (0,_shared_build_report_js__WEBPACK_IMPORTED_MODULE_2__/* .buildReport */ .FK)(build),
                    groups: distribution,
                    wait: waitReport,
                    plan: [],
                    applied: false,
                },
                outputs: { ...(0,_shared_build_report_js__WEBPACK_IMPORTED_MODULE_2__/* .buildOutputs */ .JZ)(build), 'group-ids': groups.map((group) => group.id) },
                summary: {
                    title: `Build ${(0,_shared_resolve_build_js__WEBPACK_IMPORTED_MODULE_5__/* .describeBuild */ .SY)(build)} of ${app.name} is still processing`,
                    sections: [
                        (0,_shared_build_report_js__WEBPACK_IMPORTED_MODULE_2__/* .buildSection */ .Cr)(build),
                        { lines: ['Nothing was changed: run again once the build is processed.'] },
                    ],
                },
            };
        }
        const externalGroups = distribution.filter((group) => !group.internal);
        const submit = inputs.submitBetaReview && externalGroups.length > 0;
        if (inputs.submitBetaReview && externalGroups.length === 0) {
            log.info('submit-beta-review: none of the groups is external, so there is nothing to submit.');
        }
        const compliance = (0,_shared_export_compliance_js__WEBPACK_IMPORTED_MODULE_3__/* .planExportCompliance */ .l)(client, log, build, inputs.usesNonExemptEncryption);
        if (submit)
            (0,_shared_beta_review_js__WEBPACK_IMPORTED_MODULE_1__/* .checkExportComplianceForReview */ .TR)(build, compliance.change !== undefined);
        if (!submit && externalGroups.length > 0 && !build.reviewSubmission) {
            log.warning(`External groups (${externalGroups.map((g) => g.name).join(', ')}) see the build only after it passes beta app review; set submit-beta-review: true to submit it.`);
        }
        const whatsNew = inputs.whatsNew ? (0,_shared_whats_new_js__WEBPACK_IMPORTED_MODULE_8__/* .planWhatsNew */ .bX)(client, build, inputs.whatsNew) : undefined;
        const reviewDetailChange = reviewDetail
            ? (0,_shared_beta_review_js__WEBPACK_IMPORTED_MODULE_1__/* .planReviewDetailUpdate */ .oy)(client, reviewDetail, inputs.reviewDetails)
            : undefined;
        const link = planGroupLink(client, build, distribution);
        const autoNotify = build.betaDetail?.attributes?.autoNotifyEnabled ?? false;
        if (inputs.notifyTesters && autoNotify) {
            log.info('notify-testers: App Store Connect notifies testers itself (auto-notify is on).');
        }
        const notify = inputs.notifyTesters && !autoNotify && link !== undefined;
        let submittedState;
        const submission = submit
            ? (0,_shared_beta_review_js__WEBPACK_IMPORTED_MODULE_1__/* .planReviewSubmission */ .SX)(client, build, (s) => {
                submittedState = s.attributes?.betaReviewState;
            })
            : undefined;
        const plan = new _shared_plan_js__WEBPACK_IMPORTED_MODULE_11__/* .Plan */ .cw()
            .stage([compliance.change, whatsNew?.change, reviewDetailChange].filter((change) => change !== undefined))
            .step(link)
            .stage([submission, notify ? planNotification(client, build) : undefined].filter((change) => change !== undefined));
        const applied = await (0,_shared_plan_js__WEBPACK_IMPORTED_MODULE_11__/* .applyPlan */ .gj)(context, plan);
        if (applied)
            build = await (0,_shared_resolve_build_js__WEBPACK_IMPORTED_MODULE_5__/* .readBuild */ .lT)(client, build.id);
        const report = (0,_shared_build_report_js__WEBPACK_IMPORTED_MODULE_2__/* .buildReport */ .FK)(build);
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
                notified: notify && applied,
                wait: waitReport,
                plan: plan.records(),
                applied,
            },
            outputs: {
                ...(0,_shared_build_report_js__WEBPACK_IMPORTED_MODULE_2__/* .buildOutputs */ .JZ)(build),
                'beta-review-state': betaReviewState ?? undefined,
                'group-ids': groups.map((group) => group.id),
            },
            summary: {
                title: `${dryRun ? 'Dry run: distribute' : 'Distributed'} build ${(0,_shared_resolve_build_js__WEBPACK_IMPORTED_MODULE_5__/* .describeBuild */ .SY)(build)} of ${app.name}`,
                sections: [
                    (0,_shared_build_report_js__WEBPACK_IMPORTED_MODULE_2__/* .buildSection */ .Cr)(build),
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
                                group.publicLink ?? '—',
                            ]),
                        },
                    },
                    {
                        heading: 'Beta app review',
                        lines: [
                            betaReviewState
                                ? `Review state: ${betaReviewState}`
                                : submission
                                    ? 'To be submitted (dry run).'
                                    : 'Not submitted.',
                        ],
                    },
                    (0,_shared_plan_js__WEBPACK_IMPORTED_MODULE_11__/* .planSection */ .lA)(plan, applied, dryRun),
                ],
            },
        };
    },
});


/***/ })

};
