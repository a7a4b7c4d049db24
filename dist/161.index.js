export const id = 161;
export const ids = [161];
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

/***/ 6492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ splitCsvLine)
/* harmony export */ });
/**
 * Splits one CSV line into trimmed fields. A field that starts with `"` is quoted: it may hold
 * commas, and `""` stands for one quote. Quoted fields cannot span lines (tester lists never need it).
 */
function splitCsvLine(line) {
    const fields = [];
    let index = 0;
    for (;;) {
        while (line[index] === ' ' || line[index] === '\t')
            index++;
        let field;
        if (line[index] === '"') {
            const closed = readQuoted(line, index + 1);
            if (closed === undefined)
                return { ok: false, problem: 'a quoted field has no closing quote' };
            field = closed.value;
            index = closed.end;
            while (line[index] === ' ' || line[index] === '\t')
                index++;
            if (index < line.length && line[index] !== ',') {
                return { ok: false, problem: 'unexpected text after a closing quote' };
            }
        }
        else {
            const comma = line.indexOf(',', index);
            const end = comma === -1 ? line.length : comma;
            field = line.slice(index, end).trim();
            index = end;
        }
        fields.push(field);
        if (index >= line.length)
            return { ok: true, fields };
        index++; // the comma
    }
}
function readQuoted(line, start) {
    let value = '';
    let index = start;
    while (index < line.length) {
        const char = line[index];
        if (char === '"') {
            if (line[index + 1] === '"') {
                value += '"';
                index += 2;
                continue;
            }
            return { value, end: index + 1 };
        }
        value += char;
        index++;
    }
    return undefined;
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

/***/ 6299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ku: () => (/* binding */ ProblemList),
/* harmony export */   W8: () => (/* binding */ throwIfProblems),
/* harmony export */   hD: () => (/* binding */ quote)
/* harmony export */ });
/* harmony import */ var _input_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6236);

const maxListed = 10;
const maxQuotedLength = 60;
const plurals = { line: 'lines', entry: 'entries' };
/**
 * The problems found in one source of an input (the inline text or the file), each tied to the
 * line or entry it was found on, summarised on a single line.
 */
class ProblemList {
    unit;
    items = [];
    wholeSourceProblem;
    constructor(unit = 'line') {
        this.unit = unit;
    }
    add(position, problem) {
        this.items.push({ position, problem });
    }
    /** For a problem that makes the whole source unreadable (e.g. a malformed plist). */
    failWhole(problem) {
        this.wholeSourceProblem ??= problem;
    }
    get isEmpty() {
        return this.items.length === 0 && this.wholeSourceProblem === undefined;
    }
    /** E.g. "2 bad lines: line 3: 'bob@' is not an email address; line 7: …". */
    describe() {
        if (this.wholeSourceProblem !== undefined)
            return this.wholeSourceProblem;
        const sorted = [...this.items].sort((a, b) => a.position - b.position);
        const count = sorted.length;
        const listed = sorted
            .slice(0, maxListed)
            .map(({ position, problem }) => `${this.unit} ${position}: ${problem}`);
        if (count > maxListed)
            listed.push(`and ${count - maxListed} more`);
        return `${count} bad ${count === 1 ? this.unit : plurals[this.unit]}: ${listed.join('; ')}`;
    }
}
/**
 * Throws one InputError for all sources that have problems: the first such input names the error,
 * the others are appended as "; input '<name>': …", so nothing is hidden and the message stays one line.
 */
function throwIfProblems(sources) {
    const failing = sources.filter(({ problems }) => !problems.isEmpty);
    const [first, ...others] = failing;
    if (first === undefined)
        return;
    const rest = others.map(({ input, problems }) => `; input '${input}': ${problems.describe()}`);
    throw new _input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(first.input, first.problems.describe() + rest.join(''));
}
/** Quotes user text for a message: single line, control characters escaped, long text shortened. */
function quote(text) {
    const visible = text.replace(/[\p{Cc}\u2028\u2029]/gu, (char) => char === '\t' ? '\\t' : char === '\n' ? '\\n' : char === '\r' ? '\\r' : '?');
    const chars = [...visible];
    const short = chars.length > maxQuotedLength ? chars.slice(0, maxQuotedLength - 1).join('') + '…' : visible;
    return `'${short}'`;
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

/***/ 5542:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  operations: () => (/* binding */ operations)
});

// EXTERNAL MODULE: ./src/input-reader.ts
var input_reader = __webpack_require__(8915);
// EXTERNAL MODULE: ./src/operations/operation.ts
var operation = __webpack_require__(2899);
// EXTERNAL MODULE: ./src/operations/shared/plan.ts
var shared_plan = __webpack_require__(5099);
// EXTERNAL MODULE: ./src/asc/errors.ts
var errors = __webpack_require__(9678);
// EXTERNAL MODULE: ./src/asc/json-api.ts
var json_api = __webpack_require__(5086);
// EXTERNAL MODULE: ./src/asc/pagination.ts
var pagination = __webpack_require__(3105);
// EXTERNAL MODULE: ./src/asc/query.ts
var query = __webpack_require__(2733);
// EXTERNAL MODULE: ./src/operations/shared/included-relationships.ts
var included_relationships = __webpack_require__(4298);
;// CONCATENATED MODULE: ./src/operations/shared/resolve-users.ts





/** Included visible apps per person; a person with this many may have more, read separately. */
const includedAppsLimit = included_relationships/* includedRelationshipLimit */.oe;
const userFields = [
    'username',
    'firstName',
    'lastName',
    'roles',
    'allAppsVisible',
    'provisioningAllowed',
    'visibleApps',
];
const invitationFields = [
    'email',
    'firstName',
    'lastName',
    'expirationDate',
    'roles',
    'allAppsVisible',
    'provisioningAllowed',
    'visibleApps',
];
function memberQuery(kind) {
    return {
        fields: kind === 'user'
            ? { users: userFields, apps: ['bundleId', 'name'] }
            : { userInvitations: invitationFields, apps: ['bundleId', 'name'] },
        include: ['visibleApps'],
        limits: { visibleApps: includedAppsLimit },
    };
}
const collectionPath = (kind) => kind === 'user' ? '/v1/users' : '/v1/userInvitations';
function toMember(resource) {
    const attributes = resource.attributes ?? {};
    const email = resource.type === 'users'
        ? (resource.attributes?.username ?? '')
        : (resource.attributes?.email ?? '');
    const allAppsVisible = attributes.allAppsVisible ?? false;
    return {
        kind: resource.type === 'users' ? 'user' : 'invitation',
        id: resource.id,
        email,
        firstName: attributes.firstName ?? '',
        lastName: attributes.lastName ?? '',
        roles: [...(attributes.roles ?? [])],
        allAppsVisible,
        provisioningAllowed: attributes.provisioningAllowed ?? false,
        visibleAppIds: allAppsVisible ? [] : (0,json_api/* relatedIds */.qj)(resource, 'visibleApps'),
        ...(resource.type === 'userInvitations' && resource.attributes?.expirationDate
            ? { expirationDate: resource.attributes.expirationDate }
            : {}),
    };
}
function noteAppLabels(labels, included, members) {
    for (const member of members) {
        for (const id of member.visibleAppIds) {
            const app = included.get({ type: 'apps', id });
            if (app)
                labels.set(id, app.attributes?.bundleId ?? app.attributes?.name ?? id);
        }
    }
}
/** Reads the full list of visible apps of a member whose included list may have been cut short. */
async function completeVisibleApps(client, resource, member) {
    if (member.allAppsVisible)
        return;
    member.visibleAppIds = await (0,included_relationships/* completeRelatedIds */.JK)(client, resource, 'visibleApps', {
        limit: includedAppsLimit,
    });
}
async function listMembers(client, kind, labels, filter) {
    const { data, included } = await (0,pagination/* collectAll */._U)(client, collectionPath(kind), {
        ...memberQuery(kind),
        filter,
    });
    const members = data.map(toMember);
    noteAppLabels(labels, included, members);
    for (const [index, member] of members.entries()) {
        await completeVisibleApps(client, data[index], member);
    }
    return members;
}
/** Reads the team's users and pending invitations (two listings, all pages). */
async function readTeam(client, filter = {}) {
    const appLabels = new Map();
    const roles = filter.roles && filter.roles.length > 0 ? filter.roles : undefined;
    const [users, invitations] = await Promise.all([
        listMembers(client, 'user', appLabels, { username: filter.email, roles }),
        listMembers(client, 'invitation', appLabels, { email: filter.email, roles }),
    ]);
    const wanted = filter.email?.toLowerCase();
    const matches = (member) => !wanted || member.email.toLowerCase() === wanted;
    return { users: users.filter(matches), invitations: invitations.filter(matches), appLabels };
}
async function readMemberById(client, kind, id, labels) {
    try {
        const document = await client.get(`${collectionPath(kind)}/${encodeURIComponent(id)}${(0,query/* toQueryString */.z)(memberQuery(kind))}`);
        const member = toMember(document.data);
        noteAppLabels(labels, new json_api/* IncludedIndex */.d$(document.included ?? []), [member]);
        await completeVisibleApps(client, document.data, member);
        return member;
    }
    catch (error) {
        if (error instanceof errors/* AscApiError */.o && error.status === 404)
            return undefined;
        throw error;
    }
}
/** The user, else the pending invitation, named by email or by ID; undefined when there is none. */
async function findTeamMember(client, reference) {
    if ('email' in reference) {
        const team = await readTeam(client, { email: reference.email });
        return { member: team.users[0] ?? team.invitations[0], appLabels: team.appLabels };
    }
    const appLabels = new Map();
    const member = (await readMemberById(client, 'user', reference.id, appLabels)) ??
        (await readMemberById(client, 'invitation', reference.id, appLabels));
    return { member, appLabels };
}
/** `Ada Lovelace <ada@example.com>` */
function describeMember(member) {
    const name = `${member.firstName} ${member.lastName}`.trim();
    return name ? `${name} <${member.email}>` : member.email;
}

// EXTERNAL MODULE: ./src/input-error.ts
var input_error = __webpack_require__(6236);
;// CONCATENATED MODULE: ./src/operations/shared/resolve-visible-apps.ts


const appReference = /^(\d+|[A-Za-z0-9][A-Za-z0-9.-]*)$/;
/** Problems with app references (bundle IDs or numeric app IDs), or undefined when all are valid. */
function appReferenceProblem(references) {
    const bad = references.filter((reference) => !appReference.test(reference));
    if (bad.length === 0)
        return undefined;
    return `${bad.map((b) => `'${b}'`).join(', ')} ${bad.length === 1 ? 'is' : 'are'} neither a bundle ID (com.example.app) nor a numeric app ID`;
}
/** Reads a list input of apps (bundle IDs or app IDs); empty when not given. */
function readAppReferences(inputs, name) {
    const references = [...new Set(inputs.list(name))];
    const problem = appReferenceProblem(references);
    if (problem)
        throw new input_error/* InputError */.d(name, problem);
    return references;
}
/**
 * Resolves many app references with one listing of the apps the key can see (rather than one
 * look-up per app). An unknown reference is an input error naming `inputName`.
 */
async function resolveAppReferences(client, references, inputName) {
    const resolved = new Map();
    if (references.length === 0)
        return resolved;
    const { data } = await (0,pagination/* collectAll */._U)(client, '/v1/apps', {
        fields: { apps: ['bundleId', 'name'] },
    });
    const apps = data.map((app) => ({
        id: app.id,
        bundleId: app.attributes?.bundleId ?? '',
        name: app.attributes?.name ?? '',
    }));
    const missing = [];
    for (const reference of references) {
        const app = apps.find((a) => a.id === reference || a.bundleId === reference);
        if (app)
            resolved.set(reference, app);
        else
            missing.push(reference);
    }
    if (missing.length > 0) {
        const known = apps.map((a) => a.bundleId || a.id).slice(0, 10);
        throw new input_error/* InputError */.d(inputName, `no app ${missing.map((m) => `'${m}'`).join(', ')} is visible to this API key; its apps include ${known.join(', ') || '(none)'}`);
    }
    return resolved;
}

;// CONCATENATED MODULE: ./src/operations/shared/user-roles.ts

/** Apple's `UserRole` values, in the document's order. */
const userRoles = [
    'ADMIN',
    'FINANCE',
    'ACCOUNT_HOLDER',
    'SALES',
    'MARKETING',
    'APP_MANAGER',
    'DEVELOPER',
    'ACCESS_TO_REPORTS',
    'CUSTOMER_SUPPORT',
    'CREATE_APPS',
    'CLOUD_MANAGED_DEVELOPER_ID',
    'CLOUD_MANAGED_APP_DISTRIBUTION',
    'GENERATE_INDIVIDUAL_KEYS',
];
// Fails to compile when Apple's document gains a role that the list above lacks.
const everyRoleListed = true;
void everyRoleListed;
/** Held by one person, the team's owner; never given or taken through the API. */
const accountHolderRole = 'ACCOUNT_HOLDER';
const assignableRoles = userRoles.filter((role) => role !== accountHolderRole);
/** A role as people write it: `app manager`, `App-Manager` and `APP_MANAGER` are the same. */
function toUserRole(text) {
    const normalised = text
        .trim()
        .toUpperCase()
        .replace(/[\s-]+/g, '_');
    return userRoles.find((role) => role === normalised);
}
/**
 * Turns role names into roles; the problem names every unknown value and lists the valid ones.
 * `ACCOUNT_HOLDER` is refused where roles are assigned (`assignable`).
 */
function parseRoles(texts, assignable) {
    const roles = [];
    const unknown = [];
    for (const text of texts) {
        const role = toUserRole(text);
        if (role === undefined)
            unknown.push(text);
        else if (!roles.includes(role))
            roles.push(role);
    }
    const valid = assignable ? assignableRoles : userRoles;
    if (unknown.length > 0) {
        const names = unknown.map((text) => `'${text}'`).join(', ');
        return {
            problem: `${names} ${unknown.length === 1 ? 'is not a role' : 'are not roles'}; valid roles are ${valid.join(', ')}`,
        };
    }
    if (assignable && roles.includes(accountHolderRole)) {
        return {
            problem: `ACCOUNT_HOLDER cannot be given to anyone (it belongs to the team's owner); valid roles are ${valid.join(', ')}`,
        };
    }
    return { roles: sortRoles(roles) };
}
/** Reads a list input of roles (commas or newlines); undefined when it is empty. */
function readRoles(inputs, name, assignable) {
    const texts = inputs.list(name);
    if (texts.length === 0)
        return undefined;
    const parsed = parseRoles(texts, assignable);
    if ('problem' in parsed)
        throw new input_error/* InputError */.d(name, parsed.problem);
    return parsed.roles;
}
function sameRoles(a, b) {
    return a.length === b.length && a.every((role) => b.includes(role));
}
/** Roles in the document's order, for stable messages and requests. */
function sortRoles(roles) {
    return userRoles.filter((role) => roles.includes(role));
}

;// CONCATENATED MODULE: ./src/operations/shared/user-access.ts



/**
 * The access a person ends up with: the request applied to what they have. Naming apps implies
 * that not all apps are visible; the Account Holder keeps that role whatever roles are asked.
 * `inputName` is blamed when the person would end up seeing no app at all.
 */
function mergeAccess(current, request, who, inputName) {
    const allAppsVisible = request.allAppsVisible ??
        (request.visibleAppIds && request.visibleAppIds.length > 0 ? false : current.allAppsVisible);
    const keepsHolder = current.roles.includes(accountHolderRole);
    const roles = sortRoles([
        ...(request.roles ?? current.roles),
        ...(keepsHolder ? [accountHolderRole] : []),
    ]);
    const visibleAppIds = allAppsVisible
        ? []
        : [...new Set(request.visibleAppIds ?? current.visibleAppIds)];
    if (!allAppsVisible && visibleAppIds.length === 0) {
        throw new input_error/* InputError */.d(inputName, `${who} would see no app: name the apps (visible-apps) or set all-apps-visible to true`);
    }
    return {
        roles,
        allAppsVisible,
        visibleAppIds,
        provisioningAllowed: request.provisioningAllowed ?? current.provisioningAllowed,
    };
}
const sameSet = (a, b) => a.length === b.length && a.every((item) => b.includes(item));
function describeApps(access, appLabel) {
    if (access.allAppsVisible)
        return 'all apps';
    return access.visibleAppIds.map(appLabel).sort().join(', ');
}
/** What differs between two accesses, for people: `roles DEVELOPER → ADMIN`. */
function accessDifferences(from, to, appLabel) {
    const differences = [];
    if (!sameRoles(from.roles, to.roles)) {
        differences.push(`roles ${sortRoles(from.roles).join(', ')} → ${to.roles.join(', ')}`);
    }
    if (from.allAppsVisible !== to.allAppsVisible ||
        (!to.allAppsVisible && !sameSet(from.visibleAppIds, to.visibleAppIds))) {
        differences.push(`apps ${describeApps(from, appLabel)} → ${describeApps(to, appLabel)}`);
    }
    if (from.provisioningAllowed !== to.provisioningAllowed) {
        differences.push(`provisioning ${from.provisioningAllowed} → ${to.provisioningAllowed}`);
    }
    return differences;
}
/** The PATCH that brings a user to `next`, or undefined when the user already has it. */
function planUserUpdate(client, user, next, appLabel) {
    const differences = accessDifferences(user, next, appLabel);
    if (differences.length === 0)
        return undefined;
    const attributes = {};
    if (!sameRoles(user.roles, next.roles))
        attributes.roles = next.roles;
    if (user.allAppsVisible !== next.allAppsVisible)
        attributes.allAppsVisible = next.allAppsVisible;
    if (user.provisioningAllowed !== next.provisioningAllowed) {
        attributes.provisioningAllowed = next.provisioningAllowed;
    }
    const appsChange = !next.allAppsVisible &&
        (user.allAppsVisible || !sameSet(user.visibleAppIds, next.visibleAppIds));
    const body = {
        data: {
            type: 'users',
            id: user.id,
            ...(Object.keys(attributes).length > 0 ? { attributes } : {}),
            ...(appsChange
                ? {
                    relationships: {
                        visibleApps: { data: next.visibleAppIds.map((id) => ({ type: 'apps', id })) },
                    },
                }
                : {}),
        },
    };
    return {
        kind: 'update',
        target: `user ${user.email}`,
        detail: differences.join('; '),
        apply: async () => {
            await client.patch(`/v1/users/${user.id}`, body);
        },
    };
}
/** What differs between a pending invitation and the one asked for (names included). */
function invitationDifferences(invitation, spec, appLabel) {
    const differences = accessDifferences(invitation, spec, appLabel);
    if (invitation.firstName !== spec.firstName || invitation.lastName !== spec.lastName) {
        differences.unshift(`name ${invitation.firstName} ${invitation.lastName} → ${spec.firstName} ${spec.lastName}`);
    }
    return differences;
}
function describeInvitation(spec, appLabel) {
    const parts = [`roles ${spec.roles.join(', ')}`, describeApps(spec, appLabel)];
    if (spec.provisioningAllowed)
        parts.push('provisioning allowed');
    return parts.join('; ');
}
/** Finds the pending invitation for an email (Apple matches emails case-insensitively). */
async function findInvitation(client, email) {
    const document = await client.get(`/v1/userInvitations${(0,query/* toQueryString */.z)({ filter: { email }, limit: 200 })}`);
    return document.data.find((invitation) => invitation.attributes?.email?.toLowerCase() === email.toLowerCase());
}
function createInvitationChange(client, spec, appLabel, onCreated = () => undefined) {
    const body = {
        data: {
            type: 'userInvitations',
            attributes: {
                email: spec.email,
                firstName: spec.firstName,
                lastName: spec.lastName,
                roles: spec.roles,
                allAppsVisible: spec.allAppsVisible,
                provisioningAllowed: spec.provisioningAllowed,
            },
            ...(spec.allAppsVisible
                ? {}
                : {
                    relationships: {
                        visibleApps: { data: spec.visibleAppIds.map((id) => ({ type: 'apps', id })) },
                    },
                }),
        },
    };
    return {
        kind: 'create',
        target: `invitation ${spec.email}`,
        detail: describeInvitation(spec, appLabel),
        apply: async () => {
            const created = await client.post('/v1/userInvitations', body, {
                recover: async () => {
                    const invitation = await findInvitation(client, spec.email);
                    return invitation ? { data: invitation, links: { self: '' } } : undefined;
                },
            });
            if (created)
                onCreated(created.data.id);
        },
    };
}
/** Removes a user from the team, or withdraws a pending invitation. */
function removeMemberChange(client, member) {
    const path = member.kind === 'user' ? '/v1/users' : '/v1/userInvitations';
    return {
        kind: 'delete',
        target: `${member.kind} ${member.email}`,
        detail: member.kind === 'user' ? `roles ${member.roles.join(', ')}` : 'pending invitation',
        apply: async () => {
            await client.delete(`${path}/${member.id}`);
        },
    };
}
/**
 * What leaves exactly the invitation asked for: nothing when a pending invitation already matches;
 * otherwise withdraw the different one (Apple cannot edit invitations), then invite again.
 */
function planInvitation(client, spec, pending, appLabel, onCreated) {
    if (!pending) {
        return { create: createInvitationChange(client, spec, appLabel, onCreated), differences: [] };
    }
    const differences = invitationDifferences(pending, spec, appLabel);
    if (differences.length === 0)
        return { differences };
    const withdraw = removeMemberChange(client, pending);
    withdraw.detail = `to invite again with ${differences.join('; ')}`;
    return {
        withdraw,
        create: createInvitationChange(client, spec, appLabel, onCreated),
        differences,
    };
}

// EXTERNAL MODULE: ./src/input-formats/email.ts
var input_formats_email = __webpack_require__(4689);
;// CONCATENATED MODULE: ./src/operations/users/user-inputs.ts




function readEmail(inputs, why) {
    const email = inputs.required('email', why);
    if (!(0,input_formats_email/* isEmail */.x)(email))
        throw new input_error/* InputError */.d('email', `'${email}' is not an email address`);
    return email;
}
/** `email`, or `user-id` (the ID of a user or of a pending invitation): exactly one of them. */
function readMemberReference(inputs) {
    const email = inputs.optional('email');
    const id = inputs.optional('user-id');
    if (email !== undefined && id !== undefined) {
        throw new input_error/* InputError */.d('user-id', 'give either email or user-id, not both');
    }
    if (id !== undefined) {
        if (!/^[A-Za-z0-9-]+$/.test(id))
            throw new input_error/* InputError */.d('user-id', `'${id}' is not an ID`);
        return { id };
    }
    return { email: readEmail(inputs, 'it names the person (or use user-id)') };
}
/** `all-apps-visible` and `visible-apps`, which only go together when apps are not all visible. */
function readAppVisibility(inputs) {
    const allAppsVisible = inputs.optionalBoolean('all-apps-visible');
    const visibleApps = readAppReferences(inputs, 'visible-apps');
    if (allAppsVisible === true && visibleApps.length > 0) {
        throw new input_error/* InputError */.d('visible-apps', 'it only applies when all-apps-visible is false (all apps are visible otherwise)');
    }
    if (allAppsVisible === false && visibleApps.length === 0) {
        throw input_reader/* InputReader */.i.empty('visible-apps', 'all-apps-visible is false: name the apps (bundle IDs or app IDs)');
    }
    return { allAppsVisible, visibleApps };
}

;// CONCATENATED MODULE: ./src/operations/users/invite-user.ts








const inviteUser = (0,operation/* defineOperation */.h)({
    name: 'invite-user',
    parse: (inputs) => {
        const email = readEmail(inputs, 'it is the address the invitation goes to');
        const firstName = inputs.required('first-name', 'Apple needs it for the invitation');
        const lastName = inputs.required('last-name', 'Apple needs it for the invitation');
        const roles = readRoles(inputs, 'roles', true);
        if (!roles)
            throw input_reader/* InputReader */.i.empty('roles', 'an invitation needs at least one role');
        return {
            email,
            firstName,
            lastName,
            roles,
            ...readAppVisibility(inputs),
            provisioningAllowed: inputs.optionalBoolean('provisioning-allowed'),
            updateExisting: inputs.boolean('update-existing', false),
        };
    },
    async run(context, inputs) {
        const { client, log } = context;
        const [apps, team] = await Promise.all([
            resolveAppReferences(client, inputs.visibleApps, 'visible-apps'),
            readTeam(client, { email: inputs.email }),
        ]);
        for (const app of apps.values())
            team.appLabels.set(app.id, app.bundleId);
        const appLabel = (id) => team.appLabels.get(id) ?? id;
        const visibleAppIds = [...apps.values()].map((app) => app.id);
        const allAppsVisible = inputs.allAppsVisible ?? visibleAppIds.length === 0;
        const plan = new shared_plan/* Plan */.cw();
        const user = team.users[0];
        const pending = team.invitations[0];
        let invitationId = pending?.id;
        let status;
        let differences = [];
        if (user) {
            const next = mergeAccess(user, {
                roles: inputs.roles,
                allAppsVisible,
                visibleAppIds,
                ...(inputs.provisioningAllowed === undefined
                    ? {}
                    : { provisioningAllowed: inputs.provisioningAllowed }),
            }, inputs.email, 'visible-apps');
            differences = accessDifferences(user, next, appLabel);
            if (inputs.updateExisting) {
                plan.step(planUserUpdate(client, user, next, appLabel));
                status = differences.length > 0 ? 'user-updated' : 'user-up-to-date';
            }
            else {
                status = 'already-user';
                log.info(differences.length > 0
                    ? `${inputs.email} is already a user; nothing sent. Their access differs (${differences.join('; ')}): set update-existing to true to change it.`
                    : `${inputs.email} is already a user with this access; nothing sent.`);
            }
        }
        else {
            const spec = {
                email: inputs.email,
                firstName: inputs.firstName,
                lastName: inputs.lastName,
                roles: inputs.roles,
                allAppsVisible,
                visibleAppIds,
                provisioningAllowed: inputs.provisioningAllowed ?? false,
            };
            const planned = planInvitation(client, spec, pending, appLabel, (id) => {
                invitationId = id;
            });
            plan.step(planned.withdraw).step(planned.create);
            differences = planned.differences;
            status = !pending ? 'invited' : planned.create ? 'invitation-replaced' : 'already-invited';
        }
        const applied = await (0,shared_plan/* applyPlan */.gj)(context, plan);
        const userId = user?.id;
        return {
            result: {
                email: inputs.email,
                status,
                user: user ?? null,
                invitation: pending && status === 'already-invited' ? pending : null,
                invitationId: user ? null : (invitationId ?? null),
                differences,
                plan: plan.records(),
                applied,
            },
            outputs: {
                'user-id': userId,
                'invitation-id': user ? undefined : invitationId,
                status,
            },
            summary: {
                title: `Team invitation for ${inputs.email}`,
                sections: [
                    { lines: [statusLine(status, inputs.email, differences)] },
                    (0,shared_plan/* planSection */.lA)(plan, applied, context.dryRun),
                ],
            },
        };
    },
});
function statusLine(status, email, differences) {
    const changes = differences.length > 0 ? ` (${differences.join('; ')})` : '';
    switch (status) {
        case 'invited':
            return `${email} is invited.`;
        case 'invitation-replaced':
            return `${email}'s pending invitation had other settings${changes}; it is replaced.`;
        case 'already-invited':
            return `${email} already has a pending invitation with these settings.`;
        case 'already-user':
            return `${email} is already a user; nothing was sent${changes ? `, although their access differs${changes}` : ''}.`;
        case 'user-updated':
            return `${email} is already a user; their access is brought to what was asked${changes}.`;
        case 'user-up-to-date':
            return `${email} is already a user with this access.`;
    }
}

;// CONCATENATED MODULE: ./src/operations/users/list-users.ts



/** The summary table shows this many people; `result` always has them all. */
const summaryRowLimit = 200;
const listUsers = (0,operation/* defineOperation */.h)({
    name: 'list-users',
    parse: (inputs) => ({ roles: readRoles(inputs, 'roles', false) ?? [] }),
    async run({ client, log }, inputs) {
        const team = await readTeam(client, { roles: inputs.roles });
        const list = (members) => members
            .map((member) => ({
            ...member,
            visibleApps: member.visibleAppIds.map((id) => team.appLabels.get(id) ?? id),
        }))
            .sort((a, b) => a.email.localeCompare(b.email));
        const users = list(team.users);
        const invitations = list(team.invitations);
        const scope = inputs.roles.length > 0 ? ` with role ${inputs.roles.join(' or ')}` : '';
        log.info(`${users.length} user(s) and ${invitations.length} pending invitation(s)${scope}`);
        const rows = [...users, ...invitations]
            .slice(0, summaryRowLimit)
            .map((member) => [
            member.email,
            `${member.firstName} ${member.lastName}`.trim(),
            member.roles.join(', '),
            member.allAppsVisible ? 'all apps' : member.visibleApps.join(', '),
            member.kind === 'user'
                ? 'user'
                : `invited (until ${member.expirationDate?.slice(0, 10) ?? '?'})`,
        ]);
        return {
            result: {
                roles: inputs.roles,
                users,
                invitations,
                userCount: users.length,
                invitationCount: invitations.length,
            },
            outputs: {
                'user-count': users.length,
                'invitation-count': invitations.length,
                'user-ids': users.map((user) => user.id),
                emails: [...users, ...invitations].map((member) => member.email),
            },
            summary: {
                title: `Team members${scope}`,
                sections: [
                    {
                        lines: [
                            `${users.length} users and ${invitations.length} pending invitations${users.length + invitations.length > rows.length
                                ? `; the first ${rows.length} are shown`
                                : ''}.`,
                        ],
                        table: { header: ['Email', 'Name', 'Roles', 'Apps', 'State'], rows },
                    },
                ],
            },
        };
    },
});

;// CONCATENATED MODULE: ./src/operations/users/remove-user.ts







const removeUser = (0,operation/* defineOperation */.h)({
    name: 'remove-user',
    parse: (inputs) => ({ reference: readMemberReference(inputs) }),
    async run(context, inputs) {
        const { client, log } = context;
        const { member } = await findTeamMember(client, inputs.reference);
        const named = 'email' in inputs.reference ? inputs.reference.email : inputs.reference.id;
        if (member?.roles.includes(accountHolderRole)) {
            throw new input_error/* InputError */.d('email' in inputs.reference ? 'email' : 'user-id', `${member.email} is the Account Holder, who cannot be removed from the team`);
        }
        const plan = new shared_plan/* Plan */.cw();
        if (member)
            plan.step(removeMemberChange(client, member));
        else
            log.info(`No user or pending invitation ${named} on this team: nothing to remove.`);
        const applied = await (0,shared_plan/* applyPlan */.gj)(context, plan);
        return {
            result: {
                found: member !== undefined,
                member: member ?? null,
                removed: applied,
                plan: plan.records(),
                applied,
            },
            outputs: {
                'user-id': member?.kind === 'user' ? member.id : undefined,
                'invitation-id': member?.kind === 'invitation' ? member.id : undefined,
            },
            summary: {
                title: `Remove ${member ? describeMember(member) : named} from the team`,
                sections: [
                    {
                        lines: [
                            member
                                ? `${member.kind === 'user' ? 'User' : 'Pending invitation'} ${member.email}.`
                                : `No user or pending invitation ${named}: already gone.`,
                        ],
                    },
                    (0,shared_plan/* planSection */.lA)(plan, applied, context.dryRun),
                ],
            },
        };
    },
});

// EXTERNAL MODULE: ./src/input-formats/csv-line.ts
var csv_line = __webpack_require__(6492);
// EXTERNAL MODULE: ./src/input-formats/problem-list.ts
var problem_list = __webpack_require__(6299);
;// CONCATENATED MODULE: ./src/operations/users/users-file.ts






const splitSemicolons = (text) => text
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
/**
 * Parses a users file. Blank lines and `#` comments are skipped, and so is a header line
 * starting with `email`. Every bad line is reported, each with its number.
 */
function parseUsersCsv(text) {
    const problems = new problem_list/* ProblemList */.Ku('line');
    const entries = [];
    const seen = new Map();
    text.split(/\r?\n/).forEach((raw, index) => {
        const line = index + 1;
        const trimmed = raw.trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            return;
        const split = (0,csv_line/* splitCsvLine */.X)(trimmed);
        if (!split.ok)
            return problems.add(line, split.problem);
        const [email = '', firstName = '', lastName = '', roleText = '', ...rest] = split.fields;
        if (entries.length === 0 && seen.size === 0 && email.toLowerCase() === 'email')
            return;
        if (split.fields.length < 4 || split.fields.length > 5) {
            return problems.add(line, `expected email,first name,last name,roles[,apps] but found ${split.fields.length} field(s)`);
        }
        if (!(0,input_formats_email/* isEmail */.x)(email))
            return problems.add(line, `'${email}' is not an email address`);
        if (!firstName || !lastName)
            return problems.add(line, 'the first and last names are required');
        const previous = seen.get(email.toLowerCase());
        if (previous !== undefined)
            return problems.add(line, `${email} is already on line ${previous}`);
        seen.set(email.toLowerCase(), line);
        const roleNames = splitSemicolons(roleText);
        if (roleNames.length === 0)
            return problems.add(line, 'no role (separate roles with ;)');
        const parsed = parseRoles(roleNames, true);
        if ('problem' in parsed)
            return problems.add(line, parsed.problem);
        const entry = { line, email, firstName, lastName, roles: parsed.roles };
        if (rest.length > 0) {
            const apps = splitSemicolons(rest[0] ?? '');
            const problem = appReferenceProblem(apps);
            if (problem)
                return problems.add(line, problem);
            entry.apps = apps;
        }
        entries.push(entry);
    });
    return { entries, problems };
}
/** Reads and checks `users-file`; every problem is reported at once, naming the input. */
function readUsersFile(inputs) {
    const path = inputs.required('users-file', 'it is the CSV file of the team (email,first,last,roles)');
    const text = inputs.file('users-file')?.content ?? '';
    const { entries, problems } = parseUsersCsv(text);
    (0,problem_list/* throwIfProblems */.W8)([{ input: 'users-file', problems }]);
    if (entries.length === 0)
        throw new input_error/* InputError */.d('users-file', `'${path}' lists nobody`);
    return { path, entries };
}

;// CONCATENATED MODULE: ./src/operations/users/sync-users.ts







function visibilityRequest(entry, appIds) {
    if (entry.apps === undefined)
        return {};
    if (entry.apps.length === 0)
        return { allAppsVisible: true };
    return { allAppsVisible: false, visibleAppIds: entry.apps.map((app) => appIds.get(app) ?? app) };
}
const noAccess = { roles: [], allAppsVisible: true, visibleAppIds: [], provisioningAllowed: false };
/** Brings the team to what `users-file` lists: invitations, access changes and, optionally, removals. */
const syncUsers = (0,operation/* defineOperation */.h)({
    name: 'sync-users',
    parse: (inputs) => ({
        ...readUsersFile(inputs),
        removeMissing: inputs.boolean('remove-missing', false),
    }),
    async run(context, inputs) {
        const { client, log } = context;
        const references = [...new Set(inputs.entries.flatMap((entry) => entry.apps ?? []))];
        const [apps, team] = await Promise.all([
            resolveAppReferences(client, references, 'users-file'),
            readTeam(client),
        ]);
        const appIds = new Map([...apps].map(([reference, app]) => [reference, app.id]));
        for (const app of apps.values())
            team.appLabels.set(app.id, app.bundleId);
        const appLabel = (id) => team.appLabels.get(id) ?? id;
        const byEmail = (members) => new Map(members.map((member) => [member.email.toLowerCase(), member]));
        const users = byEmail(team.users);
        const invitations = byEmail(team.invitations);
        const first = [];
        const invites = [];
        const counts = { invite: 0, reinvite: 0, update: 0, remove: 0, unchanged: 0 };
        for (const entry of inputs.entries) {
            const key = entry.email.toLowerCase();
            const request = { roles: entry.roles, ...visibilityRequest(entry, appIds) };
            const who = `line ${entry.line} (${entry.email})`;
            const user = users.get(key);
            if (user) {
                const update = planUserUpdate(client, user, mergeAccess(user, request, who, 'users-file'), appLabel);
                if (update)
                    first.push(update);
                counts[update ? 'update' : 'unchanged']++;
                continue;
            }
            const pending = invitations.get(key);
            const access = mergeAccess(pending ?? noAccess, request, who, 'users-file');
            const spec = {
                ...access,
                email: entry.email,
                firstName: entry.firstName,
                lastName: entry.lastName,
            };
            const planned = planInvitation(client, spec, pending, appLabel);
            if (planned.withdraw)
                first.push(planned.withdraw);
            if (planned.create)
                invites.push(planned.create);
            counts[!pending ? 'invite' : planned.create ? 'reinvite' : 'unchanged']++;
        }
        const listed = new Set(inputs.entries.map((entry) => entry.email.toLowerCase()));
        const missing = [...team.users, ...team.invitations].filter((member) => !listed.has(member.email.toLowerCase()));
        const keptHolders = missing.filter((member) => member.roles.includes(accountHolderRole));
        for (const holder of keptHolders) {
            log.warning(`${holder.email} is the Account Holder and is not in the users file; kept.`);
        }
        const removable = missing.filter((member) => !keptHolders.includes(member));
        if (inputs.removeMissing) {
            first.push(...removable.map((member) => removeMemberChange(client, member)));
            counts.remove = removable.length;
        }
        else if (removable.length > 0) {
            log.info(`${removable.length} team member(s) not in the users file are left alone (remove-missing is false): ${removable.map((m) => m.email).join(', ')}`);
        }
        const plan = new shared_plan/* Plan */.cw().stage(first).stage(invites);
        const applied = await (0,shared_plan/* applyPlan */.gj)(context, plan);
        const unmanaged = inputs.removeMissing ? [] : removable.map((member) => member.email);
        return {
            result: {
                file: inputs.path,
                listed: inputs.entries.length,
                invited: counts.invite,
                reinvited: counts.reinvite,
                updated: counts.update,
                removed: counts.remove,
                unchanged: counts.unchanged,
                unmanaged,
                plan: plan.records(),
                applied,
            },
            outputs: {
                'users-invited': counts.invite + counts.reinvite,
                'users-updated': counts.update,
                'users-removed': counts.remove,
                'changes-planned': plan.changes.length,
            },
            summary: {
                title: `Team sync from ${inputs.path}`,
                sections: [
                    {
                        lines: [
                            `${inputs.entries.length} people listed: ${counts.invite} to invite, ${counts.reinvite} invitations to replace, ${counts.update} to update, ${counts.unchanged} already as listed; ${counts.remove} to remove.`,
                            ...(unmanaged.length > 0
                                ? [
                                    `Not in the file and left alone (remove-missing is false): ${unmanaged.join(', ')}.`,
                                ]
                                : []),
                        ],
                    },
                    (0,shared_plan/* planSection */.lA)(plan, applied, context.dryRun),
                ],
            },
        };
    },
});

;// CONCATENATED MODULE: ./src/operations/users/update-user.ts








const updateUser = (0,operation/* defineOperation */.h)({
    name: 'update-user',
    parse: (inputs) => {
        const reference = readMemberReference(inputs);
        const roles = readRoles(inputs, 'roles', true);
        const visibility = readAppVisibility(inputs);
        const provisioningAllowed = inputs.optionalBoolean('provisioning-allowed');
        if (!roles &&
            visibility.allAppsVisible === undefined &&
            visibility.visibleApps.length === 0 &&
            provisioningAllowed === undefined) {
            throw new input_error/* InputError */.d('roles', 'nothing to change: give roles, all-apps-visible, visible-apps or provisioning-allowed');
        }
        return { reference, roles, ...visibility, provisioningAllowed };
    },
    async run(context, inputs) {
        const { client, log } = context;
        const [apps, found] = await Promise.all([
            resolveAppReferences(client, inputs.visibleApps, 'visible-apps'),
            findTeamMember(client, inputs.reference),
        ]);
        const { member, appLabels } = found;
        const referenceInput = 'email' in inputs.reference ? 'email' : 'user-id';
        if (!member) {
            const named = 'email' in inputs.reference ? inputs.reference.email : inputs.reference.id;
            throw new input_error/* InputError */.d(referenceInput, `no user or pending invitation ${named} on this team`);
        }
        for (const app of apps.values())
            appLabels.set(app.id, app.bundleId);
        const appLabel = (id) => appLabels.get(id) ?? id;
        const request = {
            ...(inputs.roles ? { roles: inputs.roles } : {}),
            ...(inputs.allAppsVisible === undefined ? {} : { allAppsVisible: inputs.allAppsVisible }),
            ...(apps.size > 0 ? { visibleAppIds: [...apps.values()].map((app) => app.id) } : {}),
            ...(inputs.provisioningAllowed === undefined
                ? {}
                : { provisioningAllowed: inputs.provisioningAllowed }),
        };
        const next = mergeAccess(member, request, member.email, 'visible-apps');
        const differences = accessDifferences(member, next, appLabel);
        const plan = new shared_plan/* Plan */.cw();
        let invitationId = member.kind === 'invitation' ? member.id : undefined;
        if (member.kind === 'user') {
            plan.step(planUserUpdate(client, member, next, appLabel));
        }
        else {
            log.info(`${member.email} has not accepted the invitation yet; it is replaced if it differs.`);
            const spec = {
                ...next,
                email: member.email,
                firstName: member.firstName,
                lastName: member.lastName,
            };
            const planned = planInvitation(client, spec, member, appLabel, (id) => {
                invitationId = id;
            });
            plan.step(planned.withdraw).step(planned.create);
        }
        const applied = await (0,shared_plan/* applyPlan */.gj)(context, plan);
        return {
            result: {
                member,
                kind: member.kind,
                access: next,
                differences,
                plan: plan.records(),
                applied,
            },
            outputs: {
                'user-id': member.kind === 'user' ? member.id : undefined,
                'invitation-id': invitationId,
            },
            summary: {
                title: `Access of ${describeMember(member)}`,
                sections: [
                    {
                        lines: [
                            differences.length > 0
                                ? `Changes: ${differences.join('; ')}.`
                                : 'Already as asked: nothing to change.',
                        ],
                    },
                    (0,shared_plan/* planSection */.lA)(plan, applied, context.dryRun),
                ],
            },
        };
    },
});

;// CONCATENATED MODULE: ./src/operations/users/index.ts





const operations = [
    inviteUser,
    updateUser,
    removeUser,
    listUsers,
    syncUsers,
];


/***/ })

};
