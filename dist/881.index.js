export const id = 881;
export const ids = [881];
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

/***/ 2899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ defineOperation)
/* harmony export */ });
function defineOperation(operation) {
    return operation;
}


/***/ }),

/***/ 4298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JK: () => (/* binding */ completeRelatedIds),
/* harmony export */   jP: () => (/* binding */ completeRelated),
/* harmony export */   oe: () => (/* binding */ includedRelationshipLimit),
/* harmony export */   zV: () => (/* binding */ includedLimits)
/* harmony export */ });
/* harmony import */ var _asc_json_api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5086);
/* harmony import */ var _asc_pagination_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3105);


/** What every listing asks in `limit[<relationship>]`: Apple's cap for included relationships. */
const includedRelationshipLimit = 50;
/** The limits to ask for a listing's included to-many relationships: 50 each. */
function includedLimits(relationships) {
    return Object.fromEntries(relationships.map((name) => [name, includedRelationshipLimit]));
}
/**
 * Every id of `resource`'s to-many `relationship`, from an answer that included it with
 * `limit[relationship]`. Apple's `meta.paging` beside included data is not a count (it reads
 * `{"total": 0, "limit": 2147483647}` beside non-empty data), so it is never read: data shorter than
 * the limit is complete, as it is in the common case, at no extra request; data as long as the limit
 * may have been cut, and the whole relationship is read.
 *
 * Every listing that includes a to-many relationship goes through here.
 */
async function completeRelatedIds(client, resource, relationship, options = {}) {
    const ids = (0,_asc_json_api_js__WEBPACK_IMPORTED_MODULE_0__/* .relatedIds */ .qj)(resource, relationship);
    if (ids.length < (options.limit ?? includedRelationshipLimit))
        return ids;
    if (options.readAll)
        return options.readAll();
    const { data } = await (0,_asc_pagination_js__WEBPACK_IMPORTED_MODULE_1__/* .collectAll */ ._U)(client, `/v1/${resource.type}/${encodeURIComponent(resource.id)}/relationships/${relationship}`);
    return data.map((identifier) => identifier.id);
}
/**
 * The related resources of `resource`'s to-many `relationship`, from an answer that included them
 * (`fromIncluded`), completed from the related endpoint `/v1/<type>/<id>/<relationship>` (with
 * `query`, e.g. its fields) when the included data is as long as the limit asked.
 */
async function completeRelated(client, resource, relationship, fromIncluded, options = {}) {
    if ((0,_asc_json_api_js__WEBPACK_IMPORTED_MODULE_0__/* .relatedIds */ .qj)(resource, relationship).length < (options.limit ?? includedRelationshipLimit)) {
        return fromIncluded;
    }
    const { data } = await (0,_asc_pagination_js__WEBPACK_IMPORTED_MODULE_1__/* .collectAll */ ._U)(client, `/v1/${resource.type}/${encodeURIComponent(resource.id)}/${relationship}`, options.query ?? {});
    return data;
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
/* harmony import */ var _asc_concurrency_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5638);
/* harmony import */ var _asc_rate_limit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7349);


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
    // Each change is at least one write: say so before the first one when Apple's quota is short.
    const shortfall = (0,_asc_rate_limit_js__WEBPACK_IMPORTED_MODULE_0__/* .quotaShortfall */ .CV)(context.client.rateLimit, plan.changes.length);
    if (shortfall) {
        log.warning(`The plan needs at least ${plan.changes.length} request(s) to App Store Connect, but Apple's quota for this key has ${shortfall}: some writes may be refused with 429 and retried after a wait, or fail; a re-run goes on from where it stopped.`);
    }
    if (context.dryRun) {
        log.info('dry-run: the plan above was not applied.');
        return false;
    }
    // Should a change fail, the failed run's step summary shows the whole plan, each change marked
    // done or not: the rows below are updated as the changes are applied.
    const progress = planSection(plan, false, false);
    progress.heading = 'Planned changes';
    const rows = progress.table?.rows ?? [];
    context.onFailureShow([progress]);
    const changes = plan.changes;
    for (const stage of plan.orderedStages) {
        await (0,_asc_concurrency_js__WEBPACK_IMPORTED_MODULE_1__/* .forEachConcurrently */ .D)(stage, context.client.maxConcurrency, async (change) => {
            await change.apply();
            context.done(describeChange(change));
            const row = rows[changes.indexOf(change)];
            if (row)
                row[3] = 'done';
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
/* harmony import */ var _asc_json_api_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5086);
/* harmony import */ var _asc_pagination_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3105);
/* harmony import */ var _asc_query_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2733);
/* harmony import */ var _input_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6236);
/* harmony import */ var _included_relationships_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4298);





const buildPlatforms = ['IOS', 'MAC_OS', 'TV_OS', 'VISION_OS'];
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
    limits: (0,_included_relationships_js__WEBPACK_IMPORTED_MODULE_1__/* .includedLimits */ .zV)(['betaGroups', 'betaBuildLocalizations']),
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
        (0,_asc_query_js__WEBPACK_IMPORTED_MODULE_2__/* .toQueryString */ .z)({
            ...buildDetailQuery,
            filter: {
                ...selectorFilter(app, selector),
                expired: 'false',
                ...(latest ? {} : { version: selector.build }),
            },
            sort: ['-uploadedDate'],
            limit: latest ? 1 : 10,
        }));
    const included = new _asc_json_api_js__WEBPACK_IMPORTED_MODULE_3__/* .IncludedIndex */ .d$(document.included ?? []);
    // Apple's filter[version] may also answer near matches (10 for 1): only the exact number counts.
    const matching = latest
        ? document.data
        : document.data.filter((build) => build.attributes?.version === selector.build);
    const builds = matching.map((build) => toResolvedBuild(build, included));
    const [first, second] = builds;
    if (!first)
        throw await noSuchBuild(client, app, selector);
    if (!second)
        await completeBuildRelationships(client, matching[0], first);
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
    const document = await client.get(`/v1/builds/${encodeURIComponent(id)}${(0,_asc_query_js__WEBPACK_IMPORTED_MODULE_2__/* .toQueryString */ .z)(buildDetailQuery)}`);
    const build = toResolvedBuild(document.data, new _asc_json_api_js__WEBPACK_IMPORTED_MODULE_3__/* .IncludedIndex */ .d$(document.included ?? []));
    await completeBuildRelationships(client, document.data, build);
    return build;
}
/**
 * An include lists at most 50 groups and What to Test texts, and Apple's paging beside them is no
 * count: a build with as many is completed from a full read (its groups through a filtered listing,
 * as builds have no betaGroups relationship endpoint).
 */
async function completeBuildRelationships(client, source, build) {
    build.groupIds = await (0,_included_relationships_js__WEBPACK_IMPORTED_MODULE_1__/* .completeRelatedIds */ .JK)(client, source, 'betaGroups', {
        readAll: async () => {
            const { data } = await (0,_asc_pagination_js__WEBPACK_IMPORTED_MODULE_4__/* .collectAll */ ._U)(client, '/v1/betaGroups', {
                filter: { builds: build.id },
                fields: { betaGroups: ['name'] },
            });
            return data.map((group) => group.id);
        },
    });
    build.localizations = await (0,_included_relationships_js__WEBPACK_IMPORTED_MODULE_1__/* .completeRelated */ .jP)(client, source, 'betaBuildLocalizations', build.localizations, { query: { fields: { betaBuildLocalizations: ['locale', 'whatsNew'] } } });
}
/** Reads the newest builds to explain why none matched (only on this error path). */
async function noSuchBuild(client, app, selector) {
    const document = await client.get('/v1/builds' +
        (0,_asc_query_js__WEBPACK_IMPORTED_MODULE_2__/* .toQueryString */ .z)({
            filter: { app: app.id, 'preReleaseVersion.platform': selector.platform },
            fields: {
                builds: ['version', 'expired', 'uploadedDate', 'preReleaseVersion'],
                preReleaseVersions: ['version'],
            },
            include: ['preReleaseVersion'],
            sort: ['-uploadedDate'],
            limit: 50,
        }));
    const included = new _asc_json_api_js__WEBPACK_IMPORTED_MODULE_3__/* .IncludedIndex */ .d$(document.included ?? []);
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

/***/ 104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t7: () => (/* binding */ normalizeWhatsNew),
  Ms: () => (/* binding */ parseWhatsNew),
  bX: () => (/* binding */ planWhatsNew)
});

// UNUSED EXPORTS: checkAppleText, findLocalization

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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/operations/shared/git-log.ts



/** How many commits What to Test lists when no tag is reachable and no `whats-new-since` is given. */
const commitsWithoutTag = 20;
const fetchDepthHint = 'the checkout is shallow (actions/checkout fetches one commit by default): set `fetch-depth: 0` on actions/checkout so that the history and tags are there';
class GitFailure extends Error {
    args;
    stderr;
    code;
    constructor(args, stderr, code) {
        super(`git ${args.join(' ')} failed: ${stderr.trim() || String(code)}`);
        this.args = args;
        this.stderr = stderr;
        this.code = code;
    }
}
/** Runs git (no shell) in the checkout; its output, or a GitFailure with git's own words. */
function git(options, args) {
    try {
        return (0,external_node_child_process_.execFileSync)('git', ['-c', 'i18n.logOutputEncoding=UTF-8', ...args], {
            cwd: options.cwd,
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'pipe'],
            env: { ...options.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
            maxBuffer: 64 * 1024 * 1024,
        });
    }
    catch (error) {
        const failure = error;
        if (failure.code === 'ENOENT') {
            throw new input_error/* InputError */.d('whats-new-from-git', `git is not installed on this runner, or '${options.cwd}' does not exist`);
        }
        throw new GitFailure(args, String(failure.stderr ?? ''), failure.status ?? failure.code);
    }
}
/** A ref as git may be given it: never an option (`--output=...`), never a range or pathspec. */
function checkRef(ref) {
    if (ref.startsWith('-') || /[\s:]|\.\./.test(ref)) {
        throw new input_error/* InputError */.d('whats-new-since', `'${ref}' is not a ref (a tag, branch or commit)`);
    }
}
/**
 * What to Test written from the subjects of the commits since `since` (newest first, merges left
 * out), cut to Apple's 4000 bytes at a whole line, emoji and `<` removed, each with a warning.
 */
function whatsNewFromGit(options) {
    if (options.since !== undefined)
        checkRef(options.since);
    try {
        git(options, ['rev-parse', '--is-inside-work-tree']);
    }
    catch (error) {
        if (error instanceof input_error/* InputError */.d)
            throw error;
        const dubious = error instanceof GitFailure && /dubious ownership/.test(error.stderr);
        throw new input_error/* InputError */.d('whats-new-from-git', dubious
            ? `git refuses the checkout at '${options.cwd}' (dubious ownership); add it with git config --global --add safe.directory`
            : `'${options.cwd}' (GITHUB_WORKSPACE) is not a git checkout; run actions/checkout (with fetch-depth: 0) first`);
    }
    const shallow = git(options, ['rev-parse', '--is-shallow-repository']).trim() === 'true';
    const warnings = [];
    let range;
    let since;
    if (options.since !== undefined) {
        try {
            git(options, [
                'rev-parse',
                '--verify',
                '--quiet',
                '--end-of-options',
                `${options.since}^{commit}`,
            ]);
        }
        catch (error) {
            if (error instanceof input_error/* InputError */.d)
                throw error;
            throw new input_error/* InputError */.d('whats-new-since', `'${options.since}' is not a tag, branch or commit of the checkout${shallow ? `; ${fetchDepthHint}` : ''}`);
        }
        range = [`${options.since}..HEAD`];
        since = options.since;
    }
    else {
        let tag;
        try {
            tag = git(options, ['describe', '--tags', '--abbrev=0', 'HEAD']).trim() || undefined;
        }
        catch (error) {
            if (error instanceof input_error/* InputError */.d)
                throw error;
            tag = undefined;
        }
        range = tag ? [`${tag}..HEAD`] : ['-n', String(commitsWithoutTag), 'HEAD'];
        since = tag ?? `the last ${commitsWithoutTag} commits`;
    }
    if (shallow)
        warnings.push(`whats-new-from-git: ${fetchDepthHint}.`);
    const subjects = git(options, ['log', '--no-merges', '--format=%s', ...range, '--'])
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
    if (subjects.length === 0) {
        throw new input_error/* InputError */.d(options.since !== undefined ? 'whats-new-since' : 'whats-new-from-git', `there is no commit (merges left out) between ${since} and HEAD to write What to Test from`);
    }
    const listed = subjects.map((subject) => `- ${subject}`).join('\n');
    const { text: cleaned, removed } = removeRefusedCharacters(listed);
    if (removed.length > 0)
        warnings.push(describeRemoved('whats-new-from-git', removed));
    const { text, cut } = cutAtLine(cleaned);
    const kept = text === '' ? 0 : text.split('\n').length;
    if (cut) {
        warnings.push(`whats-new-from-git: the ${subjects.length} commit subjects since ${since} pass Apple's 4000 bytes; What to Test lists the newest ${kept}.`);
    }
    return { text, warnings, since, commits: subjects.length };
}

// EXTERNAL MODULE: ./src/operations/shared/resolve-build.ts
var resolve_build = __webpack_require__(6283);
;// CONCATENATED MODULE: ./src/operations/shared/whats-new.ts





const localePattern = /^[a-z]{2,3}(-[A-Za-z]{4})?(-([A-Z]{2}|\d{3}))?$/;
/** Line endings normalised and trailing blanks dropped, so a file and Apple's copy compare equal. */
function normalizeWhatsNew(text) {
    return text.replace(/\r\n?/g, '\n').trimEnd();
}
/**
 * Reads `whats-new`, `whats-new-file` or `whats-new-from-git` (one of them) and `whats-new-locale`;
 * undefined when none. Git is read here, with the inputs: it is local and quick, and a bad
 * `whats-new-since` is refused by name before any request.
 */
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
    const fromGit = inputs.boolean('whats-new-from-git', false);
    const since = inputs.optional('whats-new-since');
    if (fromGit) {
        if (text !== undefined || file !== undefined) {
            throw new input_error/* InputError */.d('whats-new-from-git', `give either ${text !== undefined ? 'whats-new' : 'whats-new-file'} or whats-new-from-git: true, not both`);
        }
        const git = whatsNewFromGit({
            cwd: inputs.env.GITHUB_WORKSPACE || process.cwd(),
            ...(since !== undefined ? { since } : {}),
            env: inputs.env,
        });
        return {
            text: normalizeWhatsNew(git.text),
            locale,
            warnings: git.warnings,
            notes: [`What to Test from git: ${git.commits} commit(s) since ${git.since}, newest first.`],
        };
    }
    if (since !== undefined) {
        throw new input_error/* InputError */.d('whats-new-since', 'it is read only with whats-new-from-git: true');
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
                        // Only the text asked for counts as done; another text stays a conflict.
                        const found = await findLocalization(client, build.id, locale);
                        return found?.attributes?.whatsNew === text ? { data: found } : undefined;
                    },
                });
            },
        },
    };
}


/***/ })

};
